"""A synthetic data set in the pipeline's output format, for tests, the benchmark and demos.

Claims are real sentences of generated article texts (``text == doc_text[start:end]``), grouped
across outlets, with agreements and contradictions, plus optional hostile claims (formula,
HTML, markdown) that the dashboard must show as plain text and export neutralised.
"""
from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pandas as pd

from claims.schema import TABLES

LEADERS = ["Yoon Suk Yeol", "Lee Jae-myung", "Moon Jae-in", "Han Duck-soo"]
OUTLETS = ["Korea Herald", "Yonhap", "Global Times", "Hankyoreh", "Reuters", ""]
TOPICS = ["summit", "trade", "us_alliance", "thaad", "north_korea", "diplomacy"]
STATEMENTS = [
    ("{leader} said Seoul would deepen trade ties with Beijing.", 1, "deepen"),
    ("{leader} warned that China's pressure over THAAD was unacceptable.", -1, "warned;unacceptable"),
    ("{leader} will attend the summit with Xi Jinping next month.", 0, ""),
    ("{leader} criticised Beijing for its stance on North Korea.", -1, "criticised"),
    ("{leader} welcomed closer cooperation with China on supply chains.", 1, "welcomed;cooperation"),
    ("{leader} said the alliance with Washington comes first.", -1, "first"),
]
HOSTILE_TEXTS = [
    '=HYPERLINK("http://evil.example","click")',
    "Officials said <img src=x onerror=alert(1)> in a statement.",
    "Yoon said :red[x] and $x^2$ were fine.",
    "**bold** [link](javascript:alert(1)) was posted.",
]
FILLER = "The ministry gave no further details on the matter."


def short_id(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _document_claims(rng, doc_index, n_claims, hostile):
    """Sentences of one document: (text, leader, statement index or None) per claim."""
    claims = []
    for _ in range(n_claims):
        statement = rng.randrange(len(STATEMENTS))
        leader = rng.choice(LEADERS)
        claims.append((STATEMENTS[statement][0].format(leader=leader), leader, statement))
    if hostile and doc_index == 0:
        claims.extend((text, LEADERS[0], None) for text in HOSTILE_TEXTS)
    return claims


def build_tables(n_claims: int, *, claims_per_doc: int = 20, hostile: bool = True, seed: int = 7):
    """All tables and the texts of a synthetic data set with about ``n_claims`` claims."""
    rng = random.Random(seed)
    documents, claims, texts = [], [], {}
    n_docs = max(1, n_claims // claims_per_doc)
    for doc_index in range(n_docs):
        doc_id = short_id("doc", doc_index)
        outlet = OUTLETS[doc_index % len(OUTLETS)]
        published = f"20{17 + doc_index % 8}-{1 + doc_index % 12:02d}-{1 + doc_index % 28:02d}"
        file = f"article_{doc_index:05d}.txt"
        paragraphs, cursor = [], 0
        for text, leader, statement in _document_claims(rng, doc_index, claims_per_doc, hostile):
            paragraph = f"{FILLER} {text} {FILLER}"
            start = cursor + len(FILLER) + 1
            paragraphs.append(paragraph)
            cursor += len(paragraph) + 2
            stance = STATEMENTS[statement][1] if statement is not None else 0
            claims.append({
                "claim_id": short_id("claim", doc_id, start), "doc_id": doc_id, "file": file,
                "outlet": outlet, "published": published, "leader": leader,
                "leader_role": "president", "speaker": leader, "text": text, "start": start,
                "end": start + len(text), "stance": stance, "stance_score": round(stance * 0.8, 2),
                "stance_cues": STATEMENTS[statement][2] if statement is not None else "",
                "topic": TOPICS[(statement or 0) % len(TOPICS)],
                "event_date": published[:7] if doc_index % 3 == 0 else "",
                "date_basis": "inferred" if doc_index % 3 == 0 else "unknown",
                "group_id": short_id("group", leader, statement) if statement is not None else "",
            })
        texts[doc_id] = "\n\n".join(paragraphs)
        documents.append({
            "doc_id": doc_id, "file": file, "title": f"Article {doc_index}", "outlet": outlet,
            "url": "", "published": published, "published_basis": "explicit", "language": "en",
            "n_chars": len(texts[doc_id]), "sha256": hashlib.sha256(texts[doc_id].encode()).hexdigest(),
        })
    claims_frame = pd.DataFrame(claims)
    groups, agreements, contradictions = _comparisons(claims_frame)
    return {
        "documents": pd.DataFrame(documents), "claims": claims_frame, "groups": groups,
        "agreements": agreements, "contradictions": contradictions,
        "errors": pd.DataFrame([{"file": "broken.txt", "stage": "read", "error": "empty file"}]),
    }, texts


def _comparisons(claims: pd.DataFrame):
    grouped = claims[claims["group_id"] != ""].groupby("group_id", sort=True)
    groups, agreements, contradictions = [], [], []
    for group_id, members in grouped:
        outlets = sorted(set(members["outlet"]) - {""})
        groups.append({
            "group_id": group_id, "leader": members["leader"].iloc[0],
            "representative_text": members["text"].iloc[0], "n_claims": len(members),
            "n_sources": len(outlets), "outlets": ";".join(outlets),
            "first_date": members["published"].min(), "last_date": members["published"].max(),
            "mean_stance": members["stance"].mean(), "grouping": "synthetic",
        })
        if len(outlets) >= 2:
            agreements.append({
                "agreement_id": short_id("agreement", group_id), "group_id": group_id,
                "leader": members["leader"].iloc[0], "claim_ids": ";".join(members["claim_id"].head(50)),
                "n_sources": len(outlets), "n_independent_sources": max(1, len(outlets) - 1),
                "outlets": ";".join(outlets), "text": members["text"].iloc[0],
            })
    by_leader = claims[claims["stance"] != 0].groupby("leader", sort=True)
    for leader, members in by_leader:
        positive = members[members["stance"] > 0].head(3)
        negative = members[members["stance"] < 0].head(3)
        for index, (a, b) in enumerate(zip(positive.itertuples(), negative.itertuples())):
            kind = "over_time" if index == 2 else ("same_source" if a.outlet == b.outlet else "cross_source")
            contradictions.append({
                "contradiction_id": short_id("contradiction", a.claim_id, b.claim_id),
                "claim_id_a": a.claim_id, "claim_id_b": b.claim_id, "leader": leader, "kind": kind,
                "reason": "stance", "score": 0.9 - index * 0.1, "cue_a": a.stance_cues,
                "cue_b": b.stance_cues, "text_a": a.text, "text_b": b.text,
            })
    return pd.DataFrame(groups), pd.DataFrame(agreements), pd.DataFrame(contradictions)


def write_dataset(folder: Path, n_claims: int = 200, *, accuracy: dict | None = None, **options) -> Path:
    """Write a synthetic data set to ``folder`` as raw CSVs (not neutralised: like hostile input)."""
    folder = Path(folder)
    (folder / "texts").mkdir(parents=True, exist_ok=True)
    tables, texts = build_tables(n_claims, **options)
    for name, columns in TABLES.items():
        tables[name].reindex(columns=columns).to_csv(folder / f"{name}.csv", index=False)
    for doc_id, text in texts.items():
        (folder / "texts" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    if accuracy is not None:
        (folder / "accuracy.json").write_text(json.dumps(accuracy), encoding="utf-8")
    return folder
