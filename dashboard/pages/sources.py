"""Sources: per outlet, its claims, stance mix and the leaders it covers."""
import plotly.express as px
import streamlit as st

from dashboard.downloads import table_with_download
from dashboard.filters import STANCE_LABELS
from dashboard.render import plotly_text
from dashboard.state import page_context
from dashboard.views import source_summary

context = page_context()
st.title("Sources")
st.caption("A source is the outlet when known, else the document itself (its file name).")
summary = source_summary(context.view.claims)

if summary.empty:
    st.info("No claims match the current filters.")
    st.stop()

stances = list(STANCE_LABELS.values())
mix = summary.head(30).melt(id_vars="source", value_vars=stances, var_name="stance", value_name="n_claims")
mix["source"] = plotly_text(mix["source"])
figure = px.bar(mix, x="n_claims", y="source", color="stance", orientation="h",
                title="Stance toward China per source",
                labels={"n_claims": "Claims (count)", "source": "Source", "stance": "Stance"},
                category_orders={"stance": stances})
figure.update_layout(yaxis={"categoryorder": "total ascending", "dtick": 1},
                     height=180 + 30 * mix["source"].nunique())
st.plotly_chart(figure)

table_with_download(summary, list(summary.columns), "sources")
