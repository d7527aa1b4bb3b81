"""Source: the article with the evidence highlighted, side by side with the event card."""
import pandas as pd
import streamlit as st

from diplo import sourceview, ui, views

store = ui.store()
filters = ui.current_filters()

st.header("Source")
latest = views.latest_events(store, filters, limit=300)
doc_id = st.query_params.get("doc")
event_id = st.query_params.get("event")

with st.expander("Pick an event", expanded=not doc_id):
    if latest.empty:
        st.info("No events match the filters: widen them in the sidebar, or add articles.")
    picked = st.dataframe(latest.drop(columns=["event_id", "doc_id"]), key="source_pick", hide_index=True,
                          height=240, on_select="rerun", selection_mode="single-row",
                          column_config={"date": st.column_config.DateColumn("date", format="YYYY-MM-DD")})
    rows = picked.selection.rows if picked else []
    if rows:
        doc_id, event_id = latest["doc_id"].iloc[rows[0]], latest["event_id"].iloc[rows[0]]
if not doc_id and not latest.empty:
    doc_id, event_id = latest["doc_id"].iloc[0], latest["event_id"].iloc[0]


def show(doc_id: str, event_id: str | None) -> None:
    """The article beside its event card (no st.stop(): the sidebar is drawn after the page)."""
    view = store.document(doc_id)
    if view is None:
        st.error("This article is not in the collection (it may come from another database). "
                 "Pick an event above, or open the link on the machine it was made on.")
        return
    events = view.events
    if events.empty:
        event = None
    else:
        labels = {row.event_id: f"{row.type} · {', '.join(row.actor_names)} · "
                                f"{row.date:%Y-%m-%d}" if pd.notna(row.date) else
                                f"{row.type} · {', '.join(row.actor_names)} · no date"
                  for row in events.itertuples(index=False)}
        ids = list(labels)
        if event_id not in labels:
            event_id = ids[0]
        if len(ids) > 1:
            event_id = st.selectbox("Event in this article", ids, index=ids.index(event_id),
                                    format_func=labels.get, key=f"event_in_{doc_id}")
        event = events[events["event_id"] == event_id].iloc[0].to_dict()
    st.query_params["doc"] = doc_id
    if event is not None:
        st.query_params["event"] = event["event_id"]

    doc = view.doc
    article, card = st.columns([3, 2], gap="large")
    with article:
        st.subheader(doc.get("outlet") or "Article", anchor=False)
        marks = sourceview.marks_for_event(event, view.mentions)
        jump = '<a href="#diplo-evidence">jump to the evidence</a>' if event is not None else ""
        st.html(sourceview.page_html(sourceview.legend_html() + jump))
        with st.container(height=640, key="article_text"):
            st.html(sourceview.page_html(sourceview.article_html(doc.get("text") or "", marks,
                                                                 language=doc.get("language"),
                                                                 title=doc.get("title"))))
    with card:
        st.subheader("Event", anchor=False)
        if event is None:
            st.info("No event was found in this article.")
        else:
            st.html(sourceview.page_html(sourceview.event_card_html(event, views.reports_of(store, event))))


if doc_id:
    show(doc_id, event_id)
