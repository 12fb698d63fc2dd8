"""Relations step: agreements (several sources, same proposition) and typed contradictions.

Needs: claims frame with ``group_id`` (claims.group.assign_groups) and the groups frame.
Assigns: AGREEMENT_COLUMNS rows and CONTRADICTION_COLUMNS rows.

Agreements: a near-duplicate group with claims from >= 2 sources is one agreement. On top, groups
that state the same proposition in other words are matched across sources: each claim is read
through the lexicon of ``data/relation_cues.yaml`` (name aliases, "restore ties" concepts), then
compared by rarity-weighted word overlap plus rapidfuzz token_set_ratio; a pair needs a shared
lexicon proposition, or, for one leader, the same stance toward China and close enough wording,
and is kept only when each side is among the other's top few matches from that source and among
its AGREE_MAX_PARTNERS best overall (mutual), so few, specific pairs come out however many sources
there are. A pair found to contradict (find_contradictions) is no agreement.
Syndication: sources whose claims are near-identical text count as one independent source.

Contradictions: pairs of one leader's claims that cannot both hold: opposite stance signs, a
change cue against a denial/continuity cue, different figures for one quantity, different
explicit dates for one event. Kind: same_source, cross_source, or over_time (stance changed
between event months). Every claim keeps only its strongest few pairs.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from pathlib import Path

import pandas as pd
import yaml
from rapidfuzz import fuzz

from claims.group import normalise, short_hash, sources
from claims.schema import AGREEMENT_COLUMNS, CONTRADICTION_COLUMNS

CUES_PATH = Path(__file__).parent / "data" / "relation_cues.yaml"
LEADERS_PATH = Path(__file__).parent / "data" / "leaders.yaml"

# Agreement: min same-proposition score (0-1) of two groups from different sources. Low on
# purpose: a shared lexicon proposition or stance is required anyway (see _eligible), and the
# mutual top-k below is what keeps the number of pairs small. Probes, five articles at a time:
# 0.28 of gold pairs found with the lexicon route alone, 0.48 with the same-stance route too.
AGREE_SCORE = 0.24
# Weight of a lexicon concept (alias or proposition) against an ordinary word of equal rarity.
CONCEPT_WEIGHT = 2.0
# Blend of the two similarities: rarity-weighted overlap, and rapidfuzz token_set_ratio / 100.
OVERLAP_SHARE = 0.7
# Candidate pairs come from shared words; words in more claims than this are not used as keys.
MAX_POSTING = 50
# Syndication: claims of two sources this similar (rapidfuzz ratio on normalised text) are the
# same wire copy, so the two sources count as one independent source.
SYNDICATION_SIMILARITY = 92

# Contradiction: strongest pairs kept per claim, and the min score (0-1) of a pair.
CONTRADICTION_TOP_K = 1
CONTRADICTION_SCORE = 0.5


@dataclass(frozen=True)
class Lexicon:
    aliases: re.Pattern  # aliases and named matters
    alias_of: dict
    concepts: tuple  # (concept token, compiled verb ... object pattern)
    matters: frozenset  # tokens of named matters and concepts: what two leaders can agree on
    opposites: frozenset  # frozensets of two concepts that cannot both hold
    stopwords: frozenset  # function words, titles and the Korean leaders' own names
    negation: re.Pattern
    negation_window: int
    change: re.Pattern
    continuity: re.Pattern
    warm: re.Pattern
    cool: re.Pattern
    number: re.Pattern


def _word_pattern(phrase: str) -> str:
    """Regex of one lexicon phrase: trailing * = any ending; a space also matches no space."""
    words = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in phrase.split()]
    return r" ?".join(words)


def _alternation(phrases) -> str:
    return "|".join(_word_pattern(p) for p in sorted(phrases, key=len, reverse=True))


def _phrases_regex(phrases) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_alternation(phrases)})(?!\w)")


def _token(name: str) -> str:
    return name.replace(" ", "_")


def _verb_object(verbs: str, objects: str, gap: int, either_order: bool) -> re.Pattern:
    """Verb then object (or, with ``either_order``, also object then verb) at most ``gap`` words apart."""
    between = rf"(?:\s+\w+){{0,{gap}}}?\s+"
    forms = [rf"(?:{verbs}){between}(?:{objects})"] + ([rf"(?:{objects}){between}(?:{verbs})"] if either_order else [])
    return re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)")


def leader_name_words() -> frozenset:
    """Words of every Korean leader's names (registry): they say who, not what, so never match."""
    registry = yaml.safe_load(LEADERS_PATH.read_text(encoding="utf-8"))
    return frozenset(
        w for leader in registry["leaders"] for name in leader["names"] for w in normalise(name).split()
    )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The relation lexicon of ``data/relation_cues.yaml``, compiled once."""
    data = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
    named = {**data["aliases"], **data["matters"]}
    alias_of = {v.replace(" ", ""): _token(k) for k, variants in named.items() for v in variants}
    gap = int(data["max_gap"])
    concepts = tuple(
        (_token(name), _verb_object(_alternation(spec["verbs"]), _alternation(spec["objects"]), gap,
                                    spec.get("either_order", False)))
        for name, spec in data["concepts"].items()
    )
    units = _alternation(data["number_units"])
    return Lexicon(
        aliases=_phrases_regex([v for variants in named.values() for v in variants]),
        alias_of=alias_of,
        concepts=concepts,
        matters=frozenset([_token(m) for m in data["matters"]] + [token for token, _ in concepts]),
        opposites=frozenset(frozenset(pair) for pair in data["opposites"]),
        stopwords=frozenset(data["stopwords"]) | leader_name_words(),
        negation=_phrases_regex(data["negations"]),
        negation_window=int(data["negation_window"]),
        change=_phrases_regex(data["change_cues"]),
        continuity=_phrases_regex(data["continuity_cues"]),
        warm=_phrases_regex(data["warm_cues"]),
        cool=_phrases_regex(data["cool_cues"]),
        number=re.compile(rf"(?<![\w.])(\d[\d,]*(?:\.\d+)?)\s?(?:\w+\s)?({units})(?!\w)"),
    )


# --- reading a claim through the lexicon -----------------------------------------------------

def _stem(word: str) -> str:
    """Crude plural/ending folding so "relations"/"relation", "ties"/"tie" meet."""
    for suffix in ("ing", "ed", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix) and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def concept_words(text: str, lex: Lexicon | None = None) -> tuple[frozenset, tuple]:
    """(lexicon concepts, content words) of a claim: aliases and propositions as concept tokens."""
    lex = lex or lexicon()
    norm = normalise(text)
    norm = lex.aliases.sub(lambda m: " " + lex.alias_of.get(m.group(0).replace(" ", ""), "") + " ", norm)
    found = set()
    for token, pattern in lex.concepts:
        norm, hits = pattern.subn(f" {token} ", norm)
        if hits:
            found.add(token)
    found |= {t for t in norm.split() if t in lex.alias_of.values()}
    stems = (_stem(w) for w in norm.split() if w not in found)
    words = tuple(w for w in stems if len(w) > 2 and w not in lex.stopwords)
    return frozenset(found), words


def _negated(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a negation word stands within the negation window before ``start``."""
    before = text[:start].split()[-lex.negation_window:]
    return bool(lex.negation.search(" ".join(before)))


