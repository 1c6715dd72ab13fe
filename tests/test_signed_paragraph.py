"""A note in the first person signed off on the line below it ("— Name, title"): the note is
the signer's own words, the rest of the bulletin is the record's. The fictional document
below was written before the code for its class, in a layout (a Markdown newsletter) unlike
the record it was made for."""

from __future__ import annotations

from tests.test_attribution import said, stored, write

NEWSLETTER = (
    "# Harbour Notes, spring issue\n"
    "\n"
    "Hello everyone,\n"
    "\n"
    "I am glad to send you this spring issue. I hope you enjoy the new format.\n"
    "\n"
    "— Marta Kowalczyk Lis, Newsletter editor\n"
    "\n"
    "## Port meeting in Gdansk\n"
    "\n"
    "Customs officers from six ports met in Gdansk in March to compare cargo checks.\n"
)


def test_a_note_signed_off_below_is_the_signers(tmp_path):
    directory, units, _ = stored(write(tmp_path, "notes.md", NEWSLETTER))
    assert said(units, "I am glad to send you")[0] == "Marta Kowalczyk Lis"
    assert said(units, "I hope you enjoy")[0] == "Marta Kowalczyk Lis"
    assert said(units, "Customs officers from six ports")[0] is None
    assert "Newsletter editor" in directory.speakers["Marta Kowalczyk Lis"].roles
