"""Who is speaking: the entry point of attribution (see `assistant/attribution/`).

`attribute(doc)` turns one document into speaker-attributed `Unit`s and returns the speakers
found in it. Transcripts, written statements and reported-speech prose (press releases, news,
Chair's summaries, meeting reports) are each read by their own module.
"""

from __future__ import annotations

from .attribution import Attributed, analyse
from .attribution.names import Person
from .attribution.units import Unit

__all__ = ["Attributed", "Person", "Unit", "analyse", "attribute"]


def attribute(doc) -> tuple[list[Unit], list[Person]]:
    """Speaker-attributed units of one document, and the speakers found in it."""
    found = analyse(doc)
    return found.units, found.people
