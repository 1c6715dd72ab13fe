"""Pronouns and ellipsis in a follow-up pick their antecedent from the previous turn: the
person the last answer was about (its lead), by agreement (a "he" or "she" is a person, of the
record's own gender for them), an organisation's person when the answer named only the body,
and a possessive ("her organisation") through that person's affiliation.

The fictional record and the conversations below were written before the code; the earlier
answers are written in the shape the assistant gives them (bold speaker, cited words).
"""

from __future__ import annotations

import pytest

from assistant import followup
from assistant.answer import Message
from assistant.questions import THING_NOT, analyse
from tests.test_attribution import stored, write

RECORD = (
    "Summary of the regional workshop on harbour safety\n"
    "Port Almeria, 3 March 2026\n"
    "\n"
    "1. The workshop was chaired by Ambassador Teodora Wikström, Permanent Representative of "
    "Iceland. Ambassador Wikström invited participants to speak briefly.\n"
    "\n"
    "2. The representative of Peru, Mr. Joaquín Urrutia Belmonte, Head of the Coastal Port "
    "Authority, said that the authority had inspected 340 fishing vessels in 2025. He added "
    "that inspections at night remained rare.\n"
    "\n"
    "3. The Tidewater Rescue Alliance said that crews returning to Peru after an accident "
    "waited months for compensation.\n"
    "\n"
    "4. Dr. Mirela Obradović, Research Director of the Tidewater Rescue Alliance, reported that "
    "her team had interviewed 85 deckhands. She said that most had never seen a written "
    "contract.\n"
    "\n"
    "5. The delegation of Peru called for a regional register of fishing vessels.\n"
)


@pytest.fixture(scope="module")
def directory(tmp_path_factory):
    folder = tmp_path_factory.mktemp("harbour")
    d, _, _ = stored(write(folder, "harbour.txt", RECORD))
    return d


def after(question: str, answer: str) -> list[Message]:
    return [Message(role="user", content=question), Message(role="assistant", content=answer)]


def speakers(directory, question: str, history: list[Message]) -> list[str]:
    return analyse(question, history, directory, set(), set()).speakers


def test_his_is_the_person_not_the_state_he_spoke_for(directory):
    history = after(
        "Who spoke for the Coastal Port Authority?",
        "- **Coastal Port Authority** said that inspections at night remained rare. [1]\n"
        "- **Joaquín Urrutia Belmonte** (Coastal Port Authority) said that the authority had "
        "inspected 340 fishing vessels in 2025. [2]",
    )
    assert speakers(directory, "what is his job?", history) == ["Joaquín Urrutia Belmonte"]


def test_she_is_whom_the_last_answer_was_about_before_a_person_it_mentions(directory):
    # The record gives the Chair no pronoun and the researcher one: the lead still wins.
    history = after(
        "Who chaired the workshop on harbour safety?",
        "**Teodora Wikström** — Permanent Representative of Iceland [1]. **Mirela Obradović** "
        "(Tidewater Rescue Alliance) said: “most had never seen a written contract” [2]",
    )
    assert speakers(directory, "whats her day job", history) == ["Teodora Wikström"]


def test_a_pronoun_of_the_wrong_gender_skips_the_lead(directory):
    history = after(
        "Who spoke about contracts and inspections?",
        "**Mirela Obradović** (Tidewater Rescue Alliance) said that most had never seen a "
        "written contract. [1] **Joaquín Urrutia Belmonte** (Coastal Port Authority) added "
        "that inspections at night remained rare. [2]",
    )
    assert speakers(directory, "what else did he say?", history) == ["Joaquín Urrutia Belmonte"]


def test_she_after_an_answer_naming_only_a_body_is_a_person_of_it(directory):
    history = after(
        "who leads research at the Tidewater Rescue Alliance?",
        "**Tidewater Rescue Alliance** said that crews returning to Peru after an accident "
        "waited months for compensation. [1]",
    )
    assert "Mirela Obradović" in speakers(directory, "what did she find about deckhands?", history)


def test_her_organisation_is_her_affiliation_not_a_place_the_question_names(directory):
    history = after(
        "Who interviewed deckhands?",
        "**Mirela Obradović** (Tidewater Rescue Alliance) reported that her team had "
        "interviewed 85 deckhands. [1]",
    )
    asked = "what did her organisation say about crews returning to Peru?"
    assert speakers(directory, asked, history) == ["Tidewater Rescue Alliance"]


