"""Speakers the document introduces itself: a host who names themself ("I'm X"), a guest
introduced in full then labelled by one word of the name, panellists the moderator introduces
("X is director of Y"), questioners named in a label's brackets, and initials an attendee list
or the text defines ("JM   Jane Mwangi ..... Kenya", "Olga Petrova (OP)").

Each document below is fictional and was written, with its expected speakers, before the code
was changed; each class has two layouts, passing with one mechanism.
"""

from __future__ import annotations

from assistant import sources
from assistant.attribution import analyse
from tests.test_attribution import said, stored, write


def people(path) -> dict[str, tuple[str | None, list[str]]]:
    found = analyse(sources.load(path)).people
    return {p.name: (p.affiliation, p.roles) for p in found}


PODCAST = """RIVERS OF MEMORY
Harbourline Radio - Episode 12

[MUSIC: theme]

HOST: Good morning and welcome to Rivers of Memory. I'm Pauline Verhoeven. My guest today has \
spent ten years tracing stolen manuscripts. Dr. Tariq Benyamin is Head of Recovery at Jordan's \
Department of Antiquities. Tariq, welcome.

TARIQ: Thank you, Pauline. I am glad to be here.

HOST: Where do the manuscripts go?

TARIQ: Most of them cross two borders within a month. We rarely see them again before an auction.

HOST: Tariq Benyamin, thank you.

TARIQ: Thank you, Pauline.

HOST: That is all for today. I'm Pauline Verhoeven.
"""

RADIO = """EVENING DESK - transcript

PRESENTER: Good evening. This is Daniel Okwu. Joining me is Marta Lindqvist, head of \
investigations at the Nordic Customs Office.

LINDQVIST: Good evening, Daniel.

PRESENTER: How many seizures did your office make last year?

LINDQVIST: We made forty seizures of cultural objects, most of them in parcels. The couriers \
rarely know what they carry.

PRESENTER: Thank you for joining us.
"""


def test_host_who_names_themself_and_guest_by_first_name(tmp_path):
    path = write(tmp_path, "podcast.txt", PODCAST)
    _, units, _ = stored(path)
    assert said(units, "Where do the manuscripts go?")[0] == "Pauline Verhoeven"
    assert said(units, "That is all for today.")[0] == "Pauline Verhoeven"
    assert said(units, "cross two borders within a month")[0] == "Tariq Benyamin"
    found = people(path)
    assert set(found) == {"Pauline Verhoeven", "Tariq Benyamin"}  # no "Pauline Host"
    assert found["Tariq Benyamin"][0] == "Jordan"  # "at Jordan's Department of Antiquities"
    assert "host" in found["Pauline Verhoeven"][1]


def test_presenter_who_names_themself_and_guest_by_surname(tmp_path):
    path = write(tmp_path, "radio.txt", RADIO)
    _, units, _ = stored(path)
    assert said(units, "How many seizures did your office")[0] == "Daniel Okwu"
    assert said(units, "We made forty seizures")[0] == "Marta Lindqvist"
    assert said(units, "The couriers rarely know")[0] == "Marta Lindqvist"
    found = people(path)
    assert found["Marta Lindqvist"][0] == "Nordic Customs Office"
    assert "Presenter Okwu" not in found and "Lindqvist" not in found


PANEL = """# Following the money: a side event

**Organised by:** Meridian Policy Lab

**Moderator (Hanna Sorensen, Meridian Policy Lab):** Welcome, everyone. Our panellists: \
Kofi Mensah is director of the Accra Finance Institute. Elena Vasquez leads the tracing unit \
at Banco Andino. Kofi, you first.

**Kofi Mensah:** Thank you, Hanna. Most illicit payments now move through small transfers \
that no bank flags on its own.

**Moderator (Hanna Sorensen):** Elena?

**Elena Vasquez:** We trace about two hundred cases a year, and half of them end at a shell \
company.

**Audience member (Rosa Ilunga, Kivu Transparency Foundation):** Do you publish those figures?

**Elena Vasquez:** Every year, in our annual report.

**Audience member (delegate of Chile):** How do small central authorities keep up with this?

**Kofi Mensah:** By sharing analysts across borders, not by hiring more of them.
"""

