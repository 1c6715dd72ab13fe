"""The server: one FastAPI app with the JSON API, the example intranet page and Gradio at /chat.

Heavy libraries (fastapi, gradio, uvicorn) are imported inside the functions that use them,
so `assistant --help` and `assistant embed-snippet` stay fast. Gradio (seconds to import and
build) is built in a worker thread once the server is up, so the API answers first. (No
`from __future__ import annotations` here: FastAPI reads the route functions' annotations,
some imported locally.)
"""

import asyncio
import base64
import binascii
import contextlib
import errno
import hashlib
import hmac
import html
import importlib.util
import json
import logging
import re
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qs

from pydantic import BaseModel, ConfigDict, Field

from . import __version__, checks, viewer
from .answer import Answer, Citation
from .config import Settings, SettingsError, quiet_offline_env
from .errors import AssistantError, BadInputError, UnknownSpeakerError

if TYPE_CHECKING:
    from fastapi import FastAPI

    from .engine import Engine

log = logging.getLogger(__name__)

COOKIE = "assistant_auth"
CHAT_PATH = "/chat"
INTERNAL_ERROR = "internal error; the server log has the details"

# Gradio needs inline scripts and styles; everything else may come only from this server.
CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
    "connect-src 'self'; media-src 'self' data: blob:; worker-src 'self' blob:; "
    "frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors {frame_ancestors}"
)


class Turn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Literal["user", "assistant"] = Field(description="Who said it.")
    content: str = Field(description="What was said (for the assistant: its answer text).")


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(
        description="The question.", examples=["What did Microsoft say about AI?"]
    )
    history: list[Turn] | None = Field(
        None, description="Earlier turns of the conversation, oldest first, for follow-ups."
    )
    speaker: str | None = Field(
        None, description="Answer only from this speaker (a name from /api/speakers)."
    )


class LinkedCitation(Citation):
    source_url: str = Field(
        description="Link to the quote highlighted in its document (the source viewer), "
        "relative to this server and with its root path."
    )


class AskResponse(Answer):
    citations: list[LinkedCitation] = Field(default_factory=list)  # type: ignore[assignment]


class _Bounded:
    """The engine, with at most `limit` questions answered at once (chat and API together)."""

    def __init__(self, engine: "Engine", limit: int) -> None:
        self._engine = engine
        self._slots = threading.BoundedSemaphore(limit)

    def ask(self, *args: Any, **kwargs: Any) -> Any:
        with self._slots:
            return self._engine.ask(*args, **kwargs)

    def search(self, *args: Any, **kwargs: Any) -> Any:
        with self._slots:
            return self._engine.search(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)


# --- ASGI middleware -------------------------------------------------------------------------


async def _send_json(send: Any, status: int, payload: dict, headers: list | None = None) -> None:
    body = json.dumps(payload).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class _RootPath:
    """Serve under a proxy prefix whether or not the proxy strips it (as uvicorn --root-path)."""

    def __init__(self, app: Any, prefix: str) -> None:
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if self.prefix and scope["type"] in ("http", "websocket"):
            path = scope["path"]
            if path != self.prefix and not path.startswith(self.prefix + "/"):
                scope = {
                    **scope,
                    "path": self.prefix + path,
                    "raw_path": self.prefix.encode() + scope.get("raw_path", path.encode()),
                }
            scope = {**scope, "root_path": self.prefix}
        await self.app(scope, receive, send)


