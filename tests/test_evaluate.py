"""accuracy.json: every build of the bundled seeds scores itself, whoever starts it."""
import json
import shutil

from claims import evaluate
from claims.pipeline import build
from claims.evaluate import BUNDLED_SEEDS

GOOD = ("Yoon Suk Yeol Courts Beijing\n\nSEOUL, June 3, 2024 (Yonhap) -- President Yoon Suk Yeol met "
        "Chinese Premier Li Qiang and agreed to resume the trilateral summit.\n")


def test_a_library_build_of_the_seeds_writes_the_scorer_report_with_provenance(tmp_path):
    report = build([BUNDLED_SEEDS], tmp_path / "data")  # as the dashboard's first run calls it
    assert report.ok, report.errors
    record = json.loads((tmp_path / "data" / "accuracy.json").read_text(encoding="utf-8"))
    assert record["gold"] == "eval" and record["docs"] == "seeds" and record["scorer"] == "eval/score.py"
    assert record["metrics"]["extracted_claims"] == report.n_claims
    assert record["metrics"]["recall"] >= 0.85


def test_seeds_beside_other_files_are_scored_on_the_seeds_alone(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    alone = build([BUNDLED_SEEDS], tmp_path / "seeds_only")
    mixed = build([BUNDLED_SEEDS, tmp_path / "in"], tmp_path / "mixed")  # the dashboard's user data set
    assert mixed.n_claims > alone.n_claims
    metrics = [json.loads((tmp_path / d / "accuracy.json").read_text(encoding="utf-8"))["metrics"]
               for d in ("seeds_only", "mixed")]
    for key in ("recall", "precision", "stance_accuracy", "event_date_accuracy", "agree_recall"):
        assert metrics[0][key] == metrics[1][key], key


def test_other_inputs_get_no_accuracy_report(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert build([tmp_path / "a.txt"], tmp_path / "data").ok
    assert not (tmp_path / "data" / "accuracy.json").exists()


def test_a_failing_scorer_is_an_error_row_and_the_data_set_is_still_published(tmp_path):
    broken = tmp_path / "gold"
    shutil.copytree(evaluate.BUNDLED_GOLD, broken)
    (broken / "score.py").write_text("raise SystemExit('gold file unreadable')\n", encoding="utf-8")
    report = build([BUNDLED_SEEDS], tmp_path / "data", gold=broken)
    assert [(e["stage"], e["error"]) for e in report.errors] == [
        ("score", "RuntimeError: scorer failed: gold file unreadable")]
    assert (tmp_path / "data" / "claims.csv").exists() and not (tmp_path / "data" / "accuracy.json").exists()
    assert "scorer failed" in (tmp_path / "data" / "errors.csv").read_text(encoding="utf-8")
