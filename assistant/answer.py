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
      "reply_kind": "answer",               # or "abstain", or conversation: "greeting", "thanks",
                                            # "farewell", "help", "other_language"
      "reason": null,                       # why it abstained, when it did
      "note": null,                         # e.g. "The LLM server timed out; extractive answer."
      "generator": "extractive",
      "support": 0.82,                      # evidence score; below min_support: abstain
      "retrieved": [{"unit_id": "...", "speaker": "...", "kind": "quote", "score": 0.71, ...}],
      "timings": {"analyse_ms": 0.2, "embed_ms": 9.1, ..., "total_ms": 14.0}
    }
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, model_validator

Kind = Literal["quote", "paraphrase", "narrative", "question"]
# What a reply is: a cited answer, an abstention, or conversation (no citations needed).
ReplyKind = Literal["answer", "abstain", "greeting", "thanks", "farewell", "help", "other_language"]
SCHEMA_VERSION = 1


class Citation(BaseModel):
    n: int = Field(description="The marker number, as in [n] in the text.")
    speaker: str | None = Field(description="Canonical speaker name; null for narrative text.")
    affiliation: str | None = None
    roles: list[str] = Field(default_factory=list)
    kind: Kind
    about: str | None = Field(
        default=None,
        description='For the record\'s own words about a speaker ("from Microsoft", "Chair of '
        '..."): that speaker; the words are not theirs (kind is narrative).',
    )
    quote: str = Field(description="Verbatim source text at [start, end).")
    doc_id: str
    doc_title: str = ""
    doc_date: str | None = None
    doc_url: str | None = Field(default=None, description="The document's own link (meta url).")
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
    reply_kind: ReplyKind = Field(
        "answer", description="answer, abstain, or a conversational reply (greeting, ...)."
    )
    reason: str | None = None
    note: str | None = None
    generator: str = "extractive"
    support: float | None = Field(
        default=None,
        description="How well the retrieved evidence supports an answer (0-1; the score the "
        "abstention threshold ASSISTANT_MIN_SUPPORT applies to); null when not scored.",
    )
    retrieved: list[RetrievedUnit] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _abstention_kind(self) -> Answer:
        if self.abstained and self.reply_kind == "answer":
            self.reply_kind = "abstain"
        return self

    def cited_speakers(self) -> list[str]:
        """Speakers whose words are cited, or whom a cited narrative passage describes."""
        seen: list[str] = []
        for c in self.citations:
            for name in (c.speaker, c.about):
                if name and name not in seen:
                    seen.append(name)
        return seen