class _Shield:
    """Any unhandled error becomes a short JSON 500; the traceback goes to the server log only.

    Handled here rather than re-raised, so the connection stays open for the next request.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("unhandled error on %s %s", scope["method"], scope["path"])
            if not started:
                await _send_json(send, 500, {"error": INTERNAL_ERROR})


class _LateChat:
    """The chat's ASGI app, mounted at /chat before it exists: `start` builds it in a worker
    thread and starts it on the server's loop; until then HTTP gets a 503 with Retry-After.

    `build` makes the app (in the thread); `start(app, stack)` starts it (on the loop, its
    clean-up pushed on `stack`) and returns the API names it serves.
    """

    RETRY_AFTER_S = 2

    def __init__(
        self,
        build: Callable[[], Any],
        start: Callable[[Any, contextlib.AsyncExitStack], Awaitable[set[str]]],
    ) -> None:
        self.build = build
        self._start = start
        self._stack = contextlib.AsyncExitStack()
        self.app: Any = None
        self.known: set[str] = set()
        self.failed = False
        self.done = threading.Event()  # set when ready or failed

    @property
    def state(self) -> str:
        return "ready" if self.app is not None else "failed" if self.failed else "starting"

    @property
    def routes(self) -> list:  # what Starlette's Mount lists
        return getattr(self.app, "routes", [])

    async def _built(self) -> Any:
        """`build()` in a daemon thread, so that stopping the server never waits for it."""
        loop = asyncio.get_running_loop()
        done: asyncio.Future = loop.create_future()

        def settle(outcome: Callable[[Any], None], value: Any) -> None:
            if not done.done():  # not cancelled meanwhile
                outcome(value)

        def work() -> None:
            try:
                # A server's steady state includes the language identifier: load it here, off
                # the first answer's path, rather than at the first question that needs it.
                from .conversation import load_language_identifier

                load_language_identifier()
                result: tuple = (done.set_result, self.build())
            except Exception as err:
                result = (done.set_exception, err)
            with contextlib.suppress(RuntimeError):  # the loop has closed: shutting down
                loop.call_soon_threadsafe(settle, *result)

        threading.Thread(target=work, name="chat-build", daemon=True).start()
        return await done

    async def start(self) -> None:
        try:
            app = await self._built()
            self.known = await self._start(app, self._stack)
            self.app = app
        except Exception:
            log.exception("the chat UI failed to start; the JSON API still works")
            self.failed = True
        finally:
            self.done.set()

    async def stop(self) -> None:
        await self._stack.aclose()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if self.app is not None:
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1013})  # try again later
            return
        if scope["type"] != "http":
            return
        if self.failed:
            message, headers = "the chat failed to start; the server log has the details", []
        else:
            message = "the chat is starting; retry in a moment"
            headers = [(b"retry-after", str(self.RETRY_AFTER_S).encode())]
        accept = dict(scope["headers"]).get(b"accept", b"")
        if b"text/html" not in accept:
            await _send_json(send, 503, {"error": message}, headers)
            return
        refresh = f'<meta http-equiv="refresh" content="{self.RETRY_AFTER_S}">' * (not self.failed)
        body = (
            f"<!doctype html><html lang='en'><head><meta charset='utf-8'>{refresh}"
            f"<title>Dialogue Assistant</title></head><body><p>{message.capitalize()}.</p>"
            "</body></html>"
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 503,
                "headers": [
                    (b"content-type", b"text/html; charset=utf-8"),
                    (b"content-length", str(len(body)).encode()),
                    *headers,
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class _GradioCallGuard:
    """Gradio's `call/` REST routes 500 or drop the connection on an unknown API name or
    event id: answer those with a 404 before they reach Gradio (once it is there)."""

    CALL = re.compile(r"/chat/gradio_api/call/(?:v2/)?(?P<name>[^/]+)(?:/(?P<event>[^/]*))?/?$")

    def __init__(self, app: Any, chat: _LateChat) -> None:
        self.app = app
        self.chat = chat

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        ready = self.chat.app is not None
        m = self.CALL.match(scope.get("path", "")) if ready and scope["type"] == "http" else None
        if m and (
            m.group("name") not in self.chat.known
            or (m.group("event") is not None and not re.fullmatch(r"[0-9a-f]{32}", m["event"]))
        ):
            await _send_json(send, 404, {"error": "no such API endpoint or event"})
            return
        await self.app(scope, receive, send)


class _BodyLimit:
    """Refuse request bodies over `limit` bytes with 413, declared or streamed."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        error = {"error": f"request body too large (the limit is {self.limit} bytes)"}
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.limit
            except ValueError:
                await _send_json(send, 400, {"error": "bad Content-Length header"})
                return
            if too_big:
                await _send_json(send, 413, error, [(b"connection", b"close")])
                return
        if scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            size += len(message.get("body", b""))
            if size > self.limit:
                await _send_json(send, 413, error, [(b"connection", b"close")])
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body, replayed = b"".join(chunks), False

        async def replay() -> Any:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class _Access:
    """Shared token (Bearer header, ?token= or its cookie) and/or HTTP basic auth, everywhere."""

    def __init__(self, app: Any, token: str | None, basic: str | None, cookie_path: str) -> None:
        self.app = app
        self.token = token
        self.basic = basic
        self.cookie_path = cookie_path or "/"
        self.cookie_value = (
            hmac.new(token.encode(), b"assistant-cookie", hashlib.sha256).hexdigest()
            if token
            else None
        )

    def _allowed(self, scope: Any) -> tuple[bool, bool]:
        """(allowed, set the cookie)."""
        headers = {k.lower(): v for k, v in scope["headers"]}
        auth = headers.get(b"authorization", b"").decode("latin-1")
        scheme, _, cred = auth.partition(" ")
        scheme = scheme.lower()
        cred = cred.strip()
        if self.token and scheme == "bearer" and _same(cred, self.token):
            return True, False
        if self.basic and scheme == "basic":
            try:
                decoded = base64.b64decode(cred, validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                decoded = ""
            if decoded and _same(decoded, self.basic):
                return True, False
        if self.token:
            query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            if any(_same(t, self.token) for t in query.get("token", [])):
                return True, True
            for part in headers.get(b"cookie", b"").decode("latin-1").split(";"):
                name, _, value = part.strip().partition("=")
                if name == COOKIE and self.cookie_value and _same(value, self.cookie_value):
                    return True, False
        return False, False

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] not in ("http", "websocket") or not (self.token or self.basic):
            await self.app(scope, receive, send)
            return
        allowed, set_cookie = self._allowed(scope)
        if not allowed:
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            if self.basic:
                challenge = b'Basic realm="Dialogue Assistant", charset="UTF-8"'
            else:
                challenge = b'Bearer realm="Dialogue Assistant"'
            ways = []
            if self.token:
                ways.append("'Authorization: Bearer <token>' or ?token=<token>")
            if self.basic:
                ways.append("HTTP basic auth")
            await _send_json(
                send,
                401,
                {"error": f"authentication required: use {' or '.join(ways)}"},
                [(b"www-authenticate", challenge)],
            )
            return
        if not set_cookie:
            await self.app(scope, receive, send)
            return
        secure = scope.get("scheme") == "https"
        cookie = (
            f"{COOKIE}={self.cookie_value}; Path={self.cookie_path}; HttpOnly; SameSite=Lax"
            + ("; Secure" if secure else "")
        ).encode()

        async def send_with_cookie(message: Any) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message["headers"], (b"set-cookie", cookie)]}
            await send(message)

        await self.app(scope, receive, send_with_cookie)


