"""Pure table shaping for the pages: the filtered view, counts, cards, grids and chart data."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from claims.schema import CLAIM_COLUMNS, CONTRADICTION_COLUMNS, GROUP_COLUMNS
from dashboard.data import Tables
from dashboard.filters import STANCE_LABELS, Filters, filter_mask

# Columns that tell where a claim came from; every comparison export carries them.
PROVENANCE_COLUMNS = ["outlet", "published", "file", "start", "end", "group_id"]
# Claims explorer columns, most useful first (the full claim row is the export).
CLAIM_TABLE_COLUMNS = [
    "published", "outlet", "leader", "speaker", "stance", "topic", "text", "event_date",
    "stance_score", "stance_cues", "file", "start", "end", "group_id", "claim_id", "doc_id",
]
AGREEMENT_CLAIM_COLUMNS = [
    "agreement_id", "group_id", "n_sources", "n_independent_sources", "claim_id", "leader", "text",
    "stance", "outlet", "published", "file", "start", "end",
]
CONTRADICTION_SIDE_COLUMNS = ["outlet", "published", "file", "start", "end", "group_id"]
CONTRADICTION_EXPORT_COLUMNS = CONTRADICTION_COLUMNS + [
    f"{column}_{side}" for side in ("a", "b") for column in CONTRADICTION_SIDE_COLUMNS
]
TIMELINE_COLUMNS = [
    "claim_id", "leader", "date", "stance", "stance_score", "text", "outlet", "published", "file",
    "start", "end", "group_id",
]
MONTHLY_COLUMNS = ["leader", "month", "mean_stance", "n_claims"]
# Over-time changes are one speaker's position moving, not sources disagreeing: shown apart.
OVER_TIME = "over_time"


@dataclass(frozen=True)
class View:
    """The filtered slice of every table that the pages show."""

    claims: pd.DataFrame
    groups: pd.DataFrame
    agreements: pd.DataFrame
    contradictions: pd.DataFrame


def filtered_view(tables: Tables, filters: Filters) -> View:
    """Claims the filters keep, and the groups/agreements/contradictions that involve them."""
    mask = filter_mask(tables.claims, filters).to_numpy()
    claims = tables.claims[mask]
    group_ids = claims["group_id"].unique()
    contradictions = tables.contradictions
    involved = kept_rows(mask, contradictions["row_a"]) | kept_rows(mask, contradictions["row_b"])
    return View(
        claims=claims,
        groups=tables.groups[tables.groups["group_id"].isin(group_ids)],
        agreements=tables.agreements[tables.agreements["group_id"].isin(group_ids)],
        contradictions=contradictions[involved],
    )


def kept_rows(mask: np.ndarray, rows: pd.Series) -> np.ndarray:
    """For claim row positions (-1 = unknown claim): is that claim kept by ``mask``?"""
    rows = rows.to_numpy()
    return (rows >= 0) & mask[np.clip(rows, 0, None)] if len(mask) else np.zeros(len(rows), bool)


def stance_label(stance) -> str:
    return "unknown" if pd.isna(stance) else STANCE_LABELS.get(int(stance), str(stance))


def counts_by(claims: pd.DataFrame, column: str) -> pd.DataFrame:
    """Number of claims per value of ``column``, most first ("" shown as "(unknown)")."""
    values = claims[column].replace("", "(unknown)")
    counts = values.value_counts().rename_axis(column).reset_index(name="claims")
    return counts.sort_values(["claims", column], ascending=[False, True], ignore_index=True)


def latest_claims(claims: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    ordered = claims.sort_values("date", ascending=False, na_position="last", kind="stable")
    latest = ordered.head(n)[["date", "outlet", "leader", "stance", "text"]]
    return latest.assign(date=latest["date"].dt.date)


def date_coverage(claims: pd.DataFrame) -> dict:
    """First and last claim date and how many claims have no date at all."""
    dates = claims["date"].dropna()
    return {
        "first": dates.min().date() if len(dates) else None,
        "last": dates.max().date() if len(dates) else None,
        "undated": int(claims["date"].isna().sum()),
    }


def claims_per_month(claims: pd.DataFrame) -> pd.DataFrame:
    dated = claims.dropna(subset=["date"])
    months = dated["date"].dt.to_period("M").dt.to_timestamp()
    return months.value_counts().sort_index().rename_axis("month").reset_index(name="claims")


def accuracy_rows(report: dict, prefix: str = "") -> list[tuple[str, str]]:
    """Flatten the build's accuracy report into (metric, value) rows, nested keys joined by '.'."""
    rows = []
    for key, value in report.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            rows.extend(accuracy_rows(value, f"{name}."))
        else:
            rows.append((name, value if isinstance(value, str) else repr(value)))
    return rows


def claims_table(claims: pd.DataFrame) -> pd.DataFrame:
    """The explorer's table: schema columns only (derived helper columns stay internal)."""
    return claims[CLAIM_TABLE_COLUMNS].reset_index(drop=True)


def claims_export(claims: pd.DataFrame) -> pd.DataFrame:
    return claims[CLAIM_COLUMNS].reset_index(drop=True)


def page_slice(frame: pd.DataFrame, page: int, page_size: int) -> pd.DataFrame:
    """Rows of 1-based ``page`` (st.dataframe keeps row selection only when it is not lazy)."""
    start = (page - 1) * page_size
    return frame.iloc[start:start + page_size]


