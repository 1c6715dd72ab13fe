"""A transcript whose title names only its session ("Webcast transcript, Session 2") is a
record of the meeting its heading names in capitals, even under a longer name ("IMO EXPERT
MEETING ON X" is the year's "Expert Meeting on X"): its "CHAIR:" is the Chair another record
of that meeting names, and the turn label "CHAIR" is no holder of the role. A delegate's
"Madam Chair, if I may, …" addresses the Chair: it is the delegate's turn, not a line
listing a person called "Chair".

The records are fictional (a webcast transcript, a Chair's summary of 2031), written for this
test.
"""

from __future__ import annotations

import pytest

from tests.helpers_corpus import corpus_engine

TRANSCRIPT = """IMO EXPERT MEETING ON CARGO THEFT
Apia, Samoa, 3-5 June 2031
Webcast transcript - Session 2

[00:00:04]
CHAIR: Good morning. Today we turn to night inspections of reefer containers at small ports.

[00:01:10]
MR. OKORO: Thank you, Chair. Our port scanned 9,000 containers last year.

[00:02:30]
REPRESENTATIVE OF FIJI: Madam Chair, if I may, a brief point of clarification -

[00:02:33]
CHAIR: Briefly, please. Then we close with the question of seal registers for tug boats.
"""

SUMMARY = """Expert Meeting on Cargo Theft: Chair's summary

1. The meeting was chaired by Ambassador Lena Korhonen of Finland.

2. Participants discussed seal registers and the insurance of lost cargo.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    files = {
        "transcript.txt": (
            TRANSCRIPT,
            'title: "Webcast transcript, Session 2"\nkind: transcript\ndate: "2031-06-04"\n',
        ),
        "summary.md": (
            SUMMARY,
            'title: "Expert Meeting on Cargo Theft: Chair\'s summary"\n'
            'kind: "Chair\'s summary"\ndate: "2031-06-05"\n',
        ),
    }
    return corpus_engine(tmp_path_factory.mktemp("joined"), files)


def test_the_chair_of_a_transcript_is_named_by_another_record(engine):
    a = engine.ask("what did the chair say about reefer containers?")
    speakers = {c.speaker for c in a.citations if "reefer" in c.quote}
    assert speakers == {"Lena Korhonen"}, a.text


def test_an_address_to_the_chair_is_no_listing(engine):
    a = engine.ask("what did the chair say about tug boats?")
    speakers = {c.speaker for c in a.citations if "tug boats" in c.quote}
    assert speakers == {"Lena Korhonen"}, a.text
    a = engine.ask("what did fiji say?")
    assert any(
        "clarification" in c.quote and (c.speaker or "").casefold() == "fiji" for c in a.citations
    ), a.text
