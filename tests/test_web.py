"""The web app and REST API through FastAPI's test client (no browser): pages, JSON, security."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsprism.pipeline import analyze
from newsprism.web import CSP, create_app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TOKEN = "test-token-123"

BRIDGE_FOLLOW_UP = """Outlet: Eastport Herald
URL: https://eastportherald.example/kessling-bridge-repairs
Published: 2026-03-12T16:00:00Z

Kessling Bridge to stay shut while engineers check cracked cables

The Kessling Bridge in Port Elling will stay closed to traffic while engineers examine cracks found in
its support cables on Thursday, the city's transport commissioner Ana Ruiz said.

Buses are being diverted over the Carrow Road crossing, and commuters from the Alder peninsula face
long delays.
"""

XSS = {
    "id": "xss-1",
    "outlet": "Evil <b>Outlet</b>",
    "url": "javascript:alert(1)",
    "title": "<script>window.__xss = 1</script> Harbour tunnel plan",
    "published": "2026-03-20T10:00:00Z",
    "text": 'Harbour tunnel plan. <img src=x onerror="window.__xss=2"> <a href="javascript:alert(1)">click</a> '
    "The council said the tunnel under Port Elling harbour would cost £2bn. <svg onload=alert(1)>",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("web") / "web.db"
    analyze(EXAMPLES, db=str(path))
    return str(path)


@pytest.fixture
def fresh_db(db, tmp_path) -> str:
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    return str(copy)


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


def _story_id(client, words: str) -> str:
    return client.get("/api/stories", params={"q": words}).json()["items"][0]["id"]


def test_story_list_search_filters_and_pages(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-security-policy"] == CSP
    for title in ("Kessling Bridge shut", "Pellworth council approves", "Will Margaret Okonjo swap"):
        assert title in r.text
    found = client.get("/", params={"q": "pellworth"}).text
    assert (
        "Pellworth council approves" in found and "Kessling Bridge shut" not in found and "1 story" in found
    )
    page = client.get("/api/stories", params={"q": "bridge"}).json()
    assert page["total"] == 1 and page["items"][0]["title"].startswith("Kessling Bridge")
    assert client.get("/api/stories", params={"outlet": "Meridian Wire"}).json()["total"] == 1
    assert client.get("/api/stories", params={"min_outlets": 4}).json()["total"] == 2
    covered = client.get("/api/stories", params={"sort": "covered"}).json()["items"]
    assert len(covered[0]["outlets"]) >= len(covered[-1]["outlets"])
    assert client.get("/api/stories", params={"since": "2026-03-14"}).json()["total"] == 1
    assert client.get("/api/stories", params={"until": "2026-03-10"}).json()["total"] == 1
    p = client.get("/api/stories", params={"limit": 1, "offset": 1}).json()
    assert p["total"] == 3 and len(p["items"]) == 1 and p["offset"] == 1
    assert client.get("/api/stories", params={"limit": 0}).status_code == 422
    assert client.get("/api/stories", params={"sort": "drop table"}).status_code == 422


def test_story_page_and_story_endpoints(client):
    sid = _story_id(client, "kessling")
    r = client.get(f"/stories/{sid}")
    assert r.status_code == 200
    html = r.text
    for needle in ("Brief", "Side by side", "Conflicting facts", "30,000 vehicles", "24,000 vehicles",
                   'class="timeline"', 'class="prov"', "copy of Meridian Wire", "Quotes across outlets"):  # fmt: skip
        assert needle in html, needle
    brief = client.get(f"/api/stories/{sid}/brief").json()
    comp = client.get(f"/api/stories/{sid}/comparison").json()
    assert brief["sentences"] == comp["brief"]["sentences"] and brief["title"].startswith("Kessling")
    assert {c["kind"] for c in comp["conflicts"]} == {"count", "duration"}
    quotes = client.get(f"/api/stories/{sid}/quotes").json()
    assert quotes["quote_groups"] and set(quotes["quotes"]) == set(comp["article_ids"])
    story = client.get(f"/api/stories/{sid}").json()
    assert len(story["article_ids"]) == 4 and len(story["duplicates"]) == 2
    assert client.get("/api/stories/nope").status_code == 404
    assert client.get("/api/stories/nope/brief").json() == {"detail": "no story 'nope'"}
    missing = client.get("/stories/nope")
    assert missing.status_code == 404 and "<h1>404</h1>" in missing.text


def test_article_page_highlights_quotes_entities_and_ignored_text(client):
    items = client.get("/api/articles", params={"outlet": "The Harbour Gazette", "limit": 10}).json()["items"]
    a = next(i for i in items if "Kessling" in i["title"])
    full = client.get(f"/api/articles/{a['id']}").json()
    assert full["text"].startswith("Commuters face") and full["story_id"]
    html = client.get(f"/articles/{a['id']}").text
    assert 'class="q q-direct"' in html and 'class="cue"' in html
    assert "ent ent-person" in html and 'class="ign ign-boilerplate"' in html
    assert 'href="https://harbourgazette.example/news/kessling-bridge-closure-delays"' in html
    assert client.get("/api/articles/none").status_code == 404


def test_openapi_is_published(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/stories", "/api/stories/{story_id}", "/api/stories/{story_id}/brief", "/api/articles",
            "/api/ingest"} <= paths  # fmt: skip
    assert not any(p in paths for p in ("/", "/ingest", "/stories/{story_id}"))  # pages are not API


def test_write_endpoints_are_off_unless_allowed_and_need_the_token(fresh_db):
    off = TestClient(create_app(fresh_db))
    files = {"files": ("a.txt", b"Headline\n\nSome text about a ferry.", "text/plain")}
    assert off.post("/api/ingest", files=files).status_code == 403
    assert off.post("/ingest", data={"token": "x"}).status_code == 403
    on = TestClient(create_app(fresh_db, allow_ingest=True, token=TOKEN))
    assert on.post("/api/ingest", files=files).status_code == 401
    assert on.post("/api/ingest", files=files, headers={"Authorization": "Bearer wrong"}).status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    bad = on.post("/api/ingest", files={"files": ("x.exe", b"MZ", "application/octet-stream")}, headers=auth)
    assert bad.status_code == 415
    big = on.post(
        "/api/ingest", files={"files": ("big.txt", b"a" * (5 * 1024 * 1024 + 1), "text/plain")}, headers=auth
    )
    assert big.status_code == 413
    assert on.post("/api/ingest", headers=auth).status_code == 422  # nothing to ingest


def test_upload_paths_never_reach_the_file_system(fresh_db, tmp_path):
    on = TestClient(create_app(fresh_db, allow_ingest=True, token=TOKEN))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body = b"Ferry service to end\n\nThe ferry to Orrin Island will stop running in June, its operator said."
    r = on.post("/api/ingest", files={"files": ("../../../etc/passwd.txt", body, "text/plain")}, headers=auth)
    assert r.status_code == 200 and r.json()["added"] == 1
    aid = next(iter(r.json()["assignments"]))
    src = on.get(f"/api/articles/{aid}").json()
    assert src["title"] == "Ferry service to end"
    from newsprism.store import open_store

    with open_store(fresh_db) as s:
        assert s.get_article(aid).source == "passwd.txt"
    assert not (tmp_path / "etc").exists()
    again = on.post("/api/ingest", files={"files": ("f.txt", body, "text/plain")}, headers=auth).json()
    assert again["added"] == 0 and again["duplicates"] == 1  # re-ingesting is a no-op


def test_article_text_is_escaped_everywhere(fresh_db):
    on = TestClient(create_app(fresh_db, allow_ingest=True, token=TOKEN))
    line = (json.dumps(XSS) + "\n").encode()
    r = on.post("/api/ingest", files={"files": ("x.jsonl", line, "application/json")},
                headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
    assert r.status_code == 200, r.text
    sid = r.json()["assignments"]["xss-1"]
    pages = [on.get("/").text, on.get("/", params={"q": "tunnel"}).text, on.get(f"/stories/{sid}").text,
             on.get("/articles/xss-1").text]  # fmt: skip
    for html in pages:
        assert "<script>window.__xss" not in html
        assert "<img src=x" not in html and "<svg onload" not in html and "<b>Outlet</b>" not in html
        assert 'href="javascript:' not in html
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in pages[3]
    assert "&lt;img src=x onerror=" in pages[3]


def test_ingest_joins_the_right_story(fresh_db):
    on = TestClient(create_app(fresh_db, allow_ingest=True, token=TOKEN))
    sid = _story_id(on, "kessling")
    r = on.post("/ingest", data={"token": TOKEN}, files={"files": ("eh.txt", BRIDGE_FOLLOW_UP.encode(), "text/plain")},
                follow_redirects=False)  # fmt: skip
    assert r.status_code == 303 and r.headers["location"].startswith(f"/stories/{sid}?joined=")
    page = on.get(r.headers["location"]).text
    assert "joined this story" in page and "Eastport Herald" in page
    story = on.get(f"/api/stories/{sid}").json()
    assert len(story["article_ids"]) == 5 and "Eastport Herald" in story["outlets"]
    assert len(story["duplicates"]) == 2  # the two wire copies; the new report is not one
    brief = on.get(f"/api/stories/{sid}/brief").json()  # recomputed with the new article
    assert any("Eastport Herald" in s["outlets"] for s in brief["sentences"])
    # pasted text with its own headline starts a story of its own
    r = on.post("/api/ingest", data={"token": TOKEN, "title": "Orrin ferry to stop", "outlet": "Isle Times",
                                     "text": "The ferry to Orrin Island will stop running in June."})  # fmt: skip
    new_sid = next(iter(r.json()["assignments"].values()))
    assert new_sid != sid and on.get(f"/api/stories/{new_sid}").json()["outlets"] == ["Isle Times"]


def test_pages_show_a_machine_cased_headline_cased_back_and_the_api_keeps_it(fresh_db, tmp_path):
    """A wire headline cased word by word by a program ("Ipa Ferry'S Repairs (Dw)") reads as a
    headline on the pages and in the report; the API and the stored article keep the source's."""
    from newsprism.report import to_html, to_markdown
    from newsprism.store import open_store

    raw = "Port Elling Council To Fund Ipa Ferry'S Repairs (Dw)"
    art = {"id": "ipa-1", "outlet": "Elling Wire", "title": raw, "published": "2026-03-21T10:00:00Z",
           "text": "The IPA ferry to Orrin Island needs new engines, the Port Elling council said on "
                   "Friday. The council will pay for the repairs from its harbour fund."}  # fmt: skip
    on = TestClient(create_app(fresh_db, allow_ingest=True, token=TOKEN))
    r = on.post("/api/ingest", files={"files": ("x.jsonl", (json.dumps(art) + "\n").encode(), "application/json")},
                headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
    assert r.status_code == 200, r.text
    shown = "Port Elling Council To Fund IPA Ferry&#39;s Repairs"
    sid = r.json()["assignments"]["ipa-1"]
    for page in (on.get("/articles/ipa-1").text, on.get(f"/stories/{sid}").text):
        assert shown in page and "Ipa Ferry" not in page and "(Dw)" not in page
    assert on.get("/api/articles/ipa-1").json()["title"] == raw
    src = tmp_path / "ipa.jsonl"
    src.write_text(json.dumps(art) + "\n")
    analysis = analyze(src)
    assert shown in to_html(analysis) and "Ipa Ferry" not in to_html(analysis)
    assert "Port Elling Council To Fund IPA Ferry's Repairs" in to_markdown(analysis)
    store = open_store(fresh_db)
    try:
        assert store.get_article("ipa-1").title == raw
    finally:
        store.close()


def test_an_outlet_first_with_two_reports_at_once_is_named_once(tmp_path):
    """Two reports of one outlet filed at the same minute, both first: "First" names the outlet
    once, in the report and on the story page (the page had run the two together unseparated)."""
    from newsprism.report import to_html, to_markdown

    body = ("The ferry to Orrin Island will stop running in June, the harbour board said on Monday. "
            "The operator blamed the rising cost of fuel. Islanders plan to march on the harbour office.")  # fmt: skip
    rows = [
        {"id": "w1", "outlet": "Elling Wire", "published": "2026-03-21T10:00:00Z", "title": "Orrin ferry to stop",
         "text": body},
        {"id": "w2", "outlet": "Elling Wire", "published": "2026-03-21T10:00:00Z", "title": "Ferry to Orrin ends",
         "text": body.replace("Monday", "Monday morning")},
        {"id": "g1", "outlet": "Kessling Gazette", "published": "2026-03-21T15:00:00Z", "title": "Orrin loses ferry",
         "text": body.replace("the harbour board said", "the board announced")},
    ]  # fmt: skip
    src = tmp_path / "first.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    analysis = analyze(src)
    assert len(analysis.stories) == 1
    md = to_markdown(analysis)
    assert "**First:** Elling Wire\n" in md, md
    html = to_html(analysis)
    first = html[html.index("First: ") : html.index("First: ") + 200]
    assert first.count("Elling Wire") == 1, first
