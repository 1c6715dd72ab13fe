"""The Answer: one typed result shared by the CLI, the UI, the HTTP API and the evals.

JSON form (stable; `schema_version` changes if a field changes meaning):

    {
      "schema_version": 1,
      "question": "What did Microsoft say about AI?",
      "resolved_question": "What did David Williams say about AI?",   # after follow-up resolution
      "text": "David Williams (Microsoft) underlined that ... [1]",    # Markdown with [n] markers
      "citations": [{"n": 1, "speaker": "David Williams", "affiliation": "Microsoft",
                     "roles": [], "kind": "quote", "quote": "Governments and ...",
                     "doc_id": "constructive_dialogue_2023", "doc_title": "...",
                     "doc_date": "2023-09-20", "start": 1234, "end": 1456, "unit_id": "..."}],
      "abstained": false,
      "reason": null,                       # why it abstained, when it did
      "note": null,                         # e.g. "The LLM server timed out; extractive answer."
      "generator": "extractive",
      "retrieved": [{"unit_id": "...", "speaker": "...", "kind": "quote", "score": 0.71, ...}],
      "timings": {"analyse_ms": 0.2, "embed_ms": 9.1, ..., "total_ms": 14.0}
    }
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Kind = Literal["quote", "paraphrase", "narrative"]
SCHEMA_VERSION = 1


class Citation(BaseModel):
    n: int = Field(description="The marker number, as in [n] in the text.")
    speaker: str | None = Field(description="Canonical speaker name; null for narrative text.")
    affiliation: str | None = None
    roles: list[str] = Field(default_factory=list)
    kind: Kind
    quote: str = Field(description="Verbatim source text at [start, end).")
    doc_id: str
    doc_title: str = ""
    doc_date: str | None = None
    start: int = Field(description="Character offset of the quote in the source document.")
    end: int
    unit_id: str

    def label(self) -> str:
        if not self.speaker:
            return self.doc_title or self.doc_id
        return f"{self.speaker} ({self.affiliation})" if self.affiliation else self.speaker


class RetrievedUnit(BaseModel):
    unit_id: str
    speaker: str | None
    kind: Kind
    text: str
    score: float
    doc_id: str
    start: int
    end: int


class Message(BaseModel):
    """One prior turn of a conversation, as the UI or an API client holds it."""

    role: Literal["user", "assistant"]
    content: str


class Answer(BaseModel):
    schema_version: int = SCHEMA_VERSION
    question: str
    resolved_question: str | None = None
    text: str
    citations: list[Citation] = Field(default_factory=list)
    abstained: bool = False
    reason: str | None = None
    note: str | None = None
    generator: str = "extractive"
    retrieved: list[RetrievedUnit] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict)

    def cited_speakers(self) -> list[str]:
        seen: list[str] = []
        for c in self.citations:
            if c.speaker and c.speaker not in seen:
                seen.append(c.speaker)
        return seen
