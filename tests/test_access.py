"""Access control holds for every route: the app's, Gradio's (page, config, gradio_api/*,
queue, files), static files, the docs, and paths that only look different.

The walk is generated from the app itself (`app.routes`, descending into mounts and included
routers), so a route added later is covered without editing this file; a route of a kind the
walk does not know fails the test instead of being skipped.

Deliberately public: nothing. /healthz needs credentials too (a load balancer's probe sends the
token). The only answers given without credentials are CORS preflights (OPTIONS with Origin
and Access-Control-Request-Method), which the CORS layer answers before access control, with
headers only and no data.
"""

from __future__ import annotations

import base64
import re
import socket
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from helpers_reliability import FakeEngine

from assistant.config import load_settings
from assistant.server import create_app, serving

pytestmark = pytest.mark.usefixtures("no_network")

TOKEN = "tok-3f9a-secret"
USER, PASSWORD = "alice", "wonder land:42"
BASIC = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
PUBLIC: set[str] = set()  # paths deliberately open without credentials: none
STREAM_SECONDS = 3.0
SECRETS = ["Ada", "We agree", "Doc", "0.1.0", "dialogue", "gradio_api"]  # never in a 401


def routes_of(app) -> list[tuple[str, str]]:
    """(method, path) for every route, with path parameters filled in."""
    from fastapi.staticfiles import StaticFiles
    from starlette.routing import Mount, Route, WebSocketRoute

    found: list[tuple[str, str]] = []

    def fill(path: str) -> str:
        return re.sub(r"\{[^}]+\}", "x", path)

    def walk(routes, prefix: str) -> None:
        for r in routes:
            if isinstance(r, Mount):
                found.append(("GET", prefix + r.path + "/"))
                if isinstance(r.app, StaticFiles):
                    for folder in r.app.all_directories:
                        for f in sorted(Path(folder).iterdir())[:20]:
                            if f.is_file():
                                found.append(("GET", f"{prefix}{r.path}/{f.name}"))
                walk(r.routes, prefix + r.path)
            elif hasattr(r, "original_router"):  # FastAPI's include_router (gradio_api/*)
                walk(r.original_router.routes, prefix + r.include_context.prefix)
            elif isinstance(r, WebSocketRoute):
                found.append(("WEBSOCKET", fill(prefix + r.path)))
            elif isinstance(r, Route):
                for method in sorted(r.methods or {"GET"}):
                    found.append((method, fill(prefix + r.path)))
            else:
                raise AssertionError(f"the walk does not know {type(r).__name__} at {prefix}")

    walk(app.routes, "")
    return sorted(set(found))


def gradio_assets() -> list[str]:
    """A few real files of the Gradio front end, as the chat page asks for them."""
    import gradio

    front = Path(gradio.__file__).parent / "templates" / "frontend"
    css = sorted(p.name for p in (front / "assets").glob("*.css"))[:3]
    js = sorted(p.name for p in (front / "assets").glob("index-*.js"))[:2]
    return [f"/chat/assets/{n}" for n in css + js] + ["/chat/favicon.ico", "/chat/theme.css"]


NAMED = [
    ("GET", "/"), ("GET", "/docs"), ("GET", "/openapi.json"), ("GET", "/healthz"),
    ("GET", "/api/speakers"), ("POST", "/api/ask"), ("GET", "/favicon.ico"),
    ("GET", "/static/intranet.css"), ("GET", "/static/index.html"), ("GET", "/web-component"),
    ("GET", "/chat"), ("GET", "/chat/"), ("GET", "/chat/gradio.js"), ("GET", "/chat/config"),
    ("GET", "/chat/gradio_api/info"), ("GET", "/chat/gradio_api/openapi.json"),
    ("POST", "/chat/gradio_api/queue/join"), ("GET", "/chat/gradio_api/queue/data"),
    ("POST", "/chat/gradio_api/call/ask"), ("POST", "/chat/gradio_api/run/ask"),
    ("POST", "/chat/gradio_api/api/ask"), ("POST", "/chat/gradio_api/upload"),
    ("GET", "/chat/gradio_api/file=/etc/passwd"), ("GET", "/chat/gradio_api/file/x"),
    ("GET", "/chat/gradio_api/proxy=http://127.0.0.1:1/x"), ("GET", "/chat/monitoring"),
    ("GET", "/chat/manifest.json"), ("GET", "/chat/svelte/x"), ("GET", "/assets/x.css"),
]  # fmt: skip
# Paths that only look different from a route.
DISGUISED = [
    "//api/speakers", "/API/speakers", "/api/speakers/", "/api//speakers", "/%61pi/speakers",
    "/chat/../api/speakers", "/chat/%2e%2e/api/speakers", "/static/../api/speakers",
    "/api/speakers?token=", "/api/speakers;token=" + TOKEN, "/chat/gradio_api/../../healthz",
    "/assistant/api/speakers", "/api/speakers%00", "/./healthz", "/healthz#x", "/no-such-page",
]  # fmt: skip
BAD_CREDENTIALS = [
    {"Authorization": f"Bearer {TOKEN}x"},
    {"Authorization": f"Bearer {TOKEN[:-1]}"},
    {"Authorization": f"Bearer {TOKEN.upper()}"},
    {"Authorization": "Bearer"},
    {"Authorization": TOKEN},
    {"Authorization": f"Token {TOKEN}"},
    {"Authorization": "Basic " + base64.b64encode(f"user:{TOKEN}".encode()).decode()},
    {"Authorization": "Basic " + base64.b64encode(f"{USER}:wrong".encode()).decode()},
    {"Authorization": "Basic " + base64.b64encode(f"{USER}:{PASSWORD} ".encode()).decode()},
    {"Authorization": "Basic !!!"},
    {"Authorization": "Basic " + base64.b64encode(b"\xff\xfe").decode()},
    {"X-Api-Key": TOKEN},
    {"Cookie": f"assistant_auth={TOKEN}"},
    {"Cookie": "assistant_auth=" + "0" * 64},
    {"Authorization": f"Bearer {TOKEN}\u00e9".encode()},
]


