"""Charts of the dashboard: pure functions from a DataFrame (the EventStore's shape) to a plotly Figure.

Colours are fixed per event type and per actor kind, so a type keeps its colour in every chart.
Planned events are drawn as open markers, cancelled or denied ones as crosses, what happened as filled
markers. When a frame has more points than a browser can take, the figure shows counts per day, week or
month instead of one marker per event, so no figure's JSON grows past ~300 kB.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from diplo.model import EVENT_TYPES

TYPE_COLOURS = {
    "call": "#1f77b4", "meeting": "#2ca02c", "visit": "#17becf", "sanctions": "#d62728",
    "statement": "#7f7f7f", "demand": "#ff7f0e", "aid": "#8c564b", "agreement": "#9467bd",
    "rejection": "#e377c2", "threat": "#bcbd22", "military": "#393b79",
}
TYPE_LABELS = {
    "call": "Calls", "meeting": "Meetings & summits", "visit": "Visits", "sanctions": "Sanctions",
    "statement": "Statements", "demand": "Demands", "aid": "Aid", "agreement": "Agreements",
    "rejection": "Rejections", "threat": "Threats", "military": "Military action",
}
KIND_COLOURS = {"person": "#4c78a8", "country": "#f58518", "organization": "#54a24b", "group": "#b279a2",
                "place": "#9d755d"}
MODALITY_STYLE = {  # modality -> (legend label, marker symbol)
    "asserted": ("happened", "circle"),
    "planned": ("planned", "circle-open"),
    "negated": ("cancelled or denied", "x-thin-open"),
    "hypothetical": ("hypothetical", "diamond-open"),
}
DEFAULT_LANES = ("call", "meeting", "sanctions")
FONT = "Noto Sans, Noto Sans Arabic, DejaVu Sans, Arial, sans-serif"
DETAIL_LIMIT = 600          # above this many events the timeline shows counts per period
BUCKET_LIMIT = 2500         # at most this many aggregated markers
EVIDENCE_CHARS = 160        # evidence shown in a hover label
HOVER_BUDGET = 200_000      # bytes of hover labels in one figure's JSON (the rest stays well under 300 kB)
NETWORK_TYPES = ("call", "meeting", "visit")

assert set(TYPE_COLOURS) == set(EVENT_TYPES) == set(TYPE_LABELS)


def _with_alpha(colour: str, alpha: float) -> str:
    """'#1f77b4', 0.35 -> 'rgba(31,119,180,0.35)'."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def type_colour(event_type: str) -> str:
    """The fixed colour of an event type (grey for an unknown type)."""
    return TYPE_COLOURS.get(event_type, "#999999")


def figure_bytes(fig: go.Figure) -> int:
    """Size of the figure's JSON, about what the browser receives."""
    return len(fig.to_json().encode("utf-8"))


def _base_layout(fig: go.Figure, title: str | None, height: int) -> go.Figure:
    # no `title=None`: it leaves an empty {} that a pickled copy (st.cache_data) drops, and a chart whose
    # JSON changes between two runs gets a new widget id in Streamlit, which forgets the user's click
    if title:
        fig.update_layout(title={"text": title, "x": 0.0, "xanchor": "left"})
    fig.update_layout(
        font={"family": FONT, "size": 13}, height=height, hovermode="closest",
        margin={"l": 10, "r": 10, "t": 50 if title else 20, "b": 10},
        plot_bgcolor="white", paper_bgcolor="white",
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1.0},
        hoverlabel={"font": {"family": FONT}, "align": "left"},
    )
    return fig


