"""Every page through Streamlit's AppTest: set widgets, then assert what is plotted (decoded figure spec)
and what is shown."""
from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from diplo import ui
from diplo.store import EventStore
from tests.conftest_pages import bundled_db, fixture_db, writable_db  # noqa: F401 (pytest fixtures)

DASHBOARD = str(Path(__file__).resolve().parents[1] / "dashboard.py")


def app(db, monkeypatch, params: dict | None = None) -> AppTest:
    monkeypatch.setenv("DIPLO_DB", str(db))
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def run(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, at.exception
    return at


def figure(at: AppTest, key: str) -> dict:
    for element in at.get("plotly_chart"):
        if element.proto.id and key in element.proto.id or getattr(element, "key", None) == key:
            return json.loads(element.proto.spec)
    for element in at.get("plotly_chart"):   # keys are part of the element id in Streamlit 1.67
        if key in element.proto.form_id or key in str(element.proto):
            return json.loads(element.proto.spec)
    raise AssertionError(f"no chart {key!r}")


def values(array) -> list:
    if isinstance(array, dict) and "bdata" in array:
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array)


def timeline_points(at: AppTest) -> list[dict]:
    """Plotted events of the overview timeline: event id, doc id, day, lane label."""
    spec = figure(at, "timeline")
    lanes = dict(zip(spec["layout"]["yaxis"]["tickvals"], spec["layout"]["yaxis"]["ticktext"]))
    points = []
    for trace in spec["data"]:
        for x, y, custom in zip(trace.get("x") or [], values(trace.get("y") or []), trace.get("customdata") or []):
            points.append({"event_id": custom[0], "doc_id": custom[1], "day": x, "lane": lanes[round(y)]})
    return points


def param(at: AppTest, key: str) -> list[str]:
    """A URL query parameter after the run, as a list (AppTest gives one value as a str)."""
    value = at.query_params.get(key, [])
    return [value] if isinstance(value, str) else list(value)


def html_of(at: AppTest) -> str:
    return "\n".join(element.proto.body for element in at.get("html"))


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def chart_keys(at: AppTest) -> list[str]:
    """The keys of the plotly charts on the page, in order (a chart's key is part of its element id)."""
    return [next((k for k in ("timeline", "entity_chart", "relation_chart", "network_chart", "export_")
                  if k in element.proto.id), element.proto.id) for element in at.get("plotly_chart")]


def painted(at: AppTest) -> AppTest:
    """What the browser does once it has painted the first chart of the session: say so, and rerun."""
    at.session_state[ui.PAINTED] = True
    return run(at)


# ---- overview -------------------------------------------------------------------------------------

def test_seed_call_sits_on_22_march_in_the_calls_lane(bundled_db, monkeypatch):
    at = app(bundled_db, monkeypatch, {"actor": ["Emmanuel Macron", "Vladimir Putin"], "match": "all"})
    store = EventStore(bundled_db, read_only=True)
    seed_doc = next(d for d in store.documents()["doc_id"]
                    if "ثامن مكالمة" in store.document(d).doc["text"])
    seed_points = [p for p in timeline_points(at) if p["doc_id"] == seed_doc or p["day"] == "2022-03-22"]
    assert any(p["day"] == "2022-03-22" and p["lane"] == "Calls" for p in seed_points), seed_points


def test_charts_keep_their_identity_between_runs(fixture_db, monkeypatch):
    # the first run computes the charts, the second takes them from the cache: a chart whose JSON changed
    # would get a new widget id and Streamlit would drop the click that triggered the run
    at = app(fixture_db, monkeypatch, {"actor": "Olaf Scholz"})
    first = [(e.proto.id, e.proto.spec) for e in at.get("plotly_chart")]
    run(at)
    assert [(e.proto.id, e.proto.spec) for e in at.get("plotly_chart")] == first


def test_headline_counts_of_the_fixture(fixture_db, monkeypatch):
    at = app(fixture_db, monkeypatch)
    # the 22 March call is reported twice and counts once; a denied meeting is not counted
    assert metrics(at) == {"Events": "7", "Calls": "4", "Meetings & summits": "2", "Sanctions": "1",
                           "Actors": "10", "Articles": "4"}


