"""Speaker labels and first-person authorship in the formats records come in (own documents).

Each document below is fictional and was written, with its expected speakers, before the code
was changed for its format: a timestamped Markdown Q&A with bold surname labels, an unnamed
participant and an interpreted turn; minutes in "Name (Org):" then "Surname:" form; a State's
written statement (letterhead, "Our Government", signed by its ambassador); a Chair's summary
written in the first person that also reports what others said.
"""

from __future__ import annotations

import pytest

from tests.test_attribution import said, stored, write

QA = """# Open Water, Open Doors

## Side event on rescue at sea
Hall B, Harbour Forum, Bergen, 4 May 2024

### Questions from the audience (unofficial transcript)

> Transcribed by the Tidewater Network. Timestamps refer to the recording. One intervention \
was interpreted from Portuguese.

---

`[00:41:10]` **OSTROWSKA (moderator):** Thank you, panel. We have a few minutes for the room, \
so please keep it short. The lady in the third row.

`[00:41:32]` **PARTICIPANT (from the floor, did not give her name):** Thank you. My question is \
for the judge. How many of the skippers you tried were forced to steer?

`[00:41:58]` **MBEKI-LANGE (Namibia):** Most of them, in my court. We now hear them as \
witnesses first.

`[00:42:20]` **OSTROWSKA (moderator):** Thank you, Nomsa. One more from the side, please.

`[00:42:30]` *[Sound drops out for a few seconds.]*

`[00:42:41]` **MR. TEIXEIRA (delegation of Angola) (interpretation from Portuguese):** Thank \
you, Madam Moderator. Our fishermen bring survivors to port every month. They should never \
fear the police for it.

`[00:43:12]` **KOWALCZYK (Tidewater Network):** Thank you. Agnieszka Kowalczyk, Tidewater \
Network. Judge Mbeki-Lange, are those hearings public?

`[00:43:30]` **MBEKI-LANGE (Namibia):** They are, unless a minor is involved.

`[00:43:41]` **MODERATOR (Clara Ostrowska):** We must stop there. Please thank our panel.

`[00:43:55]` *[Applause. End of recording.]*
"""


def test_timestamped_bold_labels_unnamed_participant_and_interpreted_turn(tmp_path):
    directory, units, _ = stored(write(tmp_path, "qa.md", QA))
    assert said(units, "We have a few minutes for the room")[0] == "Clara Ostrowska"
    assert said(units, "We must stop there")[0] == "Clara Ostrowska"
    # An unnamed participant is nobody's identity: never a person called "Participant".
    assert said(units, "My question is for the judge")[0] is None
    assert said(units, "forced to steer?")[0] is None
    # "Thank you, Nomsa." opening the next turn gives the surname-labelled speaker's given name.
    assert said(units, "We now hear them as witnesses first")[0] == "Nomsa Mbeki-Lange"
    assert said(units, "unless a minor is involved")[0] == "Nomsa Mbeki-Lange"
    assert directory.speakers["Nomsa Mbeki-Lange"].affiliation == "Namibia"
    assert said(units, "One more from the side")[0] == "Clara Ostrowska"
    assert said(units, "Sound drops out") == (None, "narrative")
    assert said(units, "Our fishermen bring survivors")[0] == "Teixeira"
    assert directory.speakers["Teixeira"].affiliation == "Angola"
    # "Name, Org." at the start of one's own turn: the label's surname is that person.
    assert said(units, "are those hearings public?")[0] == "Agnieszka Kowalczyk"
    assert directory.speakers["Agnieszka Kowalczyk"].affiliation == "Tidewater Network"
    assert not {"Participant", "Moderator", "Ostrowska", "Kowalczyk", "Mbeki-Lange", "Nomsa"} & set(
        directory.speakers
    )
    assert not any("**" in u.text or "`" in u.text for u in units)


MINUTES = """Regional Workshop on Fisheries Crime (12-13 April 2022)
WORKING GROUP B -- LANDING CONTROLS
Informal notes (not an official record)
Date: 13 April 2022, 10:00-11:00, online
Facilitator: Tomasz Wierzba (Ocean Compliance Unit)
Rapporteur: workshop secretariat
Participants who spoke: Amaru Quispe (Peru), Signe Dahl (Nordic Catch Council), Liam Okafor \
(Ireland)

---

Tomasz Wierzba (Ocean Compliance Unit, facilitator): Good morning. Our question today is \
simple: how do we check a catch before it is sold? Mr. Quispe, please.

Amaru Quispe (Peru): Thank you. In our ports the inspector arrives after the fish has left. \
We need the logbook before landing, not after.

Dahl: Could I add something on that?

Wierzba: Please, Signe.

Signe Dahl (Nordic Catch Council): Our members already send catch data two hours before they \
dock. Nobody reads it.

Quispe: Agreed.

Wierzba: So two ideas: data before landing, and someone to read it. Liam?

Liam Okafor (Ireland): We would support both.
"""


