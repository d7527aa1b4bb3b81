"""What each dashboard page shows, computed from the store and the filters: plain functions returning
DataFrames and figures (no Streamlit), shared by the pages, the export page and the benchmark."""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, timedelta

import pandas as pd
import plotly.graph_objects as go

from diplo import charts
from diplo.queries import Filters

PAIR_TYPES = ("call", "meeting")


def with_types(filters: Filters, types: Sequence[str]) -> Filters | None:
    """The filters narrowed to some event types, within the user's own type filter; None if none is left."""
    chosen = tuple(t for t in types if not filters.types or t in filters.types)
    return dataclasses.replace(filters, types=chosen) if chosen else None


def timeline(store, filters: Filters, lanes: Sequence[str]) -> tuple[go.Figure, int]:
    """The overview timeline (one marker per event, repeated reports once; counts per period when there
    are many) and how many of its events are placed at their article's date for want of their own."""
    lanes = [t for t in lanes if not filters.types or t in filters.types]
    if not lanes:
        return charts.message_figure("No event type of the timeline is in the filters."), 0
    narrowed = dataclasses.replace(filters, types=tuple(lanes))
    counts = store.daily_counts(narrowed)
    if int(counts["reports"].sum()) > charts.DETAIL_LIMIT:
        frame = pd.DataFrame({"type": counts["type"], "modality": counts["modality"],
                              "period": pd.to_datetime(counts["day"]), "count": counts["events"], "freq": "D"})
        return charts.timeline_counts_figure(frame, lanes), 0
    events = timeline_events(store, narrowed)
    if events.empty:
        return charts.message_figure("No events match the filters."), 0
    return charts.timeline_figure(events, lanes), int(events["publication_date_only"].sum())


def timeline_events(store, filters: Filters) -> pd.DataFrame:
    """One row per grouped event in the columns the timeline reads; events without a date of their own
    sit at their article's publication date (flagged publication_date_only)."""
    grouped = store.grouped_events(filters)
    if grouped.empty:
        return pd.DataFrame(columns=["event_id", "type", "modality", "date", "actor_names", "evidence_text",
                                     "outlet", "n_reports", "publication_date_only"])
    return pd.DataFrame({
        "event_id": grouped["first_event_id"], "doc_id": grouped["doc_ids"].map(lambda d: d[0] if d else None),
        "type": grouped["type"], "modality": grouped["modality"],
        "date": pd.to_datetime(grouped["day"]), "actor_names": grouped["actor_names"],
        "evidence_text": grouped["evidence_text"],
        "outlet": grouped["outlets"].map(lambda o: ", ".join(o[:3]) + (" …" if len(o) > 3 else "")),
        "n_reports": grouped["n_reports"], "publication_date_only": grouped["date"].isna(),
    })


def entities(store, filters: Filters, by: str = "events", limit: int = 20) -> go.Figure:
    """Top entities of the filtered events, by events or by mentions."""
    counts = store.entity_counts(filters, by=by, limit=limit)
    if counts.empty:
        return charts.message_figure("No actors in the filtered events.")
    return charts.entity_figure(counts, by=by)


def pair(store, filters: Filters, actor_a: str, actor_b: str, since: date | None) -> pd.DataFrame:
    """Calls and meetings between two actors under the filters, with the running count."""
    narrowed = dataclasses.replace(filters, actors=(actor_a, actor_b), actor_match="all",
                                   types=PAIR_TYPES, include_planned=False)
    return charts.pair_history(store.events(narrowed), actor_a, actor_b, types=PAIR_TYPES, since=since)


def pair_since(store, actor_a: str, actor_b: str, filters: Filters) -> date | None:
    """Where a running count starts by default ("the 8th call since the war began"): the filters' first
    day, else the start of the latest known war one of the two actors' countries fights in that began
    before their last call or meeting, else their first contact."""
    if filters.date_from:
        return filters.date_from
    history = charts.pair_history(store.events(dataclasses.replace(
        Filters(), actors=(actor_a, actor_b), actor_match="all", types=PAIR_TYPES)), actor_a, actor_b)
    if history.empty:
        return store.date_bounds()[0]
    first, last = history["date"].min().date(), history["date"].max().date()
    from diplo.lexicon import default_lexicon
    actors = store.actors()
    countries = set(actors.loc[actors["name"].isin([actor_a, actor_b]), "country"].dropna())
    starts = [c.start for c in default_lexicon().conflicts
              if c.start and c.start <= last and {c.source, c.target} & countries]
    return max(starts) if starts else first


NETWORK_EVENTS = 10_000   # the network reads at most this many (the latest) contacts


