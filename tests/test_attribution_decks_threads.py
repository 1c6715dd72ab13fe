"""Slide decks, live threads, "Q." interviews, titles before names and pronouns (own documents).

Each document below is fictional, written for these tests: a slide deck whose presenter the
metadata names, with running footers and speaker notes; a live thread of numbered posts with
speakers' labels, replies and a correction; an interview labelled "Q." / "A."; a press release
naming a minister by title then name; a newsletter whose "she" follows the person just named.
"""

from __future__ import annotations

from tests.test_attribution import said, stored, write

DECK = """Keeping ferries safe

Lessons from ten years of port inspections

Dr. Marit Solheim-Vega

Head of Section, Port State Control

Coastal Safety Agency, Norland

Harbour Forum | 2 May 2025 | M. Solheim-Vega 1

What we found

- 412 inspections of passenger ferries since 2015

- Lifeboat drills missing on one ferry in five

Harbour Forum | 2 May 2025 | M. Solheim-Vega 2

Speaker notes:

Say that most crews want to do the drills but lack the time in port.

Harbour Forum | 2 May 2025 | M. Solheim-Vega 3

Speaker notes:

If asked about fines: we prefer detention to fines.

Harbour Forum | 2 May 2025 | M. Solheim-Vega 4
"""

DECK_META = """title: "Keeping ferries safe (slides)"
date: "2025-05-02"
publisher: "Coastal Safety Agency, Norland (presenter: Marit Solheim-Vega)"
kind: "presentation slides"
"""


def test_a_slide_deck_is_its_presenters_words(tmp_path):
    directory, units, _ = stored(write(tmp_path, "deck.txt", DECK, DECK_META))
    presenter = "Marit Solheim-Vega"
    assert said(units, "412 inspections of passenger ferries")[0] == presenter
    assert said(units, "Lifeboat drills missing")[0] == presenter
    assert said(units, "most crews want to do the drills")[0] == presenter
    assert said(units, "we prefer detention to fines")[0] == presenter
    assert directory.speakers[presenter].affiliation == "Coastal Safety Agency, Norland"
    # The title slide and the running footers are the deck's own.
    assert said(units, "Lessons from ten years") == (None, "narrative")
    assert said(units, "M. Solheim-Vega 3") == (None, "narrative")
    assert not any("presenter:" in name for name in directory.speakers)


THREAD = """# Live thread: Harbour Forum, day 1

Compiled by Tove Lindgren (@tove_l), rapporteur for the Seafarers' Rights Alliance. Posts as \
published.

**1/** 09:30 Good morning from the Harbour Forum. Two themes today: ferries and fishing boats.

**2/** 09:45 Norland, Kasper Ødegaard Lunde: 412 ferry inspections since 2015; one ferry in \
five had no drills.

> @petra_novakova replying to 2/: Drills on paper are not drills at sea.

> @harbourwatch24 replying to 2/: Numbers look low to us.

**3/** 10:02 Estlandia (Riina Tamm-Kask): 91% of fishing boats inspected last year.

**4/** 10:10 CORRECTION to 3/: Estlandia said 19 per cent, not 91. My mistake.

**5/** 10:20 Chair says the afternoon starts at 2 p.m. Lunch now.
"""


def test_a_live_thread_credits_posts_labels_and_replies(tmp_path):
    _, units, _ = stored(write(tmp_path, "thread.md", THREAD))
    assert said(units, "Two themes today")[0] == "Tove Lindgren"  # the compiler's own posts
    assert said(units, "Lunch now")[0] == "Tove Lindgren"
    assert said(units, "one ferry in five had no drills")[0] == "Kasper Ødegaard Lunde"
    assert said(units, "Drills on paper are not drills")[0] == "Petra Novakova"
    assert said(units, "Numbers look low to us") == (None, "narrative")  # an unknown account
    # A post the thread corrects is nobody's words as posted; a report is not the compiler's.
    assert said(units, "91% of fishing boats") == (None, "narrative")
    assert said(units, "Chair says the afternoon")[0] != "Tove Lindgren"


INTERVIEW = """The harbour master who counts every boat

By Ines Carvalho-Lind | 3 June 2025

Captain Oskar Brenner-Holm runs the port of Skarvik. Ines Carvalho-Lind spoke to him after the \
forum.

Q. You told the forum that small boats are the blind spot. Why?

A. Because nobody inspects them. We have three inspectors for two hundred boats.

Q. Some ports have bought drones. Yours has not.

A. Drones are fine, but a drone cannot board a boat.

Q. What would help most?

A. Two more inspectors, and a register that works.
"""


def test_q_and_a_with_full_stops_are_interviewer_and_interviewee(tmp_path):
    _, units, _ = stored(write(tmp_path, "interview.txt", INTERVIEW))
    assert said(units, "Some ports have bought drones")[0] == "Ines Carvalho-Lind"
    assert said(units, "Yours has not")[0] == "Ines Carvalho-Lind"  # the interviewer, not him
    assert said(units, "a drone cannot board a boat")[0] == "Oskar Brenner-Holm"
    assert said(units, "We have three inspectors")[0] == "Oskar Brenner-Holm"
    assert said(units, "spoke to him after") == (None, "narrative")  # they met; no words


RELEASE = """PRESS RELEASE

Norland urges common ferry checks

PORTVIK, 4 May 2025

The Minister of Transport, Dr. Sigrid Aalto-Berg, today called on the countries of the \
northern seas and their port authorities to adopt common ferry checks.

Dr. Sigrid led the delegation of Norland to the Harbour Forum.

Addressing the opening session, the Minister said that ferry traffic had doubled in ten years.

The Chair of the forum, Ambassador Jonas Virtanen-Koski of Estlandia, thanked Norland for its \
proposal.
"""


