"""The server over real HTTP: uvicorn on a free loopback port, httpx as the client.

The answer tests use the real engine built on a temp copy of source_docs/; access, limits and
headers use a small fake engine where the answers do not matter.
"""

from __future__ import annotations

import base64
import html
import json
import re
import shutil
import socket
import threading
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest

from assistant.answer import Answer, Citation, RetrievedUnit
from assistant.config import SettingsError, load_settings, quiet_offline_env
from assistant.engine import CorpusInfo, DocumentInfo, SpeakerInfo
from assistant.errors import BadInputError, UnknownSpeakerError
from assistant.server import create_app, embed_snippet, run_server, serving

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source_docs" / "constructive_dialogue_2023.txt"
MICROSOFT = "What did Microsoft say about artificial intelligence?"
UNANSWERABLE = "What did the speakers say about the price of coffee in Brazil?"
TOKEN = "s3cret-token"
FAKE_TEXT = 'We agree.\nAda added <b onmouseover="x">“Bold &amp; true.”</b>\n'

quiet_offline_env()


# --- fixtures ---------------------------------------------------------------------------------


class FakeEngine:
    """Answers every question the same way; 'boom' in a question raises an internal error."""

    def __init__(self) -> None:
        self.asked: list[tuple] = []

    def ask(self, question, history=None, speaker=None, generator=None) -> Answer:
        self.asked.append((question, history, speaker))
        if speaker and speaker != "Ada":
            raise UnknownSpeakerError(speaker, ["Ada"])
        if "boom" in question:
            raise RuntimeError("secret internal detail /etc/passwd")
        if "bad" in question:
            raise BadInputError("the engine refused this question")
        cite = Citation(
            n=1,
            speaker="Ada",
            affiliation="Org",
            kind="quote",
            quote="We agree.",
            doc_id="d",
            doc_title="Doc",
            start=0,
            end=9,
            unit_id="u1",
        )
        return Answer(question=question, text="Ada agreed [1].", citations=[cite])

    def search(self, query, speaker=None, k=None) -> list[RetrievedUnit]:
        return [
            RetrievedUnit(
                unit_id="u1",
                speaker="Ada",
                kind="quote",
                text="We agree.",
                score=1.0,
                doc_id="d",
                start=0,
                end=9,
            )
        ]

    def speakers(self) -> list[SpeakerInfo]:
        return [SpeakerInfo("Ada", "Ms.", "Org", None, [], [], 1, ["d"])]

    def corpus(self) -> CorpusInfo:
        return CorpusInfo([DocumentInfo("d", "Doc", "2023-01-01", "Here", None, "d.txt")], 1, 1)

    def document_text(self, doc_id: str) -> str:
        if doc_id != "d":
            raise KeyError(doc_id)
        return FAKE_TEXT

    def units_of(self, speaker: str) -> list:
        if speaker != "Ada":
            return []
        at = FAKE_TEXT.index("Ada added")
        return [
            SimpleNamespace(doc_id="d", start=0, end=9, kind="quote", speaker="Ada", quotes=[]),
            SimpleNamespace(
                doc_id="d",
                start=at,
                end=len(FAKE_TEXT) - 1,
                kind="quote",
                speaker="Ada",
                quotes=[(FAKE_TEXT.index("<b"), len(FAKE_TEXT) - 1)],
            ),
        ]


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory):
    base = tmp_path_factory.mktemp("corpus")
    shutil.copytree(ROOT / "source_docs", base / "source_docs")
    return load_settings(source_dir=base / "source_docs", index_dir=base / "index")


@pytest.fixture(scope="session")
def engine(corpus_settings):
    from assistant.engine import build_engine

    return build_engine(corpus_settings)


@pytest.fixture(scope="session")
def base_url(engine, corpus_settings):
    with serving(create_app(corpus_settings, engine)) as url:
        yield url


@pytest.fixture(scope="session")
def client(base_url):
    with httpx.Client(base_url=base_url, timeout=60) as c:
        yield c


