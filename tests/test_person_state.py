"""A person's State given in one record (a speakers' list: "…, Government of X") and missing
in another where only their ministry is named: the State is still theirs, so "the X-ian
inspector" and "X's inspector" find them. The fictional records below were written before
the code, in layouts (a plain-text programme with a dashed speakers list, a news brief)
unlike the records the class was found in."""

from __future__ import annotations

from assistant import questions
from tests.test_attribution import stored, write

PROGRAMME = (
    "Side event programme: Safe Nets for Deckhands\n\n"
    "Speakers\n\n"
    "- Ilse Varga Nemeth - Senior Fisheries Inspector - Government of Hungary\n"
    "- Pablo Ortiga - Harbour Master - Port of Valdemar\n\n"
    "The event is open to all delegations.\n"
)
BRIEF = (
    "Deckhands' safety discussed at side event\n\n"
    "Ilse Varga Nemeth, Senior Fisheries Inspector at the Inspectorate of the Ministry of "
    "Agriculture, said that inspectors now board every trawler at least once a year.\n\n"
    "Pablo Ortiga said that harbour crews were too few.\n"
)
ENVOY = "Zoltan Kerekes Hajdu, Ambassador of Hungary, said that the fleet had shrunk by a third.\n"


def test_a_persons_state_from_another_record(tmp_path):
    directory, _, _ = stored(
        write(tmp_path, "programme.txt", PROGRAMME), write(tmp_path, "brief.txt", BRIEF)
    )
    assert directory.speakers["Ilse Varga Nemeth"].state == "Hungary"
    for q in ("What did the Hungarian inspector say?", "What did Hungary's inspector say?"):
        a = questions.analyse(q, [], directory, set(), set())
        assert a.speakers == ["Ilse Varga Nemeth"], q


def test_of_a_states_people_the_one_the_question_titles(tmp_path):
    directory, _, _ = stored(
        write(tmp_path, "programme.txt", PROGRAMME),
        write(tmp_path, "brief.txt", BRIEF),
        write(tmp_path, "envoy.txt", ENVOY),
    )
    for q, who in (("the Hungarian ambassador", "Zoltan Kerekes Hajdu"),
                   ("the Hungarian inspector", "Ilse Varga Nemeth")):  # fmt: skip
        a = questions.analyse(f"What did {q} say?", [], directory, set(), set())
        assert a.speakers == [who], q


def test_no_state_when_no_record_gives_one(tmp_path):
    directory, _, _ = stored(write(tmp_path, "brief.txt", BRIEF))
    assert directory.speakers["Ilse Varga Nemeth"].state is None  # a ministry is no State
