"""Command line: ``python -m claims build|extract|score``. Every command is documented in README.md."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from claims.evaluate import BUNDLED_SEEDS

ROW_HELP = ("CSV/JSONL input: one article per row with a text column (text, body, content, article, "
            "article_text) and optional title/headline, url/link, published/date/published_at, "
            "outlet/source/publisher columns.")


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m claims",
        description="Extract and compare claims about South Korean leaders' China policy.",
        epilog=ROW_HELP,
    )
    sub = ap.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="build the full data set (documents, claims, groups, "
                           "agreements, contradictions, errors, texts) into --out", epilog=ROW_HELP)
    build.add_argument("paths", nargs="*", default=[str(BUNDLED_SEEDS)],
                       help="files or folders (recursive): .txt .md .html .csv .jsonl; default: seeds/")
    build.add_argument("--out", default="data", help="output folder (default: data/)")
    build.add_argument("--manifest", type=Path, help="CSV with file, outlet, url, published overriding inference")
    build.add_argument("--gold", type=Path, help="gold folder to score against (default: eval/ when "
                       "building the bundled seeds)")
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    extract = sub.add_parser("extract", help="claims only, into one CSV", epilog=ROW_HELP)
    extract.add_argument("paths", nargs="+", help="files or folders (recursive)")
    extract.add_argument("-o", "--output", default="claims.csv", help="claims CSV to write (default: claims.csv)")
    extract.add_argument("--manifest", type=Path, help="CSV with file, outlet, url, published overriding inference")
    extract.add_argument("--quiet", action="store_true", help="no progress bar")
    score = sub.add_parser("score", help="score a built data set of the seeds against the bundled gold")
    score.add_argument("--data", default="data", help="data folder built from seeds/ (default: data/)")
    return ap


def _print_errors(errors: list[dict]) -> None:
    for error in errors:
        print(f"error: {error['file']}: {error['stage']}: {error['error']}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from claims import pipeline

    if args.command == "build":
        report = pipeline.build(args.paths, args.out, manifest=args.manifest, quiet=args.quiet, gold=args.gold)
        _print_errors(report.errors)
        print(f"{report.n_files} files, {report.n_documents} documents, {report.n_claims} claims, "
              f"{report.n_groups} groups, {report.n_agreements} agreements, "
              f"{report.n_contradictions} contradictions, {len(report.errors)} errors -> {report.out}",
              file=sys.stderr)
        return 0 if report.ok else 1
    if args.command == "extract":
        from claims.export import write_csv_atomic
        from claims.schema import CLAIM_COLUMNS
        import pandas as pd

        _, claims, errors, _ = pipeline.extract_all(args.paths, manifest=args.manifest, quiet=args.quiet)
        write_csv_atomic(Path(args.output), pd.DataFrame(claims, columns=CLAIM_COLUMNS), CLAIM_COLUMNS)
        _print_errors(errors)
        print(f"{len(claims)} claims, {len(errors)} errors -> {args.output}", file=sys.stderr)
        return 0 if not errors else 1
    from claims.evaluate import score

    for key, value in score(Path(args.data)).items():
        print(f"{key}: {value}")
    return 0
