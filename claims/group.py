"""Group step: near-duplicate claims (reworded, reprinted, wire copy) form one group.

Needs: claims frame (CLAIM_COLUMNS, cells as str).
Assigns: ``group_id`` on every claim, and one row per group (GROUP_COLUMNS).

How: texts are normalised (case, punctuation, spacing), then blocked by leader and by cheap keys
(pairs of a claim's rarest words), so each claim is compared only with the few group centres that
share a key; cost grows with n, never n². Grouping is star clustering: a claim joins the best
centre scoring at least ``GROUP_SIMILARITY``, else it becomes a centre itself. Members are
compared with the centre only, never with each other, which guards against chaining (A~B, B~C
never pulls in a C that is far from A).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from itertools import combinations

import pandas as pd
from rapidfuzz import fuzz, process

from claims.schema import GROUP_COLUMNS

# Min rapidfuzz token_sort_ratio (0-100) between a claim and its group's centre. Token sort
# forgives word swaps; 85 keeps one or two edited words in a 15-word sentence together while
# distinct sentences on the same subject (sharing "president", "China", ...) stay apart.
GROUP_SIMILARITY = 85
# How many of a claim's rarest words (among those some other claim has too) form its blocking keys (every pair of them is one key):
# an edit that drops or adds one word still leaves a pair shared with the original.
KEY_WORDS = 3
# Most centres compared per block: bounds the cost when a key is unexpectedly common.
MAX_CENTRES_PER_BLOCK = 64
GROUPING = (
    f"rapidfuzz token_sort_ratio>={GROUP_SIMILARITY} to group centre on normalised text; "
    f"blocked by leader + pairs of {KEY_WORDS} rarest words (<= {MAX_CENTRES_PER_BLOCK} centres/block); "
    "star clustering (no chaining)"
)

_NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Lower-case words separated by single spaces: punctuation, case and width differences gone."""
    return _NON_WORD.sub(" ", unicodedata.normalize("NFKC", str(text)).lower()).strip()


def sources(claims: pd.DataFrame) -> pd.Series:
    """Source of every claim (outlet, else document)."""
    outlets = claims["outlet"].astype(str)
    docs = "doc:" + claims["doc_id"].astype(str)
    return outlets.where(outlets != "", docs)