@pytest.fixture
def fake_server():
    """A server over the fake engine, with the settings the test passes."""
    servers = []

    def start(**overrides):
        settings = load_settings(**overrides)
        cm = serving(create_app(settings, FakeEngine()))
        servers.append(cm)
        return httpx.Client(base_url=cm.__enter__(), timeout=30)

    yield start
    for cm in servers:
        cm.__exit__(None, None, None)


def assert_error(r: httpx.Response, status: int) -> str:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert isinstance(body["error"], str) and body["error"]
    assert "Traceback" not in r.text and 'File "' not in r.text
    return body["error"]


# --- answers ----------------------------------------------------------------------------------


def test_answer_cites_speaker_with_verbatim_quote(client, engine):
    r = client.post("/api/ask", json={"question": MICROSOFT})
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["schema_version"] == 1
    assert answer["abstained"] is False
    assert "[1]" in answer["text"]
    assert "David Williams" in [c["speaker"] for c in answer["citations"]]
    source = SOURCE.read_text(encoding="utf-8")
    for c in answer["citations"]:
        assert c["quote"] in source
        assert engine.document_text(c["doc_id"])[c["start"] : c["end"]] == c["quote"]
    microsoft = next(c for c in answer["citations"] if c["speaker"] == "David Williams")
    assert microsoft["affiliation"] == "Microsoft"
    assert "artificial intelligence" in microsoft["quote"]


def test_follow_up_uses_history(client):
    first = client.post("/api/ask", json={"question": MICROSOFT}).json()
    history = [
        {"role": "user", "content": MICROSOFT},
        {"role": "assistant", "content": first["text"]},
    ]
    r = client.post(
        "/api/ask", json={"question": "Which organisation is he from?", "history": history}
    )
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["abstained"] is False
    assert "David Williams" in answer["resolved_question"]
    assert "David Williams" in answer["text"] and "Microsoft" in answer["text"]
    # "from Microsoft" is the release's words about him, cited as the record's, not his quote
    assert {(c["speaker"], c["kind"]) for c in answer["citations"]} == {(None, "narrative")}


def test_speaker_filter(client):
    r = client.post(
        "/api/ask", json={"question": "What did she say about privacy?", "speaker": "Noor Fatima"}
    )
    assert r.status_code == 200, r.text
    speakers = {c["speaker"] for c in r.json()["citations"]}
    assert speakers == {"Noor Fatima"}


def test_abstains_when_the_sources_do_not_say(client):
    r = client.post("/api/ask", json={"question": UNANSWERABLE})
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["abstained"] is True
    assert answer["citations"] == []
    assert "not in the sources" in answer["text"].lower()


def test_speakers_and_health(client, engine):
    speakers = client.get("/api/speakers").json()
    by_name = {s["name"]: s for s in speakers}
    assert by_name["David Williams"]["affiliation"] == "Microsoft"
    assert by_name["Noor Fatima"]["units"] >= 1
    assert [s["name"] for s in speakers] == [s.name for s in engine.speakers()]
    health = client.get("/healthz").json()
    assert health["status"] == "ok"
    assert health["documents"] == len(engine.corpus().documents) >= 1
    assert health["speakers"] == len(speakers)
    assert health["ui"] == "ready"  # serving() waits for the chat


# --- source viewer ------------------------------------------------------------------------------


def marked(page: str) -> str:
    """The highlighted text of a source page (one span, maybe over several paragraphs)."""
    parts = re.findall(r"<mark\b[^>]*>(.*?)</mark>", page, re.S)
    return "\n".join(html.unescape(p) for p in parts)


def quote_links(page: str) -> list[str]:
    """The links of the speakers list (one per quote)."""
    aside = page.split('<aside class="speakers"', 1)[1]
    return [html.unescape(h) for h in re.findall(r'<li><a href="([^"]+)"', aside)]


def assert_html_404(r: httpx.Response, *words: str) -> str:
    assert r.status_code == 404, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert "Traceback" not in r.text and 'File "' not in r.text
    assert "This source is not available" in r.text
    for w in words:
        assert w in r.text, w
    return r.text


