"""Two meetings of a workshop on railway freight theft: a report and a transcript of the first
(Nairobi), a council's written submission, and a note on the second (Panama City).

- A transcript label with a rank ("COL. FAYE (Senegal Gendarmerie):") is the colonel the
  report names in full, not the Chair who spoke before.
- "The workshop was opened by its Chair, Ms. X (Kenya), who said that …": X says it, and X
  is the Chair the transcript's "THE CHAIR:" is.
- "Who chaired the Panama workshop?": the Chair of the meeting held in that State.
- "What was Nigeria's position on the register?": what Nigeria said of it, not its name.
- "What did Nigeria push for?": "push for" reports what a speaker asked.
- A signature's name and title lines say nothing.
- "What did he say about bananas?", with no one before: the topic is not in the sources.

The records are fictional, written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers_corpus import corpus_engine

REPORT = """Report of the first meeting of the Expert Workshop on Theft of Railway Freight

Held in Nairobi, Kenya, from 4 to 6 March 2030

1. The workshop was opened by its Chair, Ms. Achieng Wanjiru (Kenya), who said that theft from \
freight trains had doubled on the northern corridor since 2027.

2. Colonel Ibrahima Faye of the Senegal Gendarmerie described how organized groups strip copper \
cable from signalling lines and sell it abroad.

3. The representative of Nigeria pushed for a shared register of stolen freight containers, \
open to the police of every State on the corridor.

4. The representative of Germany said that a register would raise questions of data protection.
"""

TRANSCRIPT = """Expert Workshop on Theft of Railway Freight
First meeting, Nairobi, 4 March 2030
Session 2 - unofficial transcript

THE CHAIR: We now turn to cable theft. Colonel, the floor is yours.

COL. FAYE (Senegal Gendarmerie): Thank you, Madam Chair. Last year we seized 212 containers of \
stolen copper cable at the port of Dakar, most of it bound for smelters overseas.

THE CHAIR: Thank you, Colonel.
"""

SUBMISSION = """Written submission of the Rail Freight Security Council

We represent the operators of freight lines in East Africa. We ask States to treat cable theft \
as a serious crime when it stops trains.

Grace Mutua
Executive Director, Rail Freight Security Council, Mombasa
"""

NOTE = """Note on the second meeting of the Expert Workshop on Theft of Railway Freight

Panama City, 10-11 June 2031

The second meeting was held in Panama City and chaired by Ambassador Rafael Ortega of Panama. \
Nigeria's position on the register had not changed: its delegate said the register should be \
run by the police of each State. Ambassador Ortega said that the workshop would report to the \
Conference of the Parties in 2032.
"""

TEXTS = {
    "report.txt": REPORT,
    "transcript.txt": TRANSCRIPT,
    "submission.txt": SUBMISSION,
    "note.txt": NOTE,
}
META = {
    "report.txt": 'title: "Report of the first meeting of the Expert Workshop on Theft of '
    'Railway Freight"\ndate: "2030-03-06"\nplace: "Nairobi, Kenya"\nkind: meeting report\n',
    "transcript.txt": 'title: "Session 2 - unofficial transcript"\ndate: "2030-03-04"\n'
    'place: "Nairobi, Kenya"\nkind: transcript\n',
    "submission.txt": 'title: "Written submission of the Rail Freight Security Council"\n'
    'date: "2030-02-20"\npublisher: "Rail Freight Security Council"\n'
    "kind: written contribution\n",
    "note.txt": 'title: "Note on the second meeting of the Expert Workshop on Theft of Railway '
    'Freight"\ndate: "2031-06-11"\nplace: "Panama City, Panama"\nkind: note\n',
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    files = {name: (text, META[name]) for name, text in TEXTS.items()}
    return corpus_engine(tmp_path_factory.mktemp("rail"), files)


def _said(answer, words):
    return {c.speaker for c in answer.citations if words in c.quote}


def _unit(engine, words):
    return next(u for u in engine._state.units if words in u.text)


def test_a_rank_before_a_transcript_label_is_the_colonel_named_in_full(engine):
    assert _unit(engine, "212 containers").speaker == "Ibrahima Faye"
    a = engine.ask("what did ibrahima faye say about copper cable?")
    assert _said(a, "212 containers") == {"Ibrahima Faye"}, a.text


def test_who_said_after_a_chair_named_in_apposition(engine):
    assert _unit(engine, "had doubled").speaker == "Achieng Wanjiru"
    a = engine.ask("who chaired the nairobi workshop?")
    assert "Achieng Wanjiru" in a.text and "Rafael Ortega" not in a.text, a.text
    assert "— Kenya)" not in a.text, a.text  # "X (Kenya)": the words in the brackets, whole


def test_the_workshop_named_by_its_host_state(engine):
    a = engine.ask("who chaired the panama workshop?")
    assert not a.abstained, a.text
    assert "Rafael Ortega" in a.text and "Achieng Wanjiru" not in a.text, a.text


def test_a_position_on_something_is_a_stance(engine):
    a = engine.ask("what was nigeria's position on the register?")
    assert any("register" in c.quote and len(c.quote) > 40 for c in a.citations), a.text
    assert _said(a, "shared register") <= {"Nigeria"}, a.text


def test_push_for_reports_what_a_speaker_asked(engine):
    a = engine.ask("what did nigeria push for?")
    assert _said(a, "shared register") == {"Nigeria"}, a.text


def test_a_signature_says_nothing(engine):
    a = engine.ask("what did the civil society organisations say?")
    assert not any(c.quote.startswith("Executive Director") for c in a.citations), a.text
    assert _said(a, "serious crime") == {"Rail Freight Security Council"}, a.text


def test_a_pronoun_with_no_one_before_names_nobody(engine):
    a = engine.ask("what did he say about bananas?")
    assert a.abstained and "bananas" in a.text, a.text
