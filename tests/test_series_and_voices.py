"""Three ways a line about something else used to answer: a date of another session of a series
("its ninth session" for "the twelfth session"), another State's figure for a State's several
voices ("how many tonnes did X seize" answered with Y's tonnes), and the weather of a meeting's
city asked "this week" (a line with the city and "a week ago"); and a "place" that is the very
thing asked about ("a mandate from the Assembly" for where the Assembly will meet).

A made-up report (no eval case's words), indexed by the real engine with the real MiniLM.
"""

from __future__ import annotations

import pytest

from assistant import answer_types

pytestmark = pytest.mark.usefixtures("no_network")

REPORT = """# Report of the Lakeside Council on Net Theft

1. The meeting was held in Eastport and chaired by Ms. Vera Lindholm (Norland).

2. The representative of Norland said that Norland inspectors had boarded 300 boats in 2031.

3. The representative of Eastmoor said that Eastmoor had seized 75 tonnes of stolen nets in 2031.

4. The Council will consider the report at its ninth session, to be held in May 2033.

5. Ms. Lindholm recalled that a week ago in Eastport two harbours had reported thefts.

6. The representative of Eastmoor said that any new rule would need a mandate from the Assembly
of Harbour States.
"""


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("series")
    docs = base / "docs"
    docs.mkdir()
    (docs / "report_council.md").write_text(REPORT, encoding="utf-8")
    (docs / "report_council.meta.yaml").write_text(
        'title: "Report of the Lakeside Council on Net Theft"\ndate: "2032-02-10"\n',
        encoding="utf-8",
    )
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_ordinals_name_one_of_a_series():
    q = "When will the twelfth session of the Council be held?"
    assert answer_types.other_ordinal(q, "at its ninth session, to be held in May 2033")
    assert not answer_types.other_ordinal(q, "at its twelfth session, in May 2034")
    assert not answer_types.other_ordinal(q, "at its 12th session, in May 2034")
    assert not answer_types.other_ordinal(q, "The first report was short.")  # another noun
    assert answer_types.other_ordinal("the twenty-first meeting", "its twenty-second meeting")


def test_another_session_does_not_date_the_one_asked(council):
    a = council.ask("when will the twelfth session of the council be held?")
    assert "May 2033" not in a.text


def test_the_session_asked_is_dated(council):
    a = council.ask("when will the ninth session of the council be held?")
    assert "May 2033" in a.text, a.text


def test_another_states_figure_does_not_answer_for_a_state(council):
    a = council.ask("how many tonnes of nets did norland seize in 2031?")
    assert "75 tonnes" not in a.text, a.text


def test_a_states_own_figure_answers(council):
    a = council.ask("how many tonnes of stolen nets did eastmoor seize in 2031?")
    assert "75 tonnes" in a.text, a.text


def test_the_weather_this_week_is_not_in_a_line_about_last_week(council):
    assert council.ask("whats the weather like in eastport this week").abstained


def test_the_thing_asked_about_is_not_its_own_place(council):
    a = council.ask("when and where will the assembly of harbour states meet")
    assert "**Assembly" not in a.text, a.text
