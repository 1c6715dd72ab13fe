"""Domain errors: each carries a one-line message fit to show a user."""

from __future__ import annotations


class AssistantError(Exception):
    """Base class; `str(err)` is the user-facing message."""


class BadInputError(AssistantError):
    """A question, history or filter the assistant cannot take (too long, empty, malformed)."""


class UnknownSpeakerError(BadInputError):
    def __init__(self, name: str, known: list[str]) -> None:
        shown = name if len(name) <= 60 else name[:57] + "..."
        shown = " ".join(shown.split())
        super().__init__(f"unknown speaker {shown!r}; known speakers: {', '.join(known) or 'none'}")
        self.name = name
        self.known = known


class StoreError(AssistantError):
    """The index is missing, half-built, corrupted, or built with another model or format."""


class SourceError(AssistantError):
    """A source document could not be read; the message names the file."""
