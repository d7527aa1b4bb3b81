"""Add articles: upload files, paste text or give a web address; preview the events found, then add them."""
import tempfile
from pathlib import Path

import streamlit as st

from diplo import sourceview, ui, views
from diplo.fetch import read_urls
from diplo.pipeline import analyse
from diplo.readers import InputProblem, document_from_text, read_inputs
from diplo.store import content_id

store = ui.store()
st.header("Add articles")
st.caption("Nothing is stored until you press **Add to the collection**. The same text is never stored twice.")

upload, paste, address = st.tabs(["Upload files", "Paste text", "Web address"])
found: list = []
with upload:
    files = st.file_uploader("Articles (.txt, .html, .jsonl)", type=["txt", "html", "htm", "jsonl"],
                             accept_multiple_files=True, key="add_files")
    if files:
        with tempfile.TemporaryDirectory() as folder:
            for i, file in enumerate(files):
                (Path(folder) / f"{i:03d}_{Path(file.name).name}").write_bytes(file.getvalue())
            found += list(read_inputs([folder]))
with paste:
    text = st.text_area("Article text (first line: the title, e.g. \"Title – Outlet\")", height=200,
                        key="add_text")
    left, right = st.columns(2)
    published = left.date_input("Publication date (optional)", value=None, key="add_published", format="YYYY-MM-DD")
    language = right.selectbox("Language", ["detect", "ar", "en"], key="add_language")
    if text and text.strip():
        found.append(document_from_text(text, doc_id=f"pasted-{content_id(text)}", published=published,
                                        lang=None if language == "detect" else language))
with address:
    url = st.text_input("Address of an article page or an RSS/Atom feed", key="add_url",
                        placeholder="https://…")
    if url and st.button("Fetch", key="add_fetch"):
        with st.spinner("Fetching…"):
            st.session_state["fetched"] = list(read_urls([url.strip()]))
    found += st.session_state.get("fetched", [])

problems = [p for p in found if isinstance(p, InputProblem)]
documents = [d for d in found if not isinstance(d, InputProblem)]
for problem in problems:
    st.warning(problem.describe())
if not documents:
    st.info("Upload, paste or fetch an article to see the events diplo finds in it.")
else:
    st.subheader(f"Preview: {len(documents)} article{'s' * (len(documents) != 1)}", anchor=False)
    st.html(sourceview.page_html(sourceview.legend_html()))
    for doc in documents:
        analysis = analyse(doc)
        events, mentions = views.analysis_frames(analysis)
        shown = analysis.document
        published = f"published {shown.published}" if shown.published else "no publication date found"
        label = f"{len(events)} event{'s' * (len(events) != 1)} · {published} · {shown.title or 'untitled'}"
        with st.expander(label, expanded=len(documents) == 1):
            if shown.published_basis:
                st.caption(f"Publication date from: {shown.published_basis}")
            if len(events):
                st.dataframe(events[["type", "subtype", "modality", "date", "date_text", "actors"]], hide_index=True,
                             key=f"preview_{doc.doc_id}")
            marks = sourceview.marks_for_events(events, mentions)
            with st.container(height=420):
                st.html(sourceview.page_html(sourceview.article_html(shown.text, marks, language=shown.language,
                                                                     title=shown.title)))

    if st.button(f"Add {len(documents)} article{'s' * (len(documents) != 1)} to the collection", type="primary",
                 key="add_confirm"):
        with st.spinner("Adding…"):
            report = store.ingest(documents)
        st.cache_data.clear()
        st.session_state.pop("fetched", None)
        st.success(f"Added {report.added} article(s) with {report.events} events"
                   + (f"; {report.already_stored} were already in the collection" if report.already_stored else "")
                   + ". They now appear in every chart.")
        for line in report.failed:
            st.error(line)
        st.page_link(ui.PAGES["overview"], label="Open the overview", icon=":material/timeline:")
