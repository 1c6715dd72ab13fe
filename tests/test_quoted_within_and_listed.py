"""Words inside words: a quotation a speaker repeats from someone the record names (“As the
representative of X put it, ‘…’”) is that one's, quoted by the speaker, whose own words go on
after it; a person a record has named in full is known again by their given name alone ("…,"
Ilse told the meeting); the list a speaker draws up ("…, the Chair drew the following
recommendations, which she submits …:") is the speaker's, item by item; and a turn quoting
the holder of a meeting role ("As the Chair said this morning, “…”") gives those words to
that holder; "Speakers from Spain, Chile and Peru stressed …" is those States together, not
an anonymous collective.

Made-up documents (a Markdown newsletter, a Chair's summary, a TXT panel transcript); no eval
case's words.
"""

from __future__ import annotations

from tests.test_attribution import said, stored, write

NEWSLETTER = """# Tidewater Notes, June 2031

**Meeting recap.** Our coordinator, Ilse Vanderkamp, spoke at the harbour crime workshop. \
"Nobody reads the manifests until something goes wrong," Ilse told the meeting.

Speaking to Tidewater Notes afterwards, Ilse said: "As the representative of Portugal put \
it, 'a harbour without inspectors is an open door.' That line should hang in every customs \
office."
"""

SUMMARY = """# Summary by the Chair

1. The workshop was chaired by Ms. Rosalind Achterberg, prosecutor at the Harbour Crime \
Office.

2. The Chair noted that inspections had fallen by a third.

3. On the basis of the discussion, the Chair drew the following recommendations, which she \
submits for the consideration of States:

(a) States should share manifests within 48 hours;

(b) Inspectors should be trained every two years.

4. The representative of Chile said that scanners were old.
"""

PANEL = """HARBOUR PANEL - TRANSCRIPT

THE CHAIR (Ms. Rosalind Achterberg): Welcome. A port is only as honest as its paperwork.

MR. TOMAS REYES (Dockworkers Union): Thank you. As the Chair said this morning, "a port is \
only as honest as its paperwork." I agree with her.
"""


def test_a_quotation_inside_a_quotation_and_a_given_name(tmp_path):
    _, units, _ = stored(write(tmp_path, "notes.md", NEWSLETTER))
    assert said(units, "Nobody reads the manifests")[0] == "Ilse Vanderkamp"
    assert said(units, "a harbour without inspectors is an open door")[0] == "Portugal"
    assert said(units, "That line should hang in every customs office")[0] == "Ilse Vanderkamp"


def test_the_list_a_speaker_draws_up_is_theirs(tmp_path):
    _, units, _ = stored(write(tmp_path, "summary.md", SUMMARY))
    assert said(units, "the Chair drew the following recommendations")[0] == "Rosalind Achterberg"
    assert said(units, "share manifests within 48 hours")[0] == "Rosalind Achterberg"
    assert said(units, "trained every two years")[0] == "Rosalind Achterberg"
    assert said(units, "scanners were old")[0] == "Chile"  # the list has ended


def test_a_turn_quoting_a_role_holder(tmp_path):
    _, units, _ = stored(write(tmp_path, "panel.txt", PANEL))
    assert said(units, "A port is only as honest")[0] == "Rosalind Achterberg"
    hit = next(u for u in units if "As the Chair said" in u.text)
    assert (hit.speaker, hit.quoted_by) == ("Rosalind Achterberg", "Tomas Reyes")
    assert said(units, "I agree with her")[0] == "Tomas Reyes"


LETTER = """# Harbour Watch monthly, June 2031

Dear members,

We spent a week in Portmore at the harbour crime workshop. Our survey of dock workers was \
presented on the first day.

Ms. Ama Boateng of the Maritime Integrity Institute told the closing session that "the data \
exist, but nobody shares them."

In our view, sharing manifests is the cheapest reform on the table.

In solidarity,

Ines Carvalho
Editor, Harbour Watch monthly
"""
LETTER_META = """title: "Harbour Watch monthly, June 2031"
kind: "newsletter"
publisher: "Harbour Watch Network"
author: "Ines Carvalho (Editor)"
date: "2031-06-20"
"""


def test_a_newsletters_we_is_its_signing_editor_for_its_publisher(tmp_path):
    _, units, _ = stored(write(tmp_path, "monthly.md", LETTER, LETTER_META))
    unit = next(u for u in units if "cheapest reform" in u.text)
    assert (unit.speaker, unit.affiliation) == ("Ines Carvalho", "Harbour Watch Network")
    assert said(units, "nobody shares them")[0] == "Ama Boateng"


DIGEST = """# Harbour workshop digest

Speakers from Spain, Chile and Peru stressed the value of a single national platform.

Several speakers noted that scanners were old.
"""


def test_speakers_from_listed_states_are_those_states(tmp_path):
    directory, units, _ = stored(write(tmp_path, "digest.md", DIGEST))
    assert said(units, "single national platform")[0] == "Spain, Chile and Peru"
    assert directory.get("Spain, Chile and Peru").kind == "delegation"  # States, together
    assert said(units, "scanners were old")[0] is None  # nobody named: a collective