class _SecurityHeaders:
    def __init__(self, app: Any, frame_ancestors: str) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", CSP.format(frame_ancestors=frame_ancestors).encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"same-origin"),
        ]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8"))


# --- pages -----------------------------------------------------------------------------------


def _static_dir() -> Path:
    return Path(str(resources.files("assistant") / "static"))


def _gradio_js() -> Path:
    spec = importlib.util.find_spec("gradio")  # finds the package without importing it
    if spec is None or spec.origin is None:
        raise RuntimeError("gradio is not installed")
    return Path(spec.origin).parent / "templates" / "frontend" / "gradio.js"


def _public_base(request: Any, root_path: str) -> str:
    """This server's public URL (with the proxy prefix), from the request."""
    headers = {"host": request.url.netloc, **request.headers}
    return viewer.public_base(headers, request.url.scheme, root_path)


def _speakers_of(engine: Any, doc_id: str) -> list[viewer.Speaker]:
    """The document's speakers in order of first appearance, each with their passages in it."""
    units_of = getattr(engine, "units_of", None)
    if units_of is None:  # an engine without per-speaker units: no speakers list
        return []
    out = []
    for s in engine.speakers():
        units = sorted(
            (u for u in units_of(s.name) if u.doc_id == doc_id), key=lambda u: (u.start, u.end)
        )
        if units:
            out.append(viewer.Speaker(s.name, s.honorific, s.affiliation, s.roles, units))
    return sorted(out, key=lambda sp: sp.units[0].start)