def _hits(pattern: re.Pattern, text: str) -> list[re.Match]:
    return list(pattern.finditer(text))


@dataclass(frozen=True)
class Cues:
    change: tuple  # words reporting a change of course (not negated)
    continuity: tuple  # denial / continuity words, including negated change words
    warm: tuple
    cool: tuple
    numbers: tuple  # (value, unit, words)


def cues_of(text: str, lex: Lexicon | None = None) -> Cues:
    """Contradiction cues of one claim, negation aware ("will not change" is continuity)."""
    lex = lex or lexicon()
    norm = normalise(text)
    continuity = [m.group(0) for m in _hits(lex.continuity, norm)]
    change = []
    for m in _hits(lex.change, norm):
        if any(m.group(0) in c for c in continuity):
            continue
        if _negated(norm, m.start(), lex):
            continuity.append(" ".join(norm[:m.end()].split()[-lex.negation_window - 1:]))
        else:
            change.append(m.group(0))
    warm = [m.group(0) for m in _hits(lex.warm, norm) if not _negated(norm, m.start(), lex)]
    cool = [m.group(0) for m in _hits(lex.cool, norm)]
    numbers = []
    for m in lex.number.finditer(unicodedata.normalize("NFKC", str(text)).lower()):
        value = m.group(1).replace(",", "")
        if not re.fullmatch(r"(19|20)\d\d", value):  # a year is a date, not a figure
            numbers.append((float(value), m.group(2).replace(" ", ""), m.group(0)))
    return Cues(tuple(change), tuple(continuity), tuple(warm), tuple(cool), tuple(numbers))