def test_default_lanes_and_planned_and_cancelled_markers(fixture_db, monkeypatch):
    at = app(fixture_db, monkeypatch)
    spec = figure(at, "timeline")
    assert spec["layout"]["yaxis"]["ticktext"] == ["Calls", "Meetings & summits", "Sanctions"]
    symbols = {t["name"]: t["marker"]["symbol"] for t in spec["data"] if t.get("customdata")}
    assert symbols["Meetings & summits (planned)"] == "circle-open"
    assert symbols["Meetings & summits (cancelled or denied)"] == "x-thin-open"
    assert symbols["Calls (happened)"] == "circle"
    calls = [p for p in timeline_points(at) if p["lane"] == "Calls"]
    assert sorted(p["day"] for p in calls) == ["2022-03-05", "2022-03-10", "2022-03-22", "2022-03-22"]


def test_filtering_to_putin_leaves_only_events_with_putin(fixture_db, monkeypatch):
    at = app(fixture_db, monkeypatch)
    at.multiselect(key="f_actors").set_value(["Vladimir Putin"])
    run(at)
    store = EventStore(fixture_db, read_only=True)
    actors = {row.event_id: row.actor_names for row in store.events().itertuples()}
    plotted = timeline_points(at)
    assert plotted and all("Vladimir Putin" in actors[p["event_id"]] for p in plotted)
    assert param(at, "actor") == ["Vladimir Putin"]
    assert metrics(at)["Calls"] == "3"


def test_query_parameters_restore_the_filters(fixture_db, monkeypatch):
    at = app(fixture_db, monkeypatch, {"actor": "Joe Biden", "type": ["call"], "from": "2022-03-01",
                                        "to": "2022-03-31", "planned": "0", "lang": "en"})
    assert at.multiselect(key="f_actors").value == ["Joe Biden"]
    assert at.multiselect(key="f_types").value == ["call"]
    assert at.multiselect(key="f_languages").value == ["en"]
    assert at.toggle(key="f_planned").value is False
    assert [str(d) for d in at.date_input(key="f_dates").value] == ["2022-03-05", "2022-03-31"]
    assert [p["day"] for p in timeline_points(at)] == ["2022-03-10"]


def test_unknown_values_in_the_url_are_ignored(fixture_db, monkeypatch):
    at = app(fixture_db, monkeypatch, {"actor": ["Nobody", "NATO"], "type": "picnic", "from": "not-a-date"})
    assert at.multiselect(key="f_actors").value == ["NATO"]
    assert at.multiselect(key="f_types").value == []


def test_reset_clears_the_filters_and_the_url(fixture_db, monkeypatch):
    at = app(fixture_db, monkeypatch, {"actor": "Joe Biden", "type": "call"})
    next(b for b in at.button if b.label == "Reset filters").click()
    run(at)
    assert at.multiselect(key="f_actors").value == []
    assert "actor" not in at.query_params and "type" not in at.query_params
    assert metrics(at)["Events"] == "7"


def test_other_lanes_on_demand(fixture_db, monkeypatch):
    at = app(fixture_db, monkeypatch)
    at.button_group(key="lanes").set_value(["call", "sanctions"])
    run(at)
    assert figure(at, "timeline")["layout"]["yaxis"]["ticktext"] == ["Calls", "Sanctions"]


def test_clicking_a_timeline_point_opens_its_source(fixture_db, monkeypatch):
    at = app(fixture_db, monkeypatch)
    point = next(p for p in timeline_points(at) if p["day"] == "2022-03-10")
    at.session_state["timeline"] = {"selection": {"points": [
        {"curve_number": 0, "point_index": 0, "x": point["day"], "y": 2,
         "customdata": {"0": point["event_id"], "1": point["doc_id"]}}], "box": [], "lasso": []}}
    run(at)
    assert param(at, "event") == [point["event_id"]] and param(at, "doc") == [point["doc_id"]]
    page = html_of(at)
    assert 'class="dm-evidence' in page and "US President" in page
    assert "Event" in [s.value for s in at.subheader]


