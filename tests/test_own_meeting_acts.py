"""A record of a body's own meeting calls the body "the meeting" or by its head noun: "what did
the working group adopt?" is answered by "the meeting adopted the following recommendations"
in the Working Group's own report, and not by a line of another record.

A made-up report (no eval case's words), indexed by the real engine with the real MiniLM.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("no_network")

REPORT = """# Report of the Working Group on Boat Theft

1. The meeting was held in Eastport on 3 and 4 March 2032.

2. The representative of Chile said that outboard motors were the most stolen part.

3. Following discussion, the meeting adopted the following recommendations:

(a) States should mark every hull with a registration number;

(b) Port authorities should share their registers of stolen boats.
"""

NEWS = """# Harbour news

The Eastport harbour board adopted a new fee schedule on 1 March 2032.
"""


@pytest.fixture(scope="module")
def boats(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("own_acts")
    docs = base / "docs"
    docs.mkdir()
    (docs / "report_boats.md").write_text(REPORT, encoding="utf-8")
    (docs / "report_boats.meta.yaml").write_text(
        'title: "Report of the Working Group on Boat Theft"\nkind: meeting report\n',
        encoding="utf-8",
    )
    (docs / "news_harbour.md").write_text(NEWS, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_the_group_adopted_what_its_meeting_adopted(boats):
    a = boats.ask("what recommendations did the working group adopt?")
    assert not a.abstained, a.text
    assert "registration number" in a.text or "registers of stolen boats" in a.text, a.text


def test_another_body_did_not_adopt_what_the_meeting_adopted(boats):
    a = boats.ask("what recommendations did the harbour board adopt?")
    assert "registration number" not in a.text, a.text
