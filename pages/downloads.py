"""Export: every chart as PNG, SVG or PDF, the filtered events as CSV or JSON, and a report bundle."""
from datetime import date

import streamlit as st

from diplo import charts, export, ui
from diplo.queries import export_frame

store = ui.store()
filters = ui.current_filters()
exporter = ui.image_exporter()

st.header("Export")
st.caption(f"Everything here follows the sidebar filters: {export.describe_filters(filters)}.")
if not exporter.available:
    st.warning(exporter.problem, icon=":material/warning:")

lanes = st.session_state.get("lanes") or list(charts.DEFAULT_LANES)
by = st.session_state.get("entity_by") or "events"
figures = ui.report_figures(filters, lanes, by)
titles = {"timeline": "Timeline", "entities": "Top entities", "network": "Who met whom"}


def events_for_export():
    return export_frame(store.events(filters))


st.subheader("Charts", anchor=False)
for name, fig in figures.items():
    with st.container(border=True):
        head, *buttons = st.columns([3, 1, 1, 1], vertical_alignment="center")
        head.markdown(f"**{titles.get(name, name)}**")
        for column, fmt in zip(buttons, export.IMAGE_FORMATS):
            column.download_button(
                fmt.upper(), data=lambda fig=fig, fmt=fmt: exporter.image(fig, fmt), file_name=f"diplo-{name}.{fmt}",
                mime=export.IMAGE_FORMATS[fmt], key=f"dl_{name}_{fmt}", disabled=not exporter.available,
                on_click="ignore", icon=":material/image:", width="stretch")
        st.plotly_chart(fig, key=f"export_{name}", config=ui.chart_config(f"diplo-{name}"))

st.subheader("Events", anchor=False)
n_events = store.count_events(filters)
left, right, bundle = st.columns(3)
left.download_button("Events as CSV", data=lambda: export.events_csv(events_for_export()),
                     file_name="diplo-events.csv", mime="text/csv", key="dl_csv", on_click="ignore",
                     icon=":material/table:", width="stretch")
right.download_button("Events as JSON", data=lambda: export.events_json(events_for_export()),
                      file_name="diplo-events.json", mime="application/json", key="dl_json", on_click="ignore",
                      icon=":material/data_object:", width="stretch")
bundle.download_button(
    "Report bundle (.zip)", type="primary", key="dl_bundle", on_click="ignore", icon=":material/folder_zip:",
    data=lambda: export.report_bundle(figures, events_for_export(), filters, exporter=exporter),
    file_name=f"diplo-report-{date.today().isoformat()}.zip", mime="application/zip", width="stretch")
st.caption(f"{n_events:,} events (one row per article that reports one), in columns that join with "
           "GDELT-style data. The bundle holds every chart as PNG and SVG, the events CSV, the filters used "
           "and a citation with the data's hash and date.")
if n_events <= 50_000:
    st.code(export.citation(events_for_export(), filters), language=None)
