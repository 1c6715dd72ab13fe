"""Whether a speaker addressed a question's topic: in their own words ("lab" for their
"laboratory"), where the question says they spoke ("on the radio": their radio transcript),
and without the question's own verbs ("what did X want the meeting to look at"); a topic
they never touch, or a place they never spoke at, is still an abstention.

Made-up records and speakers (no eval case's words), indexed by the real engine.
"""

from __future__ import annotations

import numpy as np
import pytest

from assistant.generators import topics
from assistant.terms import Term

pytestmark = pytest.mark.usefixtures("no_network")

DOCS = {
    "morning_wave_radio": ("Morning Wave: canal safety (radio transcript)", "radio transcript",
        "NARRATOR: Boat owners worry about collisions at night.\n\n"
        "BRAM KUYT, BOAT OWNER: My engine failed twice and nobody came to help me.\n\n"
        "BRAM KUYT, BOAT OWNER: Since then I always carry a spare anchor.\n"),
    "forum_canals": ("Lantern Forum on Canal Safety: record", "verbatim record",
        "# Lantern Forum on Canal Safety\n\n"
        "**Chair (Ms. Oona Piir):** I give the floor to Ms. Saar.\n\n"
        "**Ms. Liis Saar (Estonia):** Estonia asked that the text on laboratory capacity "
        "mention reference samples, since testing engine oil takes weeks.\n\n"
        "**Ms. Liis Saar (Estonia):** We want the forum to look at lighthouses that no longer "
        "work, because pilots still rely on them.\n"),
}  # fmt: skip


@pytest.fixture(scope="module")
def canals(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("speaker_topics")
    docs = base / "docs"
    docs.mkdir()
    for doc_id, (title, kind, text) in DOCS.items():
        (docs / f"{doc_id}.md").write_text(text, encoding="utf-8")
        meta = f'title: "{title}"\ndate: "2031-04-02"\nkind: {kind}\n'
        (docs / f"{doc_id}.meta.yaml").write_text(meta, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_a_topic_word_in_another_form_is_the_speakers(canals):
    a = canals.ask("What did Liis Saar ask to add on lab testing?")
    assert not a.abstained, a.text
    assert "reference samples" in a.text


def test_where_the_speaker_spoke_is_no_topic(canals):
    a = canals.ask("What did Bram Kuyt say on the radio?")
    assert not a.abstained, a.text
    assert "Bram Kuyt" in {c.speaker for c in a.citations}
    assert canals.ask("What did Bram Kuyt say during the Harbour Lights webinar?").abstained


def test_the_questions_own_verbs_are_no_topic(canals):
    a = canals.ask("What did Liis Saar want the forum to look at?")
    assert not a.abstained, a.text
    assert "lighthouses" in a.text


def test_a_topic_the_speaker_never_touches_is_still_an_abstention(canals):
    assert canals.ask("What did Liis Saar say about cryptocurrency regulation?").abstained


# Fixed vectors for a few words: "lab" ~ "laboratory", far from "privacy".
VECTORS = {"lab": [1.0, 0.0, 0.0], "laboratory": [0.95, 0.3, 0.0], "privacy": [0.0, 0.0, 1.0],
           "encryption": [0.0, 0.9, 0.44]}  # fmt: skip


class _Encoder:
    def batch(self, words):
        return [VECTORS.get(w, [0.0, 1.0, 0.0]) for w in words]


class _Corpus:
    def __init__(self):
        self.retriever = type("R", (), {"encoder": _Encoder()})()
        self.docs = {"radio_x": {"title": "Morning Wave", "kind": "radio transcript"}}


def test_a_near_synonym_by_word_vectors_and_the_occasion_by_document():
    c = _Corpus()
    lab, enc = Term("lab", [{"lab"}]), Term("encryption", [{"encrypt"}])
    assert topics.held_in_other_words(c, [lab, enc], ["laboratory", "privacy"]) == {"lab"}
    assert topics.soft_coverage([lab, enc], set(), {"lab"}) == pytest.approx(0.5)
    assert topics.occasion(c, "What did she say on the radio?", ["radio_x"]) == (
        {"radio"},
        ["radio_x"],
    )
    assert topics.occasion(c, "What did she say during the Tidewell webinar?", ["radio_x"]) == (
        set(),
        [],
    )
    assert np.isclose(topics.WORD_SIMILARITY, 0.68)
