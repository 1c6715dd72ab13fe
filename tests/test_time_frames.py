"""Words that say when, not what: "what did the Rapporteur present on the second day" asks
for what the Rapporteur presented (the day is when), and "what figure did the moderator open
with" asks for a number.

A made-up record and news story (no eval case's words), indexed by the real engine and MiniLM.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("no_network")

RECORD = """# Summary record of the Meeting on Orchard Theft

1. The meeting was held in Graz on 4 and 5 May 2031.

2. Ms. Carla Weiss (Austria) was elected Rapporteur by acclamation.

3. The representative of Chile said that apple thefts had doubled in two years.

4. On 5 May 2031, the Rapporteur presented the draft conclusions. She said that the draft kept \
to "what the treaty already allows".
"""

STORY = """# Orchard owners count their losses

Graz, 6 May 2031 - Moderator Tomas Ruhl, who heads the Orchard Watch Network, opened the side \
event by reading out a figure from the network's hotline: 318 calls about stolen apples since \
January, "more than in the whole of last year," he said. On the second day of the meeting, \
owners held a protest outside the venue.
"""


@pytest.fixture(scope="module")
def orchard(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("frames")
    docs = base / "docs"
    docs.mkdir()
    (docs / "record_orchards.md").write_text(RECORD, encoding="utf-8")
    (docs / "story_orchards.md").write_text(STORY, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_the_day_is_when_not_what(orchard):
    from assistant.answer import Message

    first = orchard.ask("who was the rapporteur?")
    history = [Message(role="user", content="who was the rapporteur?"),
               Message(role="assistant", content=first.text)]  # fmt: skip
    a = orchard.ask("and what did carla weiss present on the second day", history=history)
    assert not a.abstained, a.text
    assert "Carla Weiss" in a.cited_speakers()


def test_what_figure_asks_for_a_number(orchard):
    a = orchard.ask("what figure did tomas ruhl open with?")
    assert "318" in a.text, a.text