# --- similarity of two claims ----------------------------------------------------------------

@dataclass(frozen=True)
class Reading:
    concepts: frozenset
    words: frozenset

    @property
    def tokens(self) -> frozenset:
        return self.concepts | self.words


def read(texts) -> list[Reading]:
    lex = lexicon()
    out = []
    for text in texts:
        concepts, words = concept_words(text, lex)
        out.append(Reading(concepts, frozenset(words)))
    return out


def token_weights(readings: list[Reading]) -> dict:
    """Rarity weight (inverse document frequency) of every token; concepts count CONCEPT_WEIGHT x."""
    frequency = Counter(t for r in readings for t in r.tokens)
    n = len(readings)
    concepts = {t for r in readings for t in r.concepts}
    return {
        t: math.log((n + 1) / (df + 0.5)) * (CONCEPT_WEIGHT if t in concepts else 1.0)
        for t, df in frequency.items()
    }


class Similarity:
    """Same-proposition score in [0, 1] of two readings: rarity-weighted overlap (cosine of
    weighted token sets) blended with rapidfuzz token_set_ratio of the concept-normalised tokens."""

    def __init__(self, readings: list[Reading]):
        self.readings = readings
        self.weight = token_weights(readings)
        self.sizes = [sum(self.weight[t] for t in r.tokens) for r in readings]
        self.sorted_tokens = [" ".join(sorted(r.tokens)) for r in readings]

    def __call__(self, i: int, j: int) -> float:
        if not self.sizes[i] or not self.sizes[j]:
            return 0.0
        shared = sum(self.weight[t] for t in self.readings[i].tokens & self.readings[j].tokens)
        overlap = shared / math.sqrt(self.sizes[i] * self.sizes[j])
        fuzzy = fuzz.token_set_ratio(self.sorted_tokens[i], self.sorted_tokens[j]) / 100
        return OVERLAP_SHARE * overlap + (1 - OVERLAP_SHARE) * fuzzy


def _index_keys(reading: Reading, lex: Lexicon) -> set:
    """A reading's tokens, plus each opposite pair it carries one side of (so the sides meet)."""
    return set(reading.tokens) | {pair for pair in lex.opposites if pair & reading.concepts}


def candidate_pairs(readings: list[Reading]) -> set[tuple[int, int]]:
    """Index pairs sharing a token (or the two sides of an opposite pair) that is not in more
    than MAX_POSTING readings."""
    lex = lexicon()
    postings = defaultdict(list)
    for i, r in enumerate(readings):
        for t in _index_keys(r, lex):
            postings[t].append(i)
    pairs = set()
    for members in postings.values():
        if 1 < len(members) <= MAX_POSTING:
            pairs.update(combinations(members, 2))
    return pairs


# --- agreements ------------------------------------------------------------------------------

# Agreement: each group keeps its AGREE_TOP_K best matches per other source; a pair of groups
# agrees when each is among the other's best (mutual), so one vague claim cannot fan out.
AGREE_TOP_K = 2
AGREE_MAX_PARTNERS = 4  # probes: 4.7x the gold pairs (441 pairs, 8.8x, without the cap); seeds unchanged
# Shared aliases (names, "meet") that make a same-leader proposition without a named matter.
MIN_SHARED_ALIASES = 2


