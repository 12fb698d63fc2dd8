"""Sidebar filters shared by every page, kept in the URL so a copied link reopens the same view."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from claims.schema import TOPICS

# Stance toward China as the pipeline scores it, named for people (and for readable URLs).
STANCE_LABELS = {-1: "critical", 0: "neutral", 1: "favourable"}
STANCE_BY_LABEL = {label: value for value, label in STANCE_LABELS.items()}

# Widget keys double as URL query parameter names.
KEY_LEADER, KEY_SOURCE, KEY_TOPIC, KEY_STANCE, KEY_DATES, KEY_SEARCH = (
    "leader", "source", "topic", "stance", "dates", "q",
)


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the claims to; an empty field means "no restriction"."""

    leaders: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    stances: tuple[int, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    search: str = ""


@dataclass(frozen=True)
class FilterOptions:
    """The choices the sidebar offers, taken from the data."""

    leaders: list[str]
    sources: list[str]
    topics: list[str]
    first_date: dt.date | None
    last_date: dt.date | None


def filter_options(claims: pd.DataFrame) -> FilterOptions:
    dates = claims["date"].dropna()
    present_topics = set(claims["topic"])
    return FilterOptions(
        leaders=sorted(set(claims["leader"]) - {""}),
        sources=sorted(set(claims["source"]) - {""}),
        topics=[t for t in TOPICS if t in present_topics] + sorted(present_topics - set(TOPICS) - {""}),
        first_date=dates.min().date() if len(dates) else None,
        last_date=dates.max().date() if len(dates) else None,
    )


def filter_mask(claims: pd.DataFrame, filters: Filters) -> pd.Series:
    """Boolean row mask of ``claims`` (with ``add_claim_columns``) that ``filters`` keep."""
    mask = pd.Series(True, index=claims.index)
    for column, wanted in (("leader", filters.leaders), ("source", filters.sources),
                           ("topic", filters.topics), ("stance", filters.stances)):
        if wanted:
            mask &= claims[column].isin(list(wanted))
    if filters.date_from is not None:
        mask &= claims["date"] >= pd.Timestamp(filters.date_from)
    if filters.date_to is not None:
        mask &= claims["date"] < pd.Timestamp(filters.date_to) + pd.Timedelta(days=1)
    if filters.search.strip():
        mask &= claims["text_lower"].str.contains(filters.search.strip().lower(), regex=False)
    return mask


def apply_filters(claims: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    return claims[filter_mask(claims, filters)]


def date_range_filter(value, options: FilterOptions) -> tuple[dt.date | None, dt.date | None]:
    """Date bounds from the date widget: the full data range (its default) means no restriction,
    so undated claims stay visible until the user narrows the dates."""
    if not isinstance(value, (tuple, list)) or not value:
        return None, None
    start, end = value[0], value[-1]
    if start == options.first_date and end == options.last_date:
        return None, None
    return start, end


def render_sidebar(options: FilterOptions) -> Filters:
    """Draw the sidebar filters (each bound to a URL query parameter) and return their values."""
    sidebar = st.sidebar
    sidebar.header("Filters")
    leaders = sidebar.multiselect("Leader", options.leaders, key=KEY_LEADER, bind="query-params")
    sources = sidebar.multiselect("Outlet / source", options.sources, key=KEY_SOURCE, bind="query-params")
    topics = sidebar.multiselect("Topic", options.topics, key=KEY_TOPIC, bind="query-params")
    stances = sidebar.multiselect(
        "Stance toward China", list(STANCE_BY_LABEL), key=KEY_STANCE, bind="query-params"
    )
    dates = (None, None)
    if options.first_date is not None:
        value = sidebar.date_input(
            "Date range (event date, else published)",
            value=(options.first_date, options.last_date),
            min_value=options.first_date,
            max_value=options.last_date,
            key=KEY_DATES,
            bind="query-params",
        )
        dates = date_range_filter(value, options)
    search = sidebar.text_input("Search claim text", key=KEY_SEARCH, bind="query-params")
    return Filters(
        leaders=tuple(leaders),
        sources=tuple(sources),
        topics=tuple(topics),
        stances=tuple(STANCE_BY_LABEL[label] for label in stances),
        date_from=dates[0],
        date_to=dates[1],
        search=search or "",
    )
