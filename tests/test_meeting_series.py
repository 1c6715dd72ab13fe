"""Two meetings of one series, as their records name them: a summary record and a transcript
whose titles name only their session, a Chair's summary under the body's long name, a joint
statement under its short name ("the Expert Group"), and next year's press release with no
sidecar at all.

- The first meeting's records are one meeting, whatever part of the body's name each gives:
  the transcript's "The Chair:" is the Chair the Chair's summary names.
- A sidecar may name the file whole (`summary.txt.meta.yaml`).
- A press release without a sidecar: its "# " heading is its title, its masthead ("For
  information - not an official record") is none, "LISBON, 9 June 2031 - " is its dateline.
- "the Lisbon meeting", "in Dakar": the meeting held there.
- "Italy, represented by Ms. X, announced …": X speaks, for Italy; "Chief Superintendent X" is X.
- A joint statement's quote "“…,” said X, Director of Y." is X's, and so is "“…,” she said.";
  the bodies under "Signed by:" say nothing.
- "How many recommendations did the Chair make?": the items of her list, counted.
- "The first meeting", "the follow-up meeting": the series' meetings in their order.
- "What did the academics say?": the scholars alone; "civil society": the NGOs too.
- "Sum up the Lisbon meeting": its record; "a good place to eat near the centre in Dakar": none.
- "hello": example questions that name roles and topics ("Who was the Chair?"), not "Who was
  the delegation?" or "What did X say about said?".

The records are fictional, written for this test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.engine import build_engine

RECORD = """Summary record of the 1st meeting - Intergovernmental Expert Group on Theft of \
Fishing Catch

Held at the King Fahd Centre, Dakar, on Monday, 2 March 2030, at 10 a.m.

Chair: Ms. Sow (Senegal)

1. The Chair opened the meeting and welcomed participants to Dakar.

2. Mr. Ndiaye (Senegal) said that catch stolen at sea was landed in ports with weak controls. \
He proposed joint port inspections with neighbouring States.

3. The representative of Nigeria said that cold stores should be licensed and inspected.
"""

TRANSCRIPT = """Intergovernmental Expert Group on Theft of Fishing Catch
First meeting, Dakar, 2-4 March 2030
Panel 2: Following the fish - unofficial transcript

The Chair: Good afternoon. We now turn to the theft of catch from cold stores.

Chief Superintendent Diallo: Thank you. In 2029 my unit recovered 340 tonnes of stolen tuna \
from cold stores in three ports.
"""

CHAIRS = """Chair's summary - first meeting of the Intergovernmental Expert Group on Theft of \
Fishing Catch

1. The meeting was held in Dakar from 2 to 4 March 2030. It was chaired by Ambassador Awa Sow \
of Senegal.

2. Chief Superintendent Moussa Diallo of the Senegal Maritime Police described the theft of \
catch from cold stores. Professor Ana Lima of the University of Dakar said that one tonne in \
five landed at small ports was never declared.

3. On the basis of the discussions, the Chair put forward the following recommendations. They \
reflect her own assessment.

(a) Carry out joint port inspections;

(b) Keep electronic catch certificates;

(c) Convene a second meeting in 2031.
"""

JOINT = """Joint statement to the first meeting of the Expert Group on catch theft

Dakar, 3 March 2030

We, the undersigned organizations, speak for small-scale fishers in West Africa. We ask States \
to protect fishers who report stolen catch.

"A fisher who reports a theft should not lose his boat for it," said Fatou Ba, Director of \
Coastal Fishers Alliance. "We will share what our members see at sea," she said.

Signed by:

- Coastal Fishers Alliance (Senegal)

- Net Menders Union (Ghana)
"""

RELEASE = """**UNODC press release** | For information - not an official record

# Expert Group on catch theft ends Lisbon meeting with a call for port controls

*Second meeting of the Expert Group, Lisbon, 8-9 June 2031*

LISBON, 9 June 2031 - Experts from 30 States concluded the second meeting of the \
Intergovernmental Expert Group on Theft of Fishing Catch today. The meeting was chaired by \
Ambassador Rui Costa of Portugal, who took over from Ambassador Awa Sow of Senegal.

Italy, represented by Ms. Chiara Bruni, announced that it would fund port scanners in two \
States. She said that the scanners would be installed in 2032.
"""

META = {
    "summary.txt": 'title: "Summary record of the 1st meeting - Intergovernmental Expert Group '
    'on Theft of Fishing Catch"\ndate: "2030-03-02"\nplace: "Dakar, Senegal"\n'
    "kind: summary record\n",
    "transcript.txt": 'title: "Panel 2: Following the fish - unofficial transcript"\n'
    'date: "2030-03-02"\nplace: "Dakar, Senegal"\nkind: transcript\n',
    "chairs_summary.md": "title: \"Chair's summary - first meeting of the Intergovernmental "
    'Expert Group on Theft of Fishing Catch"\ndate: "2030-03-04"\nplace: "Dakar, Senegal"\n'
    "kind: Chair's summary\n",
    "nigeria_contribution.txt": 'title: "Written contribution of the Government of Nigeria"\n'
    'date: "2031-05-20"\npublisher: "Nigeria"\nkind: written contribution\n',
    "joint_statement.txt": 'title: "Joint statement to the first meeting of the Expert Group on '
    'catch theft"\ndate: "2030-03-03"\nplace: "Dakar, Senegal"\n'
    'publisher: "Coastal Fishers Alliance"\nkind: joint statement\n',
}
CONTRIBUTION = """Written contribution of the Government of Nigeria

