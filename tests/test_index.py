"""The Chroma index: incremental, atomic, versioned, offline. Real store, real model."""

from __future__ import annotations

import shutil

import pytest

from assistant.config import load_settings
from assistant.engine import build_engine, index_corpus, make_embed_model
from assistant.errors import StoreError
from assistant.store import Store
from tests.conftest import DATA, copy_corpus


@pytest.fixture(scope="module")
def embed_model():
    return make_embed_model(load_settings())


@pytest.fixture
def corpus(tmp_path):
    docs = copy_corpus(tmp_path / "docs", DATA / "news_story.txt")
    return load_settings(source_dir=docs, index_dir=tmp_path / "index")


def test_second_run_does_no_work_and_changes_replace_only_their_units(corpus, embed_model):
    first, _ = index_corpus(corpus, embed_model=embed_model)
    assert sorted(first.added) == ["constructive_dialogue_2023", "news_story"]
    again, _ = index_corpus(corpus, embed_model=embed_model)
    assert not again.did_work and again.generation == first.generation

    news = corpus.source_dir / "news_story.txt"
    news.write_text(news.read_text() + "\n“We will meet again,” said Dr. Amina Okafor.\n")
    changed, _ = index_corpus(corpus, embed_model=embed_model)
    assert changed.changed == ["news_story"] and changed.unchanged == ["constructive_dialogue_2023"]
    assert changed.units == first.units + 1

    news.unlink()
    removed, _ = index_corpus(corpus, embed_model=embed_model)
    assert removed.removed == ["news_story"]
    engine = build_engine(corpus)
    assert {s.name for s in engine.speakers()} >= {"David Williams"}
    assert "Amina Okafor" not in {s.name for s in engine.speakers()}


def test_unreadable_files_are_reported_by_name_and_the_rest_indexes(corpus, embed_model):
    (corpus.source_dir / "blob.pdf").write_bytes(b"%PDF-1.4 garbage")
    (corpus.source_dir / "latin.txt").write_bytes("Caf\xe9 cr\xe8me".encode("latin-1"))
    (corpus.source_dir / "empty.md").write_text("  \n")
    (corpus.source_dir / "page.html").write_text(
        "<html><body><p>“Borders slow us down,” said Dr. Lena Park, of Seoul University.</p>"
        "<script>alert(1)</script></body></html>"
    )
    report, skipped = index_corpus(corpus, embed_model=embed_model)
    reasons = " | ".join(s.reason for s in skipped)
    assert "blob.pdf" in reasons and "latin.txt" in reasons and "empty.md" in reasons
    assert "page" in report.added
    engine = build_engine(corpus)
    assert "Lena Park" in {s.name for s in engine.speakers()}
    assert "alert(1)" not in engine.document_text("page")


def test_index_records_the_model_and_refuses_another(corpus, embed_model):
    index_corpus(corpus, embed_model=embed_model)
    other = Store(corpus, model="some/other-model:123")
    with pytest.raises(StoreError, match="another model"):
        other.active()


def test_foreign_folder_is_detected_and_rebuild_moves_it_aside(corpus, embed_model):
    corpus.index_dir.mkdir()
    (corpus.index_dir / "notes.txt").write_text("not an index")
    with pytest.raises(StoreError, match="not an index"):
        index_corpus(corpus, embed_model=embed_model)
    report, _ = index_corpus(corpus, rebuild=True, embed_model=embed_model)
    assert report.units > 0
    aside = [p for p in corpus.index_dir.parent.iterdir() if ".broken-" in p.name]
    assert aside and (aside[0] / "notes.txt").read_text() == "not an index"


def test_interrupted_build_leaves_previous_generation_active(corpus, embed_model):
    index_corpus(corpus, embed_model=embed_model)
    engine = build_engine(corpus)
    before = engine.ask("Who chaired the Constructive Dialogue?").text

    class Boom(Exception):
        pass

    def explode(stage, done, total):
        if stage == "embedding units":
            raise Boom

    shutil.copy(DATA / "transcript_meeting.txt", corpus.source_dir)
    with pytest.raises(Boom):
        index_corpus(corpus, progress=explode, embed_model=embed_model)
    fresh = build_engine(corpus)
    assert fresh.ask("Who chaired the Constructive Dialogue?").text == before
    report, _ = index_corpus(corpus, embed_model=embed_model)
    assert report.added == ["transcript_meeting"]


def test_indexing_and_answering_make_no_outside_connection(tmp_path, no_network):
    settings = load_settings(source_dir=copy_corpus(tmp_path / "d"), index_dir=tmp_path / "i")
    engine = build_engine(settings)
    answer = engine.ask("What did the Microsoft representative say about AI?")
    assert answer.cited_speakers() == ["David Williams"]
    assert no_network == []


def test_units_of_a_document_share_its_roles_and_holders_as_stored(seed_engine):
    """Document-level metadata is parsed once per document, and reads back as stored."""
    import json

    state = seed_engine._state
    gen = seed_engine.store.active()
    stored = dict(zip(*Store.read_units(gen), strict=True))
    assert any(u.doc_holders for u in state.units)
    for units in state.by_doc.values():
        assert len({id(u.doc_holders) for u in units}) == 1
        for u in units:
            assert u.doc_holders == json.loads(stored[u.unit_id]["doc_holders"])


def test_units_are_stored_as_their_filter_keys_and_one_packed_value(seed_engine):
    from assistant.chunking import FILTER_KEYS, unpacked

    gen = seed_engine.store.active()
    got = gen.units.get(include=["metadatas"])
    assert got["ids"] and all(set(m) == {*FILTER_KEYS, "unit"} for m in got["metadatas"])
    speaker = next(u.speaker for u in seed_engine._state.units if u.speaker)
    hits = gen.units.get(where={"speaker": speaker}, include=["metadatas"])
    mine = {u.unit_id for u in seed_engine._state.units if u.speaker == speaker}
    assert set(hits["ids"]) == mine
    assert all(unpacked(m)["speaker"] == speaker for m in hits["metadatas"])


def test_packing_a_units_metadata_gives_it_back_whole():
    from assistant import sources
    from assistant.chunking import document_nodes, from_metadata, stored, unpacked
    from tests.conftest import SEED_DIR

    documents, _ = sources.load_all(SEED_DIR)
    nodes = document_nodes(documents[0])
    assert nodes
    for node in nodes:
        assert unpacked(stored(node.metadata)) == node.metadata
        # An index written before packing (one key per field) reads the same.
        text = documents[0].text
        packed = from_metadata(node.id_, stored(node.metadata), text)
        assert packed == from_metadata(node.id_, node.metadata, text)
