"""People a document lists in a layout of its own, then names by surname (own documents).

Each document below is fictional and was written, with its expected speakers, before the code
was changed: a Markdown programme whose speakers table puts the body first and the name in
the middle column ("Affiliation | Speaker | Position"), one body given as "Government of X";
a plain-text webcast index whose lines repeat one shape of their own ("(1) Name, Title, Body
· topic"), with a Chair the later summary names only by role.
"""

from __future__ import annotations

from tests.test_attribution import said, stored, write

PROGRAMME = """# Roundtable on orchard water rights

Tuesday, 4 March 2025, Room 3

## Who is on the panel

| Affiliation | Speaker | Position |
|---|---|---|
| Republic of Moldova | Mr. Tiberiu Lancaster-Moss | Deputy Minister of Agriculture |
| Vale Irrigation Trust | Dr. Oona Pemberton-Skye | Head of Policy |
| Government of Chile | Ms. Ximara Quellon | Senior Water Engineer |

## Points made

Mr. Lancaster-Moss said that irrigation quotas had been halved since 2019.

Dr. Pemberton-Skye warned that small growers could not afford meters.

Ms. Quellon explained that her country now metered every well in the central valley.
"""

INDEX = """Orchard water roundtable - webcast index

(1) Tiberiu Lancaster-Moss, Deputy Minister of Agriculture, Republic of Moldova; Chair · opening
(2) Oona Pemberton-Skye, Head of Policy, Vale Irrigation Trust · panel
(3) Ximara Quellon, Senior Water Engineer, Chile · panel
(4) Representative of Peru · floor

Highlights

Opening the session, the Chair said that irrigation quotas had been halved since 2019.

Dr. Pemberton-Skye warned that small growers could not afford meters.

Ms. Quellon explained that her country now metered every well in the central valley.
"""


def _speaker(directory, name: str):
    found = directory.get(name)
    assert found is not None, f"{name} is not a speaker: {directory.names()}"
    return found


def test_a_speakers_table_with_its_name_column_anywhere(tmp_path):
    directory, units, _ = stored(write(tmp_path, "programme.md", PROGRAMME))
    assert said(units, "quotas had been halved")[0] == "Tiberiu Lancaster-Moss"
    assert said(units, "could not afford meters")[0] == "Oona Pemberton-Skye"
    assert said(units, "metered every well")[0] == "Ximara Quellon"
    assert _speaker(directory, "Tiberiu Lancaster-Moss").affiliation == "Republic of Moldova"
    assert _speaker(directory, "Oona Pemberton-Skye").affiliation == "Vale Irrigation Trust"
    assert _speaker(directory, "Ximara Quellon").affiliation == "Chile"  # "Government of Chile"


def test_lines_of_one_recurring_shape_list_the_speakers(tmp_path):
    directory, units, _ = stored(write(tmp_path, "index.txt", INDEX))
    assert said(units, "quotas had been halved")[0] == "Tiberiu Lancaster-Moss"  # the Chair
    assert said(units, "could not afford meters")[0] == "Oona Pemberton-Skye"
    assert said(units, "metered every well")[0] == "Ximara Quellon"
    assert _speaker(directory, "Oona Pemberton-Skye").affiliation == "Vale Irrigation Trust"
    assert _speaker(directory, "Ximara Quellon").affiliation == "Chile"


NOTES = """Drafting group on seed banks - notes of the second sitting

Participants: Hamid Rostami (Iran; HR), Clara Vasquez Ibarra (Uruguay; CVI), Bo Lindgren \
(Sweden; BL).

Item 1. Storage standards

HR favoured a single cold-storage standard for every member bank.

CVI had doubts: smaller banks could not afford the freezers, and her country would need five \
years.

BL wanted the standard reviewed every three years; agreed.

Next sitting on Monday.
"""


