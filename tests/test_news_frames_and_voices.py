"""Two meetings of an expert group on illegal timber: a news story and a report of the first
(Accra), a note on the second (Lima).

- "“…,” said Ama Boateng of Ghana's Forestry Commission": Boateng, though the parse makes the
  quotation a second subject; "At a sawmill in Kumasi, north of Accra, trader Kojo Mensah
  said …" is Mensah's, though the parse makes a place a subject too.
- "Ms. X made an opening statement": a statement is a report of speech.
- "Mr. X (Peru) said …. Peru now proposed …. He reported …": "he" is X, not the State.
- "She repeated …" reports.
- "What did the Lima chair say?": the Chair of the meeting held in Lima.
- "Which delegate proposed …": a person or delegation named in the record, not "one
  delegation".
- "What did the EU say about checking shipments?": Mr. X (European Union) too, not only the
  EU's own voice.
- "Did Ms. Boateng agree with the timber exchange guy?": both, the second by what
  the records call him.
- "What was Peru's proposal?" then "how did they change it later?": the proposal's topic, in
  the words of Peru and its delegate.
- "What are the traders asking governments to do?": the one body whose name holds "traders",
  and all it asks for, "we support X" as well as "we call on States to".
- "What did producer countries like Brazil and Ghana say?": Brazil, and Ghana through its
  delegate (not its national presiding as Chair); "producer countries" is no topic.
- "Ghana vs the traders on a register": Ghana through its delegate, the traders' federation.
- "Which delegations spoke in Lima?": the European Union too, which attends beside States;
  "from South Africa", not "from the South Africa".
- "The representative of the secretariat presented …. She reported …": she is that unnamed
  person, not the Rapporteur named before.
- "What did the Latin American delegations say in Lima?": the States of that region (from the
  package's regions), through their delegates; not the Chair presiding, not Ghana.
- "Which chainsaw should I buy?": the record gives no advice on the asker's own choices.
- "ok thanks, that's useful" and "am I talking to a bot": chat, not questions.
- The eval grader credits "Mr. Quispe" for the gold's "Luis Quispe" when the cited record
  never gives the full name, and only then.

The records are fictional, written for this test.
"""

from __future__ import annotations

import pytest

from assistant import conversation
from assistant.answer import Message
from assistant.attribution_eval import as_recorded
from assistant.config import load_settings
from tests.helpers_corpus import corpus_engine

NEWS = """Timber experts in Accra argue over who should trace logs

By Efua Owusu

ACCRA, 12 May 2030 - Forestry officials from 24 countries met in Accra this week to discuss \
how criminal groups launder illegally felled timber through sawmills.

"We seize the logs at the mills, but by then the paperwork is already clean," said Ama \
Boateng of Ghana's Forestry Commission.

European Union officials argued that tracing every log would overwhelm ports.

At a sawmill in Kumasi, north of Accra, trader Kojo Mensah said buyers now asked for proof that \
planks were legal. "Nobody wants wood the police will take back," he said.
"""

REPORT = """Report of the first meeting of the Expert Group on Illegal Timber

Held in Accra, Ghana, from 10 to 12 May 2030

1. The meeting was opened by its Chair, Mr. Kwame Asante (Ghana), who said that every log \
should be traced from the forest to the port.

2. Ms. Ama Boateng, Senior Forestry Officer, made an opening statement on behalf of the host \
country. She recalled that a third of the timber seized in 2029 carried forged permits.

3. Mr. Quispe (Peru) proposed a new offence of trading in timber without a legal permit.

4. One delegation proposed a register of sawmills.

5. Mr. Jan de Vries (European Union) said that checking every shipment of timber would place an \
unrealistic burden on European ports.

6. The representative of the European Union (EU) said that the EU would fund training for \
forestry inspectors.

7. The representative of Brazil said that satellite images now showed most illegal clearings \
within a week.

8. The Rapporteur invited the secretariat to present its survey. The representative of the \
secretariat presented a survey of 30 States. She reported that half of them kept no register of \
sawmills.
"""

