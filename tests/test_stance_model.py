"""The learned stance model: decides where no cue speaks, overrules cues only when confident,
reproducible from the probe gold."""
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims import stance
from claims.stance import lexicon_stance, model_features, score_stance

ROOT = Path(__file__).resolve().parent.parent

TINY_MODEL = ((0.0, 1.0, 0.0), {"w:drab": (2.0, 0.0, 0.0), "b:red carpet": (0.0, 0.0, 3.0),
                                "w:carpet": (0.0, 0.0, 0.5), "w:gloomy": (5.0, 0.0, 0.0),
                                "cue:welcomed": (0.0, 0.0, 1.0)})


@pytest.fixture
def tiny_model(monkeypatch):
    monkeypatch.setattr(stance, "load_model", lambda: TINY_MODEL)


def test_features_are_words_and_adjacent_pairs():
    assert model_features("lee's quiet bet, again") == {
        "w:lee's", "w:quiet", "w:bet", "w:again", "b:lee's quiet", "b:quiet bet", "b:bet again"}


def test_model_names_the_words_that_decided_it(tiny_model):
    drab = score_stance("A drab reception awaited the envoy.")  # no cue speaks
    assert drab.stance == -1 and drab.cues == ("model:drab",)
    assert drab.score == round((1 - math.exp(2)) / (math.exp(2) + math.exp(1) + 1), 3)  # P(+1) - P(-1)
    warm = score_stance("They rolled out the red carpet for him.")
    assert warm.stance == 1 and warm.cues == ("model:red carpet", "model:carpet")


def test_a_neutral_call_is_the_cue_less_result(tiny_model):
    assert score_stance("The envoy arrived on time.") == stance.Stance(0, 0.0, ())


def test_the_model_overrules_cues_only_when_confident(tiny_model):
    # "welcomed" is a warming cue; "drab" pulls the other way with probability 0.58 < 0.7: cues stand.
    hesitant = "Yoon welcomed a drab exchange with Beijing."
    assert score_stance(hesitant) == lexicon_stance(hesitant)
    assert not any(c.startswith("model:") for c in score_stance(hesitant).cues)
    # "gloomy" outweighs the cue (probability 0.96): the model's call, with the cue and its own words named.
    overruled = score_stance("Yoon welcomed a gloomy exchange with Beijing.")
    assert (overruled.stance, overruled.cues) == (-1, ("welcomed", "exchange", "model:gloomy"))
    assert score_stance("A drab reception awaited Lee in the capital.").cues == ("model:drab",)


def test_shipped_model_is_what_the_probe_gold_trains():
    result = subprocess.run([sys.executable, "eval/train_stance.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "matches" in result.stdout


def test_function_words_alone_are_no_features_but_stay_in_pairs():
    assert model_features("the summit in beijing") == {"w:summit", "w:beijing", "b:the summit", "b:summit in",
                                                       "b:in beijing"}


def test_model_verdicts_do_not_depend_on_the_process_hash_seed():
    # Features are a set: summed and ranked in sorted order, or cue order and scores would vary.
    script = ("import csv; from claims.stance import score_stance; "
              "rows = list(csv.DictReader(open('eval/probes/gold_claims.csv', encoding='utf-8'))); "
              "print([score_stance(r['sentence']) for r in rows])")
    outputs = {subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outputs) == 1 and "model:" in outputs.pop()
