"""Retrieval within a question's scope, the same for every generator that searches itself."""

from __future__ import annotations

from ..corpus import Corpus
from ..questions import Analysis
from ..retrieval import Hit


def search(corpus: Corpus, a: Analysis, query: str, k: int, timings: dict[str, float]) -> list[Hit]:
    """The best k hits for `query` among the units of the question's speakers and documents
    (all if none)."""
    return corpus.retriever.search(
        query, k, speakers=a.speakers or None, timings=timings, doc_ids=a.docs or None
    )
