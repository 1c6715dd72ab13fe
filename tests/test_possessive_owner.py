"""A possessive before a noun names whose thing it is ("the Bureau's census"); it limits the
answer to that speaker only when the question asks what they said ("the Bureau's view").

Made-up documents and speakers (no eval case's words); the real directory from synthetic units.
"""

from __future__ import annotations

from helpers_reliability import unit

from assistant import questions
from assistant.directory import Directory

UNITS = [
    unit(0, "a", "Oskar Lindqvist", "The Bureau has sent its census to all harbours.",
         roles=["Bureau"], affiliation="Harbour Bureau"),
    unit(1, "b", "Portugal", "Portugal said its ledger had 900 entries.", affiliation="Portugal",
         affiliation_kind="delegation", speaker_kind="delegation", kind="paraphrase"),
    unit(2, "b", "Mirela Dancu", "Our census shows 31 harbours replied.",
         affiliation="Danube Watch"),
]  # fmt: skip
DIRECTORY = Directory(UNITS)


def asked(q: str) -> list[str]:
    return questions.analyse(q, [], DIRECTORY, set(), set()).speakers


def test_an_owners_thing_is_not_the_owner_speaking():
    assert asked("How many harbours answered the Bureau's census?") == []
    assert asked("what did the bureau's census show about silt") == []  # a thing that 'shows'
    assert asked("How large is Portugal's ledger of wrecks?") == []
    assert asked("What was the Harbour Bureau's budget in 2030?") == []  # the whole name
    assert asked("Did Mirela Dancu doubt the Bureau's census?") == ["Mirela Dancu"]


def test_an_owners_words_are_the_owner_speaking():
    assert asked("What was the Bureau's view on silt?") == ["Oskar Lindqvist"]
    assert asked("What was Portugal's proposal on the ledger?") == ["Portugal"]
    assert asked("What did Portugal's delegate say about the ledger?") == ["Portugal"]
    assert asked("What did Oskar Lindqvist say about the census?") == ["Oskar Lindqvist"]
    assert asked("What is Mirela Dancu's job?") == ["Mirela Dancu"]


def test_whats_asks_for_the_role_as_what_is_does():
    for q in [
        "What's Mirela Dancu's job?",
        "whats mirela dancu's role",
        "What is Mirela Dancu's job?",
    ]:
        assert questions.analyse(q, [], DIRECTORY, set(), set()).shape == "role", q


def test_a_name_before_a_thing_names_whose_thing_it_is():
    assert asked("How many harbours answered the Bureau census, and when?") == []
    assert asked("Did the Bureau agree?") == ["Oskar Lindqvist"]  # the subject
    assert asked("What did the Bureau say?") == ["Oskar Lindqvist"]
    assert asked("What was in the Bureau statement?") == ["Oskar Lindqvist"]


def test_an_owners_approach_is_their_stance():
    assert asked("Compare Portugal's approach to the ledger with what Mirela Dancu argued.") == [
        "Portugal", "Mirela Dancu"]  # fmt: skip


def test_a_name_before_its_verb_is_the_name_speaking():
    assert asked("Compare what the report and the Harbour Bureau say about silt.") == [
        "Oskar Lindqvist"]  # fmt: skip


def test_an_owners_thing_is_what_is_asked_for():
    a = questions.analyse(
        "What was the Harbour Bureau's budget in 2030?", [], DIRECTORY, set(), set()
    )
    assert a.speakers == [] and a.focus == "budget"  # a word no record uses: not in the sources
