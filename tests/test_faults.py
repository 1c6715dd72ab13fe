"""Faults the assistant survives without losing its index or giving an unverified answer.

- kill -9 during `assistant index` (a real subprocess): the previous generation stays active
  and a fresh start answers exactly as before; the next `index` finishes the job.
- A corrupted, foreign or half-deleted index folder, or one built with another model: a clear
  StoreError naming the fix; `assistant index --rebuild` moves the broken folder aside (never
  deletes it) and builds a working index.
- Re-indexing while the engine answers: answers continue from the old generation, then switch.
- The optional LLM server down, slow or sending garbage: the verified extractive answer and
  a note.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from fake_llm_server import FakeLLMServer, refused_url
from helpers_reliability import (
    ASSISTANT,
    FATIMA,
    MICROSOFT,
    SEED_DOC,
    check_citations,
    copy_seed,
    embed_model,
    fingerprint,
    open_engine,
    open_seed_engine,
    settings_for,
    subprocess_env,
    write_corpus,
)

from assistant.answer import Answer
from assistant.cli import main
from assistant.engine import DialogueEngine, build_engine, index_corpus
from assistant.errors import StoreError
from assistant.server import create_app, serving
from assistant.store import Store, model_id

pytestmark = pytest.mark.usefixtures("no_network")

QUESTIONS = [MICROSOFT, FATIMA, "Who chaired the Constructive Dialogue?", "What was the budget?"]
KILL_CORPUS = int(os.environ.get("KILL_CORPUS_DOCS", "300"))  # big enough to take seconds
KEEP = 5  # documents left for the run after the kill

# A fresh process: open the index as `serve` would (never building), answer, print JSON.
PROBE = """
import json, sys
from assistant.config import load_settings
from assistant.engine import build_engine
from assistant.store import Store, model_id
settings = load_settings()
engine = build_engine(settings, build_if_missing=False)
store = Store(settings, model_id(settings.resolved_model_dir()))
out = {"generation": store.active_number(),
       "documents": sorted(d.doc_id for d in engine.corpus().documents),
       "answers": [engine.ask(q).model_dump(mode="json") for q in json.loads(sys.argv[1])]}
print(json.dumps(out))
"""


def probe(settings, questions=QUESTIONS) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(questions)],
        env=subprocess_env(settings),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def said(answers: list[dict]) -> list[tuple]:
    return [fingerprint(Answer.model_validate(a)) for a in answers]


def run_index(settings, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(ASSISTANT), "index", *args],
        env=subprocess_env(settings),
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )


def collection_rows(index_dir: Path, name: str) -> int | None:
    """Rows stored so far in collection `name` (None if it doesn't exist), read-only."""
    db = index_dir / "chroma.sqlite3"
    if not db.is_file():
        return None
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2) as con:
            row = con.execute("SELECT id FROM collections WHERE name = ?", (name,)).fetchone()
            if row is None:
                return None
            queued = con.execute(
                "SELECT count(*) FROM embeddings_queue WHERE topic LIKE ?", (f"%{row[0]}%",)
            ).fetchone()[0]
            stored = con.execute(
                "SELECT count(*) FROM embeddings e JOIN segments s ON e.segment_id = s.id "
                "WHERE s.collection = ?",
                (row[0],),
            ).fetchone()[0]
            return max(queued, stored)
    except sqlite3.Error:
        return None  # busy or mid-write: ask again


def kill_mid_build(settings, collection: str, timeout: float = 600) -> int:
    """Start `assistant index`, SIGKILL it once `collection` holds some units; returns them."""
    proc = subprocess.Popen(
        [str(ASSISTANT), "index"],
        env=subprocess_env(settings),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + timeout
        rows = None
        while time.monotonic() < deadline and proc.poll() is None:
            rows = collection_rows(settings.index_dir, collection)
            if rows:
                break
            time.sleep(0.2)
        assert proc.poll() is None, (
            f"`assistant index` ended (rc {proc.returncode}) before it could be killed; "
            "use a bigger corpus (KILL_CORPUS_DOCS)"
        )
        assert rows, f"{collection} never appeared"
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
        return rows
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)


# --- kill -9 during `assistant index` -------------------------------------------------------------


