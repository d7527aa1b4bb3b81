"""How fast the event store is, against its targets, with a plain baseline measured in the same run.

    python benchmarks/store_speed.py                 # 1,000,000 synthetic events, 1,000 articles: a few minutes
    python benchmarks/store_speed.py --events 100000 --articles 500      # a quick look

1. Ingest, on one core: articles per second including extraction (target >= 500), next to extraction
   alone on the same articles; the difference is the store's own cost per article (target < 1 ms, so
   that 500/s is reachable once extraction takes about 1 ms), also given with a stub extractor.
2. A store of N synthetic events (benchmarks/synthetic.py), then in a fresh process: open the store and
   load what the dashboard's first page needs (target < 1 s).
3. The dashboard's filter query (actors + date range + types) and the per-day aggregation (targets
   < 50 ms each), warm, median of --repeat runs, next to plain pandas doing the same on the same data
   already in memory (the ratio is pandas time / store time: above 1 means the store is faster).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import pandas as pd  # noqa: E402

import synthetic  # noqa: E402
from diplo.model import Document  # noqa: E402
from diplo.queries import Filters  # noqa: E402
from diplo.readers import read_inputs  # noqa: E402
from diplo.store import TIMELINE_COLUMNS, EventStore, content_id  # noqa: E402

FIRST_PAGE = textwrap.dedent("""
    import sys, time, json
    sys.path.insert(0, {repo!r})
    t0 = time.perf_counter()
    from diplo.queries import Filters
    from diplo.store import EventStore
    t1 = time.perf_counter()
    store = EventStore({db!r}, read_only=True)
    f = Filters()
    steps = {{}}
    for name, call in [("counts", lambda: store.counts(f)), ("per-day timeline", lambda: store.daily_counts(f)),
                       ("top entities", lambda: store.entity_counts(f, by="events")),
                       ("actor list", store.actors), ("outlets", store.outlets), ("date range", store.date_bounds),
                       ("first 100 events", lambda: store.events(f, limit=100))]:
        s = time.perf_counter(); call(); steps[name] = time.perf_counter() - s
    t2 = time.perf_counter()
    print(json.dumps({{"import": t1 - t0, "total": t2 - t1, "steps": steps}}))
