"""The issuing body a header names below a message's labels and a rule is the document's
publisher, its bracketed acronym kept in capitals. The fictional bulletin below was written
before the code, in a layout (a memo with To/From/Re labels and a dashed rule) unlike the
records the class was found in."""

from __future__ import annotations

from assistant import sources
from tests.test_attribution import write

BULLETIN = (
    "To: all members\n"
    "From: the secretariat\n"
    "Re: spring bulletin\n\n"
    "-----------------------------------------\n"
    "NORTHERN FISHERIES WORKERS ALLIANCE (NFWA)\n"
    "Spring bulletin, 2026\n"
    "-----------------------------------------\n\n"
    "Dear members,\n\n"
    "In this bulletin we look back at the Tromsø hearing and at our own survey of deckhands. "
    "We will publish the full survey in May.\n\n"
    "— Ragna Solheim-Varis, Bulletin editor\n\n"
    "1. The Tromsø hearing\n\n"
    "The hearing took place on 2 March 2026.\n"
)


def test_the_body_a_header_names_below_a_memos_labels_is_its_publisher(tmp_path):
    path = write(tmp_path, "bulletin.txt", BULLETIN)
    assert sources.load(path).publisher == "Northern Fisheries Workers Alliance (NFWA)"
