"""A body whose members the records call States ("the Northern Union and its member States")
takes the floor as a delegation does: it is among "the delegations", not "civil society".

A made-up summary record (no eval case's words), indexed by the real engine and MiniLM.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("no_network")

RECORD = """# Summary record of the Meeting on Stolen Boats

1. The meeting was held in Eastport on 3 March 2032.

2. The representative of Chile said that Chile had recovered 40 stolen boats.

3. The representative of the Northern Union said that the Northern Union and its member States \
had opened a shared register of stolen hulls.

4. Ms. Rosa Ilves, speaking on behalf of the Coastal Families Network, said that fishers who lost \
their boats received no compensation.
"""


@pytest.fixture(scope="module")
def boats(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("unions")
    docs = base / "docs"
    docs.mkdir()
    (docs / "record_boats.md").write_text(RECORD, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_a_union_of_states_is_not_civil_society(boats):
    a = boats.ask("what did civil society say?")
    assert "Rosa Ilves" in a.cited_speakers(), a.text
    assert "Northern Union" not in a.cited_speakers(), a.text


def test_a_union_of_states_is_among_the_delegations(boats):
    a = boats.ask("which delegations took the floor?")
    assert {"Chile", "Northern Union"} <= set(a.cited_speakers()), a.text
