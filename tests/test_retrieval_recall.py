"""Recall of the answer sentence, over a real index with the bundled MiniLM.

The documents are written here (a fictional meeting on river basins) to exercise general
English, not any corpus's words: irregular verbs ("rose" for "rise", "drew" for "draw"),
a numbered list whose bare numbers are units of their own, and fusion settings that decide
whether a sentence only the embedding finds still reaches the answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.engine import build_engine
from assistant.generators.retrieve import reported_with, with_paragraph
from assistant.questions import analyse
from assistant.retrieval import Fusion
from assistant.terms import irregular_forms, stem

# One paragraph a line, as the readers expect of plain text.
TRANSCRIPT = "\n\n".join([
    "Expert meeting on shared river basins",
    "Geneva, 3 March 2025",
    "THE CHAIR (Ms. Oriane Delacroix): I call the meeting to order. Our topic this morning is "
    "how upstream and downstream States share data on floods.",
    "MR. HALVORSEN (Norway): Thank you, Madam Chair. Our agency sends river gauge readings to "
    "the downstream State every fifteen minutes during a flood. The same readings reach "
    "municipal emergency services, who decide when to evacuate.",
    "THE CHAIR (Ms. Oriane Delacroix): Thank you. Mr. Halvorsen, you said that readings are "
    "sent every fifteen minutes. What would it take for smaller agencies to do the same?",
    "MR. HALVORSEN (Norway): A shared server would be enough. Two neighbouring agencies could "
    "host one server together and split what it costs.",
    "(The meeting rose at 12.40 p.m.)",
])  # fmt: skip

STATEMENT = "\n\n".join([
    "Basin Watch Network",
    "Written statement to the expert meeting on shared river basins",
    "We are concerned that many basin agreements rely on voluntary reporting by the States "
    "themselves. In our experience, reports arrive months after a flood, and they rarely say "
    "which villages were warned in time. A report that arrives after the season cannot guide "
    "the next evacuation.",
    "We therefore submit the following recommendations:",
    "1. Publish gauge readings. States should publish river gauge readings as open data.",
    "2. Fund local warning. States should fund sirens and text alerts in villages along the "
    "river.",
])  # fmt: skip

NEWS = "\n\n".join([
    "Villages along the river ask for earlier warnings",
    "GENEVA — A side event on community flood warning, organised by the Basin Watch Network, "
    "drew about 85 participants, 20 of them online, during the lunch break of the expert "
    "meeting. Speakers from three villages described evacuations that began too late.",
    "At the expert meeting, Mr. Erik Halvorsen of Norway proposed that small agencies along "
    "the same river run their flood warnings from one shared server.",
    "“A village cannot wait for a report,” Mr. Halvorsen said after the meeting.",
])  # fmt: skip


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    base = tmp_path_factory.mktemp("basins")
    docs = base / "docs"
    docs.mkdir()
    for name, text in [
        ("transcript_basins.txt", TRANSCRIPT),
        ("statement_basin_watch.txt", STATEMENT),
        ("news_basins.txt", NEWS),
    ]:
        (docs / name).write_text(text, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_irregular_verbs_come_from_the_lemma_tables():
    forms = irregular_forms()
    assert "rose" in forms["rise"] and "rise" in forms["rose"]
    assert "draw" in forms["drew"] and "hold" in forms["held"] and "meet" in forms["met"]
    assert "walked" not in forms  # a regular verb is the stemmer's job


def test_a_question_in_the_base_form_holds_the_records_past_tense(engine):
    lexicon = engine._state.lexicon
    (term,) = lexicon.terms("rise", "When did the meeting rise?")
    assert {stem("rose")} in term.alternatives
    assert "rose" in lexicon.inflect("when did it rise")
    assert lexicon.inflect("when did it open") == "when did it open"  # nothing to add


def test_when_did_it_rise_finds_the_closing_line(engine):
    answer = engine.ask("At what time did the expert meeting on shared river basins rise?")
    assert not answer.abstained
    assert "12.40 p.m." in answer.text


def test_bare_list_numbers_are_not_retrieved(engine):
    st = engine._state
    assert any(u.text == "1." for u in st.units)  # the list's markers are units of their own
    for query in ("What does the Basin Watch Network recommend?", "1.", "2."):
        hits = st.retriever.search(query, 20)
        assert hits
        assert all(any(c.isalpha() for c in h.unit.text) for h in hits)
    texts = [h.unit.text for h in st.retriever.search("publish the readings as open data", 5)]
    assert any("open data" in t for t in texts)


def test_taking_part_is_answered_from_the_participant_count(engine):
    answer = engine.ask("How many people took part in the side event on community flood warning?")
    assert not answer.abstained
    assert "85" in answer.text


def test_fusion_weights_are_settings():
    settings = load_settings(fusion_k=10, dense_weight=1.0, keyword_weight=0.5)
    fusion = Fusion.of(settings)
    assert fusion == Fusion(10, 1.0, 0.5)
    # Rank 0 of one search against rank 5 of both: a smaller k favours the top rank.
    assert fusion.score(0, None) > fusion.score(5, 5) * 0.6
    assert Fusion(60, 1.0, 1.0).score(0, None) < Fusion(60, 1.0, 1.0).score(5, 5)


def test_fusion_reaches_the_retriever(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "news.txt").write_text(NEWS, encoding="utf-8")
    settings = load_settings(source_dir=docs, index_dir=tmp_path / "index", fusion_k=7)
    retriever = build_engine(settings, warm=False)._state.retriever
    assert retriever.fusion.k == 7


def test_a_written_point_comes_with_the_rest_of_its_paragraph(engine):
    st = engine._state
    first = next(u for u in st.units if u.text.startswith("We are concerned"))
    run = [u.text for u in with_paragraph(st, first)]
    assert run[0] == first.text and len(run) == 3
    assert run[1].startswith("In our experience")
    last = next(u for u in st.units if u.text.startswith("A report that arrives"))
    assert len(with_paragraph(st, last)) == 1  # the paragraph ends there
    answer = engine.ask("What does the Basin Watch Network say about voluntary reporting?")
    assert "months after a flood" in answer.text


def test_what_someone_proposed_is_the_sentence_reporting_the_proposal(engine):
    st = engine._state
    question = "What did Mr. Halvorsen propose for small agencies?"
    a = analyse(question, [], st.directory, st.vocabulary, st.stems, st.doc_words)
    hits = st.retriever.search(question, 8, speakers=a.speakers)
    reported = reported_with(st, a, hits)
    assert [h.unit.verb for h in reported] == ["proposed"]
    answer = engine.ask(question)
    assert not answer.abstained
    assert "one shared server" in answer.citations[0].quote


def test_a_plain_verb_of_speech_picks_nothing_out(engine):
    st = engine._state
    question = "What did Mr. Halvorsen say about small agencies?"
    a = analyse(question, [], st.directory, st.vocabulary, st.stems, st.doc_words)
    hits = st.retriever.search(question, 8, speakers=a.speakers)
    assert hits and reported_with(st, a, hits) == []


def test_the_verb_table_is_kept_for_the_next_process(tmp_path: Path):
    fresh = irregular_forms(tmp_path)
    (kept,) = (tmp_path / "lemmas").glob("irregular-*.json")
    irregular_forms.cache_clear()  # as a new process would
    assert irregular_forms(tmp_path) == fresh
    kept.write_text("not json")  # a broken cache is rebuilt, not trusted
    irregular_forms.cache_clear()
    assert irregular_forms(tmp_path) == fresh