def test_each_citation_links_to_its_quote_highlighted(client, engine):
    answer = client.post("/api/ask", json={"question": MICROSOFT}).json()
    assert answer["citations"]
    for c in answer["citations"]:
        assert c["source_url"] == f"/source/{c['doc_id']}?start={c['start']}&end={c['end']}"
        r = client.get(c["source_url"])
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith("text/html")
        assert marked(r.text) == c["quote"]
        who = re.search(r'<span class="who"[^>]*>(.*?)</span>', r.text).group(1)
        assert html.unescape(who) == f"{c['speaker']}, {c['affiliation']}"
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    assert "source_url" in schema["LinkedCitation"]["required"]


def test_source_view_shows_metadata_speakers_and_their_quotes(client, engine):
    info = engine.corpus().documents[0]
    text = engine.document_text(info.doc_id)
    page = client.get(f"/source/{info.doc_id}").text
    assert marked(page) == ""
    for value in (info.title, info.place, info.publisher):
        assert html.escape(value) in page
    assert "20 September 2023" in page
    # The whole document, paragraph by paragraph.
    for line in (ln for ln in text.splitlines() if ln.strip()):
        assert f"<p>{html.escape(line)}</p>" in page
    # Every speaker, and a link per quote that highlights exactly that quote.
    names = [s.name for s in engine.speakers()]
    for name in names:
        assert f"<h3>{html.escape(name)}" in page or f" {html.escape(name)}</h3>" in page
    links = quote_links(page)
    want = [
        (s, e)
        for n in names
        for u in engine.units_of(n)
        if u.doc_id == info.doc_id
        for s, e in (u.quotes or [(u.start, u.end)])
    ]
    assert sorted(links) == sorted(f"/source/{info.doc_id}?start={s}&end={e}" for s, e in want)
    for (s, e), link in zip(sorted(want), sorted(links, key=_span), strict=True):
        shown = client.get(link).text
        assert marked(shown) == text[s:e]
        assert 'aria-current="location"' in shown


def _span(link: str) -> tuple[int, int]:
    m = re.search(r"start=(\d+)&end=(\d+)", link)
    return int(m.group(1)), int(m.group(2))


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("?start=10&end=10", "not a span"),
        ("?start=20&end=10", "not a span"),
        ("?start=-1&end=10", "not a span"),
        ("?start=0&end=999999", "not a span"),
        ("?start=abc&end=10", "whole numbers"),
        ("?start=10", "both start and end"),
        ("?end=10", "both start and end"),
    ],
)
def test_source_span_out_of_range_is_a_404_page(client, engine, query, words):
    doc = engine.corpus().documents[0]
    page = assert_html_404(client.get(f"/source/{doc.doc_id}{query}"), words)
    assert f'href="/source/{doc.doc_id}"' in page  # the whole document instead


def test_source_index_lists_the_documents(client, engine):
    page = client.get("/source/")
    assert page.status_code == 200
    for d in engine.corpus().documents:
        assert f'<a href="/source/{d.doc_id}">{html.escape(d.title)}</a>' in page.text
    assert client.get("/source", follow_redirects=True).text == page.text


def test_unknown_document_is_a_404_page(client):
    page = assert_html_404(client.get("/source/no_such_doc?start=0&end=5"), "no_such_doc")
    assert 'href="/chat/"' in page
    evil = client.get("/source/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert "<script>alert" not in assert_html_404(evil)


def test_source_view_escapes_the_document(fake_server):
    c = fake_server()
    at = FAKE_TEXT.index("<b")
    r = c.get(f"/source/d?start={at}&end={len(FAKE_TEXT) - 1}")
    assert r.status_code == 200
    assert marked(r.text) == FAKE_TEXT[at:-1]
    assert "<b onmouseover" not in r.text
    assert "&lt;b onmouseover=&quot;x&quot;&gt;“Bold &amp;amp; true.”&lt;/b&gt;" in r.text
    assert_html_404(c.get("/source/d?start=9&end=10"), "no text")  # only the line break


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({"question": ""}, 400, "empty"),
        ({"question": "   \n\t "}, 400, "empty"),
        ({"question": "x" * 2001}, 400, "too long"),
        ({"question": 42}, 422, "question"),
        ({}, 422, "question"),
        ({"question": "hi", "extra": 1}, 422, "extra"),
        ({"question": "hi", "history": "not a list"}, 422, "history"),
        ({"question": "hi", "history": [{"role": "system", "content": "x"}]}, 422, "role"),
        ({"question": "hi", "history": [{"role": "user"}]}, 422, "content"),
        ({"question": "hi", "history": [{"role": "user", "content": "q"}] * 21}, 400, "limit"),
        ({"question": MICROSOFT, "speaker": "Nobody Atall"}, 422, "unknown speaker"),
    ],
)
def test_bad_input_gets_a_clear_4xx(client, body, status, words):
    message = assert_error(client.post("/api/ask", json=body), status)
    assert words in message.lower()


