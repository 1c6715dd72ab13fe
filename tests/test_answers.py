"""The answer engine on questions people ask: broad, scoped, false-premise, future, off-topic.

The real engine and the real bundled MiniLM on a temp copy of the seed press release (and, for
scope, a second meeting written here). Pure parts (scope, answer types, terms) are tested on
their own inputs.
"""

from __future__ import annotations

import pytest

from assistant import answer_types, scope
from assistant.terms import Lexicon, coverage, stem_set

pytestmark = pytest.mark.usefixtures("no_network")


# -- pure parts ---------------------------------------------------------------------------
DOCS = {
    "dialogue_2023": {"title": "2023 Constructive Dialogue on Cooperation", "date": "2023-09-20",
                      "kind": "press release"},
    "summary_2024": {"title": "2024 Consultation on Witness Protection: Chair's summary",
                     "date": "2024-05-02", "kind": "chair's summary"},
}  # fmt: skip


def test_scope_by_year_kind_and_meeting():
    assert scope.resolve("What did the Chair say at the 2024 consultation?", DOCS).doc_ids == [
        "summary_2024"
    ]
    assert scope.resolve("According to the Chair's summary, who spoke?", DOCS).doc_ids == [
        "summary_2024"
    ]
    assert scope.resolve("Who spoke in the press release?", DOCS).doc_ids == ["dialogue_2023"]
    assert scope.resolve("Who spoke?", DOCS).doc_ids is None


def test_scope_reports_what_the_record_does_not_hold():
    unknown = scope.resolve("Who chaired the 2021 consultation?", DOCS)
    assert unknown.unknown and "2021" in unknown.unknown
    future = scope.resolve("What was agreed at the dialogue on 3 October 2024?", DOCS)
    assert future.future == "3 October 2024"
    assert scope.resolve("What was agreed on 13 September 2023?", DOCS).future is None


def test_a_summary_is_not_a_chairs_summary():
    assert scope.resolve("Give me a short summary of the dialogue.", DOCS).doc_ids is None


def test_answer_types():
    assert answer_types.asked_types("When and where did it take place?") == ["date", "place"]
    assert answer_types.asked_types("How many States took part?") == ["number"]
    assert answer_types.asked_types("Where can I find the report?") == []
    assert answer_types.asked_types("What did she say when asked?") == []
    assert answer_types.has_number("75 stakeholders took part", {"stakehold"})
    assert not answer_types.has_number("Vienna, 20 September 2023.", set())
    found = [m.group() for m in answer_types.NUMBER_RE.finditer("in 2021, 41 per cent; 6,300")]
    assert found == ["2021", "41 per cent", "6,300"]


def test_terms_acronyms_both_ways_and_unknown_words_weigh_little():
    units = [
        "Civil Society Organizations (CSOs) took part.",
        "The United Nations Convention was discussed.",
        "Privacy was raised.",
    ]
    lex = Lexicon(units, units)
    cso = lex.terms("cso views", "What did CSOs say?")[0]
    assert cso.held_by(stem_set(["civil", "society", "organizations"]))
    un = lex.terms("un convention", "Which UN convention?")[0]
    assert un.held_by(stem_set(["united", "nations"]))  # an initialism the corpus spells out
    terms = lex.terms("privacy zyxwv", "privacy zyxwv")
    assert not terms[1].known
    assert coverage(terms, stem_set(["privacy"])) >= 0.5  # one unknown word weighs little


# -- the engine on the seed -----------------------------------------------------------------
def test_future_publication_is_not_answered_with_the_release_date(seed_engine):
    a = seed_engine.ask("When will the next Constructive Dialogue be held?")
    assert "20 September 2023" not in a.text
    assert a.abstained
    assert a.support is not None


def test_off_topic_and_false_premise_abstain(seed_engine):
    for q in (
        "What will the weather be in Vienna tomorrow?",
        "How many states voted to amend Article 27 at the dialogue?",
        "What did the representative from Google say about encryption?",
    ):
        a = seed_engine.ask(q)
        assert a.abstained, (q, a.text)


def test_acronyms_of_the_corpus_are_known(seed_engine):
    a = seed_engine.ask(
        "Which UN convention's international cooperation provisions were discussed?"
    )
    assert not a.abstained
    assert "do not mention UN" not in a.text
    assert "UNTOC" in a.text or "Convention" in a.text


def test_themes_are_a_cited_summary_led_by_the_records_focus(seed_engine):
    a = seed_engine.ask("What were the main themes of the discussion?")
    assert not a.abstained
    assert "focus" in a.text.split("\n- ")[1]  # the record's own statement of its focus first
    assert len(a.citations) >= 3
    assert len({c.speaker for c in a.citations}) >= 2  # diverse, not the first sentences