def network(store, filters: Filters, max_nodes: int = 40) -> tuple[go.Figure, pd.DataFrame, str]:
    """The who-met-whom network of the filtered calls, meetings and visits: (figure, edge table, a note
    saying when only the latest NETWORK_EVENTS contacts were read)."""
    narrowed = with_types(filters, charts.NETWORK_TYPES)
    if narrowed is None:
        return charts.message_figure("The type filter leaves out calls, meetings and visits."), pd.DataFrame(), ""
    total = store.count_events(narrowed)
    note = ""
    if total > NETWORK_EVENTS:
        events = store.events(narrowed, limit=NETWORK_EVENTS, offset=total - NETWORK_EVENTS)
        note = (f"Drawn from the latest {NETWORK_EVENTS:,} of {total:,} reports of calls, meetings and visits; "
                "narrow the filters to draw them all.")
    else:
        events = store.events(narrowed)
    edges = charts.meeting_edges(events)
    if edges.empty:
        return charts.message_figure("No calls, meetings or visits between two named actors."), edges, note
    actors = store.actors()
    kinds = dict(zip(actors["name"], actors["kind"]))
    return charts.network_figure(edges, kinds, max_nodes=max_nodes), edges, note


def report_figures(store, filters: Filters, lanes: Sequence[str], by: str = "events") -> dict[str, go.Figure]:
    """The charts that go into an export: timeline, entities, network."""
    return {"timeline": timeline(store, filters, lanes)[0], "entities": entities(store, filters, by),
            "network": network(store, filters)[0]}


def reports_of(store, event: dict) -> pd.DataFrame:
    """Every per-article report grouped with this event (itself included), oldest first."""
    if int(event.get("n_reports") or 1) <= 1:
        return pd.DataFrame([event])
    narrowed = Filters(types=(event["type"],), actors=tuple(event.get("actor_names") or ()), actor_match="all")
    frame = store.events(narrowed)
    return frame[frame["group_id"] == event.get("group_id")].sort_values(["published", "event_id"])


def latest_events(store, filters: Filters, limit: int = 200) -> pd.DataFrame:
    """The most recent dated events as a small table: date, type, actors, outlet, event_id, doc_id.

    Reads only the last weeks of the filtered range, widening the window until it holds `limit` events,
    so a store of a million events is never read whole for a table of two hundred rows."""
    empty = pd.DataFrame(columns=["date", "type", "actors", "outlet", "event_id", "doc_id"])
    first, last = store.date_bounds(filters)
    if last is None:
        return empty
    first, last = pd.Timestamp(first).date(), pd.Timestamp(last).date()
    per_day = store.count_events(filters) / max((last - first).days + 1, 1)
    days = max(int(1.5 * limit / max(per_day, 1e-9)), 1)
    while True:
        start = max(first, last - timedelta(days=days))
        events = store.events(dataclasses.replace(filters, date_from=start, date_to=last))
        if len(events) >= limit or start <= first:
            break
        days *= 4
    if events.empty:
        return empty
    events = events.iloc[::-1].head(limit)
    return pd.DataFrame({
        "date": pd.to_datetime(events["day"]).dt.date,
        "type": events["type"].map(lambda t: charts.TYPE_LABELS.get(t, t)),
        "actors": events["actor_names"].map(", ".join),
        "outlet": events["outlet"], "event_id": events["event_id"], "doc_id": events["doc_id"],
    }).reset_index(drop=True)


def analysis_frames(analysis) -> tuple[pd.DataFrame, pd.DataFrame]:
    """An extractor Analysis as the store would show it: (events, mentions) frames with offsets, for the
    preview of articles not yet added."""
    events = pd.DataFrame([{
        "event_id": e.event_id, "type": e.type, "subtype": e.subtype, "modality": e.modality,
        "date": e.date, "date_text": e.date_text, "actors": ", ".join(dict.fromkeys(a.name for a in e.actors)),
        "evidence_text": e.evidence.text, "evidence_start": e.evidence.start, "evidence_end": e.evidence.end,
        "trigger_start": e.trigger.start, "trigger_end": e.trigger.end,
    } for e in analysis.events], columns=["event_id", "type", "subtype", "modality", "date", "date_text", "actors",
                                         "evidence_text", "evidence_start", "evidence_end", "trigger_start",
                                         "trigger_end"])
    rows = []
    for m in analysis.mentions:
        data = m.data or {}
        rows.append({"rule": m.rule, "kind": m.kind, "entry": m.entry, "start": m.start, "end": m.end,
                     "name": data.get("name") if isinstance(data.get("name"), str) else None,
                     "entity_kind": None})
    for d in getattr(analysis, "dates", ()) or ():
        rows.append({"rule": "date", "kind": "date", "entry": d.kind, "start": d.start, "end": d.end,
                     "name": None, "entity_kind": None})
    return events, pd.DataFrame(rows, columns=["rule", "kind", "entry", "start", "end", "name", "entity_kind"])
