"""Dashboard speed against the targets of the dashboard issue, measured, printed as a table.

    .venv/bin/python benchmarks/dashboard_speed.py [--events 1000000] [--big-db PATH] [--no-browser]

1. First render of the overview with the bundled data (seeds/ + data/corpus/articles/): the first-run
   build of the database, the server-side first run (Streamlit AppTest), and, with Chromium, the time
   from navigation start to the headline counts and the first chart painted, in a fresh browser profile
   (cold) and on a second visit with the same profile (warm), next to a two-element Streamlit app
   measured in the same run (what Streamlit and Chromium cost on this machine before any of ours).
2. With N synthetic events (benchmarks/synthetic.py): server-side re-run of the overview after each of a
   series of filter changes, and the largest chart any page sends to the browser.
3. Server-side PNG/SVG/PDF export per chart once the one long-lived Chromium is warm.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DASHBOARD = str(ROOT / "dashboard.py")
TARGETS = {"first_render": 3.0, "filter_rerun": 0.300, "chart_bytes": 300_000, "png": 0.5}


def app_test(db: Path):
    from streamlit.testing.v1 import AppTest
    os.environ["DIPLO_DB"] = str(db)
    return AppTest.from_file(DASHBOARD, default_timeout=300)


def timed(fn):
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def chart_sizes(at) -> list[int]:
    return [len(element.proto.spec.encode("utf-8")) for element in at.get("plotly_chart")]


def first_render(folder: Path, browser: bool) -> dict:
    from diplo.firstrun import ensure_database
    db = folder / "bundled.duckdb"
    build, _ = timed(lambda: ensure_database(db))
    at = app_test(db)
    server, _ = timed(at.run)
    assert not at.exception, at.exception
    result = {"build": build, "server": server, "browser": None}
    if browser:
        result["browser"] = browser_first_render(db)
    return result


BASELINE_APP = """import plotly.graph_objects as go
import streamlit as st
st.metric("events", 1)
st.plotly_chart(go.Figure(go.Scatter(x=[1, 2], y=[1, 2])))
"""


def browser_first_render(db: Path, rounds: int = 5) -> dict | None:
    """The overview and a two-element Streamlit app (the floor that Streamlit + Chromium set on this
    machine), both served at once and visited in turns so that other load on the machine hits both alike.

    Each round opens a fresh browser profile (cold: nothing cached) and visits the app twice: the first
    visit is a cold first render, the second a warm one (Streamlit's scripts from the browser cache, a new
    session on the server). Times are the page's own, in seconds from navigation start to: the app shell,
    the headline counts painted, the first chart painted. Medians over the rounds; one visit per app
    before the rounds warms the server processes (imports), as the first user of a server would."""
    from contextlib import ExitStack

    from playwright.sync_api import sync_playwright

    from tests.browser.harness import PAINT_MARKS_JS, chromium_path, launch_browser, paint_marks, streamlit_server
    if chromium_path() is None:
        return None
    baseline = db.with_name("baseline_app.py")
    baseline.write_text(BASELINE_APP)
    apps = {"overview": None, "baseline": baseline}
    marks: dict[str, dict[str, list[dict]]] = {name: {"cold": [], "warm": []} for name in apps}
    with ExitStack() as stack, sync_playwright() as p:
        urls = {name: stack.enter_context(streamlit_server(db, script=script)) for name, script in apps.items()}
        browser = launch_browser(p)

        def visit(context, url: str) -> dict:
            page = context.new_page()
            page.add_init_script(PAINT_MARKS_JS)
            page.goto(url)
            seen = paint_marks(page)
            page.close()
            return seen

        for url in urls.values():
            context = browser.new_context()
            visit(context, url)
            context.close()
        for _ in range(rounds):
            for name, url in urls.items():
                context = browser.new_context(viewport={"width": 1280, "height": 800})
                marks[name]["cold"].append(visit(context, url))
                marks[name]["warm"].append(visit(context, url))
                context.close()
        browser.close()

    def median(runs: list[dict], key: str) -> float | None:
        values = [run[key] / 1000 for run in runs if key in run]
        return statistics.median(values) if values else None

    return {name: {visit: {key: median(runs, key) for key in ("shell", "counts", "chart")}
                   for visit, runs in by_visit.items()}
            for name, by_visit in marks.items()}


FILTER_CHANGES = [   # (widget kind, key, value) applied one after the other
    ("multiselect", "f_actors", ["Vladimir Putin"]),
    ("multiselect", "f_types", ["call", "meeting"]),
    ("multiselect", "f_actors", ["Vladimir Putin", "Emmanuel Macron"]),
    ("multiselect", "f_languages", ["ar"]),
    ("multiselect", "f_types", []),
    ("multiselect", "f_actors", ["Joe Biden"]),
    ("toggle", "f_planned", False),
    ("multiselect", "f_actors", []),
]


def big_store(path: Path, events: int) -> Path:
    if path.exists():
        return path
    from benchmarks.synthetic import build
    print(f"building a synthetic store of {events:,} events at {path} …", flush=True)
    seconds, _ = timed(lambda: build(path, events))
    print(f"  built in {seconds:.1f} s", flush=True)
    return path


class StoreClock:
    """Adds up the time spent inside EventStore's public read methods (the database's share of a re-run)."""

    METHODS = ("counts", "count_events", "daily_counts", "grouped_events", "entity_counts", "events", "actors",
               "outlets", "date_bounds", "document")

    def __init__(self):
        from diplo.store import EventStore
        self.seconds = 0.0
        for name in self.METHODS:
            original = getattr(EventStore, name)

            def wrapper(*args, _original=original, **kwargs):
                started = time.perf_counter()
                try:
                    return _original(*args, **kwargs)
                finally:
                    self.seconds += time.perf_counter() - started
            setattr(EventStore, name, wrapper)

    def take(self) -> float:
        seconds, self.seconds = self.seconds, 0.0
        return seconds


def filter_reruns(db: Path) -> dict:
    clock = StoreClock()
    at = app_test(db)
    first, _ = timed(at.run)
    assert not at.exception, at.exception
    timings = []
    for kind, key, value in FILTER_CHANGES:
        widget = getattr(at, kind)(key=key)
        if kind == "toggle":
            widget.set_value(value)
        else:
            widget.set_value(value)
        clock.take()
        seconds, _ = timed(at.run)
        assert not at.exception, at.exception
        timings.append((f"{key}={value}", seconds, clock.take()))
    sizes = {"overview": max(chart_sizes(at), default=0)}
    for name, page in (("relations", "pages/pairs.py"), ("export", "pages/downloads.py")):
        at.switch_page(page)
        at.run()
        assert not at.exception, at.exception
        sizes[name] = max(chart_sizes(at), default=0)
    return {"first": first, "reruns": timings, "sizes": sizes}


def exports(db: Path) -> dict:
    from diplo import views
    from diplo.charts import DEFAULT_LANES
    from diplo.export import ImageExporter
    from diplo.queries import Filters
    from diplo.store import EventStore
    exporter = ImageExporter()
    if not exporter.available:
        return {"problem": exporter.problem}
    exporter.start()
    store = EventStore(db, read_only=True)
    figures = views.report_figures(store, Filters(), DEFAULT_LANES)
    result = {}
    try:
        exporter.image(figures["timeline"], "png")           # warm: starts Chromium
        for fmt in ("png", "svg", "pdf"):
            runs = [timed(lambda fig=fig: exporter.image(fig, fmt))[0] for fig in figures.values() for _ in range(3)]
            result[fmt] = statistics.median(runs), max(runs)
    finally:
        exporter.stop()
    return result


def verdict(value: float | None, target: float) -> str:
    if value is None:
        return "n/a"
    return "ok" if value <= target else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--big-db", type=Path, help="a synthetic store to reuse (built there when missing)")
    parser.add_argument("--no-browser", action="store_true", help="skip the browser measurement")
    parser.add_argument("--first-render-only", action="store_true",
                        help="measure only the first render (section 1) and stop")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    import logging
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="diplo-bench-") as tmp:
        folder = Path(tmp)
        print("1. first render with the bundled data", flush=True)
        first = first_render(folder, browser=not args.no_browser)
        print(f"   first-run database build        {first['build']:7.2f} s")
        print(f"   overview, server first run      {first['server']:7.2f} s   target < {TARGETS['first_render']} s: "
              f"{verdict(first['server'], TARGETS['first_render'])}")
        if first["browser"] is not None:
            browser = first["browser"]
            print("   in Chromium, seconds from navigation start (median of 5 rounds, both apps in turns):")
            print("                                    shell   counts  1st chart")
            for name, label in (("overview", "overview"), ("baseline", "2-element Streamlit app")):
                for visit in ("cold", "warm"):
                    row = browser[name][visit]
                    cells = "  ".join(f"{row[k]:6.2f}" if row[k] is not None else "     -"
                                      for k in ("shell", "counts", "chart"))
                    print(f"   {label + ', ' + visit:<30s} {cells}")
            for visit in ("cold", "warm"):
                seconds = browser["overview"][visit]["chart"]
                floor = browser["baseline"][visit]["chart"]
                print(f"   overview first chart, {visit}      {seconds:7.2f} s   target < {TARGETS['first_render']} s: "
                      f"{verdict(seconds, TARGETS['first_render'])}   ({seconds - floor:+.2f} s over the "
                      "2-element app: ours)")
        if args.first_render_only:
            print(json.dumps({"first_render": first}, default=str))
            return 0
        big = big_store(args.big_db or folder / f"synthetic-{args.events}.duckdb", args.events)
        print(f"2. {args.events:,} events: overview re-run after a filter change (server side)", flush=True)
        result = filter_reruns(big)
        print(f"   first run (cold caches)         {result['first']:7.2f} s")
        for label, seconds, in_store in result["reruns"]:
            print(f"   {label:<46s} {1000 * seconds:7.0f} ms  (store queries {1000 * in_store:4.0f} ms)")
        reruns = [s for _, s, _ in result["reruns"]]
        print(f"   median {1000 * statistics.median(reruns):.0f} ms, max {1000 * max(reruns):.0f} ms   target < "
              f"{1000 * TARGETS['filter_rerun']:.0f} ms: {verdict(statistics.median(reruns), TARGETS['filter_rerun'])}"
              " (median)")
        largest = max(result["sizes"].values())
        print("   largest chart sent to the browser: " + ", ".join(f"{k} {v / 1000:.0f} kB"
                                                                   for k, v in result["sizes"].items())
              + f"   target < 300 kB: {verdict(largest, TARGETS['chart_bytes'])}")
        print("3. server-side image export, warm (median / max of 9 renders over 3 charts)", flush=True)
        images = exports(big)
        if "problem" in images:
            print(f"   skipped: {images['problem']}")
        for fmt, (median, worst) in ((k, v) for k, v in images.items() if k != "problem"):
            target = f"   target < {TARGETS['png']} s: {verdict(median, TARGETS['png'])}" if fmt == "png" else ""
            print(f"   {fmt.upper():4s} {median:6.2f} s / {worst:5.2f} s{target}")
    print(json.dumps({"first_render": first, "filter_reruns": result["reruns"], "chart_bytes": result["sizes"],
                      "exports": images}, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