def test_a_title_before_a_name_belongs_to_that_person(tmp_path):
    _, units, _ = stored(write(tmp_path, "release.txt", RELEASE))
    minister = "Sigrid Aalto-Berg"
    assert said(units, "today called on the countries")[0] == minister
    assert said(units, "ferry traffic had doubled")[0] == minister  # "the Minister": her title
    assert said(units, "thanked Norland for its proposal")[0] == "Jonas Virtanen-Koski"


NEWSLETTER = """Harbour Notes, June 2025

Kalle Ruotsalainen, coordinator of the Blue Quay Workers Network, said inspections should be \
unannounced. The Network is asking for a public list of detained ferries.

The representative of Estlandia, Ms. Riina Tamm-Kask, drew interest when she described the \
register of fishing boats. Speaking to us afterwards, she said: "A register nobody updates is \
worse than none."

Liisa Mäkelä-Oduro of Harbour Families Together agreed. "Families want to know which boats are \
safe," she said.

Dr. Anneli Korpela of the Norland Ministry of Transport closes the second panel. "The drills \
are the easy part," she says.
"""


def test_a_pronoun_follows_the_person_just_named(tmp_path):
    _, units, _ = stored(write(tmp_path, "notes.txt", NEWSLETTER))
    assert said(units, "public list of detained ferries")[0] == "Blue Quay Workers Network"
    assert said(units, "described the register")[0] == "Riina Tamm-Kask"
    assert said(units, "A register nobody updates")[0] == "Riina Tamm-Kask"
    assert said(units, "Families want to know")[0] == "Liisa Mäkelä-Oduro"
    assert said(units, "The drills are the easy part")[0] == "Anneli Korpela"


RADIO = """NORTHERN RADIO - HARBOUR HOUR

ANCHOR: Good evening, this is Harbour Hour, I'm Saara Lehtinen-Moe. Ferries are in the news \
tonight.

REPORTER (JONAS HALME): The forum closed this afternoon in Portvik.

ANCHOR: We asked the Coastal Safety Agency when the new checks would start. A spokesperson said \
it was too early to say.
"""


def test_an_anchor_who_names_herself_and_an_unnamed_spokesperson(tmp_path):
    directory, units, _ = stored(write(tmp_path, "radio.txt", RADIO))
    assert said(units, "Ferries are in the news")[0] == "Saara Lehtinen-Moe"
    assert "Harbour Hour" not in directory.speakers  # the programme is not the anchor
    assert said(units, "it was too early to say") == (None, "narrative")


MINUTES = """Minutes of the informal consultations

Ms. Aino Pelkonen (Norland) asked whether the list would be public. Asked by Ms. Pelkonen who \
would keep the list, Mr. Erik Saarinen (Secretariat) said the Secretariat could host it.
"""


def test_the_one_asked_is_the_one_who_answers(tmp_path):
    _, units, _ = stored(write(tmp_path, "minutes.txt", MINUTES))
    assert said(units, "the Secretariat could host it")[0] == "Erik Saarinen"


SUMMARY = """Webinar summary

Mr. Pekka Rinne of the Coastal Safety Agency said the agency had inspected 412 ferries. \
"The drills are what matter," Rinne said.

Captain Ilmari Saarela drew on thirty years at sea. He described a night in which his ferry lost \
power. In his words: "A drill is a rehearsal for the worst night of your life."
"""


def test_he_follows_a_person_named_with_an_irregular_verb_and_in_his_words(tmp_path):
    _, units, _ = stored(write(tmp_path, "summary.txt", SUMMARY))
    assert said(units, "a night in which his ferry lost power")[0] == "Ilmari Saarela"
    assert said(units, "A drill is a rehearsal")[0] == "Ilmari Saarela"


MISSION = """PRESS RELEASE

The Permanent Representative of Norland to the United Nations, H.E. Ambassador Eero \
Mannila-Voss, led the delegation to the Harbour Forum.

"A ferry is only as safe as its last drill," the Ambassador said.

Ms. Lotta Rask (Estlandia) wondered whether fishing boats could be included.
"""


def test_the_ambassador_is_the_one_titled_so_and_wondered_reports(tmp_path):
    _, units, _ = stored(write(tmp_path, "mission.txt", MISSION))
    assert said(units, "only as safe as its last drill")[0] == "Eero Mannila-Voss"
    assert said(units, "whether fishing boats could be included")[0] == "Lotta Rask"


BULLETIN = """HARBOUR FORUM BULLETIN

Chair Helmi Kaartinen (Norland) opened the session by recalling the forum's mandate.

ESTLANDIA proposed a common register of fishing boats.

Summing up, the Chair noted broad support for the register.
"""


def test_a_role_written_before_a_name_is_a_person_holding_it(tmp_path):
    directory, units, _ = stored(write(tmp_path, "bulletin.txt", BULLETIN))
    assert said(units, "opened the session")[0] == "Helmi Kaartinen"
    assert said(units, "broad support for the register")[0] == "Helmi Kaartinen"
    assert not any(name.startswith("Chair ") for name in directory.speakers)


BLOG = """# Live: Harbour Forum, day 1

### 10:05
Mr. Arvo Lepik (Norland) says his agency detained nine ferries last year.

### 10:20
Estlandian prosecutor Maarit Oja has been elected Chair. First words to the room: "Tell us \
about your cases, not your laws."
"""


def test_a_quote_after_a_bare_lead_in_is_the_person_just_named(tmp_path):
    _, units, _ = stored(write(tmp_path, "blog.md", BLOG))
    assert said(units, "Tell us about your cases")[0] == "Maarit Oja"  # not Mr. Lepik
