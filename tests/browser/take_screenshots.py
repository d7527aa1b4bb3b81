"""Screenshots of the real pages, for the README and for looking at every page at two screen sizes.

    .venv/bin/python tests/browser/take_screenshots.py docs/screenshots            # the README's four
    .venv/bin/python tests/browser/take_screenshots.py /tmp/shots --all-sizes       # every page, 1280x800 + 1920x1080

Uses a database built from the bundled articles (seeds/ + data/corpus/articles/) in a temporary folder.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.browser.harness import launch_browser, streamlit_server, wait_charts, wait_idle, warm_up  # noqa: E402

SEED_EVIDENCE = "أن ماكرون تحدث"
PASTED = ROOT / "data" / "corpus" / "articles" / "ar_ru_03.txt"


def seed_event(db: Path) -> tuple[str, str]:
    from diplo.store import EventStore
    events = EventStore(db, read_only=True).events()
    row = events[events["evidence_text"].str.contains(SEED_EVIDENCE, na=False)].iloc[0]
    return row["doc_id"], row["event_id"]


def shoot(page, url: str, path: Path, *, charts: int) -> None:
    page.goto(url)
    if charts:
        wait_charts(page)
        # the overview's entity chart comes once the timeline is painted
        drawn = "document.querySelectorAll('[data-testid=stPlotlyChart] .main-svg').length"
        page.wait_for_function(f"() => {drawn} >= {charts}", timeout=30_000)
        wait_idle(page)
    else:
        page.wait_for_timeout(2000)
        wait_idle(page)
    page.wait_for_timeout(800)
    page.screenshot(path=str(path))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--all-sizes", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    from diplo.firstrun import ensure_database
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "diplo.duckdb"
        ensure_database(db)
        doc_id, event_id = seed_event(db)
        pages = {"overview": ("", 2), "source": (f"source?doc={doc_id}&event={event_id}", 0),
                 "relations": ("relations", 2), "add-articles": ("add-articles", 0),
                 "export": ("export", 3)}
        sizes = [(1280, 800), (1920, 1080)] if args.all_sizes else [(1600, 1000)]
        with streamlit_server(db) as url, sync_playwright() as p:
            browser = launch_browser(p)
            warm_up(browser, url)
            for width, height in sizes:
                suffix = f"-{width}x{height}" if args.all_sizes else ""
                page = browser.new_page(viewport={"width": width, "height": height})
                for name, (path, charts) in pages.items():
                    if name == "export" and not args.all_sizes:
                        continue
                    if name == "add-articles":
                        page.goto(f"{url}/{path}")
                        wait_idle(page)
                        page.get_by_role("tab", name="Paste text").click()
                        area = page.locator("textarea").first
                        area.fill(PASTED.read_text(encoding="utf-8"))
                        area.press("Control+Enter")
                        page.locator(".diplo-article").first.wait_for(timeout=60_000)
                        wait_idle(page)
                        page.locator("text=Preview:").first.scroll_into_view_if_needed()
                        page.wait_for_timeout(800)
                        page.screenshot(path=str(args.out / f"{name}{suffix}.png"))
                        continue
                    shoot(page, f"{url}/{path}", args.out / f"{name}{suffix}.png", charts=charts)
                page.close()
            browser.close()
    print("\n".join(sorted(str(p) for p in args.out.glob("*.png"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