def _wrap(text: str, width: int = 60, limit: int = EVIDENCE_CHARS) -> str:
    """Shorten and break a sentence into hover-label lines (plotly uses <br>, text is escaped)."""
    text = " ".join(str(text or "").split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return "<br>".join(_escape_hover(x) for x in lines)


def _escape_hover(text: str) -> str:
    # plotly renders a subset of HTML tags in labels; article text must stay text
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _names(value) -> list[str]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    return [str(v) for v in value]


def _lane_order(types: Sequence[str]) -> list[str]:
    return [t for t in types if t in TYPE_COLOURS] + [t for t in types if t not in TYPE_COLOURS]


def _timeline_axes(fig: go.Figure, lanes: Sequence[str], modalities: Iterable[str]) -> None:
    positions = {t: len(lanes) - 1 - i for i, t in enumerate(lanes)}
    fig.update_yaxes(
        tickvals=list(positions.values()), ticktext=[TYPE_LABELS.get(t, t) for t in positions],
        range=[-0.6, len(lanes) - 0.4], showgrid=True, gridcolor="#eeeeee", zeroline=False, fixedrange=True,
    )
    fig.update_xaxes(type="date", showgrid=True, gridcolor="#f3f3f3", automargin=True)
    present = set(modalities)
    for symbol_modality, (label, symbol) in MODALITY_STYLE.items():
        if symbol_modality not in present:
            continue
        fig.add_trace(go.Scatter(
            x=[None], y=[None], mode="markers", name=label, legendgroup=symbol_modality,
            marker={"symbol": symbol, "color": "#555555", "size": 10, "line": {"width": 2, "color": "#555555"}},
            hoverinfo="skip",
        ))


def timeline_figure(events: pd.DataFrame, types: Sequence[str] = DEFAULT_LANES, *, title: str | None = None,
                    detail_limit: int = DETAIL_LIMIT, height: int | None = None) -> go.Figure:
    """One lane per event type; one marker per event, or counts per period when there are too many."""
    lanes = _lane_order(list(types))
    frame = events[events["type"].isin(lanes) & events["date"].notna()]
    height = height or 130 + 70 * max(len(lanes), 1)
    if len(frame) > detail_limit:
        counts = timeline_counts(frame)
        return timeline_counts_figure(counts, lanes, title=title, height=height)
    fig = go.Figure()
    positions = {t: len(lanes) - 1 - i for i, t in enumerate(lanes)}
    frame = frame.sort_values(["type", "date", "event_id"])
    day = frame["date"].dt.strftime("%Y-%m-%d")
    # markers on the same day in the same lane are spread vertically so each stays clickable
    rank = frame.groupby(["type", day]).cumcount().to_numpy()
    size = frame.groupby(["type", day])["event_id"].transform("size").to_numpy()
    step = np.minimum(0.16, 0.64 / np.maximum(size, 1))
    offset = (rank - (size - 1) / 2) * step
    frame = frame.assign(_day=day, _y=frame["type"].map(positions).to_numpy() + offset)
    hover = _fitting_hover(frame)
    if hover is None:
        return timeline_counts_figure(timeline_counts(frame), lanes, title=title, height=height)
    frame = frame.assign(_hover=hover)
    for event_type in lanes:
        for modality, (label, symbol) in MODALITY_STYLE.items():
            part = frame[(frame["type"] == event_type) & (frame["modality"] == modality)]
            if part.empty:
                continue
            colour = type_colour(event_type)
            fig.add_trace(go.Scatter(
                x=part["_day"].tolist(), y=part["_y"].round(3).tolist(), mode="markers",
                name=f"{TYPE_LABELS.get(event_type, event_type)} ({label})", showlegend=False,
                legendgroup=modality,
                marker={"symbol": symbol, "color": colour, "size": 13, "opacity": 0.9,
                        "line": {"width": 2, "color": colour if modality != "asserted" else "white"}},
                customdata=(part[["event_id", "doc_id"]].to_numpy().tolist() if "doc_id" in part
                            else [[eid] for eid in part["event_id"]]),
                text=part["_hover"].tolist(),
                hovertemplate="%{text}<extra></extra>",
            ))
    _timeline_axes(fig, lanes, frame["modality"].unique())
    window = focus_range(frame["date"])
    if window is not None:
        fig.update_xaxes(range=list(window))
        earlier = int((frame["date"] < pd.Timestamp(window[0])).sum())
        fig.add_annotation(text=f"← {earlier} earlier event{'s' * (earlier != 1)} (double-click to show all)",
                           xref="paper", yref="paper", x=0, y=1, xanchor="left", yanchor="bottom", yshift=30,
                           showarrow=False, font={"size": 11, "color": "#666666"})
        fig = _base_layout(fig, title, height + 24)
        return fig.update_layout(margin={"t": 74 if title else 44})
    return _base_layout(fig, title, height)


def focus_range(dates: pd.Series) -> tuple[str, str] | None:
    """An x range that leaves out a few stray early dates (a 1967 war recalled in a 2022 article) when
    they would squeeze everything else into a corner; None when the full range reads well.
    Plotly's autoscale (double click) still shows every event."""
    dates = dates.dropna().sort_values()
    if len(dates) < 20:
        return None
    first, last = dates.iloc[0], dates.iloc[-1]
    start = dates.iloc[max(int(len(dates) * 0.02), 1)]
    if (start - first) <= 0.5 * (last - first):
        return None
    pad = max((last - start) * 0.03, pd.Timedelta(days=3))
    return ((start - pad).strftime("%Y-%m-%d"), (last + pad).strftime("%Y-%m-%d"))


def _fitting_hover(frame: pd.DataFrame) -> list[str] | None:
    """Hover labels that fit the size budget: shorter evidence when there are many events (the JSON
    escapes each Arabic letter as six bytes), None when even labels without evidence are too big."""
    for limit in (EVIDENCE_CHARS, 80, 0):
        texts = [_event_hover(row, MODALITY_STYLE.get(row.modality, (row.modality,))[0], limit)
                 for row in frame.itertuples(index=False)]
        if len(json.dumps(texts)) <= HOVER_BUDGET:
            return texts
    return None


def _evidence_limit(evidence: pd.Series) -> int:
    """How much of each evidence sentence hover labels can carry within HOVER_BUDGET (0: none)."""
    for limit in (EVIDENCE_CHARS, 80, 0):
        if len(json.dumps([str(e or "")[:limit] for e in evidence])) <= HOVER_BUDGET:
            return limit
    return 0


def _event_hover(row, modality_label: str, evidence_chars: int = EVIDENCE_CHARS) -> str:
    actors = ", ".join(_names(getattr(row, "actor_names", [])))
    when = row.date.strftime("%d %B %Y") if pd.notna(row.date) else "undated"
    if getattr(row, "publication_date_only", False):
        when += " (article date: the text gives none)"
    lines = [f"<b>{_escape_hover(TYPE_LABELS.get(row.type, row.type))}</b> · {when} · {modality_label}",
             _escape_hover(actors)]
    evidence = getattr(row, "evidence_text", "")
    if evidence and evidence_chars:
        lines.append(_wrap(evidence, limit=evidence_chars))
    outlet = getattr(row, "outlet", "")
    n_reports = getattr(row, "n_reports", 1)
    extra = f"{int(n_reports)} reports" if pd.notna(n_reports) and int(n_reports) > 1 else ""
    footer = " · ".join(x for x in (_escape_hover(str(outlet or "")), extra) if x)
    if footer:
        lines.append(f"<i>{footer}</i>")
    lines.append("<i>click to open the source</i>")
    return "<br>".join(lines)


def bucket_frequency(first: pd.Timestamp, last: pd.Timestamp, n_series: int,
                     limit: int = BUCKET_LIMIT) -> str:
    """The finest of day/week/month that keeps n_series * buckets under the limit."""
    span_days = max((last - first).days, 0) + 1
    for freq, days in (("D", 1), ("W", 7), ("M", 30.4)):
        if n_series * span_days / days <= limit:
            return freq
    return "Y"


def timeline_counts(events: pd.DataFrame, freq: str | None = None) -> pd.DataFrame:
    """Counts per type, modality and period: columns type, modality, period (Timestamp), count, freq."""
    frame = events[events["date"].notna()]
    if frame.empty:
        return pd.DataFrame({"type": [], "modality": [], "period": pd.to_datetime([]), "count": []}).assign(freq="D")
    if freq is None:
        n_series = frame.groupby(["type", "modality"]).ngroups
        freq = bucket_frequency(frame["date"].min(), frame["date"].max(), n_series)
    period = frame["date"].dt.to_period(freq).dt.start_time
    out = (frame.assign(period=period).groupby(["type", "modality", "period"], observed=True)
           .size().rename("count").reset_index())
    return out.assign(freq=freq)


_PERIOD_WORD = {"D": "on", "W": "in the week of", "M": "in", "Y": "in"}
_PERIOD_FMT = {"D": "%d %b %Y", "W": "%d %b %Y", "M": "%B %Y", "Y": "%Y"}


def timeline_counts_figure(counts: pd.DataFrame, types: Sequence[str] = DEFAULT_LANES, *,
                           title: str | None = None, height: int | None = None) -> go.Figure:
    """The timeline drawn from counts per period (timeline_counts or the store's daily aggregate):
    one row of bars per type, planned events hatched on top of what happened."""
    lanes = _lane_order(list(types))
    height = height or 130 + 90 * max(len(lanes), 1)
    counts = counts[counts["type"].isin(lanes)]
    freq = str(counts["freq"].iloc[0]) if "freq" in counts and len(counts) else "D"
    if len(counts) > BUCKET_LIMIT:  # a store's daily aggregate over many years: coarsen it
        first, last = counts["period"].min(), counts["period"].max()
        freq = bucket_frequency(first, last, counts.groupby(["type", "modality"]).ngroups)
        counts = (counts.assign(period=counts["period"].dt.to_period(freq).dt.start_time)
                  .groupby(["type", "modality", "period"], observed=True)["count"].sum().reset_index())
    # one row of bars per lane, sharing one date axis; built from plain dicts in one go because plotly's
    # per-property validation (make_subplots, add_trace) costs more than the data on a filter change
    n = max(len(lanes), 1)
    gap = 0.35 / n if n > 1 else 0.0
    row_height = (1 - gap * (n - 1)) / n
    word, fmt = _PERIOD_WORD.get(freq, "in"), _PERIOD_FMT.get(freq, "%Y-%m-%d")
    traces, shown = [], set()
    layout: dict = {"barmode": "stack", "bargap": 0.1, "annotations": [],
                    "xaxis": {"type": "date", "anchor": f"y{n if n > 1 else ''}", "showgrid": False}}
    for row, event_type in enumerate(lanes):
        axis = "y" if row == 0 else f"y{row + 1}"
        top = 1 - row * (row_height + gap)
        layout["yaxis" if row == 0 else f"yaxis{row + 1}"] = {
            "domain": [max(top - row_height, 0), top], "anchor": "x", "gridcolor": "#eeeeee", "fixedrange": True,
            "rangemode": "tozero", "nticks": 3}
        layout["annotations"].append({"text": TYPE_LABELS.get(event_type, event_type), "xref": "paper",
                                      "yref": "paper", "x": 0, "xanchor": "left", "y": top, "yanchor": "bottom",
                                      "showarrow": False, "font": {"size": 13, "color": "#333333"}})
        colour = type_colour(event_type)
        noun = TYPE_LABELS.get(event_type, event_type).lower()
        for modality, (label, _symbol) in MODALITY_STYLE.items():
            part = counts[(counts["type"] == event_type) & (counts["modality"] == modality)]
            if part.empty:
                continue
            # no hatching: a PDF printer turns pattern fills into megabytes; a pale fill says the same
            fill = {"asserted": colour, "planned": _with_alpha(colour, 0.35),
                    "hypothetical": _with_alpha(colour, 0.12)}.get(modality, "white")
            traces.append({
                "type": "bar", "xaxis": "x", "yaxis": axis,
                "x": part["period"].dt.strftime("%Y-%m-%d").tolist(), "y": part["count"].to_numpy(),
                "name": label, "legendgroup": modality, "showlegend": modality not in shown,
                "marker": {"color": fill, "line": {"width": 0 if modality == "asserted" else 1.2, "color": colour}},
                "text": [f"{noun} ({label}) {word} {p.strftime(fmt)}" for p in part["period"]],
                "textposition": "none", "hovertemplate": "<b>%{y:,}</b> %{text}<extra></extra>",
            })
            shown.add(modality)
    layout["annotations"].append({
        "text": f"{_FREQ_NAME.get(freq, freq)} counts: narrow the filters to see single events",
        "xref": "paper", "yref": "paper", "x": 0, "xanchor": "left", "y": 1, "yanchor": "bottom", "yshift": 22,
        "showarrow": False, "font": {"size": 11, "color": "#666666"}})
    fig = go.Figure(data=traces, layout=layout, _validate=False)
    fig = _base_layout(fig, title, height)
    fig.update_layout(legend={"y": 1.0, "yanchor": "bottom", "yref": "paper"},
                      margin={"t": 80 if title else 50})
    return fig


_FREQ_NAME = {"D": "Daily", "W": "Weekly", "M": "Monthly", "Y": "Yearly"}


def entity_figure(counts: pd.DataFrame, *, by: str = "events", title: str | None = None) -> go.Figure:
    """Horizontal bars of the top entities, coloured by kind; customdata holds the entity name."""
    counts = counts.sort_values(["count", "name"], ascending=[False, True])
    order = counts["name"].tolist()[::-1]   # plotly draws the first category at the bottom
    fig = go.Figure()
    for kind in [k for k in KIND_COLOURS if k in set(counts["kind"])] + \
            sorted(set(counts["kind"].fillna("other")) - set(KIND_COLOURS)):
        part = counts[counts["kind"].fillna("other") == kind]
        fig.add_trace(go.Bar(
            x=part["count"].to_numpy(), y=part["name"].tolist(), orientation="h", name=kind,
            marker={"color": KIND_COLOURS.get(kind, "#999999")},
            customdata=[[n] for n in part["name"]],
            hovertemplate=f"<b>%{{y}}</b> ({kind})<br>%{{x:,}} {by}<br><i>click to filter to it</i><extra></extra>",
        ))
    fig.update_yaxes(categoryorder="array", categoryarray=order, automargin=True, fixedrange=True)
    fig.update_xaxes(title={"text": f"number of {by}"}, showgrid=True, gridcolor="#eeeeee", fixedrange=True)
    fig = _base_layout(fig, title, 120 + 24 * max(len(order), 3))
    fig.update_layout(barmode="stack", bargap=0.25, legend={"traceorder": "normal"})
    return fig


def ordinal(n: int) -> str:
    """1 -> '1st', 2 -> '2nd', 11 -> '11th', 22 -> '22nd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_NOUN = {"call": "call", "meeting": "meeting", "visit": "visit"}


def pair_history(events: pd.DataFrame, actor_a: str, actor_b: str, *, types: Sequence[str] = ("call", "meeting"),
                 since: date | None = None) -> pd.DataFrame:
    """Events that happened between both actors, one row per type and day (repeated reports count once),
    with a running count per type: columns date, type, modality, ordinal, label, event_id, evidence_text,
    n_reports."""
    def both(names) -> bool:
        names = _names(names)
        return actor_a in names and actor_b in names

    frame = events[events["type"].isin(types) & events["date"].notna() & events["modality"].isin(["asserted"])]
    frame = frame[frame["actor_names"].map(both)] if len(frame) else frame
    if since is not None:
        frame = frame[frame["date"] >= pd.Timestamp(since)]
    # one contact per type and day: reports that the grouping kept apart (one adds a third party,
    # another does not) are still the same call between these two
    frame = frame.assign(_day=frame["date"].dt.normalize()).sort_values(["date", "event_id"])
    key = "doc_id" if "doc_id" in frame else "event_id"
    reports = frame.groupby(["type", "_day"])[key].transform("nunique")
    frame = frame.assign(n_reports=reports).drop_duplicates(["type", "_day"])
    frame = frame.assign(ordinal=frame.groupby("type").cumcount() + 1)
    start = pd.Timestamp(since) if since is not None else (frame["date"].min() if len(frame) else None)
    since_text = f"{start.day} {start.strftime('%B %Y')}" if start is not None else ""
    labels = [f"{ordinal(n)} {_NOUN.get(t, t)} since {since_text}" for n, t in zip(frame["ordinal"], frame["type"])]
    columns = ["date", "type", "modality", "ordinal", "event_id", "evidence_text"]
    out = frame[columns].assign(label=labels)
    out["n_reports"] = frame["n_reports"].astype(int)
    return out.reset_index(drop=True)


def relation_figure(history: pd.DataFrame, actor_a: str, actor_b: str, *, title: str | None = None) -> go.Figure:
    """Running count of calls and meetings between two actors over time (from pair_history)."""
    fig = go.Figure()
    limit = _evidence_limit(history["evidence_text"]) if len(history) <= DETAIL_LIMIT else 0
    for event_type in [t for t in TYPE_COLOURS if t in set(history["type"])]:
        part = history[history["type"] == event_type]
        colour = type_colour(event_type)
        detail = len(part) <= DETAIL_LIMIT
        fig.add_trace(go.Scatter(
            x=part["date"].dt.strftime("%Y-%m-%d").tolist(), y=part["ordinal"].to_numpy(),
            mode="lines+markers" if detail else "lines", line={"shape": "hv", "color": colour, "width": 2},
            marker={"size": 10, "color": colour, "line": {"width": 1, "color": "white"}},
            name=TYPE_LABELS.get(event_type, event_type),
            customdata=[[e] for e in part["event_id"]] if detail else None,
            text=[f"<b>{_escape_hover(lbl)}</b><br>{d:%d %B %Y}" + (f"<br>{_wrap(ev, limit=limit)}" if limit else "")
                  for lbl, d, ev in zip(part["label"], part["date"], part["evidence_text"])] if detail else None,
            hovertemplate="%{text}<extra></extra>" if detail else "%{y} by %{x}<extra></extra>",
        ))
    fig.update_yaxes(title={"text": "running count"}, rangemode="tozero", gridcolor="#eeeeee", fixedrange=True)
    fig.update_xaxes(type="date", gridcolor="#f3f3f3")
    return _base_layout(fig, title or f"{actor_a} and {actor_b}", 380)


def meeting_edges(events: pd.DataFrame, *, types: Sequence[str] = NETWORK_TYPES) -> pd.DataFrame:
    """Who met or called whom: columns a, b (a < b), count (distinct events, grouped reports once), types."""
    frame = events[events["type"].isin(types) & events["modality"].isin(["asserted"])]
    if "group_id" in frame:
        frame = frame.assign(_group=frame["group_id"].fillna(frame["event_id"])).drop_duplicates("_group")
    columns = ["a", "b", "count", "types"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    # one row per (event, actor), joined with itself: every pair of actors of an event, once
    names = frame[["type", "actor_names"]].reset_index(drop=True).rename_axis("row").reset_index()
    names = names.explode("actor_names").dropna(subset=["actor_names"]).drop_duplicates(["row", "actor_names"])
    pairs = names.merge(names[["row", "actor_names"]], on="row", suffixes=("_a", "_b"))
    pairs = pairs[pairs["actor_names_a"] < pairs["actor_names_b"]]
    if pairs.empty:
        return pd.DataFrame(columns=columns)
    by_type = pairs.groupby(["actor_names_a", "actor_names_b", "type"]).size().rename("n").reset_index()
    by_type = by_type.sort_values(["actor_names_a", "actor_names_b", "n", "type"], ascending=[True, True, False, True])
    grouped = by_type.groupby(["actor_names_a", "actor_names_b"], sort=False)
    out = pd.DataFrame({
        "count": grouped["n"].sum(),
        "types": grouped.apply(lambda g: ", ".join(f"{n} {t}" for t, n in zip(g["type"], g["n"])),
                               include_groups=False),
    }).reset_index().rename(columns={"actor_names_a": "a", "actor_names_b": "b"})
    return out[columns].reset_index(drop=True)


def spring_layout(nodes: Sequence[str], edges: Iterable[tuple[str, str, float]], *, iterations: int = 200,
                  seed: int = 1) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold positions in [-1, 1]², deterministic for a given input."""
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {name: i for i, name in enumerate(nodes)}
    weight = np.zeros((n, n))
    for a, b, w in edges:
        weight[index[a], index[b]] = weight[index[b], index[a]] = min(math.log1p(w), 2.0)
    angle = np.linspace(0, 2 * math.pi, n, endpoint=False)
    rng = np.random.default_rng(seed)
    pos = np.c_[np.cos(angle), np.sin(angle)] + rng.normal(0, 0.01, (n, 2))
    k = 1.6 * math.sqrt(4.0 / n)   # generous spacing: room for the labels
    temperature = 0.2
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=-1), 1e-3)
        force = (k * k / dist ** 2 - weight * dist / k)[..., None] * delta
        disp = force.sum(axis=1)
        disp -= 0.05 * pos  # gravity keeps separate components on screen
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-6)
        pos += disp / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature *= 0.98
    pos -= pos.mean(axis=0)
    pos /= np.maximum(np.abs(pos).max(axis=0), 1e-6)   # each axis fills the frame: charts are wide
    return {name: (float(pos[i, 0]), float(pos[i, 1])) for name, i in index.items()}


