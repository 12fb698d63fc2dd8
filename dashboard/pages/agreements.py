"""Agreements: per group statement, the outlets that agree (independent vs syndicated), dates."""
import streamlit as st

from claims.schema import GROUP_COLUMNS
from dashboard.downloads import table_with_download
from dashboard.state import page_context
from dashboard.views import AGREEMENT_CLAIM_COLUMNS, agreement_cards, agreement_claims, groups_export

# Cards are for reading; the table below holds every agreement of the filtered view.
MAX_CARDS = 20

context = page_context()
view = context.view
st.title("Agreements")
st.caption("Statements that several sources report alike. Independent sources are counted apart from "
           "syndicated copies of the same story.")

if view.agreements.empty:
    st.info("No agreements match the current filters.")
else:
    cards = agreement_cards(view, context.tables.claims)
    if len(cards) > MAX_CARDS:
        st.caption(f"Showing the {MAX_CARDS} agreements with the most independent sources "
                   f"of {len(cards):,}; the table below lists them all.")
    for card in cards[:MAX_CARDS]:
        with st.container(border=True):
            st.text(card["statement"])
            left, right = st.columns([2, 3])
            left.metric("Independent sources", card["n_independent_sources"])
            left.metric("Sources incl. syndicated copies", card["n_sources"])
            left.text(f"Leader: {card['leader']}\nOutlets: {', '.join(card['outlets']) or '(unknown)'}\n"
                      f"Dates: {card['first_date'] or '?'} to {card['last_date'] or '?'}")
            right.caption("Claims per outlet and stance toward China")
            right.dataframe(card["grid"])

    st.subheader("Claims in agreements")
    rows = agreement_claims(view)
    table_with_download(rows, AGREEMENT_CLAIM_COLUMNS, "agreements")

st.subheader("All groups of similar claims")
groups = groups_export(view)
if groups.empty:
    st.info("No groups match the current filters.")
else:
    table_with_download(groups, GROUP_COLUMNS, "groups")
