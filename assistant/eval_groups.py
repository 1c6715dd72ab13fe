"""Metrics per question kind and per document style.

A case's kind is its `kind` field, else derived from its shape and general question words.
A case's document style is that of its `doc` field's documents, else of the documents its
expected answer comes from (those holding the most of its expected facts and speakers, who
speak where a gold file lists them, else where the engine finds them), else of the documents
the answer cited; several styles are "mixed", none (an unanswerable case) is "no document".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .attribution_eval import fold, same_speaker, style_of
from .sources import doc_id_for

NO_DOCUMENT, MIXED = "no document", "mixed"
GROUP_METRICS = (
    "answer_accuracy",
    "speaker_recall",
    "quote_verification",
    "abstention_recall",
    "false_abstention_rate",
    "pass_rate",
)
# (kind, words of the case id or question): the first that matches names the kind
KIND_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("comparison", frozenset({"compare", "comparison", "differ", "difference", "versus"})),
    ("summary", frozenset({"summary", "summarise", "summarize", "overview", "theme", "themes"})),
    (
        "recommendation",
        frozenset({"recommend", "recommended", "recommendation", "recommendations", "urge"}),
    ),
    ("list", frozenset({"list", "every", "all"})),
)


def derive_kind(case_id: str, turns: tuple[str, ...], answerable: bool, speakers: int) -> str:
    if len(turns) > 1:
        return "follow-up"
    id_words = set(fold(case_id.replace("-", " ").replace("_", " ")).split())
    if "injection" in id_words:
        return "injection"
    if not answerable:
        return "unanswerable"
    words = id_words | set(fold(turns[-1]).split())
    for kind, cue in KIND_WORDS:
        if words & cue:
            return kind
    if speakers > 1:
        return "list"
    return "speaker" if speakers else "factual"


class Styles:
    """Document styles and expected documents, looked up from the engine once."""

    def __init__(self, engine: Any, golds: tuple[Any, ...] = ()) -> None:
        self.engine = engine
        self._style: dict[str, str] = {}
        self._texts: dict[str, str] | None = None
        self._gold_docs: dict[str, set[str]] = {}  # speaker (folded) -> doc ids, from gold
        for gold in golds:
            for d in gold.documents:
                for sp in d.speakers:
                    self._gold_docs.setdefault(fold(sp.name), set()).add(d.doc_id)

    def style(self, doc_id: str, file: str = "") -> str:
        if doc_id not in self._style:
            try:
                meta = self.engine.document_meta(doc_id)
            except (AttributeError, KeyError):
                meta = None
            self._style[doc_id] = style_of(meta, file or str((meta or {}).get("path") or ""))
        return self._style[doc_id]

    def texts(self) -> dict[str, str]:
        if self._texts is None:
            try:
                ids = [d.doc_id for d in self.engine.corpus().documents]
                self._texts = {i: self.engine.document_text(i).casefold() for i in ids}
            except (AttributeError, KeyError):
                self._texts = {}
        return self._texts

    def speaker_docs(self, name: str) -> set[str]:
        if fold(name) in self._gold_docs:
            return self._gold_docs[fold(name)]
        try:
            speakers = self.engine.speakers()
        except AttributeError:
            return set()
        return {d for s in speakers if same_speaker(s.name, name) for d in s.documents}

    def expected_docs(self, expect: Any) -> list[str]:
        """The documents holding the most of the expected facts and speakers (at least one)."""
        if not expect.answerable or not (expect.facts or expect.speakers):
            return []
        theirs = [self.speaker_docs(name) for name in expect.speakers]
        score = {
            d: sum(any(a.casefold() in text for a in alts) for alts in expect.facts)
            + sum(d in docs for docs in theirs)
            for d, text in self.texts().items()
        }
        best = max(score.values(), default=0)
        return [d for d, n in score.items() if n == best] if best else []

    def of_case(self, result: Any) -> str:
        case = result.case
        if case.docs:
            found = {self.style(doc_id_for(Path(f)), f) for f in case.docs}
        else:
            ids = self.expected_docs(case.expect)
            if not ids and result.answer is not None and case.expect.answerable:
                ids = list(dict.fromkeys(c.doc_id for c in result.answer.citations))
            found = {self.style(i) for i in ids}
        if not found:
            return NO_DOCUMENT
        return found.pop() if len(found) == 1 else MIXED


def grouped(
    results: list[Any],
    key: Callable[[Any], str],
    compute: Callable[[list[Any]], tuple[dict[str, float | None], dict[str, int]]],
) -> dict[str, dict[str, Any]]:
    """{group: {cases, passed, <metrics>}} for each value of `key`."""
    groups: dict[str, list[Any]] = {}
    for r in results:
        groups.setdefault(key(r), []).append(r)
    out = {}
    for name in sorted(groups):
        mine = groups[name]
        metrics, _ = compute(mine)
        out[name] = {
            "cases": len(mine),
            "passed": sum(r.passed for r in mine),
            **{m: metrics[m] for m in GROUP_METRICS},
        }
    return out
