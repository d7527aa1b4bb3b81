"""Relations: two actors' calls and meetings over time with a running count, and who met whom."""
from datetime import date

import streamlit as st

from diplo import charts, sourceview, ui

filters = ui.current_filters()

st.header("Relations")
labels = ui.actor_labels()
names = list(labels)


def label(name: str) -> str:
    return labels.get(name, name)


def pick(key: str, fallback: str) -> str:
    wanted = st.query_params.get(key)
    return wanted if wanted in names else fallback


if len(names) < 2:
    st.info("Two actors are needed: add articles first.")
else:
    default_a = pick("a", "Emmanuel Macron" if "Emmanuel Macron" in names else names[0])
    default_b = pick("b", "Vladimir Putin" if "Vladimir Putin" in names else next(n for n in names if n != default_a))
    one, two, three = st.columns([2, 2, 1])
    actor_a = one.selectbox("First actor", names, index=names.index(default_a), format_func=label, key="rel_a")
    actor_b = two.selectbox("Second actor", names, index=names.index(default_b), format_func=label, key="rel_b")
    since_default = ui.pair_since(filters, actor_a, actor_b)
    if st.query_params.get("since"):
        try:
            since_default = date.fromisoformat(st.query_params["since"])
        except ValueError:
            pass
    # keyed by the pair: picking other actors starts their count at their own default
    since = three.date_input("Count since", value=since_default, key=f"rel_since_{actor_a}_{actor_b}",
                             format="YYYY-MM-DD")
    st.query_params["a"], st.query_params["b"] = actor_a, actor_b
    if since:
        st.query_params["since"] = since.isoformat()

    if actor_a == actor_b:
        st.warning("Pick two different actors.")
    else:
        history = ui.pair(filters, actor_a, actor_b, since)
        calls, meetings = history[history["type"] == "call"], history[history["type"] == "meeting"]
        if history.empty:
            st.info(f"No call or meeting between {actor_a} and {actor_b} since {since:%d %B %Y} "
                    "in the filtered events.")
        else:
            parts = []
            for frame, noun in ((calls, "call"), (meetings, "meeting")):
                if len(frame):
                    last = frame.iloc[-1]
                    parts.append(f"**{len(frame)} {noun}{'s' * (len(frame) != 1)}** (the last on "
                                 f"{last['date']:%d %B %Y}: the {last['label']})")
            st.markdown(f"{actor_a} and {actor_b}: " + " and ".join(parts) + ".")
            st.plotly_chart(charts.relation_figure(history, actor_a, actor_b), key="relation_chart",
                            config=ui.chart_config("diplo-relation"))
            # evidence sentences in full and in their own direction (a data grid cuts Arabic at the cell's edge)
            with st.container(height=460 if len(history) > 6 else "content", key="relation_table"):
                st.html(sourceview.page_html(sourceview.contacts_table_html(history)))

st.subheader("Who met whom", anchor=False)
st.caption("Calls, meetings and visits that happened, in the filtered events; thicker lines mean more contacts.")
network, edges, note = ui.network(filters)
st.plotly_chart(network, key="network_chart", config=ui.chart_config("diplo-network"))
if note:
    st.caption(note)
