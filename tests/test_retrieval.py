"""Dense + keyword retrieval over a real two-document index: filters by speaker and document.

Filtered dense search is scored exactly in numpy on the filter's own vectors; it must rank as
Chroma's own filtered search does.
"""

from __future__ import annotations

import pytest

from assistant.config import load_settings
from assistant.engine import build_engine
from tests.conftest import DATA, copy_corpus

QUERY = "What did the speakers say about technology and evidence?"


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    base = tmp_path_factory.mktemp("two-docs")
    docs = copy_corpus(base / "docs", DATA / "transcript_meeting.txt")
    settings = load_settings(source_dir=docs, index_dir=base / "index")
    return build_engine(settings)._state.retriever


def test_doc_ids_scope_dense_and_keyword_search(retriever):
    doc_ids = sorted({u.doc_id for u in retriever.units})
    assert len(doc_ids) == 2
    for doc in doc_ids:
        hits = retriever.search(QUERY, 10, doc_ids=[doc])
        assert hits and {h.unit.doc_id for h in hits} == {doc}
    assert retriever.search(QUERY, 10, doc_ids=[]) == []
    both = retriever.search(QUERY, 40, doc_ids=doc_ids)
    assert {h.unit.doc_id for h in both} == set(doc_ids)


def test_filtered_dense_ranks_as_chromas_filtered_search(retriever):
    vector = retriever.embed(QUERY)
    for speaker in {u.speaker for u in retriever.units if u.speaker}:
        ours = retriever.dense(vector, 5, speakers=[speaker])
        theirs = retriever.collection.query(
            query_embeddings=[vector], n_results=5, where={"speaker": {"$in": [speaker]}},
            include=["distances"],
        )  # fmt: skip
        assert [u.unit_id for u, _ in ours] == theirs["ids"][0]
        for (_, cos), dist in zip(ours, theirs["distances"][0], strict=True):
            assert cos == pytest.approx(1 - dist, abs=1e-4)
        assert all(u.speaker == speaker for u, _ in ours)


def test_speaker_and_document_filters_combine(retriever):
    unit = next(u for u in retriever.units if u.speaker)
    hits = retriever.search(QUERY, 10, speakers=[unit.speaker], doc_ids=[unit.doc_id])
    assert hits and all(
        h.unit.speaker == unit.speaker and h.unit.doc_id == unit.doc_id for h in hits
    )
    other = next(d for d in {u.doc_id for u in retriever.units} if d != unit.doc_id)
    mixed = retriever.search(QUERY, 10, speakers=[unit.speaker], doc_ids=[other])
    assert all(h.unit.doc_id == other and h.unit.speaker == unit.speaker for h in mixed)
