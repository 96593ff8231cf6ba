"""The web app in real headless Chromium (Debian ``chromium`` + ``chromium-driver``, driven by
Selenium): list, search, story, highlighting switch, upload, and that injected markup never runs.

Screenshots go to ``$NEWSPRISM_ARTIFACTS`` (default ``test-artifacts/screenshots``).
``.ci/run`` installs Chromium when it is missing; without it these tests are skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from newsprism.pipeline import analyze

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
SHOTS = Path(os.environ.get("NEWSPRISM_ARTIFACTS", ROOT / "test-artifacts")) / "screenshots"
TOKEN = "browser-token"

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="Debian chromium and chromium-driver not installed"
)


_DBS: dict[str, str] = {}


def server_db(url: str) -> str:
    """The store the test server at ``url`` serves."""
    return _DBS[url]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from newsprism.web import create_app

    db = tmp_path_factory.mktemp("browser") / "b.db"
    analyze(EXAMPLES, db=str(db))
    app = create_app(str(db), allow_ingest=True, token=TOKEN)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    _DBS[f"http://127.0.0.1:{port}"] = str(db)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--window-size=1280,1000"):  # fmt: skip
        opts.add_argument(arg)
    opts.binary_location = CHROMIUM
    # (Chromium leaves its singleton socket's folder in $TMPDIR: in the test's own folder, not /tmp)
    tmp = str(tmp_path_factory.mktemp("chromium"))
    d = webdriver.Chrome(service=Service(DRIVER, env={**os.environ, "TMPDIR": tmp}), options=opts)
    d.implicitly_wait(5)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield d
    d.quit()


def shot(d, name: str) -> None:
    d.save_screenshot(str(SHOTS / f"{name}.png"))


def test_list_search_story_and_highlighting(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    d = browser
    d.get(server + "/")
    assert d.title.startswith("Stories")
    assert len(d.find_elements(By.CSS_SELECTOR, "ol.stories li")) == 3
    shot(d, "01-story-list")
    box = d.find_element(By.NAME, "q")
    box.send_keys("bridge")
    box.submit()
    WebDriverWait(d, 20).until(ec.url_contains("q=bridge"))
    items = d.find_elements(By.CSS_SELECTOR, "ol.stories li h2 a")
    assert [i.text for i in items] == ["Kessling Bridge shut after cracks found in support cables"]
    shot(d, "02-search-bridge")
    items[0].click()
    WebDriverWait(d, 60).until(ec.url_contains("/stories/"))
    assert "Kessling Bridge" in d.find_element(By.TAG_NAME, "h1").text
    assert len(d.find_elements(By.CSS_SELECTOR, ".sbs .col")) == 4
    d.set_window_size(1280, 2600)
    shot(d, "03-story-page")
    d.set_window_size(1280, 1000)
    unique = d.find_element(By.CSS_SELECTOR, ".sbs .s.unique")
    consensus = d.find_element(By.CSS_SELECTOR, ".sbs .s.consensus")
    grouped = consensus.value_of_css_property("background-color")
    assert grouped != "rgba(0, 0, 0, 0)"  # matching-information colours by default
    d.find_element(By.CSS_SELECTOR, "label[for='hl-s-story']").click()
    assert consensus.value_of_css_property("background-color") == "rgba(205, 236, 207, 1)"
    assert unique.value_of_css_property("background-color") == "rgba(253, 224, 220, 1)"
    d.execute_script("arguments[0].scrollIntoView()", consensus)
    shot(d, "04-highlight-consensus")
    d.find_element(By.CSS_SELECTOR, "label[for='hl-n-story']").click()
    assert consensus.value_of_css_property("background-color") == "rgba(0, 0, 0, 0)"
    # keyboard: the switch is made of focusable radio inputs
    radio = d.find_element(By.ID, "hl-g-story")
    radio.send_keys(" ")
    assert radio.is_selected()


def test_upload_joins_story(server, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    from test_web import BRIDGE_FOLLOW_UP

    f = tmp_path / "eastport.txt"
    f.write_text(BRIDGE_FOLLOW_UP, encoding="utf-8")
    d = browser
    d.get(server + "/ingest")
    shot(d, "05-ingest-form")
    d.find_element(By.ID, "files").send_keys(str(f))
    d.find_element(By.ID, "token").send_keys(TOKEN)
    d.find_element(By.ID, "submit").click()
    WebDriverWait(d, 60).until(ec.presence_of_element_located((By.ID, "joined")))
    assert "/stories/" in d.current_url
    assert "Eastport Herald" in d.find_element(By.CSS_SELECTOR, "svg.timeline").get_attribute("innerHTML")
    assert len(d.find_elements(By.CSS_SELECTOR, ".sbs .col")) == 5
    assert "copy of Eastport Herald" not in d.page_source  # an independent report, not a copy
    shot(d, "06-joined-story")


def test_injected_markup_never_runs(server, browser, tmp_path):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    from test_web import XSS

    f = tmp_path / "xss.jsonl"
    f.write_text(json.dumps(XSS) + "\n", encoding="utf-8")
    d = browser
    d.get(server + "/ingest")
    d.find_element(By.ID, "files").send_keys(str(f))
    d.find_element(By.ID, "token").send_keys(TOKEN)
    d.find_element(By.ID, "submit").click()
    WebDriverWait(d, 60).until(ec.presence_of_element_located((By.ID, "joined")))
    for path in ("/", "/?q=tunnel", "/articles/xss-1", d.current_url.replace(server, "")):
        d.get(server + path)
        assert d.execute_script("return window.__xss === undefined")
        with pytest.raises(NoAlertPresentException):
            d.switch_to.alert.text  # noqa: B018
        assert not d.find_elements(By.CSS_SELECTOR, "main img, main svg[onload], main script")
        assert not d.find_elements(By.CSS_SELECTOR, "a[href^='javascript']")
    d.get(server + "/articles/xss-1")
    assert d.find_element(By.TAG_NAME, "h1").text == "<script>window.__xss = 1</script> Harbour tunnel plan"
    shot(d, "07-escaped-article")


def test_phone_width(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    d = browser
    d.set_window_size(390, 844)
    d.get(server + "/")
    width = d.execute_script("return document.documentElement.scrollWidth")
    assert width <= 400  # nothing forces sideways scrolling on the list
    shot(d, "08-phone-list")
    d.find_element(By.CSS_SELECTOR, "ol.stories li h2 a").click()
    WebDriverWait(d, 60).until(ec.url_contains("/stories/"))
    assert d.execute_script("return document.documentElement.scrollWidth") <= 400
    shot(d, "09-phone-story")
    d.set_window_size(1280, 1000)


def test_article_versions_are_shown(server, browser):
    """A corrected article seen again at its URL: the page shows its versions and the diff."""
    import httpx
    from selenium.webdriver.common.by import By

    src = (EXAMPLES / "harbour-gazette" / "okonjo-mayor.txt").read_text(encoding="utf-8")
    head, body = src.split("\n\n", 1)
    fixed = body.replace("since 2019", "since 2018", 1)
    fixed = fixed.replace("\n\n", "\n\nCorrection: an earlier version of this article said Daniel Frost had "
                          "been mayor since 2019. He took office in 2018.\n\n", 1)  # fmt: skip
    assert fixed != body
    r = httpx.post(f"{server}/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"},
                   files={"files": ("okonjo-v2.txt", (head + "\n\n" + fixed).encode(), "text/plain")})  # fmt: skip
    assert r.status_code == 200 and r.json()["updated"] == 1, r.text
    [aid] = r.json()["assignments"]
    d = browser
    d.get(f"{server}/articles/{aid}#versions")
    section = d.find_element(By.ID, "versions")
    assert section.is_displayed()
    flags = [e.text for e in d.find_elements(By.CSS_SELECTOR, ".version .flags li")]
    assert any(f.startswith("correction") for f in flags) and any(f.startswith("numbers") for f in flags)
    assert "2019" in d.find_element(By.CSS_SELECTOR, ".diff del").text
    assert "Correction" in d.find_element(By.CSS_SELECTOR, ".article-text").text  # the page shows the latest
    shot(d, "10-article-versions")


def test_sources_page(server, browser):
    """The sources `newsprism watch` follows, as a reader sees them (one recorded here directly)."""
    from selenium.webdriver.common.by import By

    from newsprism.store import open_store
    from newsprism.store.base import WatchSource

    db = server_db(server)
    with open_store(db) as s:
        s.save_watch_source(WatchSource("https://harbourgazette.example/rss.xml", "The Harbour Gazette",
                                        last_poll="2026-03-16T09:00:00Z", last_ok="2026-03-16T09:00:00Z",
                                        polls=3, new_articles=12, updated_articles=1))  # fmt: skip
        s.save_watch_source(WatchSource("https://meridianwire.example/news-sitemap.xml", "Meridian Wire",
                                        last_poll="2026-03-16T09:01:00Z", polls=3, errors=3,
                                        last_error="HTTP 503"))  # fmt: skip
    d = browser
    d.get(f"{server}/sources")
    rows = d.find_elements(By.CSS_SELECTOR, "table.sources tbody tr")
    assert len(rows) == 2 and "The Harbour Gazette" in rows[0].text and "HTTP 503" in rows[1].text
    assert d.find_element(By.LINK_TEXT, "Sources").is_displayed()
    shot(d, "11-sources")
