"""Cue lexicons (data/cues.yaml) compiled once: China/policy relevance, continuation cues, topics."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

CUES_PATH = Path(__file__).parent / "data" / "cues.yaml"


def word_alternation(fragments: list[str]) -> re.Pattern:
    """One compiled, case-insensitive pattern; longer fragments first so phrases beat words."""
    ordered = sorted(fragments, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(ordered) + r")(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=2)
def load_cues(path: Path = CUES_PATH) -> dict:
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@lru_cache(maxsize=2)
def patterns(path: Path = CUES_PATH) -> dict[str, re.Pattern]:
    cues = load_cues(path)
    compiled = {name: word_alternation(cues[name])
                for name in ("china", "policy", "leader_reference", "event_reference")}
    compiled["background_date"] = re.compile(
        r"(?:" + "|".join(cues["background_date"]) + r")\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
    compiled["topics"] = [(topic, word_alternation(words)) for topic, words in cues["topics"].items()]
    return compiled


def background_leader_pattern(leader_regex: str, path: Path = CUES_PATH) -> re.Pattern:
    """Clauses in which a leader mention (``leader_regex``) is background, not the subject."""
    titled = rf"(?:(?:former\s+)?(?:South\s+Korean\s+)?(?:President|Prime\s+Minister|Mr\.?)\s+)?(?:{leader_regex})"
    parts = [p.replace("{LEADER}", titled) for p in load_cues(path)["background_leader"]]
    return re.compile("|".join(parts), re.IGNORECASE)