def test_entity_chart_waits_until_the_browser_has_painted_the_timeline(fixture_db, monkeypatch):
    at = app(fixture_db, monkeypatch)
    assert chart_keys(at) == ["timeline"]
    assert "Loading the top entities…" in [c.value for c in at.caption]
    assert metrics(at)["Events"] == "7"
    painted(at)
    assert chart_keys(at) == ["timeline", "entity_chart"]
    assert "Loading the top entities…" not in [c.value for c in at.caption]
    run(at)      # later runs of the session (a filter change) draw it at once
    at.multiselect(key="f_actors").set_value(["NATO"])
    run(at)
    assert chart_keys(at) == ["timeline", "entity_chart"]


def test_clicking_an_entity_bar_filters_to_it(fixture_db, monkeypatch):
    at = painted(app(fixture_db, monkeypatch))
    spec = figure(at, "entity_chart_0")
    names = [c[0] for trace in spec["data"] for c in trace.get("customdata") or []]
    assert "NATO" in names
    at.session_state["entity_chart_0"] = {"selection": {"points": [
        {"curve_number": 0, "point_index": 0, "x": 1, "y": "NATO", "customdata": {"0": "NATO"}}],
        "box": [], "lasso": []}}
    run(at)
    assert at.multiselect(key="f_actors").value == ["NATO"]
    assert metrics(at)["Events"] == "1"
    assert param(at, "actor") == ["NATO"]
    run(at)   # the click is handled once: the next run keeps the filter and does not loop
    assert at.multiselect(key="f_actors").value == ["NATO"]


def test_entity_chart_by_mentions(fixture_db, monkeypatch):
    at = painted(app(fixture_db, monkeypatch))
    at.button_group(key="entity_by").set_value("mentions")
    run(at)
    spec = figure(at, "entity_chart_0")
    assert spec["layout"]["xaxis"]["title"]["text"] == "number of mentions"


# ---- every page -----------------------------------------------------------------------------------

# pages drawn with nothing to show: the filters are drawn after the page, and must still be there
NOTHING_TO_SHOW = [
    ("pages/article.py", {"actor": "NATO", "type": "visit"}),     # no event matches: no article to open
    ("pages/ingest.py", {"actor": "NATO"}),                       # nothing uploaded or pasted yet
    ("pages/pairs.py", {"actor": "NATO"}),
    ("pages/downloads.py", {"actor": "NATO"}),
]


@pytest.mark.parametrize("page,params", NOTHING_TO_SHOW, ids=[p for p, _ in NOTHING_TO_SHOW])
def test_the_filters_stay_on_a_page_with_nothing_to_show(fixture_db, monkeypatch, page, params):
    at = app(fixture_db, monkeypatch, params)
    counts = metrics(at)
    assert counts["Events"] in ("0", "1")
    at.switch_page(page)
    run(at)
    assert at.multiselect(key="f_actors").value == ["NATO"]
    assert any(b.label == "Reset filters" for b in at.button)
    at.switch_page("pages/timeline.py")     # and the filters still apply when going back
    run(at)
    assert at.multiselect(key="f_actors").value == ["NATO"] and metrics(at) == counts


# ---- source ---------------------------------------------------------------------------------------

def _source(db, monkeypatch, needle: str) -> AppTest:
    store = EventStore(db, read_only=True)
    events = store.events()
    row = events[events["evidence_text"].str.contains(needle)].iloc[0]
    return app(db, monkeypatch, {"doc": row["doc_id"], "event": row["event_id"]}), row


def test_source_page_of_an_arabic_report(fixture_db, monkeypatch):
    at, row = _source(fixture_db, monkeypatch, "أن ماكرون تحدث")
    at.switch_page("pages/article.py")
    run(at)
    page = html_of(at)
    assert 'dir="rtl" lang="ar"' in page
    assert "الثلاثاء → 2022-03-22, the Tuesday before publication on 2022-03-23" in re.sub(r"<[^>]+>", "", page)
    assert "2 reports of this event" in page and "الوسط اليوم" in page and "الحقيقة نت" in page
    assert 'href="javascript:' not in page          # the second report's URL is not http(s): no link
    evidence = page.split('id="diplo-evidence"')[1]
    assert "أن ماكرون" in evidence.split("</span>")[0] or "ماكرون" in evidence
    for kind in ("dm-actor", "dm-trigger", "dm-date"):
        assert kind in page