def test_malformed_json(client):
    r = client.post(
        "/api/ask", content=b'{"question": ', headers={"content-type": "application/json"}
    )
    assert "json" in assert_error(r, 422).lower()


def test_oversized_body_is_refused(client):
    big = json.dumps({"question": "x" * 70_000}).encode()
    r = client.post("/api/ask", content=big, headers={"content-type": "application/json"})
    assert "too large" in assert_error(r, 413)

    def chunks():  # no Content-Length: the server counts what arrives
        for _ in range(70):
            yield b"x" * 1000

    r = client.post("/api/ask", content=chunks(), headers={"content-type": "application/json"})
    assert "too large" in assert_error(r, 413)


def test_internal_errors_are_short(fake_server):
    c = fake_server()
    r = c.post("/api/ask", json={"question": "boom"})
    message = assert_error(r, 500)
    assert "secret" not in r.text and "passwd" not in r.text and "RuntimeError" not in r.text
    assert "internal error" in message
    assert "refused" in assert_error(c.post("/api/ask", json={"question": "bad"}), 400)
    assert c.get("/healthz").status_code == 200  # still serving


# --- start-up: the API first, the chat when built -----------------------------------------------


def test_api_answers_while_the_chat_is_still_building():
    settings = load_settings(auth_token=TOKEN, frame_ancestors="'self' https://intranet.example")
    app = create_app(settings, FakeEngine())
    chat, gate = app.state.chat, threading.Event()
    build = chat.build
    chat.build = lambda: gate.wait(60) and build()  # a slow import of Gradio, held open
    ok = {"Authorization": f"Bearer {TOKEN}"}
    with serving(app, wait_ui=False) as url, httpx.Client(base_url=url, timeout=30) as c:
        assert c.get("/healthz", headers=ok).json()["ui"] == "starting"
        r = c.post("/api/ask", json={"question": "hi"}, headers=ok)
        assert r.status_code == 200 and r.json()["citations"][0]["speaker"] == "Ada"
        assert c.get("/").status_code == 401 and c.get("/chat/").status_code == 401
        r = c.get("/chat/", headers=ok)
        assert r.status_code == 503 and r.headers["retry-after"] == "2"
        assert "starting" in assert_error(r, 503)
        assert (
            "frame-ancestors 'self' https://intranet.example"
            in r.headers["content-security-policy"]
        )
        page = c.get("/chat/", params={"token": TOKEN}, headers={"Accept": "text/html"})
        assert page.status_code == 503 and 'http-equiv="refresh" content="2"' in page.text
        assert c.get("/chat/gradio_api/call/nope", headers=ok).status_code == 503
        assert c.get("/", headers=ok).status_code == 200  # the page embedding the chat

        gate.set()
        assert chat.done.wait(60)
        assert c.get("/healthz", headers=ok).json()["ui"] == "ready"
        r = c.get("/chat/", headers=ok)
        assert r.status_code == 200 and "retry-after" not in r.headers
        assert (
            "frame-ancestors 'self' https://intranet.example"
            in r.headers["content-security-policy"]
        )
        assert c.get("/chat/config", headers=ok).json()["components"]
        c.cookies.clear()  # the ?token= above set the cookie
        assert c.get("/chat/config").status_code == 401
        assert c.get("/chat/gradio_api/call/nope", headers=ok).status_code == 404


