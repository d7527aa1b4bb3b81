"""The dashboard in a real browser (Playwright's Python package driving Debian's Chromium).

Skipped when Chromium or Playwright is missing, unless DIPLO_REQUIRE_BROWSER=1 (CI), which turns the skip
into a failure so a missing browser cannot pass silently.
"""
from __future__ import annotations

import io
import os
from urllib.parse import parse_qs, urlparse

import pytest

from tests.browser.harness import (PAINT_MARKS_JS, chromium_path, launch_browser, paint_marks, streamlit_server,
                                   wait_charts, wait_idle, warm_up)
from tests.dashboard_fixtures import build_fixture_db

REQUIRED = os.environ.get("DIPLO_REQUIRE_BROWSER") == "1"


def _unavailable(reason: str):
    if REQUIRED:
        pytest.fail(f"DIPLO_REQUIRE_BROWSER=1 but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def playwright():
    if chromium_path() is None:
        _unavailable("no Chromium: apt-get install -y --no-install-recommends chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright Python package is not installed")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "diplo.duckdb"
    build_fixture_db(path)
    return path


@pytest.fixture(scope="module")
def server(db_path):
    with streamlit_server(db_path) as url:
        yield url


_warm: set[str] = set()


@pytest.fixture()
def page(playwright, server):
    browser = launch_browser(playwright)
    if server not in _warm:
        warm_up(browser, server)
        _warm.add(server)
    context = browser.new_context(viewport={"width": 1400, "height": 1400}, accept_downloads=True)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()
    browser.close()


def metric(page, label: str) -> str:
    return page.locator('[data-testid="stMetric"]', has_text=label).locator(
        '[data-testid="stMetricValue"]').first.inner_text()


def timeline_points(page):
    """The event markers of the timeline (first chart), as locators."""
    return page.locator('[data-testid="stPlotlyChart"]').first.locator(".scatterlayer .trace .points path")


def wait_points(page, n: int, timeout: float = 30_000) -> None:
    """Until the timeline shows n event markers: the headline counts update before Plotly redraws the chart."""
    page.wait_for_function("n => { const c = document.querySelector('[data-testid=stPlotlyChart]');"
                           " return !!c && c.querySelectorAll('.scatterlayer .trace .points path').length === n; }",
                           arg=n, timeout=timeout)


def pick_actor(page, typed: str) -> None:
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
    box.click()
    page.keyboard.type(typed)
    page.get_by_role("option").first.click()
    page.keyboard.press("Escape")


def test_filter_by_actor_in_english_and_in_arabic(page, server):
    page.goto(server)
    wait_charts(page)
    assert metric(page, "Events") == "7"
    all_points = timeline_points(page).count()
    pick_actor(page, "Biden")
    page.wait_for_function("() => [...document.querySelectorAll('[data-testid=stMetricValue]')]"
                           ".some(e => e.innerText === '1')")
    wait_charts(page)
    assert metric(page, "Events") == "1" and metric(page, "Calls") == "1"
    wait_points(page, 1)
    assert timeline_points(page).count() == 1 < all_points
    assert parse_qs(urlparse(page.url).query)["actor"] == ["Joe Biden"]
    page.goto(server)   # a fresh session; the Arabic name finds the same kind of actor
    wait_charts(page)
    pick_actor(page, "بوتين")
    page.wait_for_function("() => location.search.includes('actor=Vladimir')")
    wait_charts(page)
    assert metric(page, "Calls") == "3"


def test_shared_link_restores_the_view(page, server):
    page.goto(f"{server}/?actor=Emmanuel+Macron&type=call")
    wait_charts(page)
    assert metric(page, "Events") == "2"
    assert "Emmanuel Macron" in page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.inner_text()


def test_click_on_timeline_opens_the_source_with_evidence_highlighted(page, server):
    page.goto(f"{server}/?actor=Joe+Biden")
    wait_charts(page)
    point = timeline_points(page).first
    box = point.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url("**/source?**", timeout=30_000)
    evidence = page.locator("#diplo-evidence")
    evidence.wait_for(timeout=30_000)
    assert "US President" in page.locator(".dm-evidence").all_inner_texts()[0] + " ".join(
        page.locator(".dm-evidence").all_inner_texts())
    background = evidence.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    # the hostile article is shown as text, and none of its code ran
    assert "<script>window.__pwned = 1</script>" in page.locator(".diplo-article").inner_text()
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.locator(".diplo-article script, .diplo-article img").count() == 0


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_chart_downloads_are_valid_images(page, server, fmt, tmp_path):
    page.goto(f"{server}/export")
    wait_charts(page)
    button = page.locator('[data-testid="stDownloadButton"]', has_text=fmt.upper()).first
    with page.expect_download(timeout=60_000) as download:
        button.click()
    path = tmp_path / f"chart.{fmt}"
    download.value.save_as(path)
    data = path.read_bytes()
    if fmt == "png":
        from PIL import Image
        image = Image.open(io.BytesIO(data))
        image.verify()
        image = Image.open(io.BytesIO(data)).convert("L")
        ink = image.point(lambda v: 255 if v < 200 else 0).histogram()[255]
        assert image.width >= 1200 and ink > 5000
    else:
        assert data.lstrip().startswith(b"<svg") and b"Calls" in data and b"Sanctions" in data


def test_ingested_hostile_article_runs_no_script(page, server):
    page.goto(f"{server}/add-articles")
    wait_idle(page)
    page.get_by_role("tab", name="Paste text").click()
    hostile = ("Lavrov meets Erdogan <script>window.__pwned = 3</script> – Test Courier\n\n"
               "ANKARA, March 10, 2022 - Turkish President Recep Tayyip Erdogan met Sergey Lavrov on Thursday "
               "<img src=x onerror=\"window.__pwned = 4\"> in Antalya.")
    area = page.locator("textarea").first
    area.fill(hostile)
    area.press("Control+Enter")
    page.locator(".diplo-article").first.wait_for(timeout=30_000)
    wait_idle(page)
    assert "<script>window.__pwned = 3</script>" in page.locator(".diplo-article").first.inner_text()
    page.get_by_role("button", name="Add 1 article to the collection").click()
    page.get_by_text("They now appear in every chart").wait_for(timeout=30_000)
    assert page.evaluate("() => window.__pwned === undefined")
    page.goto(server)
    wait_charts(page)
    assert int(metric(page, "Articles")) == 5
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.errors == []


def test_plotly_camera_button_saves_a_png(page, server, tmp_path):
    page.goto(server)
    wait_charts(page)
    chart = page.locator('[data-testid="stPlotlyChart"]').first
    chart.hover()
    button = chart.locator('.modebar-btn[data-title^="Download plot"]')
    with page.expect_download(timeout=60_000) as download:
        button.click()
    assert download.value.suggested_filename == "diplo-timeline.png"
    path = tmp_path / "camera.png"
    download.value.save_as(path)
    from PIL import Image
    image = Image.open(path)
    image.verify()
    assert Image.open(path).width > 1000


def test_counts_and_timeline_come_first_then_the_entity_chart_and_a_click_on_a_bar_filters(page, server):
    page.add_init_script(PAINT_MARKS_JS)
    page.goto(server)
    marks = paint_marks(page, "second_chart")
    # the entity chart is asked for once the timeline is on screen, so it never delays it
    assert marks["counts"] <= marks["chart"] < marks["second_chart"]
    entities = page.locator('[data-testid="stPlotlyChart"]').nth(1)
    assert "number of events" in entities.inner_text()
    bar = entities.locator(".bars .point path").last      # the top bar (plotly draws the first one at the bottom)
    box = bar.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function("() => location.search.includes('actor=')", timeout=30_000)
    wait_charts(page)
    actor = parse_qs(urlparse(page.url).query)["actor"]
    assert len(actor) == 1
    assert actor[0] in page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.inner_text()
    assert page.errors == []


@pytest.mark.parametrize("path", ["", "source", "relations", "add-articles", "export"])
def test_no_page_asks_anything_of_another_machine(page, server, path):
    """The dashboard works offline: no font, icon or script comes from the internet."""
    elsewhere = []
    page.on("request", lambda request: elsewhere.append(request.url)
            if urlparse(request.url).hostname not in ("127.0.0.1", "localhost") and
            not request.url.startswith(("data:", "blob:")) else None)
    page.goto(f"{server}/{path}")
    wait_idle(page)
    page.wait_for_timeout(1500)
    assert elsewhere == []


@pytest.mark.parametrize("width, height", [(1280, 800), (1920, 1080)])
def test_relations_evidence_is_whole_and_arabic_reads_right_to_left(page, server, width, height):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{server}/relations?a=Emmanuel+Macron&b=Vladimir+Putin")
    wait_charts(page)
    cells = page.locator(".diplo-contacts td.diplo-sentence")
    assert cells.count() == 2
    for i in range(cells.count()):
        cell = cells.nth(i)
        shape = cell.evaluate("e => ({dir: getComputedStyle(e).direction, scroll: e.scrollWidth, client: e.clientWidth,"
                              " right: e.getBoundingClientRect().right, lines: e.getClientRects().length,"
                              " box: e.closest('.st-key-relation_table').getBoundingClientRect().right})")
        assert shape["scroll"] <= shape["client"] + 1 and shape["right"] <= shape["box"] + 1   # nothing cut
        if any("\u0600" <= ch <= "\u06ff" for ch in cell.inner_text()):
            assert shape["dir"] == "rtl"


def test_arabic_source_at_1280x800_reads_right_to_left_with_marks_on_the_offsets(page, server, db_path):
    from diplo.store import EventStore
    events = EventStore(db_path, read_only=True).events()
    event = events[events["evidence_text"].str.contains("أن ماكرون تحدث", na=False)].iloc[0]
    text = EventStore(db_path, read_only=True).document(event["doc_id"]).doc["text"]
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{server}/source?doc={event['doc_id']}&event={event['event_id']}")
    page.locator("#diplo-evidence").wait_for(timeout=30_000)
    wait_idle(page)
    article = page.locator(".diplo-article")
    assert article.evaluate("e => getComputedStyle(e).direction") == "rtl"
    # every mark shows exactly the characters of the article between its offsets
    for start, end, shown in page.locator(".diplo-article span[data-start]").evaluate_all(
            "spans => spans.map(s => [+s.dataset.start, +s.dataset.end, s.textContent])"):
        assert shown == text[start:end]
    evidence = "".join(page.locator(".diplo-article .dm-evidence").all_text_contents())
    assert evidence == text[int(event["evidence_start"]):int(event["evidence_end"])]
    # the card: each code stays on one line with its name, nothing wider than the card
    assert page.locator(".diplo-card .diplo-nowrap:has(.diplo-code)").evaluate_all(
        "spans => spans.map(s => s.getClientRects().length)") == [1, 1]      # CAMEO 041, PLOVER CONSULT
    assert page.locator(".diplo-card").evaluate("e => e.scrollWidth <= e.clientWidth + 1")
