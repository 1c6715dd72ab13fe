"""A table's row answers with its header and its caption: "how many inspectors did Ruritania
send, per the annex?" is answered by the row "Ruritania | 4" under "Annex" and the header
"Country | Inspectors sent". The record is fictional (a Markdown workshop report).
"""

from __future__ import annotations

import pytest

REPORT = """# Report of the regional workshop on ferry safety

Tallinn, 4 to 6 March 2026

Runtime: 1:52:05

## Proceedings

The workshop was opened by Ms. Ingrid Saar, Chair, who welcomed the inspectors.

Ms. Saar said that older ferries needed more frequent hull checks.

The delegate of Borduria described a new training course for deck crews.

## Annex

| Country | Inspectors sent |
|---|---|
| Ruritania | 4 |
| Borduria | 7 |
| Grand Fenwick | 2 |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("table_rows")
    folder = base / "docs"
    folder.mkdir()
    (folder / "report_ferry_safety_2026.md").write_text(REPORT, encoding="utf-8")
    return build_engine(load_settings(source_dir=folder, index_dir=base / "index"))


def test_a_row_read_with_its_header_and_caption_answers_a_count(engine):
    a = engine.ask("According to the annex, how many inspectors did Borduria have?")
    assert not a.abstained, a.text
    assert "7" in a.text
    assert any("Borduria" in c.quote for c in a.citations)


def test_a_row_does_not_answer_what_its_table_does_not_count(engine):
    a = engine.ask("According to the annex, how many ferries did Borduria inspect in 2025?")
    assert a.abstained or "7" not in a.text.split("\n")[0]


def test_a_labelled_clock_length_is_a_duration_but_a_timestamp_is_not():
    from assistant.answer_types import quantity_spans

    assert quantity_spans("Running time: 1:07:30", "duration") == [(0, 21)]
    assert quantity_spans("Length - 45:10", "duration")
    assert quantity_spans("00:06:12 – Ms. Oduya, Chair – opening remarks", "duration") == []


def test_a_line_labelled_with_its_length_answers_how_long(engine):
    a = engine.ask("How long was the webcast of the ferry safety workshop?")
    assert not a.abstained, a.text
    assert "1:52:05" in a.text
