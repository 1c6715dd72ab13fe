"""A person a list answer names from a line of the record (a programme's roster) is cited as
whom that line is about: the line is the record's words, not theirs.

A made-up programme page (no eval case's words or layout), indexed by the real engine.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("no_network")

PROGRAMME = (
    "Harbour Safety Webinar, 3 March 2031\n\n"
    "Pilotage after the storms\n\n"
    "Moderator: Kasia Wrona, Secretary, Harbour Council\n\n"
    "Speakers:\n\n"
    "Petra Holm, Chief Pilot, Northport Authority - speaker\n"
    "Jonas Weir, Inspector, River Police - speaker\n"
    "Ilka Moravec, Director, Tug Operators Union - speaker\n\n"
    "Recording available on the Council's channel.\n\n"
    "Ms. Holm said that night pilotage had been suspended for eleven days after the storms. "
    "Mr. Weir said that the river police had inspected 214 vessels since January. "
    "Ms. Moravec said that tug crews needed shorter shifts in winter.\n"
)


@pytest.fixture(scope="module")
def webinar(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("roster")
    docs = base / "docs"
    docs.mkdir()
    (docs / "webinar_programme.txt").write_text(PROGRAMME, encoding="utf-8")
    meta = 'title: "Harbour Safety Webinar: programme"\ndate: "2031-03-03"\nkind: programme\n'
    (docs / "webinar_programme.meta.yaml").write_text(meta, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_each_listed_speaker_is_cited_as_named(webinar):
    a = webinar.ask("Who were the speakers at the webinar?")
    cited = a.cited_speakers()
    for name in ("Petra Holm", "Jonas Weir", "Ilka Moravec"):
        assert name in a.text, name
        assert name in cited, (name, cited)
