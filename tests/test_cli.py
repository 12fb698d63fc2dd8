"""The command line, end to end: real files in, files and exit status out."""
import csv
import re
import subprocess
import sys
from pathlib import Path

from claims.cli import parser

REPO = Path(__file__).resolve().parent.parent

GOOD = ("Yoon Suk Yeol Courts Beijing\n\nSEOUL, June 3, 2024 (Yonhap) -- President Yoon Suk Yeol met "
        "Chinese Premier Li Qiang and agreed to resume the trilateral summit.\n")


def run(*args, cwd=REPO):
    return subprocess.run([sys.executable, "-m", "claims", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def rows(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_every_cli_command_is_documented_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = parser()._subparsers._group_actions[0].choices
    assert set(commands) == {"build", "extract", "score"}
    for name, sub in commands.items():
        assert f"python -m claims {name}" in readme, name
        for action in sub._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    assert flag in readme, f"{name} {flag}"


def test_build_writes_every_table_and_reports_bad_files(tmp_path):
    articles = tmp_path / "in"
    (articles / "sub").mkdir(parents=True)
    (articles / "sub" / "good.txt").write_text(GOOD, encoding="utf-8")
    (articles / "empty.txt").write_bytes(b"")
    (articles / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    out = tmp_path / "data"
    result = run("build", str(articles), "--out", str(out), "--quiet")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert re.search(r"error: empty\.txt: ingest: empty file", result.stderr)
    assert re.search(r"error: image\.txt: ingest: binary file: looks like a PNG image", result.stderr)
    for table in ("documents", "claims", "errors", "groups", "agreements", "contradictions"):
        assert (out / f"{table}.csv").exists(), table
    assert {r["file"] for r in rows(out / "errors.csv")} == {"empty.txt", "image.txt"}
    documents = rows(out / "documents.csv")
    assert [(d["file"], d["outlet"], d["published"]) for d in documents] == [("sub/good.txt", "Yonhap", "2024-06-03")]
    claims = rows(out / "claims.csv")
    assert [c["leader"] for c in claims] == ["Yoon Suk Yeol", "Yoon Suk Yeol"]
    text = (out / "texts" / f"{documents[0]['doc_id']}.txt").read_text(encoding="utf-8")
    for claim in claims:
        assert text[int(claim["start"]):int(claim["end"])] == claim["text"]
        assert claim["group_id"]


def test_extract_writes_claims_only_and_succeeds_on_good_input(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = run("extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "c.csv"), "--quiet")
    assert result.returncode == 0, result.stderr
    assert len(rows(tmp_path / "c.csv")) == 2
    assert "1 files" not in result.stdout and "2 claims, 0 errors" in result.stderr


def test_build_of_the_bundled_seeds_meets_the_accuracy_contract(tmp_path):
    out = tmp_path / "data"
    result = run("build", "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    metrics = run("score", "--data", str(out))
    scores = dict(line.split(": ", 1) for line in metrics.stdout.splitlines())
    assert float(scores["recall"]) >= 0.85
    assert float(scores["precision"]) >= 0.75
    assert float(scores["stance_accuracy"]) >= 0.80
    assert float(scores["event_date_accuracy"]) >= 0.80
    assert float(scores["published_accuracy"]) >= 0.80
    assert float(scores["outlet_accuracy"]) >= 0.80
    assert float(scores["agree_recall"]) >= 0.6
    assert float(scores["contradict_recall"]) >= 0.6
    assert int(scores["agree_pairs_predicted"]) < 5 * int(scores["agree_pairs_gold"])
    assert int(scores["contradict_pairs_predicted"]) < 5 * int(scores["contradict_pairs_gold"])
    assert (out / "accuracy.json").exists()