def _source_response(engine: Any, doc_id: str, start: Any, end: Any, prefix: str) -> Any:
    """The source view as an HTMLResponse: 200 with the page, or 404 with a short page."""
    from fastapi.responses import HTMLResponse

    documents = engine.corpus().documents
    if not doc_id:
        return HTMLResponse(viewer.documents_page(documents, prefix))
    info = next((d for d in documents if d.doc_id == doc_id), None)
    if info is None:
        shown = doc_id if len(doc_id) <= 80 else doc_id[:80] + "…"
        message = f"There is no document “{shown}” in the record."
        return HTMLResponse(viewer.not_found_page(message, prefix), status_code=404)
    text = engine.document_text(doc_id)
    try:
        span = viewer.parse_span(start, end, text)
    except viewer.SpanError as err:
        whole = viewer.source_path(doc_id, base=prefix)
        message = f"In “{info.title}”: {err}."
        return HTMLResponse(viewer.not_found_page(message, prefix, whole), status_code=404)
    page = viewer.source_page(
        doc_id=doc_id,
        title=info.title,
        date=info.date,
        place=info.place,
        publisher=info.publisher,
        text=text,
        speakers=_speakers_of(engine, doc_id),
        span=span,
        prefix=prefix,
    )
    return HTMLResponse(page)


def _page(name: str, **values: str) -> str:
    text = (_static_dir() / name).read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace("{{ " + key + " }}", html.escape(value, quote=True))
    return text


def _corpus_line(engine: "Engine") -> str:
    docs = engine.corpus().documents
    if len(docs) == 1:
        d = docs[0]
        where = ", ".join(x for x in (d.place, d.date) if x)
        return f"Answers about the {d.title}" + (f" ({where})." if where else ".")
    return f"Answers about {len(docs)} meeting records."


def _docs_html(schema: dict, prefix: str) -> str:
    """A plain API reference rendered here, so the docs need no scripts from a CDN."""
    rows = []
    for path, ops in schema.get("paths", {}).items():
        for method, op in ops.items():
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            ref = body.get("schema", {}).get("$ref", "")
            fields = ""
            if ref:
                model = schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]
                items = "".join(
                    f"<li><code>{html.escape(k)}</code>"
                    f"{' (required)' if k in model.get('required', []) else ''}: "
                    f"{html.escape(v.get('description', ''))}</li>"
                    for k, v in model.get("properties", {}).items()
                )
                fields = f"<p>JSON body:</p><ul>{items}</ul>"
            codes = ", ".join(html.escape(c) for c in op.get("responses", {}))
            rows.append(
                f"<section><h2><span class='m'>{method.upper()}</span> "
                f"<code>{html.escape(prefix + path)}</code></h2>"
                f"<p>{html.escape(op.get('description') or op.get('summary', ''))}</p>"
                f"{fields}<p class='codes'>Responses: {codes}</p></section>"
            )
    return _page("docs.html", prefix=prefix).replace("<!-- endpoints -->", "\n".join(rows))


# --- the app ---------------------------------------------------------------------------------


def _chat_app(settings: Settings, engine: Any, parent: "FastAPI") -> Any:
    """Gradio's app for /chat (import and build: seconds; run in a worker thread)."""
    import gradio as gr
    from fastapi import FastAPI
    from starlette.routing import Mount

    from .ui import CSS, HEAD, build_ui, theme

    prefix = settings.root_path
    demo = build_ui(engine, settings)
    demo.queue(
        api_open=False,
        default_concurrency_limit=settings.concurrency,
        max_size=max(64, settings.concurrency * 16),
    )
    # Mounted on a stand-in that shares the parent's middleware list: Gradio sees the parent's
    # CORS policy (and adds none of its own); the parent mounts the result itself.
    stand_in = FastAPI()
    stand_in.user_middleware = parent.user_middleware
    gr.mount_gradio_app(
        stand_in,
        demo,
        path=CHAT_PATH,
        root_path=f"{prefix}{CHAT_PATH}" if prefix else None,
        footer_links=[],
        run_history=False,
        show_error=False,
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        enable_monitoring=False,
        max_file_size=settings.max_request_bytes,
        css=CSS,
        head=HEAD,
        theme=theme(),
    )
    return next(r.app for r in stand_in.routes if isinstance(r, Mount) and r.path == CHAT_PATH)