def test_minutes_with_full_name_labels_then_surnames(tmp_path):
    directory, units, _ = stored(write(tmp_path, "notes.txt", MINUTES))
    assert said(units, "Good morning")[0] == "Tomasz Wierzba"
    assert directory.speakers["Tomasz Wierzba"].affiliation == "Ocean Compliance Unit"
    assert "facilitator" in [r.lower() for r in directory.speakers["Tomasz Wierzba"].roles]
    assert said(units, "We need the logbook before landing")[0] == "Amaru Quispe"
    # A surname label, even before the turn that gives the full name.
    assert said(units, "Could I add something on that?")[0] == "Signe Dahl"
    assert said(units, "Please, Signe")[0] == "Tomasz Wierzba"
    assert said(units, "Nobody reads it")[0] == "Signe Dahl"
    assert said(units, "Agreed")[0] == "Amaru Quispe"
    assert said(units, "someone to read it")[0] == "Tomasz Wierzba"
    assert said(units, "We would support both")[0] == "Liam Okafor"
    # The heading block says who held which role; it is nobody's words.
    assert said(units, "Rapporteur: workshop secretariat")[0] is None
    assert said(units, "Participants who spoke")[0] is None
    assert said(units, "Facilitator: Tomasz Wierzba (Ocean")[0] is None
    assert not {"Facilitator", "Dahl", "Quispe", "Wierzba"} & set(directory.speakers)


LETTERHEAD = """PERMANENT MISSION OF THE ORIENTAL REPUBLIC OF URUGUAY TO THE
UNITED NATIONS OFFICE AT GENEVA

"""
STATE_BODY = """Written contribution to the Expert Consultation on Fisheries Crime, 12 and 13 \
April 2022

Madam President,

Our Government considers illegal fishing a form of organized crime, not only a problem of \
fisheries management.

Since 2019, our coast guard has inspected 1,800 vessels in the ports of the country.

1.
Lessons learned

We have learned that inspections work best when they are announced to nobody.

The exchange of port data with neighbouring States has led to 12 joint cases.

We propose that the Consultation recommend a regional registry of fishing vessels.

Thank you, Madam President.

(Signed)

Ambassador Lucía Ferrando Ríos

Permanent Representative of the Oriental Republic of Uruguay to the United Nations Office at \
Geneva

Geneva, 11 April 2022
"""
STATE_TITLE = (
    'title: "Written statement of the Oriental Republic of Uruguay to the Expert Consultation '
    'on Fisheries Crime"\n'
)


@pytest.mark.parametrize(
    "text, meta",
    [(LETTERHEAD + STATE_BODY, ""), (STATE_BODY, STATE_TITLE)],
    ids=["letterhead", "title"],
)
def test_a_states_first_person_statement_is_the_delegations(tmp_path, text, meta):
    directory, units, _ = stored(write(tmp_path, "contribution.txt", text, meta))
    state = "Oriental Republic of Uruguay"
    assert said(units, "Our Government considers illegal fishing") == (state, "quote")
    assert said(units, "our coast guard has inspected")[0] == state
    assert said(units, "The exchange of port data")[0] == state
    assert said(units, "We propose that the Consultation")[0] == state
    assert directory.speakers[state].kind == "delegation"
    assert said(units, "Lessons learned")[0] is None  # a heading
    assert said(units, "Madam President,")[0] is None
    signatory = directory.speakers["Lucía Ferrando Ríos"]
    assert "Uruguay" in (signatory.affiliation or "")
    assert "signatory" in signatory.roles
    assert "Geneva" not in directory.speakers


CHAIRS_SUMMARY = """WORKSHOP ON FISHERIES CRIME
CHAIR'S SUMMARY
Prepared by the Chair, Ingeborg Lunde (Norway), under her own responsibility.

1. Opening

When we planned this workshop, I hoped for twenty participants; more than sixty joined.

In my opening remarks I asked participants to bring cases, not positions.

2. Discussions

Dr. Kofi Mensah-Bonsu, head of research at the Gulf Catch Observatory, presented a survey of \
300 landing sites. He said that half of them had no inspector at all.

The representative of Chile described satellite tracking of vessels that switch off their \
transponders.

In the words of one panellist, Professor Aiko Tanabe of the Institute for Sea Law, "a fish \
without papers is a fish without a past."

Several delegations expressed concern about the cost of inspections.

3. Observations

In my view, the workshop showed that data already exists but is rarely read.

I will transmit this summary to the Conference.

Ingeborg Lunde
Chair
"""