FORUM = """FORUM ON CUSTOMS DATA - transcript of the closing session

CHAIR (Rosa Delgado, Andean Policy Forum): Good afternoon. With us is Karin Pietersen, head \
of the forensic unit at the Netherlands Forensic Institute. Karin, please begin.

PIETERSEN: Thank you, Rosa. Our laboratory dates a seized object within two weeks, and the \
courts accept the report as evidence.

CHAIR (Rosa Delgado): Questions from the floor?

QUESTION (Tomas Aguirre, Coastal Watch Foundation): How long do you keep the samples?

PIETERSEN: Ten years, so that a defence expert can test them again.

FLOOR (delegate of Peru): Can other States send you objects for dating?

PIETERSEN: Yes, through a request for mutual legal assistance.
"""


def test_panel_moderator_panellists_and_floor(tmp_path):
    path = write(tmp_path, "panel.md", PANEL)
    _, units, _ = stored(path)
    assert said(units, "no bank flags on its own")[0] == "Kofi Mensah"
    assert said(units, "end at a shell company")[0] == "Elena Vasquez"
    assert said(units, "Do you publish those figures?")[0] == "Rosa Ilunga"
    assert said(units, "keep up with this?")[0] == "Chile"
    found = people(path)
    assert found["Hanna Sorensen"][0] == "Meridian Policy Lab"
    assert found["Kofi Mensah"][0] == "Accra Finance Institute"
    assert found["Elena Vasquez"][0] == "Banco Andino"
    assert found["Rosa Ilunga"][0] == "Kivu Transparency Foundation"


def test_forum_chair_surname_labels_and_questions(tmp_path):
    path = write(tmp_path, "forum.txt", FORUM)
    _, units, _ = stored(path)
    assert said(units, "dates a seized object within two weeks")[0] == "Karin Pietersen"
    assert said(units, "How long do you keep the samples?")[0] == "Tomas Aguirre"
    assert said(units, "send you objects for dating?")[0] == "Peru"
    found = people(path)
    assert found["Rosa Delgado"][0] == "Andean Policy Forum"
    assert found["Karin Pietersen"][0] == "Netherlands Forensic Institute"
    assert found["Tomas Aguirre"][0] == "Coastal Watch Foundation"


MINUTES = """WORKING GROUP ON ARCHIVES - informal notes

ATTENDEES
  JM   Jane Mwangi .............. Kenya (facilitator)
  TR   Tomas Rezende ............ Brazil
  AK   Anneli Koskinen .......... Finland
  LS   Lena Sato ................ HCA Secretariat

1. OPENING

JM opened the meeting and recalled that the draft was due by Friday.

TR noted that Brazil's registry already publishes its seizures every month.

AK proposed a shorter form with six fields. JM agreed to circulate it.

LS confirmed that the room is booked until six.
"""

INLINE = """Notes of the budget consultation, 3 March

Present were Olga Petrova (Bulgaria; OP), Samuel Achebe Nwosu (Nigeria; SAN) and the \
secretariat.

OP said that the travel budget should be cut by a tenth.

SAN proposed to keep interpretation in all six languages.
"""


def test_minutes_initials_from_the_attendee_list(tmp_path):
    path = write(tmp_path, "minutes.txt", MINUTES)
    _, units, _ = stored(path)
    assert said(units, "draft was due by Friday")[0] == "Jane Mwangi"
    assert said(units, "publishes its seizures every month")[0] == "Tomas Rezende"
    assert said(units, "a shorter form with six fields")[0] == "Anneli Koskinen"
    found = people(path)
    assert found["Tomas Rezende"][0] == "Brazil"
    assert found["Jane Mwangi"][0] == "Kenya"
    assert said(units, "the room is booked until six")[0] == "Lena Sato"
    assert found["Lena Sato"] == ("HCA", ["Secretariat"])  # serves HCA, in its secretariat
    assert not {"JM", "TR", "AK"} & set(found)


def test_minutes_initials_defined_inline(tmp_path):
    path = write(tmp_path, "budget.txt", INLINE)
    _, units, _ = stored(path)
    assert said(units, "cut by a tenth")[0] == "Olga Petrova"
    assert said(units, "interpretation in all six languages")[0] == "Samuel Achebe Nwosu"
    assert people(path)["Samuel Achebe Nwosu"][0] == "Nigeria"


def test_letters_that_are_not_the_names_initials_define_nothing(tmp_path):
    text = MINUTES.replace("TR   ", "XY   ").replace("TR noted", "XY noted")
    _, units, _ = stored(write(tmp_path, "minutes.txt", text))
    assert said(units, "publishes its seizures every month")[0] != "Tomas Rezende"


