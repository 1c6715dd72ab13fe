"""Answer generators behind one small interface.

A generator chooses what answers an analysed question: claims, each with the evidence (unit
spans) it rests on, or the reason nothing does. The engine numbers, verifies and renders the
claims the same way whichever generator made them. `extractive` composes them from the
sources' own words (the default, offline); `openai` has a model behind an OpenAI-compatible
API write them, and the engine falls back to the extractive answer when that one fails.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from .extractive import Extractive, Selection

if TYPE_CHECKING:
    from ..answer import Message
    from ..config import Settings
    from ..corpus import Corpus
    from ..questions import Analysis


class Generator(Protocol):
    def select(self, a: Analysis, timings: dict[str, float]) -> Selection:
        """Claims answering `a`, or a Selection with no claims and the reason."""
        ...


def build(name: str, corpus: Corpus, settings: Settings, history: list[Message]) -> Generator:
    """The generator called `name` (a `Settings.generator` value) for one question."""
    if name == "openai":
        from .openai import OpenAIGenerator  # the HTTP client loads only when it is used

        return OpenAIGenerator(corpus, settings, history)
    return Extractive(corpus, settings)