@pytest.mark.slow
def test_kill_9_during_index_keeps_the_previous_index(tmp_path):
    copy_seed(tmp_path)
    settings = settings_for(tmp_path)
    first = run_index(settings)
    assert first.returncode == 0, first.stderr[-2000:]
    before = probe(settings)
    assert before["generation"] == 1 and before["documents"] == [SEED_DOC]

    extra = write_corpus(settings.source_dir, KILL_CORPUS)
    rows = kill_mid_build(settings, "dialogue-g2-units")
    assert rows > 0

    after = probe(settings)  # a fresh start, as `serve` would do after a crash
    assert after["generation"] == before["generation"]
    assert after["documents"] == before["documents"]
    assert said(after["answers"]) == said(before["answers"])
    text = (settings.source_dir / f"{SEED_DOC}.txt").read_text(encoding="utf-8")
    for answer in after["answers"]:
        check_citations(answer, lambda doc_id: text)

    for path in extra[KEEP:]:  # a smaller job, so that the next run is quick
        path.unlink()
    again = run_index(settings)  # the next run finishes the job over the leftovers
    assert again.returncode == 0, again.stderr[-2000:]
    assert f"{KEEP} added" in again.stdout, again.stdout
    done = probe(
        settings, [MICROSOFT, "What did the Data Protection Board say about data retention?"]
    )
    assert done["generation"] == 2
    assert len(done["documents"]) == KEEP + 1
    assert said(done["answers"][:1]) == said(before["answers"][:1])
    assert not done["answers"][1]["abstained"]
    store = Store(settings, model_id(settings.resolved_model_dir()))
    names = sorted(c.name for c in store.client.list_collections())
    assert names == ["dialogue-g1-docs", "dialogue-g1-units", "dialogue-g2-docs",
                     "dialogue-g2-units", "dialogue-pointer"]  # fmt: skip


@pytest.mark.slow
def test_kill_9_during_the_first_index_then_start_builds_it(tmp_path, monkeypatch):
    docs = copy_seed(tmp_path)
    extra = write_corpus(docs, KILL_CORPUS)
    settings = settings_for(tmp_path)
    kill_mid_build(settings, "dialogue-g1-units")
    for path in extra[KEEP:]:
        path.unlink()
    store = Store(settings, model_id(settings.resolved_model_dir()))
    with pytest.raises(StoreError, match="no index yet"):
        store.active()
    monkeypatch.setattr("assistant.engine.make_embed_model", lambda s: embed_model())
    engine = build_engine(settings)  # what `serve` does: there is no index yet, so build one
    assert len(engine.corpus().documents) == KEEP + 1
    answer = engine.ask(MICROSOFT)
    assert "David Williams" in answer.cited_speakers()
    check_citations(answer, engine.document_text)


# --- corrupted, foreign and mismatched index folders ----------------------------------------------


@pytest.fixture(scope="module")
def good_index(tmp_path_factory):
    """A real index of the seed, built once; tests copy it and break the copy."""
    base = tmp_path_factory.mktemp("good-index")
    settings, engine = open_seed_engine(base)
    return settings, said([engine.ask(q).model_dump(mode="json") for q in QUESTIONS])


@pytest.fixture
def cli(monkeypatch):
    monkeypatch.setattr("assistant.engine.make_embed_model", lambda s: embed_model())

    def run(settings, *args: str):
        env = {"ASSISTANT_SOURCE_DIR": str(settings.source_dir),
               "ASSISTANT_INDEX_DIR": str(settings.index_dir)}  # fmt: skip
        return CliRunner().invoke(main, list(args), env=env)

    return run


def broken_copy(good, tmp_path: Path, how: str):
    """A copy of the good index, broken in one way; returns its settings."""
    settings, _ = good
    copy_seed(tmp_path)
    index = tmp_path / "index"
    if how == "foreign":
        index.mkdir()
        (index / "holiday.jpg").write_bytes(os.urandom(4096))
        (index / "notes").mkdir()
        (index / "notes" / "todo.txt").write_text("buy milk\n")
        return settings_for(tmp_path)
    shutil.copytree(settings.index_dir, index)
    db = index / "chroma.sqlite3"
    if how == "garbage":
        db.write_bytes(os.urandom(64 * 1024))
    elif how == "truncated":
        db.write_bytes(db.read_bytes()[:8192])
    elif how == "zeroed-header":
        data = bytearray(db.read_bytes())
        data[:100] = bytes(100)
        db.write_bytes(bytes(data))
    elif how == "empty-db":
        db.write_bytes(b"")
    elif how == "no-vectors":
        for folder in index.iterdir():
            if folder.is_dir():
                shutil.rmtree(folder)
    else:
        raise ValueError(how)
    return settings_for(tmp_path)


def assert_cli_error(result, *words: str) -> str:
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("Error: ")]
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


DETECTED = ["garbage", "truncated", "zeroed-header", "foreign"]
RECOVERED = ["empty-db", "no-vectors"]  # an empty database is no index; Chroma rebuilds vectors


