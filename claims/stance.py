"""Stance step: stance toward China of one claim sentence, from cue lexicons, negation aware.

Needs: sentence text. Assigns: stance -1/0/+1, stance_score in [-1, 1], the cues that decided it.
warming cues (cooperation, engagement) push up, cooling cues (criticism, strain) push down,
meetings and visits count as half a warming cue beside other cues (whole alone), a
negation within ``NEGATION_WINDOW`` words before a cue in its clause flips it ("will not improve"),
and balancing cues (hedging, "no change", "cannot choose") pull the result to neutral. Cues about
another party ("criticized Russia") or about the predecessor's era in a relative clause ("which
soured under his predecessor") are not counted. Lexicon: data/cues.yaml.

Then a small learned model (data/stance_model.json: a logistic regression over the sentence's words
and word pairs and what the cues said, trained by eval/train_stance.py on the probe set's gold,
never on the seeds) reads every sentence. A sentence no cue speaks to takes its call; when it calls
that sentence neutral the result is the cue-less one, stance 0, score 0, no cues. Where cues speak,
the model overrides them only when it gives its own call at least OVERRIDE_CONFIDENCE: held out
over folds of whole probe batches, the cues alone were right 0.629 of the time, cues then the model
where none speaks 0.698, this 0.736 (README). Its deciding words are named in the cues as "model:<words>".
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from claims.lexicon import cased_alternation, first_letter_alternation, load_cues, lower_same_length, patterns

MODEL_PATH = Path(__file__).parent / "data" / "stance_model.json"
MODEL_WORD_RE = re.compile(r"[a-z][a-z'’-]+")  # over lower-cased text
MODEL_STOPWORDS = frozenset("a an the of in on at to for by with from and or but as is are was were be been has have had "
                            "it its this that these those he she his her they their which who said says".split())
MODEL_CUES = 2  # the words (or word pairs) that pushed the model's call most, shown as its cues
OVERRIDE_CONFIDENCE = 0.7  # the model's probability for its call needed to overrule the cues (see the README: swept on held-out batches and the seeds)
NEGATION_WINDOW = 3  # words (fillers such as "the", "any", "to" not counted) from a negation to its cue
NEGATION_REACH = 60  # characters before a cue searched for a negation
RATHER_THAN_RE = re.compile(r"\brather than\s+(?:(?:a|an|the|its|their)\s+)?$")  # lower-cased, right before a cue
CLAUSE_BREAK_RE = re.compile(r"[,;:()\[\]\"“”]|\b(?:but|while|whereas|although|though|yet)\b")  # lower-cased
REPAIR_RE = re.compile(r"mend|repair|restor|reset|rebuild|reviv|normali|thaw|heal|stabili|steady|soften|improv")
REPAIR_REACH = 80  # characters after a repair within which a strain describes what is repaired
REPAIR_BREAK_RE = re.compile(r"\b(?:but|while|although|though|yet|however|whereas)\b|;")
DENIAL_RE = re.compile(r"reject|dismiss|rebuff|brush|play|downplay|support|den")  # lower-cased balancing cue text
CRITICISM_RE = re.compile(r"accus|criticiz|criticis|slam|rebuk|condemn|attack")  # lower-cased cue text
# The target right after a criticising verb: a pronoun, "the government", or a capitalised name.
TARGET_RE = re.compile(r"\s+(?P<who>him|her|them|the (?:government|administration|president|opposition)\b"
                       r"|(?:the )?[A-Z][\w'’-]*)")
OBJECT_GAP_RE = re.compile(r"\s+(?:(?:the|its|their|his|her|any|bilateral)\s+)?")  # a cue's object right after it
INTENT_RE = re.compile(r"agree|promis|hop|vow|pledg|seek|commit")  # lower-cased cue text
INTENT_GAP_RE = re.compile(r"\s+to\s+(?:[\w'’-]+\s+){0,2}")
US_TILT_WEIGHT = 0.5  # siding with Washington leans cool toward Beijing, less than saying so
EVENT_WEIGHT = 0.5  # "The visit was clouded by …": what is said of a meeting outweighs the meeting
BALANCING_WEIGHT = 1.0  # one hedge neutralises one net warming/cooling cue
WORD_RE = re.compile(r"[\w'’]+")
PARTNER_WINDOW = 60  # characters after a cue searched for the party it is about
CLAUSE_OPENER_RE = re.compile(r"\bthat\b|[\"“”]")  # lower-cased; a that-clause or a quote after a cue
# A cue in a relative clause that ends "under his predecessor" / "during the previous
# administration" tells of the era before the leader ("relations with China, which soured under
# his predecessor"), not of the leader. (A main clause "Relations were strained under the previous
# administration" is a claim about that predecessor, and counts.)
RELATIVE_BEFORE_RE = re.compile(r"\b(?:which|that)\b[^,;:]*$")
PREDECESSOR_ERA_RE = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:under|during)\s+(?:his|her|the|their)\s+(?:[\w'’-]+\s+)?"
    r"(?:predecessor|(?:previous|former|preceding)\s+(?:government|administration|president))\b")


@dataclass(frozen=True)
class Stance:
    stance: int
    score: float
    cues: tuple[str, ...]


NO_STANCE = Stance(0, 0.0, ())


@lru_cache(maxsize=1)
def load_stance_lexicon() -> dict[str, re.Pattern]:
    stance = load_cues()["stance"]
    # One pattern with a named group per polarity, so overlapping cues resolve in one pass.
    # Lower-cased fragments over lower-cased text: faster than IGNORECASE (see lexicon.py).
    groups = [f"(?P<{name}>{first_letter_alternation(sorted((f.lower() for f in stance[name]), key=len, reverse=True))})"
              for name in ("neutral", "balancing", "cooling", "failure", "warming", "lean", "us_tilt", "event")]
    other_partner, other_partner_caps = cased_alternation(stance["other_partner"])
    return {
        "cues": re.compile(r"(?<![\w-])(?:" + "|".join(groups) + r")(?![\w])"),
        "other_partner": other_partner, "other_partner_caps": other_partner_caps,
        "china": patterns()["china"],
        # A China cue ending right before a cue, as its modifier: searched with endpos = cue start.
        # ... or a China possessive a word or two before it ("China's economic retaliation").
        "china_modifier": re.compile(r"(?:" + patterns()["china"].pattern + r")(?:['’]s(?:\s+[\w-]+){0,2}\s|[\s-]?)$"),
        "negation": negation_pattern(stance["negation"]),
        "negation_exempt_next": frozenset(stance["negation_exempt_next"]),
        "negation_filler": frozenset(stance["negation_filler"]),
    }


def negation_pattern(words: list[str]) -> re.Pattern:
    """A negating word in lower-cased text (or a word that is one); entries starting with "n'" are
    suffixes ("didn't", "won’t")."""
    suffixes = [w[2:] for w in words if w.startswith("n'")]
    whole = [w for w in words if not w.startswith("n'")]
    return re.compile(r"(?<![\w'’])(?:" + "|".join(whole) + r")(?![\w'’])"
                      + "".join(rf"|n['’]{s}(?![\w'’])" for s in suffixes))


def _negated(lowered: str, at: int, lexicon: dict) -> bool:
    """Whether a negation stands within NEGATION_WINDOW counted words before ``at`` in the
    lower-cased text, in its clause."""
    window = lowered[max(0, at - NEGATION_REACH):at]
    if RATHER_THAN_RE.search(window):
        return True  # "a problem to be managed rather than a partner"
    if not lexicon["negation"].search(window):
        return False  # the common case, one search
    words = WORD_RE.findall(CLAUSE_BREAK_RE.split(window)[-1])
    counted = 0
    for i in range(len(words) - 1, -1, -1):
        if lexicon["negation"].search(words[i]):
            return i + 1 >= len(words) or words[i + 1] not in lexicon["negation_exempt_next"]
        if words[i] not in lexicon["negation_filler"]:
            counted += 1
            if counted >= NEGATION_WINDOW:
                return False
    return False


def _about_other_partner(text: str, lowered: str, cue: re.Match, lexicon: dict) -> bool:
    """Whether a cue's clause names another party (the US, Russia …) after the cue and not China,
    and China does not stand right before the cue as its modifier ("Korea-China cooperation")."""
    end = cue.end() + PARTNER_WINDOW
    found = [m.start() for m in (lexicon["other_partner"].search(lowered, cue.end(), end),
                                 lexicon["other_partner_caps"].search(text, cue.end(), end)) if m]
    if not found:
        return False
    partner = min(found)
    if CLAUSE_OPENER_RE.search(lowered, cue.end(), partner):
        return False  # "warned that Seoul's alignment with Washington …": the partner is in another clause
    if lexicon["china"].search(lowered, cue.start(), cue.end()):
        return False  # the cue names China itself ("deploy more THAAD batteries")
    clause_end = min((i for i in (text.find(c, cue.end(), end) for c in ",;:") if i >= 0), default=end)
    if partner >= clause_end or lexicon["china_modifier"].search(lowered, 0, cue.start()):
        return False
    china = lexicon["china"].search(lowered, cue.end(), clause_end)
    return china is None or china.start() > partner  # "with Washington … and angered Beijing"


def _aimed_at_someone_else(text: str, cue: re.Match, lexicon: dict) -> bool:
    """Whether a criticising verb ("accused", "criticized") is aimed at a person or government
    named right after it that is not China ("accused Lee of", "criticized him for")."""
    if not CRITICISM_RE.match(cue.group(0)):
        return False
    target = TARGET_RE.match(text, cue.end())
    return target is not None and lexicon["china"].match(lower_same_length(target.group("who"))) is None


def _describes_what_is_repaired(lowered: str, cue: tuple, counted: list) -> bool:
    """Whether a cooling cue tells what a repair mends ("mend ties strained by the missile row",
    "repair ties with Beijing, which had imposed sanctions"): the past strain, not the act."""
    m, kind, negated = cue
    if kind != "cooling" or negated or m.lastgroup == "failure":  # a failure is the repair's own fate
        return False
    for other, other_kind, other_negated in counted:
        if other.start() >= m.start():
            break
        if (other_kind == "warming" and not other_negated and REPAIR_RE.match(other.group(0))
                and m.start() - other.end() <= REPAIR_REACH
                and not REPAIR_BREAK_RE.search(lowered, other.end(), m.start())):
            return True
    return False


def _negation_to_the_nearer_cue(lowered: str, counted: list) -> list:
    """A negation before two adjacent cues negates the first ("will not derail cooperation": the
    derailing is denied, the cooperation stands)."""
    if sum(negated for _, _, negated in counted) < 2:
        return counted  # the common case: nothing to hand over
    out = []
    for i, (m, kind, negated) in enumerate(counted):
        if negated and i and out[-1][2] and OBJECT_GAP_RE.fullmatch(lowered, counted[i - 1][0].end(), m.start()):
            negated = False
        out.append((m, kind, negated))
    return out


def _undone_by_failure(lowered: str, counted: list) -> list:
    """Warmth that a later failure in the same clause undoes ("Xi's promised return visit never
    happened", "hopes of a thaw were dashed") counts as its opposite."""
    failures = [m.start() for m, _, negated in counted if m.lastgroup == "failure" and not negated]
    if not failures:
        return counted
    return [(m, kind, True) if kind == "warming" and not negated and any(
        m.start() < at and CLAUSE_BREAK_RE.search(lowered, m.end(), at) is None for at in failures)
        else (m, kind, negated) for m, kind, negated in counted]


def _intends_next(lowered: str, cue: re.Match, following: list) -> bool:
    """Whether ``cue`` only announces the cue after it ("agreed to host THAAD", "vowed to
    deepen ties"): the intent takes that action's polarity, so it is not counted on its own."""
    if not following or not INTENT_RE.match(cue.group(0)):
        return False
    return INTENT_GAP_RE.fullmatch(lowered, cue.end(), following[0][0].start()) is not None


def score_stance(text: str) -> Stance:
    """Stance toward China expressed by ``text``: the learned model's reading of its words and cues."""
    lowered = lower_same_length(text)
    found = lexicon_stance(text, lowered)
    call = _model_call(lowered, found)
    if not found.cues:
        return call.stance_named() if call.best != 1 else NO_STANCE
    if call.best - 1 != found.stance and call.confidence >= OVERRIDE_CONFIDENCE:
        named = call.stance_named()
        return Stance(named.stance, named.score, found.cues + named.cues)
    return found


def model_features(lowered: str) -> set[str]:
    """The learned model's features of a lower-cased sentence: its words and adjacent word pairs."""
    words = MODEL_WORD_RE.findall(lowered)
    return {f"w:{w}" for w in words if w not in MODEL_STOPWORDS} | {f"b:{a} {b}" for a, b in zip(words, words[1:])}


def sentence_features(lowered: str, found: Stance) -> set[str]:
    """All the model reads: the words and pairs, and what the cues said (their call, each cue,
    or that none spoke)."""
    features = model_features(lowered)
    features.add(f"lex:{found.stance}")
    features.update(f"cue:{c}" for c in found.cues)
    if not found.cues:
        features.add("nocue")
    return features


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH) -> tuple[tuple[float, float, float], dict[str, tuple[float, float, float]]]:
    """(bias, feature -> weights), each a weight for stance -1, 0, +1."""
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return tuple(data["bias"]), {feature: tuple(w) for feature, w in data["weights"].items()}


