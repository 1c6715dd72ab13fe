"""Which outlet ran a piece and who wrote it, for an HTML page with no `.meta.yaml`: the site
name is the last part of a "Headline: subtitle | Site" title, the writer its "By Name" line.
The fictional page below was written before the code."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant import readers
from assistant.config import load_settings
from assistant.engine import build_engine
from assistant.generators.documents import asked

INTERVIEW_PAGE = """<!DOCTYPE html>
<html><head>
<title>"Orchards need night patrols": botanist Ilse Marenko on theft | The Harbour Courier</title>
</head><body>
<header><div class="logo">The Harbour Courier</div></header>
<article>
<p class="kicker">INTERVIEW</p>
<h1>"Orchards need night patrols"</h1>
<p class="standfirst">As growers meet in Riga, botanist Ilse Marenko explains what her team
found in the orchards this year.</p>
<p class="byline">By Tobias Renwick-Hale | 4 June 2025</p>
<p>Ilse Marenko leads the crop security unit of the Baltic Orchard Institute.</p>
<p><strong>How many thefts did your team count?</strong></p>
<p>We counted 312 thefts last season, most of them at night, and almost none were reported.</p>
<p><strong>What should growers do?</strong></p>
<p>Photograph every tree before the harvest, and share the pictures with the police.</p>
<p>Dr. Ilse Marenko (Baltic Orchard Institute) also said that tree tags sold online help
growers mark their crates.</p>
</article>
<footer><p>&copy; 2025 The Harbour Courier. All rights reserved.</p></footer>
</body></html>
"""


def test_the_site_name_is_the_last_part_of_a_headline_subtitle_site_title():
    got = readers.read_html(INTERVIEW_PAGE)
    assert got.meta.get("publisher") == "The Harbour Courier"


def test_which_outlet_asks_for_the_publisher_and_its_writer():
    assert asked("Which publication interviewed Marenko and who wrote it up?") == "wrote"
    assert asked("What newspaper published the interview with Marenko?") == "published"
    assert asked("What did Marenko say about thefts?") is None


@pytest.fixture(scope="module")
def courier(tmp_path_factory):
    base = tmp_path_factory.mktemp("outlet")
    docs = base / "docs"
    docs.mkdir()
    (docs / "marenko_interview.html").write_text(INTERVIEW_PAGE, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_the_outlet_and_writer_of_an_interview_are_answered_and_cited(courier):
    a = courier.ask("Which publication interviewed Marenko and who wrote it up?")
    assert not a.abstained
    assert "The Harbour Courier" in a.text and "Tobias Renwick-Hale" in a.text
    text = courier.document_text("marenko_interview")
    assert a.citations and all(c.quote in text for c in a.citations)


def test_an_outlet_question_alone_names_the_writer_for_it_too(courier):
    a = courier.ask("Which publication interviewed Marenko?")
    assert "The Harbour Courier" in a.text and "Tobias Renwick-Hale" in a.text


def test_where_a_person_works_is_never_answered_online():
    from assistant.generators.extractive import _lead_parts
    from assistant.questions import Analysis

    text = "Dr. Ilse Marenko (Baltic Orchard Institute) said tags sold online help growers."
    person = Analysis("Where does Ilse Marenko work?", "", "factual", speakers=["Ilse Marenko"])
    meeting = Analysis("Where was the workshop held?", "", "factual")
    assert _lead_parts(replace(person, types=["place"]), text, set(), set()) == []
    assert _lead_parts(replace(meeting, types=["place"]), text, set(), set()) == ["online"]
