"""The engine: the one object the CLI, UI, server and evals ask questions of.

`build_engine(settings)` opens (or builds) the index and returns an `Engine`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from .answer import Answer, Message, RetrievedUnit


@dataclass(frozen=True)
class SpeakerInfo:
    name: str
    honorific: str | None
    affiliation: str | None
    acronym: str | None
    roles: list[str]
    aliases: list[str]
    units: int
    documents: list[str]


@dataclass(frozen=True)
class DocumentInfo:
    doc_id: str
    title: str
    date: str | None
    place: str | None
    publisher: str | None
    path: str


@dataclass(frozen=True)
class CorpusInfo:
    documents: list[DocumentInfo] = field(default_factory=list)
    speakers: int = 0
    units: int = 0


class Engine(Protocol):
    def ask(
        self,
        question: str,
        history: list[Message] | None = None,
        speaker: str | None = None,
        generator: str | None = None,
    ) -> Answer:
        """Answer one question; raises BadInputError / UnknownSpeakerError on bad input."""
        ...

    def search(
        self, query: str, speaker: str | None = None, k: int | None = None
    ) -> list[RetrievedUnit]: ...

    def speakers(self) -> list[SpeakerInfo]: ...

    def corpus(self) -> CorpusInfo: ...

    def document_text(self, doc_id: str) -> str:
        """The full text of a source document (KeyError if unknown)."""
        ...