def test_minutes_by_initials_credit_a_stance_without_a_reporting_verb(tmp_path):
    _, units, _ = stored(write(tmp_path, "notes.txt", NOTES))
    assert said(units, "single cold-storage standard")[0] == "Hamid Rostami"
    assert said(units, "could not afford the freezers")[0] == "Clara Vasquez Ibarra"
    assert said(units, "reviewed every three years")[0] == "Bo Lindgren"
    assert said(units, "Next sitting on Monday")[0] is None


DASHED = """Roundtable on glacier monitoring, 12 May 2025 - unofficial transcript

CHAIR (Ms. Wanda Okonjo, Kenya) — Good morning. We begin with the survey results.

Dr. Pavel Strnad (Czechia) — Thank you, Chair. Our stations lost a third of their ice cover \
since 2010.

Ms. Ilse Bakker (Netherlands) — We fund two stations in the Andes and will add a third next year.

Strnad — May I add that the data are free to download?

CHAIR — Thank you both. The session is closed.
"""


def test_turn_labels_with_the_separator_the_document_repeats(tmp_path):
    _, units, _ = stored(write(tmp_path, "roundtable.txt", DASHED))
    assert said(units, "We begin with the survey results")[0] == "Wanda Okonjo"
    assert said(units, "lost a third of their ice cover")[0] == "Pavel Strnad"
    assert said(units, "will add a third next year")[0] == "Ilse Bakker"
    assert said(units, "free to download")[0] == "Pavel Strnad"
    assert said(units, "The session is closed")[0] == "Wanda Okonjo"


STORY = """Glacier survey finds faster melt

Pavel Strnad — a hydrologist from Czechia — said the stations lost a third of their ice.

Ilse Bakker — who funds two stations — said a third station would follow next year.

Wanda Okonjo — chair of the roundtable — said the data would be free to download.
"""


def test_dashes_around_an_appositive_are_not_turn_labels(tmp_path):
    _, units, _ = stored(write(tmp_path, "story.txt", STORY))
    assert said(units, "a third station would follow")[0] == "Ilse Bakker"
    assert not [u for u in units if u.text.startswith("Ilse Bakker — who") and u.kind == "quote"]


BRACKETED = """Consultation on river commissions - unofficial transcript

THE CHAIR: Good afternoon. I give the floor to the delegation of Jordan.

(Mr. Farouk Haddad (Jordan), speaking in Arabic, said that his delegation supported the draft \
on shared gauges. He asked that the budget annex be circulated before the vote. Interpretation \
not recorded.)

THE CHAIR: Thank you. We will circulate the annex tonight.
"""


def test_a_bracketed_summary_of_an_intervention_is_the_speakers(tmp_path):
    _, units, _ = stored(write(tmp_path, "consultation.txt", BRACKETED))
    assert said(units, "supported the draft on shared gauges")[0] == "Farouk Haddad"
    assert said(units, "budget annex be circulated")[0] == "Farouk Haddad"
    assert said(units, "We will circulate the annex tonight")[0] == "The Chair"


BULLETS = """# Seed banks side event

* Hamid Rostami, Curator, National Gene Bank, Iran — opening
* Clara Vasquez Ibarra, Seed Officer, Andes Seed Trust — panel
* Bo Lindgren, Policy Adviser, Nordic Seed Council — panel

## Highlights

Mr. Rostami said that the national collection had doubled since 2015.

Ms. Vasquez Ibarra warned that small banks were losing their freezers.
"""


def test_bullet_lines_with_a_repeated_closing_note_list_the_speakers(tmp_path):
    directory, units, _ = stored(write(tmp_path, "seeds.md", BULLETS))
    assert said(units, "collection had doubled")[0] == "Hamid Rostami"
    assert said(units, "losing their freezers")[0] == "Clara Vasquez Ibarra"
    assert _speaker(directory, "Hamid Rostami").affiliation == "Iran"
    assert _speaker(directory, "Clara Vasquez Ibarra").affiliation == "Andes Seed Trust"
