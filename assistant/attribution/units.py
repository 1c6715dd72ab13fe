"""The attributed unit: one sentence (or one whole quote) of a document, and who says it."""

from __future__ import annotations

from dataclasses import dataclass, field

from .names import Person

UnitKind = str  # "quote" | "paraphrase" | "narrative" | "question"


@dataclass
class Unit:
    doc_id: str
    start: int
    end: int
    text: str
    kind: UnitKind = "narrative"
    speaker: str | None = None
    quotes: list[tuple[int, int]] = field(default_factory=list)  # the speaker's quoted words
    attr: tuple[int, int] | None = None  # the mention and its appositive ("Ms. X, Chair of Y")
    frame: tuple[int, int] | None = None  # the whole reporting frame: mention + appositive + verb
    verb: str | None = None
    mentions: list[str] = field(default_factory=list)
    # Who speaks the words outside the quote marks: None for a record's own narrative, the
    # turn's speaker in a transcript, the author organisation in a written statement.
    frame_speaker: str | None = None
    quoted_by: str | None = None  # the speaker who quotes `speaker` here
    # A speaker named only by role ("the Chair", "the Director of X"), for the directory to
    # resolve within the meeting; `speaker` is then the organisation named, or None.
    role: str | None = None
    role_org: str | None = None
    role_kind: UnitKind | None = None  # the kind once the role is resolved


@dataclass
class Target:
    """Who a mention points at: a known speaker, or a role still to be resolved."""

    person: Person | None = None
    role: str | None = None
    role_org: str | None = None
    collective: bool = False


@dataclass
class Mention:
    target: Target
    start: int  # document offsets of the whole mention (with appositive)
    end: int
    name_start: int
    name_end: int
    speaks: bool = False  # the mention's form itself says it reports speech

    @property
    def person(self) -> Person | None:
        return self.target.person