""")


def median_ms(call, repeat: int) -> float:
    call()                                   # warm: the dashboard's connection is already open
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def one_core() -> set[int]:
    allowed = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(allowed)})
    return allowed


def articles(n: int) -> list[Document]:
    """n different articles: the bundled ones, repeated with a marker line so each text is new."""
    base = [d for d in read_inputs([REPO / "seeds", REPO / "data" / "corpus" / "articles"]) if isinstance(d, Document)]
    return [replace(d, text=f"{d.text}\n\n(copy {i // len(base)})") for i, d in
            zip(range(n), (base[i % len(base)] for i in range(n)))]


def bench_ingest(docs: list[Document], big_db: Path | None, rounds: int = 3) -> dict:
    """Milliseconds per article, on one core: extraction alone, full ingest, and ingest with a stub
    extractor (the analyses made in advance, so only the store's own work is timed), alternated `rounds`
    times (medians), so a busy machine slows all alike. The store's own cost is ingest minus extraction
    of the same articles in the same round, in wall time and in CPU time of this process (which a
    loaded machine hardly moves). Then one ingest into the large store."""
    from diplo.pipeline import analyse
    allowed = one_core()
    try:
        analyse(docs[0])                      # load the language data and build the matcher once
        done: dict[str, object] = {}
        runs: dict[str, list[float]] = {}

        def per_article(name: str, call) -> None:
            wall, cpu = time.perf_counter(), time.process_time()
            call()
            runs.setdefault(name, []).append((time.perf_counter() - wall) / len(docs) * 1000)
            runs.setdefault(f"{name}_cpu", []).append((time.process_time() - cpu) / len(docs) * 1000)

        def extract() -> None:
            for d in docs:
                doc = replace(d, doc_id=content_id(d.text))
                done[doc.doc_id] = analyse(doc)

        def ingest(db: Path, **kwargs) -> None:
            with EventStore(db) as store:
                store.ingest(docs, **kwargs)

        with tempfile.TemporaryDirectory() as folder:
            for round_ in range(rounds):
                per_article("extract", extract)
                per_article("ingest", lambda: ingest(Path(folder) / f"ingest-{round_}.duckdb"))
                per_article("stub", lambda: ingest(Path(folder) / f"stub-{round_}.duckdb",
                                                   analyse=lambda doc: done[doc.doc_id]))
                for kind in ("", "_cpu"):
                    runs.setdefault(f"store{kind}", []).append(runs[f"ingest{kind}"][-1] - runs[f"extract{kind}"][-1])
        result = {name: statistics.median(values) for name, values in runs.items()}
        if big_db is not None:
            with EventStore(big_db) as store:
                report = store.ingest(docs)
            result["ingest_big"] = report.seconds / report.read * 1000
            more = [replace(d, text=d.text + "\n(again)") for d in docs]
            for d in more:
                done[content_id(d.text)] = replace(done[content_id(d.text[:-len("\n(again)")])],
                                                   document=replace(d, doc_id=content_id(d.text)))
            with EventStore(big_db) as store:
                report = store.ingest(more, analyse=lambda doc: done[doc.doc_id])
            result["stub_big"] = report.seconds / report.read * 1000
        return result
    finally:
        os.sched_setaffinity(0, allowed)


def pandas_frames(tables, store: EventStore) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The same events in memory as plain pandas: the events table, and its actors one row each."""
    events = tables["events"].drop_columns(["group_start", "n_reports", "group_no", "day_first"]).to_pandas(
        date_as_object=False)
    groups = store.events(columns=["event_id", "group_id", "n_reports"])
    events = events.merge(groups, on="event_id")
    events["group_no"] = events["group_id"].astype("category").cat.codes
    actors = tables["event_actors"].select(["eid", "name"]).to_pandas()
    return events, actors


def pandas_filter(events, actors, f: Filters, columns=None) -> pd.DataFrame:
    eids = actors.loc[actors["name"].isin(f.actors), "eid"]
    mask = (events["eid"].isin(eids) & events["type"].isin(f.types)
            & (events["day"] >= pd.Timestamp(f.date_from)) & (events["day"] <= pd.Timestamp(f.date_to)))
    found = events.loc[mask, list(columns) if columns else events.columns]
    return found.sort_values("day")


def pandas_daily(events, mask=None) -> pd.DataFrame:
    rows = events if mask is None else events.loc[mask]
    return rows.groupby(["day", "type", "modality"]).agg(events=("group_no", "nunique"), reports=("eid", "size"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events in the large store")
    parser.add_argument("--articles", type=int, default=1000, help="articles for the ingest measurement")
    parser.add_argument("--repeat", type=int, default=9, help="runs per query (the median is printed)")
    parser.add_argument("--keep", metavar="FILE", help="keep the synthetic store in this (new) file")
    args = parser.parse_args()

    rows = []

    def report(what: str, value: str, target: str = "", ok: bool | None = None, note: str = ""):
        verdict = "" if ok is None else ("ok" if ok else "MISSED")
        rows.append((what, value, target, verdict, note))
        print(f"  {what:<44} {value:>12}  {target:<10} {verdict:<6} {note}", flush=True)

    print(f"store benchmark: {args.events:,} synthetic events, {args.articles:,} articles; "
          f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}\n")
    folder = tempfile.TemporaryDirectory()
    big = Path(args.keep) if args.keep else Path(folder.name) / "big.duckdb"

    started = time.perf_counter()
    tables = synthetic.build(big, args.events)
    print(f"built {big} ({big.stat().st_size / 1e6:,.0f} MB) in {time.perf_counter() - started:.1f} s\n")

    # 2. open + first page, in a fresh process
    out = subprocess.run([sys.executable, "-c", FIRST_PAGE.format(repo=str(REPO), db=str(big))],
                         capture_output=True, text=True, check=True)
    import json
    first = json.loads(out.stdout)
    steps = ", ".join(f"{k} {v * 1000:.0f}" for k, v in first["steps"].items())
    report("open + first page (fresh process)", f"{first['total'] * 1000:.0f} ms", "< 1000 ms",
           first["total"] < 1.0, f"[{steps} ms; python imports {first['import']:.1f} s more]")

    # 3. filter query and per-day aggregation, warm, against pandas on the same data in memory
    store = EventStore(big, read_only=True, idle_close=3600)
    top = store.entity_counts(by="events", limit=1)["name"].iloc[0]
    f = Filters(actors=[top], types=["call", "meeting"], date_from=date(2023, 1, 1), date_to=date(2023, 12, 31))
    events, actors = pandas_frames(tables, store)
    matches = store.count_events(f)
    print(f"\nfilter: actor {top!r}, calls and meetings, 2023: {matches:,} of {len(events):,} events\n")
    r = args.repeat
    light = [c for c in TIMELINE_COLUMNS]
    timings = {
        "count": median_ms(lambda: store.count_events(f), r),
        "light": median_ms(lambda: store.events(f, columns=light), r),
        "page": median_ms(lambda: store.events(f, limit=100), r),
        "full": median_ms(lambda: store.events(f), max(3, r // 3)),
        "daily_f": median_ms(lambda: store.daily_counts(f), r),
        "daily_all": median_ms(lambda: store.daily_counts(), r),
        "counts_f": median_ms(lambda: store.counts(f), r),
        "entities_f": median_ms(lambda: store.entity_counts(f), r),
    }
    base = {
        "light": median_ms(lambda: pandas_filter(events, actors, f, light + ["eid"]), r),
        "page": median_ms(lambda: pandas_filter(events, actors, f).head(100), r),
        "full": median_ms(lambda: pandas_filter(events, actors, f), max(3, r // 3)),
    }
    matched = events["eid"].isin(actors.loc[actors["name"] == top, "eid"]) & events["type"].isin(f.types) & \
        events["day"].between(pd.Timestamp(f.date_from), pd.Timestamp(f.date_to))
    base["daily_f"] = median_ms(lambda: pandas_daily(events, matched), r)
    base["daily_all"] = median_ms(lambda: pandas_daily(events), max(3, r // 3))

    def ratio(key):
        return f"pandas {base[key]:.0f} ms, ratio {base[key] / timings[key]:.1f}x"

    report("filter query: matching events, timeline columns", f"{timings['light']:.1f} ms", "< 50 ms",
           timings["light"] < 50, ratio("light"))
    report("filter query: first page of 100, all columns", f"{timings['page']:.1f} ms", "< 50 ms",
           timings["page"] < 50, ratio("page"))
    report("filter query: count", f"{timings['count']:.1f} ms", "< 50 ms", timings["count"] < 50)
    report("filter query: all matches, all 37 columns", f"{timings['full']:.1f} ms", "", None, ratio("full"))
    report("per-day aggregation, filtered", f"{timings['daily_f']:.1f} ms", "< 50 ms", timings["daily_f"] < 50,
           ratio("daily_f"))
    report("per-day aggregation, whole store", f"{timings['daily_all']:.1f} ms", "< 50 ms",
           timings["daily_all"] < 50, ratio("daily_all"))
    report("headline counts, filtered", f"{timings['counts_f']:.1f} ms", "", None)
    report("top entities, filtered", f"{timings['entities_f']:.1f} ms", "", None)
    store.close()

    # 1. ingest, one core
    docs = articles(args.articles)
    print(f"\ningest of {len(docs):,} articles on one core:\n")
    speed = bench_ingest(docs, big)
    per_second = 1000 / speed["ingest"]
    report("ingest incl. extraction, empty store", f"{per_second:.0f} art/s", ">= 500/s", per_second >= 500,
           f"extraction alone {1000 / speed['extract']:.0f} art/s ({speed['extract']:.2f} ms/article)")
    # 500 articles/s leaves 2 ms per article; extraction is being brought to about 1 ms
    report("  store's own cost: ingest minus extraction", f"{speed['store']:.2f} ms/art", "< 1 ms",
           speed["store"] < 1.0, f"CPU {speed['store_cpu']:.2f} ms; ceiling with 1 ms/article extraction "
           f"{1000 / (1 + speed['store']):.0f} art/s")
    report("  store alone (stub extractor), empty store", f"{speed['stub']:.2f} ms/art", "", None,
           f"{1000 / speed['stub']:.0f} art/s; CPU {speed['stub_cpu']:.2f} ms/article")
    big_per_second = 1000 / speed["ingest_big"]
    report(f"ingest incl. extraction, into the {args.events:,}-event store", f"{big_per_second:.0f} art/s",
           ">= 500/s", big_per_second >= 500)
    store_big = speed["ingest_big"] - speed["extract"]
    report("  store's own cost: ingest minus extraction", f"{store_big:.2f} ms/art", "< 1 ms", store_big < 1.0,
           "extraction as measured above")
    report(f"  store alone (stub extractor), {args.events:,}-event store", f"{speed['stub_big']:.2f} ms/art", "",
           None, f"{1000 / speed['stub_big']:.0f} art/s")
    missed = [row for row in rows if row[3] == "MISSED"]
    print(f"\n{len(rows) - len(missed)} of {len(rows)} lines ok or informational; {len(missed)} targets missed"
          + (f" (machine load {os.getloadavg()[0]:.1f})" if missed else ""))
    folder.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