@pytest.fixture(scope="module")
def locked():
    """Servers with access control: token, basic auth, both, and token behind a root path."""
    configs = {
        "token": {"auth_token": TOKEN},
        "basic": {"basic_auth": f"{USER}:{PASSWORD}"},
        "both": {"auth_token": TOKEN, "basic_auth": f"{USER}:{PASSWORD}"},
        "prefixed": {"auth_token": TOKEN, "root_path": "/assistant"},
    }
    opened, out = [], {}
    for name, overrides in configs.items():
        app = create_app(load_settings(**overrides), FakeEngine())
        cm = serving(app)
        url = cm.__enter__()
        opened.append(cm)
        timeout = httpx.Timeout(60, read=STREAM_SECONDS)
        out[name] = (httpx.Client(base_url=url, timeout=timeout), app)
    yield out
    for client, _ in out.values():
        client.close()
    for cm in opened:
        cm.__exit__(None, None, None)


def send(client: httpx.Client, method: str, path: str, **kwargs) -> httpx.Response:
    """One request; an event stream is read for a few seconds only (it may never end)."""
    body = {"json": {"question": "hi"}} if method in ("POST", "PUT", "PATCH") else {}
    with client.stream(method, path, **body, **kwargs) as r:
        if "text/event-stream" not in r.headers.get("content-type", ""):
            r.read()
            return r
        started = time.monotonic()
        try:
            for _ in r.iter_raw():
                if time.monotonic() - started > STREAM_SECONDS:
                    break
        except httpx.ReadTimeout:
            pass  # still open and quiet: alive
    return r


def assert_refused(r: httpx.Response, what: object) -> None:
    assert r.status_code == 401, (what, r.status_code, r.text[:200])
    if r.request.method != "HEAD":
        assert r.json()["error"].startswith("authentication required"), what
        for secret in SECRETS:
            assert secret not in r.text, (what, secret)
    assert r.headers["www-authenticate"], what
    assert "set-cookie" not in r.headers, what


def every_route(app) -> list[tuple[str, str]]:
    walked = routes_of(app)
    assert len(walked) > 90, f"the walk found only {len(walked)} routes"
    paths = {p for _, p in walked}
    for needed in ("/api/ask", "/chat/gradio_api/queue/join", "/chat/config", "/static/"):
        assert needed in paths, f"the walk missed {needed}"
    extra = [(m, p) for m, p in NAMED if (m, p) not in walked]
    extra += [("GET", p) for p in gradio_assets()]
    heads = [("HEAD", p) for m, p in walked if m == "GET"]
    return [x for x in walked + extra + heads if x[0] != "WEBSOCKET"]


# --- without credentials: refused everywhere ------------------------------------------------


@pytest.mark.parametrize("config", ["token", "basic", "both"])
def test_every_route_refuses_without_credentials(locked, config):
    client, app = locked[config]
    checked = 0
    for method, path in every_route(app):
        if path in PUBLIC:
            continue
        assert_refused(send(client, method, path), (method, path))
        assert_refused(send(client, "OPTIONS", path), ("OPTIONS", path))
        checked += 1
    assert checked > 100


def test_every_route_refuses_behind_a_root_path(locked):
    client, app = locked["prefixed"]
    for method, path in every_route(app):
        assert_refused(send(client, method, path), (method, path))
        assert_refused(send(client, method, "/assistant" + path), (method, "/assistant" + path))


@pytest.mark.parametrize("path", DISGUISED)
def test_disguised_paths_are_refused(locked, path):
    client, _ = locked["token"]
    r = client.get(path)
    assert_refused(r, path)


