"""Typing slips in a question: a lower-case word that neither the corpus nor common English
knows is read as the corpus word it is a letter or two away from ("recomendations" ->
"recommendations", "reccomend" -> "recommend"). Capitalised words are names and stay as typed:
a name the record lacks is the answerability checks' to judge."""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection
from functools import cached_property

from .directory import english_words

WORD = re.compile(r"\b[a-z]{6,}\b")
INFLECTIONS = ("s", "es")  # a word list's base forms, in the plural


class Speller:
    def __init__(self, vocabulary: Collection[str]) -> None:
        self.known = vocabulary

    @cached_property
    def by_length(self) -> dict[int, list[str]]:
        """The corpus words by length, made when a question first holds an unknown word."""
        out: dict[int, list[str]] = {}
        for w in self.known:
            if w.isalpha():
                out.setdefault(len(w), []).append(w)
        return out

    def correct(self, question: str, cutoff: float) -> str:
        """`question` with each unknown lower-case word of six letters or more replaced by the
        one corpus word closest to it, when their similarity (difflib's ratio) is at least
        `cutoff` and no other corpus word is as close."""
        english = english_words()

        def fix(m: re.Match[str]) -> str:
            word = m.group()
            bases = {word, *(word[: -len(end)] for end in INFLECTIONS if word.endswith(end))}
            if word.endswith("ies"):
                bases.add(word[:-3] + "y")
            if any(b in english or b in self.known for b in bases):
                return word  # "delegations" is a word when "delegation" is: no slip
            sizes = range(len(word) - 2, len(word) + 3)
            pool = [w for n in sizes for w in self.by_length.get(n, [])]
            scored = sorted(
                ((difflib.SequenceMatcher(None, word, w).ratio(), w) for w in
                 difflib.get_close_matches(word, pool, n=3, cutoff=cutoff)),
                reverse=True,
            )  # fmt: skip
            if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
                return word  # nothing close, or two words as close: no telling which was meant
            return scored[0][1]

        return WORD.sub(fix, question)