@dataclass(slots=True)
class ModelCall:
    best: int  # 0, 1, 2 for stance -1, 0, +1
    totals: tuple[float, float, float]
    features: set[str]

    @property
    def confidence(self) -> float:
        top = max(self.totals)
        return 1 / sum(math.exp(t - top) for t in self.totals)

    def stance_named(self) -> Stance:
        """The call, scored P(+1) - P(-1), with the words that decided it as its cues."""
        top = max(self.totals)
        exp = [math.exp(t - top) for t in self.totals]
        score = round((exp[2] - exp[0]) / sum(exp), 3) if self.best != 1 else 0.0
        best = self.best
        _, weights = load_model()
        # What the deciding class owes to each word feature beyond the other classes' weights for it
        # (sorted first: the same order for ties in every process).
        words = [(f, weights[f]) for f in sorted(self.features) if f[:2] in ("w:", "b:") and f in weights]
        margin = sorted(words, key=lambda fw: fw[1][best] - max(fw[1][k] for k in range(3) if k != best), reverse=True)
        return Stance(best - 1, score, tuple(f"model:{feature[2:]}" for feature, _ in margin[:MODEL_CUES]))


def _model_call(lowered: str, found: Stance) -> ModelCall:
    bias, weights = load_model()
    features = sentence_features(lowered, found)
    down, level, up = bias
    # Summed in sorted order: the same totals in every process (a set's order follows the hash seed).
    for w in map(weights.__getitem__, sorted([f for f in features if f in weights])):
        down += w[0]
        level += w[1]
        up += w[2]
    totals = (down, level, up)
    return ModelCall(max(range(3), key=totals.__getitem__), totals, features)


