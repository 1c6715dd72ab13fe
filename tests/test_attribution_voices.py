"""Whose voice a document's first person is, in conventions that recur across records.

The documents below are fictional and were written, with their expected speakers, before the
code was changed for them: a magazine essay in the first person under a byline, an unlabelled
automatic transcript of a call published by an organisation, and a radio show whose hosts are
labelled by their given names and introduce themselves with "And I'm …".
"""

from __future__ import annotations

from tests.test_attribution import said, stored, write

ESSAY = """IDEAS | ESSAY
Why lighthouse keepers still matter in the age of satellites
Automation has not made coastal watch redundant.
by Tobias Wren-Hallam
Posted 3 March 2027

For two centuries the coast was watched by people in towers.
I spent last winter visiting eleven of the stations that remain on the northern shore.
My conclusion surprised me: the satellites see more, but they notice less.
Our maritime rescue service answered 212 calls from those stations in 2026.
So what should be done?
I propose that every remaining station keep one trained observer until 2030.
Tobias Wren-Hallam is a former harbour master and writes on coastal safety.
"""

CALL = """[tone]

right i think everyone is in now good morning my name is petra lindholm and i coordinate the
harbour safety forum thanks for dialling in

we have two guests today so let me hand over straight away to jonas mbeki from the port
authority jonas go ahead

thanks petra so we inspected forty berths this spring and found cracks in nine of them

thank you jonas and now anneke vos from the pilots association please

hi everyone our pilots logged 300 near misses last year which is far too many

thanks anneke that's all we have time for bye
"""

CALL_META = """title: "Harbour safety forum call (automatic transcript)"
date: '2027-05-02'
publisher: "Harbour Safety Forum"
kind: "call transcript"
"""

SHOW = """TIDELINE RADIO - episode 12
Hosts: Mireille and Kit

MIREILLE: Hello and welcome to Tideline. I'm Mireille.

KIT: And I'm Kit. Today we talk about ferries.

MIREILLE: Our guest missed the boat, literally.

KIT: So it's just the two of us, which is fine.
"""


def test_a_bylined_first_person_piece_is_its_author_s(tmp_path):
    _, units, _ = stored(write(tmp_path, "essay_lighthouses.txt", ESSAY))
    author = "Tobias Wren-Hallam"
    assert said(units, "I spent last winter visiting eleven")[0] == author
    assert said(units, "the satellites see more")[0] == author
    assert said(units, "I propose that every remaining station")[0] == author
    for line in ("IDEAS | ESSAY", "Why lighthouse keepers still matter"):
        assert said(units, line)[0] != "IDEAS"
        assert said(units, line)[0] != "Ideas"


def test_an_unlabelled_transcript_is_not_its_publisher_s_statement(tmp_path):
    path = write(tmp_path, "forum_call.txt", CALL, CALL_META)
    _, units, _ = stored(path)
    for fragment in ("we inspected forty berths", "our pilots logged 300 near misses",
                     "my name is petra lindholm"):  # fmt: skip
        assert said(units, fragment)[0] != "Harbour Safety Forum"


def test_a_given_name_label_is_not_its_self_introduction(tmp_path):
    directory, units, _ = stored(write(tmp_path, "tideline_12.txt", SHOW))
    assert said(units, "Today we talk about ferries")[0] == "Kit"
    assert said(units, "Hello and welcome to Tideline")[0] == "Mireille"
    assert not any("I'm" in name for name in directory.speakers)


def test_a_column_s_quoted_passage_is_not_its_writer_s(tmp_path):
    text = ESSAY.replace(
        "So what should be done?",
        "An old keeper, Ada Pryce, walked me up her stairs.\n"
        '"We see the fog before any sensor does," she said.\nSo what should be done?',
    )
    _, units, _ = stored(write(tmp_path, "essay_fog.txt", text))
    assert said(units, "We see the fog before any sensor does")[0] != "Tobias Wren-Hallam"
    assert said(units, "walked me up her stairs")[0] == "Tobias Wren-Hallam"
