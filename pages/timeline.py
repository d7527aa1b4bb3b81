"""Overview: headline counts, the timeline (click a point to open its source), top entities (click a
bar to filter to it)."""
import streamlit as st

from diplo import charts, ui
from diplo.model import EVENT_TYPES

filters = ui.current_filters()

st.header("Overview")
counts = ui.counts(filters)
columns = st.columns(6)
for column, (label, key) in zip(columns, [("Events", "events"), ("Calls", "calls"),
                                          ("Meetings & summits", "meetings"), ("Sanctions", "sanctions"),
                                          ("Actors", "actors"), ("Articles", "articles")]):
    column.metric(label, f"{counts.get(key, 0):,}")

lanes = st.pills("Timeline lanes", list(EVENT_TYPES), selection_mode="multi", key="lanes",
                 default=list(charts.DEFAULT_LANES), format_func=lambda t: charts.TYPE_LABELS.get(t, t))
timeline, undated = ui.timeline(filters, lanes or charts.DEFAULT_LANES)
st.plotly_chart(timeline, key="timeline", on_select="rerun", selection_mode="points",
                config=ui.chart_config("diplo-timeline"))
notes = ["Filled: happened · open: planned · ✕: cancelled or denied. Click an event to read its source."]
if undated:
    notes.append(f"{undated:,} events without a date of their own sit at their article's date.")
st.caption(" ".join(notes))

clicked = [(ui.custom_value(p, 0), ui.custom_value(p, 1)) for p in ui.selected_points("timeline")]
clicked = [(event_id, doc_id) for event_id, doc_id in clicked if isinstance(event_id, str) and doc_id]
if clicked:
    st.switch_page(ui.PAGES["source"], query_params=ui.page_params(event=clicked[0][0], doc=clicked[0][1]))


@st.fragment
def top_entities() -> None:
    """The entity-frequency chart. It waits for the browser to paint the timeline, so the first chart of a
    session is not held up by this one; then, a click on a bar adds that entity to the actor filter
    (through ui.request_actor and a rerun of the whole page, which reads the filters before drawing)."""
    entity_key = f"entity_chart_{st.session_state.setdefault('entity_chart_n', 0)}"
    points = ui.selected_points(entity_key)
    if points:
        name = ui.custom_value(points[0]) or points[0].get("y")
        st.session_state["entity_chart_n"] += 1   # a fresh key: no stale selection on the next run
        if isinstance(name, str) and name:
            ui.request_actor(name)
            st.rerun()
    filters = ui.current_filters()
    by = st.segmented_control("Count entities by", ["events", "mentions"], default="events", key="entity_by")
    if not ui.first_chart_painted("entities_after_paint"):
        st.caption("Loading the top entities…")
        ui.entities(filters, by or "events")   # computed now, drawn on the next run
        return
    st.plotly_chart(ui.entities(filters, by or "events"), key=entity_key, on_select="rerun",
                    selection_mode="points", config=ui.chart_config("diplo-entities"))
    st.caption("Click a bar to filter to that entity. The Source page lists the events one by one.")


top_entities()