def test_where_to_find_the_written_contributions(seed_engine):
    a = seed_engine.ask("Where can I find the written contributions?")
    assert not a.abstained
    assert "webpage" in a.text


def test_counts_stated_in_parts(seed_engine):
    a = seed_engine.ask("How many participants contributed to the discussions?")
    assert not a.abstained
    assert "75" in a.text and "48" in a.text


def test_list_every_organisation(seed_engine):
    a = seed_engine.ask("List every organisation that spoke.")
    assert not a.abstained
    for org in ("Microsoft", "Meta", "KENNIS", "Research Society of International Law"):
        assert org in a.text
    assert a.text.count("\n- ") >= 5


def test_recommendations_are_the_records_own(seed_engine):
    a = seed_engine.ask("What did the speakers recommend governments do?")
    assert not a.abstained
    assert "update laws" in a.text  # the Microsoft speaker's call on governments
    assert all(c.quote for c in a.citations)


def test_citations_of_the_frame_are_the_records_words(seed_engine):
    a = seed_engine.ask("Who chaired the Constructive Dialogue?")
    assert "Thomas Burrows" in a.text
    frame = [c for c in a.citations if c.quote.startswith("Chair of")]
    assert frame and all(c.speaker is None and c.kind == "narrative" for c in frame)


def test_support_is_given_on_answers_and_abstentions(seed_engine):
    good = seed_engine.ask(
        "What did the Microsoft representative say about artificial intelligence?"
    )
    bad = seed_engine.ask("What's a good recipe for banana bread?")
    assert good.support is not None and bad.support is not None
    assert good.support > bad.support


# -- the engine on two meetings: scope -------------------------------------------------------
@pytest.fixture(scope="module")
def two_meetings(tmp_path_factory):
    from conftest import copy_corpus
    from helpers_reliability import write_two_meetings

    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("two_meetings")
    docs = write_two_meetings(copy_corpus(base / "docs"))
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_a_year_scopes_the_answer_to_its_meeting(two_meetings):
    a = two_meetings.ask("What did Amara Okafor say at the 2024 consultation?")
    assert not a.abstained
    assert {c.doc_id for c in a.citations} == {"consultation_2024"}
    assert "photograph" in a.text


def test_a_speaker_absent_from_the_named_meeting_is_not_answered(two_meetings):
    a = two_meetings.ask("What did Tomas Lindqvist say at the 2023 dialogue?")
    assert a.abstained


def test_a_meeting_without_a_chair_does_not_borrow_another_meetings_chair(two_meetings):
    a = two_meetings.ask("Who chaired the 2022 consultation on witness protection?")
    assert a.abstained and not a.citations


def test_a_meeting_date_comes_from_its_own_record(two_meetings):
    a = two_meetings.ask("When was the 2024 consultation held?")
    assert not a.abstained
    assert "2024-04-09" in a.text
    assert all(c.doc_id == "consultation_2024" for c in a.citations)


