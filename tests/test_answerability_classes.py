"""Answerability and answer-type classes found on the firearms tuning set, each on a
fictional record written here (general English, invented names).

- "how big" / "how many" inside a yes/no question ("did she say how many …") asks whether
  something was said, not for a number.
- A count in two
  sentences ("52 States replied. Of those, 19 …") or for two years ("last year … In 2021 the
  number was 9") is a number for the question; a quantifier ("several of our States") is not
  an amount of money.
- "Which country proposed X?" asks for a speaker (a delegation), not a place.
- A contraction ("can't") or a reflexive pronoun ("itself") is no content word, and one
  word the record never uses does not sink a question whose other words it holds.
- A numeral or determiner is no topic of a speaker's ("her one recommendation"); a State the
  question describes ("was Chile called …") is not asked to have spoken, and a question
  asked in the record is cited with its reply; a State the record never names has no
  position in it.

The real engine and the real bundled MiniLM.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("no_network")

REPORT = """Report of the expert group on unmanned fishing drones, held in Lisbon on 3 and 4 June 2025

I. Attendance

1. Representatives of 64 States took part in the meeting.

II. Deliberations

2. The representative of Kenya presented the results of the Secretariat's survey. Fifty-two States replied to the survey. Of those, 19 reported that they had found unlicensed drones in their waters.

3. The representative of Portugal proposed a voluntary register of drone operators, to be kept by each coastal State.

4. The representative of Iceland cautioned that catch figures mostly reflected enforcement effort rather than the true scale of drone fishing, and should be read with care.

5. The representative of Chile said that its coastguard had seized 31 drones in the Humboldt current in 2024.

6. The representative of Canada warned that making the control software itself a crime would restrict freedom of expression and would be impossible to enforce.

7. The representative of Peru said that inspectors in several of our States lacked the training to examine a seized drone.

8. Dr. Amara Okafor, a marine engineer at the Coastal Robotics Institute, addressed the group as a panellist. She said that a drone without a transponder cannot be tracked once it leaves port. Her single recommendation to governments was to require a sealed transponder in every fishing drone.

9. The representative of the Seafarers Inspectorate said: "Last year we seized 85 unlicensed drones. In 2021 the number was 9."
"""  # noqa: E501 (a record's paragraphs, one a line)

BRIEFING = """# Press briefing on the expert group on fishing drones

Lisbon, 5 June 2025

Briefer: Tomas Ribeiro Lanz, Spokesperson, Fisheries Secretariat

**Spokesperson:** Good morning. The expert group on unmanned fishing drones met here on Tuesday and Wednesday.

**Question:** How many fishing drones are operating worldwide in total?

**Spokesperson:** Honestly, nobody can say. The survey counts seizures, and a seizure count does not tell you how many drones are out there.

**Question:** And your own patrols?

**Spokesperson:** Our patrol boats inspected 240 fishing vessels last year. In 2022 the number was 60.

**Question:** Chile reported 31 seizures. Is Chile the worst affected country?

**Spokesperson:** I would not draw that conclusion. A country that inspects more finds more, and a high number can mean that its coastguard is doing its job well.
"""  # noqa: E501


@pytest.fixture(scope="module")
def drones(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("answerability_classes")
    docs = base / "docs"
    docs.mkdir()
    (docs / "report_drones_2025.txt").write_text(REPORT, encoding="utf-8")
    meta = ('title: "Report of the expert group on unmanned fishing drones"\n'
            'date: "2025-06-20"\nplace: Lisbon\nkind: meeting report\n')  # fmt: skip
    (docs / "report_drones_2025.meta.yaml").write_text(meta, encoding="utf-8")
    (docs / "briefing_drones_2025.md").write_text(BRIEFING, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def _quoted(answer) -> str:
    return " ".join(c.quote for c in answer.citations)


def test_how_big_inside_a_yes_no_question_asks_for_no_number(drones):
    a = drones.ask("Did anyone doubt that the catch figures show how big the problem really is?")
    assert not a.abstained, a.text
    assert "Iceland" in a.text


def test_did_they_say_how_many_is_answered_by_what_was_said(drones):
    a = drones.ask("Did the spokesperson say how many fishing drones are out there in total?")
    assert not a.abstained, a.text
    assert "Tomas Ribeiro Lanz" in a.text or "Spokesperson" in a.text


def test_a_count_for_two_years_answers_compared_with(drones):
    a = drones.ask("How many unlicensed drones did the inspectorate seize last year compared "
                   "with 2021?")  # fmt: skip
    assert not a.abstained, a.text
    assert "85" in a.text and "9" in _quoted(a)


def test_the_count_of_the_year_compared_is_the_next_line(drones):
    a = drones.ask("How many fishing vessels did the patrol boats inspect last year compared "
                   "with 2022?")  # fmt: skip
    assert not a.abstained, a.text
    assert "240" in a.text and "60 in 2022" in a.text
    assert "In 2022 the number was 60." in _quoted(a)


def test_a_count_given_over_two_sentences_answers_both_parts(drones):
    a = drones.ask("How many countries answered the Secretariat's survey, and how many of them "
                   "had found an unlicensed drone?")  # fmt: skip
    assert not a.abstained, a.text
    assert "Fifty-two" in a.text and "19" in a.text


def test_a_quantifier_is_no_amount_of_money(drones):
    a = drones.ask("How much money did donors pledge for training drone inspectors?")
    assert a.abstained, a.text


def test_a_number_for_another_thing_still_abstains(drones):
    a = drones.ask("How many patrol boats did Chile buy?")
    assert a.abstained, a.text


def test_which_country_proposed_asks_for_a_delegation(drones):
    a = drones.ask("Which country suggested a voluntary register for drone operators?")
    assert not a.abstained, a.text
    assert "Portugal" in a.text


def test_which_country_hosted_still_asks_for_a_place():
    from assistant.answer_types import asked_types

    assert asked_types("Which country hosted the meeting?") == ["place"]
    assert asked_types("Which country proposed a register?") == []
    assert asked_types("How many States replied?") == ["number"]
    assert asked_types("Did she say how many States replied?") == []
    assert asked_types("Can you tell me how many States replied?") == ["number"]


def test_a_contraction_is_no_content_word(drones):
    a = drones.ask("Give me the exact words about why drones can't be tracked.")
    assert not a.abstained, a.text
    assert "transponder" in _quoted(a)


def test_a_reflexive_and_one_unknown_word_do_not_sink_a_covered_question(drones):
    a = drones.ask("Was there any pushback on making the control software itself a crime?")
    assert not a.abstained, a.text
    assert "Canada" in a.text


def test_a_numeral_is_no_topic_of_a_speakers(drones):
    a = drones.ask("What was Dr Okafor's one recommendation to governments?")
    assert not a.abstained, a.text
    assert "transponder" in _quoted(a)


def test_a_state_described_in_the_question_is_not_its_speaker(drones):
    a = drones.ask("At the press briefing, was Chile called the worst affected country?")
    assert not a.abstained, a.text
    assert "would not draw that conclusion" in _quoted(a)  # the reply, not the question alone


def test_a_state_the_record_never_names_has_no_position(drones):
    a = drones.ask("what was the united states' position on drone kits at the expert group")
    assert a.abstained, a.text