def network_figure(edges: pd.DataFrame, kinds: Mapping[str, str] | None = None, *, max_nodes: int = 40,
                   max_edges: int = 150, title: str | None = None, height: int = 640) -> go.Figure:
    """Who-met-whom network (from meeting_edges): node size by number of contacts, colour by kind.
    At most max_nodes actors (the most connected) and their max_edges strongest links are drawn."""
    kinds = kinds or {}
    degree: Counter = Counter()
    for a, b, n in zip(edges["a"], edges["b"], edges["count"]):
        degree[a] += n
        degree[b] += n
    keep = [name for name, _ in sorted(degree.items(), key=lambda x: (-x[1], x[0]))[:max_nodes]]
    kept = set(keep)
    edges = edges[edges["a"].isin(kept) & edges["b"].isin(kept)]
    edges = edges.sort_values(["count", "a", "b"], ascending=[False, True, True]).head(max_edges)
    pos = spring_layout(keep, zip(edges["a"], edges["b"], edges["count"]))
    fig = go.Figure()
    top = max(edges["count"].max() if len(edges) else 1, 1)
    for lo, hi, width in ((0, 0.34, 1.0), (0.34, 0.67, 2.5), (0.67, 1.01, 4.5)):
        part = edges[(edges["count"] / top >= lo) & (edges["count"] / top < hi)]
        xs: list = []
        ys: list = []
        for a, b in zip(part["a"], part["b"]):
            xs += [pos[a][0], pos[b][0], None]
            ys += [pos[a][1], pos[b][1], None]
        if xs:
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line={"width": width, "color": "#b8c2cc"},
                                     hoverinfo="skip", showlegend=False))
    mid_x = [(pos[a][0] + pos[b][0]) / 2 for a, b in zip(edges["a"], edges["b"])]
    mid_y = [(pos[a][1] + pos[b][1]) / 2 for a, b in zip(edges["a"], edges["b"])]
    fig.add_trace(go.Scatter(
        x=mid_x, y=mid_y, mode="markers", marker={"size": 8, "color": "rgba(0,0,0,0)"}, showlegend=False,
        text=[f"{_escape_hover(a)} – {_escape_hover(b)}<br>{n} contacts: {_escape_hover(t)}"
              for a, b, n, t in zip(edges["a"], edges["b"], edges["count"], edges["types"])],
        hovertemplate="%{text}<extra></extra>",
    ))
    biggest = max(degree.values()) if degree else 1
    for kind in [k for k in KIND_COLOURS] + ["other"]:
        names = [n for n in keep if kinds.get(n, "other") == kind or (kind == "other" and kinds.get(n) not in KIND_COLOURS)]
        if not names:
            continue
        fig.add_trace(go.Scatter(
            x=[pos[n][0] for n in names], y=[pos[n][1] for n in names], mode="markers+text", name=kind,
            text=names, textposition="top center",
            textfont={"size": 11, "color": "#222222", "shadow": "1px 1px 2px white, -1px -1px 2px white"},
            marker={"size": [12 + 24 * math.sqrt(degree[n] / biggest) for n in names],
                    "color": KIND_COLOURS.get(kind, "#999999"), "line": {"width": 1, "color": "white"}},
            customdata=[[n, degree[n]] for n in names],
            hovertemplate="<b>%{text}</b><br>%{customdata[1]} contacts<extra></extra>",
        ))
    fig.update_xaxes(visible=False, range=[-1.25, 1.25], fixedrange=True)
    fig.update_yaxes(visible=False, range=[-1.2, 1.25], fixedrange=True)
    return _base_layout(fig, title, height)


def message_figure(message: str, *, height: int = 240) -> go.Figure:
    """An empty chart that says why it is empty (for exports of an empty selection)."""
    fig = go.Figure()
    fig.add_annotation(text=_escape_hover(message), x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False,
                       font={"size": 15, "color": "#666666"})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _base_layout(fig, None, height)