def test_a_chat_that_fails_to_build_leaves_the_api_serving():
    app = create_app(load_settings(), FakeEngine())

    def broken() -> None:
        raise RuntimeError("gradio is broken here")

    app.state.chat.build = broken
    with serving(app) as url, httpx.Client(base_url=url, timeout=30) as c:
        assert c.get("/healthz").json()["ui"] == "failed"
        r = c.get("/chat/")
        assert "failed to start" in assert_error(r, 503) and "retry-after" not in r.headers
        assert "gradio is broken" not in r.text
        assert c.post("/api/ask", json={"question": "hi"}).status_code == 200


# --- headers: CSP and CORS ---------------------------------------------------------------------


def test_csp_frame_ancestors(client, fake_server):
    for path in ("/", "/chat/", "/api/speakers"):
        csp = client.get(path).headers["content-security-policy"]
        assert "frame-ancestors 'self'" in csp
        assert "default-src 'self'" in csp
    c = fake_server(frame_ancestors="'self' https://intranet.example.org")
    csp = c.get("/chat/").headers["content-security-policy"]
    assert "frame-ancestors 'self' https://intranet.example.org" in csp


def test_cors_default_none(client):
    r = client.post(
        "/api/ask", json={"question": MICROSOFT}, headers={"Origin": "http://evil.test"}
    )
    assert "access-control-allow-origin" not in r.headers
    r = client.get("/chat/config", headers={"Origin": "http://127.0.0.1:1"})
    assert "access-control-allow-origin" not in r.headers  # Gradio's own CORS is off
    r = client.options(
        "/api/ask",
        headers={"Origin": "http://evil.test", "Access-Control-Request-Method": "POST"},
    )
    assert r.headers.get("access-control-allow-origin") is None


