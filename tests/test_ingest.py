"""Ingest: every encoding decoded or reported, tables read row by row with errors naming file, row
and column, HTML reduced to visible text (never script), nothing raised to the caller."""
import codecs
from pathlib import Path

import pytest

from claims import ingest
from claims.ingest import InputError, decode, html_document, load, read_manifest

FIXTURES = Path(__file__).parent / "fixtures" / "hostile"
KOREAN = "윤석열 대통령은 시진핑 중국 국가주석과 회담했다. 한중 관계 개선을 논의했다.\n"
WESTERN = "President Yoon Suk Yeol met Xi Jinping in Lima. Café naïve résumé, 5 °C.\n"


@pytest.mark.parametrize("data, expected", [
    (WESTERN.encode("utf-8"), WESTERN),
    (codecs.BOM_UTF8 + KOREAN.encode("utf-8"), KOREAN),
    (codecs.BOM_UTF16_LE + KOREAN.encode("utf-16-le"), KOREAN),
    (codecs.BOM_UTF16_BE + KOREAN.encode("utf-16-be"), KOREAN),
    (codecs.BOM_UTF32_LE + WESTERN.encode("utf-32-le"), WESTERN),
    ((KOREAN * 3).encode("cp949"), KOREAN * 3),
    ((KOREAN * 3).encode("euc-kr"), KOREAN * 3),
    (WESTERN.encode("latin-1"), WESTERN),
    ("Straße, Müller, Ærø\r\nline two\rline three".encode("cp1252"), "Straße, Müller, Ærø\nline two\nline three"),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "cp949", "euc-kr", "latin1", "cp1252-crlf"])
def test_encodings_decode_to_the_original_text(data, expected):
    assert decode(data) == expected


def test_a_few_invalid_bytes_in_utf8_are_replaced_not_mojibaked():
    data = KOREAN.encode("utf-8") * 5 + b"\xff broken \xc3" + WESTERN.encode("utf-8")
    text = decode(data)
    assert text.startswith(KOREAN * 5)
    assert text.endswith(WESTERN) and text.count("\ufffd") == 2


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file (no text)"),
    (b"  \n\t\r\n  ", "empty file (no text)"),
    (codecs.BOM_UTF8 + b" \n ", "empty file (only whitespace)"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file: looks like a PDF document, not text"),
    (b"\x89PNG\r\n\x1a\n" + bytes(64), "binary file: looks like a PNG image, not text"),
    (b"PK\x03\x04\x14\x00\x00\x00", "binary file: looks like a ZIP archive (or Office document), not text"),
    (b"text\x00with\x00nuls", "binary file: contains NUL bytes, not text"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", "invalid UTF-16 text after its byte-order mark (byte 2)"),
])
def test_unreadable_bytes_are_reported_with_the_reason(data, reason):
    with pytest.raises(InputError) as caught:
        decode(data)
    assert str(caught.value) == reason


def test_html_keeps_visible_text_and_drops_script_style_and_handlers():
    doc = html_document("page.html", (FIXTURES / "script.html").read_text(encoding="utf-8"))
    assert "President Yoon Suk Yeol met Chinese Premier Li Qiang" in doc.text
    assert "Read more" in doc.text
    assert "SECRET" not in doc.text and "javascript" not in doc.text and "alert" not in doc.text
    assert doc.title == "Yoon and China"


def test_html_too_deep_for_lxml_falls_back_to_visible_text_without_scripts():
    markup = ("<html><body>" + "<div>" * 50_000 + "<p>Yoon Suk Yeol met Xi Jinping.</p>"
              "<script>SECRET()</script><style>.SECRET{}</style>" + "</div>" * 50_000 + "</body></html>")
    assert html_document("deep.html", markup).text == "Yoon Suk Yeol met Xi Jinping."


def test_broken_html_still_gives_its_text():
    markup = "<html><body><p>Yoon Suk Yeol met Xi Jinping.<div><span><b><i" + "<p><table><tr><td>" * 2000
    assert "Yoon Suk Yeol met Xi Jinping." in html_document("broken.html", markup).text


@pytest.mark.parametrize("markup", ["<html><body><script>var a = 'Yoon met Xi';</script></body></html>",
                                    "<html><head><style>p {}</style></head><body>   </body></html>"])
def test_html_without_visible_text_is_reported(markup):
    with pytest.raises(InputError, match="HTML page has no readable text"):
        html_document("empty.html", markup)


