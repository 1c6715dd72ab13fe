"""Shared fixtures: a real index of the seed corpus in a temp dir, and an offline guard."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from assistant.config import load_settings, quiet_offline_env

ROOT = Path(__file__).resolve().parents[1]
SEED_DIR = ROOT / "source_docs"
DATA = Path(__file__).parent / "data"
DEV_SET = ROOT / "evals" / "dialogue.yaml"

quiet_offline_env()


def copy_corpus(target: Path, *extra: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for f in SEED_DIR.iterdir():
        shutil.copy(f, target / f.name)
    for f in extra:
        shutil.copy(f, target / f.name)
    return target


@pytest.fixture(scope="session")
def seed_settings(tmp_path_factory):
    base = tmp_path_factory.mktemp("seed")
    return load_settings(source_dir=copy_corpus(base / "docs"), index_dir=base / "index")


@pytest.fixture(scope="session")
def seed_engine(seed_settings):
    from assistant.engine import build_engine

    return build_engine(seed_settings)


class OutsideConnection(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Fail on any connection to an address outside 127.0.0.0/8 or ::1."""
    real_connect = socket.socket.connect
    attempts: list[object] = []

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (
            host.startswith("127.") or host in ("::1", "localhost") or self.family == socket.AF_UNIX
        ):
            attempts.append(address)
            raise OutsideConnection(f"connection outside loopback: {address}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    real_getaddrinfo = socket.getaddrinfo

    def guarded_getaddrinfo(host, *args, **kwargs):
        if host not in (None, "localhost") and not str(host).startswith(("127.", "::1")):
            attempts.append(host)
            raise OutsideConnection(f"name lookup outside loopback: {host}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
    return attempts
