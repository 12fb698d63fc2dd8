"""Locate, build and load the data set the dashboard shows (pure loaders, I/O at the edges)."""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from claims.export import read_table
from claims.schema import NUMERIC_COLUMNS, TABLES

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO_ROOT / "seeds"
ACCURACY_FILE = "accuracy.json"
TEXTS_DIR = "texts"
# A doc_id names a file under texts/; anything else (from a hostile CSV) is never opened.
SAFE_DOC_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
# Integer columns; the other numeric columns are floats.
INTEGER_COLUMNS = {"start", "end", "stance", "n_chars", "n_claims", "n_sources", "n_independent_sources"}
# A paragraph longer than this is cut to a window around the claim (a 5 MB one-line article).
MAX_CONTEXT_CHARS = 1500


@dataclass(frozen=True)
class Tables:
    """Every table of one data set, numeric columns converted, plus the build's accuracy report."""

    folder: Path
    documents: pd.DataFrame
    claims: pd.DataFrame
    groups: pd.DataFrame
    agreements: pd.DataFrame
    contradictions: pd.DataFrame
    errors: pd.DataFrame
    accuracy: dict | None


def default_data_dir() -> Path:
    """The bundled data folder: ``CLAIMS_DATA`` when set, else ``<repo>/data``."""
    return Path(os.environ.get("CLAIMS_DATA") or REPO_ROOT / "data")


def has_data(folder: Path) -> bool:
    return (Path(folder) / "claims.csv").is_file()


def data_signature(folder: Path) -> tuple:
    """(name, mtime_ns, size) of every data file: the cache key, so a rebuild invalidates it."""
    names = [f"{name}.csv" for name in TABLES] + [ACCURACY_FILE]
    signature = []
    for name in names:
        path = Path(folder) / name
        if path.is_file():
            stat = path.stat()
            signature.append((name, stat.st_mtime_ns, stat.st_size))
    return tuple(signature)


def to_numeric_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """Convert the schema's numeric columns of a str-only table ("" becomes missing)."""
    out = frame.copy()
    for column in out.columns:
        if column in NUMERIC_COLUMNS:
            values = pd.to_numeric(out[column], errors="coerce")
            out[column] = values.astype("Int64") if column in INTEGER_COLUMNS else values.astype(float)
    return out


def parse_partial_date(value: pd.Series) -> pd.Series:
    """ISO prefixes "YYYY-MM-DD", "YYYY-MM", "YYYY" to the first day they cover; else NaT."""
    padded = value.str.strip().str.slice(0, 10)
    padded = padded.where(padded.str.len() != 4, padded + "-01-01")
    padded = padded.where(padded.str.len() != 7, padded + "-01")
    return pd.to_datetime(padded, format="%Y-%m-%d", errors="coerce")


def source_labels(claims: pd.DataFrame) -> pd.Series:
    """Outlet when known, else the document's file name (with its id where two documents share
    a file name), so an unattributed source is still recognisable."""
    unknown = claims["outlet"] == ""
    if not unknown.any():
        return claims["outlet"]
    files = claims["file"].where(claims["file"] != "", "document")
    shared = claims.loc[unknown].groupby(files[unknown])["doc_id"].transform("nunique") > 1
    named = files.where(~shared.reindex(claims.index, fill_value=False), files + " (" + claims["doc_id"].str[:8] + ")")
    return claims["outlet"].where(~unknown, named)


def add_claim_columns(claims: pd.DataFrame) -> pd.DataFrame:
    """Derived display columns: ``source`` (outlet, else the document) and ``date`` of the claim.

    The claim's date is its event date when known, else the article's publication date.
    """
    out = claims.copy()
    out["source"] = source_labels(out)
    event = parse_partial_date(out["event_date"])
    out["date"] = event.fillna(parse_partial_date(out["published"]))
    out["text_lower"] = out["text"].str.lower()
    return out


def claim_rows(claims: pd.DataFrame, claim_ids: pd.Series) -> np.ndarray:
    """Row position in ``claims`` of each claim id (first occurrence), -1 when absent.

    Lets the view test "is this contradiction's claim kept?" by position, which is instant,
    where matching ids as strings costs a hash of every kept claim on every rerun.
    """
    ids = claims["claim_id"]
    first = ~ids.duplicated().to_numpy()
    found = pd.Index(ids[first]).get_indexer(claim_ids)
    return np.where(found >= 0, np.flatnonzero(first)[found], -1) if len(found) else found


def read_accuracy(folder: Path) -> dict | None:
    """The build's accuracy report, or None when the build wrote none (or it is unreadable)."""
    path = Path(folder) / ACCURACY_FILE
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return report if isinstance(report, dict) else None


def read_tables(folder: Path) -> Tables:
    """Read every table of ``folder`` (a missing table reads as empty with the schema columns)."""
    folder = Path(folder)
    frames = {}
    for name, columns in TABLES.items():
        path = folder / f"{name}.csv"
        frame = read_table(path, columns) if path.is_file() else pd.DataFrame(columns=columns, dtype=str)
        frames[name] = to_numeric_columns(frame)
    frames["claims"] = add_claim_columns(frames["claims"])
    contradictions = frames["contradictions"]
    for side in ("a", "b"):
        contradictions[f"row_{side}"] = claim_rows(frames["claims"], contradictions[f"claim_id_{side}"])
    return Tables(folder=folder, accuracy=read_accuracy(folder), **frames)


def doc_text(folder: Path, doc_id: str) -> str | None:
    """The article text of ``doc_id`` from ``texts/``, or None when missing or the id is unsafe."""
    if not SAFE_DOC_ID.match(str(doc_id)):
        return None
    try:
        return (Path(folder) / TEXTS_DIR / f"{doc_id}.txt").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def paragraph_around(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The paragraph holding ``text[start:end]`` and the span's offsets inside it.

    Paragraphs are separated by blank lines, else by line breaks; a paragraph longer than
    MAX_CONTEXT_CHARS is cut to a window centred on the span.
    """
    separator = "\n\n" if "\n\n" in text else "\n"
    para_start = text.rfind(separator, 0, start)
    para_start = 0 if para_start < 0 else para_start + len(separator)
    para_end = text.find(separator, end)
    para_end = len(text) if para_end < 0 else para_end
    margin = max(0, (MAX_CONTEXT_CHARS - (end - start)) // 2)
    para_start = max(para_start, start - margin)
    para_end = min(para_end, end + margin)
    return text[para_start:para_end], start - para_start, end - para_start