def _group_units(claims: pd.DataFrame, groups: pd.DataFrame) -> list[dict]:
    """One dict per group: group_id, leader, text to read, member claim ids/texts/sources, outlets."""
    frame = claims.assign(source=sources(claims).to_numpy()).sort_values("claim_id", kind="stable")
    representative = dict(zip(groups.get("group_id", ()), groups.get("representative_text", ())))
    units = []
    for group_id, members in frame.groupby("group_id", sort=True):
        texts = members["text"].tolist()
        units.append({
            "group_id": group_id, "leader": members["leader"].iloc[0],
            "text": representative.get(group_id) or texts[0], "claim_ids": members["claim_id"].tolist(),
            "texts": texts, "member_sources": members["source"].tolist(),
            "sources": frozenset(members["source"]), "outlets": frozenset(o for o in members["outlet"] if o),
            "months": frozenset(d[:7] for d in members["event_date"] if len(d) >= 7),
            "sign": _majority_sign(members),
        })
    return units


def _majority_sign(members: pd.DataFrame) -> int:
    """Stance sign most of a group's claims take (near-duplicates nearly always agree on it)."""
    total = sum(map(_sign, members["stance"], members["stance_score"]))
    return (total > 0) - (total < 0)


def _eligible(a: dict, b: dict, reading_a: Reading, reading_b: Reading, lex: Lexicon) -> bool:
    """Different sources, and a shared proposition: a named matter or concept, or (same leader
    only) two shared aliases such as "meet" + a counterpart's name, or the same stance toward
    China (whose wording must then be close enough, see AGREE_SCORE). Claims about two leaders
    must also tell of the same month (one event both took part in), not two eras."""
    if a["sources"] & b["sources"]:
        return False
    shared = reading_a.concepts & reading_b.concepts
    if a["leader"] != b["leader"]:
        return bool(shared & lex.matters) and bool(a["months"] & b["months"])
    return bool(shared & lex.matters) or len(shared) >= MIN_SHARED_ALIASES or a["sign"] == b["sign"]


def _best_per_source(scored: dict, units: list[dict]) -> set[tuple[int, int]]:
    """(unit, partner) pairs where partner is among unit's AGREE_TOP_K best of partner's source."""
    ranked = defaultdict(list)
    for (a, b), score in scored.items():
        for me, other in ((a, b), (b, a)):
            ranked[(me, min(units[other]["sources"]))].append((-score, units[other]["group_id"], other))
    best = defaultdict(list)
    for (me, _), options in ranked.items():
        best[me].extend(sorted(options)[:AGREE_TOP_K])
    # ... and among those, only its AGREE_MAX_PARTNERS best overall: with many sources, a claim
    # would otherwise agree with two claims of every one of them.
    return {(me, other) for me, options in best.items() for _, _, other in sorted(options)[:AGREE_MAX_PARTNERS]}


def matched_groups(units: list[dict]) -> dict[tuple[int, int], float]:
    """Mutual top-k same-proposition pairs of group units from different sources, with scores."""
    lex = lexicon()
    readings = read(unit["text"] for unit in units)
    similarity = Similarity(readings)
    scored = {}
    for a, b in candidate_pairs(readings):
        if _eligible(units[a], units[b], readings[a], readings[b], lex):
            score = similarity(a, b)
            if score >= AGREE_SCORE:
                scored[(a, b)] = score
    best = _best_per_source(scored, units)
    return {(a, b): s for (a, b), s in scored.items() if (a, b) in best and (b, a) in best}


def independent_sources(texts: list[str], member_sources: list[str]) -> int:
    """Sources left when sources carrying near-identical text (syndicated copy) count as one."""
    parent = {s: s for s in member_sources}

    def root(s):
        while parent[s] != s:
            s = parent[s]
        return s

    normalised = [normalise(t) for t in texts]
    for i, j in combinations(range(len(texts)), 2):
        if root(member_sources[i]) != root(member_sources[j]):
            if fuzz.ratio(normalised[i], normalised[j]) >= SYNDICATION_SIMILARITY:
                parent[root(member_sources[i])] = root(member_sources[j])
    return len({root(s) for s in member_sources})


