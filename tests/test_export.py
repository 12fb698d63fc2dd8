"""CSV output is injection-safe and atomic: cells a spreadsheet would run are neutralised, numbers
stay numbers, and a data-set folder is replaced in one step."""
import os
import stat

import pandas as pd
import pytest

from claims import export
from claims.export import (csv_bytes, foreign_entries, neutralise_cell, publish_folder, read_table,
                           staging_folder, write_csv_atomic)
from claims.schema import CLAIM_COLUMNS, GROUP_COLUMNS


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-cmd", "@SUM(A1)", "\tx", "\rx", "\nx",
                                  '=HYPERLINK("http://evil","click")'])
def test_formula_like_cells_get_a_leading_apostrophe(cell):
    assert neutralise_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Yoon met Xi", "a=b", "1-2", "", " =x", 3, -1.5])
def test_other_cells_are_unchanged(cell):
    assert neutralise_cell(cell) == cell


def test_numbers_stay_numbers_and_text_in_numeric_columns_is_neutralised():
    frame = pd.DataFrame({
        "text": ["=cmd|' /C calc'!A0", "-President Yoon", "plain"],
        "stance": ["-1", "=1+1", "1"],          # claims.csv carries numbers as text
        "stance_score": [-0.5, 0.0, 1.0],       # and as real floats elsewhere
        "start": ["0", "\t-2", "12"],
    })
    lines = csv_bytes(frame).decode("utf-8").splitlines()
    assert lines == [
        "text,stance,stance_score,start",
        "'=cmd|' /C calc'!A0,-1,-0.5,0",
        "'-President Yoon,'=1+1,0.0,'\t-2",
        "plain,1,1.0,12",
    ]


def test_every_column_type_a_view_can_hold_is_neutralised_or_left_alone():
    frame = pd.DataFrame({
        "mixed": pd.Series(["=1+2", 7, None], dtype=object),   # a column pandas could not type
        "topic": pd.Categorical(["@cmd", "trade", "@cmd"]),
        "date": pd.to_datetime(["2024-01-02", None, "2023-05-06"]),
        "kept": [True, False, True],
        "count": pd.array([1, None, -3], dtype="Int64"),
        "=header": ["a", "b", "c"],
    })
    assert csv_bytes(frame).decode("utf-8").splitlines() == [
        "mixed,topic,date,kept,count,'=header",
        "'=1+2,'@cmd,2024-01-02,True,1,a",
        "7,trade,,False,,b",
        ",'@cmd,2023-05-06,True,-3,c",
    ]


def test_headers_and_unknown_columns_are_neutralised_and_columns_ordered():
    frame = pd.DataFrame({"=evil": ["@x"], "group_id": ["g1"]})
    data = csv_bytes(frame, ["group_id", "=evil"]).decode("utf-8")
    assert data == "group_id,'=evil\ng1,'@x\n"


def test_written_csv_reads_back_as_text_with_exact_columns(tmp_path):
    frame = pd.DataFrame([{"group_id": "g1", "leader": "NA", "n_claims": 2, "mean_stance": -0.5,
                           "representative_text": "line one\nline two, \"quoted\""}])
    path = tmp_path / "groups.csv"
    write_csv_atomic(path, frame, GROUP_COLUMNS)
    back = read_table(path)
    assert list(back.columns) == GROUP_COLUMNS
    row = back.iloc[0]
    assert (row["leader"], row["n_claims"], row["mean_stance"]) == ("NA", "2", "-0.5")
    assert row["representative_text"] == 'line one\nline two, "quoted"'
    assert stat.S_IMODE(path.stat().st_mode) == export.FILE_MODE
    assert [p.name for p in tmp_path.iterdir()] == ["groups.csv"]  # no temporary file left


def test_empty_frame_writes_the_header_only(tmp_path):
    write_csv_atomic(tmp_path / "claims.csv", pd.DataFrame(), CLAIM_COLUMNS)
    assert (tmp_path / "claims.csv").read_text(encoding="utf-8") == ",".join(CLAIM_COLUMNS) + "\n"


def _data_set(folder, marker):
    folder.mkdir(parents=True)
    (folder / "claims.csv").write_text(marker, encoding="utf-8")
    (folder / "texts").mkdir()
    (folder / "texts" / f"{marker}.txt").write_text(marker, encoding="utf-8")


def test_publish_swaps_the_whole_folder_and_removes_the_old_one(tmp_path):
    out = tmp_path / "data"
    _data_set(out, "old")
    staging = staging_folder(out)
    assert staging.parent == tmp_path and staging.name.startswith(".data.staging-")
    assert stat.S_IMODE(staging.stat().st_mode) == export.FOLDER_MODE
    _data_set(staging / "x", "new")
    for entry in (staging / "x").iterdir():
        entry.rename(staging / entry.name)
    (staging / "x").rmdir()
    publish_folder(staging, out)
    assert (out / "claims.csv").read_text(encoding="utf-8") == "new"
    assert [p.name for p in (out / "texts").iterdir()] == ["new.txt"]  # stale texts gone
    assert [p.name for p in tmp_path.iterdir()] == ["data"]


def test_publish_without_atomic_exchange_falls_back_to_two_renames(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "_exchange", lambda a, b: False)
    out = tmp_path / "data"
    _data_set(out, "old")
    staging = staging_folder(out)
    (staging / "claims.csv").write_text("new", encoding="utf-8")
    publish_folder(staging, out)
    assert (out / "claims.csv").read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["data"]


def _dead_pid():
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    return pid


def test_leftovers_of_a_killed_build_are_cleaned_and_an_interrupted_swap_is_undone(tmp_path):
    dead = _dead_pid()
    out = tmp_path / "data"
    # Killed between the fallback's two renames: the old data set waits in .data.old-<pid>-*/data.
    _data_set(tmp_path / f".data.old-{dead}-abc" / "data", "old")
    (tmp_path / f".data.staging-{dead}-def").mkdir()
    live = tmp_path / f".data.staging-{os.getpid()}-ghi"  # a build still running: left alone
    live.mkdir()
    staging = staging_folder(out)
    assert (out / "claims.csv").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["data", live.name, staging.name])


def test_a_killed_build_gives_back_the_files_it_had_moved_aside(tmp_path):
    dead = _dead_pid()
    out = tmp_path / "data"
    _data_set(out, "old")
    killed = tmp_path / f".data.staging-{dead}-abc"  # killed after carry_over, before the swap
    killed.mkdir()
    (killed / "claims.csv").write_text("half", encoding="utf-8")
    (killed / "build.log").write_text("log", encoding="utf-8")
    staging_folder(out)
    assert (out / "build.log").read_text(encoding="utf-8") == "log"
    assert (out / "claims.csv").read_text(encoding="utf-8") == "old"


def test_foreign_entries_are_what_a_swap_carries_over(tmp_path):
    assert foreign_entries(tmp_path / "missing") == []
    _data_set(tmp_path / "data", "x")
    (tmp_path / "data" / "accuracy.json").write_text("{}", encoding="utf-8")
    (tmp_path / "data" / ".claims.csv.tmp").write_text("", encoding="utf-8")
    assert foreign_entries(tmp_path / "data") == []
    (tmp_path / "data" / "notes.txt").write_text("mine", encoding="utf-8")
    (tmp_path / "data" / ".gitkeep").write_text("", encoding="utf-8")
    assert foreign_entries(tmp_path / "data") == [".gitkeep", "notes.txt"]
