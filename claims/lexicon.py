"""Cue lexicons (data/cues.yaml) compiled once: China/policy relevance, continuation cues, topics."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

CUES_PATH = Path(__file__).parent / "data" / "cues.yaml"


CASE_ESCAPES = re.compile(r"\\[WSDBAZ]")


def word_alternation(fragments: list[str], lowered: bool = False) -> re.Pattern:
    """One compiled pattern of whole-word fragments, longer first so phrases beat words.

    Case-insensitive by default. With ``lowered``, the fragments are lower-cased and matched
    case-sensitively, for text already lower-cased: about three times faster than IGNORECASE on
    long articles (see bench/bench_extract.py)."""
    ordered = sorted(fragments, key=len, reverse=True)
    if lowered:
        if any(CASE_ESCAPES.search(f) for f in ordered):
            raise ValueError("cue fragments must not use upper-case escapes (\\W, \\S, \\D, ...)")
        ordered = [f.lower() for f in ordered]
    body = r"(?<![\w-])(?:" + (first_letter_alternation(ordered) if lowered else "|".join(ordered)) + r")(?![\w])"
    return re.compile(body) if lowered else re.compile(body, re.IGNORECASE)


REGEX_SPECIAL = frozenset("\\()[]{}|.*+?^$")


def first_letter_alternation(fragments: list[str]) -> str:
    """The alternation of ``fragments`` (in their order) with those that start with a plain
    character grouped behind it: "a(?:id|gree)|b(?:an)". The engine then tries one branch per first
    character at each word start instead of every fragment: cue scans ~1.5x faster, the same
    matches (fragments that start with a group or escape stay whole, after the grouped ones)."""
    buckets: dict[str, list[str]] = {}
    rest = []
    for fragment in fragments:
        if (fragment and fragment[0] not in REGEX_SPECIAL and fragment[1:2] not in ("?", "*", "+", "{")
                and not _top_level_bar(fragment)):
            buckets.setdefault(fragment[0], []).append(fragment[1:])
        else:
            rest.append(fragment)
    grouped = [re.escape(first) + (f"(?:{'|'.join(tails)})" if len(tails) > 1 else tails[0])
               for first, tails in buckets.items()]
    return "|".join(grouped + rest)


def _top_level_bar(fragment: str) -> bool:
    """Whether a regex fragment holds a "|" outside any group or character class."""
    depth, escaped, in_class = 0, False, False
    for ch in fragment:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            return True
    return False


def lower_same_length(text: str) -> str:
    """``text`` lower-cased character by character, keeping offsets: the rare letters whose lower
    case is longer (Turkish dotted "İ") stay as they are."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@lru_cache(maxsize=2)
def load_cues(path: Path = CUES_PATH) -> dict:
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@lru_cache(maxsize=2)
def patterns(path: Path = CUES_PATH) -> dict[str, re.Pattern]:
    cues = load_cues(path)
    # Relevance and continuation cues run over lower_same_length(text).
    compiled = {name: word_alternation(cues[name], lowered=True)
                for name in ("china", "policy", "leader_reference", "event_reference", "background_trigger", "alignment",
                              "government_actor")}
    # Up to two words between the cue and the date ("took office in June"); in a clause, up to four
    # with commas ("first meeting in Bali, Indonesia in November 2022").
    for name, words in (("background_date", r"(?:\w+\s+){0,2}"), ("background_date_clause", r"(?:[\w,]+\s+){0,4}")):
        compiled[name] = re.compile(r"(?:" + "|".join(cues[name]) + r")\s+" + words + "$", re.IGNORECASE)
    compiled["topics"] = topic_pattern(cues["topics"])
    compiled["other_country"], compiled["other_country_caps"] = cased_alternation(cues["other_country"])
    return compiled


def cased_alternation(fragments: list[str]) -> tuple[re.Pattern, re.Pattern]:
    """Whole-word fragments as two patterns: the case-insensitive ones over lower-cased text
    (``word_alternation``), and the capitalised short forms written "(?-i:US)" over the text itself
    ("US" is no "us"). A caller takes the earlier match of the two."""
    caps = [f[5:-1] for f in fragments if f.startswith("(?-i:")]
    rest = [f for f in fragments if not f.startswith("(?-i:")]
    return (word_alternation(rest, lowered=True),
            re.compile(r"(?<![\w-])(?:" + "|".join(caps) + r")(?![\w])" if caps else r"(?!)"))


def topic_pattern(topics: dict[str, list[str]]) -> re.Pattern:
    """One pattern for all topics over lower-cased text: at each word start a look-ahead tries the
    topics in priority order and names the first that matches there (``lastgroup``). The lowest
    priority seen over a sentence is then the first topic any of whose cues occurs: what a search
    per topic gives, in one pass instead of up to one per topic."""
    groups = []
    for i, words in enumerate(topics.values()):
        ordered = sorted((w.lower() for w in words), key=len, reverse=True)
        groups.append(rf"(?P<t{i}>(?:{first_letter_alternation(ordered)})(?![\w]))")
    return re.compile(r"(?<![\w-])(?=" + "|".join(groups) + ")")


@lru_cache(maxsize=256)
def background_leader_pattern(leader_regex: str, path: Path = CUES_PATH) -> re.Pattern:
    """Clauses in which a leader mention (``leader_regex``) is background, not the subject."""
    titled = rf"(?:(?:former\s+)?(?:South\s+Korean\s+)?(?:President|Prime\s+Minister|Mr\.?)\s+)?(?:{leader_regex})"
    parts = [p.replace("{LEADER}", titled) for p in load_cues(path)["background_leader"]]
    return re.compile("|".join(parts), re.IGNORECASE)
