"""Benchmark: one very long document (up to the ingest limit) costs what the same text costs as
ordinary articles, i.e. every per-document step is linear in the document's length.

The document is the ~5 KB synthetic articles of bench_extract.py joined into one text, once with
paragraph breaks and once flattened onto a single line (csv/jsonl text often has no breaks).
Measured: ``process_document`` + ``compare`` (grouping, agreements, contradictions) on it.
Baseline, in the same run: the same articles as separate documents, then ``compare`` on all claims.

    python bench/bench_long_document.py [--sizes 200000,1000000,5000000]

Prints seconds, µs per 1,000 characters and claims for each size and layout, and the cost ratio
long document / separate articles (1.0 = no penalty for length; a quadratic step shows as a ratio
growing with size).
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd  # noqa: E402

from bench.bench_extract import synthetic_article  # noqa: E402
from claims.ingest import MAX_DOCUMENT_CHARS, RawDocument  # noqa: E402
from claims.leaders import load_registry  # noqa: E402
from claims.pipeline import compare, process_document  # noqa: E402
from claims.schema import CLAIM_COLUMNS  # noqa: E402


def articles_of(total_chars: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts, size = [], 0
    while size < total_chars:
        texts.append(synthetic_article(rng, len(texts)))
        size += len(texts[-1]) + 2
    return texts


def timed_run(documents: list[str]) -> tuple[float, int]:
    """(CPU seconds, claims) for processing ``documents`` and comparing all their claims."""
    registry = load_registry()
    start = time.process_time()
    rows = []
    for i, text in enumerate(documents):
        rows.extend(process_document(RawDocument(f"d{i}.txt", text, "txt"), registry)[1])
    compare(pd.DataFrame(rows, columns=CLAIM_COLUMNS).astype(str))
    return time.process_time() - start, len(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=f"200000,1000000,{MAX_DOCUMENT_CHARS}")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    timed_run(articles_of(5000, args.seed))  # load lexicons once
    print(f"{'chars':>10} {'layout':<10} {'seconds':>8} {'µs/1k chars':>12} {'claims':>7} "
          f"{'articles s':>10} {'ratio':>6}")
    for size in (int(s) for s in args.sizes.split(",")):
        articles = articles_of(size, args.seed)
        base_seconds, _ = timed_run(articles)
        joined = "\n\n".join(articles)[:size]
        for layout, text in (("paragraphs", joined), ("one line", joined.replace("\n", " "))):
            seconds, claims = timed_run([text])
            print(f"{len(text):>10,} {layout:<10} {seconds:>8.2f} {1e6 * seconds / len(text) * 1000:>12,.0f} "
                  f"{claims:>7,} {base_seconds:>10.2f} {seconds / base_seconds:>6.2f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:,.0f} MB; ingest limit {MAX_DOCUMENT_CHARS:,} characters per article")


if __name__ == "__main__":
    main()
