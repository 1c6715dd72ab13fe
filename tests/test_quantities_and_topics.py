"""The kind of quantity a number question asks for, and a speaker's topic in other words,
on fictional records written here in two layouts (a numbered report with anonymised
speakers, a news story with quotes; general English, invented names).

- "how long" asks for a duration, "how often" / "what share" for a rate, "how much money"
  for a sum with its currency, "how large" for a size, "how many" for a count (a quantity
  in words, "a minority of the requests", included); the unit holding it must be among the
  best-supported for the rest of the question. No such quantity: the answer abstains.
- A number set off with its own noun ("One speaker, from X, …") counts that noun only.
- A speaker who spoke to the question in other words than its topic's answers it; one who
  never spoke to it does not.
- A word the record never uses, in a question whose other words are only the meeting's
  place and month, is not answered by a line naming the place.

The real engine and the real bundled MiniLM.
"""

from __future__ import annotations

import pytest

from assistant import answer_types

# Paragraphs one a line, as a word processor or web page writes them.
REPORT = "\n\n".join(
    [
        "Report of the expert meeting on stolen maps held in Northmere from 3 to 5 March 2025",
        "1. The meeting was attended by 54 experts from 23 States.",
        "2. One speaker, from Freedonia, described a national register of stolen maps and charts "
        "that contained more than 2.4 million entries and could be searched by foreign customs "
        "services.",
        "3. One speaker, from Sylvania, reported that 120 maps had been withdrawn from sale at "
        "foreign auctions in 2024, but noted that only a small number of those maps had been "
        "returned.",
        "4. The representative of the Map Crime Office observed that only a minority of the "
        "requests for assistance involving stolen maps expressly invoked the Convention as their "
        "legal basis.",
        "5. Participants heard that obtaining archived shipping records from another State took a"
        " median of eight months, which many considered far too long.",
    ]
)

# Paragraphs one a line, as a word processor or web page writes them.
NEWS = "\n\n".join(
    [
        "# Map thieves move faster than paperwork, experts warn",
        "Experts gathered in Northmere this week to discuss the trade in stolen maps.",
        "Dana Whitlock, chief archivist at the Northmere Map Library, had simple advice for "
        'collectors. "If you find an old map for sale, ask the seller for the papers that show '
        'where it came from, and walk away if there are none," she said.',
        "Whitlock said the library's hotline flags about 7% of the calls it receives as urgent.",
        "The meeting closed on Wednesday with a call for shared databases.",
    ]
)


@pytest.fixture(scope="module")
def maps(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("quantities_and_topics")
    docs = base / "docs"
    docs.mkdir()
    (docs / "report_maps_2025.txt").write_text(REPORT, encoding="utf-8")
    meta = ('title: "Report of the expert meeting on stolen maps"\n'
            'date: "2025-03-05"\nplace: Northmere\nkind: meeting report\n')  # fmt: skip
    (docs / "report_maps_2025.meta.yaml").write_text(meta, encoding="utf-8")
    (docs / "news_maps_2025.md").write_text(NEWS, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_question_words_name_the_kind_of_quantity():
    assert answer_types.quantity_kind("How long does it take?") == ("duration", {"long"})
    assert answer_types.quantity_kind("How often is it flagged?")[0] == "rate"
    assert answer_types.quantity_kind("What share of listings were vague?")[0] == "rate"
    assert answer_types.quantity_kind("How much money was pledged?")[0] == "amount"
    assert answer_types.quantity_kind("How large is the register?") == ("size", {"large"})
    assert answer_types.quantity_kind("How many months did it take?")[0] == "duration"
    assert answer_types.quantity_kind("How many maps were returned?")[0] == "count"


def test_each_kind_is_found_in_digits_or_words():
    stems = {answer_types.stem("requests")}
    assert answer_types.has_quantity("it took a median of eight months", "duration", set())
    assert not answer_types.has_quantity("54 experts from 23 States", "duration", set())
    assert answer_types.has_quantity("about 7% of the calls", "rate", set())
    assert answer_types.has_quantity("one in four requests", "rate", set())
    assert answer_types.has_quantity("donors pledged US$2.5 million", "amount", set())
    assert answer_types.has_quantity("a grant of 300,000 euros", "amount", set())
    assert not answer_types.has_quantity("in 2024 the 12 States met", "amount", set())
    assert answer_types.has_quantity("only a minority of the requests", "count", stems)
    assert not answer_types.has_quantity("most often because of delays", "count", stems)


def test_how_large_is_answered_by_the_size_in_the_record(maps):
    a = maps.ask("How large is Freedonia's register of stolen maps?")
    assert not a.abstained, a.text
    assert "2.4 million" in a.text.split("\n")[0]  # the lead gives the size, not "One speaker"


def test_how_long_is_answered_by_a_duration(maps):
    a = maps.ask("How long does it take to obtain archived shipping records from another State?")
    assert not a.abstained, a.text
    assert "eight months" in a.text


def test_how_often_is_answered_by_a_rate(maps):
    a = maps.ask("How often does the library's hotline flag a call as urgent?")
    assert not a.abstained, a.text
    assert "7%" in a.text


def test_how_many_is_answered_by_a_quantity_in_words(maps):
    a = maps.ask("How many assistance requests involving stolen maps invoke the Convention?")
    assert not a.abstained, a.text
    assert "minority" in a.text


def test_no_quantity_of_the_kind_asked_abstains(maps):
    assert maps.ask("How much money did donors pledge for the register of stolen maps?").abstained
    a = maps.ask(
        "Exactly how many of the 120 maps withdrawn from auction were returned to Sylvania?"
    )
    assert a.abstained, a.text  # "One speaker" counts the speaker, "a small number" no count


def test_a_speaker_answers_in_other_words_than_the_topic(maps):
    a = maps.ask(
        "What did Dana Whitlock advise collectors to do if they come across a map for sale?"
    )
    assert not a.abstained, a.text
    assert "ask the seller for the papers" in a.text


def test_a_speaker_who_never_spoke_to_it_abstains(maps):
    a = maps.ask("What did Dana Whitlock say about satellite imagery of archaeological sites?")
    assert a.abstained, a.text


def test_a_word_never_used_beside_the_meeting_place_abstains(maps):
    a = maps.ask("whats the weather usually like in Northmere in March")
    assert a.abstained, a.text
