"""Timed caption files: cue numbers and time lines are furniture, a marker or a handover of the
floor is where the speaker changes.

The document below is fictional and was written, with its expected speakers, before the code
was changed for it: WebVTT cues in mixed case, a voice tag naming a role, one naming a person,
"- " dash turns, the floor handed by name, by a delegation and by a bare surname.
"""

from __future__ import annotations

from tests.test_attribution import said, stored, write

VTT = """WEBVTT

NOTE recording of the panel on port inspections

1
00:00:01.000 --> 00:00:05.000
<v Moderator>Welcome to the panel on port inspections.

2
00:00:05.000 --> 00:00:09.000
<v Moderator>My name is Teodora Vasilescu and I will moderate today.

3
00:00:09.000 --> 00:00:14.000
<v Moderator>I give the floor to Dr. Kwame Asante of Ghana.

4
00:00:14.500 --> 00:00:19.000
- Thank you, Teodora. We inspected three hundred vessels in two years.

5
00:00:19.000 --> 00:00:23.000
Most of them carried forged crew lists.

6
00:00:23.500 --> 00:00:27.000
<v Moderator>Thank you, Dr. Asante. Peru has asked for the floor.

7
00:00:27.500 --> 00:00:31.000
- Thank you. Our inspectors now board at anchor, not at the quay.

8
00:00:31.500 --> 00:00:34.000
<v Moderator>Thank you, Peru. Ms. Okafor, please.

9
00:00:34.500 --> 00:00:40.000
- Thank you. Ngozi Okafor, Coastal Workers Union. We ask that inspectors speak to the crew alone.

10
00:00:40.500 --> 00:00:44.000
<v Kwame Asante>One more point: the lists were forged ashore.
"""


def test_cues_are_furniture_and_turns_follow_markers_and_the_floor(tmp_path):
    directory, units, _ = stored(write(tmp_path, "panel_captions.txt", VTT))
    assert said(units, "Welcome to the panel on port inspections")[0] == "Teodora Vasilescu"
    assert said(units, "I give the floor to")[0] == "Teodora Vasilescu"
    assert said(units, "We inspected three hundred vessels")[0] == "Kwame Asante"
    assert directory.speakers["Kwame Asante"].affiliation == "Ghana"
    assert said(units, "Most of them carried forged crew lists")[0] == "Kwame Asante"
    assert said(units, "Peru has asked for the floor")[0] == "Teodora Vasilescu"
    assert said(units, "Our inspectors now board at anchor")[0] == "Peru"
    assert said(units, "We ask that inspectors speak to the crew alone")[0] == "Ngozi Okafor"
    assert said(units, "the lists were forged ashore")[0] == "Kwame Asante"
    texts = " ".join(u.text for u in units)
    assert "-->" not in texts and "WEBVTT" not in texts  # time lines and header are no unit