def lexicon_stance(text: str, lowered: str | None = None) -> Stance:
    """Stance toward China expressed by ``text``'s cues (stance 0, no cues when it has none); ``lowered``
    is its lower_same_length copy when the caller has it."""
    lexicon = load_stance_lexicon()
    counted: list[tuple[re.Match, str, bool]] = []  # (cue, kind, negated)
    events = []
    lowered = lower_same_length(text) if lowered is None else lowered
    denied_until = -1  # the end of the clause a denial opens ("dismissed suggestions that …")
    for m in lexicon["cues"].finditer(lowered):
        kind = "cooling" if m.lastgroup == "failure" else m.lastgroup
        if kind == "neutral" or m.start() < denied_until:
            continue  # the content of a denied charge is no stance of the denier's
        if kind == "balancing" and DENIAL_RE.match(m.group(0)):
            clause_break = CLAUSE_BREAK_RE.search(lowered, m.end())
            denied_until = clause_break.start() if clause_break else len(lowered)
        if kind != "balancing" and _about_other_partner(text, lowered, m, lexicon):
            continue  # warmth or criticism toward another party says nothing about China
        if kind == "cooling" and _aimed_at_someone_else(text, m, lexicon):
            continue  # "accused Lee of courting Beijing": the criticism is of Lee's line, not of China
        if kind == "event":
            events.append(m)
            continue
        if kind == "us_tilt":
            counted.append((m, "cooling", False))
            continue
        if (PREDECESSOR_ERA_RE.match(lowered, m.end())
                and RELATIVE_BEFORE_RE.search(lowered, max(0, m.start() - PARTNER_WINDOW), m.start())):
            continue  # the era before the leader
        negated = kind != "balancing" and _negated(lowered, m.start(), lexicon)
        if kind == "lean":  # a lean toward Beijing warms; denied ("not tilting"), it hedges
            kind = "balancing" if negated else "warming"
        counted.append((m, kind, negated))
    counted = [c for i, c in enumerate(counted) if not _intends_next(lowered, c[0], counted[i + 1:i + 2])]
    counted = _negation_to_the_nearer_cue(lowered, counted)
    counted = [c for c in counted if not _describes_what_is_repaired(lowered, c, counted)]
    # A meeting or visit leans warm; what is said about it weighs more.
    event_weight = EVENT_WEIGHT if counted else 1.0
    counted += [(m, "warming", _negated(lowered, m.start(), lexicon)) for m in events]
    counted = _undone_by_failure(lowered, counted)
    warming = cooling = balancing = 0.0
    for m, kind, negated in counted:
        weight = event_weight if m.lastgroup == "event" else US_TILT_WEIGHT if m.lastgroup == "us_tilt" else 1.0
        if kind == "balancing":
            balancing += weight
        elif (kind == "warming") != negated:
            warming += weight
        else:
            cooling += weight
    total = warming + cooling + balancing
    score = round((warming - cooling) / total, 3) if total else 0.0
    if balancing and abs(warming - cooling) <= BALANCING_WEIGHT * balancing:
        stance = 0
    else:
        stance = (score > 0) - (score < 0)
    counted.sort(key=lambda c: c[0].start())
    cues = (("not " if negated else "") + m.group(0).lower() for m, _, negated in counted)
    return Stance(stance, score, tuple(dict.fromkeys(cues)))