def test_csv_rows_are_read_one_by_one_and_bad_rows_named_by_row_line_and_column():
    docs, errors = load(FIXTURES / "articles.csv", "in/articles.csv")
    assert [(d.file, d.text, d.title, d.published, d.outlet) for d in docs] == [
        ("in/articles.csv#row1", "President Yoon Suk Yeol met Xi Jinping.\nHe said ties with China would improve.",
         'HYPERLINK("http://evil","x")', "2024-11-16", "Yonhap"),
        ("in/articles.csv#row4", "=1+1", "Title", "2024-11-19", "Outlet"),
    ]
    assert {e.file for e in errors} == {"in/articles.csv"} and {e.stage for e in errors} == {"ingest"}
    assert [e.error for e in errors] == [
        "row 1 (line 2), column 'title': formula-like value '=HYPERLINK(\"http://evil\",\"x\")' (leading '=' removed)",
        "row 2 (line 4): 3 cells, header has 4; missing column(s) 'outlet'; row skipped",
        "row 3 (line 5): 5 cells, header has 4; 1 extra cell(s) after column 'outlet'; row skipped",
        "row 4 (line 6), column 'text': formula-like text (kept as text; neutralised in every CSV written)",
        "row 4 (line 6), column 'title': formula-like value '@Title' (leading '@' removed)",
        "row 4 (line 6), column 'published': formula-like value '-2024-11-19' (leading '-' removed)",
        "row 4 (line 6), column 'outlet': formula-like value '+Outlet' (leading '+' removed)",
    ]


def test_jsonl_bad_lines_are_reported_and_good_lines_still_read():
    docs, errors = load(FIXTURES / "articles.jsonl", "articles.jsonl")
    assert [(d.file, d.text) for d in docs] == [
        ("articles.jsonl#row1", "President Yoon Suk Yeol met Xi Jinping in Lima."),
        ("articles.jsonl#row6", "Yoon Suk Yeol said China matters."),
    ]
    assert [e.error for e in errors] == [
        "row 2 (line 2): invalid JSON (Expecting ',' delimiter)",
        "row 3 (line 3): expected a JSON object, got list",
        "row 4 (line 4): missing column: no text field (expected one of text, body, content, article, "
        "article_text; found headline)",
        "row 5 (line 5), column 'body': text is not a string (got int)",
    ]


def test_a_table_without_a_text_column_is_reported_as_a_whole(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("title,date\nA,2024-01-01\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load(path, "t.csv")
    assert str(caught.value) == ("missing column: no text column (expected one of text, body, content, "
                                 "article, article_text; found title, date)")


def test_an_outlet_named_na_and_a_huge_quoted_cell_survive(tmp_path):
    path = tmp_path / "t.csv"
    body = "Yoon Suk Yeol met Xi Jinping. " * 5_000  # above the csv module's default field limit
    path.write_text(f'text,outlet\n"{body}",NA\n', encoding="utf-8")
    docs, errors = load(path, "t.csv")
    assert errors == [] and docs[0].outlet == "NA" and docs[0].text == body


def test_article_longer_than_the_limit_is_reported_not_processed(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_DOCUMENT_CHARS", 100)
    (tmp_path / "long.txt").write_text("x" * 101, encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text('{"text": "%s"}\n{"text": "short"}\n' % ("y" * 101), encoding="utf-8")
    with pytest.raises(InputError, match=r"^document too long: 101 characters \(limit 100 per article\)"):
        load(tmp_path / "long.txt", "long.txt")
    docs, errors = load(tmp_path / "rows.jsonl", "rows.jsonl")
    assert [d.text for d in docs] == ["short"]
    assert errors[0].error.startswith("row 1 (line 1): text too long: 101 characters")


def test_ingest_yields_one_entry_per_file_and_never_raises(tmp_path):
    (tmp_path / "a.txt").write_text("Yoon Suk Yeol met Xi Jinping.", encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    results = list(ingest.ingest([tmp_path, tmp_path / "missing.txt"]))
    assert [([d.file for d in docs or []], [(e.file, e.error) for e in errors]) for docs, errors in results] == [
        (["a.txt"], []),
        ([], [("b.pdf", "unsupported file type .pdf; expected one of .csv, .htm, .html, .jsonl, .markdown, "
                        ".md, .ndjson, .text, .txt, .xhtml")]),
        ([], [("c.txt", "binary file: looks like a PNG image, not text")]),
        ([], [("missing.txt", "no such file or folder")]),
    ]


def test_manifest_overrides_metadata_and_a_bad_manifest_is_reported_not_raised(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Yoon Suk Yeol met Xi Jinping.", encoding="utf-8")
    good = tmp_path / "manifest.csv"
    good.write_text("file,outlet,published\na.txt,KBS,2024-01-02\n", encoding="utf-8")
    assert read_manifest(good) == {"a.txt": {"outlet": "KBS", "published": "2024-01-02"}}
    [(docs, errors)] = list(ingest.ingest([tmp_path / "in"], good))
    assert (docs[0].outlet, docs[0].published, errors) == ("KBS", "2024-01-02", [])
    bad = tmp_path / "bad.csv"
    bad.write_text("name,outlet\na.txt,KBS\n", encoding="utf-8")
    [(docs, errors)] = list(ingest.ingest([tmp_path / "in"], bad))
    assert docs[0].outlet == ""
    assert [(e.file, e.stage, e.error) for e in errors] == [(str(bad), "manifest", (
        "missing column: no file column (expected one of file; found name, outlet); manifest ignored"))]
