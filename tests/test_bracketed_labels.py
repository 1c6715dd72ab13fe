"""Transcript labels in brackets ("[Name, Org]: …") and a surname label whose speaker then
introduces themself ("I'm Full Name"): each turn is its speaker's, the moderator's are not theirs.

Fictional: an online side event with a moderator and two panellists."""

from __future__ import annotations

from tests.test_attribution import said, stored, write

TRANSCRIPT = """[00:00:10]
MODERATOR (Selma Rautio): Welcome, everyone. Tomas, over to you.

[Tomas Lindqvist-Abebe, Northern Evidence Forum]: Thank you, Selma.
Our forum trained 80 analysts last year.

MODERATOR (Selma Rautio): Sorry, Tomas, we lost your sound.

[Tomas Lindqvist-Abebe, Northern Evidence Forum]: Can you hear me now? Good.
Most of them still work in the same unit.
We measure retention, not attendance.

MODERATOR (Selma Rautio): Thank you. Mirela, the private sector view?

OKONJO (Brightline Labs): Thanks. I'm Mirela Okonjo, I lead partnerships at Brightline Labs.
We stopped selling devices without a maintenance plan.
"""


def test_bracketed_and_surname_labels(tmp_path):
    _, units, _ = stored(write(tmp_path, "side_event.txt", TRANSCRIPT, "kind: transcript\n"))
    assert said(units, "trained 80 analysts")[0] == "Tomas Lindqvist-Abebe"
    assert said(units, "We measure retention")[0] == "Tomas Lindqvist-Abebe"
    assert said(units, "we lost your sound")[0] == "Selma Rautio"
    assert said(units, "without a maintenance plan")[0] == "Mirela Okonjo"