def test_source_page_shows_hostile_html_as_text(fixture_db, monkeypatch):
    at, row = _source(fixture_db, monkeypatch, "US President Joe Biden")
    at.switch_page("pages/article.py")
    run(at)
    page = html_of(at)
    assert "<script>" not in page and "<img" not in page
    text = re.sub(r"<[^>]+>", "", page)   # the article's characters, across the highlight spans
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in text
    assert "&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;" in text


# ---- relations ------------------------------------------------------------------------------------

def test_relations_running_count_of_macron_and_putin(fixture_db, monkeypatch):
    at = app(fixture_db, monkeypatch)
    at.switch_page("pages/pairs.py")
    run(at)
    assert at.selectbox(key="rel_a").value == "Emmanuel Macron"
    assert at.selectbox(key="rel_b").value == "Vladimir Putin"
    text = " ".join(m.value for m in at.markdown)
    assert "**2 calls**" in text and "2nd call since 24 February 2022" in text
    spec = figure(at, "relation_chart")
    calls = next(t for t in spec["data"] if t["name"] == "Calls")
    assert calls["x"] == ["2022-03-05", "2022-03-22"] and values(calls["y"]) == [1, 2]
    table = html_of(at).split('class="diplo-contacts"')[1]
    rows = [re.sub(r"<[^>]+>", "|", row) for row in table.split("<tr>")[2:]]
    assert [[c for c in row.split("|") if c][:3] for row in rows] == [
        ["2022-03-05", "Call", "1st call since 24 February 2022"],
        ["2022-03-22", "Call", "2nd call since 24 February 2022"]]
    assert 'class="diplo-sentence" dir="rtl" lang="ar"' in table     # the Arabic report reads right to left
    network = figure(at, "network_chart")
    nodes = {n for t in network["data"] if t.get("mode") == "markers+text" for n in t["text"]}
    assert {"Emmanuel Macron", "Vladimir Putin", "Joe Biden", "Volodymyr Zelensky"} <= nodes
    assert "Sergey Lavrov" not in nodes          # their meeting is only planned


def test_relations_pair_from_the_url(fixture_db, monkeypatch):
    at = app(fixture_db, monkeypatch, {"a": "Joe Biden", "b": "Volodymyr Zelensky", "since": "2022-01-01"})
    at.switch_page("pages/pairs.py")
    run(at)
    text = " ".join(m.value for m in at.markdown)
    assert "1st call since 1 January 2022" in text


# ---- add articles ---------------------------------------------------------------------------------

def test_pasted_article_is_previewed_then_added(writable_db, monkeypatch):
    at = app(writable_db, monkeypatch)
    at.switch_page("pages/ingest.py")
    run(at)
    text = ("Erdogan hosts talks – Test Courier\n\nANKARA, March 10, 2022 - Turkish President Recep Tayyip Erdogan "
            "met Sergey Lavrov in Antalya on Thursday. <script>window.__pwned = 3</script>")
    at.text_area(key="add_text").input(text)
    run(at)
    page = html_of(at)
    assert "&lt;script&gt;" in page and "<script>" not in page
    assert "dm-evidence" in page or "0 events" in " ".join(e.label for e in at.expander)
    before = EventStore(writable_db, read_only=True).count_events()
    next(b for b in at.button if b.label.startswith("Add 1 article")).click()
    run(at)
    assert any("Added 1 article" in s.value for s in at.success)
    store = EventStore(writable_db, read_only=True)
    assert store.count_events() >= before
    assert len(store.documents()) == 5


# ---- export ---------------------------------------------------------------------------------------

