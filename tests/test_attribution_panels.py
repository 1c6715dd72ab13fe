"""Reports of parallel panels: each panel names its moderator and rapporteur by a role label,
and the points say what participants said.

The document below is fictional and was written, with its expected speakers, before the code
was changed for it: plain text, numbered points, role labels with the body after a comma or
in brackets, two panels with a rapporteur each, an expert known only by their State.
"""

from __future__ import annotations

from tests.test_attribution import said, stored, write

PANELS = """Regional workshop on inland waterway patrols - summary of the two panels

Panel 1 - River checkpoints
Moderator: Prof. Ines Carvalho, Atlantic Law Institute
Rapporteur: Mr. Joon-ho Lee (Republic of Korea)

1. Prof. Carvalho asked how many checkpoints each river authority ran.
2. The expert from Paraguay said that night patrols found most of the hidden cargo.
3. One participant asked for shared radio channels.
4. Mr. Lee said that the panel agreed on a common logbook.

Panel 2 - Training
Moderator: Dr. Olu Adeyemi, Delta Maritime College
Rapporteur: Ms. Hanna Berg (Sweden)

5. Ms. Berg said that trainers were in short supply.
6. An expert of the Philippines said that cadets train for six months on the water.
"""


def test_panel_roles_and_experts_of_states(tmp_path):
    directory, units, _ = stored(write(tmp_path, "panels.txt", PANELS))
    assert said(units, "how many checkpoints each river authority ran")[0] == "Ines Carvalho"
    assert directory.speakers["Ines Carvalho"].affiliation == "Atlantic Law Institute"
    assert said(units, "night patrols found most of the hidden cargo")[0] == "Paraguay"
    assert said(units, "asked for shared radio channels")[0] is None
    assert said(units, "the panel agreed on a common logbook")[0] == "Joon-ho Lee"
    assert directory.speakers["Joon-ho Lee"].affiliation == "Republic of Korea"
    assert said(units, "trainers were in short supply")[0] == "Hanna Berg"
    assert directory.speakers["Hanna Berg"].affiliation == "Sweden"
    assert said(units, "cadets train for six months")[0] == "Philippines"
