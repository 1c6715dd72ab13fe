"""Chroma's client-server mode: a real `chroma run` on 127.0.0.1, indexed and answered through.

The server is the one shipped with the chromadb package (`chroma` in this environment's bin),
started in a temp folder on a free port and stopped at the end. A Chroma server that cannot be
reached gives a StoreError naming the settings to fix.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant.config import SettingsError, load_settings, quiet_offline_env
from assistant.engine import build_engine, index_corpus
from assistant.errors import StoreError
from tests.conftest import SEED_DIR, copy_corpus

QUESTION = "What did the Microsoft representative say about artificial intelligence?"

quiet_offline_env()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _chroma() -> str:
    script = Path(sys.executable).parent / "chroma"
    found = str(script) if script.exists() else shutil.which("chroma")
    if not found:
        pytest.fail("the `chroma` command of the chromadb package is not installed")
    return found


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """A `chroma run` server on a free loopback port; yields (host, port); stopped at the end."""
    data = tmp_path_factory.mktemp("chroma-data")
    port = _free_port()
    log = (data.parent / "chroma.log").open("wb")
    proc = subprocess.Popen(
        [_chroma(), "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"chroma run exited with {proc.returncode}")
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2).is_success:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("the Chroma server sent no heartbeat within 60 s")
            time.sleep(0.2)
        yield "127.0.0.1", port
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(15)
        log.close()


@pytest.mark.slow
def test_index_and_answer_through_a_chroma_server(chroma_server, tmp_path, no_network):
    host, port = chroma_server
    source = copy_corpus(tmp_path / "source_docs")
    local = tmp_path / "index"
    settings = load_settings(
        chroma_mode="http", chroma_host=host, chroma_port=port, source_dir=source, index_dir=local
    )

    report, skipped = index_corpus(settings)
    assert skipped == []
    assert report.did_work
    assert report.added == ["constructive_dialogue_2023"]
    assert report.units > 10

    engine = build_engine(settings, build_if_missing=False)
    answer = engine.ask(QUESTION)
    assert not answer.abstained
    assert "David Williams" in {c.speaker for c in answer.citations}
    assert "artificial intelligence" in answer.text

    again, _ = index_corpus(settings)
    assert not again.did_work
    assert again.unchanged == ["constructive_dialogue_2023"]
    assert again.units == report.units

    # Everything lives in the server: no embedded index was written locally.
    assert not local.exists()
    import chromadb

    client = chromadb.HttpClient(
        host=host, port=port, settings=chromadb.Settings(anonymized_telemetry=False)
    )
    names = {c if isinstance(c, str) else c.name for c in client.list_collections()}
    assert f"{settings.collection}-g{report.generation}-units" in names
    assert no_network == []  # nothing but 127.0.0.1 was contacted


class _NoEmbedding:
    """index_corpus must fail on the store before it embeds anything."""

    name = "none"

    def query(self, text):
        raise AssertionError("embedded although the store is unreachable")

    def batch(self, texts):
        raise AssertionError("embedded although the store is unreachable")


def test_unreachable_chroma_server_names_the_setting(tmp_path, no_network):
    port = _free_port()  # nothing listens there
    settings = load_settings(
        chroma_mode="http", chroma_host="127.0.0.1", chroma_port=port,
        source_dir=SEED_DIR, index_dir=tmp_path / "index",
    )  # fmt: skip
    with pytest.raises(StoreError) as err:
        index_corpus(settings, embed_model=_NoEmbedding())
    message = str(err.value)
    assert f"127.0.0.1:{port}" in message
    assert "ASSISTANT_CHROMA_HOST" in message
    assert "Traceback" not in message


def test_bad_chroma_port_setting_is_named():
    with pytest.raises(SettingsError, match="ASSISTANT_CHROMA_PORT"):
        load_settings(chroma_mode="http", chroma_port=70000)
    with pytest.raises(SettingsError, match="ASSISTANT_CHROMA_MODE"):
        load_settings(chroma_mode="cluster")
