"""One real browser: Debian's Chromium (never a downloaded one) against ``streamlit run app.py`` on a
loopback port, with every request that is not for 127.0.0.1 aborted — the map must work offline.

The app starts on an empty temporary data dir and seeds itself from the sample corpus.
"""

from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import require

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LOCAL = ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:", "about:")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data = tmp_path_factory.mktemp("iim-data")
    yield from _serve(data, f"sqlite:///{data / 'incidents.sqlite3'}")


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        blocked: list[str] = []

        def offline(route):
            if route.request.url.startswith(LOCAL):
                route.continue_()
            else:
                blocked.append(route.request.url)
                route.abort()

        context.route("**/*", offline)
        tab = context.new_page()
        tab.blocked = blocked
        yield tab
        browser.close()


def expected(url: str, governorate: str):
    sys.path.insert(0, str(ROOT))
    from storage.queries import Filters, query_incidents
    from storage.store import get_engine

    return query_incidents(get_engine(url), Filters(governorates=(governorate,)))


def map_frame(page):
    page.wait_for_selector("iframe[title*='st_folium']", timeout=90_000)
    frame = next(f for f in page.frames if "streamlit_folium" in f.url)
    frame.wait_for_selector("path.leaflet-interactive", timeout=30_000)
    return frame


def test_map_offline_with_governorate_from_url(server, page):
    base, url = server
    # The first request of the process names a page: the multipage-v1 path (see dashboard.filters._leave_mpa_v1).
    page.goto(f"{base}/map?gov=Diyala")
    frame = map_frame(page)
    page.wait_for_timeout(1500)
    diyala = expected(url, "Diyala")
    assert len(diyala) > 0, "the sample corpus should hold incidents in Diyala"
    # the filter from the URL is applied: the sidebar shows it and the map caption counts Diyala only
    sidebar = page.locator("section[data-testid='stSidebar']")
    assert "Diyala" in sidebar.inner_text()
    caption = page.get_by_text(" incidents, ").first.inner_text()
    assert caption.startswith(f"{diyala['latitude'].notna().sum()} incidents")
    # polygons (offline basemap: governorates and neighbours) and incident markers drawn with no internet
    assert frame.locator("path.leaflet-interactive").count() >= 18
    markers = frame.locator(".iim-cluster").count() + frame.locator("path[stroke-dasharray='2 6']").count() \
        + frame.locator("path[fill-opacity='0.8']").count()
    assert markers > 0
    assert not [u for u in page.blocked if "leaflet" in u or "jquery" in u]


def test_csv_download_has_bom_and_the_filtered_rows(server, page):
    base, url = server
    page.goto(f"{base}/incidents?gov=Diyala")
    button = page.get_by_role("button", name="Download CSV")
    button.wait_for(timeout=60_000)
    with page.expect_download(timeout=30_000) as info:
        button.click()
    download = info.value
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    diyala = expected(url, "Diyala")
    assert len(rows) == len(diyala)
    assert {r["admin1"] for r in rows} == {"Diyala"}
    assert "diyala" in download.suggested_filename.lower()


# ---------------------------------------------------------------- the journalist's morning ("Done when")
SHOTS = {"map": "screenshot-map.png", "map_ar": "screenshot-map-ar.png", "ingest": "screenshot-ingest.png"}


def shot(page, name: str, tmp_path) -> None:
    """A README screenshot: written to docs/ only with IIM_UPDATE_SCREENSHOT=1, else to a temp dir (a test
    run leaves the committed files alone; refresh them deliberately with
    ``IIM_UPDATE_SCREENSHOT=1 .venv/bin/python -m pytest tests/app/test_browser.py``)."""
    target = ROOT / "docs" / SHOTS[name] if os.environ.get("IIM_UPDATE_SCREENSHOT") else tmp_path / SHOTS[name]
    target.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000


def settle(page, ms: int = 1500) -> None:
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(ms)


def test_typed_date_applies_on_enter_then_the_page_switches(server, page):
    base, _ = server
    page.goto(f"{base}/")
    field = page.locator("section[data-testid='stSidebar'] input[aria-label='From']")
    field.wait_for(timeout=60_000)
    field.fill("2025-05-01")
    field.press("Enter")
    page.locator("section[data-testid='stSidebar'] a[href$='/map']").click()  # at once, no wait
    page.wait_for_url("**/map?**", timeout=30_000)
    settle(page)
    assert "from=2025-05-01" in page.url
    assert page.locator("section[data-testid='stSidebar'] input[aria-label='From']").input_value() == "2025-05-01"


def test_arabic_sidebar_on_the_right_and_no_latin_sub_type(server, page):
    sys.path.insert(0, str(ROOT))
    from extract.acled_types import acled_types

    base, _ = server
    page.goto(f"{base}/?lang=ar")
    page.get_by_text("أحدث الحوادث").first.wait_for(timeout=60_000)
    settle(page)
    sidebar = page.locator("section[data-testid='stSidebar']").bounding_box()
    main = page.locator("[data-testid='stMain']").bounding_box()
    assert sidebar["x"] > main["x"], (sidebar, main)
    text = page.locator("[data-testid='stMain']").inner_text()
    latin = [s.name for kind in acled_types() for s in kind.sub_event_types if s.name in text]
    assert not latin, latin


