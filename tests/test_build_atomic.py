"""Builds are atomic and idempotent: a build killed at any point leaves the previous data set whole
and readable, the same input gives byte-identical files, ids do not move when files are added."""
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claims import pipeline
from claims.export import read_table
from claims.schema import TABLES

REPO = Path(__file__).resolve().parent.parent
KILL_DELAYS = 6
ARTICLE = ("Yoon Suk Yeol and Beijing, part {n}\n\nSEOUL, June {day}, 2024 (Yonhap) -- President Yoon Suk Yeol "
           "met Chinese Premier Li Qiang and agreed to expand trade, item {n}.\n\nAnalysts said Yoon's "
           "government would not change its China policy despite THAAD, note {n}.\n")


def articles(folder: Path, count: int, first: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(first, first + count):
        (folder / f"a{n:04d}.txt").write_text(ARTICLE.format(n=n, day=1 + n % 28), encoding="utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def build_command(inputs: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "claims", "build", str(inputs), "--out", str(out), "--quiet"]


def test_killed_builds_leave_the_previous_data_set_whole(tmp_path):
    out = tmp_path / "data"
    subprocess.run(build_command(articles(tmp_path / "small", 3), out), cwd=REPO, check=True, timeout=120)
    before = snapshot(out)
    big = articles(tmp_path / "big", 400)
    started = time.monotonic()
    subprocess.run(build_command(big, tmp_path / "reference"), cwd=REPO, check=True, timeout=300)
    full = time.monotonic() - started
    after = snapshot(tmp_path / "reference")
    rng = random.Random(6)
    outcomes = []
    for delay in sorted(rng.uniform(0.2, 1.1) * full for _ in range(KILL_DELAYS)):
        process = subprocess.Popen(build_command(big, out), cwd=REPO, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = snapshot(out)
        assert now in (before, after), f"mixed data set after a kill at {delay:.2f}s of {full:.2f}s"
        for table, columns in TABLES.items():
            assert list(read_table(out / f"{table}.csv").columns) == columns
        outcomes.append(now == after)
        if now == after:  # the kill came after the swap: start again from the small set
            subprocess.run(build_command(tmp_path / "small", out), cwd=REPO, check=True, timeout=120)
            assert snapshot(out) == before
    assert not all(outcomes), "every kill landed after the build finished: the test proved nothing"
    subprocess.run(build_command(big, out), cwd=REPO, check=True, timeout=300)
    assert snapshot(out) == after
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big", "data", "reference", "small"]  # no leftovers


def test_a_failure_while_writing_leaves_the_previous_data_set(tmp_path, monkeypatch):
    out = tmp_path / "data"
    pipeline.build([articles(tmp_path / "one", 1)], out)
    before = snapshot(out)
    written = []

    def write_then_fail(path, frame, columns):
        written.append(path.name)
        if len(written) == 3:
            raise OSError("disk full")
        return real_write(path, frame, columns)

    real_write = pipeline.write_csv_atomic
    monkeypatch.setattr(pipeline, "write_csv_atomic", write_then_fail)
    with pytest.raises(OSError, match="disk full"):
        pipeline.build([articles(tmp_path / "two", 2)], out)
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "one", "two"]


def test_rebuilding_the_same_input_gives_byte_identical_files(tmp_path):
    inputs = articles(tmp_path / "in", 4)
    pipeline.build([inputs], tmp_path / "first")
    pipeline.build([inputs], tmp_path / "second")
    pipeline.build([inputs], tmp_path / "second")  # over an existing data set, too
    first = snapshot(tmp_path / "first")
    assert "claims.csv" in first and any(name.startswith("texts/") for name in first)
    assert snapshot(tmp_path / "second") == first


def test_ids_are_stable_when_unrelated_files_are_added(tmp_path):
    inputs = articles(tmp_path / "in", 2)
    pipeline.build([inputs], tmp_path / "before")
    articles(inputs, 3, first=100)
    (inputs / "junk.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    pipeline.build([inputs], tmp_path / "after")
    columns = ["doc_id", "file", "sha256"]
    old_docs = read_table(tmp_path / "before" / "documents.csv")[columns]
    new_docs = read_table(tmp_path / "after" / "documents.csv")[columns]
    assert len(new_docs) == len(old_docs) + 3
    assert old_docs.merge(new_docs).equals(old_docs)
    claim_columns = ["claim_id", "doc_id", "text", "start", "end"]
    old_claims = read_table(tmp_path / "before" / "claims.csv")[claim_columns]
    new_claims = read_table(tmp_path / "after" / "claims.csv")[claim_columns]
    assert len(old_claims) > 0 and old_claims.merge(new_claims).equals(old_claims)


def test_other_files_in_the_output_folder_survive_builds_and_a_log_being_written_keeps_its_lines(tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    (out / ".gitkeep").write_text("", encoding="utf-8")
    inputs = [articles(tmp_path / "in", 1)]
    with open(out / "build.log", "w", encoding="utf-8") as log:  # as in: build --out mine > mine/build.log
        log.write("first\n")
        log.flush()
        assert pipeline.build(inputs, out).ok
        log.write("between\n")
        log.flush()
        assert pipeline.build(inputs, out).ok
        log.write("last\n")
    assert (out / "build.log").read_text(encoding="utf-8") == "first\nbetween\nlast\n"
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me"
    assert {".gitkeep", "notes.txt", "claims.csv", "texts"} <= {p.name for p in out.iterdir()}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "mine"]


def test_a_folder_holding_other_folders_or_the_working_directory_is_never_replaced(tmp_path, monkeypatch):
    out = tmp_path / "mine"
    (out / "photos").mkdir(parents=True)
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    report = pipeline.build([articles(tmp_path / "in", 1)], out)
    assert not report.ok and report.errors[0]["stage"] == "output"
    assert "photos" in report.errors[0]["error"]
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt", "photos"]
    (out / "photos").rmdir()
    monkeypatch.chdir(out)
    report = pipeline.build([articles(tmp_path / "in2", 1)], out)
    assert report.errors[0]["error"].startswith("output folder holds the working directory")
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
