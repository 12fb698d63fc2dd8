"""Dashboard speed on a synthetic 100k-claim data set: load, filters, AppTest claims page, CSV.

Contract (issue 5): claims page first render <= 2 s, filter rerun <= 200 ms, CSV of 100k rows
<= 1 s. Naive baselines run in the same process: row-by-row filtering and row-by-row CSV.
Run: .venv/bin/python bench/bench_dashboard.py [N_CLAIMS]
"""
from __future__ import annotations

import csv
import io
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from claims.export import csv_bytes, neutralise_cell  # noqa: E402
from claims.schema import CLAIM_COLUMNS  # noqa: E402
from dashboard.data import read_tables  # noqa: E402
from dashboard.filters import Filters, apply_filters  # noqa: E402
from dashboard.synthetic import write_dataset  # noqa: E402
from dashboard.views import filtered_view, timeline_points  # noqa: E402

LIMITS = {"claims page first render": 2.0, "filter rerun": 0.2, "CSV of all claims": 1.0}
FILTER = Filters(leaders=("Moon Jae-in",), stances=(-1,), search="beijing")


def timed(function, *args, repeat: int = 1):
    """(best seconds of ``repeat`` runs, last result)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function(*args)
        best = min(best, time.perf_counter() - start)
    return best, result


def naive_filter(records: list[dict], filters: Filters) -> list[dict]:
    """Row-by-row filtering, the obvious loop the vectorised mask replaces."""
    needle = filters.search.lower()
    return [r for r in records if r["leader"] in filters.leaders and r["stance"] in filters.stances
            and needle in r["text"].lower()]


def naive_csv(records: list[dict]) -> bytes:
    """Row-by-row csv.writer with the same neutralisation per cell."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CLAIM_COLUMNS)
    for record in records:
        writer.writerow([neutralise_cell(record[c]) for c in CLAIM_COLUMNS])
    return buffer.getvalue().encode("utf-8")


def bench_apptest(folder: Path) -> dict[str, float]:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    os.environ["CLAIMS_DATA"] = str(folder)
    os.environ["USER_DATA"] = str(folder.parent / "user")
    app = AppTest.from_file(str(REPO / "streamlit_app.py"), default_timeout=120)
    figures = {}
    figures["app cold start (load + Overview)"], _ = timed(app.run)
    # Cold: caches emptied, so the claims page's first render includes reading the data set.
    st.cache_resource.clear()
    figures["claims page first render"], _ = timed(app.switch_page("dashboard/pages/claims_explorer.py").run)
    assert not app.exception and app.title[0].value == "Claims explorer"
    figures["claims page warm render"], _ = timed(app.run)
    app.multiselect(key="leader").select("Moon Jae-in")
    figures["filter rerun"], _ = timed(app.run)
    assert len(app.dataframe[0].value) > 0 and not app.exception
    app.multiselect(key="leader").unselect("Moon Jae-in")
    app.multiselect(key="stance").select("critical")
    figures["filter rerun (second filter)"], _ = timed(app.run)
    return figures


def main(n_claims: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        seconds, _ = timed(write_dataset, folder, n_claims)
        print(f"synthetic data set: {n_claims:,} claims written in {seconds:.2f} s")

        load, tables = timed(read_tables, folder)
        claims = tables.claims
        records = claims[CLAIM_COLUMNS].to_dict("records")
        vectorised, kept = timed(apply_filters, claims, FILTER, repeat=5)
        naive, kept_naive = timed(naive_filter, records, FILTER, repeat=3)
        assert len(kept) == len(kept_naive)
        view, _ = timed(filtered_view, tables, FILTER, repeat=5)
        timeline, _ = timed(timeline_points, claims, repeat=3)
        csv_fast, payload = timed(csv_bytes, claims, CLAIM_COLUMNS, repeat=3)
        csv_naive, payload_naive = timed(naive_csv, records)
        assert len(payload) > 0 and payload.count(b"\n") >= len(claims)

        figures = {
            "data load (read + convert)": load,
            "filter (vectorised mask)": vectorised,
            "filter baseline (row loop)": naive,
            "filtered view (all tables)": view,
            "timeline points (all claims)": timeline,
            "CSV of all claims": csv_fast,
            "CSV baseline (csv.writer loop)": csv_naive,
            **bench_apptest(folder),
        }
    print(f"rows: {len(claims):,} claims, filter keeps {len(kept):,}")
    for name, value in figures.items():
        limit = LIMITS.get(name)
        verdict = "" if limit is None else f"  (limit {limit * 1000:.0f} ms: {'OK' if value <= limit else 'OVER'})"
        print(f"{name:38s} {value * 1000:9.1f} ms{verdict}")
    print(f"filter speed-up vs row loop:  {naive / vectorised:6.1f}x")
    print(f"CSV speed-up vs csv.writer:   {csv_naive / csv_fast:6.1f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