Our Government has licensed every cold store in Lagos since 2029. We propose that the Expert \
Group collect data on catch stolen from cold stores in all regions.
"""

TEXTS = {
    "summary.txt": RECORD,
    "transcript.txt": TRANSCRIPT,
    "chairs_summary.md": CHAIRS,
    "joint_statement.txt": JOINT,
    "press_release.md": RELEASE,
    "nigeria_contribution.txt": CONTRIBUTION,
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    base = tmp_path_factory.mktemp("series")
    folder = base / "docs"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
        if name in META:  # the sidecar names the file whole: "summary.txt.meta.yaml"
            (folder / f"{name}.meta.yaml").write_text(META[name], encoding="utf-8")
    return build_engine(load_settings(source_dir=Path(folder), index_dir=base / "index"))


def _said(answer, words):
    return {c.speaker for c in answer.citations if words in c.quote}


def test_one_meetings_records_are_joined_whatever_name_they_give(engine):
    a = engine.ask("what did the chair say about cold stores?")
    assert _said(a, "cold stores") == {"Awa Sow"}, a.text
    held = {key: set(info.documents) for key, info in engine._state.directory.meetings.items()}
    first = {"summary", "transcript", "chairs_summary", "joint_statement"}
    assert any(first <= docs and "press_release" not in docs for docs in held.values()), held


def test_a_press_release_without_a_sidecar_says_what_it_is(engine):
    doc = engine._state.docs["press_release"]
    assert doc["title"].startswith("Expert Group on catch theft ends Lisbon meeting"), doc
    assert (doc["kind"], doc["place"]) == ("press release", "Lisbon"), doc


def test_the_meeting_held_at_a_place(engine):
    a = engine.ask("who chaired the lisbon meeting?")
    assert "Rui Costa" in a.text and "Awa Sow" not in a.text.split("took over")[0], a.text
    a = engine.ask("who chaired the meeting in dakar?")
    assert "Awa Sow" in a.text and "Rui Costa" not in a.text, a.text


def test_the_one_who_represents_a_delegation_and_a_rank_before_a_name(engine):
    a = engine.ask("what did italy announce?")
    assert _said(a, "port scanners") == {"Chiara Bruni"}, a.text
    a = engine.ask("what did moussa diallo say about tuna?")
    assert _said(a, "340 tonnes") == {"Moussa Diallo"}, a.text


def test_a_joint_statement_quotes_its_director_and_signs_with_bodies(engine):
    a = engine.ask("what did fatou ba say?")
    assert _said(a, "lose his boat") == {"Fatou Ba"}, a.text
    assert _said(a, "what our members see") == {"Fatou Ba"}, a.text
    units = [u for u in engine._state.units if u.doc_id == "joint_statement"]
    signed = [u for u in units if u.text.startswith("Net Menders Union")]
    assert signed and all(u.kind == "narrative" for u in signed), signed


def test_how_many_items_a_list_holds(engine):
    a = engine.ask("how many recommendations did the chair make?")
    assert not a.abstained, a.text
    assert a.text.startswith("**3 recommendations**"), a.text
    assert any("electronic catch certificates" in c.quote for c in a.citations), a.text


def test_academics_are_a_group_of_their_own(engine):
    a = engine.ask("what did the academics say?")
    assert {c.speaker for c in a.citations} == {"Ana Lima"}, a.text
    a = engine.ask("what did civil society say?")
    speakers = {c.speaker for c in a.citations}
    assert speakers & {"Fatou Ba", "Coastal Fishers Alliance"}, a.text


def test_a_summary_asked_for_and_a_meal_not_in_the_record(engine):
    a = engine.ask("sum up the lisbon meeting in a few lines")
    assert not a.abstained and {c.doc_id for c in a.citations} == {"press_release"}, a.text
    a = engine.ask("what's a good place to eat near the King Fahd Centre in Dakar?")
    assert a.abstained, a.text


def test_a_greeting_offers_questions_about_roles_and_topics(engine):
    a = engine.ask("hello")
    assert "You could ask" in a.text and "Who was the delegation" not in a.text, a.text
    about = re.findall(r"say about ([^?]+)\?", a.text)
    assert about and not {"said", "first meeting"} & set(about), a.text


def test_how_many_signed_and_how_many_took_the_floor(engine):
    a = engine.ask("how many organisations signed the joint statement?")
    assert a.text.startswith("**2 organisations**"), a.text
    assert {c.quote for c in a.citations} >= {"Net Menders Union (Ghana)"}, a.text
    a = engine.ask("how many states took the floor in the summary record?")
    assert a.text.startswith("**2 states**"), a.text


def test_the_first_and_the_follow_up_meeting_of_a_series(engine):
    a = engine.ask("where was the first meeting held?")
    assert "Dakar" in a.text and {c.doc_id for c in a.citations} <= FIRST_MEETING, a.text
    a = engine.ask("who chaired the follow-up meeting?")
    assert "Rui Costa" in a.text, a.text


FIRST_MEETING = {"summary", "transcript", "chairs_summary", "joint_statement"}
