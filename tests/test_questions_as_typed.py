"""Questions as people type them: a chat word at the end ("… about manifests pls") is no
subject the record lacks; "where did participants disagree" asks on what, not where; a body
goes by its initials ("the NHU's exact words") and "exact words" asks for its words, not a
summary; "the FAQ" names a document by the kind its metadata gives; a verb ("who gets
priority") is no thing the record has only as still to come; the Chair's own list of
recommendations answers "what recommendations did the chair come up with"; a question taking
as given an act the record does not have ("why did the workshop adopt …") is not answered;
"where in Portmore …, which room" is the room, not the town the question names; a speaker's
answer to a moderator's question on the topic is what they said on it, in words of their own;
"what was the side event about" cites the line naming it when no metadata titles the record.

The records are fictional (a Chair's summary, an FAQ page, a union's statement), written for
this test.
"""

from __future__ import annotations

import pytest

from assistant.answer_types import asked_types

SUMMARY = """# Summary by the Chair: workshop on harbour crime, Portmore, 4 May 2031

1. The workshop was chaired by Ms. Rosalind Achterberg, prosecutor at the Harbour Crime \
Office. It was held at the Portmore Maritime Centre, in Meeting Room 4, on 4 May 2031.

2. The representative of Chile said that container scanners at its ports were old.

3. There was no consensus on whether dock workers should be obliged to report bribes.

4. On the basis of the discussion, the Chair drew the following recommendations, which she \
submits for the consideration of States:

(a) States should share cargo manifests within 48 hours;

(b) Training should be offered to inspectors and dock workers, with priority given to young \
inspectors at small ports.
"""
FAQ = """# Practical information: workshop on harbour crime

In which languages is the workshop held?

The sessions are held in English, with interpretation into French and Spanish.

Where are the documents published?

All documents are posted on the workshop web page. Each participant will get a certificate.

Does the workshop adopt an outcome?

The workshop does not negotiate or adopt an agreed outcome.
"""
UNION = """# Harbour workshop: the voices from the docks

The Nordic Harbour Union said that "manifests are the cheapest evidence a port ever holds".
"""

PANEL = """HARBOUR PANEL - TRANSCRIPT

MODERATOR (Ms. Lena Marsh): Welcome. Tomas, what would make a bribery hotline trustworthy?

MR. TOMAS REYES (Dockworkers Union): Two things. Lawyers who work for no port, and a promise \
that nobody is fired for calling.

MODERATOR (Ms. Lena Marsh): Thank you.

MR. TOMAS REYES (Dockworkers Union): Our own hotline took 90 calls last year.
"""

WEBCAST = """UNODC WEBCAST - UNEDITED TRANSCRIPT
Side event: "Ships Without Papers: Forged Manifests in Small Ports"
Portmore Maritime Centre, Room 2 - 4 May 2031

MODERATOR (Ms. Lena Marsh): Good afternoon. Our panel looks at forged cargo papers.

MR. TOMAS REYES (Dockworkers Union): Forged manifests reach us every week.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("typed")
    folder = base / "docs"
    folder.mkdir()
    files = {
        "summary_harbour_2031.md": (SUMMARY, "Summary by the Chair: workshop on harbour crime",
                                    "chair's summary"),
        "info_harbour_2031.md": (FAQ, "Practical information: workshop on harbour crime",
                                 "FAQ page"),
        "docks_2031.md": (UNION, "Harbour workshop: the voices from the docks", "news article"),
        "panel_2031.md": (PANEL, "Harbour panel: transcript", "transcript"),
    }  # fmt: skip
    (folder / "webcast_2031.txt").write_text(WEBCAST, encoding="utf-8")  # no metadata
    for name, (text, title, kind) in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        (folder / f"{name[:-3]}.meta.yaml").write_text(
            f'title: "{title}"\nkind: "{kind}"\ndate: "2031-05-04"\n', encoding="utf-8"
        )
    return build_engine(load_settings(source_dir=folder, index_dir=base / "index"))


def test_where_they_disagree_asks_on_what():
    assert "place" not in asked_types("where did participants disagree?")
    assert "place" not in asked_types("where does chile stand on scanners")
    assert "place" in asked_types("where did the delegates agree to meet next year?")
    assert "place" in asked_types("where was the workshop held?")


def test_the_faq_is_the_document_of_that_kind(engine):
    a = engine.ask("according to the FAQ, what languages are used at the workshop")
    assert not a.abstained and "French" in a.text


def test_a_chat_word_is_no_missing_subject(engine):
    a = engine.ask("exact quote from the harbour union guy about manifests pls")
    assert not a.abstained and "cheapest evidence" in a.text


def test_a_body_by_its_initials_and_its_exact_words(engine):
    for q in ["what were the NHU's exact words about manifests", "what was the NHU's view?"]:
        a = engine.ask(q)
        assert not a.abstained, q
        assert {c.speaker for c in a.citations} == {"Nordic Harbour Union"}, q


def test_a_verb_is_no_thing_still_to_come(engine):
    a = engine.ask("what's recommended on training, who gets priority?")
    assert not a.abstained and "young inspectors" in a.text


def test_the_chairs_list_answers_what_the_chair_recommended(engine):
    a = engine.ask("what recommendations did the chair come up with?")
    assert "48 hours" in a.text and "young inspectors" in a.text
    assert "Rosalind Achterberg" in {c.speaker for c in a.citations}


def test_an_act_taken_as_given(engine):
    a = engine.ask("why did the workshop adopt a new protocol on manifests?")
    assert a.abstained and "taking the step asked about" in a.text  # the act, said plainly
    assert not engine.ask("who chaired the workshop?").abstained
    said = engine.ask("did the workshop adopt an outcome on scanners?")  # the record's no
    assert "does not negotiate or adopt" in said.text


def test_which_room_is_not_the_town_asked_about(engine):
    a = engine.ask("where in portmore was it held, which room?")
    assert a.text.startswith("**Meeting Room 4"), a.text


def test_the_answer_to_the_question_asked_on_the_topic(engine):
    a = engine.ask("what makes a bribery hotline trustworthy according to reyes")
    assert "Lawyers who work for no port" in a.text


def test_what_an_untitled_record_was_about_cites_the_line_naming_it(engine):
    a = engine.ask("what was the side event about?")
    assert "Ships Without Papers" in a.text
