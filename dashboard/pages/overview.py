"""Overview: what the data set holds, how dates are covered, how accurate the pipeline is."""
import pandas as pd
import plotly.express as px
import streamlit as st

from dashboard.render import plotly_text
from dashboard.state import page_context
from dashboard.views import accuracy_rows, claims_per_month, counts_by, date_coverage, latest_claims

context = page_context()
claims = context.view.claims
st.title("Overview")
st.caption(f"Data set: {len(context.tables.claims):,} claims from {len(context.tables.documents):,} "
           "documents. The sidebar filters apply to every page.")

if claims.empty:
    st.info("No claims match the current filters.")
    st.stop()

metrics = st.columns(4)
metrics[0].metric("Claims", f"{len(claims):,}")
metrics[1].metric("Documents", f"{claims['doc_id'].nunique():,}")
metrics[2].metric("Sources", f"{claims['source'].nunique():,}")
metrics[3].metric("Leaders", f"{claims['leader'].replace('', pd.NA).nunique():,}")

for column, title in (("leader", "Claims per leader"), ("source", "Claims per outlet / source"),
                      ("topic", "Claims per topic")):
    counts = counts_by(claims, column).head(25)
    counts[column] = plotly_text(counts[column])
    figure = px.bar(counts, x="claims", y=column, orientation="h", title=title,
                    labels={"claims": "Claims (count)", column: column.capitalize()})
    # dtick=1: label every bar (plotly otherwise skips labels on short charts)
    figure.update_layout(yaxis={"categoryorder": "total ascending", "dtick": 1}, height=160 + 30 * len(counts))
    st.plotly_chart(figure)

st.subheader("Coverage of dates")
coverage = date_coverage(claims)
st.write(f"First claim date: {coverage['first'] or 'none'} · last: {coverage['last'] or 'none'} · "
         f"claims without any date: {coverage['undated']:,}")
monthly = claims_per_month(claims)
if not monthly.empty:
    figure = px.bar(monthly, x="month", y="claims", title="Claims per month (event date, else published)",
                    labels={"month": "Month", "claims": "Claims (count)"})
    st.plotly_chart(figure)

st.subheader("Latest claims")
st.dataframe(latest_claims(claims), hide_index=True)

st.subheader("Pipeline accuracy on the bundled gold set")
if context.tables.accuracy is None:
    st.info("This data set has no accuracy.json: the build wrote no accuracy report "
            "(it is written when the seeds' gold annotations are available).")
else:
    st.caption("eval/score.py against the gold annotations of the bundled seeds: only the seeds' "
               "documents are scored, though the `*_pairs_predicted` counts include every pair of this data set.")
    rows = pd.DataFrame(accuracy_rows(context.tables.accuracy), columns=["metric", "value"])
    st.dataframe(rows, hide_index=True)
