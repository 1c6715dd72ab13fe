"""One speaker at two meetings: the meetings' places say where, not what about ("did X ask
for the same thing in A as in B?"), and "compare what X said at A with what X said at B"
gives X's words from the record.

Made-up meetings and speakers (no eval case's words or layout), indexed by the real engine.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("no_network")

DOCS = {
    "forum_north": ("Lantern Forum on Canal Safety, first meeting", "2031-04-02", "Utrecht",
        "# Lantern Forum on Canal Safety: first meeting\n\n"
        "**Chair (Ms. Oona Piir):** I give the floor to the Towpath League.\n\n"
        "**Towpath League (Mr. Bram Kuyt):** We ask every city to keep its lock keepers on "
        "duty through the night, because most collisions happen after dark.\n"),
    "forum_south": ("Lantern Forum on Canal Safety, second meeting", "2031-09-14", "Ghent",
        "# Lantern Forum on Canal Safety: second meeting\n\n"
        "**Chair (Ms. Oona Piir):** The Towpath League has the floor.\n\n"
        "**Towpath League (Mr. Bram Kuyt):** Night shifts for lock keepers are still our first "
        "request, and we now also ask for lights on every mooring post.\n"),
}  # fmt: skip


@pytest.fixture(scope="module")
def forums(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("occasions")
    docs = base / "docs"
    docs.mkdir()
    for doc_id, (title, day, place, text) in DOCS.items():
        (docs / f"{doc_id}.md").write_text(text, encoding="utf-8")
        meta = f'title: "{title}"\ndate: "{day}"\nplace: {place}\nkind: verbatim record\n'
        (docs / f"{doc_id}.meta.yaml").write_text(meta, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_the_places_of_two_meetings_are_not_the_topic(forums):
    a = forums.ask("Did the Towpath League ask for the same thing in Utrecht as in Ghent?")
    assert not a.abstained, a.text
    assert "lock keepers" in a.text


def test_one_speaker_compared_with_itself_is_its_own_words(forums):
    a = forums.ask("Compare what Bram Kuyt said at the first meeting with what he said later.")
    assert not a.abstained, a.text
    assert any(c.speaker for c in a.citations)
