"""Streamlit dashboard over the claims tables: helpers here, one page per file in ``pages/``.

Pages only show; loading, filtering, grouping for charts, export and upload live in the helper
modules so tests can call them directly.
"""
