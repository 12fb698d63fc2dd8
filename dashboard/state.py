"""Streamlit glue: which data folder is active, building it when missing, caching, page context."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from dashboard.data import SEEDS_DIR, Tables, data_signature, default_data_dir, has_data, read_tables
from dashboard.filters import FilterOptions, Filters, filter_options
from dashboard.upload import user_data_dir
from dashboard.views import View, filtered_view

CONTEXT_KEY = "dashboard_context"


@dataclass(frozen=True)
class PageContext:
    """What the router hands every page: all tables, the sidebar's filters and the filtered view."""

    tables: Tables
    filters: Filters
    view: View


def active_data_dir() -> Path:
    """The user's data set (bundled seeds + uploads) once built, else the bundled one."""
    user_data = user_data_dir()
    return user_data if has_data(user_data) else default_data_dir()


def build_with_progress(inputs: list[Path], folder: Path, message: str):
    """Run the pipeline into ``folder`` with a progress bar; returns its BuildReport."""
    from claims.pipeline import build  # the pipeline is only needed when a build runs

    bar = st.progress(0.0, text=message)

    def progress(done: int, total: int, label: str) -> None:
        # The label can be a file name: shown nowhere, since progress text renders markdown.
        bar.progress(min(1.0, done / max(total, 1)), text=f"{message} {done}/{total}")

    report = build([str(path) for path in inputs], str(folder), progress=progress)
    bar.empty()
    return report


def ensure_data(folder: Path) -> None:
    """Build the bundled data set from seeds/ the first time the app runs without one."""
    if not has_data(folder):
        build_with_progress([SEEDS_DIR], folder, "Building the data set from seeds/ …")


@st.cache_resource(show_spinner="Loading the data set …", max_entries=4)
def _tables_for(folder: str, signature: tuple) -> Tables:
    return read_tables(Path(folder))


def load_tables(folder: Path) -> Tables:
    """Tables of ``folder``, cached until one of its data files changes (mtime or size)."""
    return _tables_for(str(folder), data_signature(folder))


@st.cache_resource(max_entries=4)
def _options_for(folder: str, signature: tuple, _tables: Tables) -> FilterOptions:
    return filter_options(_tables.claims)


def load_filter_options(tables: Tables) -> FilterOptions:
    return _options_for(str(tables.folder), data_signature(tables.folder), tables)


@st.cache_resource(max_entries=64)
def _view_for(folder: str, signature: tuple, filters: Filters, _tables: Tables) -> View:
    return filtered_view(_tables, filters)


def load_view(tables: Tables, filters: Filters) -> View:
    """The filtered view, shared between reruns and sessions (read-only frames)."""
    return _view_for(str(tables.folder), data_signature(tables.folder), filters, tables)


def set_page_context(context: PageContext) -> None:
    st.session_state[CONTEXT_KEY] = context


def page_context() -> PageContext:
    return st.session_state[CONTEXT_KEY]
