"""Exports: images from the one long-lived Chromium (Arabic must survive), CSV/JSON, the report bundle."""
from __future__ import annotations

import io
import json
import os
import zipfile
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import pytest
from PIL import Image

from diplo import charts, export
from diplo.queries import Filters
from tests.dashboard_fixtures import sample_events

NEED_BROWSER = os.environ.get("DIPLO_REQUIRE_BROWSER") == "1"


@pytest.fixture(scope="module")
def exporter():
    found = export.ImageExporter()
    if not found.available:
        if NEED_BROWSER:
            pytest.fail(f"DIPLO_REQUIRE_BROWSER=1 but no Chromium: {found.problem}")
        pytest.skip("no Chromium on this machine")
    found.start()
    yield found
    found.stop()


def _ink(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    """Number of pixels in the box that are not the white background."""
    region = image.convert("L").crop(box).point(lambda v: 255 if v < 200 else 0)
    return int(region.histogram()[255])


def _title_figure(title: str) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(title={"text": title, "x": 0.02, "xanchor": "left", "font": {"size": 28}},
                      width=800, height=300, paper_bgcolor="white", plot_bgcolor="white",
                      font={"family": charts.FONT}, margin={"t": 80})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def test_arabic_title_survives_png_export(exporter):
    png = exporter.image(_title_figure("مكالمات ماكرون وبوتين"), "png", width=800, height=300, scale=1)
    image = Image.open(io.BytesIO(png))
    assert image.size == (800, 300)
    title_box = (0, 0, 800, 80)
    blank = Image.open(io.BytesIO(exporter.image(_title_figure(""), "png", width=800, height=300, scale=1)))
    assert _ink(blank, title_box) == 0
    assert _ink(image, title_box) > 400     # glyphs drawn, not silently dropped


@pytest.mark.parametrize("fmt, magic", [("png", b"\x89PNG\r\n\x1a\n"), ("svg", b"<svg"), ("pdf", b"%PDF")])
def test_every_format_is_a_valid_file_of_the_chart(exporter, fmt, magic):
    data = exporter.image(charts.timeline_figure(sample_events()), fmt)
    assert data.startswith(magic) or (fmt == "svg" and magic in data[:200])
    if fmt == "svg":
        assert b"Calls" in data and b"Sanctions" in data
    if fmt == "png":
        image = Image.open(io.BytesIO(data))
        assert image.width == 2400          # 1200 px at scale 2
        assert _ink(image, (0, 0, image.width, image.height)) > 5000


def test_export_is_fast_once_warm(exporter):
    import time
    fig = charts.timeline_figure(sample_events())
    exporter.image(fig, "png")
    started = time.perf_counter()
    exporter.image(fig, "png")
    assert time.perf_counter() - started < 1.5    # target 0.5 s; generous for a loaded CI machine


def test_missing_browser_is_explained(monkeypatch, tmp_path):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "nothing-here"))
    missing = export.ImageExporter()
    assert not missing.available and "apt-get install" in missing.problem
    with pytest.raises(RuntimeError, match="Chromium"):
        missing.image(go.Figure(), "png")
    bundle = zipfile.ZipFile(io.BytesIO(export.report_bundle({"timeline": go.Figure()}, sample_events(),
                                                               Filters(), exporter=missing)))
    names = set(bundle.namelist())
    assert "charts/timeline.plotly.json" in names and "events.csv" in names
    assert "no Chromium" in bundle.read("README.txt").decode()


def test_csv_keeps_arabic_and_joins_lists():
    data = export.events_csv(sample_events())
    assert data.startswith("\ufeff".encode())
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    row = frame[frame["event_id"] == "ev-call-1"].iloc[0]
    assert row["actor_names"] == "Emmanuel Macron; Vladimir Putin"
    assert row["outlet"] == "الحقيقة نت" and row["date"] == "2022-03-22"


def test_json_is_a_list_of_events_with_lists_and_iso_dates():
    records = json.loads(export.events_json(sample_events()))
    call = next(r for r in records if r["event_id"] == "ev-call-1")
    assert call["actor_names"] == ["Emmanuel Macron", "Vladimir Putin"] and call["date"] == "2022-03-22"
    undated = next(r for r in records if r["event_id"] == "ev-aid-1")
    assert undated["date"] is None


def test_data_hash_depends_on_the_events_not_their_order():
    events = sample_events()
    assert export.data_hash(events) == export.data_hash(events.iloc[::-1])
    changed = events.copy()
    changed.loc[0, "date"] = pd.Timestamp("2022-03-23")
    assert export.data_hash(changed) != export.data_hash(events)


def test_citation_names_filters_hash_and_date():
    filters = Filters(actors=["Vladimir Putin"], types=["call"])
    text = export.citation(sample_events(), filters, today=date(2026, 11, 29))
    assert "Filters: actors: Vladimir Putin; types: call." in text
    assert f"Data hash (SHA-256 of events.csv): {export.data_hash(sample_events())}" in text
    assert "exported 2026-11-29" in text and "dated 2022-03-05 to 2022-04-15" in text
    assert "Filters: no filters." in export.citation(sample_events(), Filters())


def test_report_bundle_holds_charts_events_filters_and_citation(exporter):
    figures = {"timeline": charts.timeline_figure(sample_events()), "entities": charts.message_figure("none")}
    data = export.report_bundle(figures, sample_events(), Filters(actors=["Vladimir Putin"]), exporter=exporter,
                                today=date(2026, 11, 29))
    bundle = zipfile.ZipFile(io.BytesIO(data))
    names = set(bundle.namelist())
    assert {"charts/timeline.png", "charts/timeline.svg", "charts/entities.png", "charts/entities.svg",
            "events.csv", "filters.json", "CITATION.txt", "README.txt"} <= names
    assert json.loads(bundle.read("filters.json"))["actors"] == ["Vladimir Putin"]
    assert bundle.read("charts/timeline.png").startswith(b"\x89PNG")
    assert "2026-11-29" in bundle.read("CITATION.txt").decode()
