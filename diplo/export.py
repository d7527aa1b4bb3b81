"""Exports: chart images (PNG, SVG, PDF) through one long-lived Chromium, events as CSV and JSON,
and the report bundle (charts, events, filters, citation with the data's hash and date).

Images need a Chromium or Chrome on the machine (kaleido drives it). Without one, `ImageExporter.available`
is False, `ImageExporter.problem` says how to install it, and every other export keeps working.
"""
from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import math
import os
import threading
import zipfile
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import pandas as pd
import plotly.graph_objects as go

import diplo

IMAGE_FORMATS = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
INSTALL_HELP = (
    "Image export needs Chromium (or Google Chrome) on this machine, and it was not found. "
    "On Debian or Ubuntu: `sudo apt-get install -y --no-install-recommends chromium fonts-noto-core`, "
    "then restart the dashboard. Elsewhere install Chrome, or point the BROWSER_PATH environment variable "
    "at a Chromium-based browser. The camera button on each chart still saves a PNG from your own browser, "
    "and the CSV, JSON and bundle downloads work without it."
)


def find_browser() -> str | None:
    """The Chromium/Chrome kaleido would use (BROWSER_PATH first), or None when there is none."""
    try:
        from choreographer.browsers.chromium import Chromium
        path = Chromium.find_browser(skip_local=False)
    except Exception:  # noqa: BLE001 - a broken install means no browser, which the UI explains
        return None
    return path if path and os.path.isfile(path) and os.access(path, os.X_OK) else None


class ImageExporter:
    """One Chromium kept alive by kaleido's sync server; calls are serialised because the server's
    request and answer queues are shared by every caller."""

    def __init__(self) -> None:
        self.browser = find_browser()
        self.problem: str | None = None if self.browser else INSTALL_HELP
        self._lock = threading.Lock()
        self._started = False

    @property
    def available(self) -> bool:
        return self.problem is None

    def start(self) -> ImageExporter:
        """Start the browser process once; later calls do nothing."""
        if not self.available or self._started:
            return self
        import kaleido
        if self.browser:
            os.environ.setdefault("BROWSER_PATH", self.browser)
        kaleido.start_sync_server(mathjax=False, silence_warnings=True)
        self._started = True
        return self

    def image(self, fig: go.Figure, fmt: str = "png", *, width: int = 1200, height: int | None = None,
              scale: float | None = None) -> bytes:
        """The figure as PNG, SVG or PDF bytes. Raises RuntimeError with INSTALL_HELP when no browser."""
        if fmt not in IMAGE_FORMATS:
            raise ValueError(f"unknown image format {fmt!r}: use one of {', '.join(IMAGE_FORMATS)}")
        if not self.available:
            raise RuntimeError(self.problem)
        import kaleido
        self.start()
        height = height or int(fig.layout.height or 500)
        opts = {"format": fmt, "width": width, "height": height, "scale": scale or (2 if fmt == "png" else 1)}
        with self._lock:
            if not _server_alive():
                kaleido.stop_sync_server(silence_warnings=True)
                kaleido.start_sync_server(mathjax=False, silence_warnings=True)
            return kaleido.calc_fig_sync(_for_print(fig), opts=opts)

    def stop(self) -> None:
        """Close the browser (tests and benchmarks; the app keeps it for its lifetime)."""
        if self._started:
            import kaleido
            kaleido.stop_sync_server(silence_warnings=True)
            self._started = False


def _server_alive() -> bool:
    import kaleido
    server = getattr(kaleido, "_global_server", None)
    thread = getattr(server, "_thread", None)
    return bool(server and server.is_running() and thread is not None and thread.is_alive())


def _for_print(fig: go.Figure) -> go.Figure:
    """A copy without the interactive-only hints, on white."""
    out = go.Figure(fig)
    out.update_layout(paper_bgcolor="white", plot_bgcolor="white")
    return out


# ---- events as files -------------------------------------------------------------------------------

def _plain(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (pd.Timestamp, datetime)):
        return None if pd.isna(value) else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "tolist"):
        return _plain(value.tolist())
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is pd.NaT:
        return None
    return value