def test_cors_allowed_origin(fake_server):
    c = fake_server(cors_origins=["https://intranet.example.org"], auth_token=TOKEN)
    preflight = c.options(
        "/api/ask",
        headers={
            "Origin": "https://intranet.example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "https://intranet.example.org"
    assert "authorization" in preflight.headers["access-control-allow-headers"].lower()
    r = c.post(
        "/api/ask",
        json={"question": "hi"},
        headers={"Origin": "https://intranet.example.org", "Authorization": f"Bearer {TOKEN}"},
    )
    assert r.status_code == 200
    assert r.headers["access-control-allow-origin"] == "https://intranet.example.org"
    other = c.post(
        "/api/ask",
        json={"question": "hi"},
        headers={"Origin": "https://other.example", "Authorization": f"Bearer {TOKEN}"},
    )
    assert "access-control-allow-origin" not in other.headers


# --- access control -----------------------------------------------------------------------------


def _all_paths(client: httpx.Client) -> list[tuple[str, str]]:
    """Every route of the app, Gradio's included, with path parameters filled in."""
    from starlette.routing import Mount, Route

    app = client._app_for_walk  # type: ignore[attr-defined]
    found: list[tuple[str, str]] = []

    def walk(routes, prefix):
        for r in routes:
            included = getattr(r, "original_router", None)  # FastAPI's include_router()
            if included is not None:
                walk(included.routes, prefix + r.include_context.prefix)
            elif isinstance(r, Mount):
                found.append(("GET", prefix + r.path + "/"))
                walk(getattr(r, "routes", []) or [], prefix + r.path)
            elif isinstance(r, Route):
                path = prefix + r.path
                for name in r.param_convertors:
                    path = path.replace("{" + name + ":path}", "x").replace("{" + name + "}", "x")
                for method in sorted(r.methods or {"GET"}):
                    if method != "HEAD":
                        found.append((method, path))

    walk(app.routes, "")
    return found


@pytest.fixture
def locked(fake_server):
    def start(**auth):
        settings = load_settings(**auth)
        app = create_app(settings, FakeEngine())
        cm = serving(app)
        c = httpx.Client(base_url=cm.__enter__(), timeout=30)
        c._app_for_walk = app  # type: ignore[attr-defined]
        opened.append(cm)
        return c

    opened: list = []
    yield start
    for cm in opened:
        cm.__exit__(None, None, None)


NAMED = [
    "/",
    "/web-component",
    "/docs",
    "/openapi.json",
    "/healthz",
    "/api/speakers",
    "/favicon.ico",
    "/static/intranet.css",
    "/chat",
    "/chat/",
    "/chat/gradio.js",
    "/chat/config",
    "/chat/theme.css",
    "/chat/gradio_api/info",
    "/chat/gradio_api/queue/data?session_hash=x",
    "/chat/assets/index.css",
]


def test_token_guards_every_route(locked):
    c = locked(auth_token=TOKEN)
    paths = _all_paths(c)
    assert len(paths) > 60
    for method, path in [*paths, *(("GET", p) for p in NAMED), ("POST", "/api/ask")]:
        r = c.request(method, path, json={"question": "hi"} if method == "POST" else None)
        assert r.status_code == 401, (method, path, r.status_code)
        assert "authentication required" in r.json()["error"]
    assert c.get("/api/speakers", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert c.get("/api/speakers", params={"token": "wrong"}).status_code == 401

    ok = {"Authorization": f"Bearer {TOKEN}"}
    for path in NAMED[:12]:
        assert c.get(path, headers=ok, follow_redirects=True).status_code == 200, path
    r = c.post("/api/ask", json={"question": "hi"}, headers=ok)
    assert r.status_code == 200 and r.json()["citations"][0]["speaker"] == "Ada"


def test_source_view_behind_a_token_and_basic_auth(locked):
    link = "/source/d?start=0&end=9"
    c = locked(auth_token=TOKEN)
    assert c.get(link).status_code == 401
    assert c.get(link, headers={"Authorization": "Bearer wrong"}).status_code == 401
    r = c.get(link, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200 and marked(r.text) == "We agree."
    # A shared link opened once with ?token= keeps working from the cookie.
    assert c.get(link, params={"token": TOKEN}).status_code == 200
    assert c.get("/source/d?start=3&end=8").status_code == 200
    assert c.get("/static/source.css").status_code == 200
    assert_html_404(c.get("/source/nope"))  # 404 only once signed in
    c.cookies.clear()
    assert c.get("/source/nope").status_code == 401

    c = locked(basic_auth="alice:wonder land")
    assert c.get(link).status_code == 401
    r = c.get(link, auth=("alice", "wonder land"))
    assert r.status_code == 200 and marked(r.text) == "We agree."


def test_token_in_query_sets_a_cookie_for_the_browser(locked):
    c = locked(auth_token=TOKEN)
    r = c.get("/", params={"token": TOKEN})
    assert r.status_code == 200
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert TOKEN not in cookie
    assert c.get("/chat/config").status_code == 200  # the client kept the cookie
    c.cookies.clear()
    assert c.get("/chat/config").status_code == 401


def test_basic_auth_guards_every_route(locked):
    c = locked(basic_auth="alice:wonder land")
    for method, path in [*_all_paths(c), ("GET", "/chat/"), ("POST", "/api/ask")]:
        r = c.request(method, path)
        assert r.status_code == 401, (method, path)
        assert r.headers["www-authenticate"].startswith("Basic ")
    good = base64.b64encode(b"alice:wonder land").decode()
    bad = base64.b64encode(b"alice:wrong").decode()
    assert c.get("/chat/", headers={"Authorization": f"Basic {bad}"}).status_code == 401
    assert c.get("/chat/", headers={"Authorization": "Basic !!notbase64"}).status_code == 401
    for path in NAMED[:12]:
        r = c.get(path, headers={"Authorization": f"Basic {good}"}, follow_redirects=True)
        assert r.status_code == 200, path
    assert c.get("/chat/", auth=("alice", "wonder land")).status_code == 200


# --- reverse proxy, queue, gradio_client ------------------------------------------------------


def test_root_path_behind_a_proxy(fake_server):
    c = fake_server(root_path="/assistant/")
    # A proxy that strips the prefix, and one that keeps it.
    assert c.get("/api/speakers").status_code == 200
    assert c.get("/assistant/api/speakers").status_code == 200
    page = c.get("/").text
    assert 'src="/assistant/chat/"' in page and 'href="/assistant/static/intranet.css"' in page
    assert c.get("/openapi.json").json()["servers"] == [{"url": "/assistant"}]
    assert c.get("/chat", follow_redirects=False).headers["location"] == "/assistant/chat/"
    moved = c.get("/chat?token=t", follow_redirects=False).headers["location"]
    assert moved == "/assistant/chat/?token=t"
    config = c.get(
        "/chat/config",
        headers={"X-Forwarded-Host": "intranet.example", "X-Forwarded-Proto": "https"},
    ).json()
    assert config["root"] == "https://intranet.example/assistant/chat"
    wc = c.get(
        "/web-component",
        headers={"X-Forwarded-Host": "intranet.example", "X-Forwarded-Proto": "https"},
    ).text
    assert 'src="https://intranet.example/assistant/chat/"' in wc
    assert 'src="/assistant/chat/gradio.js"' in wc


def test_source_view_behind_a_proxy(fake_server):
    c = fake_server(root_path="/assistant/")
    link = c.post("/api/ask", json={"question": "hi"}).json()["citations"][0]["source_url"]
    assert link == "/assistant/source/d?start=0&end=9"
    for path in (link, link.removeprefix("/assistant")):  # prefix kept or stripped by the proxy
        page = c.get(path)
        assert page.status_code == 200 and marked(page.text) == "We agree."
    page = page.text
    assert 'href="/assistant/static/source.css"' in page
    assert 'src="/assistant/static/source.js"' in page
    assert 'href="/assistant/chat/"' in page
    links = quote_links(page)
    assert links and all(h.startswith("/assistant/source/d?") for h in links)
    assert c.get("/assistant/static/source.css").status_code == 200
    missing = assert_html_404(c.get("/assistant/source/d?start=0&end=99"))
    assert 'href="/assistant/source/d"' in missing and 'href="/assistant/chat/"' in missing


def test_queue_bypass_route_is_closed(client):
    for route in ("/chat/gradio_api/run/ask", "/chat/gradio_api/api/ask"):
        r = client.post(route, json={"data": [MICROSOFT, "", None]})
        assert r.status_code == 404, (route, r.status_code)
        assert "queue" in r.text


def test_gradio_client_api(base_url):
    from gradio_client import Client

    chat = Client(f"{base_url}/chat/", verbose=False, download_files=False, analytics_enabled=False)
    result = chat.predict(MICROSOFT, "", None, api_name="/ask")
    assert "David Williams" in [c["speaker"] for c in result["citations"]]
    for c in result["citations"]:
        assert c["source_url"] == f"/source/{c['doc_id']}?start={c['start']}&end={c['end']}"
    with pytest.raises(Exception, match="too long"):
        chat.predict("x" * 5000, "", None, api_name="/ask")


def test_gradio_js_is_served(client):
    r = client.get("/chat/gradio.js")
    assert r.status_code == 200
    assert "javascript" in r.headers["content-type"]
    assert "./assets/" in r.text


def test_docs_need_nothing_from_outside(client):
    assert "/api/ask" in client.get("/openapi.json").json()["paths"]
    page = client.get("/docs")
    assert page.status_code == 200 and "/api/ask" in page.text
    assert "<script" not in page.text and "cdn" not in page.text.lower()


# --- snippet and startup ------------------------------------------------------------------------


def test_embed_snippet():
    snippet = embed_snippet("https://intranet.example/assistant/")
    assert '<iframe src="https://intranet.example/assistant/chat/"' in snippet
    assert (
        '<script type="module" src="https://intranet.example/assistant/chat/gradio.js">' in snippet
    )
    assert '<gradio-app src="https://intranet.example/assistant/chat/"' in snippet
    assert embed_snippet("http://h:1/chat") == embed_snippet("http://h:1")
    assert "&quot;" in embed_snippet('http://h/"onload="x')
    with pytest.raises(BadInputError):
        embed_snippet("javascript:alert(1)")


def test_run_server_reports_a_busy_port(corpus_settings):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        settings = corpus_settings.model_copy(update={"port": port})
        lines: list[str] = []
        with pytest.raises(SettingsError, match="ASSISTANT_PORT"):
            run_server(settings, echo=lines.append)