def test_export_page_offers_every_download(fixture_db, monkeypatch):
    at = app(fixture_db, monkeypatch, {"actor": "Vladimir Putin"})
    at.switch_page("pages/downloads.py")
    run(at)
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels.count("PNG") == 3 and labels.count("SVG") == 3 and labels.count("PDF") == 3
    assert {"Events as CSV", "Events as JSON", "Report bundle (.zip)"} <= set(labels)
    citation = at.code[0].value
    assert "Filters: actors: Vladimir Putin." in citation and "Data hash (SHA-256 of events.csv)" in citation


def test_export_without_chromium_says_how_to_install_it(fixture_db, monkeypatch, tmp_path):
    import streamlit as st
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-browser"))
    st.cache_resource.clear()
    try:
        at = app(fixture_db, monkeypatch)
        at.switch_page("pages/downloads.py")
        run(at)
        assert any("apt-get install" in w.value for w in at.warning)
        buttons = {b.proto.label: b.proto for b in at.get("download_button")}
        assert buttons["PNG"].disabled and not buttons["Events as CSV"].disabled
    finally:
        monkeypatch.delenv("BROWSER_PATH")
        st.cache_resource.clear()


def test_a_database_that_is_not_diplos_is_explained_not_overwritten(tmp_path, monkeypatch):
    import duckdb
    foreign = tmp_path / "other.duckdb"
    with duckdb.connect(str(foreign)) as con:
        con.execute("CREATE TABLE payroll (name VARCHAR, salary INTEGER)")
    before = foreign.read_bytes()
    monkeypatch.setenv("DIPLO_DB", str(foreign))
    at = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    assert not at.exception
    assert any("cannot be opened" in e.value and "not a diplo one" in e.value for e in at.error)
    assert foreign.read_bytes() == before


def test_uploaded_files_are_previewed_with_problems_reported(writable_db, monkeypatch):
    at = app(writable_db, monkeypatch)
    at.switch_page("pages/ingest.py")
    run(at)
    article = ("Blinken in Ankara – Test Courier\n\nANKARA, March 10, 2022 - Antony Blinken met Recep Tayyip "
               "Erdogan in Ankara on Thursday.").encode()
    at.get("file_uploader")[0].set_value([("blinken.txt", article, "text/plain"),
                                          ("empty.txt", b"", "text/plain")])
    run(at)
    assert any("empty.txt" in w.value for w in at.warning)
    assert "Blinken in Ankara" in " ".join(e.label for e in at.expander)
    assert "dm-actor" in html_of(at)
    assert any(b.label == "Add 1 article to the collection" for b in at.button)


def test_an_article_from_a_web_address(writable_db, monkeypatch, tmp_path):
    import threading
    from functools import partial
    from http.server import HTTPServer, SimpleHTTPRequestHandler

    (tmp_path / "article.html").write_text(
        "<html><head><title>Scholz calls Putin – Web Wire</title>"
        "<meta property='article:published_time' content='2022-03-22T10:00:00+00:00'></head>"
        "<body><nav>menu</nav><article><p>BERLIN, March 22 - German Chancellor Olaf Scholz spoke by phone with "
        "Vladimir Putin on Tuesday, his office said.</p><p>They discussed a ceasefire.</p></article>"
        "<script>window.__pwned = 9</script></body></html>", encoding="utf-8")
    server = HTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        at = app(writable_db, monkeypatch)
        at.switch_page("pages/ingest.py")
        run(at)
        at.text_input(key="add_url").input(f"http://127.0.0.1:{server.server_port}/article.html")
        run(at)
        next(b for b in at.button if b.label == "Fetch").click()
        run(at)
        page = html_of(at)
        assert "Olaf Scholz" in page and "window.__pwned" not in page   # the page's script is not article text
        assert "published 2022-03-22" in " ".join(e.label for e in at.expander)
    finally:
        server.shutdown()


def test_running_count_starts_at_the_war_the_pair_is_part_of(bundled_db):
    """Macron met Putin in Moscow before the invasion; the count still starts on 24 February 2022,
    the start of the war Russia fights, not of an older war in the language data."""
    from datetime import date

    from diplo.queries import Filters
    from diplo.views import pair_since
    store = EventStore(bundled_db, read_only=True)
    assert pair_since(store, "Emmanuel Macron", "Vladimir Putin", Filters()) == date(2022, 2, 24)