# -- the engine on two forums written here: roles, counts in parts, dates, places --------------
FORUMS = {
    "harbour_forum_2025": (
        "2025 Harbour Safety Forum: press release", "2025-03-04", "Rotterdam", "press release",
        "Rotterdam, 4 March 2025\n\n"
        "The 2025 Harbour Safety Forum took place in Rotterdam on 3 March 2025. 120 port "
        "officials and 35 representatives of shipping companies took part in the discussions, "
        "which were chaired by Ms. Ingrid Vos of Norway, Chair of the 2025 Harbour Safety "
        "Forum.\n\n"
        "Ms. Vos asked the Secretariat to prepare a study on crane inspections before the next "
        "forum.\n\n"
        "“Inspections fail when records are kept on paper,” said Mr. Kofi Mensah of the "
        "Dockworkers Safety League. He warned that fatigue causes most accidents at night.\n\n"
        "The next Harbour Safety Forum will be held in Lisbon in May 2026.\n\n"
        "The presentations of the forum are available on the website of the Harbour Safety "
        "Forum.\n",
    ),
    "river_forum_2024": (
        "2024 River Transport Forum: summary", "2024-10-02", "Basel", "summary",
        "The 2024 River Transport Forum was held in Basel and was chaired by Mr. Paulo Reis of "
        "Portugal, Chair of the 2024 River Transport Forum.\n\n"
        "Mr. Reis asked the Secretariat to collect national rules on barge licensing.\n\n"
        "Ms. Hana Novak of the Barge Crews Union said that crews need shared training "
        "standards across borders.\n",
    ),
    "contribution_league_2025": (
        "Dockworkers Safety League: written contribution to the 2025 Harbour Safety Forum",
        "2025-03-03", "Rotterdam", "written contribution",
        "Dockworkers Safety League\n\n"
        "Written contribution to the 2025 Harbour Safety Forum\n\n"
        "Rotterdam, 3 March 2025\n\n"
        "1. Findings\n\n"
        "Between 2022 and 2024 we received 310 requests from members for help after "
        "accidents.\n\n"
        "Most requests were made by telephone, and few of them were followed up by the "
        "port.\n\n"
        "2. Recommendations\n\n"
        "We recommend that port authorities:\n\n"
        "1. Publish inspection records for every crane.\n\n"
        "Each port authority should publish the inspection record of every crane online.\n\n"
        "2. Limit night shifts.\n\n"
        "No dock worker should work more than four night shifts in a row.\n",
    ),
    "harbour_transcript_2025": (
        "2025 Harbour Safety Forum: transcript", "2025-03-03", "Rotterdam", "transcript",
        "Harbour Safety Forum, Rotterdam, 3 March 2025\n\n"
        "(The meeting was called to order at 10.05 a.m.)\n\n"
        "MR. ROCHA (Portugal):\n"
        "Thank you, Chair. My delegation keeps crane inspection records for ten years, and "
        "publishes them every spring.\n\n"
        "MS. BERG (Sweden):\n"
        "Thank you. Sweden keeps crane inspection records for five years, in one national "
        "register. Are the Portuguese records open to the public, or only to inspectors?\n\n"
        "(The meeting rose at 11.40 a.m.)\n",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def forums(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("forums")
    docs = base / "docs"
    docs.mkdir()
    for doc_id, (title, day, place, kind, text) in FORUMS.items():
        (docs / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        meta = f'title: "{title}"\ndate: "{day}"\nplace: {place}\nkind: {kind}\n'
        if kind == "written contribution":
            meta += f"publisher: {title.split(':')[0]}\n"
        (docs / f"{doc_id}.meta.yaml").write_text(meta, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_a_sentence_with_a_date_is_not_a_dateline(forums):
    when = forums.ask("When will the next Harbour Safety Forum be held?")
    assert not when.abstained, when.text
    assert "May 2026" in when.text
    where = forums.ask("Where will the next Harbour Safety Forum be held?")
    assert not where.abstained, where.text
    assert "Lisbon" in where.text


def test_where_a_record_is_available_is_a_place_on_the_web(forums):
    a = forums.ask("Where are the presentations of the forum available?")
    assert not a.abstained, a.text
    assert "website" in a.text


def test_a_total_stated_in_parts_shows_each_part_and_their_sum(forums):
    a = forums.ask("How many people took part in total in the 2025 Harbour Safety Forum?")
    assert not a.abstained, a.text
    lead = a.text.split("\n\n")[0]
    assert "120" in lead and "35" in lead and "155" in lead
    assert any("120" in c.quote and "35" in c.quote for c in a.citations)


def test_a_role_held_in_several_meetings_is_answered_by_the_holder_who_speaks_to_it(forums):
    a = forums.ask("What did the Chair say about crane inspections?")
    assert not a.abstained, a.text
    assert "Ingrid Vos" in a.text and "Paulo Reis" not in a.text
    b = forums.ask("What did the Chair of the 2024 forum ask the Secretariat to do?")
    assert "barge licensing" in b.text and "Ingrid Vos" not in b.text
    c = forums.ask("What did the Chair of the 2025 forum ask the Dockworkers Safety League?")
    assert all(x.speaker != "Kofi Mensah" for x in c.citations)  # the object is not who spoke


def test_a_future_when_is_answered_in_the_records_words_without_a_date(seed_engine):
    a = seed_engine.ask("When will the Chair's summary be published?")
    assert "20 September 2023" not in a.text
    assert not a.abstained, a.text
    assert "become available" in a.text


def test_a_document_asked_for_is_not_the_scope_of_the_question():
    docs = {
        **DOCS,
        "contribution_2024": {
            "title": "Written contribution of an NGO",
            "date": "2024-05-01",
            "kind": "written contribution",
        },
    }
    asked = "Where are the written contributions to the 2024 consultation available?"
    assert "contribution_2024" not in (scope.resolve(asked, docs).doc_ids or [])
    inside = "What does the written contribution say about 2024?"
    assert scope.resolve(inside, docs).doc_ids == ["contribution_2024"]


def test_what_a_speaker_recommends_comes_from_its_recommendations(forums):
    a = forums.ask("What does the Dockworkers Safety League recommend?")
    assert not a.abstained, a.text
    assert "inspection record" in a.text and "night shifts" in a.text
    assert "telephone" not in a.text  # "requests" is not a request to do something


def test_problems_speakers_identified_are_answered_from_their_words(forums):
    a = forums.ask("What problems did panellists identify with fatigue at the 2025 forum?")
    assert not a.abstained, a.text
    assert "fatigue" in a.text


def test_what_several_things_were_about_is_a_summary():
    from assistant.questions import SUMMARY_RE

    assert SUMMARY_RE.search("What were the two panels of the 2024 forum about?")
    assert not SUMMARY_RE.search("What were the panellists worried about?")


def test_a_count_of_a_thing_the_record_never_names_abstains(forums):
    a = forums.ask("How many euros did the Dockworkers Safety League pledge for crane inspections?")
    assert a.abstained, a.text
    b = forums.ask(
        "How many euros did the Dockworkers Safety League receive for help after accidents?"
    )
    assert b.abstained, b.text  # 310 requests are not euros
    c = forums.ask("How many requests did the Dockworkers Safety League receive?")
    assert "310" in c.text


def test_a_word_the_record_never_uses_does_not_silence_the_speakers(seed_engine):
    a = seed_engine.ask("What did the speakers say about zyxwv encryption?")
    assert not a.abstained, a.text
    assert "encrypt" in a.text


def test_what_a_speaker_asked_is_their_question(forums):
    a = forums.ask("What did Ms. Berg ask?")
    assert not a.abstained, a.text
    assert "open to the public" in a.text
    b = forums.ask("What did the representative of Sweden ask?")
    assert "open to the public" in b.text, b.text


def test_a_question_in_two_parts_answers_each_part(forums):
    a = forums.ask("Who chaired the 2024 River Transport Forum, and who chaired the 2025 forum?")
    assert not a.abstained, a.text
    assert "Paulo Reis" in a.text and "Ingrid Vos" in a.text
    b = forums.ask(
        "How many people took part in the 2025 forum, and where will the next Harbour Safety "
        "Forum be held?"
    )
    assert "120" in b.text and "Lisbon" in b.text, b.text


def test_a_second_part_may_refer_to_the_first(forums):
    a = forums.ask("Who chaired the 2024 River Transport Forum, and which country is he from?")
    assert "Paulo Reis" in a.text
    assert any(c.quote == "Portugal" for c in a.citations), a.text  # the second part's answer


def test_which_country_a_named_speaker_is_from(forums):
    a = forums.ask("Which country is Ms. Vos from?")
    assert a.text.startswith("**Ingrid Vos** — Norway"), a.text
    b = forums.ask("Which country is Mr. Rocha from?")
    assert "crane" not in b.text, b.text  # who he is, not what he said


def test_the_reporting_verb_is_not_the_topic(forums):
    a = forums.ask("What did Ms. Novak caution?")
    assert not a.abstained, a.text
    assert "training standards" in a.text


def test_a_publisher_named_as_the_source_scopes_the_question():
    docs = {**DOCS, "news_2024": {"title": "Witnesses lose protection at borders",
                                  "date": "2024-05-03", "kind": "news article",
                                  "publisher": "Harbour Gazette"}}  # fmt: skip
    found = scope.resolve("What did the NGO warn, according to the Harbour Gazette article?", docs)
    assert found.doc_ids == ["news_2024"]
    assert {"harbour", "gazett"} <= found.words
    assert scope.resolve("What did the Harbour Gazette say?", docs).doc_ids is None


def test_a_place_adjective_matches_its_place():
    units = ["Crews from West Africa and Europe train together."]
    lex = Lexicon(units, units)
    african, european = lex.terms("african european crews", "African and European crews")[:2]
    assert african.known and african.held_by({"africa"})
    assert european.known and european.held_by({"europ"})


def test_when_a_meeting_opened_and_closed_is_a_time_of_day(forums):
    assert answer_types.times("called to order at 10.05 a.m. on 3 March 2025") == ["10.05 a.m."]
    assert answer_types.asks_time("At what time was it called to order?")
    assert not answer_types.asks_time("When was it held?")
    a = forums.ask("At what time was the 2025 Harbour Safety Forum called to order?")
    assert not a.abstained and a.text.startswith("**10.05 a.m.**"), a.text
    assert "3 March 2025" not in a.text.split("\n")[0], a.text  # a time, not the day


def test_a_subject_the_record_never_mentions_is_not_answered_by_a_neighbouring_one(forums):
    a = forums.ask("What did the Harbour Safety Forum say about crane lubrication?")
    assert a.abstained and "lubrication" in a.text, a.text
    b = forums.ask("What did Mr. Mensah say about accidents at night?")
    assert not b.abstained and "fatigue" in b.text, b.text


def test_an_event_the_record_names_only_as_to_come_is_not_reported_as_held(forums):
    a = forums.ask("What was agreed at the Lisbon forum?")
    assert a.abstained and "Lisbon" in a.text.split("\n")[0], a.text
    b = forums.ask("Where will the next Harbour Safety Forum be held?")
    assert not b.abstained and "Lisbon" in b.text, b.text
