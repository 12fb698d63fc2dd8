"""Stance step: stance toward China of one claim sentence, from cue lexicons, negation aware.

Needs: sentence text. Assigns: stance -1/0/+1, stance_score in [-1, 1], the cues that decided it.
warming cues (cooperation, engagement) push up, cooling cues (criticism, strain) push down, a
negation within ``NEGATION_WINDOW`` words before a cue flips it ("will not improve"), and balancing
cues (hedging, "no change", "cannot choose") pull the result to neutral. Lexicon: data/cues.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claims.lexicon import load_cues, lower_same_length, patterns, word_alternation

NEGATION_WINDOW = 3  # words between a negation and the cue it flips
BALANCING_WEIGHT = 1.0  # one hedge neutralises one net warming/cooling cue
WORD_RE = re.compile(r"[\w']+")
PARTNER_WINDOW = 60  # characters after a warming cue searched for the partner it is about


@dataclass(frozen=True)
class Stance:
    stance: int
    score: float
    cues: tuple[str, ...]


@lru_cache(maxsize=1)
def load_stance_lexicon() -> dict[str, re.Pattern]:
    stance = load_cues()["stance"]
    # One pattern with a named group per polarity, so overlapping cues resolve in one pass.
    # Lower-cased fragments over lower-cased text: faster than IGNORECASE (see lexicon.py).
    groups = [f"(?P<{name}>{'|'.join(sorted((f.lower() for f in stance[name]), key=len, reverse=True))})"
              for name in ("balancing", "cooling", "warming")]
    return {
        "cues": re.compile(r"(?<![\w-])(?:" + "|".join(groups) + r")(?![\w])"),
        "other_partner": word_alternation(stance["other_partner"]),
        "china": patterns()["china"],
        "negation": re.compile(r"(?:" + "|".join(stance["negation"]) + r")$", re.IGNORECASE),
    }


def _negated(text: str, at: int, negation: re.Pattern) -> bool:
    before = WORD_RE.findall(text, max(0, at - 40), at)[-NEGATION_WINDOW:]
    return any(negation.search(word) for word in before)


def _about_other_partner(text: str, lowered: str, at: int, lexicon: dict) -> bool:
    """Whether the clause after a cue names another partner (the US, Japan …) and not China."""
    end = at + PARTNER_WINDOW
    partner = lexicon["other_partner"].search(text, at, end)
    if partner is None:
        return False
    clause_end = min((i for i in (text.find(c, at, end) for c in ",;:") if i >= 0), default=end)  # one sentence
    return partner.start() < clause_end and lexicon["china"].search(lowered, at, clause_end) is None


def score_stance(text: str) -> Stance:
    """Stance toward China expressed by ``text``."""
    lexicon = load_stance_lexicon()
    warming = cooling = balancing = 0
    cues = []
    lowered = lower_same_length(text)
    for m in lexicon["cues"].finditer(lowered):
        kind = m.lastgroup
        if kind == "warming" and _about_other_partner(text, lowered, m.end(), lexicon):
            continue  # warmth toward another partner says nothing about China
        negated = kind != "balancing" and _negated(text, m.start(), lexicon["negation"])
        if kind == "balancing":
            balancing += 1
        elif (kind == "warming") != negated:
            warming += 1
        else:
            cooling += 1
        cues.append(("not " if negated else "") + m.group(0).lower())
    total = warming + cooling + balancing
    score = round((warming - cooling) / total, 3) if total else 0.0
    if balancing and abs(warming - cooling) <= BALANCING_WEIGHT * balancing:
        stance = 0
    else:
        stance = (score > 0) - (score < 0)
    return Stance(stance, score, tuple(dict.fromkeys(cues)))
