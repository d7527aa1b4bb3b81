"""Run the dashboard in a real Streamlit server and drive it with Playwright + Debian's Chromium.

Never `playwright install`: the browser is the system's (/usr/bin/chromium, or DIPLO_CHROMIUM).
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--lang=en-US"]


def chromium_path() -> str | None:
    """The Chromium to drive, or None when the machine has none."""
    wanted = os.environ.get("DIPLO_CHROMIUM") or "/usr/bin/chromium"
    if os.path.isfile(wanted) and os.access(wanted, os.X_OK):
        return wanted
    return shutil.which("chromium") or shutil.which("chromium-browser")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def streamlit_server(db_path: str | os.PathLike, *, env: dict | None = None, timeout: float = 60.0,
                     script: str | os.PathLike | None = None):
    """Start `streamlit run dashboard.py` (or another script) on a free port with DIPLO_DB set; yields
    the base URL."""
    port = free_port()
    environment = {**os.environ, "DIPLO_DB": str(db_path), **(env or {})}
    log = open(Path(db_path).with_suffix(".server.log"), "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script or ROOT / "dashboard.py"), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                raise RuntimeError(f"streamlit did not start: {Path(log.name).read_text()[-2000:]}")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def warm_up(browser, url: str) -> None:
    """Open the app once. Streamlit wraps the very first run of a server process in its legacy pages/
    handling, which answers a deep link (/source?...) with a "Page not found" notice; later runs do not."""
    page = browser.new_page()
    page.goto(url)
    wait_idle(page)
    page.close()


def launch_browser(playwright):
    """Chromium through Playwright, with the flags that work headless on these machines."""
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)


def wait_idle(page, timeout: float = 30_000) -> None:
    """Until the script has finished running (call after a visible change, the attribute alone races)."""
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout)


def wait_charts(page, timeout: float = 30_000) -> None:
    """Until the app is idle and at least one plotly chart is drawn."""
    wait_idle(page, timeout)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=timeout)


# Timestamps (ms since navigation start) of what a user sees first, recorded by the page itself so that
# Playwright's own round trips are not counted: the app shell, the headline counts, the first chart drawn
# and painted (a frame after its traces are in the svg), and the second chart painted.
PAINT_MARKS_JS = """
window.__diplo_marks = {};
(() => {
  const marks = window.__diplo_marks;
  const painted = (name) => requestAnimationFrame(() => setTimeout(() => {
    marks[name] = performance.now();
    performance.mark('diplo-' + name);   // also in a Chrome trace
  }, 0));
  const look = () => {
    const q = (s) => document.querySelector(s);
    if (!marks.shell && q('[data-testid="stApp"]')) marks.shell = performance.now();
    if (!marks.counts && q('[data-testid="stMetricValue"]')) {
      marks.counts_in_dom = performance.now(); marks.counts = -1; painted('counts');
    }
    // a chart counts as drawn once plotly has put its traces (markers, bars, lines) in the svg
    const drawn = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
      .filter((c) => c.querySelector('.main-svg .trace')).length;
    if (!marks.chart && drawn >= 1) { marks.chart_in_dom = performance.now(); marks.chart = -1; painted('chart'); }
    if (!marks.second_chart && drawn >= 2) { marks.second_chart = -1; painted('second_chart'); }
  };
  new MutationObserver(look).observe(document, {subtree: true, childList: true});
})();
"""


def paint_marks(page, wanted: str = "chart", timeout: float = 60_000) -> dict[str, float]:
    """Wait until the mark `wanted` (chart: the first chart painted) is set; the page's own marks in ms
    (PAINT_MARKS_JS must have been added with page.add_init_script before navigating)."""
    page.wait_for_function(f"() => (window.__diplo_marks || {{}}).{wanted} > 0", timeout=timeout)
    return {k: v for k, v in page.evaluate("window.__diplo_marks").items() if v > 0}
