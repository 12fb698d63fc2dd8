"""The whole pipeline: files in, the data set (documents, claims, groups, agreements,
contradictions, errors, texts) out. Steps, in order:

ingest -> documents -> leaders -> extract (boilerplate, sentences, dates) -> stance -> group -> relations

Each document is processed by the pure ``process_document``; a failure is caught per document and
recorded in errors.csv, so one bad file never kills the batch. Everything is computed first and
written once at the end into a staging folder that replaces the output folder in one atomic swap.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

import pandas as pd

from claims import documents, evaluate, extract, leaders, stance
from claims.export import foreign_entries, publish_folder, staging_folder, write_bytes_atomic, write_csv_atomic
from claims.ingest import IngestError, RawDocument, discover, ingest
from claims.schema import (AGREEMENT_COLUMNS, CLAIM_COLUMNS, CONTRADICTION_COLUMNS, DOCUMENT_COLUMNS,
                           ERROR_COLUMNS, GROUP_COLUMNS)

Progress = Callable[[int, int, str], None]


@dataclass
class BuildReport:
    out: str
    n_files: int = 0
    n_documents: int = 0
    n_claims: int = 0
    n_groups: int = 0
    n_agreements: int = 0
    n_contradictions: int = 0
    errors: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def claim_id_for(doc_id: str, start: int, end: int, leader: str) -> str:
    return hashlib.sha256(f"{doc_id}\0{start}\0{end}\0{leader}".encode("utf-8")).hexdigest()[:16]


def process_document(raw: RawDocument, registry: leaders.Registry) -> tuple[dict, list[dict], str]:
    """(document row, claim rows, decoded text) of one document. Pure: no I/O."""
    info = documents.describe(raw, registry)
    text = raw.text
    mentions = registry.find_mentions(text, info.published_date)
    found = extract.extract_claims(text, info, registry, mentions)
    rows = []
    for claim in found:
        verdict = stance.score_stance(text[claim.stance_start:claim.stance_end])
        rows.append({
            "claim_id": claim_id_for(info.doc_id, claim.start, claim.end, claim.leader),
            "doc_id": info.doc_id, "file": info.file, "outlet": info.outlet, "published": info.published,
            "leader": claim.leader, "leader_role": claim.leader_role, "speaker": claim.speaker,
            "text": text[claim.start:claim.end], "start": claim.start, "end": claim.end,
            "stance": verdict.stance, "stance_score": verdict.score, "stance_cues": ";".join(verdict.cues),
            "topic": claim.topic, "event_date": claim.event_date, "date_basis": claim.date_basis,
            "group_id": "",
        })
    doc_row = {k: getattr(info, k) for k in DOCUMENT_COLUMNS}  # asdict() deep-copies: 20x slower
    return doc_row, rows, text


def _progress_bar(total: int, quiet: bool):
    if quiet:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=sys.stderr, desc="claims")


def extract_all(inputs: list[str | Path], *, manifest: Path | None = None, progress: Progress | None = None,
                quiet: bool = True) -> tuple[list[dict], list[dict], list[dict], dict[str, str]]:
    """(document rows, claim rows, error rows, texts by doc_id) for every input file."""
    registry = leaders.load_registry()
    total = len(discover(inputs))
    bar = _progress_bar(total, quiet)
    doc_rows, claim_rows, error_rows, texts = [], [], [], {}
    for done, (docs, errors) in enumerate(ingest(inputs, manifest), start=1):
        error_rows.extend(asdict(e) for e in errors)
        for raw in docs or []:
            try:
                doc_row, rows, text = process_document(raw, registry)
            except Exception as exc:  # one bad document never kills the batch
                error_rows.append(asdict(IngestError(raw.file, "extract", f"{type(exc).__name__}: {exc}")))
                continue
            doc_rows.append(doc_row)
            claim_rows.extend(rows)
            texts[doc_row["doc_id"]] = text
        label = (docs[0].file if docs else errors[0].file) if (docs or errors) else ""
        if bar is not None:
            bar.update(1)
        if progress is not None:
            progress(done, total, label)
    if bar is not None:
        bar.close()
    return doc_rows, claim_rows, error_rows, texts


def compare(claims: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(claims with group_id, groups, agreements, contradictions)."""
    from claims.group import assign_groups
    from claims.relations import find_agreements, find_contradictions

    claims, groups = assign_groups(claims)
    contradictions = find_contradictions(claims)
    return claims, groups, find_agreements(claims, groups, contradictions), contradictions


