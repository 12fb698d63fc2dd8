"""The CLI over a folder of hostile files: every bad file named on stderr and in errors.csv, no
traceback, exit status 1, every good file still processed, no script text in any output, every CSV
injection-safe and claim offsets exact. Large and binary inputs are generated here, not committed."""
import codecs
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claims.export import FORMULA_PREFIXES, read_table
from claims.schema import NUMERIC_COLUMNS, TABLES

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "hostile"
GOOD = ("Yoon Suk Yeol Courts Beijing\n\nSEOUL, June 3, 2024 (Yonhap) -- President Yoon Suk Yeol met "
        "Chinese Premier Li Qiang and agreed to resume the trilateral summit.\n")
FORMULA_LINES = ("Yoon Suk Yeol and China\n\nSEOUL, June 3, 2024 (Yonhap) -- President Yoon Suk Yeol met Li Qiang.\n\n"
                 "- President Yoon Suk Yeol said Seoul would deepen trade with China.\n\n"
                 "=President Yoon Suk Yeol said ties with Beijing would improve.\n\n"
                 "@Yoon Suk Yeol criticised China over the THAAD retaliation.\n\n"
                 "+ Yoon Suk Yeol urged China to restrain North Korea.\n\n"
                 "\t-=President Yoon Suk Yeol welcomed Chinese tourists.\n")
KOREAN = "윤석열 대통령은 시진핑 중국 국가주석과 회담했다.\n\nPresident Yoon Suk Yeol met Xi Jinping to discuss trade with China.\n"

# file name -> expected start of its error message (None: processed without error)
EXPECTED = {
    "good.txt": None,
    "formula_lines.txt": None,
    "utf16le.txt": None,
    "utf16be.md": None,
    "cp949.txt": None,
    "latin1.txt": None,
    "mixed_bytes.txt": None,
    "script.html": None,
    "deep.html": None,
    "empty.txt": "empty file (no text)",
    "blank.txt": "empty file (no text)",
    "report.pdf.txt": "binary file: looks like a PDF document",
    "photo.txt": "binary file: looks like a PNG image",
    "archive.txt": "binary file: looks like a ZIP archive",
    "big_50mb.txt": "document too long: 50,000,000 characters (limit 5,000,000 per article)",
    "one_line_5mb.txt": None,
    "huge.txt": "file too large: 70,000,000 bytes",
    "articles.csv": "row 1 (line 2), column 'title': formula-like value",
    "articles.jsonl": "row 2 (line 2): invalid JSON",
    "notes.docx": "unsupported file type .docx",
}


def hostile_folder(root: Path) -> Path:
    folder = root / "in"
    folder.mkdir()
    write = lambda name, data: (folder / name).write_bytes(data)  # noqa: E731
    write("good.txt", GOOD.encode())
    write("formula_lines.txt", FORMULA_LINES.encode())
    write("utf16le.txt", codecs.BOM_UTF16_LE + KOREAN.encode("utf-16-le"))
    write("utf16be.md", codecs.BOM_UTF16_BE + KOREAN.encode("utf-16-be"))
    write("cp949.txt", (KOREAN * 2).encode("cp949"))
    write("latin1.txt", (GOOD + "Café au lait in Séoul.\n").encode("latin-1"))
    write("mixed_bytes.txt", GOOD.encode() * 3 + b"\xff\xfe\xc3 " + KOREAN.encode())
    for name in ("script.html", "articles.csv", "articles.jsonl"):
        shutil.copy(FIXTURES / name, folder / name)
    write("deep.html", b"<html><body>" + b"<div>" * 100_000 + GOOD.encode() + b"<script>SECRET_DEEP()</script>"
          + b"</div>" * 100_000 + b"</body></html>")
    write("empty.txt", b"")
    write("blank.txt", b" \n\t\r\n   \n")
    write("report.pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 40)
    write("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(2000))
    write("archive.txt", b"PK\x03\x04\x14\x00\x08\x00" + bytes(2000))
    write("notes.docx", b"PK\x03\x04")
    paragraph = (GOOD + "\nThe city council discussed road repairs.\n\n").encode()
    write("big_50mb.txt", (paragraph * (50_000_000 // len(paragraph) + 1))[:50_000_000])
    line = GOOD.replace("\n", " ").encode()
    write("one_line_5mb.txt", (line * (5_000_000 // len(line) + 1))[:5_000_000])
    with open(folder / "huge.txt", "wb") as handle:  # sparse: no 70 MB written to disk
        handle.truncate(70_000_000)
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    folder = hostile_folder(root)
    out = root / "data"
    result = subprocess.run([sys.executable, "-m", "claims", "build", str(folder), "--out", str(out), "--quiet"],
                            cwd=REPO, capture_output=True, text=True, timeout=600)
    return result, out


def test_every_bad_file_is_named_with_its_reason_and_no_traceback(built):
    result, out = built
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = read_table(out / "errors.csv")
    for name, reason in EXPECTED.items():
        mine = errors[errors["file"] == name]
        if reason is None:
            assert mine.empty, (name, mine.to_dict("records"))
        else:
            assert any(e.startswith(reason) for e in mine["error"]), (name, mine["error"].tolist())
            assert re.search(rf"^error: {re.escape(name)}: ingest: {re.escape(reason)}", result.stderr, re.MULTILINE)
    assert set(errors["file"]) == {name for name, reason in EXPECTED.items() if reason}


def test_every_good_file_and_row_is_processed(built):
    _, out = built
    documents = read_table(out / "documents.csv")
    assert sorted(documents["file"]) == sorted(
        [name for name, reason in EXPECTED.items() if reason is None]
        + ["articles.csv#row1", "articles.csv#row4", "articles.jsonl#row1", "articles.jsonl#row6"])
    claims = read_table(out / "claims.csv")
    assert {"Yoon Suk Yeol"} == set(claims["leader"])
    assert {f for f in claims["file"]} >= {"good.txt", "utf16le.txt", "utf16be.md", "cp949.txt", "latin1.txt",
                                           "mixed_bytes.txt", "script.html", "deep.html", "formula_lines.txt",
                                           "one_line_5mb.txt"}


def test_no_script_or_handler_text_reaches_any_output(built):
    _, out = built
    for path in [*out.glob("*.csv"), *(out / "texts").glob("*.txt")]:
        text = path.read_text(encoding="utf-8")
        assert "SECRET" not in text and "javascript:" not in text and "alert(" not in text, path.name


def test_claim_offsets_are_exact_in_the_written_files(built):
    _, out = built
    claims = read_table(out / "claims.csv")
    assert len(claims) > 10
    for claim in claims.to_dict("records"):
        text = (out / "texts" / f"{claim['doc_id']}.txt").read_text(encoding="utf-8")
        assert text[int(claim["start"]):int(claim["end"])] == claim["text"]


def test_every_written_csv_is_injection_safe_and_numbers_stay_numbers(built):
    _, out = built
    claims = read_table(out / "claims.csv")
    formula_file = claims[claims["file"] == "formula_lines.txt"]
    assert len(formula_file) >= 5  # the formula-like lines still give claims, trimmed to the sentence
    assert "-1" in set(claims["stance"])
    for table, columns in TABLES.items():
        frame = read_table(out / f"{table}.csv")
        assert list(frame.columns) == columns
        for column in columns:
            for cell in frame[column]:
                if column in NUMERIC_COLUMNS and cell:
                    float(cell)
                else:
                    assert not cell.startswith(FORMULA_PREFIXES), (table, column, cell)
