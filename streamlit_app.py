"""Entry point: `streamlit run streamlit_app.py`. A thin router; everything lives in dashboard/."""
import streamlit as st

from dashboard.filters import render_sidebar
from dashboard.state import (
    PageContext, active_data_dir, ensure_data, load_filter_options, load_tables, load_view,
    set_page_context,
)

st.set_page_config(page_title="Korea–China policy claims", layout="wide")

PAGES = [
    st.Page("dashboard/pages/overview.py", title="Overview", url_path="overview", default=True),
    st.Page("dashboard/pages/claims_explorer.py", title="Claims explorer", url_path="claims"),
    st.Page("dashboard/pages/agreements.py", title="Agreements", url_path="agreements"),
    st.Page("dashboard/pages/contradictions.py", title="Contradictions", url_path="contradictions"),
    st.Page("dashboard/pages/timeline.py", title="Timeline", url_path="timeline"),
    st.Page("dashboard/pages/sources.py", title="Sources", url_path="sources"),
    st.Page("dashboard/pages/upload.py", title="Upload articles", url_path="upload"),
]

page = st.navigation(PAGES)
folder = active_data_dir()
ensure_data(folder)
tables = load_tables(folder)
filters = render_sidebar(load_filter_options(tables))
set_page_context(PageContext(tables=tables, filters=filters, view=load_view(tables, filters)))
page.run()
