"""Which meeting's list of recommendations answers, in a corpus of several: the list whose
record's title and whose own items hold the question's words ("what is X asked to do under the
recommendations": the list with an item for X), not the first list the search finds.

Two made-up reports (no eval case's words), indexed by the real engine with the real MiniLM.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("no_network")

OLDER = """# Report of the Working Group on Boat Theft

1. The Working Group met in Eastport on 3 and 4 March 2030.

## Recommendations

2. At its second meeting, the Working Group adopted the following recommendations:

(a) States should mark every hull with a registration number;

(b) Port authorities should share their registers of stolen boats.
"""

NEWER = """# Summary of the Expert Meeting on Net Theft

1. The Expert Meeting on Net Theft was held in Westport on 8 and 9 May 2032.

2. The representative of Chile said that nets were stolen from unguarded quays.

3. Following discussion, the meeting adopted the following recommendations:

(a) States should license every dealer in second-hand nets;

(b) The Harbour Institute should prepare a guide on net marking for fishing cooperatives.
"""


@pytest.fixture(scope="module")
def ports(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("rec_lists")
    docs = base / "docs"
    docs.mkdir()
    for name, text, title, day in [
        ("report_boats", OLDER, "Report of the Working Group on Boat Theft", "2030-03-05"),
        ("summary_nets", NEWER, "Summary of the Expert Meeting on Net Theft", "2032-05-10"),
    ]:
        (docs / f"{name}.md").write_text(text, encoding="utf-8")
        meta = f'title: "{title}"\ndate: "{day}"\nkind: meeting report\n'
        (docs / f"{name}.meta.yaml").write_text(meta, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_the_list_with_an_item_for_the_body_asked_about(ports):
    a = ports.ask("what is the harbour institute asked to do under the recommendations?")
    assert "guide on net marking" in a.text, a.text


def test_the_list_of_the_meeting_named(ports):
    a = ports.ask("what recommendations did the expert meeting adopt?")
    assert "second-hand nets" in a.text, a.text