@pytest.mark.parametrize("how", DETECTED)
def test_broken_index_is_a_clear_store_error(good_index, tmp_path, how):
    settings = broken_copy(good_index, tmp_path, how)
    with pytest.raises(StoreError, match="--rebuild"):
        open_engine(settings, index=False).ask(MICROSOFT)


@pytest.mark.parametrize("how", RECOVERED)
def test_damaged_index_recovers_with_the_same_answers(good_index, tmp_path, monkeypatch, how):
    settings = broken_copy(good_index, tmp_path, how)
    monkeypatch.setattr("assistant.engine.make_embed_model", lambda s: embed_model())
    engine = build_engine(settings)
    assert said([engine.ask(q).model_dump(mode="json") for q in QUESTIONS]) == good_index[1]
    hits = engine.search("artificial intelligence and modern technology", k=3)
    assert hits and hits[0].speaker == "David Williams"


@pytest.mark.parametrize("how", DETECTED)
def test_broken_index_cli_says_so_and_rebuild_fixes_it(good_index, tmp_path, cli, how):
    settings = broken_copy(good_index, tmp_path, how)
    before = sorted(p.relative_to(settings.index_dir) for p in settings.index_dir.rglob("*"))
    assert_cli_error(cli(settings, "ask", MICROSOFT), "assistant index --rebuild")
    plain = cli(settings, "index")
    if plain.exit_code != 0:
        assert_cli_error(plain, "--rebuild")

    rebuilt = cli(settings, "index", "--rebuild")
    assert rebuilt.exit_code == 0, rebuilt.output
    result = cli(settings, "ask", MICROSOFT, "--json")
    assert result.exit_code == 0, result.output
    answer = Answer.model_validate_json(result.stdout)
    assert said([answer.model_dump(mode="json")]) == good_index[1][:1]
    if plain.exit_code != 0:  # the broken folder was moved aside, whole
        aside = [p for p in tmp_path.iterdir() if p.name.startswith("index.broken-")]
        assert len(aside) == 1, list(tmp_path.iterdir())
        assert sorted(p.relative_to(aside[0]) for p in aside[0].rglob("*")) == before


def test_rebuild_of_a_healthy_index_keeps_it_working(good_index, tmp_path, cli):
    settings, said_before = good_index
    copy_seed(tmp_path)
    shutil.copytree(settings.index_dir, tmp_path / "index")
    mine = settings_for(tmp_path)
    assert cli(mine, "index", "--rebuild").exit_code == 0
    engine = open_engine(mine, index=False)
    assert said([engine.ask(q).model_dump(mode="json") for q in QUESTIONS]) == said_before
    assert not [p for p in tmp_path.iterdir() if ".broken-" in p.name]


@pytest.fixture(scope="module")
def other_model(tmp_path_factory) -> Path:
    """The bundled model's files under another folder, with a different config.json."""
    real = load_real_model_dir()
    other = tmp_path_factory.mktemp("other-model") / "other-minilm"
    other.mkdir()
    for item in real.iterdir():
        if item.name != "config.json":
            (other / item.name).symlink_to(item)
    config = json.loads((real / "config.json").read_text())
    config["_comment"] = "same weights, another id"
    (other / "config.json").write_text(json.dumps(config))
    return other


def load_real_model_dir() -> Path:
    from assistant.config import load_settings

    return load_settings().resolved_model_dir()


def test_index_built_with_another_model_is_detected(good_index, tmp_path, cli, other_model):
    settings, _ = good_index
    copy_seed(tmp_path)
    shutil.copytree(settings.index_dir, tmp_path / "index")
    mine = settings_for(tmp_path, model_dir=other_model)
    assert model_id(other_model) != model_id(load_real_model_dir())
    with pytest.raises(StoreError, match="another model"):
        open_engine(mine, index=False)
    env = {"ASSISTANT_MODEL_DIR": str(other_model)}
    result = CliRunner().invoke(
        main, ["ask", MICROSOFT], env={**env, "ASSISTANT_SOURCE_DIR": str(mine.source_dir),
                                       "ASSISTANT_INDEX_DIR": str(mine.index_dir)},
    )  # fmt: skip
    assert_cli_error(result, "another model", "--rebuild")
    rebuilt = CliRunner().invoke(
        main, ["index", "--rebuild"], env={**env, "ASSISTANT_SOURCE_DIR": str(mine.source_dir),
                                           "ASSISTANT_INDEX_DIR": str(mine.index_dir)},
    )  # fmt: skip
    assert rebuilt.exit_code == 0, rebuilt.output
    engine = open_engine(mine, index=False)
    assert "David Williams" in engine.ask(MICROSOFT).cited_speakers()


