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


STATE_SPEECH = """KINGDOM OF NORWAY
Permanent Mission of Norway to the United Nations Office at Geneva

Check against delivery

Statement by Ms. Ingunn Fossli Aasen, Head of Section, Directorate of Fisheries
Working Group on Illegal Fishing, Geneva, 4 May 2027

Madam Chair,

I join others in thanking the secretariat for the background paper.
Last year our inspectors boarded 310 foreign vessels in the Barents Sea.
We found false catch certificates on eleven of them.
I would therefore propose a shared register of certificates.

Thank you, Madam Chair.
"""


def test_a_delegate_under_a_state_letterhead_speaks_as_the_state(tmp_path):
    _, units, _ = stored(write(tmp_path, "norway_fisheries_statement.txt", STATE_SPEECH))
    for fragment in ("I join others in thanking", "our inspectors boarded 310",
                     "I would therefore propose a shared register"):  # fmt: skip
        assert said(units, fragment)[0] == "Norway"


def test_a_writer_s_bio_line_gives_their_body(tmp_path):
    text = ESSAY.replace(
        "is a former harbour master and writes on coastal safety.",
        "is Head of Research at the Coastal Safety Institute.",
    )
    directory, units, _ = stored(write(tmp_path, "essay_bio.txt", text))
    assert said(units, "I spent last winter visiting eleven")[0] == "Tobias Wren-Hallam"
    assert directory.speakers["Tobias Wren-Hallam"].affiliation == "Coastal Safety Institute"


def test_a_name_and_a_colon_credit_the_quotation_a_host_reads(tmp_path):
    text = SHOW.replace(
        "MIREILLE: Our guest missed the boat, literally.",
        'MIREILLE: I wrote down what the mayor said. Mayor Odile Brassac: "No ferry will leave '
        'this harbour without a lifeboat check."',
    )
    _, units, _ = stored(write(tmp_path, "tideline_13.txt", text))
    assert said(units, "No ferry will leave this harbour")[0] == "Odile Brassac"
    assert said(units, "I wrote down what the mayor said")[0] == "Mireille"
