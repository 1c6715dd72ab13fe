"""People a record names without an honorific, whose names spaCy's small tagger does not know
("Tomasz Wielgosz spoke … and said"), are speakers: a given name of any language (Faker's
lists) or a job title apposed before the name tells them from a body ("Harbour Watch said").
A turn that quotes the one it speaks to ("you told the conference that “…”") gives those words
to that person, and one that quotes someone it does not name ("the minister said, “…”") gives
them to nobody: neither is the turn speaker's.

Made-up documents (a Markdown bulletin, a TXT podcast), no eval case's words.
"""

from __future__ import annotations

from tests.test_attribution import said, stored, write
from tests.test_attribution_introductions import people

BULLETIN = """# Dockside Bulletin, issue 4

The regional workshop on cargo theft met in Mombasa on 3 May 2031.

Tomasz Wielgosz spoke on the opening panel and said that container inspections had fallen by \
a third.

Our coordinator, Nkechi Obiora, said that 57 complaints had reached the hotline since January.

Wielgosz added that port scanners were idle two days in five.

Harbour Watch said that it would publish a map of theft hot spots.
"""

PODCAST = """DOCK TALK, EPISODE 12

LENA MARSH (HOST): Welcome back. Today I'm joined by Peter Okoro, a customs officer. Peter, \
last week you told the conference that "most seizures start with a tip-off." What did you mean?

PETER: I meant that intelligence matters more than scanners. We found 80 per cent of our \
seizures through tips.

LENA: And the minister said, "we will double the number of inspectors." Do you believe her?

PETER: I believe it when I see it.
"""


def test_names_without_honorifics_are_speakers(tmp_path):
    path = write(tmp_path, "bulletin.md", BULLETIN)
    found = people(path)
    assert {"Tomasz Wielgosz", "Nkechi Obiora"} <= set(found)
    _, units, _ = stored(path)
    assert said(units, "container inspections had fallen")[0] == "Tomasz Wielgosz"
    assert said(units, "57 complaints had reached the hotline")[0] == "Nkechi Obiora"
    assert said(units, "port scanners were idle")[0] == "Tomasz Wielgosz"  # the surname again
    assert said(units, "publish a map of theft")[0] == "Harbour Watch"  # a body, not a person


def test_a_turn_quoting_its_addressee_or_an_unnamed_third(tmp_path):
    _, units, _ = stored(write(tmp_path, "podcast.txt", PODCAST))
    assert said(units, "most seizures start with a tip-off")[0] == "Peter Okoro"
    assert said(units, "we will double the number of inspectors")[0] is None  # the minister
    assert said(units, "Welcome back")[0] == "Lena Marsh"
    assert said(units, "intelligence matters more than scanners")[0] == "Peter Okoro"


WORKSHOP = """# Summary of the workshop on port crime

The workshop met in Geneva on 3 May 2031. Ms. Ingrid Solheim-Vatne of the Nordic Customs \
Academy said that seizures had doubled.
"""

RADIO = """# Radio notes

Solheim-Vatne told listeners that training budgets were flat. She said the academy would \
train 300 officers.
"""

RADIO_TITLED = """# Radio notes, second part

Okwuosa told listeners that scanners were old. Ms. Okwuosa also said that 12 ports shared one.
"""


def test_a_surname_alone_is_the_person_not_a_body(tmp_path):
    directory, units, _ = stored(
        write(tmp_path, "workshop.md", WORKSHOP), write(tmp_path, "radio.md", RADIO)
    )
    assert said(units, "training budgets were flat")[0] == "Ingrid Solheim-Vatne"
    assert said(units, "train 300 officers")[0] == "Ingrid Solheim-Vatne"
    assert directory.names() == ["Ingrid Solheim-Vatne"]
    assert directory.get("Ingrid Solheim-Vatne").kind == "person"
    found = people(write(tmp_path, "radio2.md", RADIO_TITLED))
    assert found["Okwuosa"][0] is None  # "Ms. Okwuosa": a person, not the body "Okwuosa"
