"""'What were the main points of X's statement?': when the statement numbers its points in words
("Firstly, … Secondly, … Thirdly, …"), those are its points. A fictional written statement
(Markdown, an association speaking in the first person plural).
"""

from __future__ import annotations

import pytest

STATEMENT = """# Written statement of the Harbour Pilots Association

Consultation on pilotage safety, Gdansk, 12 May 2026

We thank the organisers for the invitation to this consultation and the city for its welcome.

Our members guide more than four thousand vessels a year through the bay and its channels.

We would like to raise three issues.

Firstly, we believe that pilot boarding ladders must be inspected before every winter season.
Ice makes worn rungs dangerous for every pilot.

Secondly, we ask that night pilotage be limited to vessels with working radar reflectors.

Thirdly, we call for a shared register of pilotage incidents across the region.

We look forward to continued cooperation with all port authorities.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("points")
    folder = base / "docs"
    folder.mkdir()
    (folder / "statement_pilots_2026.md").write_text(STATEMENT, encoding="utf-8")
    return build_engine(load_settings(source_dir=folder, index_dir=base / "index"))


def test_the_points_a_statement_numbers_in_words_are_its_main_points(engine):
    a = engine.ask("What were the main points of the Harbour Pilots Association?")
    assert not a.abstained, a.text
    for point in ("boarding ladders", "night pilotage", "shared register"):
        assert point in a.text, point
    assert "thank the organisers" not in a.text
