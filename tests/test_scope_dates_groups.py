"""A month named with a meeting picks the meeting held then; a place's series of meetings; a
briefing named as the occasion; a group of States named by name, acronym or description is the
delegation the record credits with the group's statement.

The documents, speakers and groups here are made up for these tests (general English, no eval
case's words); the directory is the real one, built from synthetic units.
"""

from __future__ import annotations

from helpers_reliability import unit

from assistant import questions, scope
from assistant.chunking import StoredUnit
from assistant.directory import Directory
from assistant.terms import Lexicon

STATE: dict = {"affiliation_kind": "delegation", "speaker_kind": "delegation"}
DOCS = {
    "council_2019": {
        "title": "Report on the meeting of the Harbour Council held in Lisbon on 4 and 5 May 2019",
        "date": "2019-06-01", "kind": "meeting report", "place": "Lisbon",
        "text": "The Harbour Council met in Lisbon on 4 and 5 May 2019. Dredging was discussed.",
    },
    "statement_2024": {
        "title": "Harbour Council Expert Group - Thematic Session on Dredging",
        "date": "2024-10-09", "place": "Lisbon",
        "text": "Statement of the Group of Atlantic and Island States (GAIS), delivered by the "
        "Ambassador of Portugal. I speak on behalf of the Group of Atlantic and Island States. "
        "Our Group asks for a dredging fund.",
    },
    "session_2024": {
        "title": "Report on the thematic session on dredging held in Lisbon on 9 and 10 "
        "October 2024", "date": "2024-11-20", "kind": "meeting report", "place": "Lisbon",
        "text": "The Harbour Council held a thematic session on 9 and 10 October 2024. The "
        "representative of Portugal, speaking on behalf of the Group of Atlantic and Island "
        "States, asked for a dredging fund. 41 delegations attended.",
    },
    "briefing_2024": {
        "title": "Port Authority - Press Briefing", "date": "2024-10-11", "place": "Lisbon",
        "text": "Spokesperson: The Harbour Council met this week. Forty-one delegations came. "
        "Question: Is Iceland the worst hit?",
    },
}  # fmt: skip
UNITS = [
    unit(0, "council_2019", "Iceland", "Iceland stressed dredging.", affiliation="Iceland",
         **STATE, kind="paraphrase"),
    unit(1, "statement_2024", "Portugal", "I speak on behalf of the Group of Atlantic and "
         "Island States.", affiliation="Portugal", **STATE),
    unit(2, "statement_2024", "Portugal", "Our Group asks for a dredging fund.",
         affiliation="Portugal", **STATE),
    unit(3, "session_2024", "Portugal", "The representative of Portugal, speaking on behalf of "
         "the Group of Atlantic and Island States, asked for a dredging fund.",
         affiliation="Portugal", **STATE, kind="paraphrase"),
    unit(4, "session_2024", "Malta", "Malta described silt.", affiliation="Malta",
         **STATE, kind="paraphrase"),
    unit(5, "briefing_2024", "Spokesperson", "The Harbour Council met this week.",
         roles=["Spokesperson"]),
]  # fmt: skip


class FakeCorpus:
    """What `scope.apply` reads of a corpus: documents, their units, directory, lexicon."""

    def __init__(self, docs: dict[str, dict], units: list[StoredUnit]) -> None:
        self.docs = docs
        self.directory = Directory(units)
        self.by_doc: dict[str, list[StoredUnit]] = {}
        for u in units:
            self.by_doc.setdefault(u.doc_id, []).append(u)
        texts = [d["text"] for d in docs.values()] + [d["title"] for d in docs.values()]
        self.lexicon = Lexicon(texts, texts)
        self.vocabulary = {w.lower().strip(".,:()") for t in texts for w in t.split()}


CORPUS = FakeCorpus(DOCS, UNITS)
IX = scope.ScopeIndex(DOCS)


def analysed(q: str) -> questions.Analysis:
    c = CORPUS
    a = questions.analyse(q, [], c.directory, c.vocabulary, set())
    scope.apply(a, c)  # type: ignore[arg-type]
    return a


def test_a_month_named_with_a_meeting_picks_the_meeting_held_then():
    found = scope.resolve(
        "how many delegations attended the harbour council meeting in october 2024?",
        DOCS,
        index=IX,
    )
    assert found.future is None  # the record covers October 2024
    assert found.doc_ids and "council_2019" not in found.doc_ids
    assert "session_2024" in found.doc_ids
    kind = scope.resolve(
        "how many came to the expert group meeting in october 2024?", DOCS, index=IX
    )
    assert "session_2024" in (kind.doc_ids or [])  # one record's title naming it is not all
    may = scope.resolve("who spoke at the harbour council meeting in may 2019?", DOCS, index=IX)
    assert may.doc_ids == ["council_2019"] and may.future is None


def test_a_month_the_last_record_falls_in_is_not_after_the_record():
    docs = {k: DOCS[k] for k in ("council_2019", "statement_2024")}  # ends on 9 October 2024
    found = scope.resolve("what was said at the thematic session in october 2024?", docs)
    assert found.future is None
    assert scope.resolve("what was said at the council in march 2031?", docs).future