async def _start_chat(gradio_app: Any, stack: contextlib.AsyncExitStack) -> set[str]:
    """What `gr.mount_gradio_app`'s lifespan does at start-up; returns the API names."""
    await stack.enter_async_context(gradio_app.router.lifespan_context(gradio_app))
    blocks = gradio_app.get_blocks()
    blocks.run_startup_events()
    await blocks.run_extra_startup_events()
    return {f.api_name for f in blocks.fns.values() if isinstance(f.api_name, str)}


def create_app(settings: Settings, engine: "Engine") -> "FastAPI":
    """The whole server as one ASGI app: API, pages, and the Gradio chat at /chat.

    The chat is built once the server starts (its lifespan), in a worker thread: until it is
    ready /chat/ answers 503 and /healthz says `"ui": "starting"`.
    """
    quiet_offline_env()
    import anyio
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.middleware.cors import CORSMiddleware
    from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse
    from fastapi.staticfiles import StaticFiles
    from starlette.exceptions import HTTPException

    from . import export

    bounded: Any = _Bounded(engine, settings.concurrency)
    prefix = settings.root_path
    api_slots = anyio.CapacityLimiter(max(settings.concurrency * 4, 8))
    chat = _LateChat(lambda: _chat_app(settings, bounded, app), _start_chat)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Any) -> Any:
        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(chat.start)
                yield
                tg.cancel_scope.cancel()  # shutting down while the chat is still building
        finally:
            await chat.stop()

    app = FastAPI(
        title="Dialogue Assistant",
        version=__version__,
        description="Cited answers about the meeting record. Every claim names its speaker "
        "and quotes them verbatim.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.chat = chat

    def error(status: int, message: str) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status)

    @app.exception_handler(UnknownSpeakerError)
    async def _unknown_speaker(request: Request, exc: UnknownSpeakerError) -> JSONResponse:
        return error(422, str(exc))

    @app.exception_handler(BadInputError)
    async def _bad_input(request: Request, exc: BadInputError) -> JSONResponse:
        return error(400, str(exc))

    @app.exception_handler(AssistantError)
    async def _assistant_error(request: Request, exc: AssistantError) -> JSONResponse:
        log.error("request failed: %s", exc)
        return error(503, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        loc = ".".join(str(p) for p in first.get("loc", []) if p != "body")
        msg = first.get("msg", "invalid request")
        if first.get("type") == "json_invalid":
            msg = "the body is not valid JSON"
        return error(422, f"{loc}: {msg}" if loc else msg)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse(
            {"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers
        )

    # Routes: the API.
    @app.post(
        "/api/ask",
        response_model=AskResponse,
        summary="Ask a question",
        description="Answer a question from the meeting record. Returns the Answer: text with "
        "[n] markers, citations (speaker, affiliation, kind, verbatim quote, document, offsets, "
        "and source_url: the quote highlighted in the source viewer), and whether it abstained. "
        'Errors are JSON {"error": message}: 400 bad input, '
        "401 no credentials, 413 body too large, 422 malformed request or unknown speaker.",
        responses={
            400: {"description": "Empty or too long question, too much history."},
            413: {"description": "Request body too large."},
            422: {"description": "Malformed request or unknown speaker."},
        },
    )
    async def ask(body: AskRequest) -> JSONResponse:
        question = checks.question(body.question, settings.max_question_chars)
        messages = checks.history(
            [t.model_dump() for t in body.history or []], settings.max_history_turns
        )
        answer = await anyio.to_thread.run_sync(
            lambda: bounded.ask(question, history=messages, speaker=body.speaker or None),
            limiter=api_slots,
        )
        return JSONResponse(export.answer_json(answer, prefix))

    @app.get(
        "/api/speakers",
        summary="List speakers",
        description="Who spoke: name, honorific, affiliation, acronym, roles, aliases, number of "
        "attributed passages and documents.",
    )
    def speakers() -> list[dict]:
        return [asdict(s) for s in bounded.speakers()]

    @app.get(
        "/healthz",
        summary="Health check",
        description='200 when the index is loaded (the API answers); "ui" is "starting", '
        '"ready" or "failed" for the chat at /chat/.',
    )
    def healthz() -> dict:
        info = bounded.corpus()
        return {
            "status": "ok",
            "version": __version__,
            "documents": len(info.documents),
            "speakers": info.speakers,
            "units": info.units,
            "ui": chat.state,
        }

    # Routes: pages.
    subtitle = _corpus_line(engine)

    @app.get(
        "/source/{doc_id:path}",
        response_class=HTMLResponse,
        summary="Source viewer (HTML)",
        description="The whole document with the span [start, end) highlighted, its speaker, "
        "the document's metadata and its speakers' quotes. start and end are character offsets "
        "as in a citation; without them, the whole document; /source/ lists the documents. "
        "404 page for an unknown document or a span out of range.",
        responses={404: {"description": "Unknown document, or not a span of it (HTML page)."}},
    )
    def source(doc_id: str, start: str | None = None, end: str | None = None) -> Any:
        return _source_response(bounded, doc_id, start, end, prefix)

    @app.get("/", include_in_schema=False)
    def home() -> HTMLResponse:
        return HTMLResponse(_page("index.html", prefix=prefix, subtitle=subtitle))

    @app.get("/web-component", include_in_schema=False)
    def web_component(request: Request) -> HTMLResponse:
        base = _public_base(request, prefix)
        return HTMLResponse(_page("web-component.html", prefix=prefix, base=base))

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(_docs_html(app.openapi(), prefix))

    @app.get(CHAT_PATH, include_in_schema=False)
    def chat_slash(request: Request) -> RedirectResponse:
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(f"{prefix}{CHAT_PATH}/{query}", status_code=307)

    # Before mounting the chat, so that this path is not Gradio's.
    @app.get(f"{CHAT_PATH}/gradio.js", include_in_schema=False)
    def gradio_js() -> FileResponse:
        return FileResponse(_gradio_js(), media_type="text/javascript")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(_static_dir() / "favicon.svg", media_type="image/svg+xml")

    # gradio.js asks for its CSS relative to the embedding page, not to itself: answer that
    # here so the example page is clean (the component also styles itself without it).
    @app.get("/assets/{name}", include_in_schema=False)
    def gradio_css(name: str) -> FileResponse:
        path = _gradio_js().parent / "assets" / name
        if not re.fullmatch(r"[\w.-]+\.css", name) or not path.is_file():
            raise HTTPException(404, "Not Found")
        return FileResponse(path, media_type="text/css")

    app.mount("/static", StaticFiles(directory=_static_dir()), name="static")
    app.mount(CHAT_PATH, chat)

    # Outermost last: prefix, shield, headers, CORS (answers preflights), access, body size.
    app.add_middleware(_GradioCallGuard, chat=chat)
    app.add_middleware(_BodyLimit, limit=settings.max_request_bytes)
    app.add_middleware(
        _Access,
        token=settings.auth_token,
        basic=settings.basic_auth,
        cookie_path=prefix or "/",
    )
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST"],
        allow_headers=["Authorization", "Content-Type"],
        allow_credentials="*" not in settings.cors_origins,
        max_age=600,
    )
    app.add_middleware(_SecurityHeaders, frame_ancestors=settings.frame_ancestors)
    app.add_middleware(_Shield)
    app.add_middleware(_RootPath, prefix=prefix)
    return app


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except (socket.gaierror, OSError) as err:
        sock.close()
        if isinstance(err, socket.gaierror) or err.errno == errno.EADDRNOTAVAIL:
            raise SettingsError(
                f"ASSISTANT_HOST: cannot listen on {host} ({err.strerror}); "
                "use an address of this machine, e.g. 127.0.0.1 or 0.0.0.0"
            ) from None
        raise SettingsError(
            f"ASSISTANT_PORT: cannot listen on {host}:{port} ({err.strerror}); "
            "choose another with --port"
        ) from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def display_url(settings: Settings, port: int | None = None) -> str:
    host = settings.host
    if host in ("0.0.0.0", "::", ""):
        host = "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port or settings.port}{settings.root_path}/"


@contextlib.contextmanager
def serving(
    app: Any, host: str = "127.0.0.1", port: int = 0, wait_ui: bool = True
) -> Iterator[str]:
    """Run `app` with uvicorn in a background thread; yields its base URL (tests, soak runs),
    by default once its chat UI is ready too."""
    import uvicorn

    sock = _bind(host, port)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        for _ in range(600):
            if server.started or not thread.is_alive():
                break
            time.sleep(0.05)
        if not server.started:
            raise RuntimeError("the server did not start")
        chat = getattr(getattr(app, "state", None), "chat", None)
        if wait_ui and chat is not None and not chat.done.wait(timeout=120):
            raise RuntimeError("the chat UI did not start")
        yield f"http://{host}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()


def run_server(settings: Settings, echo: Callable[[str], None]) -> None:
    """Open (or build) the index, then serve until interrupted."""
    quiet_offline_env()
    import uvicorn

    from .engine import build_engine

    sock = _bind(settings.host, settings.port)
    try:
        echo(
            f"Loading the index from {settings.index_dir} (built from {settings.source_dir} "
            "if missing or out of date)..."
        )
        engine = build_engine(settings, progress=echo)
        info = engine.corpus()
        echo(
            f"Index ready: {_count(len(info.documents), 'document')}, "
            f"{_count(info.speakers, 'speaker')}, {_count(info.units, 'passage')}."
        )
        echo("Starting the server...")
        app = create_app(settings, engine)
        url = display_url(settings, sock.getsockname()[1])
        echo(f"Chat:          {url}chat/   (ready a few seconds after the API)")
        echo(f"Example page:  {url}")
        echo(f"JSON API:      {url}api/ask   (docs: {url}docs)")
        if settings.auth_token or settings.basic_auth:
            ways = [
                w
                for w, on in (("token", settings.auth_token), ("basic auth", settings.basic_auth))
                if on
            ]
            echo(f"Access control is on ({' and '.join(ways)}).")
        if settings.host not in ("127.0.0.1", "localhost", "::1"):
            echo(f"Listening on {settings.host}: reachable from other machines.")
        echo("Press Ctrl+C to stop.")
        config = uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            proxy_headers=True,
            timeout_graceful_shutdown=5,
        )
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()


def embed_snippet(url: str) -> str:
    """Paste-ready HTML embedding the chat served at `url` (the server's public base URL)."""
    url = url.strip()
    if not url.startswith(("http://", "https://")):
        raise BadInputError(f"the URL must start with http:// or https:// (got {url!r})")
    base = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    base = base.removesuffix(CHAT_PATH)
    chat = html.escape(f"{base}{CHAT_PATH}/", quote=True)
    script = html.escape(f"{base}{CHAT_PATH}/gradio.js", quote=True)
    return f"""<!-- Dialogue Assistant: pick one of the two ways. -->
<!-- The page's site must be allowed: ASSISTANT_FRAME_ANCESTORS for the iframe,
     ASSISTANT_CORS_ORIGINS for the web component, unless it is this same origin. -->

<!-- 1. An iframe -->
<iframe src="{chat}" title="Dialogue Assistant" loading="lazy"
        style="width: 100%; height: 760px; border: 1px solid #d0d7de; border-radius: 12px;">
</iframe>

<!-- 2. The <gradio-app> web component; its script is served by the assistant itself -->
<script type="module" src="{script}"></script>
<gradio-app src="{chat}" container="false"></gradio-app>
"""
