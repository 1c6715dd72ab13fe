"""A small, real OpenAI-compatible server on 127.0.0.1, scripted per test.

    with FakeLLMServer() as fake:            # or the `fake_llm` fixture
        fake.reply("David Williams (Microsoft) said ... [1]")
        settings = load_settings(llm_base_url=fake.url)
        ...
        assert "David Williams" in fake.requests[-1].prompt

`POST {url}/chat/completions` answers with the script: `reply()` (JSON, or SSE when the request
asks for `"stream": true`), `fail()` (an HTTP error), `raw()` (any body) or `hang()` (sleep
first). A script stays until the next one; every request is recorded.
"""

from __future__ import annotations

import json
import re
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


@dataclass
class Recorded:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    body: Any  # parsed JSON, or the raw text if it was not JSON

    @property
    def messages(self) -> list[dict]:
        return self.body.get("messages", []) if isinstance(self.body, dict) else []

    @property
    def prompt(self) -> str:
        """All message contents, joined: what the model was shown."""
        return "\n\n".join(str(m.get("content", "")) for m in self.messages)

    @property
    def stream(self) -> bool:
        return isinstance(self.body, dict) and self.body.get("stream") is True


Content = str | Callable[[Recorded], str]


@dataclass
class Script:
    content: Content = "NOT_IN_SOURCES"
    status: int = 200
    raw: str | None = None  # sent as is, instead of a completion
    content_type: str = "application/json"
    delay: float = 0.0


class FakeLLMServer:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.script = Script()
        self._stop = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.block_on_close = False
        self._httpd.handle_error = lambda *a: None  # type: ignore[method-assign]
        self.port = self._httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    # Scripts
    def reply(self, content: Content) -> None:
        """Answer with this text (or `content(request)`), as JSON or as an SSE stream."""
        self.script = Script(content=content)

    def fail(self, status: int = 500, body: str = '{"error": {"message": "boom"}}') -> None:
        self.script = Script(status=status, raw=body)

    def raw(self, body: str, content_type: str = "application/json", status: int = 200) -> None:
        """Send `body` as is, e.g. "not json", "{}" or a truncated SSE stream."""
        self.script = Script(status=status, raw=body, content_type=content_type)

    def hang(self, seconds: float = 3.0, content: Content = "Too late. [1]") -> None:
        """Sleep before answering (cut short when the server closes)."""
        self.script = Script(content=content, delay=seconds)

    @property
    def last(self) -> Recorded:
        return self.requests[-1]

    def close(self) -> None:
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FakeLLMServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _pieces(text: str) -> list[str]:
    return re.findall(r"\S+\s*|\s+", text) or [text]


def _handler_for(fake: FakeLLMServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            text = self.rfile.read(length).decode("utf-8", "replace")
            try:
                body: Any = json.loads(text)
            except ValueError:
                body = text
            request = Recorded(
                "POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body
            )
            fake.requests.append(request)
            script = fake.script
            if script.delay:
                fake._stop.wait(script.delay)
            try:
                if not self.path.endswith("/chat/completions"):
                    self._send(404, "application/json", '{"error": {"message": "not found"}}')
                elif script.raw is not None:
                    self._send(script.status, script.content_type, script.raw)
                else:
                    content = script.content
                    answer = content(request) if callable(content) else content
                    if request.stream:
                        self._stream(answer)
                    else:
                        self._send(200, "application/json", json.dumps(_completion(answer)))
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (e.g. it timed out)

        def do_GET(self) -> None:
            self._send(404, "application/json", '{"error": {"message": "not found"}}')

        def _send(self, status: int, content_type: str, body: str) -> None:
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _stream(self, answer: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            deltas = [{"role": "assistant", "content": ""}]
            deltas += [{"content": piece} for piece in _pieces(answer)]
            for i, delta in enumerate([*deltas, {}]):
                finish = "stop" if i == len(deltas) else None
                event = {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion.chunk",
                    "model": "fake",
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                }
                self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                self.wfile.flush()
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()

    return Handler


def _completion(answer: str) -> dict:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "model": "fake",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": answer},
                "finish_reason": "stop",
            }
        ],
    }


def refused_url() -> str:
    """A base URL on 127.0.0.1 where nothing listens (a port just closed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


@pytest.fixture
def fake_llm() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as server:
        yield server