# --- re-indexing while answering ------------------------------------------------------------------

NEW_DOC = (
    "Follow-up briefing, Vienna, 2 October 2023.\n\n"
    "Ms. Ingrid Halvorsen from the Norwegian Police Directorate stressed that "
    "\u201cmutual legal assistance for electronic evidence must be answered within thirty "
    "days,\u201d she said.\n"
)
NEW_QUESTION = "What did Ingrid Halvorsen say about mutual legal assistance?"


class Askers:
    """Threads asking questions in a loop; every answer and error is kept."""

    def __init__(self, engine: DialogueEngine, threads: int = 3) -> None:
        self.engine = engine
        self.stop = threading.Event()
        self.answers: list[tuple[int, Answer]] = []
        self.errors: list[BaseException] = []
        self.threads = [threading.Thread(target=self._run, args=(i,)) for i in range(threads)]

    def _run(self, i: int) -> None:
        n = i
        while not self.stop.is_set():
            question = QUESTIONS[n % len(QUESTIONS)]
            n += 1
            try:
                answer = self.engine.ask(question)
                check_citations(answer, self.engine.document_text)
                self.answers.append((self.engine.generation, answer))
            except BaseException as err:  # any error at all is a failure of the test
                self.errors.append(err)

    def __enter__(self) -> Askers:
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(timeout=120)


def test_reindex_while_answering_then_switch(tmp_path):
    settings, engine = open_seed_engine(tmp_path)
    expected = {q: fingerprint(engine.ask(q)) for q in QUESTIONS}
    old = engine.generation
    with Askers(engine) as askers:
        while len(askers.answers) < 6 and not askers.errors:
            time.sleep(0.05)
        (settings.source_dir / "halvorsen.txt").write_text(NEW_DOC, encoding="utf-8")
        report, _ = index_corpus(settings, embed_model=embed_model())
        assert report.added == ["halvorsen"] and report.generation == old + 1
        count = len(askers.answers)
        while len(askers.answers) < count + 6 and not askers.errors:
            time.sleep(0.05)
    assert not askers.errors, askers.errors[:3]
    generations = {gen for gen, _ in askers.answers}
    assert generations <= {old, old + 1}  # the old one, then (maybe already) the new one
    for _, answer in askers.answers:
        assert fingerprint(answer) == expected[answer.question]

    engine.refresh(force=True)
    assert engine.generation == old + 1
    answer = engine.ask(NEW_QUESTION)
    assert answer.cited_speakers() == ["Ingrid Halvorsen"]
    check_citations(answer, engine.document_text)
    assert {q: fingerprint(engine.ask(q)) for q in QUESTIONS} == expected


def wait_for_generation(engine: DialogueEngine, number: int, seconds: float = 120) -> None:
    """Ask until the engine has switched (it loads a new generation in the background)."""
    deadline = time.monotonic() + seconds
    while engine.generation != number and time.monotonic() < deadline:
        engine.ask(MICROSOFT)
        time.sleep(0.1)
    assert engine.generation == number


def test_engine_refreshes_on_its_own(tmp_path, monkeypatch):
    settings, engine = open_seed_engine(tmp_path)
    old = engine.generation
    (settings.source_dir / "halvorsen.txt").write_text(NEW_DOC, encoding="utf-8")
    index_corpus(settings, embed_model=embed_model())
    monkeypatch.setattr("assistant.engine.REFRESH_SECONDS", 0.0)
    wait_for_generation(engine, old + 1)
    answer = engine.ask(NEW_QUESTION)
    assert answer.cited_speakers() == ["Ingrid Halvorsen"]
    check_citations(answer, engine.document_text)


def test_two_reindexes_in_a_row_while_answering(tmp_path):
    """The engine may still hold the generation that the second build drops."""
    settings, engine = open_seed_engine(tmp_path)
    with Askers(engine) as askers:
        while len(askers.answers) < 3 and not askers.errors:
            time.sleep(0.05)
        for n in range(3):
            (settings.source_dir / f"extra_{n}.txt").write_text(
                NEW_DOC.replace("Halvorsen", f"Halvorsen{n}"), encoding="utf-8"
            )
            index_corpus(settings, embed_model=embed_model())
        count = len(askers.answers)
        while len(askers.answers) < count + 6 and len(askers.errors) < 3:
            time.sleep(0.05)
    assert not askers.errors, [repr(e) for e in askers.errors[:3]]
    engine.refresh(force=True)
    assert engine.ask(NEW_QUESTION.replace("Halvorsen", "Halvorsen2")).citations


