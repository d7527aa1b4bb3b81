"""Charts are pure DataFrame → Figure functions: what they plot, their colours, their size."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from diplo import charts
from tests.dashboard_fixtures import many_events, sample_events

SIZE_BUDGET = 300_000


def _values(array) -> list:
    """A plotly JSON array: a list, or {'dtype', 'bdata'} for numeric arrays."""
    if isinstance(array, dict) and "bdata" in array:
        import base64
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array)


def _spec(fig) -> dict:
    return json.loads(fig.to_json())


def _points(fig) -> list[dict]:
    """Every plotted event marker: event id, x, trace name, colour, symbol."""
    out = []
    for trace in _spec(fig)["data"]:
        for i, custom in enumerate(trace.get("customdata") or []):
            out.append({"event_id": custom[0], "x": trace["x"][i], "name": trace["name"],
                        "colour": trace["marker"]["color"], "symbol": trace["marker"]["symbol"]})
    return out


def test_seed_call_sits_in_the_calls_lane_on_its_date():
    fig = charts.timeline_figure(sample_events())
    point = next(p for p in _points(fig) if p["event_id"] == "ev-call-1")
    assert point["x"] == "2022-03-22"
    assert point["name"].startswith("Calls")
    assert point["colour"] == charts.TYPE_COLOURS["call"]


def test_default_lanes_are_calls_meetings_sanctions_and_others_come_on_demand():
    fig = charts.timeline_figure(sample_events())
    plotted = {p["event_id"] for p in _points(fig)}
    assert "ev-stat-1" not in plotted
    assert {"ev-call-1", "ev-meet-1", "ev-sanc-1"} <= plotted
    with_statements = charts.timeline_figure(sample_events(), types=("call", "statement"))
    assert "ev-stat-1" in {p["event_id"] for p in _points(with_statements)}
    assert _spec(with_statements)["layout"]["yaxis"]["ticktext"] == ["Calls", "Statements"]


@pytest.mark.parametrize("event_id, symbol", [
    ("ev-meet-1", "circle"),         # happened
    ("ev-meet-3", "circle-open"),    # planned
    ("ev-meet-4", "x-thin-open"),    # cancelled
])
def test_planned_and_cancelled_events_are_drawn_differently(event_id, symbol):
    point = next(p for p in _points(charts.timeline_figure(sample_events())) if p["event_id"] == event_id)
    assert point["symbol"] == symbol


def test_undated_events_are_left_off_the_timeline():
    fig = charts.timeline_figure(sample_events(), types=("aid",))
    assert _points(fig) == []


def test_hover_shows_actors_date_and_escaped_evidence():
    events = sample_events()
    events.loc[events["event_id"] == "ev-call-2", "evidence_text"] = "<script>alert(1)</script> Macron called"
    fig = charts.timeline_figure(events)
    texts = [t for trace in _spec(fig)["data"] for t in (trace.get("text") or [])]
    hover = next(t for t in texts if "Macron called" in t)
    assert "Emmanuel Macron, Vladimir Putin" in hover and "05 March 2022" in hover
    assert "<script>" not in hover and "&lt;script&gt;" in hover


def test_same_day_events_in_one_lane_do_not_overlap():
    spec = _spec(charts.timeline_figure(sample_events()))
    ys = []
    for trace in spec["data"]:
        for x, y, c in zip(trace.get("x") or [], _values(trace.get("y") or []), trace.get("customdata") or []):
            if x == "2022-03-22":
                ys.append(y)
    assert len(ys) == 2 and abs(ys[0] - ys[1]) >= 0.1


def test_type_colours_are_fixed_and_distinct():
    assert len(set(charts.TYPE_COLOURS.values())) == len(charts.TYPE_COLOURS)
    for event_type in ("call", "meeting", "sanctions"):
        fig = charts.timeline_figure(sample_events(), types=(event_type,))
        colours = {t["marker"]["color"] for t in _spec(fig)["data"] if t.get("customdata")}
        assert colours == {charts.TYPE_COLOURS[event_type]}


@pytest.mark.parametrize("n", [1_000, 50_000, 1_000_000])
def test_many_events_are_aggregated_and_the_figure_stays_small(n):
    events = many_events(n)
    fig = charts.timeline_figure(events, types=tuple(charts.TYPE_COLOURS))
    assert charts.figure_bytes(fig) < SIZE_BUDGET
    spec = _spec(fig)
    total = sum(sum(_values(t["y"])) for t in spec["data"] if t["type"] == "bar")
    assert total == n   # every event is counted once, none dropped by the aggregation


def test_detail_view_under_the_limit_stays_small():
    events = many_events(charts.DETAIL_LIMIT)
    fig = charts.timeline_figure(events, types=tuple(charts.TYPE_COLOURS))
    assert len(_points(fig)) == charts.DETAIL_LIMIT
    assert charts.figure_bytes(fig) < SIZE_BUDGET


@pytest.mark.parametrize("days, n_series, freq", [
    (30, 3, "D"), (2000, 3, "W"), (3000, 22, "M"), (365 * 400, 22, "Y"),
])
def test_bucket_frequency_keeps_the_number_of_markers_bounded(days, n_series, freq):
    first = pd.Timestamp("2020-01-01")
    assert charts.bucket_frequency(first, first + pd.Timedelta(days=days), n_series) == freq


def test_entity_bars_are_sorted_coloured_by_kind_and_carry_the_name():
    counts = pd.DataFrame({"name": ["Vladimir Putin", "Russia", "NATO", "Emmanuel Macron"],
                           "kind": ["person", "country", "organization", "person"],
                           "country": ["RUS", "RUS", None, "FRA"], "count": [9, 12, 3, 7]})
    spec = _spec(charts.entity_figure(counts))
    assert spec["layout"]["yaxis"]["categoryarray"] == ["NATO", "Emmanuel Macron", "Vladimir Putin", "Russia"]
    by_kind = {t["name"]: t for t in spec["data"]}
    assert by_kind["person"]["marker"]["color"] == charts.KIND_COLOURS["person"]
    assert by_kind["person"]["customdata"] == [["Vladimir Putin"], ["Emmanuel Macron"]]
    assert _values(by_kind["country"]["x"]) == [12]


@pytest.mark.parametrize("n, text", [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (8, "8th"), (11, "11th"),
                                     (12, "12th"), (13, "13th"), (21, "21st"), (22, "22nd"), (101, "101st")])
def test_ordinal(n, text):
    assert charts.ordinal(n) == text


def test_pair_history_counts_each_real_call_once_since_a_date():
    events = sample_events()
    # the same 22 March call reported by a second outlet: one group, counted once
    extra = events[events["event_id"] == "ev-call-1"].assign(event_id="ev-call-1b", outlet="Other")
    events = pd.concat([events, extra], ignore_index=True)
    history = charts.pair_history(events, "Emmanuel Macron", "Vladimir Putin", since=pd.Timestamp("2022-02-24").date())
    calls = history[history["type"] == "call"]
    assert calls["date"].dt.strftime("%Y-%m-%d").tolist() == ["2022-03-05", "2022-03-22"]
    assert calls["label"].tolist() == ["1st call since 24 February 2022", "2nd call since 24 February 2022"]
    assert "ev-meet-4" not in set(history["event_id"])  # a cancelled meeting is not a meeting


def test_relation_figure_plots_the_running_count():
    history = charts.pair_history(sample_events(), "Emmanuel Macron", "Vladimir Putin")
    spec = _spec(charts.relation_figure(history, "Emmanuel Macron", "Vladimir Putin"))
    calls = next(t for t in spec["data"] if t["name"] == "Calls")
    assert _values(calls["y"]) == [1, 2] and calls["x"] == ["2022-03-05", "2022-03-22"]


def test_meeting_network_has_an_edge_per_pair_that_met():
    edges = charts.meeting_edges(sample_events())
    pairs = {(a, b): n for a, b, n in zip(edges["a"], edges["b"], edges["count"])}
    assert pairs[("Emmanuel Macron", "Vladimir Putin")] == 2
    assert ("Russia", "Ukraine") in pairs
    assert ("Antony Blinken", "Sergey Lavrov") not in pairs  # planned, not yet met
    fig = charts.network_figure(edges, {"Vladimir Putin": "person", "Russia": "country"})
    names = {n for t in _spec(fig)["data"] if t.get("mode") == "markers+text" for n in t["text"]}
    assert {"Vladimir Putin", "Emmanuel Macron", "Russia", "Ukraine", "Turkey"} <= names


def test_network_is_capped_and_small_with_many_actors():
    rows = [{"a": f"actor {i}", "b": f"actor {j}", "count": 1 + (i * j) % 5, "types": "1 call"}
            for i in range(120) for j in range(i + 1, min(i + 6, 120))]
    fig = charts.network_figure(pd.DataFrame(rows), max_nodes=40)
    names = [n for t in _spec(fig)["data"] if t.get("mode") == "markers+text" for n in t["text"]]
    assert len(names) == 40
    assert charts.figure_bytes(fig) < SIZE_BUDGET


def test_spring_layout_is_deterministic_and_inside_the_frame():
    nodes = ["a", "b", "c", "d"]
    edges = [("a", "b", 3), ("b", "c", 1), ("c", "d", 1)]
    first = charts.spring_layout(nodes, edges)
    assert first == charts.spring_layout(nodes, edges)
    assert all(-1.0001 <= v <= 1.0001 for xy in first.values() for v in xy)
    assert len({xy for xy in first.values()}) == 4


@pytest.mark.parametrize("n", [590, 5_000])
def test_relation_figure_of_a_busy_pair_stays_small(n):
    events = many_events(n)
    events["type"], events["modality"] = "call", "asserted"
    events["date"] = pd.Timestamp("2010-01-01") + pd.to_timedelta(range(n), unit="D")
    events["actor_names"] = [["Emmanuel Macron", "Vladimir Putin"]] * n
    history = charts.pair_history(events, "Emmanuel Macron", "Vladimir Putin")
    assert len(history) == n
    fig = charts.relation_figure(history, "Emmanuel Macron", "Vladimir Putin")
    assert charts.figure_bytes(fig) < SIZE_BUDGET


def test_a_few_stray_early_dates_do_not_squeeze_the_timeline():
    events = many_events(400)
    events["type"] = "call"
    events.loc[:2, "date"] = pd.Timestamp("1967-06-04")
    spec = _spec(charts.timeline_figure(events))
    start, end = spec["layout"]["xaxis"]["range"]
    assert start > "2021" and end > "2025"
    assert any("3 earlier events" in a["text"] for a in spec["layout"]["annotations"])
    assert "range" not in _spec(charts.timeline_figure(many_events(400)))["layout"]["xaxis"]