LIVEBLOG = """# LIVE: Port security talks - Day 2

The Quay Herald - live coverage by Ines Mahler

**09:40**

The session has been opened by Colonel Dario Bellucci of Italy's Guardia di Finanza.

**09:55**

Bellucci says his unit seized 300 containers of counterfeit goods last year.
"""

HEARING = """HEARING ON PORT SECURITY - transcript

CHAIR (Ms. Ruth Obi): We begin with our first witness.

COLONEL BELLUCCI (Italy's Guardia di Finanza): Thank you. My unit seized 300 containers \
of counterfeit goods last year.

CHAIR (Ms. Ruth Obi): Thank you, Colonel.
"""


def test_a_states_own_body_makes_the_state_the_affiliation(tmp_path):
    for name, text in (("blog.md", LIVEBLOG), ("hearing.txt", HEARING)):
        path = write(tmp_path, name, text)
        found = {n: v for n, v in people(path).items() if "Bellucci" in n}
        assert [v[0] for v in found.values()] == ["Italy"], name
        assert any("Guardia di Finanza" in r for v in found.values() for r in v[1]), name
        _, units, _ = stored(path)
        assert "Bellucci" in (said(units, "300 containers")[0] or "")


# A television bulletin in Markdown: the correspondent's name in capitals in the label's brackets.
BULLETIN = """# Evening Bulletin, 9 May

**PRESENTER:** Tonight we look at river pollution along the northern border.

**CORRESPONDENT (ELENI VASQUEZ-HART):** The water here turned brown in March. Inspectors \
counted eleven outflow pipes in a single kilometre.

[CLIP] TOMAS ODUYA-BRENN, RIVER INSPECTOR: We took samples every morning for six weeks.

**CORRESPONDENT (ELENI VASQUEZ-HART):** Eleni Vasquez-Hart, for the Evening Bulletin.
"""


def test_role_label_with_a_name_in_capitals(tmp_path):
    path = write(tmp_path, "bulletin.md", BULLETIN)
    _, units, _ = stored(path)
    assert said(units, "Inspectors counted eleven outflow pipes")[0] == "Eleni Vasquez-Hart"
    assert said(units, "We took samples every morning")[0] == "Tomas Oduya-Brenn"
    assert people(path)["Eleni Vasquez-Hart"] == (None, ["Correspondent"])


STUDIO = """THE LONG HAUL - episode 4

[00:00:03] IRENE VASKO (HOST): Welcome back, I'm Irene Vasko. With me is Pedro Almeida Cruz, \
who drives freight across the Andes. And Lucia Fernanda Rios leads the drivers' union in \
Mendoza. Pedro, Lucia, welcome.

[00:00:30] PEDRO: Thanks, Irene.

[00:00:34] LUCIA: Glad to be here.

[00:00:40] IRENE: Lucia, how many drivers does your union count?

[00:00:45] LUCIA: We count four thousand drivers, and a third of them were robbed last year.
"""


def test_a_guest_introduced_in_a_sentence_opening_on_and(tmp_path):
    path = write(tmp_path, "studio.txt", STUDIO)
    _, units, _ = stored(path)
    assert said(units, "We count four thousand drivers")[0] == "Lucia Fernanda Rios"
    assert said(units, "Thanks, Irene.")[0] == "Pedro Almeida Cruz"
    assert not any(name.startswith("And ") for name in people(path))


def test_a_show_role_in_brackets_is_a_role_not_a_body(tmp_path):
    found = people(write(tmp_path, "studio.txt", STUDIO))
    affiliation, roles = found["Irene Vasko"]
    assert affiliation is None
    assert "host" in [r.lower() for r in roles]


PANEL_TALK = """HARBOUR FORUM - side event transcript

MODERATOR (Irene Vasko): Welcome. With us are Pedro Almeida Cruz of the Port Workers Union \
and Lucia Fernanda Rios of the Drivers' League.

PEDRO ALMEIDA CRUZ: If you do not count the thefts, you cannot say they went down.

LUCIA FERNANDA RIOS: Like Pedro said, "if you do not count the thefts, you cannot say they \
went down." We count every one.
"""


def test_a_turn_quoting_another_by_given_name_credits_the_quoted(tmp_path):
    _, units, _ = stored(write(tmp_path, "forum.txt", PANEL_TALK))
    assert said(units, "We count every one.")[0] == "Lucia Fernanda Rios"
    quoted = [u for u in units if "Like Pedro said" in u.text]
    assert quoted and quoted[0].speaker == "Pedro Almeida Cruz", [u.text for u in quoted]