def page_count(n_rows: int, page_size: int) -> int:
    return max(1, -(-n_rows // page_size))


def group_members(claims: pd.DataFrame, group_id: str, exclude_claim_id: str = "") -> pd.DataFrame:
    """The other claims of a group (all claims, not only filtered ones: the group is the unit)."""
    if not group_id:
        return claims.iloc[0:0]
    members = claims[(claims["group_id"] == group_id) & (claims["claim_id"] != exclude_claim_id)]
    members = members.sort_values("date", kind="stable")[["date", "outlet", "speaker", "stance", "text"]]
    return members.assign(date=members["date"].dt.date)


def outlet_stance_grid(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims per source (rows) and stance (columns: critical / neutral / favourable)."""
    labels = claims["stance"].map(stance_label)
    grid = pd.crosstab(claims["source"], labels)
    order = [label for label in [*STANCE_LABELS.values(), "unknown"] if label in grid.columns]
    return grid.reindex(columns=order, fill_value=0).rename_axis(index="source", columns=None)


def agreement_cards(view: View, all_claims: pd.DataFrame) -> list[dict]:
    """One card per agreement, most independent sources first: statement, outlets, dates, grid."""
    groups = view.groups.set_index("group_id")
    ordered = view.agreements.sort_values(
        ["n_independent_sources", "n_sources", "agreement_id"], ascending=[False, False, True]
    )
    cards = []
    for row in ordered.itertuples(index=False):
        members = all_claims[all_claims["group_id"] == row.group_id]
        group = groups.loc[row.group_id] if row.group_id in groups.index else None
        cards.append({
            "agreement_id": row.agreement_id,
            "group_id": row.group_id,
            "leader": row.leader,
            "statement": row.text or (group["representative_text"] if group is not None else ""),
            "outlets": [o for o in row.outlets.split(";") if o],
            "n_sources": row.n_sources,
            "n_independent_sources": row.n_independent_sources,
            "first_date": group["first_date"] if group is not None else "",
            "last_date": group["last_date"] if group is not None else "",
            "grid": outlet_stance_grid(members),
        })
    return cards


def agreement_claims(view: View) -> pd.DataFrame:
    """One row per filtered claim that belongs to an agreement, with the agreement's counts."""
    agreements = view.agreements[["agreement_id", "group_id", "n_sources", "n_independent_sources"]]
    rows = agreements.merge(view.claims, on="group_id", how="inner")
    return rows.sort_values(["agreement_id", "published", "claim_id"], kind="stable")[
        AGREEMENT_CLAIM_COLUMNS
    ].reset_index(drop=True)


def groups_export(view: View) -> pd.DataFrame:
    return view.groups[GROUP_COLUMNS].reset_index(drop=True)


def contradiction_rows(contradictions: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Contradictions with each side's provenance (outlet_a, published_a, file_a, ... _b)."""
    sides = claims.set_index("claim_id")[CONTRADICTION_SIDE_COLUMNS]
    out = contradictions.copy()
    for side in ("a", "b"):
        joined = sides.reindex(out[f"claim_id_{side}"]).reset_index(drop=True)
        joined.index = out.index
        for column in CONTRADICTION_SIDE_COLUMNS:
            out[f"{column}_{side}"] = joined[column]
    return out.sort_values(["score", "contradiction_id"], ascending=[False, True])[
        CONTRADICTION_EXPORT_COLUMNS
    ].reset_index(drop=True)


def split_over_time(rows: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(disagreements between or within sources, changes of position over time)."""
    over_time = rows["kind"] == OVER_TIME
    return rows[~over_time].reset_index(drop=True), rows[over_time].reset_index(drop=True)


def timeline_points(claims: pd.DataFrame) -> pd.DataFrame:
    """Dated claims, one point each, for the stance-over-time chart."""
    dated = claims.dropna(subset=["date"]).sort_values(["date", "claim_id"], kind="stable")
    return dated[TIMELINE_COLUMNS].reset_index(drop=True)


def timeline_monthly(claims: pd.DataFrame) -> pd.DataFrame:
    """Mean stance score and claim count per leader and month."""
    dated = claims.dropna(subset=["date"]).assign(month=lambda f: f["date"].dt.to_period("M").dt.to_timestamp())
    monthly = dated.groupby(["leader", "month"], as_index=False).agg(
        mean_stance=("stance_score", "mean"), n_claims=("claim_id", "size")
    )
    return monthly[MONTHLY_COLUMNS]


def selected_claim_ids(event) -> list[str]:
    """claim_ids of the points selected in a plotly chart event (read as a plain mapping)."""
    try:
        points = event["selection"]["points"]
    except (KeyError, TypeError):
        return []
    ids = []
    for point in points:
        custom = point.get("customdata") or point.get("custom_data") or []
        if custom and custom[0] not in ids:
            ids.append(str(custom[0]))
    return ids


def source_summary(claims: pd.DataFrame) -> pd.DataFrame:
    """Per source: claims, stance mix, leaders and topics covered, first and last date."""
    if claims.empty:
        return pd.DataFrame(columns=["source", "claims", *STANCE_LABELS.values(), "leaders", "topics",
                                     "first_date", "last_date"])
    stance_mix = outlet_stance_grid(claims).reindex(columns=list(STANCE_LABELS.values()), fill_value=0)
    grouped = claims.groupby("source")
    summary = pd.DataFrame({
        "claims": grouped.size(),
        "leaders": grouped["leader"].agg(lambda s: "; ".join(sorted(set(s) - {""}))),
        "topics": grouped["topic"].agg(lambda s: "; ".join(sorted(set(s) - {""}))),
        "first_date": grouped["date"].min().dt.date,
        "last_date": grouped["date"].max().dt.date,
    })
    summary = summary.join(stance_mix).rename_axis("source").reset_index()
    ordered = ["source", "claims", *STANCE_LABELS.values(), "leaders", "topics", "first_date", "last_date"]
    return summary.sort_values(["claims", "source"], ascending=[False, True])[ordered].reset_index(drop=True)