def _agreement_row(members: list[dict]) -> dict:
    """One AGREEMENT_COLUMNS row for a set of group units, named after the largest group."""
    lead = min(members, key=lambda unit: (-len(unit["claim_ids"]), unit["group_id"]))
    claim_ids = sorted(c for unit in members for c in unit["claim_ids"])
    texts = [t for unit in members for t in unit["texts"]]
    member_sources = [s for unit in members for s in unit["member_sources"]]
    return {
        "agreement_id": short_hash(claim_ids), "group_id": lead["group_id"], "leader": lead["leader"],
        "claim_ids": ";".join(claim_ids), "n_sources": len(set(member_sources)),
        "n_independent_sources": independent_sources(texts, member_sources),
        "outlets": ";".join(sorted(frozenset().union(*(unit["outlets"] for unit in members)))),
        "text": lead["text"],
    }


def find_agreements(claims: pd.DataFrame, groups: pd.DataFrame,
                    contradictions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Agreements: groups spanning >= 2 sources, and mutually matching groups of other sources
    none of whose claim pairs is among ``contradictions`` (one table never says both)."""
    if claims.empty or "group_id" not in claims:
        return pd.DataFrame(columns=AGREEMENT_COLUMNS)
    units = _group_units(_with_columns(claims), groups)
    clashing = set() if contradictions is None else set(
        map(frozenset, zip(contradictions["claim_id_a"], contradictions["claim_id_b"])))
    rows = [_agreement_row([unit]) for unit in units if len(unit["sources"]) > 1]
    rows.extend(_agreement_row([units[a], units[b]]) for a, b in sorted(matched_groups(units))
                if not any(frozenset((x, y)) in clashing
                           for x in units[a]["claim_ids"] for y in units[b]["claim_ids"]))
    frame = pd.DataFrame(rows, columns=AGREEMENT_COLUMNS)
    return frame.drop_duplicates("agreement_id").sort_values("agreement_id").reset_index(drop=True)


TEXT_COLUMNS = ("claim_id", "doc_id", "outlet", "leader", "text", "start", "stance", "stance_score",
                "stance_cues", "event_date", "date_basis", "published", "group_id", "topic")


def _with_columns(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims with every column this module reads, as str ("" where missing)."""
    out = claims.copy()
    for column in TEXT_COLUMNS:
        out[column] = out[column].fillna("").astype(str) if column in out else ""
    return out


# --- contradictions --------------------------------------------------------------------------

# Strength of each reason (how sure a pair with that reason cannot both hold), before relatedness.
REASON_STRENGTH = {"denial": 1.0, "number": 0.9, "date": 0.8, "stance": 0.7}
# Pair score = strength * (RELATED_FLOOR + (1 - RELATED_FLOOR) * relatedness); relatedness is the
# same-proposition similarity plus, within one document, up to SAME_DOC_RELATEDNESS for claims
# close together (a denial usually follows the claim it denies), fading over PROXIMITY_CHARS.
RELATED_FLOOR = 0.5
SAME_DOC_RELATEDNESS = 0.5
PROXIMITY_CHARS = 600
# Claims of one document farther apart than this get no proximity bonus worth having (< 0.01), so
# they are paired only when their words relate them, like claims of different documents.
NEAR_CHARS = 5 * PROXIMITY_CHARS
# Relatedness bonus when two claims share a stance cue word ("criticized" in both) yet land on
# opposite stances: they speak of the same act and disagree on it.
SHARED_CUE_BONUS = 0.3
# Relatedness bonus when the claims carry opposite propositions ("strained relations" against
# "improved relations"): the same matter, told two ways.
OPPOSITE_BONUS = 0.3
# Stance is a broad signal, so a stance pair is kept only when each claim is the other's top pick;
# the explicit reasons (denial, number, date) are kept when either claim picks the pair.
MUTUAL_REASONS = {"stance"}
# Numbers and dates only clash when the two claims describe the same thing this closely.
SAME_THING_SIMILARITY = 0.4

_DATE_IN_TEXT = re.compile(
    r"\b(?:\d{4}-\d{2}(?:-\d{2})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{1,2}(?:st|nd|rd|th)?)\b", re.IGNORECASE)


def _sign(stance: str, stance_score: str) -> int:
    for value in (stance, stance_score):
        try:
            number = float(value)
        except (TypeError, ValueError):
            continue
        return (number > 0) - (number < 0)
    return 0


def _dates_differ(a: str, b: str) -> bool:
    """Whether two ISO date prefixes disagree at the precision both give (at least the year)."""
    n = min(len(a), len(b))
    return n >= 4 and a[:n] != b[:n]


def _stance_cues(row: dict, cues: Cues, sign: int) -> str:
    own = [c for c in row["stance_cues"].split(";") if c]
    return ";".join(own or (cues.warm if sign > 0 else cues.cool))


def reasons(a: dict, b: dict, relatedness: float) -> list[tuple[str, str, str]]:
    """(reason, cue_a, cue_b) of every way two claims of one leader contradict each other."""
    found = []
    for x, y, flip in ((a, b, False), (b, a, True)):
        if x["cues"].change and y["cues"].continuity:
            cue_x, cue_y = ";".join(x["cues"].change), ";".join(y["cues"].continuity)
            found.append(("denial", cue_y, cue_x) if flip else ("denial", cue_x, cue_y))
            break
    if relatedness >= SAME_THING_SIMILARITY:
        units_b = {unit: (value, words) for value, unit, words in b["cues"].numbers}
        for value, unit, words in a["cues"].numbers:
            if unit in units_b and units_b[unit][0] != value:
                found.append(("number", words, units_b[unit][1]))
                break
        if a["date_basis"] == b["date_basis"] == "explicit" and _dates_differ(a["event_date"], b["event_date"]):
            found.append(("date", _date_cue(a), _date_cue(b)))
    if a["sign"] * b["sign"] < 0:
        found.append(("stance", _stance_cues(a, a["cues"], a["sign"]), _stance_cues(b, b["cues"], b["sign"])))
    return found


def _date_cue(row: dict) -> str:
    match = _DATE_IN_TEXT.search(row["text"])
    return match.group(0) if match else row["event_date"]


def kind_of(a: dict, b: dict) -> str:
    """same_source, else over_time when the stance changed between event dates, else cross_source."""
    if a["source"] == b["source"]:
        return "same_source"
    if a["sign"] != b["sign"] and _dates_differ(a["event_date"][:7], b["event_date"][:7]):
        return "over_time"
    return "cross_source"


def _rows_for(claims: pd.DataFrame) -> list[dict]:
    lex = lexicon()
    rows = claims.to_dict("records")
    for row, source in zip(rows, sources(claims)):
        row["source"] = source
        row["cues"] = cues_of(row["text"], lex)
        row["sign"] = _sign(row["stance"], row["stance_score"])
        own = [c for c in row["stance_cues"].split(";") if c] or row["cues"].warm + row["cues"].cool
        row["cue_stems"] = frozenset(_stem(w) for cue in own for w in normalise(cue).split()) - lex.stopwords
    return rows


def _offset(row: dict) -> int | None:
    """Where a claim starts in its document; None when its row does not say."""
    try:
        return int(float(row["start"]))
    except ValueError:
        return None


def _contradiction_candidates(rows: list[dict], readings: list[Reading]) -> set:
    """Pairs of one leader's claims: related pairs anywhere, and every pair standing within
    NEAR_CHARS of each other in one document (all pairs of a document grew with its length squared)."""
    pairs = {(a, b) for a, b in candidate_pairs(readings) if rows[a]["leader"] == rows[b]["leader"]}
    by_doc = defaultdict(list)
    for i, row in enumerate(rows):
        by_doc[(row["leader"], row["doc_id"])].append((_offset(row) or 0, i))  # unplaced: paired with all
    for members in by_doc.values():
        members.sort()
        for k, (start, a) in enumerate(members):
            for other_start, b in members[k + 1:]:
                if other_start - start > NEAR_CHARS:
                    break
                pairs.add((min(a, b), max(a, b)))
    return pairs


def _may_contradict(a: dict, b: dict) -> bool:
    """Cheap test that some reason could hold, before relatedness is computed."""
    return (a["sign"] * b["sign"] < 0 or bool(a["cues"].change and b["cues"].continuity)
            or bool(b["cues"].change and a["cues"].continuity) or bool(a["cues"].numbers and b["cues"].numbers)
            or a["date_basis"] == b["date_basis"] == "explicit")


def _opposed(a: Reading, b: Reading) -> bool:
    opposites = lexicon().opposites
    return any(frozenset((x, y)) in opposites for x in a.concepts for y in b.concepts)


def _closeness(a: dict, b: dict) -> float:
    """Relatedness bonus of two claims of one document, by how close together they stand."""
    if a["doc_id"] != b["doc_id"]:
        return 0.0
    start_a, start_b = _offset(a), _offset(b)
    if start_a is None or start_b is None:
        return 0.0
    distance = abs(start_a - start_b)
    return SAME_DOC_RELATEDNESS * math.exp(-distance / PROXIMITY_CHARS)


def scored_contradictions(rows: list[dict]) -> list[tuple[float, int, int, str, str, str]]:
    """(score, a, b, reason, cue_a, cue_b) of every contradicting pair, strongest reason per pair."""
    readings = read(row["text"] for row in rows)
    similarity = Similarity(readings)
    out = []
    for a, b in _contradiction_candidates(rows, readings):
        if not rows[a]["leader"] or not _may_contradict(rows[a], rows[b]):
            continue
        relatedness = min(1.0, similarity(a, b) + _closeness(rows[a], rows[b])
                          + SHARED_CUE_BONUS * bool(rows[a]["cue_stems"] & rows[b]["cue_stems"])
                          + OPPOSITE_BONUS * _opposed(readings[a], readings[b]))
        found = reasons(rows[a], rows[b], relatedness)
        if not found:
            continue
        reason, cue_a, cue_b = max(found, key=lambda r: REASON_STRENGTH[r[0]])
        score = REASON_STRENGTH[reason] * (RELATED_FLOOR + (1 - RELATED_FLOOR) * relatedness)
        out.append((round(score, 3), a, b, reason, cue_a, cue_b))
    return out


def _top_per_claim(scored: list, rows: list[dict]) -> list:
    """Pairs above the floor among the CONTRADICTION_TOP_K strongest of their claims: of either
    claim for explicit reasons, of both claims (mutual) for stance."""
    ranked = defaultdict(list)
    for item in scored:
        if item[0] >= CONTRADICTION_SCORE:
            for side in (item[1], item[2]):
                ranked[side].append(item)
    picks = Counter()
    for items in ranked.values():
        order = sorted(items, key=lambda i: (-i[0], rows[i[1]]["claim_id"], rows[i[2]]["claim_id"]))
        picks.update((item[1], item[2]) for item in order[:CONTRADICTION_TOP_K])
    return [item for item in scored
            if picks[(item[1], item[2])] >= (2 if item[3] in MUTUAL_REASONS else 1)]


def find_contradictions(claims: pd.DataFrame) -> pd.DataFrame:
    """Typed contradictions between claims about the same leader (CONTRADICTION_COLUMNS)."""
    if claims.empty:
        return pd.DataFrame(columns=CONTRADICTION_COLUMNS)
    rows = _rows_for(_with_columns(claims).sort_values("claim_id", kind="stable"))
    out = []
    for score, a, b, reason, cue_a, cue_b in _top_per_claim(scored_contradictions(rows), rows):
        first, second = sorted((rows[a], rows[b]), key=lambda r: r["claim_id"])
        if first is not rows[a]:
            cue_a, cue_b = cue_b, cue_a
        out.append({
            "contradiction_id": short_hash([first["claim_id"], second["claim_id"], reason]),
            "claim_id_a": first["claim_id"], "claim_id_b": second["claim_id"], "leader": first["leader"],
            "kind": kind_of(first, second), "reason": reason, "score": score, "cue_a": cue_a, "cue_b": cue_b,
            "text_a": first["text"], "text_b": second["text"],
        })
    frame = pd.DataFrame(out, columns=CONTRADICTION_COLUMNS)
    return frame.sort_values(["score", "contradiction_id"], ascending=[False, True]).reset_index(drop=True)