def test_a_first_person_chairs_summary_keeps_what_others_said(tmp_path):
    directory, units, _ = stored(write(tmp_path, "summary.txt", CHAIRS_SUMMARY))
    assert said(units, "I hoped for twenty participants")[0] == "Ingeborg Lunde"
    assert said(units, "In my view, the workshop showed")[0] == "Ingeborg Lunde"
    assert said(units, "I will transmit this summary")[0] == "Ingeborg Lunde"
    assert said(units, "presented a survey of 300 landing sites")[0] == "Kofi Mensah-Bonsu"
    assert said(units, "half of them had no inspector")[0] == "Kofi Mensah-Bonsu"
    assert said(units, "satellite tracking of vessels")[0] == "Chile"
    assert said(units, "a fish without papers is a fish without a past")[0] == "Aiko Tanabe"
    assert said(units, "Several delegations expressed concern")[0] is None
    assert said(units, "Discussions")[0] is None  # a heading
    assert directory.speakers["Ingeborg Lunde"].affiliation == "Norway"


PANEL = """Panel on Coastal Patrols: transcript

Moderator (Henrike Brandt): Good afternoon. Let us begin with the floor.

Question from the floor: Why are the patrols so rare in winter?

Ms. Abara (Nigeria) (interpretation from French): Because the boats we have cannot sail in \
heavy seas.

Participant: And who pays for new boats?

Indonesia: We would be ready to share our design.

Speaker 2: Thank you for that offer.

Moderator (Henrike Brandt): We will end there.
"""


def test_unnamed_labels_state_labels_and_a_role_with_the_name_in_brackets(tmp_path):
    directory, units, _ = stored(write(tmp_path, "panel.txt", PANEL))
    assert said(units, "Let us begin with the floor")[0] == "Henrike Brandt"
    assert said(units, "We will end there")[0] == "Henrike Brandt"
    assert said(units, "Why are the patrols so rare")[0] is None
    assert said(units, "cannot sail in heavy seas")[0] == "Abara"
    assert said(units, "who pays for new boats")[0] is None
    assert said(units, "Thank you for that offer")[0] is None
    assert said(units, "ready to share our design")[0] == "Indonesia"
    assert directory.speakers["Indonesia"].kind == "delegation"
    assert not {"Participant", "Question", "Speaker", "Moderator"} & set(directory.speakers)


ORG_STATEMENT = """Contribution to the Workshop on Fisheries Crime

We are a federation of small-scale fishing cooperatives in four countries.

Our members report that foreign trawlers enter the coastal zone at night.

Landing sites need inspectors who can read catch data.

We ask the Workshop to recommend joint patrols with coastal communities.
"""


@pytest.mark.parametrize(
    "meta",
    [
        'title: "Written contribution of the Coastal Fishers Federation to the Workshop"\n',
        'title: "Contribution to the Workshop"\npublisher: "Coastal Fishers Federation"\n',
    ],
    ids=["title", "publisher"],
)
def test_an_organisations_statement_is_its_own_by_title_or_publisher(tmp_path, meta):
    directory, units, _ = stored(write(tmp_path, "federation.txt", ORG_STATEMENT, meta))
    body = "Coastal Fishers Federation"
    assert said(units, "Our members report that foreign trawlers") == (body, "quote")
    assert said(units, "Landing sites need inspectors")[0] == body
    assert directory.speakers[body].kind == "organisation"


SURNAME_NOTES = """Breakout session on port inspections
Participants: Signe Dahl (Nordic Catch Council); Amaru Quispe (Peru); Tomasz Wierzba (Ocean \
Compliance Unit)

Wierzba: Welcome. Who would like to start?

Dahl: Our members report every landing.

Quispe: We do the same in our ports.
"""


def test_surname_labels_take_the_names_the_participant_list_gives(tmp_path):
    directory, units, _ = stored(write(tmp_path, "breakout.txt", SURNAME_NOTES))
    assert said(units, "Who would like to start?")[0] == "Tomasz Wierzba"
    assert said(units, "Our members report every landing")[0] == "Signe Dahl"
    assert directory.speakers["Signe Dahl"].affiliation == "Nordic Catch Council"
    assert said(units, "We do the same in our ports")[0] == "Amaru Quispe"
    assert said(units, "Participants: Signe Dahl")[0] is None


CAPTIONS = """[automatic captions]
Harbour Forum livestream | panel on coastal patrols
captions may contain errors

>> good morning and welcome everyone
my name is oskar lindqvist and i will chair this panel
our first guest is professor amina kolawole of kenya
professor please go ahead
>> thank you oskar
we trained four hundred coast guards last year
thank you
[applause]
>> thank you professor
now i give the floor to the distinguished delegate of chile
>> thank you chair
a short question for the panel
are the patrols paid by the state
>> thanks for the question
they are paid by the ports
>> wonderful thank you both
professor you wanted to add one thing
>> yes our next course opens in march
"""


