"""CSV downloads of exactly what a page shows, CSV-injection safe (claims.export.csv_bytes)."""
from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from claims.export import csv_bytes


def download_csv(frame: pd.DataFrame, columns: list[str], file_name: str, key: str,
                 label: str = "Download CSV") -> None:
    """A download button for ``frame[columns]``; the bytes are made only when clicked.

    Deferred generation keeps a filter rerun fast on 100k rows; ``on_click="ignore"`` keeps the
    page as it is after the download.
    """
    st.download_button(
        f"{label} ({len(frame):,} rows)",
        data=partial(csv_bytes, frame, columns),
        file_name=file_name,
        mime="text/csv",
        key=key,
        on_click="ignore",
        disabled=frame.empty,
    )


def table_with_download(frame: pd.DataFrame, columns: list[str], name: str) -> None:
    """Show ``frame[columns]`` and offer exactly that table as ``<name>.csv``."""
    shown = frame[columns]
    st.dataframe(shown, hide_index=True)
    download_csv(shown, columns, f"{name}.csv", key=f"download_{name}")