def test_serve_answers_during_a_reindex(tmp_path):
    """The same over HTTP: the server keeps answering while `assistant index` runs."""
    settings, engine = open_seed_engine(tmp_path)
    write_corpus(settings.source_dir, 40)
    statuses: list[int] = []
    failures: list[BaseException] = []
    with serving(create_app(settings, engine)) as url:
        done = threading.Event()

        def client() -> None:
            with httpx.Client(base_url=url, timeout=120) as c:
                while not done.is_set():
                    try:
                        r = c.post("/api/ask", json={"question": MICROSOFT})
                        statuses.append(r.status_code)
                        if r.status_code == 200:
                            check_citations(r.json(), engine.document_text)
                    except BaseException as err:
                        failures.append(err)

        threads = [threading.Thread(target=client) for _ in range(2)]
        for t in threads:
            t.start()
        try:
            index_corpus(settings, embed_model=embed_model())
            time.sleep(0.5)
        finally:
            done.set()
            for t in threads:
                t.join(timeout=120)
        engine.refresh(force=True)
        with httpx.Client(base_url=url, timeout=120) as c:
            health = c.get("/healthz").json()
    assert not failures, failures[:3]
    assert statuses and set(statuses) == {200}
    assert health["documents"] == 41


# --- the optional LLM server ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    return open_seed_engine(tmp_path_factory.mktemp("llm-faults"))


@pytest.fixture(scope="module")
def fake_llm_module():
    with FakeLLMServer() as fake:
        yield fake


def llm_engine(seeded, url: str, timeout: float = 2.0) -> DialogueEngine:
    settings, _ = seeded
    mine = settings.model_copy(
        update={"generator": "openai", "llm_base_url": url, "llm_timeout": timeout}
    )
    return DialogueEngine(mine, Store(mine, model_id(mine.resolved_model_dir())), embed_model())


def assert_extractive_with_note(answer: Answer, engine, *words: str) -> None:
    assert answer.generator == "extractive"
    assert not answer.abstained
    assert "David Williams" in answer.cited_speakers()
    check_citations(answer, engine.document_text)
    assert answer.note and "extractive answer shown" in answer.note, answer.note
    for word in words:
        assert word in answer.note, answer.note
    assert "127.0.0.1" not in answer.note  # the server's address is not shown to users


def test_llm_down(seeded):
    engine = llm_engine(seeded, refused_url())
    assert_extractive_with_note(engine.ask(MICROSOFT), engine, "cannot connect")


def test_llm_slow(seeded, fake_llm_module):
    fake_llm_module.hang(10.0)
    engine = llm_engine(seeded, fake_llm_module.url, timeout=1.0)
    assert_extractive_with_note(engine.ask(MICROSOFT), engine, "did not answer within 1 s")


GARBAGE = {
    "not-json": lambda f: f.raw("<html>502 Bad Gateway</html>", content_type="text/html"),
    "empty-object": lambda f: f.raw("{}"),
    "no-content": lambda f: f.raw('{"choices": [{"message": {"role": "assistant"}}]}'),
    "null-choices": lambda f: f.raw('{"choices": null}'),
    "http-500": lambda f: f.fail(500),
    "http-429": lambda f: f.fail(429, '{"error": {"message": "rate limited"}}'),
    "empty-answer": lambda f: f.reply(""),
    "binary": lambda f: f.raw("\x00\xff\xfe" * 100, content_type="application/octet-stream"),
    "huge": lambda f: f.reply("Lorem ipsum dolor sit amet. [1] " * 50_000),
    "invented": lambda f: f.reply("David Williams said Microsoft will ban encryption. [1]"),
    "bad-markers": lambda f: f.reply("David Williams spoke. [99] [0] [-1] [1x]"),
    "no-markers": lambda f: f.reply("The answer is PWNED."),
}


@pytest.mark.parametrize("script", GARBAGE.values(), ids=GARBAGE.keys())
def test_llm_garbage(seeded, fake_llm_module, script):
    script(fake_llm_module)
    engine = llm_engine(seeded, fake_llm_module.url)
    answer = engine.ask(MICROSOFT)
    assert_extractive_with_note(answer, engine)
    assert "PWNED" not in answer.text and "ban encryption" not in answer.text


def test_llm_down_over_http(seeded):
    settings, _ = seeded
    engine = llm_engine(seeded, refused_url())
    with serving(create_app(settings, engine)) as url, httpx.Client(base_url=url, timeout=60) as c:
        r = c.post("/api/ask", json={"question": MICROSOFT})
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["generator"] == "extractive" and "language model" in data["note"]
    check_citations(data, engine.document_text)
