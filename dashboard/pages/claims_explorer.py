"""Claims explorer: the filtered table; a selected row shows the claim in its source paragraph."""
import streamlit as st

from claims.schema import CLAIM_COLUMNS
from dashboard.data import doc_text, paragraph_around
from dashboard.downloads import download_csv
from dashboard.render import show_marked
from dashboard.state import page_context
from dashboard.views import (
    claims_export, claims_table, group_members, page_count, page_slice, stance_label,
)

# Rows per table page: well under st.dataframe's lazy threshold, so row selection always works.
PAGE_SIZE = 1000

context = page_context()
claims = context.view.claims
st.title("Claims explorer")

if claims.empty:
    st.info("No claims match the current filters.")
    st.stop()

table = claims_table(claims)
n_pages = page_count(len(table), PAGE_SIZE)
page = st.pagination(n_pages, key="claims_page") if n_pages > 1 else 1
shown = page_slice(table, page, PAGE_SIZE)
st.caption(f"{len(table):,} claim(s) match; rows {shown.index[0] + 1:,}–{shown.index[-1] + 1:,} shown. "
           "Select a row to read the claim in its article.")
event = st.dataframe(shown, key="claims_table", on_select="rerun", selection_mode="single-row",
                     hide_index=True, lazy=False)
download_csv(claims_export(claims), CLAIM_COLUMNS, "claims.csv", key="download_claims")

rows = event["selection"]["rows"]
if not rows:
    st.stop()
claim = shown.iloc[rows[0]]
st.subheader("Selected claim")
meta = st.columns(4)
meta[0].text(f"Outlet: {claim['outlet'] or '(unknown)'}")
meta[1].text(f"Published: {claim['published'] or '(unknown)'} · event: {claim['event_date'] or '(unknown)'}")
meta[2].text(f"Speaker: {claim['speaker'] or '(unknown)'}")
meta[3].text(f"Stance: {stance_label(claim['stance'])} ({claim['stance_score']:+.2f})")
st.text(f"Stance cues: {claim['stance_cues'] or '(none)'}")

text = doc_text(context.tables.folder, claim["doc_id"])
start, end = int(claim["start"]), int(claim["end"])
if text is not None and text[start:end] == claim["text"]:
    paragraph, span_start, span_end = paragraph_around(text, start, end)
    show_marked(paragraph, [(span_start, span_end)])
else:
    st.caption("The article text is not available; the claim as extracted:")
    show_marked(claim["text"], [(0, len(claim["text"]))])

st.subheader("Other claims of its group")
members = group_members(context.tables.claims, claim["group_id"], claim["claim_id"])
if members.empty:
    st.info("No other claim says the same thing.")
else:
    st.dataframe(members, hide_index=True)
