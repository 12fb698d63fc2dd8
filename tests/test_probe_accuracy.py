"""Accuracy floors on the probe set (eval/probes): 195 articles in other outlets' styles, written and
annotated for the team by separate authors in the seeds' conventions. A change that costs accuracy
on text the seeds do not cover fails here, not on the hidden held-out set."""
import json
import subprocess
import sys

import pytest

from claims.evaluate import BUNDLED_GOLD
from claims.pipeline import build

PROBES = BUNDLED_GOLD / "probes"
# Measured 2026-11-29 on 195 articles: 0.829, 0.884, 0.908, 0.828, 0.954, 0.995, 0.105 (3,999 pairs, gold 487).
# Stance is in-sample here (the model is trained on this gold; held-out figures: eval/train_stance.py --cv).
FLOORS = {
    "recall": 0.82, "precision": 0.86, "stance_accuracy": 0.90, "event_date_accuracy": 0.80,
    "published_accuracy": 0.925, "outlet_accuracy": 0.97, "agree_recall": 0.095,
}


@pytest.fixture(scope="module")
def metrics(tmp_path_factory):
    data = tmp_path_factory.mktemp("probes") / "data"
    assert build([PROBES / "docs"], data).ok
    command = [sys.executable, str(BUNDLED_GOLD / "score.py"), "--docs", str(PROBES / "docs"),
               "--gold", str(PROBES / "gold_claims.csv"), "--claims", str(data / "claims.csv"),
               "--documents", str(PROBES / "documents.csv"), "--pairs", str(PROBES / "pairs.csv"),
               "--agreements", str(data / "agreements.csv"), "--contradictions", str(data / "contradictions.csv"),
               "--json"]
    return json.loads(subprocess.run(command, capture_output=True, text=True, check=True, timeout=120).stdout)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_probe_set_accuracy_stays_above_its_floor(metrics, metric):
    assert metrics[metric] >= FLOORS[metric], metrics
