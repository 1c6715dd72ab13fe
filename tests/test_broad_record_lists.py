"""Broad questions answered from the record's own lists and answers, not from one hit: the
annex line of a kind asked for ("States: A; B; C." under "Statements were made by …") for
"which countries took the floor?"; a report's "adopted the following recommendations:" with
all its items for "what recommendations came out of X?"; a record's own question with the
sentences answering it ("What is the difference between X and Y?"); what two delegations
proposed, their proposals first. And the scope: "the summary record" names that kind of
record, not a "Chair's summary".

The records are fictional (a Chair's summary in Markdown with an annex, a plain-text report of
a workshop, a questions-and-answers page and two written submissions).
"""

from __future__ import annotations

import pytest

from assistant import scope

SUMMARY = """# Chair's summary: Meeting on lake ferry safety, Lakeport, 3 to 4 May 2026

1. The meeting focused on the safety of passenger ferries on inland lakes.

2. Borduria reported that 40 ferries had been inspected in 2025.

3. Ruritania described a new training course for ferry crews.

4. The Lake Keepers Trust said that life jackets were often missing on small boats.

## Annex

List of statements

Statements were made by the following participants, in the order in which they took the floor:

States: Borduria; Ruritania; Carpania; Veloria; Ostland.

Civil society organizations: Lake Keepers Trust; Ferry Passengers Union.
"""
REPORT = """Report of the workshop on orchard pest control, Greenvale, 9 to 10 June 2026

Mr. Tomas Brandl (Chair) said that the recommendations of the workshop should be short and \
practical, so that growers could act on them.

The workshop adopted the following recommendations:

(a) Growers should monitor pest traps every week during the flowering season;

(b) Extension services should publish a shared map of pest sightings;

(c) Laboratories should report resistant strains to the regional network within 30 days.
"""
FAQ = """# Questions and answers: the orchard network

What is the difference between a member and an observer?

A member is a grower association that has signed the network's charter and votes on its work \
plan.

An observer is an organization invited to follow the meetings without a vote.

Who pays for the network?

The regional government funds the secretariat.
"""
FAQ_MEETING = """# Frequently asked questions: the orchard growers' forum

### Will the forum adopt recommendations?

No. The forum is an exchange of experience and does not negotiate any text.

### Who can attend?

Any grower association of the region.
"""
PANEL = """# Side event transcript: apples after frost

MODERATOR (Ms. Ilse Varga): Welcome to our panel.

MS. ANA DUARTE (Frost Watch): Frost nights have doubled in ten years in our valley, and \
growers now need warnings two days ahead.

MR. JON ROE (Orchard Board): Our board pays for frost fans in the lowest orchards.

MS. KIRA SATO (Weather Office): We can issue valley warnings by text message at dusk.

MR. PAUL MEYER (Apple Growers Union): Insurance should cover the cost of frost fans.

MS. LENA VOSS (Young Farmers Circle): Young growers rarely know where the warnings come from.

MODERATOR (Ms. Ilse Varga): Thank you all.
"""
MINUTES = """INFORMAL NOTES - NOT FOR CITATION
Annual Meeting of Orchard Growers and Forecasters
Working Session C: draft warning template

Date: Thursday 11 June 2026, 10:00-12:00

Ms. Ana Duarte (Frost Watch) said that the template should give the expected lowest \
temperature for each valley, not one regional figure.

The facilitator closed the session at noon.
"""
NEWSLETTER = """Growers' Network Newsletter, June 2026

About 80 growers from 12 regions took part in the forum in Greenhill. The forum was informal, \
so no recommendations were adopted; the Chair will circulate a summary instead.
"""
WORKING_GROUP = """Report of the Working Group on Orchard Pests

The Working Group reviewed the spread of codling moth in the northern valleys.
"""
SUBMISSIONS = """# Written submissions on seed exchange

## I. Norway

Submitted by: Ms. Ane Berg, Ministry of Agriculture, on behalf of the Government of Norway

Norway welcomes the attention given to seed exchange between growers.

Our experience shows that exchanges work best when growers know each other well.

We propose that the network adopt a common label for all exchanged seed.

## II. Chile

Submitted by: Mr. Pablo Rojas, Agricultural Service, on behalf of the Government of Chile

Chile considers that seed exchange is a matter for the growers themselves.

Chile recommends that exchanged seed be tested for disease within 14 days of its receipt.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("broad_lists")
    folder = base / "docs"
    folder.mkdir()
    files = {
        "chairs_summary_ferries_2026.md": (SUMMARY, "Chair's summary: Meeting on lake ferry "
                                           "safety", "chair's summary", "2026-05-04"),
        "report_orchard_workshop_2026.txt": (REPORT, "Report of the workshop on orchard pest "
                                             "control", "meeting report", "2026-06-10"),
        "faq_orchard_network.md": (FAQ, "Questions and answers: the orchard network", "faq",
                                   "2026-06-01"),
        "submissions_seed_exchange.md": (SUBMISSIONS, "Written submissions on seed exchange",
                                         "written submissions", "2026-06-05"),
        "faq_growers_forum.md": (FAQ_MEETING, "Frequently asked questions: the orchard "
                                 "growers' forum", "faq", "2026-06-02"),
        "panel_apples_after_frost.md": (PANEL, "Apples after frost (side event transcript)",
                                        "panel transcript", "2026-06-10"),
        "minutes_session_c.txt": (MINUTES, "", "", ""),
        "newsletter_growers_june_2026.txt": (NEWSLETTER, "Growers' Network Newsletter, June "
                                             "2026", "newsletter", "2026-06-30"),
        "report_wg_orchard_pests.txt": (WORKING_GROUP, "Report of the Working Group on Orchard "
                                        "Pests", "meeting report", "2026-05-20"),
    }  # fmt: skip
    for name, (text, title, kind, date) in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        stem = name.rsplit(".", 1)[0]
        if title:  # the minutes come with no metadata: their first line names the session
            (folder / f"{stem}.meta.yaml").write_text(
                f'title: "{title}"\nkind: "{kind}"\ndate: "{date}"\n', encoding="utf-8"
            )
    return build_engine(load_settings(source_dir=folder, index_dir=base / "index"))


def test_a_kind_named_in_full_is_not_another_kind_sharing_a_word():
    docs = {
        "cs": {"title": "Summary by the Chair", "kind": "chair's summary", "date": "2026-01-02"},
        "sr": {"title": "Summary record of the 2nd meeting", "kind": "summary record",
               "date": "2026-01-03"},
    }  # fmt: skip
    ix = scope.ScopeIndex(docs)
    asked = "Which meeting does the summary record cover, and when was it held?"
    assert scope.resolve(asked, docs, index=ix).doc_ids == ["sr"]
    assert scope.resolve("What does the Chair's summary say?", docs, index=ix).doc_ids == ["cs"]


def test_a_kind_said_with_a_modifier_is_the_record_whose_opening_says_it():
    docs = {
        "cs": {"title": "Chair's summary of the harbour forum", "kind": "chair's summary",
               "date": "2026-01-02", "text": "The forum met in Portmore."},
        "oral": {"title": "Closing meeting", "kind": "transcript", "date": "2026-03-04",
                 "text": "Closing meeting\nTranscript of the oral summary delivered by the "
                         "Chair.\nTHE CHAIR: Thank you all."},
    }  # fmt: skip
    ix = scope.ScopeIndex(docs)
    asked = "According to the Chair's oral summary, what should the ministers consider?"
    assert scope.resolve(asked, docs, index=ix).doc_ids == ["oral"]
    assert scope.resolve("What does the Chair's summary say?", docs, index=ix).doc_ids == ["cs"]


def test_a_meeting_no_title_names_is_the_one_whose_first_lines_name_it():
    docs = {
        "event": {"title": "Event summary: orchards after the frost", "date": "2026-06-11",
                  "text": "Online webinar, 11 June 2026. The Greenhill Policy Institute hosted "
                          "a discussion on frost warnings."},
        "report": {"title": "Report of the workshop on orchard pests", "date": "2026-06-10",
                   "text": "The workshop was held in Greenvale."},
    }  # fmt: skip
    ix = scope.ScopeIndex(docs)
    found = scope.resolve("Who were the panellists in the Greenhill webinar?", docs, index=ix)
    assert found.doc_ids == ["event"]


def test_who_took_the_floor_there_is_everyone_who_spoke_there(engine):
    a = engine.ask("Who took the floor on the side-event panel?")
    assert not a.abstained, a.text
    for name in ["Ilse Varga", "Ana Duarte", "Jon Roe", "Kira Sato", "Paul Meyer", "Lena Voss"]:
        assert name in a.text, a.text


def test_which_states_took_the_floor_is_the_records_own_list_of_statements(engine):
    a = engine.ask("According to the Chair's summary, which countries took the floor?")
    assert not a.abstained, a.text
    for state in ["Borduria", "Ruritania", "Carpania", "Veloria", "Ostland"]:
        assert state in a.text, a.text
    a = engine.ask("Which civil society organizations made statements at the meeting?")
    assert "Ferry Passengers Union" in a.text and "Lake Keepers Trust" in a.text, a.text


def test_recommendations_of_a_meeting_are_its_adopted_list_whole(engine):
    a = engine.ask("What recommendations came out of the Greenvale workshop?")
    assert not a.abstained, a.text
    for item in ["pest traps every week", "shared map of pest sightings", "within 30 days"]:
        assert item in a.text, a.text


def test_a_records_own_question_is_answered_by_the_sentences_below_it(engine):
    a = engine.ask("What's the difference between a member and an observer?")
    assert not a.abstained, a.text
    assert "signed the network's charter" in a.text and "without a vote" in a.text, a.text


def test_what_two_delegations_proposed_puts_their_proposals_first(engine):
    a = engine.ask("Compare what Norway and Chile proposed in their written submissions")
    assert not a.abstained, a.text
    assert "common label" in a.text and "within 14 days" in a.text, a.text


def test_whether_recommendations_were_adopted_is_the_records_own_word_on_it(engine):
    a = engine.ask("Did the growers' forum adopt any recommendations?")
    assert not a.abstained, a.text
    assert "does not negotiate any text" in a.text, a.text
    a = engine.ask("Did the meeting adopt any recommendations?")  # no meeting named: both
    assert "no recommendations were adopted" in a.text, a.text
    assert "common label" not in a.text, a.text  # a delegation's proposal is no outcome


def test_he_at_a_session_named_in_words_is_his_record_of_that_session(engine):
    from assistant.answer import Message

    first = engine.ask("What did Ana Duarte say on the side-event panel?")
    assert "two days ahead" in first.text, first.text
    history = [Message(role="user", content="What did Ana Duarte say on the side-event panel?"),
               Message(role="assistant", content=first.text)]  # fmt: skip
    a = engine.ask("And what did she tell the working session?", history=history)
    assert "lowest temperature for each valley" in a.text, a.text
    assert {c.doc_id for c in a.citations} == {"minutes_session_c"}
