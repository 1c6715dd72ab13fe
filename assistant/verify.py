"""Verification of cited answers, for every generator.

A citation holds if its quote is verbatim (after normalising white space and quote marks) at
its offsets in the source, and its speaker and kind are those of the cited words themselves
(`StoredUnit.attribution_of`): a reporting frame cut from a quote unit is the record's
narrative. A sentence of the answer holds if it carries at least one marker, every marker
points at a citation that holds, and every passage it puts in quotation marks is verbatim in one
of the units it cites.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .answer import Citation
from .chunking import StoredUnit

QUOTE_SPAN = re.compile(r"[“\"]([^“”\"]{3,})[”\"]")
MARKER = re.compile(r"\[(\d+)\]")


def normalise(text: str) -> str:
    text = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    text = text.replace("…", "...").replace("**", "")
    return " ".join(text.split()).strip().lower()


def citation_holds(
    c: Citation, doc_text: str | None, unit_at: Callable[[str, int, int], StoredUnit | None]
) -> bool:
    if doc_text is None or not (0 <= c.start < c.end <= len(doc_text)):
        return False
    if normalise(doc_text[c.start : c.end]) != normalise(c.quote):
        return False
    unit = unit_at(c.doc_id, c.start, c.end)
    if unit is None:
        return False
    speaker, kind = attribution(unit, c.start, c.end)
    return (speaker or None, kind) == (c.speaker or None, c.kind)


def attribution(unit: StoredUnit, start: int, end: int) -> tuple[str | None, str]:
    """(speaker, kind) of a span of a unit, as the corpus model gives it."""
    return unit.attribution_of(start, end)


def sentence_holds(sentence: str, cited: dict[int, Citation], unit_text: Callable) -> bool:
    numbers = [int(n) for n in MARKER.findall(sentence)]
    if not numbers or any(n not in cited for n in numbers):
        return False
    sources = " ".join(normalise(unit_text(cited[n])) for n in numbers)
    for m in QUOTE_SPAN.finditer(MARKER.sub("", sentence)):
        inner = normalise(m.group(1)).strip(" ,.;:")
        if inner and inner not in sources:
            return False
    return True
