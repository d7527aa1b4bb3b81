"""diplo dashboard: `streamlit run dashboard.py`. Navigation over pages/ and the global sidebar filters."""
import streamlit as st

from diplo import ui

# an emoji icon is drawn in the browser; a :material: one is fetched from fonts.gstatic.com (offline: fails)
st.set_page_config(page_title="diplo: diplomacy events", page_icon="🤝", layout="wide")

# url paths differ from the file names on purpose: Streamlit still wraps an app that has a pages/ folder
# in its legacy page list, and a page whose url path equals a file's name would be rerun without this
# script (so without the sidebar filters)
pages = st.navigation([
    st.Page(ui.PAGES["overview"], title="Overview", icon=":material/timeline:", url_path="overview", default=True),
    st.Page(ui.PAGES["source"], title="Source", icon=":material/article:", url_path="source"),
    st.Page(ui.PAGES["relations"], title="Relations", icon=":material/hub:", url_path="relations"),
    st.Page(ui.PAGES["add"], title="Add articles", icon=":material/note_add:", url_path="add-articles"),
    st.Page(ui.PAGES["export"], title="Export", icon=":material/download:", url_path="export"),
])
ui.page_style()
ui.prepare_filters()
try:
    pages.run()
finally:
    # the filter widgets go last: the page's counts and first chart reach the browser before them
    # (pages therefore never call st.stop(), which would leave the sidebar out)
    ui.sidebar_filters()
