"""Upload articles: saved under the user folder, built with the seeds into the user's data set."""
import pandas as pd
import streamlit as st

from claims.export import read_table
from claims.schema import ERROR_COLUMNS
from dashboard.data import SEEDS_DIR
from dashboard.state import build_with_progress
from dashboard.upload import (
    ALLOWED_SUFFIXES, MAX_UPLOAD_MB, remove_user_data, save_uploads, upload_errors, uploaded_files,
    uploads_dir, user_data_dir,
)

RESULT_KEY = "upload_result"

st.title("Upload articles")
st.markdown(
    f"Add news articles as **{', '.join(ALLOWED_SUFFIXES)}** files, several at once, "
    f"up to **{MAX_UPLOAD_MB} MB per file**. They go through the same pipeline as the bundled "
    "articles into your own data set; every page then shows the bundled articles and yours. "
    "The bundled data is never changed."
)

files = st.file_uploader("Articles", type=[s.lstrip(".") for s in ALLOWED_SUFFIXES],
                         accept_multiple_files=True, key="upload_files")
if st.button("Add and rebuild", type="primary", disabled=not files):
    saved = save_uploads([(f.name, f.getvalue()) for f in files], uploads_dir())
    try:
        build_with_progress([SEEDS_DIR, uploads_dir()], user_data_dir(), "Building your data set …")
        failure = None
    except Exception as error:  # the build keeps the previous data set; say what happened
        failure = type(error).__name__
    st.session_state[RESULT_KEY] = {"rejected": saved.rejected, "names": [p.name for p in saved.saved],
                                    "failure": failure}
    st.rerun()

result = st.session_state.get(RESULT_KEY)
if result:
    if result["failure"]:
        st.error(f"The build failed ({result['failure']}); the previous data set is still shown.")
    else:
        st.success(f"Added {len(result['names'])} file(s) and rebuilt the data set.")
    if result["rejected"]:
        st.warning("Files not added:")
        st.dataframe(pd.DataFrame(result["rejected"], columns=["file", "reason"]), hide_index=True)

current = uploaded_files(uploads_dir())
st.subheader("Your uploaded files")
if not current:
    st.info("No uploads yet: the pages show the bundled data set.")
    st.stop()

st.dataframe(pd.DataFrame({"file": [p.name for p in current],
                           "size (bytes)": [p.stat().st_size for p in current]}), hide_index=True)
errors_path = user_data_dir() / "errors.csv"
errors = read_table(errors_path, ERROR_COLUMNS) if errors_path.is_file() else pd.DataFrame(columns=ERROR_COLUMNS)
bad = upload_errors(errors, [p.name for p in current])
st.subheader("Files the pipeline could not use")
if bad.empty:
    st.info("None: every uploaded file was read.")
else:
    st.dataframe(bad, hide_index=True)

if st.button("Remove my uploads and return to the bundled data"):
    remove_user_data()
    st.session_state.pop(RESULT_KEY, None)
    st.rerun()