def events_csv(events: pd.DataFrame) -> bytes:
    """Events as UTF-8 CSV (with BOM so spreadsheet programs read Arabic); lists joined with '; '."""
    frame = events.copy()
    for column in frame.columns:
        if frame[column].dtype == object and frame[column].map(lambda v: isinstance(v, (list, tuple))).any():
            frame[column] = frame[column].map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple))
                                              else ("; ".join(map(str, v.tolist())) if hasattr(v, "tolist") else v))
        elif pd.api.types.is_datetime64_any_dtype(frame[column]):
            frame[column] = frame[column].dt.strftime("%Y-%m-%d")
    return frame.to_csv(index=False).encode("utf-8-sig")


def events_json(events: pd.DataFrame) -> bytes:
    """Events as a JSON array of objects (lists kept as lists, dates as YYYY-MM-DD)."""
    records = [{k: _plain(v) for k, v in row.items()} for row in events.to_dict("records")]
    return json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8")


def data_hash(events: pd.DataFrame) -> str:
    """SHA-256 of the events CSV: the same events give the same hash."""
    ordered = events.sort_values("event_id") if "event_id" in events else events
    return hashlib.sha256(events_csv(ordered.reset_index(drop=True))).hexdigest()


def filters_dict(filters: Any) -> dict:
    """The filters as plain JSON values (a dataclass such as queries.Filters, or a mapping)."""
    if filters is None:
        return {}
    raw = dataclasses.asdict(filters) if dataclasses.is_dataclass(filters) else dict(filters)
    return {k: _plain(list(v) if isinstance(v, (set, frozenset, tuple)) else v) for k, v in raw.items()}


def describe_filters(filters: Any) -> str:
    """'actors: Vladimir Putin; types: call, meeting' or 'no filters' (fields at their default are left out)."""
    defaults = filters_dict(type(filters)()) if dataclasses.is_dataclass(filters) else {}
    parts = []
    for key, value in filters_dict(filters).items():
        if value in (None, [], "", ()) or (key in defaults and defaults[key] == value):
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        parts.append(f"{key.replace('_', ' ')}: {shown}")
    return "; ".join(parts) or "no filters"


def citation(events: pd.DataFrame, filters: Any = None, *, today: date | None = None) -> str:
    """A short citation: what the data is, when it was exported, its hash, the filters used."""
    today = today or date.today()
    digest = data_hash(events)
    dates = pd.to_datetime(events["date"], errors="coerce").dropna() if "date" in events else pd.Series()
    span = (f", dated {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates) else "")
    n_docs = events["doc_id"].nunique() if "doc_id" in events else 0
    versions = sorted({str(v) for v in events.get("lang_version", pd.Series(dtype=object)).dropna()})
    lines = [
        f"diplo {diplo.__version__}: conflict-diplomacy events extracted from Arabic and English news.",
        f"{len(events)} events from {n_docs} articles{span}; exported {today.isoformat()}.",
        f"Filters: {describe_filters(filters)}.",
        f"Data hash (SHA-256 of events.csv): {digest}",
    ]
    if versions:
        lines.append(f"Language data version: {', '.join(versions)}")
    lines.append(f"Cite as: diplo event data ({today.year}), {len(events)} events, sha256:{digest[:16]}, "
                 f"retrieved {today.isoformat()}.")
    return "\n".join(lines) + "\n"


def report_bundle(figures: Mapping[str, go.Figure], events: pd.DataFrame, filters: Any = None, *,
                  exporter: ImageExporter | None = None, today: date | None = None) -> bytes:
    """A zip: charts/NAME.png and .svg, events.csv, filters.json, CITATION.txt. Without a browser the
    charts go in as plotly JSON and README.txt says why."""
    buffer = io.BytesIO()
    notes = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, fig in figures.items():
            if exporter is not None and exporter.available:
                for fmt in ("png", "svg"):
                    bundle.writestr(f"charts/{name}.{fmt}", exporter.image(fig, fmt))
            else:
                bundle.writestr(f"charts/{name}.plotly.json", fig.to_json())
        if exporter is None or not exporter.available:
            notes.append("Charts are plotly JSON because no Chromium was found for images. "
                         + (exporter.problem if exporter else INSTALL_HELP))
        bundle.writestr("events.csv", events_csv(events))
        bundle.writestr("filters.json", json.dumps(filters_dict(filters), ensure_ascii=False, indent=2))
        bundle.writestr("CITATION.txt", citation(events, filters, today=today))
        listing = "\n".join(["diplo report bundle", "", "charts/      the charts of the dashboard",
                             "events.csv   the filtered events", "filters.json the filters used",
                             "CITATION.txt how to cite this data (with its hash)", "", *notes])
        bundle.writestr("README.txt", listing + "\n")
    return buffer.getvalue()