@pytest.mark.parametrize("headers", BAD_CREDENTIALS, ids=range(len(BAD_CREDENTIALS)))
def test_wrong_credentials_are_refused(locked, headers):
    for config in ("token", "basic", "both"):
        client, _ = locked[config]
        for path in ("/api/speakers", "/chat/config", "/chat/gradio_api/info"):
            assert_refused(client.get(path, headers=headers), (config, path, headers))


def test_wrong_token_in_the_query_is_refused(locked):
    client, _ = locked["token"]
    for value in ("", "x", TOKEN + "x", TOKEN.upper(), f" {TOKEN}"):
        r = client.get("/api/speakers", params={"token": value})
        assert_refused(r, value)


def test_websocket_upgrade_is_refused(locked):
    client, _ = locked["token"]
    host, port = urlsplit(str(client.base_url)).netloc.split(":")
    for path in ("/chat/gradio_api/queue/join", "/chat/ws", "/api/ask"):
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(
                (
                    f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\n"
                    "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    "Sec-WebSocket-Version: 13\r\n\r\n"
                ).encode()
            )
            status = sock.recv(4096).split(b"\r\n", 1)[0]
        assert status.split()[1] in (b"401", b"403"), (path, status)


def test_cors_preflight_gives_no_data(locked):
    client, _ = locked["token"]
    r = client.options(
        "/api/speakers",
        headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "GET"},
    )
    assert r.status_code in (400, 401), r.status_code
    assert "access-control-allow-origin" not in r.headers
    for secret in SECRETS:
        assert secret not in r.text


# --- with credentials: let in everywhere -----------------------------------------------------


def _let_in(client, app, headers: dict | None = None) -> dict[str, list]:
    """Every route with credentials: {"refused": [...], "crashed": [...]}."""
    refused, crashed = [], []
    for method, path in every_route(app):
        try:
            r = send(client, method, path, headers=headers)
        except httpx.TransportError as err:  # the server dropped the connection
            crashed.append((method, path, type(err).__name__))
            continue
        if r.status_code == 401:  # Gradio's own 403s (files outside its allowed paths) are fine
            refused.append((method, path, r.status_code))
        elif r.status_code >= 500:
            crashed.append((method, path, r.status_code))
    return {"refused": refused, "crashed": crashed}


CREDENTIALS = [("token", "bearer"), ("basic", "basic"), ("both", "bearer"), ("both", "basic")]


def _headers(how: str) -> dict:
    return {"Authorization": f"Bearer {TOKEN}" if how == "bearer" else BASIC}


@pytest.mark.parametrize(("config", "how"), CREDENTIALS)
def test_every_route_lets_credentials_in(locked, config, how):
    client, app = locked[config]
    assert _let_in(client, app, headers=_headers(how))["refused"] == []


def test_no_route_crashes_for_an_authenticated_client(locked):
    """Junk parameters get a 4xx, never a 5xx or a dropped connection."""
    client, app = locked["token"]
    crashed = _let_in(client, app, headers=_headers("bearer"))["crashed"]
    assert crashed == [], "\n".join(map(str, crashed))


def test_every_route_lets_the_cookie_in(locked):
    client, app = locked["token"]
    with httpx.Client(base_url=client.base_url, timeout=client.timeout) as browser:
        first = browser.get("/", params={"token": TOKEN})
        assert first.status_code == 200
        assert TOKEN not in first.headers["set-cookie"]
        assert _let_in(browser, app)["refused"] == []


def test_named_pages_work_with_credentials(locked):
    client, _ = locked["token"]
    ok = {"Authorization": f"Bearer {TOKEN}"}
    for path in ["/", "/docs", "/openapi.json", "/healthz", "/api/speakers", "/chat/",
                 "/chat/config", "/chat/gradio.js", "/static/intranet.css",
                 "/chat/gradio_api/info", *gradio_assets()]:  # fmt: skip
        r = client.get(path, headers=ok, follow_redirects=True)
        assert r.status_code == 200, (path, r.status_code)
    r = client.post("/api/ask", json={"question": "hi"}, headers=ok)
    assert r.status_code == 200 and r.json()["citations"][0]["speaker"] == "Ada"


def test_gradio_client_needs_credentials(locked):
    from gradio_client import Client

    client, _ = locked["token"]
    url = str(client.base_url).rstrip("/") + "/chat/"
    with pytest.raises(Exception):  # noqa: B017 - any refusal; the point is no answer
        Client(url, verbose=False, download_files=False, analytics_enabled=False)
    chat = Client(
        url,
        verbose=False,
        download_files=False,
        analytics_enabled=False,
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    result = chat.predict("hi", "", None, api_name="/ask")
    assert result["citations"][0]["speaker"] == "Ada"