def short_hash(parts) -> str:
    """Stable 12-hex id of a sequence of strings."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def blocking_keys(leader: str, words: list[str], frequency: Counter) -> list[int]:
    """Keys of one claim: its leader plus each pair of its rarest shared words (ties broken by the
    word). A word no other claim has cannot match anything, so it never makes a key."""
    shared = {w for w in words if frequency[w] > 1}
    rarest = sorted(shared, key=lambda w: (frequency[w], w))[:KEY_WORDS]
    if len(rarest) < 2:
        return [hash((leader, *rarest))]
    # Keys are ints to keep millions of them small. Python's str hash differs per process; only a
    # 64-bit collision (odds ~1e-13 per key pair) could make two runs differ, and then only by
    # offering one extra candidate centre, which must still score GROUP_SIMILARITY.
    return [hash((leader, a, b)) for a, b in combinations(sorted(rarest), 2)]


def cluster(leaders: list[str], texts: list[str]) -> list[int]:
    """Index of the centre of every item (an item that is its own centre starts a group).

    Pure function of the inputs, processed in the given order; empty texts stay alone.
    """
    frequency = Counter(w for text in texts for w in set(text.split()))
    blocks: dict[int, list[int]] = {}
    centre_of = []
    for i, text in enumerate(texts):
        words = text.split()  # split again rather than hold every claim's word list in memory
        if not words:
            centre_of.append(i)
            continue
        keys = blocking_keys(leaders[i], words, frequency)
        candidates = sorted({c for key in keys for c in blocks.get(key, ())})
        best = process.extractOne(
            texts[i], [texts[c] for c in candidates], scorer=fuzz.token_sort_ratio,
            score_cutoff=GROUP_SIMILARITY,
        ) if candidates else None
        centre = candidates[best[2]] if best else i
        centre_of.append(centre)
        for key in keys:  # register the centre under this member's keys too: later edits find it
            block = blocks.setdefault(key, [])
            if centre not in block and len(block) < MAX_CENTRES_PER_BLOCK:
                block.append(centre)
    return centre_of


# Columns grouping reads (missing ones are treated as empty).
SUMMARY_INPUTS = ("claim_id", "leader", "text", "outlet", "doc_id", "event_date", "published", "stance")


def _empty_groups() -> pd.DataFrame:
    return pd.DataFrame(columns=GROUP_COLUMNS)


def _date_of(claims: pd.DataFrame) -> pd.Series:
    """Event date of each claim, else its publication date ("" when neither is known)."""
    event = claims["event_date"].astype(str)
    return event.where(event != "", claims["published"].astype(str))


def _join_unique(values) -> str:
    return ";".join(sorted({v for v in values if v}))


def summarise_groups(claims: pd.DataFrame, centre_of: list[int]) -> pd.DataFrame:
    """One GROUP_COLUMNS row per group of ``claims`` (group_id already set)."""
    frame = pd.DataFrame({
        "group_id": claims["group_id"].to_numpy(),
        "source": sources(claims).to_numpy(),
        "outlet": claims["outlet"].astype(str).to_numpy(),
        "date": _date_of(claims).to_numpy(),
        "stance": pd.to_numeric(claims["stance"], errors="coerce").to_numpy(),
    })
    dated = frame[frame["date"] != ""].groupby("group_id", sort=False)["date"]
    by_group = frame.groupby("group_id", sort=False)
    centres = claims.iloc[sorted(set(centre_of))]
    groups = pd.DataFrame({
        "group_id": centres["group_id"].to_numpy(),
        "leader": centres["leader"].astype(str).to_numpy(),
        "representative_text": centres["text"].astype(str).to_numpy(),
    }).set_index("group_id", drop=False).rename_axis(None)
    groups["n_claims"] = by_group.size()
    groups["n_sources"] = by_group["source"].nunique()
    outlets = frame[frame["outlet"] != ""].drop_duplicates(["group_id", "outlet"])
    groups["outlets"] = outlets.groupby("group_id")["outlet"].agg(_join_unique)
    groups["first_date"] = dated.min()
    groups["last_date"] = dated.max()
    groups["mean_stance"] = by_group["stance"].mean().round(3)
    groups["grouping"] = GROUPING
    groups[["outlets", "first_date", "last_date"]] = groups[["outlets", "first_date", "last_date"]].fillna("")
    return groups.sort_values("group_id").reset_index(drop=True)[GROUP_COLUMNS]


def assign_groups(claims: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(claims with ``group_id`` filled, groups frame). Same claims in any row order -> same ids."""
    out = claims.copy()
    if out.empty:
        out["group_id"] = pd.Series(dtype=str)
        return out, _empty_groups()
    for column in SUMMARY_INPUTS:
        if column not in out:
            out[column] = ""
    out[["claim_id", "leader", "text"]] = out[["claim_id", "leader", "text"]].fillna("").astype(str)
    order = out.sort_values(["leader", "claim_id"], kind="stable").index
    ordered = out.loc[order, list(SUMMARY_INPUTS)].reset_index(drop=True)
    centre_of = cluster(ordered["leader"].tolist(), [normalise(t) for t in ordered["text"]])
    members: dict[int, list[str]] = {}
    for claim_id, centre in zip(ordered["claim_id"], centre_of):
        members.setdefault(centre, []).append(claim_id)
    ids = {centre: short_hash(sorted(ids)) for centre, ids in members.items()}
    ordered["group_id"] = [ids[c] for c in centre_of]
    groups = summarise_groups(ordered, centre_of)
    out.loc[order, "group_id"] = ordered["group_id"].to_numpy()
    return out, groups
