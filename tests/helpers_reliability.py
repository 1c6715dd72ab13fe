"""Shared pieces of the reliability tests (bad input, faults, injection, access, soak).

One embedding model is loaded per test session and shared by every engine these tests open
(`open_engine`), so a temp corpus costs an index build, not a model load. Corpora live in
pytest temp dirs; nothing here touches the project's own index/.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from assistant.answer import Answer, Citation, Message, RetrievedUnit
from assistant.chunking import StoredUnit
from assistant.config import Settings, load_settings, quiet_offline_env
from assistant.engine import (
    CorpusInfo,
    DialogueEngine,
    DocumentInfo,
    SpeakerInfo,
    index_corpus,
    make_embed_model,
)
from assistant.errors import BadInputError, UnknownSpeakerError
from assistant.store import Store, model_id

quiet_offline_env()

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "source_docs"
SEED_DOC = "constructive_dialogue_2023"
DEV_SET = ROOT / "evals" / "dialogue_dev.yaml"
ASSISTANT = Path(sys.executable).parent / "assistant"  # the console script of this venv
MICROSOFT = "What did the Microsoft representative say about artificial intelligence?"
FATIMA = "What did Noor Fatima say about national legislation?"


# --- engines on temp corpora -------------------------------------------------------------------


@functools.cache
def embed_model() -> Any:
    """The bundled MiniLM, loaded once for the whole session (tests may patch the engine's)."""
    return make_embed_model(load_settings())


def copy_seed(base: Path) -> Path:
    """A copy of source_docs/ at base/source_docs; returns that folder."""
    target = base / "source_docs"
    shutil.copytree(SEED, target)
    return target


def settings_for(base: Path, **overrides: Any) -> Settings:
    return load_settings(source_dir=base / "source_docs", index_dir=base / "index", **overrides)


def open_engine(settings: Settings, index: bool = True) -> DialogueEngine:
    """Index settings.source_dir (unless told not to) and open an engine on it."""
    if index:
        index_corpus(settings, embed_model=embed_model())
    store = Store(settings, model_id(settings.resolved_model_dir()))
    return DialogueEngine(settings, store, embed_model())


def open_seed_engine(base: Path, **overrides: Any) -> tuple[Settings, DialogueEngine]:
    copy_seed(base)
    settings = settings_for(base, **overrides)
    return settings, open_engine(settings)


# --- checking answers --------------------------------------------------------------------------


def check_citations(answer: Answer | dict, text_of: Callable[[str], str]) -> int:
    """Every citation's quote is the document's text at its offsets; returns how many."""
    data = answer.model_dump(mode="json") if isinstance(answer, Answer) else answer
    for c in data["citations"]:
        text = text_of(c["doc_id"])
        assert 0 <= c["start"] < c["end"] <= len(text), c
        assert text[c["start"] : c["end"]] == c["quote"], c
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", data["text"])}
    if data.get("reply_kind", "answer") not in ("answer", "abstain"):  # conversation
        assert not data["abstained"] and not data["citations"] and not markers, data
    elif not data["abstained"]:
        assert data["citations"], data["text"]
        assert markers == {c["n"] for c in data["citations"]}, data
    return len(data["citations"])


def source_texts(source_dir: Path) -> dict[str, str]:
    """doc_id -> text exactly as the indexer reads it (no model needed)."""
    from assistant.sources import load_all

    docs, _ = load_all(source_dir)
    return {d.doc_id: d.text for d in docs}


def fingerprint(answer: Answer) -> tuple:
    """What an answer says, independent of the corpus listing in abstention messages."""
    cites = tuple((c.doc_id, c.start, c.end, c.speaker) for c in answer.citations)
    if answer.abstained:
        return ("abstained", answer.reason, cites)
    return ("answered", answer.text, cites)


# --- question sets -------------------------------------------------------------------------------


def dev_cases() -> list[dict]:
    """The seed dev set, from the repo's own copy."""
    return yaml.safe_load(DEV_SET.read_text(encoding="utf-8"))["cases"]


def ask_case(engine: Any, case: dict) -> Answer:
    """Ask a case's question, or its turns with the conversation so far as history."""
    turns = case.get("turns") or [case["question"]]
    history: list[Message] = []
    answer = None
    for question in turns:
        answer = engine.ask(question, history=list(history))
        history += [
            Message(role="user", content=question),
            Message(role="assistant", content=answer.text),
        ]
    assert answer is not None
    return answer


# --- generated corpora -------------------------------------------------------------------------

FIRST = [
    "Amara",
    "Bruno",
    "Chen",
    "Dalia",
    "Emil",
    "Farah",
    "Goran",
    "Hana",
    "Ivo",
    "Jana",
    "Kofi",
    "Lena",
    "Mateo",
    "Nadia",
]
LAST = [
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Haddad",
    "Novak",
    "Castillo",
    "Tanaka",
    "Berg",
    "Rahman",
    "Silva",
    "Kowalski",
]
ORGS = [
    "Ministry of Justice",
    "Cyber Crime Unit",
    "Institute for Digital Rights",
    "Prosecutors Network",
    "Data Protection Board",
    "Open Internet Forum",
]
TOPICS = [
    "electronic evidence",
    "extradition requests",
    "data retention",
    "joint investigation teams",
    "witness protection",
    "asset recovery",
    "cross-border subpoenas",
    "victim support",
]


def transcript(i: int, turns: int = 12) -> str:
    """A made-up meeting record in transcript style, different for each i."""
    lines = [
        f"Working session {i} on international cooperation, Geneva, {1 + i % 28} May 2024.",
        "",
    ]
    for t in range(turns):
        first = FIRST[(i * 7 + t) % len(FIRST)]
        last = LAST[(i * 3 + t * 5) % len(LAST)]
        org = ORGS[(i + t) % len(ORGS)]
        topic = TOPICS[(i * 5 + t) % len(TOPICS)]
        lines.append(
            f"Dr. {first} {last} ({org}): On {topic}, session {i} heard that request {i}-{t} "
            f"took {3 + (i + t) % 17} weeks. We propose a shared template and a contact point "
            f"for {topic} in every ministry."
        )
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        path = folder / f"session_{i:04d}.txt"
        path.write_text(transcript(i), encoding="utf-8")
        paths.append(path)
    return paths


# --- processes and ports -----------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def subprocess_env(settings: Settings, **extra: str) -> dict[str, str]:
    """The environment for an `assistant` subprocess working on these settings' folders."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(
        ASSISTANT_SOURCE_DIR=str(settings.source_dir),
        ASSISTANT_INDEX_DIR=str(settings.index_dir),
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        GRADIO_ANALYTICS_ENABLED="False",
        ANONYMIZED_TELEMETRY="False",
        TOKENIZERS_PARALLELISM="false",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def rss_bytes(pid: int) -> int:
    """Resident memory of a process, from /proc (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for {pid}")


# --- a fake engine, for tests where the answers do not matter -----------------------------------


class FakeEngine:
    """Answers every question with one fixed, verifiable citation of 'Ada'."""

    TEXT = "We agree with the proposal."

    def ask(self, question, history=None, speaker=None, generator=None) -> Answer:
        if not question.strip():
            raise BadInputError("the question is empty")
        if speaker and speaker != "Ada":
            raise UnknownSpeakerError(speaker, ["Ada"])
        cite = Citation(
            n=1, speaker="Ada", affiliation="Org", kind="quote", quote=self.TEXT,
            doc_id="d", doc_title="Doc", start=0, end=len(self.TEXT), unit_id="u1",
        )  # fmt: skip
        return Answer(question=question, text="Ada agreed [1].", citations=[cite])

    def search(self, query, speaker=None, k=None) -> list[RetrievedUnit]:
        return [
            RetrievedUnit(
                unit_id="u1",
                speaker="Ada",
                kind="quote",
                text=self.TEXT,
                score=1.0,
                doc_id="d",
                start=0,
                end=len(self.TEXT),
            )
        ]

    def speakers(self) -> list[SpeakerInfo]:
        return [SpeakerInfo("Ada", "Ms.", "Org", None, [], [], 1, ["d"])]

    def corpus(self) -> CorpusInfo:
        return CorpusInfo([DocumentInfo("d", "Doc", "2023-01-01", "Here", None, "d.txt")], 1, 1)

    def document_text(self, doc_id: str) -> str:
        return self.TEXT


# --- a corpus of two meetings ------------------------------------------------------------------

TWO_MEETINGS = {
    "consultation_2022": (
        "2022-04-05", "Vienna",
        "The 2022 Expert Consultation on Witness Protection brought together forty experts from "
        "prosecution services and civil society.\n\nMs. Amara Okafor, of the Lagos Institute for "
        'Justice, opened the discussion. "Relocation programmes fail when witnesses lose their '
        'livelihoods," she said. "Every relocation plan needs a job and a school, not only a new '
        'address."\n\nMr. Tomas Lindqvist, of the Nordic Prosecutors Network, said that '
        '"anonymous testimony must remain the exception, tested by a judge in every case."\n',
    ),
    "consultation_2024": (
        "2024-04-09", "Geneva",
        "The 2024 Expert Consultation on Witness Protection met for two days and focused on "
        "digital threats to witnesses.\n\nMs. Amara Okafor, of the Lagos Institute for Justice, "
        'warned about online exposure. "A witness can be found through a single tagged '
        'photograph," she said. "Protection units must audit the social media of the whole '
        'family."\n\nMr. Tomas Lindqvist, of the Nordic Prosecutors Network, said that "courts '
        'should allow remote testimony from a secure location whenever a witness is threatened."\n',
    ),
}  # fmt: skip


def write_two_meetings(folder: Path) -> Path:
    """Two meetings of one series with the same two speakers; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id, (day, place, text) in TWO_MEETINGS.items():
        year = day[:4]
        heading = f"Expert Consultation on Witness Protection, {place}, {day}\n\n"
        (folder / f"{doc_id}.txt").write_text(heading + text, encoding="utf-8")
        meta = (
            f'title: "{year} Expert Consultation on Witness Protection: summary"\n'
            f'date: "{day}"\nplace: {place}\nkind: summary\n'
        )
        (folder / f"{doc_id}.meta.yaml").write_text(meta, encoding="utf-8")
    return folder


def unit(n: int, doc: str, speaker: str, text: str, **kw: object) -> StoredUnit:
    """A stored unit with every field at its empty default but those given."""
    fields: dict = {
        "unit_id": f"{doc}-{n}", "doc_id": doc, "text": text, "start": 0, "end": len(text),
        "kind": "quote", "speaker": speaker, "honorific": None, "gender": None,
        "affiliation": None, "acronym": None, "roles": [], "quotes": [], "attr": None,
        "verb": None, "mentions": [], "doc_title": doc, "doc_date": None,
        "doc_sha256": "0" * 64, "order": n,
    }  # fmt: skip
    fields.update(kw)
    return StoredUnit(**fields)