def test_a_briefing_named_as_the_occasion_scopes_to_it():
    found = scope.resolve("At the press briefing, was Malta called the worst hit?", DOCS, index=IX)
    assert found.doc_ids == ["briefing_2024"]


def test_a_series_of_meetings_in_a_place_is_all_of_its_records():
    found = scope.resolve("what was this whole series of meetings in lisbon about?", DOCS, index=IX)
    assert found.doc_ids == ["briefing_2024", "session_2024", "statement_2024"]  # the latest


def test_a_group_named_by_name_acronym_or_description_is_the_delegation_speaking_for_it():
    for q in [
        "What did GAIS ask for?",
        "What did the Group of Atlantic and Island States ask for?",
        "what did the atlantic group ask for?",
    ]:
        a = analysed(q)
        assert "Portugal" in a.speakers, q
        assert "Malta" not in a.speakers and not a.scope_unknown, q
    # a group nobody speaks for, or a word of no group's name, names nobody
    assert analysed("what did the pacific group ask for?").speakers == []


def test_a_group_that_is_the_object_of_a_who_question_is_not_who_is_asked_for():
    a = analysed("Who at the thematic session backed the atlantic group's request?")
    assert "Portugal" not in a.speakers


def test_a_state_named_where_it_did_not_speak_but_is_spoken_of_is_a_topic_there():
    a = analysed("At the press briefing, was Iceland called the worst hit?")
    assert a.docs == ["briefing_2024"] and not a.scope_unknown
    assert "iceland" in a.topic.lower() and a.speakers == []
    said = analysed("What did Iceland say at the press briefing?")  # told of there, not speaking
    assert said.scope_unknown


# -- follow-ups: the speaker and topic kept; a publication named as the one told ------------

LEDGER = {
    **DOCS,
    "ledger_2024": {
        "title": "Silt is the new frontier", "date": "2024-10-12", "kind": "news article",
        "text": "By Omar Petit. Lena Varga tested hulls. We tested 40 hulls last year, she said. "
        "This interview was conducted for The Harbour Ledger.",
    },
}  # fmt: skip
LEDGER_UNITS = [
    *UNITS,
    unit(6, "session_2024", "Malta", "Malta reported that it had dredged 300 tonnes of silt "
         "in 2024, compared with 90 tonnes in 2022.", **STATE, kind="paraphrase"),
    unit(7, "session_2024", "Lena Varga", "Lena Varga, a marine engineer, described hulls.",
         gender="f", roles=["marine engineer"], kind="paraphrase"),
    unit(8, "ledger_2024", "Lena Varga", "We tested 40 hulls last year.", gender="f",
         roles=["marine engineer"]),
    unit(9, "ledger_2024", "Omar Petit", "Lena Varga tested hulls.", roles=["journalist"],
         affiliation="The Harbour Ledger"),
]  # fmt: skip
LEDGER_CORPUS = FakeCorpus(LEDGER, LEDGER_UNITS)


def followed(history: list[tuple[str, str]], q: str) -> questions.Analysis:
    from assistant.answer import Message

    said = [
        m
        for user, answer in history
        for m in (Message(role="user", content=user), Message(role="assistant", content=answer))
    ]
    c = LEDGER_CORPUS
    a = questions.analyse(q, said, c.directory, c.vocabulary, set())
    scope.apply(a, c)  # type: ignore[arg-type]
    return a


def test_how_that_compared_with_earlier_keeps_the_speaker_and_asks_over_time():
    first = "Which State gave figures on silt dredged at the thematic session?"
    answer = "**Malta** reported that it had dredged 300 tonnes of silt in 2024. [1]"
    a = followed([(first, answer)], "And how did that compare with two years earlier?")
    assert a.speakers == ["Malta"] and a.follow_up
    assert a.shape != "compare"  # within Malta's words, not Malta against others
    assert "silt" in a.topic


def test_she_is_the_person_the_answer_named_and_the_outlet_told_is_its_document():
    first = "Who was the marine engineer who spoke at the thematic session?"
    answer = "As Omar Petit reports, **Lena Varga** spoke as a marine engineer. [1]"
    a = followed([(first, answer)], "What did she tell the Harbour Ledger about hulls?")
    assert a.speakers == ["Lena Varga"]
    assert a.docs == ["ledger_2024"]


def test_the_words_going_on_to_name_a_meeting_are_its_scope_not_the_topic():
    docs = {
        "council_2019": DOCS["council_2019"],
        "forum_2021": {
            "title": "Report on the second meeting of the Harbour Council on Silt and Tides",
            "date": "2021-05-01",
        },
    }  # fmt: skip
    q = "What did the Group ask at the second meeting of the Harbour Council on Silt and Tides?"
    found = scope.resolve(q, docs)
    assert {"silt", "tide"} <= found.words


def test_a_speaker_in_a_statement_before_the_question_is_its_premise_not_its_subject():
    a = analysed("Malta described silt at the session. How did the harbour pilots react?")
    assert a.speakers == [] and "malta" in a.topic.lower()
    assert analysed("Malta described silt. What did Portugal ask for?").speakers == ["Portugal"]
    assert analysed("Malta spoke at the session. What did it describe?").speakers == ["Malta"]
