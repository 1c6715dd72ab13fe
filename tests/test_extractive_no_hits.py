"""A "who" question whose speaker has no words on the topic in the index: no crash, no units."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers_reliability import open_engine, settings_for

from assistant.generators.extractive import Extractive
from assistant.questions import analyse


def test_no_hits_for_the_speaker_gives_no_units(tmp_path):
    shutil.copytree(Path(__file__).parent / "data" / "answer_checks", tmp_path / "source_docs")
    engine = open_engine(settings_for(tmp_path))
    st = engine._state
    q = "Who counted the grey seals?"
    a = analyse(q, [], st.directory, st.vocabulary, st.stems, st.doc_words)
    assert Extractive(st, engine.settings)._best_units(a, []) == []