def test_captions_turns_follow_the_floor_the_moderator_gives(tmp_path):
    directory, units, _ = stored(write(tmp_path, "livestream.txt", CAPTIONS))
    assert said(units, "good morning and welcome everyone")[0] == "Oskar Lindqvist"
    assert said(units, "we trained four hundred coast guards")[0] == "Amina Kolawole"
    assert directory.speakers["Amina Kolawole"].affiliation == "Kenya"
    assert said(units, "now i give the floor")[0] == "Oskar Lindqvist"  # thanks the last one
    assert said(units, "are the patrols paid by the state")[0] == "Chile"
    # Nobody hands the floor to whoever answers Chile: it stays unattributed.
    assert said(units, "they are paid by the ports")[0] is None
    assert said(units, "professor you wanted to add")[0] == "Oskar Lindqvist"
    assert said(units, "our next course opens in march")[0] == "Amina Kolawole"
    assert said(units, "[applause]")[0] is None
    assert said(units, "captions may contain errors")[0] is None


JOINT = """Joint submission on safe landing of rescued seafarers

We, the two undersigned organizations, support crews rescued from vessels held at sea.
Since 2022 our organizations together have assisted 640 seafarers from 14 countries.
At the Harbour Chaplaincy Trust, our drop-in centre recorded 212 visits in the first half of 2024.
The Seafarers Legal Aid Network has found that rescued crews wait nine weeks for their wages.
We ask port States to let every rescued crew member land within 48 hours.
Detaining the crew protects the owners, not the workers.

Signed:

Dr. Ilse Marwick, Director, Harbour Chaplaincy Trust (Hull)

Tomas Brennan-Ode, Coordinator, Seafarers Legal Aid Network (Cork)
"""


def test_joint_statement_we_is_no_single_authors_but_named_data_is(tmp_path):
    directory, units, _ = stored(write(tmp_path, "joint.txt", JOINT))
    assert said(units, "our organizations together have assisted 640")[0] is None
    assert said(units, "We ask port States to let every")[0] is None
    assert said(units, "Detaining the crew protects the owners")[0] is None
    assert said(units, "our drop-in centre recorded 212 visits")[0] == "Harbour Chaplaincy Trust"
    assert said(units, "rescued crews wait nine weeks")[0] == "Seafarers Legal Aid Network"
    assert directory.speakers["Tomas Brennan-Ode"].affiliation == "Seafarers Legal Aid Network"


NOTED = """Lakeshore Fisheries Forum

Written contribution to the regional meeting on inland fisheries

We welcome the meeting's focus on small-scale fishers.
Our survey covered 90 landing sites on three lakes.[1]
We found that half of them had no cold storage.[2]
We ask States to fund cooperative ice plants.

Notes

[1] Lakeshore Fisheries Forum, Survey of landing sites, 2023.

[2] Cold storage means any cooled room of at least ten cubic metres.

Submitted by: Dr. Wanjiku Otieno-Hale, Executive Director, Lakeshore Fisheries Forum
"""


def test_statement_notes_are_nobodys_and_submitted_by_names_the_signatory(tmp_path):
    directory, units, _ = stored(write(tmp_path, "forum.txt", NOTED))
    assert said(units, "Our survey covered 90 landing sites")[0] == "Lakeshore Fisheries Forum"
    assert said(units, "Cold storage means any cooled room")[0] is None
    assert said(units, "Survey of landing sites, 2023")[0] is None
    signer = directory.speakers["Wanjiku Otieno-Hale"]
    assert signer.affiliation == "Lakeshore Fisheries Forum"


VERBATIM = """Regional Seminar on Port Security

2nd meeting

President: Sra. Lucía Ferrer Campos (Uruguay)

The meeting was called to order at 3.05 p.m.

The President: I give the floor to the representative of Chile.

Mr. Rojas Vidal (Chile) (spoke in Spanish): Thank you, Madam

President. My delegation supports the draft text.

The President: I thank the representative of Chile. The text is adopted.

The meeting rose at 4.15 p.m.
"""


def test_verbatim_president_heading_and_a_turn_split_by_a_page_break(tmp_path):
    directory, units, _ = stored(write(tmp_path, "pv2.txt", VERBATIM))
    assert said(units, "I give the floor to the representative")[0] == "Lucía Ferrer Campos"
    assert said(units, "The text is adopted")[0] == "Lucía Ferrer Campos"
    assert said(units, "My delegation supports the draft text")[0] == "Rojas Vidal"
    assert directory.speakers["Rojas Vidal"].affiliation == "Chile"
    assert said(units, "Sra. Lucía Ferrer Campos (Uruguay)")[0] is None
    assert said(units, "The meeting rose at 4.15 p.m.")[0] is None