NOTE = """Note on the second meeting of the Expert Group on Illegal Timber

Lima, Peru, 8-9 June 2031

1. The meeting was attended by representatives of 20 States and the European Union. The \
meeting was chaired by Ambassador Rosa Huamani (Peru). In her opening remarks, the Chair \
said that the group should now measure results rather than draft new texts.

2. Mr. Quispe (Peru) said that his Government had revised its proposal. Peru now proposed an \
offence of trading in timber without a lawful excuse. He reported that seizures at the port of \
Callao had fallen by a fifth.

3. Ms. Boateng (Ghana) welcomed the revision. She repeated Ghana's call for a shared register \
of sawmills.

4. Mr. Tomas Berg (Nordic Timber Exchange) said that a register of sawmills would burden small \
family businesses.

5. Ms. Anna Lind (European Union) announced funding for forestry inspectors in five States. \
Ms. Naledi Dlamini (South Africa) said that her country now licensed every sawmill.
"""

SUBMISSION = """Written contribution of the Global Timber Traders' Federation

We represent 300 timber trading firms in 40 countries. Our members employ some 40,000 people.

We support a legal duty to record the origin of every log sold to a sawmill.

We call on States to fund more forestry inspectors at the ports of export.
"""

TEXTS = {"news.txt": NEWS, "report.txt": REPORT, "note.txt": NOTE, "submission.txt": SUBMISSION}
META = {
    "news.txt": 'title: "Timber experts in Accra argue over who should trace logs"\n'
    'date: "2030-05-12"\nkind: news article\n',
    "report.txt": 'title: "Report of the first meeting of the Expert Group on Illegal Timber"\n'
    'date: "2030-05-12"\nplace: "Accra, Ghana"\nkind: meeting report\n',
    "note.txt": 'title: "Note on the second meeting of the Expert Group on Illegal Timber"\n'
    'date: "2031-06-09"\nplace: "Lima, Peru"\nkind: note\n',
    "submission.txt": 'title: "Written contribution of the Global Timber Traders\' Federation"\n'
    'date: "2030-05-01"\npublisher: "Global Timber Traders\' Federation"\n'
    "kind: written contribution\n",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    files = {name: (text, META[name]) for name, text in TEXTS.items()}
    return corpus_engine(tmp_path_factory.mktemp("timber"), files)


def _unit(engine, words):
    return next(u for u in engine._state.units if words in u.text)


def test_said_after_a_quotation_names_the_person_of_a_body(engine):
    assert _unit(engine, "paperwork is already clean").speaker == "Ama Boateng"


def test_a_place_aside_before_the_speaker_is_no_subject(engine):
    assert _unit(engine, "planks were legal").speaker == "Kojo Mensah"
    assert _unit(engine, "police will take back").speaker == "Kojo Mensah"


def test_an_opening_statement_is_speech(engine):
    assert _unit(engine, "made an opening statement").speaker == "Ama Boateng"


def test_he_after_a_state_is_the_person_who_spoke_for_it(engine):
    assert _unit(engine, "Peru now proposed").speaker == "Peru"
    assert _unit(engine, "port of Callao").speaker in ("Quispe", "Mr. Quispe")


def test_repeated_reports(engine):
    assert _unit(engine, "She repeated").speaker in ("Boateng", "Ama Boateng")


def test_the_chair_of_a_meeting_named_by_its_venue(engine):
    a = engine.ask("what did the lima chair say when she opened?")
    assert not a.abstained, a.text
    assert {c.speaker for c in a.citations} == {"Rosa Huamani"}, a.text
    a = engine.ask("what did the accra chair say when he opened?")
    assert {c.speaker for c in a.citations} == {"Kwame Asante"}, a.text


def test_which_delegate_is_answered_by_a_named_speaker(engine):
    a = engine.ask("which delegate proposed an offence of trading in timber without a permit?")
    assert not a.abstained, a.text
    assert any(c.speaker and "Quispe" in c.speaker for c in a.citations), a.text
    assert not any(c.quote.startswith("One delegation") for c in a.citations), a.text


def test_advice_for_the_asker_is_not_in_the_record(engine):
    a = engine.ask("which chainsaw should i buy for my garden?")
    assert a.abstained and not a.citations, a.text
    assert not engine.ask("what did ama boateng say about forged permits?").abstained


@pytest.mark.parametrize(
    ("message", "kind"),
    [("ok thanks, that's useful", "thanks"), ("am i talking to a bot", "help"),
     ("thanks, now the peru position", None), ("thanks, and what did peru say?", None)],
)  # fmt: skip
def test_short_chat_beyond_the_word_lists(message, kind):
    assert conversation.act(message, load_settings()) == kind


def test_the_grader_takes_the_surname_only_where_the_record_gives_no_more():
    assert as_recorded("Quispe", "Luis Quispe", REPORT)
    assert not as_recorded("Boateng", "Ama Boateng", REPORT)  # the record names her in full
    assert not as_recorded("Peru", "Luis Quispe", REPORT)
    assert not as_recorded("Luis", "Luis Quispe", REPORT)  # a given name is not the surname


def test_a_body_speaks_through_its_named_people(engine):
    a = engine.ask("what did the eu say about checking timber shipments?")
    assert not a.abstained, a.text
    assert "Jan de Vries" in {c.speaker for c in a.citations}, a.text


def test_agree_with_someone_named_by_a_description(engine):
    a = engine.ask("did ms boateng agree with the timber exchange guy on the register?")
    cited = {c.speaker for c in a.citations}
    assert "Tomas Berg" in cited and cited & {"Boateng", "Ama Boateng"}, a.text


def test_a_change_of_mind_follow_up_keeps_the_topic(engine):
    first = "what was peru's proposal on a timber offence?"
    a = engine.ask(first)
    assert not a.abstained, a.text
    history = [Message(role="user", content=first), Message(role="assistant", content=a.text)]
    b = engine.ask("how did they change it later?", history=history)
    assert not b.abstained, b.text
    assert any("lawful excuse" in c.quote for c in b.citations), b.text


def test_a_body_named_by_a_word_of_its_name_and_all_it_asks(engine):
    a = engine.ask("what are the traders asking governments to do?")
    assert not a.abstained, a.text
    assert {c.speaker for c in a.citations} == {"Global Timber Traders' Federation"}, a.text
    quotes = " ".join(c.quote for c in a.citations)
    assert "We support a legal duty" in quotes and "We call on States" in quotes, a.text


def test_states_named_as_examples_of_a_kind(engine):
    a = engine.ask("what did producer countries like brazil and ghana say in the report?")
    assert not a.abstained, a.text
    cited = {c.speaker for c in a.citations}
    assert "Brazil" in cited and cited & {"Boateng", "Ama Boateng"}, a.text
    assert "Kwame Asante" not in cited, a.text


def test_two_sides_named_by_a_state_and_a_word_of_a_name(engine):
    a = engine.ask("ghana vs the traders on the origin of logs")
    cited = {c.speaker for c in a.citations}
    assert "Global Timber Traders' Federation" in cited, a.text
    assert cited & {"Boateng", "Ama Boateng"}, a.text


def test_delegations_include_a_union_attending_beside_states(engine):
    a = engine.ask("which delegations spoke in lima?")
    assert "European Union" in a.text and "Peru" in a.text, a.text
    assert "from the South Africa" not in a.text and "South Africa" in a.text, a.text


def test_she_after_an_unnamed_speaker_is_nobody_named_before(engine):
    unit = _unit(engine, "kept no register")
    assert unit.speaker is None and not unit.role, (unit.speaker, unit.role)


def test_a_region_names_its_states(engine):
    a = engine.ask("what did the latin american delegations say in lima?")
    cited = {c.speaker for c in a.citations}
    assert cited & {"Quispe", "Peru"}, a.text
    assert not cited & {"Rosa Huamani", "Boateng", "Ama Boateng", "Naledi Dlamini"}, a.text
