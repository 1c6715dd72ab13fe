"""Question understanding and scope: the answer type asked for, questions in parts, who a
question is about (a role within its meeting, "the representative of X" as X), and the scope
index that keeps a question's cost independent of the number of documents.

The speakers and documents here are made up for these tests (general English, no eval case's
words); the directory is the real one, built from synthetic units.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from assistant import answer_types, questions, scope
from assistant.chunking import StoredUnit
from assistant.directory import Directory
from assistant.terms import Lexicon


def unit(n: int, doc: str, speaker: str, **kw: object) -> StoredUnit:
    fields: dict = {
        "unit_id": f"{doc}-{n}", "doc_id": doc, "text": kw.pop("text", f"{speaker} spoke."),
        "start": 0, "end": 10, "kind": "quote", "speaker": speaker, "honorific": None,
        "gender": None, "affiliation": None, "acronym": None, "roles": [], "quotes": [],
        "attr": None, "verb": None, "mentions": [], "doc_title": doc, "doc_date": None,
        "doc_sha256": "0" * 64, "order": n,
    }  # fmt: skip
    fields.update(kw)
    return StoredUnit(**fields)


DOCS = {
    "hearing_2021": {"title": "Hearing on River Pollution: verbatim record", "date": "2021-03-09",
                     "kind": "verbatim transcript"},
    "forum_2020": {"title": "2020 Forum on Coastal Fisheries: Chair's summary",
                   "date": "2020-06-02", "kind": "chair's summary"},
    "gazette_2021": {"title": "Rivers run cleaner, officials say", "date": "2021-03-10",
                     "kind": "news article", "publisher": "Lakeside Gazette"},
}  # fmt: skip
UNITS = [
    unit(0, "hearing_2021", "Ana Duarte", honorific="Ms.", affiliation="Portugal",
         affiliation_kind="delegation", roles=["representative of Portugal"]),
    unit(1, "hearing_2021", "Tomas Lind", honorific="Mr.", affiliation="Blue Delta Network"),
    unit(2, "hearing_2021", "Marta Kowalczyk", honorific="Ms.", affiliation="Poland",
         affiliation_kind="delegation"),
    unit(3, "hearing_2021", "Ruth Okafor", honorific="Ms.", affiliation="Regional Water Office",
         roles=["a representative of Secretariat"]),
    unit(4, "forum_2020", "Hugo Brandt", honorific="Mr.", affiliation="Regional Water Office",
         roles=["a representative of Secretariat"]),
    unit(5, "forum_2020", "Piet Jansen", honorific="Mr.", affiliation="Secretariat"),
    unit(6, "forum_2020", "Ingrid Solberg", honorific="Ms.", affiliation="Norway",
         affiliation_kind="delegation"),
]  # fmt: skip


class FakeCorpus:
    """What `scope.apply` reads of a corpus: documents, their units, directory, lexicon."""

    def __init__(self, docs: dict[str, dict], units: list[StoredUnit]) -> None:
        self.docs = docs
        self.directory = Directory(units)
        self.by_doc: dict[str, list[StoredUnit]] = {}
        for u in units:
            self.by_doc.setdefault(u.doc_id, []).append(u)
        texts = [u.text for u in units] + [d["title"] for d in docs.values()]
        self.lexicon = Lexicon(texts, texts)
        self.vocabulary = {w.lower().strip(".,:") for t in texts for w in t.split()}


CORPUS = FakeCorpus(DOCS, UNITS)


def analysed(q: str) -> questions.Analysis:
    c = CORPUS
    a = questions.analyse(q, [], c.directory, c.vocabulary, set())
    scope.apply(a, c)  # type: ignore[arg-type]
    return a


# -- the answer type --------------------------------------------------------------------------


def test_when_introducing_a_condition_is_not_a_date_question():
    for q in [
        "According to the inspector, when is a river not safe to swim in?",
        "When should a factory report a spill?",
        "When is a worker considered a victim of forced labour?",
        "When does a payment count as a bribe?",
    ]:
        assert "date" not in answer_types.asked_types(q), q
    for q in [
        "When was the hearing held?",
        "When is the next hearing?",
        "Who chaired the forum, and when was it held?",
        "When will the report be published?",
    ]:
        assert answer_types.asked_types(q)[:1] == ["date"], q


def test_which_country_before_its_verb_asks_for_the_state_that_acted_not_a_place():
    for q in [
        "Which country had to cancel two hearings because of travel costs?",
        "Which country will chair the next session?",
    ]:
        assert "place" not in answer_types.asked_types(q), q
    for q in [
        "In which country was the seminar held?",
        "Which country hosted the seminar?",
        "Which country did the delegation visit?",
        "What country is the rapporteur from?",
    ]:
        assert "place" in answer_types.asked_types(q), q


def test_a_content_question_about_a_representative_is_not_an_affiliation_question():
    offer = analysed("What did the representative of Poland offer to send?")
    assert offer.speakers == ["Marta Kowalczyk"]
    assert offer.shape == "what_said"
    assert analysed("What did Ms. Kowalczyk offer to share with the hearing?").shape == "what_said"
    for q in [
        "Which country is Marta Kowalczyk from?",
        "Which organisation does Tomas Lind represent?",
        "Who does Tomas Lind work for?",
        "Where is Ms. Duarte from?",
    ]:
        assert analysed(q).shape == "affiliation", q


# -- who the question is about -----------------------------------------------------------------


def test_a_states_adjective_before_a_delegates_title_names_its_speaker():
    said = "The Polish Water Institute measured the river."  # "polish" is a word of the record
    units = [*UNITS, unit(9, "hearing_2021", "Tomas Lind", text=said)]
    corpus = FakeCorpus(DOCS, units)
    assert "polish" in corpus.vocabulary

    def who(q: str) -> list[str]:
        return questions.analyse(q, [], corpus.directory, corpus.vocabulary, set()).speakers

    assert who("What did the Polish representative offer to send?") == ["Marta Kowalczyk"]
    assert who("What did the Danish delegate say?") == []  # no Danish speaker
    assert "Marta Kowalczyk" not in who("What did the Polish Water Institute measure?")


def test_the_representative_of_an_organisation_is_that_organisation():
    # "the representative" alone names Ms. Duarte in this corpus; "of the Blue Delta Network"
    # says whose representative is meant.
    assert CORPUS.directory.resolve("the representative") == ["Ana Duarte"]
    assert analysed("What did the representative of the Blue Delta Network ask for?").speakers == [
        "Tomas Lind"
    ]
    # How they spoke is in the record's words about them: searched for by their names.
    a = analysed("In which language did the representative of the Blue Delta Network speak?")
    assert a.shape == "general"
    assert {"tomas", "lind", "blue", "delta", "network"} <= set(a.topic.split())


def test_a_state_names_its_delegation_and_the_people_speaking_for_it():
    # The State speaks as itself in one record and through a named delegate in another.
    units = [*UNITS, unit(9, "forum_2020", "Poland", speaker_kind="delegation",
                          affiliation="Poland", affiliation_kind="delegation")]  # fmt: skip
    corpus = FakeCorpus(DOCS, units)
    assert corpus.directory.speakers["Poland"].kind == "delegation"

    def who(q: str) -> list[str]:
        return questions.analyse(q, [], corpus.directory, corpus.vocabulary, set()).speakers

    assert set(who("What did Poland say about the river?")) == {"Poland", "Marta Kowalczyk"}
    assert who("What did Ms. Kowalczyk say?") == ["Marta Kowalczyk"]
    # Any one of the State's voices answers; two people named are each asked about.
    analyse = questions.analyse
    assert analyse("What did Poland say?", [], corpus.directory, corpus.vocabulary, set()).any_of
    both = analyse("What did Ms. Kowalczyk and Mr. Lind say?", [], corpus.directory,
                   corpus.vocabulary, set())  # fmt: skip
    assert both.speakers == ["Marta Kowalczyk", "Tomas Lind"] and not both.any_of


def test_a_states_adjective_outside_the_usual_endings_names_its_speaker():
    units = [*UNITS, unit(9, "hearing_2021", "Nikos Petrou", honorific="Mr.",
                          affiliation="Greece", affiliation_kind="delegation")]  # fmt: skip
    corpus = FakeCorpus(DOCS, units)

    def who(q: str) -> list[str]:
        return questions.analyse(q, [], corpus.directory, corpus.vocabulary, set()).speakers

    assert who("What did the Greek delegate ask the inspector?") == ["Nikos Petrou"]
    # The one asked is named too, after the one asking.
    assert who("What did the Greek delegate ask Mr. Lind?") == ["Nikos Petrou", "Tomas Lind"]


def test_a_role_noun_names_every_holder_and_the_questions_record_decides():
    # "the engineer" is one speaker's whole role and part of another's ("Chief Engineer"):
    # the words of the question pick the record, not whichever role is spelt shortest.
    docs = {**DOCS, "dam_2019": {"title": "Dam safety panel", "date": "2019-01-01"}}
    units = [
        *UNITS,
        unit(10, "forum_2020", "Lars Holm", honorific="Mr.", roles=["engineer"],
             text="Nets were mended."),
        unit(11, "dam_2019", "Eva Moreau", honorific="Ms.", roles=["Chief Engineer"],
             text="The spillway gates rusted and the turbines flooded."),
    ]  # fmt: skip
    corpus = FakeCorpus(docs, units)
    doc_words = {d: {w.lower().strip(".,") for u in units if u.doc_id == d
                     for w in u.text.split()} for d in docs}  # fmt: skip

    def who(q: str) -> list[str]:
        return questions.analyse(
            q, [], corpus.directory, corpus.vocabulary, set(), doc_words
        ).speakers

    assert who("What did the engineer say about the spillway gates?") == ["Eva Moreau"]
    assert who("What did the engineer say about mended nets?") == ["Lars Holm"]
    # No word tells them apart: the one the record calls just that.
    assert who("What did the engineer say?") == ["Lars Holm"]
    # A role noun right after an organisation describes that organisation's speaker.
    units.append(unit(12, "dam_2019", "Ida Berg", affiliation="Silt Research Trust",
                      roles=["engineering director of Silt Research Trust"]))  # fmt: skip
    corpus = FakeCorpus(docs, units)
    assert who("What did the Silt Research Trust engineer say about the turbines?") == ["Ida Berg"]


def test_a_chair_is_the_one_whose_record_the_questions_words_fit():
    docs = {**DOCS, "dam_2019": {"title": "Dam safety panel", "date": "2019-01-01"}}
    units = [
        *UNITS,
        unit(10, "forum_2020", "Lars Holm", roles=["Chair"], text="Fish gates."),
        unit(11, "dam_2019", "Eva Moreau", roles=["Chair"], text="The spillway gates rusted."),
        unit(12, "hearing_2021", "Lars Holm", roles=["Chair"], text="Rusted spillway."),
    ]  # Lars Holm's two records hold more of the words between them, but in neither one
    corpus = FakeCorpus(docs, units)
    doc_words = {d: {w.lower().strip(".,") for u in units if u.doc_id == d
                     for w in u.text.split()} for d in docs}  # fmt: skip
    q = "What did the Chair say about rusted spillway gates and fish?"
    a = questions.analyse(q, [], corpus.directory, corpus.vocabulary, set(), doc_words)
    assert a.speakers == ["Eva Moreau"]


def test_a_role_resolves_within_the_meeting_the_question_names():
    a = analysed(
        "What did the representative of the Secretariat tell the hearing on river pollution?"
    )
    assert a.docs == ["hearing_2021"]
    assert a.speakers == ["Ruth Okafor"]
    assert a.scope_unknown is None


def test_a_role_nobody_holds_in_the_meeting_is_searched_as_words_not_abstained_on():
    units = [u for u in UNITS if u.speaker != "Ruth Okafor"]
    corpus = FakeCorpus(DOCS, units)
    q = "What did the representative of the Secretariat tell the hearing on river pollution?"
    a = questions.analyse(q, [], corpus.directory, corpus.vocabulary, set())
    scope.apply(a, corpus)  # type: ignore[arg-type]
    assert a.scope_unknown is None
    assert a.speakers == []
    assert "secretariat" in a.topic.split()


def test_a_person_named_at_a_meeting_they_missed_is_still_not_covered():
    a = analysed("What did Ingrid Solberg say at the hearing on river pollution?")
    assert a.scope_unknown and "Ingrid Solberg" in a.scope_unknown


def test_a_year_things_happened_in_is_also_in_later_records_that_report_it():
    docs = {
        "hearing_2021": {**DOCS["hearing_2021"], "text": "In 2019 the mill closed 12 outlets."},
        "forum_2019": {"title": "2019 Forum on Coastal Fisheries", "date": "2019-05-01",
                       "text": "Nets were mended."},
        "gazette_2021": {**DOCS["gazette_2021"], "text": "Rivers ran cleaner."},
    }  # fmt: skip
    ix = scope.ScopeIndex(docs)
    # when it happened: the 2019 record, and the later one reporting 2019
    happened = scope.resolve("How many outlets did the mill close in 2019?", docs, index=ix)
    assert happened.doc_ids == ["forum_2019", "hearing_2021"]
    # the year of a meeting: that meeting's record only
    for q in ["What was said at the 2019 forum?", "Who spoke at the forum in 2019?"]:
        assert scope.resolve(q, docs, index=ix).doc_ids == ["forum_2019"], q


def test_a_meeting_named_with_a_clipped_or_derived_word_is_still_that_meeting():
    docs = {
        "prep_2019": {"title": "Report of the Regional Preparatory Meeting on Crimes that Affect "
                      "the Environment", "date": "2019-11-08"},
        "forum_2020": DOCS["forum_2020"],
        "group_b": {"title": "Minutes: Breakout Group B on Harbour Safety", "date": "2020-06-03"},
    }  # fmt: skip
    ix = scope.ScopeIndex(docs)
    found = scope.resolve("When was the regional prep meeting on environmental crime?", docs,
                          index=ix)  # fmt: skip
    assert found.doc_ids == ["prep_2019"]
    assert {"prep", "environment"} <= found.words  # the meeting's words, not the topic
    assert scope.resolve("Who spoke in the breakout group?", docs, index=ix).doc_ids == ["group_b"]


def test_a_meeting_named_by_its_kind_alone_does_not_shut_out_a_speaker_compared():
    docs = {**DOCS, "group_b": {"title": "Minutes: Breakout Group B on Harbour Safety",
                                "date": "2021-03-09"}}  # fmt: skip
    units = [*UNITS, unit(9, "group_b", "Tomas Lind", text="Harbours need lights.")]
    corpus = FakeCorpus(docs, units)

    def scoped(q: str) -> questions.Analysis:
        a = questions.analyse(q, [], corpus.directory, corpus.vocabulary, set())
        scope.apply(a, corpus)  # type: ignore[arg-type]
        return a

    assert scoped("What did Mr. Lind say in the breakout group?").docs == ["group_b"]
    both = scoped("How does Mr. Lind's view in the breakout group compare with Ms. Duarte's?")
    assert not both.docs and both.speakers == ["Tomas Lind", "Ana Duarte"]


def test_she_after_an_answer_naming_a_state_and_its_delegate_is_either():
    from assistant.answer import Message

    units = [*UNITS, unit(9, "forum_2020", "Poland", speaker_kind="delegation",
                          affiliation="Poland", affiliation_kind="delegation")]  # fmt: skip
    units[2] = unit(2, "hearing_2021", "Marta Kowalczyk", honorific="Ms.", gender="f",
                    affiliation="Poland", affiliation_kind="delegation")  # fmt: skip
    corpus = FakeCorpus(DOCS, units)
    history = [
        Message(role="user", content="Who spoke for Poland?"),
        Message(role="assistant", content="**Poland** spoke. **Marta Kowalczyk** spoke."),
    ]
    a = questions.analyse("What did she ask for?", history, corpus.directory,
                          corpus.vocabulary, set())  # fmt: skip
    assert a.speakers == ["Poland", "Marta Kowalczyk"] and a.any_of  # whoever spoke to it


def test_where_a_contribution_is_reported_is_not_what_it_was_about():
    a = analysed("What did Ms. Duarte contribute, as reported in the Chair's summary?")
    assert a.speakers == ["Ana Duarte"]
    assert "reported" not in a.topic.split() and a.said_verb == "contribute"


def test_a_persons_job_somewhere_is_a_role_question():
    assert analysed("what is Tomas Lind's job in Portugal?").shape == "role"


def test_a_document_named_by_its_owner_is_the_one_whose_title_names_them():
    docs = {
        "st_poland": {"title": "Written statement of Poland to the Forum", "date": "2020-06-01",
                      "kind": "written statement"},
        "st_trust": {"title": "Silt Trust: written statement to the Forum", "date": "2020-06-01",
                     "kind": "written statement"},
    }  # fmt: skip
    ix = scope.ScopeIndex(docs)
    found = scope.resolve("who signed poland's written statement?", docs, index=ix)
    assert found.doc_ids == ["st_poland"]
    assert scope.resolve("who signed the written statement?", docs, index=ix).doc_ids is None


def test_who_holds_two_roles_named_together_asks_for_both_holders():
    units = [
        *UNITS,
        unit(10, "forum_2020", "Lars Holm", roles=["Chair"], text="Nets were mended."),
        unit(11, "forum_2020", "Eva Moreau", roles=["Rapporteur"], text="The report was read."),
    ]
    corpus = FakeCorpus(DOCS, units)
    q = "Who were elected as Chair and Rapporteur of the forum?"
    a = questions.analyse(q, [], corpus.directory, corpus.vocabulary, set())
    assert set(a.speakers) == {"Lars Holm", "Eva Moreau"}


# -- questions in parts -----------------------------------------------------------------------


def test_two_years_of_one_meeting_are_two_questions():
    assert questions.parts("Who chaired the 2019 and the 2020 forums on fisheries?") == [
        "Who chaired the 2019 forums on fisheries?",
        "Who chaired the 2020 forums on fisheries?",
    ]
    assert questions.parts("What changed between 2019 and 2020?") == [
        "What changed between 2019 and 2020?"
    ]


def test_a_later_when_keeps_the_time_of_day_asked_first():
    assert questions.parts("At what time did the hearing open, and when did it close?") == [
        "At what time did the hearing open?",
        "At what time did it close?",
    ]
    assert questions.parts("Who chaired the forum, and when was it held?")[1] == (
        "when was it held?"
    )


def test_a_later_parts_it_is_the_meeting_or_event_the_first_part_names():
    asked = 'Who organised the "Clean Water" side event, and how many people attended it?'
    assert questions.parts(asked)[1] == 'how many people attended the "Clean Water" side event?'
    asked = "When was the hearing on river pollution held, and who chaired it?"
    assert questions.parts(asked)[1] == "who chaired the hearing on river pollution?"
    assert questions.parts("What did Ms. Holm say, and who answered it?")[1] == "who answered it?"


# -- the scope of a question ------------------------------------------------------------------


def test_a_meeting_of_a_year_the_record_holds_only_other_years_of_is_not_covered():
    docs = {
        "forum_2019": {"title": "2019 Forum on Coastal Fisheries", "date": "2019-09-11"},
        "forum_2020": {"title": "2020 Forum on Coastal Fisheries", "date": "2020-10-05"},
        "hearing_2021": {"title": "Hearing on River Pollution", "date": "2021-03-09"},
    }
    found = scope.resolve("Who will chair the 2021 Forum on Coastal Fisheries?", docs)
    assert found.unknown == "2021 Forum on Coastal Fisheries"
    assert scope.resolve("Who chaired the 2020 forum on coastal fisheries?", docs).doc_ids == [
        "forum_2020"
    ]
    assert scope.resolve("What was said at the 2021 hearing?", docs).unknown is None


def test_a_publisher_named_with_its_article_is_the_source():
    docs = {**DOCS, "gazette_2021": {**DOCS["gazette_2021"], "publisher": "The Lakeside Gazette"}}
    for q in [
        "According to the Lakeside Gazette, what did officials say?",
        "According to The Lakeside Gazette, what did officials say?",
    ]:
        assert scope.resolve(q, docs).doc_ids == ["gazette_2021"], q
    assert scope.resolve("What did the Lakeside Gazette say?", docs).doc_ids is None


# -- the scope index --------------------------------------------------------------------------


class CountingDocs(dict):
    """Document metadata that counts how often a question reads it."""

    reads = 0

    def __getitem__(self, key):
        CountingDocs.reads += 1
        return super().__getitem__(key)

    def get(self, key, default=None):
        CountingDocs.reads += 1
        return super().get(key, default)

    def __iter__(self):
        CountingDocs.reads += 1
        return super().__iter__()

    def items(self):
        CountingDocs.reads += 1
        return super().items()

    def values(self):
        CountingDocs.reads += 1
        return super().values()


def synthetic_docs(n: int) -> dict[str, dict]:
    rng = random.Random(n)
    nouns = ["Forum", "Hearing", "Working Group", "Consultation"]
    topics = ["Coastal Fisheries", "River Pollution", "Soil Health", "Urban Transport"]
    kinds = ["chair's summary", "news article", "verbatim transcript"]
    docs = {}
    for i in range(n):
        year = rng.randint(2010, 2024)
        docs[f"d{i}"] = {
            "title": f"{year} {rng.choice(nouns)} on {rng.choice(topics)} ({i})",
            "date": f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            "kind": rng.choice(kinds),
            "publisher": rng.choice(["Lakeside Gazette", "Records Office"]),
        }
    return docs


QUESTIONS = [
    "What did the Chair say at the 2014 Working Group on Soil Health?",
    "According to the Lakeside Gazette, who spoke about transport?",
    "What does the chair's summary say about fisheries?",
    "What was agreed at the hearing on river pollution on 3 October 2031?",
    "Who chaired the consultation on urban transport last year?",
    "Who spoke?",
]


def test_scope_reads_no_document_metadata_per_question_once_indexed():
    docs = CountingDocs(synthetic_docs(600))
    index = scope.ScopeIndex(docs)
    plain = {k: dict(v) for k, v in docs.items()}
    for q in QUESTIONS:
        CountingDocs.reads = 0
        found = scope.resolve(q, docs, index=index)
        assert CountingDocs.reads == 0, q
        assert found == scope.resolve(q, plain), q  # the same scope as a fresh index gives


def test_the_scope_index_groups_titles_and_posts_their_stems():
    docs = synthetic_docs(300)
    index = scope.ScopeIndex(docs)
    assert {i for _, ids in index.groups for i in ids} == set(docs)
    soil = index.postings["soil"]
    assert soil and all("soil" in index.groups[g][0] for g in soil)
    assert index.by_kind.keys() == {d["kind"] for d in docs.values()}
    assert index.in_years({2014}) == {i for i, d in docs.items() if d["date"].startswith("2014")}


def test_a_corpus_gets_one_scope_index():
    assert scope.index_for(CORPUS) is scope.index_for(CORPUS)  # type: ignore[arg-type]
    assert scope.index_for(FakeCorpus(DOCS, UNITS)) is not scope.index_for(CORPUS)  # type: ignore[arg-type]


# -- the engine on three meeting records written for these tests (tests/data/scope) ----------


@pytest.fixture(scope="module")
def meetings(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("scope_meetings")
    shutil.copytree(Path(__file__).parent / "data" / "scope", base / "docs")
    return build_engine(load_settings(source_dir=base / "docs", index_dir=base / "index"))


def test_a_later_part_keeps_the_meeting_and_the_time_of_day(meetings):
    a = meetings.ask(
        "At what time was the hearing on river pollution called to order, and when did it rise?"
    )
    assert not a.abstained, a.text
    assert "9.15 a.m." in a.text and "11.40 a.m." in a.text, a.text
    assert "4.05 p.m." not in a.text and "12.30 p.m." not in a.text  # other meetings' times


def test_what_a_representative_offered_is_their_words_not_their_country(meetings):
    a = meetings.ask("What did the Danish representative offer to send at the hearing?")
    assert not a.abstained, a.text
    assert "design manual" in a.text
    assert "is from" not in a.text
    assert {c.speaker for c in a.citations} == {"Freja Holm"}


def test_each_of_two_years_gets_its_own_answer(meetings):
    a = meetings.ask("Who chaired the 2019 and the 2020 forums on coastal fisheries?")
    assert not a.abstained, a.text
    assert "Amina Diallo" in a.text and "Lars Eide" in a.text, a.text


def test_a_condition_asked_with_when_is_not_answered_with_a_date(meetings):
    a = meetings.ask("According to Mr. Berg, when is a river not safe to swim in?")
    assert not a.abstained, a.text
    assert "turns green" in a.text
    assert a.text.startswith("**Jonas Berg**")  # his words first, not a date as the answer


def test_a_state_its_record_names_only_as_several_delegates_affiliation_names_them():
    # A verbatim record's "Mr. X (Portugal):" turns: no speaker is the State itself, and two
    # people speak for it, so the State is not one speaker's alias.
    units = [*UNITS, unit(9, "forum_2020", "Rui Costa", honorific="Mr.", affiliation="Portugal",
                          affiliation_kind="delegation",
                          roles=["Minister of Fisheries of Portugal", "Chair"])]  # fmt: skip
    corpus = FakeCorpus(DOCS, units)
    assert corpus.directory.resolve("Portugal") == []

    def asked(q: str) -> questions.Analysis:
        return questions.analyse(q, [], corpus.directory, corpus.vocabulary, set())

    state = asked("What did Portugal say about the river?")
    assert set(state.speakers) == {"Ana Duarte", "Rui Costa"} and state.any_of
    assert state.topic == "river"  # the State is who, not what about
    # A role beside the State names the one holding it.
    minister = asked("What did Portugal's minister of fisheries say about the river?")
    assert minister.speakers == ["Rui Costa"] and minister.topic == "river"
    # A State only talked about is no speaker.
    assert asked("What did Mr. Lind say about Portugal?").speakers == ["Tomas Lind"]
    assert asked("What did Spain say about the river?").speakers == []


def test_who_a_speaker_told_is_not_what_they_spoke_about():
    for q, topic in [
        ("What did Ms. Duarte tell the inspector about the river?", "river"),
        ("What did Ms. Duarte tell the Lakeside Gazette about fish?", "fish"),
        ("Compare what Ms. Duarte said at the hearing with what she told the newspaper.", ""),
        ("What did Ms. Duarte tell reporters?", ""),
    ]:
        a = analysed(q)
        assert a.speakers == ["Ana Duarte"], q
        assert [w for w in a.topic.split() if w not in ("she", "hearing")] == topic.split(), q
    # What she told them about stays the topic.
    assert analysed("Did Ms. Duarte tell the forum that fish were dying?").topic.split()[-2:] == [
        "fish", "dying",
    ]  # fmt: skip


def test_a_stance_asked_for_is_what_they_said_not_a_thing_to_find():
    assert analysed("What was the Polish position on a new protocol?").focus is None
    assert analysed("What was the budget of the inspection unit?").focus == "budget"
