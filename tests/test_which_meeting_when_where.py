"""When and where "the meeting" met, when the records hold several: "the dates of the
meeting" asks when it met; a time zone ("2 p.m. (Nairobi time)") is no place it met; and when
the question's words fit several meetings alike, the latest record's meeting answers (as lists
do: the latest first); "who were the officers" is the list a record introduces ("elected
the following officers:").

The records are fictional (an online expert meeting of 2030, an expert meeting held in Apia in
2032), written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers_corpus import corpus_engine

ONLINE = """# Expert meeting on port crime: summary

The expert meeting was held online on Tuesday, 4 June 2030, at 2 p.m. (Nairobi time).

Ms. Amina Odhiambo said that port crime had grown.
"""

APIA = """# Report of the expert meeting on cargo theft

1. The expert meeting on cargo theft was held in Apia from 3 to 5 May 2032.

2. Mr. Tavita Leaupepe said that cargo theft cost the region $40 million a year.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    files = {
        name: (text, f'title: "{title}"\nkind: "meeting report"\ndate: "{date}"\n')
        for name, text, title, date in [
            ("online_2030.md", ONLINE, "Expert meeting on port crime: summary", "2030-06-04"),
            ("apia_2032.md", APIA, "Report of the expert meeting on cargo theft", "2032-05-05"),
        ]
    }
    return corpus_engine(tmp_path_factory.mktemp("meetings"), files)


def test_a_time_zone_is_no_place(engine):
    a = engine.ask("where was the expert meeting on port crime held?")
    assert "Nairobi" not in a.text.split("\n")[0], a.text


def test_the_latest_meeting_when_the_words_fit_several(engine):
    a = engine.ask("where did the expert meeting take place?")
    assert a.text.startswith("**Apia"), a.text


def test_the_dates_of_the_meeting(engine):
    a = engine.ask("what were the dates of the meeting")
    assert "3 to 5 May 2032" in a.text.split("\n")[0], a.text
    a = engine.ask("what was the date of the expert meeting on port crime?")
    assert "4 June 2030" in a.text.split("\n")[0], a.text


ELECTED = """# Report of the workshop on dock safety

1. The workshop on dock safety was held in Suva from 2 to 3 June 2033.

2. At its 1st meeting, the workshop elected the following officers:

Chair: Mele Tupou (Tonga)

Vice-Chair: Arun Prasad (Fiji)

Rapporteur: Sina Aufai (Samoa)

3. Ms. Tupou said that dock accidents had fallen by a third.
"""


@pytest.fixture(scope="module")
def elected(tmp_path_factory):
    return corpus_engine(tmp_path_factory.mktemp("elected"), {"suva_2033.md": (ELECTED, None)})


def test_the_officers_a_record_lists(elected):
    a = elected.ask("who were the officers elected at the workshop")
    for name in ("Mele Tupou", "Arun Prasad", "Sina Aufai"):
        assert name in a.text, a.text
