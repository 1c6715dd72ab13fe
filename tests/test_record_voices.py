"""Who speaks in the sentences a summary or a newsletter writes around its speakers:

- a lead-in that ends with a full stop ("… put forward the following recommendations. They
  reflect …") holds until its lettered list, whose items are the Chair's;
- "X of Chile served as Rapporteur." names the meeting's Rapporteur, so "The Rapporteur informed
  participants that …" is theirs, whatever the parse makes of "informed";
- "X disagreed, saying that …" is X's, and so is the "She added …" after it;
- a newsletter's own "We think …" is its writers' voice, not the last person quoted;
- "A delegate from a Latin American country, who asked not to be named, told us …" is someone
  unnamed: the "she said" after it is not the speaker before.

And what the engine answers from them: "summarise what was said about X" gives the record's
sentences on X (a run-in section "4. X." first), not the meeting's summary; "why did the Chair
recommend Y" abstains when the Chair's words do not hold Y.

The records are fictional (a Chair's summary and a newsletter of 2031), written for this test.
"""

from __future__ import annotations

import pytest

from assistant import sources
from assistant.attribution import analyse
from tests.helpers_corpus import corpus_engine

SUMMARY = """Expert Meeting on Rail Freight Theft: Chair's summary

I. Organization of the meeting

1. The Expert Meeting on Rail Freight Theft was held in Tallinn from 2 to 4 June 2031. The meeting \
was chaired by Ambassador Liisa Tamm of Estonia. Mr. Rodrigo Paz of Chile served as Rapporteur.

II. Summary of the discussions

2. Cargo seals. Participants described forged seals as the main way thieves open sealed wagons \
unnoticed. One delegation proposed a shared register of seal numbers.

3. Insider theft by depot workers. Some delegations attributed insider theft mainly to low wages, \
while others pointed to threats made against the families of depot workers. Several participants \
welcomed anonymous reporting lines for depot staff.

4. Ms. Maria Lind of Sweden disagreed with the register, saying that seal numbers were already \
printed on every waybill. She added that a register would only help thieves plan.

III. Recommendations of the Chair

5. On the basis of the discussions, the Chair put forward the following recommendations. They \
reflect her own assessment and were not negotiated.

(a) Designate national contact points on freight theft at every border station;

(b) Fit satellite trackers to wagons carrying high-value cargo;

(c) Convene a follow-up meeting in Riga in 2032.

IV. Closing

6. The Chair thanked the Government of Estonia. The Rapporteur informed participants that the \
report would be submitted to the Conference of the Parties in October 2031.
"""

NEWSLETTER = """Freight Watch newsletter, June 2031

Dear members,

Last week our team went to Tallinn for the Expert Meeting on Rail Freight Theft. Here is our \
short report from the meeting.

The representative of Latvia said that thefts from wagons had doubled since 2029. Several \
participants said that depot staff were offered bribes by the same groups.

Professor Anna Kask of the Baltic Transport Institute presented a survey of 300 depots. Her \
headline finding was that one depot in four had lost cargo to insiders. We think this number \
should be read in every ministry of transport.

A delegate from a Central Asian country, who asked not to be named, told us that trackers are \
too costly for small operators. "We cannot fit a tracker to every wagon," she said.
"""


def _units(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {u.text: u.speaker for u in analyse(sources.load(path)).units}


def _speaker_of(units, start):
    hits = [sp for text, sp in units.items() if text.startswith(start)]
    assert len(hits) == 1, (start, units)
    return hits[0]


@pytest.fixture(scope="module")
def summary_units(tmp_path_factory):
    return _units(tmp_path_factory.mktemp("summary"), "summary.txt", SUMMARY)


def test_a_lead_in_with_a_full_stop_holds_until_its_list(summary_units):
    assert _speaker_of(summary_units, "On the basis of the discussions") == "Liisa Tamm"
    assert _speaker_of(summary_units, "They reflect her own assessment") is None
    for item in ("Designate national contact points", "Fit satellite trackers", "Convene a follow"):
        assert _speaker_of(summary_units, item) == "Liisa Tamm", item


def test_who_served_as_rapporteur_is_the_rapporteur(summary_units):
    assert _speaker_of(summary_units, "The Rapporteur informed participants") == "Rodrigo Paz"
    assert _speaker_of(summary_units, "The Chair thanked") == "Liisa Tamm"


def test_who_disagreed_saying_is_the_speaker_and_she_adds(summary_units):
    assert _speaker_of(summary_units, "Ms. Maria Lind of Sweden disagreed") == "Maria Lind"
    assert _speaker_of(summary_units, "She added that a register") == "Maria Lind"
    assert _speaker_of(summary_units, "One delegation proposed") is None


def test_a_newsletter_speaks_for_itself_and_an_unnamed_delegate_is_nobody_named(tmp_path):
    units = _units(tmp_path, "newsletter.txt", NEWSLETTER)
    assert _speaker_of(units, "Her headline finding") == "Anna Kask"
    assert _speaker_of(units, "We think this number") is None
    assert _speaker_of(units, "A delegate from a Central Asian country") is None
    assert _speaker_of(units, '"We cannot fit a tracker') is None


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    files = {
        "summary.txt": (
            SUMMARY,
            'title: "Expert Meeting on Rail Freight Theft: Chair\'s summary"\n'
            'kind: "Chair\'s summary"\ndate: "2031-06-04"\n',
        ),
        "newsletter.txt": (NEWSLETTER, 'title: "Freight Watch newsletter"\ndate: "2031-06-10"\n'),
    }
    return corpus_engine(tmp_path_factory.mktemp("voices"), files)


def test_a_topic_summary_is_the_record_on_the_topic(engine):
    a = engine.ask("summarise what was said about insider theft by depot workers")
    assert not a.abstained, a.text
    quoted = " ".join(c.quote for c in a.citations)
    assert "low wages" in quoted and "threats" in quoted, a.text
    assert "forged seals" not in quoted and "satellite" not in quoted, a.text  # other topics


def test_why_the_chair_recommended_what_she_did_not(engine):
    a = engine.ask("why did the chair recommend that every state ban night trains?")
    assert a.abstained, a.text
    a = engine.ask("why did the chair recommend satellite trackers?")
    assert not a.abstained, a.text
    assert any("satellite trackers" in c.quote for c in a.citations), a.text