def test_a_pronoun_subject_is_who_is_asked_about_even_beside_a_name(directory):
    history = after(
        "What did Dr. Obradović report?",
        "**Mirela Obradović** (Tidewater Rescue Alliance) reported that her team had "
        "interviewed 85 deckhands. [1]",
    )
    asked = "what did she say about the Coastal Port Authority?"
    assert speakers(directory, asked, history) == ["Mirela Obradović"]


def test_the_speakers_an_abstention_lists_are_no_antecedents(directory):
    history = after(
        "Who spoke about lifeboats at the workshop?",
        "**Not in the sources.** Nothing in the sources answers this.\n\n"
        "The sources cover: Summary of the regional workshop on harbour safety. Speakers: "
        "Mirela Obradović, Teodora Wikström, Peru and 2 more.",
    )
    assert speakers(directory, "what did she say about lifeboats?", history) == []


def test_an_answer_naming_nobody_leaves_the_question_s_own_speaker(directory):
    history = after(
        "What did the Tidewater Rescue Alliance say about compensation?",
        "**Not in the sources.** The sources do not report Tidewater Rescue Alliance speaking "
        "about compensation.\n\nThe sources cover: Summary of the regional workshop on harbour "
        "safety. Speakers: Mirela Obradović, Teodora Wikström and 3 more.",
    )
    assert speakers(directory, "what did they say about accidents?", history) == [
        "Tidewater Rescue Alliance"
    ]


INSPECTIONS = (
    "What number of fishing vessels did Mr. Urrutia Belmonte say were inspected?",
    "**Joaquín Urrutia Belmonte** (Coastal Port Authority) said that the authority had "
    "inspected 340 fishing vessels in 2025. [1]",
)


def test_the_same_noun_again_is_the_same_thing_of_the_same_voice(directory):
    a = analyse("is the real number higher?", after(*INSPECTIONS), directory, set(), set())
    assert a.speakers == ["Joaquín Urrutia Belmonte"]
    assert "vessels" in a.topic.split()  # the number of what it was before


def test_a_demonstrative_thing_keeps_the_voice(directory):
    history = after(
        "What did Dr. Obradović report?",
        "**Mirela Obradović** (Tidewater Rescue Alliance) reported that her team had "
        "interviewed 85 deckhands. [1]",
    )
    asked = "how many of those deckhands had a contract?"
    assert speakers(directory, asked, history) == ["Mirela Obradović"]


CHAIRED = (
    "Who chaired the workshop on harbour safety?",
    "**Teodora Wikström** — Permanent Representative of Iceland [1].",
)


@pytest.mark.parametrize(
    ("earlier", "asked"),
    [
        (INSPECTIONS, "who counted those vessels?"),  # asks for someone anew
        (CHAIRED, "what was decided at the workshop?"),  # a meeting: where, not a thing
    ],
)
def test_no_voice_is_carried_to_a_new_person_or_a_meeting(directory, earlier, asked):
    assert speakers(directory, asked, after(*earlier)) == []


@pytest.mark.parametrize(
    ("previous", "asked", "meant"),
    [
        ("Who chaired the 2026 harbour workshop?", "and the 2027 one?",
         "Who chaired the 2027 harbour workshop?"),
        ("Who chaired the 2026 harbour workshop?", "what about 2027? where is he from",
         "Who chaired the 2027 harbour workshop, and where is he from?"),
        ("Who chaired the harbour workshop?", "and the 2027 one?", "and the 2027 one?"),
        ("Did 2025 differ from 2026?", "and 2027?", "and 2027?"),  # which year it replaces?
        ("Who chaired the 2026 harbour workshop?", "and who spoke in 2027?",
         "and who spoke in 2027?"),  # a question of its own, not a fragment
    ],
)  # fmt: skip
def test_an_elliptical_year_is_the_last_question_of_that_year(previous, asked, meant):
    assert followup.elided(asked, previous) == meant


def test_words_of_a_title_or_of_a_meeting_phrase_are_no_thing_pointed_back_at():
    earlier = 'Who ran the "Nets at the quay" harbour workshop?'
    asked = 'how many people attended the "Nets at the quay" harbour workshop?'
    assert followup.thing_back(asked, earlier, THING_NOT) is None
    assert followup.thing_back("and the real nets?", earlier, THING_NOT) is None
    assert followup.thing_back("were the quay nets new?", "How many nets were mended?", THING_NOT)
