"""Contradictions side by side with cue words highlighted; changes over time shown apart."""
import streamlit as st

from dashboard.downloads import table_with_download
from dashboard.render import cue_spans, show_marked
from dashboard.state import page_context
from dashboard.views import CONTRADICTION_EXPORT_COLUMNS, contradiction_rows, split_over_time

# Side-by-side cards per section; the tables below list every row.
MAX_CARDS = 15


def show_side(column, row, side: str) -> None:
    with column:
        st.caption(f"{row[f'outlet_{side}'] or '(unknown outlet)'} · {row[f'published_{side}'] or 'undated'}")
        show_marked(row[f"text_{side}"], cue_spans(row[f"text_{side}"], row[f"cue_{side}"]))


def show_section(title: str, rows, empty_message: str, key: str) -> None:
    st.subheader(title)
    if rows.empty:
        st.info(empty_message)
        return
    for _, row in rows.head(MAX_CARDS).iterrows():
        with st.container(border=True):
            st.caption(f"{row['leader']} · kind: {row['kind']} · reason: {row['reason']} · "
                       f"score {row['score']:.2f}")
            left, right = st.columns(2)
            show_side(left, row, "a")
            show_side(right, row, "b")
    if len(rows) > MAX_CARDS:
        st.caption(f"{MAX_CARDS} of {len(rows):,} shown as cards; the table lists all.")
    table_with_download(rows, CONTRADICTION_EXPORT_COLUMNS, key)


context = page_context()
st.title("Contradictions")
st.caption("Claims that cannot both hold. Cue words that decided it are highlighted.")
rows = contradiction_rows(context.view.contradictions, context.tables.claims)
disagreements, over_time = split_over_time(rows)
show_section("Disagreements between or within sources", disagreements,
             "No disagreements match the current filters.", "contradictions")
show_section("Changes of position over time", over_time,
             "No changes over time match the current filters.", "over_time")