def unsafe_output(out: Path) -> str:
    """Why ``out`` must not be swapped for a new data set ('' when it may): it holds folders a
    build does not write (not a data-set folder), or the working directory."""
    folders = [name for name in foreign_entries(out) if (out / name).is_dir()]
    if folders:
        return f"output folder holds folders a build does not write ({', '.join(folders[:5])})"
    if out.is_dir() and Path.cwd().resolve().is_relative_to(out.resolve()):
        return "output folder holds the working directory"
    return ""


def build(inputs: list[str | Path], out: str | Path, *, manifest: Path | None = None,
          progress: Progress | None = None, quiet: bool = True, gold: Path | None = None) -> BuildReport:
    """Run the pipeline over ``inputs`` and write the data set into ``out``: all files go into a
    staging folder that then replaces ``out`` in one atomic swap (a kill at any point leaves the
    previous data set whole). Other files in ``out`` (a build log) are carried over; a folder
    holding other folders, or the working directory, is never replaced. The data set is scored
    against ``gold`` (default: the bundled gold when the inputs include the bundled seeds) into
    accuracy.json; a scorer failure is recorded in errors.csv."""
    out = Path(out)
    refusal = unsafe_output(out)
    if refusal:
        return BuildReport(out=str(out), errors=[{"file": str(out), "stage": "output", "error": (
            f"{refusal}; it would be replaced as a whole: choose an empty folder or a data-set folder")}])
    doc_rows, claim_rows, error_rows, texts = extract_all(inputs, manifest=manifest, progress=progress, quiet=quiet)
    claims = pd.DataFrame(claim_rows, columns=CLAIM_COLUMNS).astype(str)
    claims, groups, agreements, contradictions = compare(claims)
    staging = staging_folder(out)
    try:
        for doc_id, text in texts.items():
            write_bytes_atomic(staging / "texts" / f"{doc_id}.txt", text.encode("utf-8"))
        write_csv_atomic(staging / "documents.csv", pd.DataFrame(doc_rows, columns=DOCUMENT_COLUMNS), DOCUMENT_COLUMNS)
        write_csv_atomic(staging / "groups.csv", groups, GROUP_COLUMNS)
        write_csv_atomic(staging / "agreements.csv", agreements, AGREEMENT_COLUMNS)
        write_csv_atomic(staging / "contradictions.csv", contradictions, CONTRADICTION_COLUMNS)
        write_csv_atomic(staging / "claims.csv", claims, CLAIM_COLUMNS)
        gold = gold or evaluate.gold_for(inputs)
        if gold is not None:
            try:
                evaluate.write_accuracy(staging, gold)
            except (OSError, RuntimeError, ValueError, subprocess.SubprocessError) as exc:
                error_rows.append(asdict(IngestError(str(gold), "score", f"{type(exc).__name__}: {exc}")))
        write_csv_atomic(staging / "errors.csv", pd.DataFrame(error_rows, columns=ERROR_COLUMNS), ERROR_COLUMNS)
        publish_folder(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # gone already after a successful swap
    return BuildReport(
        out=str(out), n_files=len(discover(inputs)), n_documents=len(doc_rows), n_claims=len(claims),
        n_groups=len(groups), n_agreements=len(agreements), n_contradictions=len(contradictions),
        errors=error_rows,
    )


def report_json(report: BuildReport) -> str:
    return json.dumps(asdict(report) | {"ok": report.ok}, indent=2)
