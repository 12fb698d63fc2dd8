"""Score a built data set against bundled gold with the team's scorer (eval/score.py).

The scorer is run as a subprocess exactly as the team runs it; its JSON output plus provenance
(gold files, scorer path, data files' hashes) is written atomically to ``<data>/accuracy.json``.
"""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from claims.export import write_bytes_atomic

REPO = Path(__file__).resolve().parent.parent
BUNDLED_GOLD = REPO / "eval"
BUNDLED_SEEDS = REPO / "seeds"


def gold_for(inputs) -> Path | None:
    """The bundled gold when ``inputs`` include the bundled seeds (and the gold is there): the
    scorer scores only the seeds' documents, so other inputs beside them do not skew it."""
    if BUNDLED_SEEDS.resolve() in [Path(p).resolve() for p in inputs] and (BUNDLED_GOLD / "score.py").is_file():
        return BUNDLED_GOLD
    return None


def score(data: Path, gold: Path = BUNDLED_GOLD, docs: Path = BUNDLED_SEEDS) -> dict:
    """The scorer's metrics for the data set in ``data``."""
    command = [
        sys.executable, str(gold / "score.py"), "--docs", str(docs),
        "--gold", str(gold / "seeds_gold_claims.csv"), "--claims", str(data / "claims.csv"),
        "--documents", str(gold / "seeds_documents.csv"), "--pairs", str(gold / "seeds_gold_pairs.csv"),
        "--agreements", str(data / "agreements.csv"), "--contradictions", str(data / "contradictions.csv"),
        "--json",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(f"scorer failed: {result.stderr.strip() or result.stdout.strip()}")
    return json.loads(result.stdout)


def write_accuracy(data: Path, gold: Path = BUNDLED_GOLD, docs: Path = BUNDLED_SEEDS) -> dict:
    metrics = score(data, gold, docs)
    claims_hash = hashlib.sha256((data / "claims.csv").read_bytes()).hexdigest()[:16]
    record = {
        "metrics": metrics,
        "gold": str(gold.relative_to(REPO)) if gold.is_relative_to(REPO) else str(gold),
        "docs": str(docs.relative_to(REPO)) if docs.is_relative_to(REPO) else str(docs),
        "scorer": "eval/score.py",
        "claims_sha256": claims_hash,
    }
    write_bytes_atomic(data / "accuracy.json", json.dumps(record, indent=2).encode("utf-8"))
    return record