def test_ingest_shows_the_incident_and_its_map_link_works(server, page, tmp_path):
    base, _ = server
    page.goto(f"{base}/ingest")
    page.get_by_text("Or paste an article").first.click()
    page.locator("textarea[aria-label='Article text']").fill(
        "Rocket attack on Balad air base\nThree Katyusha rockets struck Balad air base in Salah al-Din "
        "province on Monday, security sources said. No casualties were reported.")
    page.locator("input[aria-label='Source name']").fill("Field notes")
    page.get_by_role("button", name="Ingest").click()
    link = page.get_by_role("link", name="On the map").first
    link.wait_for(timeout=120_000)
    page.locator("mark").first.wait_for(timeout=30_000)  # the evidence highlighted in the article
    settle(page, 500)
    page.locator("mark").first.evaluate("e => e.scrollIntoView({block: 'center'})")  # the screenshot shows the result
    page.wait_for_timeout(300)
    shot(page, "ingest", tmp_path)
    link.click()
    page.wait_for_url("**/map?incident=*", timeout=30_000)
    page.wait_for_selector("iframe[title*='st_folium']", timeout=90_000)
    frame = next(f for f in page.frames if "streamlit_folium" in f.url)
    frame.wait_for_selector(".leaflet-popup .iim-pop", timeout=60_000)  # fitted on it, its popup open
    assert "Balad" in frame.locator(".iim-pop").first.inner_text()
    incident_id = page.url.split("incident=")[1].split("&")[0]
    page.goto(f"{base}/incidents?incident={incident_id}")
    page.get_by_text(f"Incident detail #{incident_id}").first.wait_for(timeout=60_000)  # ?incident=ID
    page.get_by_text("Balad").first.wait_for(timeout=30_000)


def test_screenshots_of_the_map_in_both_languages(server, page, tmp_path):
    base, _ = server
    for name, query in (("map", ""), ("map_ar", "?lang=ar")):
        page.goto(f"{base}/map{query}")
        map_frame(page)
        settle(page)
        shot(page, name, tmp_path)


def test_no_request_left_the_machine(server, page):
    """Runs after the others on the same tab: nothing but 127.0.0.1 was asked for (favicon included)."""
    assert page.blocked == [], page.blocked


@pytest.fixture(scope="module")
def big_server(tmp_path_factory):
    """The app on 100,000 generated incidents (bench/gen_incidents.py)."""
    sys.path.insert(0, str(ROOT))
    from bench.gen_incidents import generate
    from storage.store import get_engine

    data = tmp_path_factory.mktemp("iim-big")
    url = f"sqlite:///{data / 'incidents.sqlite3'}"
    engine = get_engine(url)
    generate(engine, 100_000)
    engine.dispose()
    yield from _serve(data, url)


def _serve(data: Path, url: str, **settings: str):
    require(CHROMIUM.is_file(), f"Debian's Chromium not found at {CHROMIUM}")
    port = free_port()
    env = {**os.environ, "IIM_DATA_DIR": str(data), "DATABASE_URL": url, "IIM_EDITOR_PASSWORD": "", **settings}
    log = (data / "streamlit.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.headless", "true", "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none", "--server.runOnSave", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("streamlit did not start: " + (data / "streamlit.log").read_text())
    yield base, url
    proc.terminate()
    proc.wait(timeout=20)
    log.close()


def test_popup_with_evidence_at_100000_incidents_after_one_click(big_server, page):
    base, _ = big_server
    page.goto(f"{base}/map")
    frame = map_frame(page)
    frame.wait_for_selector("path.leaflet-interactive[stroke='#ffffff']", timeout=60_000)  # server clusters
    page.wait_for_timeout(1000)
    frame.locator("path.leaflet-interactive[stroke='#ffffff']").first.click(force=True)
    popup = frame.locator(".leaflet-popup .iim-pop").first
    popup.wait_for(timeout=15_000)
    text = popup.inner_text()
    assert "Synthetic report" in text and "Zoom in" in text and "Show these in the table" in text
    assert page.blocked == [], page.blocked


# ---------------------------------------------------------------- live news (issue 9): a watcher feeds the Overview
@pytest.fixture(scope="module")
def live_server(tmp_path_factory):
    """The app on its own temporary database, its live panel refreshing every 2 s."""
    data = tmp_path_factory.mktemp("iim-live")
    yield from _serve(data, f"sqlite:///{data / 'incidents.sqlite3'}", IIM_LIVE_REFRESH="2")


def test_items_from_a_watcher_arrive_in_the_live_panel_without_a_reload(live_server, page, tmp_path):
    sys.path.insert(0, str(ROOT))
    from tests.loopback import files, serve

    base, url = live_server
    page.goto(f"{base}/")
    page.get_by_text("Latest reports (live)").first.wait_for(timeout=60_000)
    settle(page)
    main = page.locator("[data-testid='stMain']")
    assert "Test Gazette" not in main.inner_text()
    page.evaluate("window.iimSamePage = true")  # gone if the page were loaded again
    with serve(files(ROOT / "tests" / "storage" / "fixtures" / "feeds")) as outlet:
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(f"feeds:\n  - name: Test Gazette\n    url: {outlet}/rss1.rdf\n", encoding="utf-8")
        watcher = subprocess.run([sys.executable, "-m", "extract", "watch", str(feeds), "--once", "--allow-private",
                                  "--db", url], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                                 capture_output=True, text=True, timeout=180)
    assert watcher.returncode == 0 and "Test Gazette: 1 new" in watcher.stderr, watcher.stderr
    arrived = main.locator("[data-testid='stMarkdownContainer']", has_text="Test Gazette").first
    arrived.wait_for(timeout=30_000)  # the panel's next refresh, with no reload and no click
    assert arrived.inner_text().startswith("Peaceful protest · Basra, Basra · Test Gazette · published")
    assert page.evaluate("window.iimSamePage") is True
    assert page.blocked == [], page.blocked
