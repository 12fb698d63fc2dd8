"""Timeline: stance toward China over time per leader; selecting points lists their claims."""
import plotly.express as px
import streamlit as st

from dashboard.downloads import download_csv
from dashboard.render import plotly_text
from dashboard.state import page_context
from dashboard.views import MONTHLY_COLUMNS, TIMELINE_COLUMNS, selected_claim_ids, timeline_monthly, timeline_points

# Hover boxes show the start of the claim; the full text is listed on selection.
HOVER_CHARS = 140
POINTS, MONTHLY = "Claims", "Monthly means"
STANCE_AXIS = "Stance toward China (score)"
# Distinct hues per leader (the default theme's reds are hard to tell apart).
LEADER_COLOURS = px.colors.qualitative.D3

context = page_context()
st.title("Timeline")
points = timeline_points(context.view.claims)
if points.empty:
    st.info("No dated claims match the current filters.")
    st.stop()

st.caption("Stance score from −1 (critical of China) through 0 (neutral) to +1 (favourable).")
mode = st.radio("Show", [POINTS, MONTHLY], horizontal=True, key="timeline_mode", bind="query-params")
if mode == MONTHLY:
    monthly = timeline_monthly(context.view.claims)
    monthly["leader"] = plotly_text(monthly["leader"])
    figure = px.line(monthly, x="month", y="mean_stance", color="leader", markers=True,
                     color_discrete_sequence=LEADER_COLOURS,
                     hover_data={"n_claims": True},
                     labels={"month": "Month", "mean_stance": STANCE_AXIS, "leader": "Leader",
                             "n_claims": "Claims (count)"},
                     title="Mean stance per leader and month")
    figure.update_yaxes(range=[-1.1, 1.1])
    st.plotly_chart(figure)
    download_csv(monthly, MONTHLY_COLUMNS, "timeline_monthly.csv", key="download_timeline_monthly")
    st.stop()

chart = points.assign(
    leader=plotly_text(points["leader"]),
    claim=plotly_text(points["text"].str.slice(0, HOVER_CHARS)),
    source=plotly_text(points["outlet"].replace("", "(unknown outlet)")),
)
figure = px.scatter(chart, x="date", y="stance_score", color="leader", custom_data=["claim_id"],
                    color_discrete_sequence=LEADER_COLOURS,
                    hover_data={"claim": True, "source": True, "date": "|%Y-%m-%d"},
                    labels={"date": "Date (event date, else published)", "stance_score": STANCE_AXIS,
                            "leader": "Leader", "source": "Outlet", "claim": "Claim"},
                    title="Claims over time: select points (click, box or lasso) to list them")
figure.update_yaxes(range=[-1.1, 1.1])
event = st.plotly_chart(figure, key="timeline_chart", on_select="rerun",
                        selection_mode=("points", "box", "lasso"))
download_csv(points, TIMELINE_COLUMNS, "timeline.csv", key="download_timeline")

selected = selected_claim_ids(event)
if selected:
    st.subheader(f"Selected claims ({len(selected)})")
    st.dataframe(points[points["claim_id"].isin(selected)], hide_index=True)
else:
    st.caption("No points selected.")
