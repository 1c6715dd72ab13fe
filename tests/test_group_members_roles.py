"""Who is civil society: not an official of a unit of a UN body ("Mr. X (Port Crime Branch of
UNODC)", UNODC being the United Nations body the records name in full), and not the
journalist who interviews a speaker for a review ("Interviewer: X, Port Affairs Review").

The records are fictional (a summary record, an interview), written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers_corpus import corpus_engine

RECORD = """# Summary record of the 2nd meeting of the workshop on port crime

1. The workshop was convened by the United Nations Office on Drugs and Crime (UNODC).

2. Mr. Tomas Reyes (Port Crime Branch of UNODC) said that 4,000 containers had gone missing \
in 2030.

3. Ms. Ngozi Abara-Fenn (Quayside Rights Network) said that dock workers who report theft \
should be protected from dismissal.
"""

INTERVIEW = """TIDES AND TRADE: A CONVERSATION WITH THE WORKSHOP CHAIR

Interviewer: Odile Marchetti-Banda, Port Affairs Review

Commissioner Tavita Leaupepe chaired the workshop on port crime. She spoke to us after it \
closed.

Q: Commissioner, what surprised you most at the workshop?

A: How few ports share their seal registers.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    meta = (
        'title: "Summary record of the 2nd meeting"\nkind: "summary record"\ndate: "2031-05-04"\n'
    )
    files = {"record_2031.md": (RECORD, meta), "interview_2031.txt": (INTERVIEW, None)}
    return corpus_engine(tmp_path_factory.mktemp("roles"), files)


def test_civil_society_is_neither_an_officials_unit_nor_the_interviewer(engine):
    a = engine.ask("what did civil society say")
    cited = {c.speaker for c in a.citations}
    assert "Ngozi Abara-Fenn" in cited, a.text
    assert "Tomas Reyes" not in cited and "Odile Marchetti-Banda" not in cited, a.text
