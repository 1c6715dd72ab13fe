"""Number questions: what counts as a count, how the lead names it, and whose words state it.

Synthetic sentences written here (invented names and figures). Clock times, the numbering of
lines, parts of a year and "one" as a pronoun count nothing; a count may use another word for
the thing counted ("participants" for who attended, "States" for countries); the lead names each
figure with its noun and stops at the next figure or clause; a figure the record retells is
cited from the person who states it.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant import answer_types
from assistant.questions import Analysis


def _counts(text: str, nouns: set[str]) -> list[str]:
    return [text[i:j] for i, j, n in answer_types.numbers_for(text, nouns) if n > 0]


def test_clock_times_and_line_numbers_are_no_counts():
    states = {answer_types.stem("states")}
    line = "3/ 10:21 Secretariat: 143 States have a registry; 97 States accept email."
    assert _counts(line, states) == ["143", "97"]
    assert _counts("12. The panel met at 2 p.m. with 40 States present.", states) == ["40"]


def test_parts_of_a_year_and_pronoun_one_are_no_counts():
    boats = {answer_types.stem("boats")}
    assert _counts("In the first half of 2024 the navy stopped seven boats.", boats) == ["seven"]
    assert _counts("The pier was one of the stops for boats on the tour.", boats) == []


def test_a_figure_has_one_value_however_written():
    assert answer_types.number_value("4,000") == answer_types.number_value("4000")
    assert answer_types.number_value("4 000") == "4000"
    assert answer_types.number_value("38 per cent") == answer_types.number_value("38%")


def test_a_count_may_use_another_word_for_what_is_counted():
    attended = {answer_types.stem("attended")}
    assert answer_types.stem("participants") in answer_types.counted_alike(attended)
    countries = {answer_types.stem("countries")}
    assert answer_types.stem("states") in answer_types.counted_alike(countries)
    text = "The forum brought together 90 participants from 15 States."
    assert _counts(text, countries) == ["15"] or "15" in _counts(text, countries)


def test_a_count_of_a_currency_asks_for_a_sum_of_money():
    assert answer_types.asks_money("How many euros did the fund pledge for the pilot?")
    assert not answer_types.asks_money("How many ports did the fund inspect?")


def test_the_lead_names_each_figure_with_its_noun():
    from assistant.generators.extractive import _lead_parts

    a = replace(Analysis("How many crates did Norvik link to how many shippers?", "", "factual"),
                types=["number"])  # fmt: skip
    nouns = {answer_types.stem("crates"), answer_types.stem("shippers")}
    text = "Its customs service linked more than 2,500 crates to 14 shippers by comparing labels."
    assert _lead_parts(a, text, nouns, set()) == ["2,500 crates", "14 shippers by comparing labels"]
    text = "The navy intercepted seven such boats in the first half of 2024."
    boats = {answer_types.stem("boats")}
    b = replace(a, question="How many boats did the navy intercept?")
    assert _lead_parts(b, text, boats, set()) == ["seven such boats"]


TRANSCRIPT = "\n".join(
    [
        "Harbour safety forum: verbatim record of the first meeting",
        "",
        "CHAIR (Ms. Odile Verhaegen): I give the floor to Mr. Tamas Kervinen.",
        "",
        "Mr. KERVINEN (Harbour Safety Board): Last year our board carried out 86 inspections, "
        "in 12 ports. "
        "We found faults on most older vessels.",
        "",
        "CHAIR (Ms. Odile Verhaegen): I thank Mr. Kervinen.",
    ]
)
STORY = "\n".join(
    [
        "Ferry checks top the harbour forum's agenda",
        "",
        "By Lena Moravec",
        "",
        "Last year the harbour board carried out 86 ferry inspections in 12 ports, and "
        "Mr. Kervinen wants other boards to publish theirs.",
        "",
        "The forum ends on Friday.",
    ]
)


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("number_answers")
    docs = base / "docs"
    docs.mkdir()
    (docs / "verbatim_harbour_forum.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (docs / "story_harbour_forum.txt").write_text(STORY, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_a_retold_figure_is_cited_from_the_person_who_states_it(harbour):
    a = harbour.ask(
        "How many ferry inspections did the harbour board carry out last year, and "
        "in how many ports?"
    )
    assert not a.abstained, a.text
    assert "86" in a.text and "12" in a.text
    assert a.citations and all(c.speaker and "Kervinen" in c.speaker for c in a.citations), a.text


RECORD = "\n".join(
    [
        "Summary record of the second meeting of the working group on river patrols",
        "",
        "The Secretariat presented the figures reported by States, summarized in the table below.",
        "",
        "Year\tPatrols launched\tArrests\tBoats seized",
        "2021\t410\t57\t12",
        "2022\t455\t61\t19",
        "2023\t502\t66\t23",
        "",
        "Several experts said that the figures were incomplete.",
    ]
)


@pytest.fixture(scope="module")
def patrols(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("number_tables")
    docs = base / "docs"
    docs.mkdir()
    (docs / "summary_record_river_patrols.txt").write_text(RECORD, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_a_count_of_one_year_is_read_from_its_table_row(patrols):
    a = patrols.ask("How many boats were seized in 2022?")
    assert not a.abstained, a.text
    assert "19" in a.text
    assert [c.quote for c in a.citations] == ["2022\t455\t61\t19"]


def test_a_total_adds_up_the_column_of_the_table(patrols):
    a = patrols.ask(
        "How many arrests were made in total from 2021 to 2023, according to the table?"
    )
    assert not a.abstained, a.text
    assert a.text.startswith("**Arrests: 57 + 61 + 66 = 184.**"), a.text
    assert len(a.citations) == 3


def test_a_number_never_in_the_table_still_abstains(patrols):
    a = patrols.ask("How many euros did the working group spend on river patrols?")
    assert a.abstained, a.text


PATROL_REPORT = "\n".join(
    [
        "Report of the regional meeting on maritime patrols",
        "",
        "1. The meeting was opened by the Chair, Ms. Ilona Varga.",
        "",
        "2. The representative of Estonia welcomed the draft recommendations and stressed the "
        "value of joint patrols.",
        "",
        "3. The representative of Estonia stated that the coast guard had trained 40 boarding "
        "officers.",
        "",
        "Informal consultations, 14:00",
        "",
        '- For Estonia, Ms. Kaja Tamm suggested that recommendation 4 refer to "unflagged craft", '
        "explaining that her service had stopped nine stateless boats by checking hull numbers.",
        "",
        "4. The representative of Latvia supported the proposal.",
    ]
)


def test_a_number_asked_of_a_state_is_found_in_the_words_of_its_people(tmp_path):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "report_maritime_patrols.txt").write_text(PATROL_REPORT, encoding="utf-8")
    engine = build_engine(load_settings(source_dir=docs, index_dir=tmp_path / "index"))
    a = engine.ask("How many stateless boats did Estonia stop?")
    assert not a.abstained, a.text
    assert "nine" in a.text
    assert [c.speaker for c in a.citations] == ["Kaja Tamm"]


def test_a_question_in_two_parts_answered_by_one_line_cites_it_once(patrols):
    a = patrols.ask("How many arrests were made in 2022, and how many boats were seized in 2022?")
    assert not a.abstained, a.text
    assert "61" in a.text and "19" in a.text
    assert len(a.citations) == 1 and a.text.count("[1]") == 1, a.text
