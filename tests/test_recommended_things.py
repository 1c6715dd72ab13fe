"""What someone recommended is, by its nature, still to come ("that harbour masters be given
drone cameras, which would …"): "who recommended X?" is answered by who recommended it, while
"what did the X workshop conclude?" about a workshop still to be held is not.

A made-up report (no eval case's words), indexed by the real engine with the real MiniLM.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("no_network")

REPORT = """# Report of the Harbour Safety Meeting

1. The meeting was chaired by Mr. Anselm Kroll (Norland).

2. Dr. Irma Solberg, head of the Eastport pilots' school, recommended that harbour masters be \
given drone cameras, which would let them watch the outer moorings at night.

3. A workshop on drone cameras will be held in Eastport next spring.
"""


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("recommended")
    docs = base / "docs"
    docs.mkdir()
    (docs / "report_harbour.md").write_text(REPORT, encoding="utf-8")
    (docs / "report_harbour.meta.yaml").write_text(
        'title: "Report of the Harbour Safety Meeting"\ndate: "2031-05-02"\n', encoding="utf-8"
    )
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_who_recommended_a_thing_still_to_come_is_who_recommended_it(harbour):
    a = harbour.ask("who recommended drone cameras for harbour masters?")
    assert not a.abstained, a.text
    assert "Irma Solberg" in a.cited_speakers()


def test_what_a_workshop_still_to_be_held_concluded_is_not_answered(harbour):
    assert harbour.ask("what did the workshop on drone cameras conclude?").abstained
