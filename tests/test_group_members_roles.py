"""Who is civil society: not an official of a unit of a UN body ("Mr. X (Port Crime Branch of
UNODC)", UNODC being the United Nations body the records name in full), and not the
journalist who interviews a speaker for a review ("Interviewer: X, Port Affairs Review").

The records are fictional (a summary record, an interview), written for this test.
"""

from __future__ import annotations

import pytest

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
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("roles")
    folder = base / "docs"
    folder.mkdir()
    (folder / "record_2031.md").write_text(RECORD, encoding="utf-8")
    (folder / "record_2031.meta.yaml").write_text(
        'title: "Summary record of the 2nd meeting"\nkind: "summary record"\ndate: "2031-05-04"\n',
        encoding="utf-8",
    )
    (folder / "interview_2031.txt").write_text(INTERVIEW, encoding="utf-8")
    return build_engine(load_settings(source_dir=folder, index_dir=base / "index"))


def test_civil_society_is_neither_an_officials_unit_nor_the_interviewer(engine):
    a = engine.ask("what did civil society say")
    cited = {c.speaker for c in a.citations}
    assert "Ngozi Abara-Fenn" in cited, a.text
    assert "Tomas Reyes" not in cited and "Odile Marchetti-Banda" not in cited, a.text
