"""When, where, at what time and in which room a meeting was held (or a recording made): the
record's own line that says so, cited; in two layouts each: a sentence with a verb of meeting
("held in Tallinn from 3 to 5 June"), and a label line ("Venue: Hall B, ...").

Made-up documents (no eval case's words); the real question analysis on synthetic units.
"""

from __future__ import annotations

from assistant import meetings, questions
from assistant.chunking import StoredUnit
from assistant.directory import Directory


def unit(n: int, doc: str, text: str, speaker: str | None = None) -> StoredUnit:
    fields: dict = {
        "unit_id": f"{doc}-{n}", "doc_id": doc, "text": text, "start": 0, "end": len(text),
        "kind": "quote" if speaker else "frame", "speaker": speaker, "honorific": None,
        "gender": None, "affiliation": None, "acronym": None, "roles": [], "quotes": [],
        "attr": None, "verb": None, "mentions": [], "doc_title": doc, "doc_date": None,
        "doc_sha256": "0" * 64, "order": n,
    }  # fmt: skip
    return StoredUnit(**fields)


DOCS = {
    "report": {"title": "Report of the Working Group on Peat Bogs", "date": "2031-07-01",
               "place": "Tallinn", "kind": "meeting report"},
    "notes": {"title": "notes", "date": None, "place": None, "kind": None},
    "show": {"title": "Bog Talk episode 9", "date": None, "place": None, "kind": None},
    "panel": {"title": "Lunchtime panel on bog restoration (transcript)", "date": None,
              "place": "Tallinn", "kind": "panel transcript"},
    "other": {"title": "Report of the Forum on Glaciers", "date": "2030-02-01",
              "place": "Oslo", "kind": "meeting report"},
}  # fmt: skip
UNITS = {
    "report": [
        unit(0, "report", "The Working Group discussed drainage."),
        unit(1, "report", "The Working Group on Peat Bogs was held at the Baltic Hall in Tallinn "
             "from 3 to 5 June 2031, under the chairmanship of Estonia."),
        unit(2, "report", "Drainage harms bogs, said one speaker.", "Estonia"),
    ],
    "notes": [
        unit(0, "notes", "Drafting session on the bog declaration"),
        unit(1, "notes", "When:   Thursday 4 June 2031, 14:30-16:00"),
        unit(2, "notes", "Venue:  Room 7B, Baltic Hall, Tallinn"),
        unit(3, "notes", "KP opened the drafting session and asked for short comments.", "KP"),
        unit(4, "notes", "KP closed the drafting session at 16:00.", "KP"),
    ],
    "show": [
        unit(0, "show", "Bog Talk, episode 9. Recorded 9 June 2031 in our studio."),
        unit(1, "show", "Welcome to the show.", "Host"),
    ],
    "panel": [
        unit(0, "panel", "Organised by: Bog Trust **Date and venue:** Friday, 5 June 2031, "
             "13:00–14:00, Side Room 4, Baltic Hall, Tallinn"),
        unit(1, "panel", "Welcome to the panel.", "Moderator"),
    ],
    "other": [
        unit(0, "other", "The Forum on Glaciers met in Oslo on 2 and 3 February 2030."),
    ],
}  # fmt: skip


class FakeCorpus:
    def __init__(self) -> None:
        self.docs = DOCS
        self.by_doc = UNITS
        self.directory = Directory([u for us in UNITS.values() for u in us])


CORPUS = FakeCorpus()


def held(q: str, docs: list[str] | None = None) -> tuple[list[str], str] | None:
    a = questions.analyse(q, [], CORPUS.directory, set(), set())
    a.docs = docs or []
    found = meetings.occasion(a, CORPUS)  # type: ignore[arg-type]
    if found is None:
        return None
    units, parts = found
    return [u.unit_id for u in units], "; ".join(parts)


def test_when_and_where_a_meeting_was_held_is_its_own_sentence():
    ids, lead = held("When and where did the working group on peat bogs meet?") or ([], "")
    assert ids == ["report-1"]
    assert "3 to 5 June 2031" in lead and "Tallinn" in lead
    ids, lead = held("where was the glacier forum held, and when?") or ([], "")
    assert ids == ["other-0"] and "Oslo" in lead and "2 and 3 February 2030" in lead


def test_time_and_room_come_from_the_records_label_lines():
    ids, lead = held("What time and in which room did the drafting session meet?") or ([], "")
    assert set(ids) == {"notes-1", "notes-2"}
    assert "14:30" in lead and "Room 7B" in lead
    ids, lead = held("where and at what time did the drafting session on the declaration meet") or (
        [], "")  # fmt: skip
    assert "14:30" in lead and "Room 7B" in lead
    ids, lead = held("What time and in which room was the drafting session?") or ([], "")
    assert set(ids) == {"notes-1", "notes-2"} and "14:30" in lead  # no verb of meeting
    ids, lead = held("When was the drafting session with the bog trust") or ([], "")
    assert ids == ["notes-1"] and "4 June 2031" in lead


def test_labels_run_together_on_one_line():
    ids, lead = held("At what time and in which room was the lunchtime panel?") or ([], "")
    assert ids == ["panel-0"] and lead == "13:00–14:00; Side Room 4"


def test_a_headers_date_is_not_when_it_closed():
    ids, lead = held("When did the drafting session close?") or ([], "")
    assert ids == ["notes-4"] and "16:00" in lead


def test_when_a_recording_was_made_is_the_documents_own_line():
    ids, lead = held("When was the Bog Talk episode recorded?") or ([], "")
    assert ids == ["show-0"] and "9 June 2031" in lead
    ids, lead = held("when was it recorded?", ["show"]) or ([], "")
    assert ids == ["show-0"]


def test_not_an_occasion_question():
    assert held("What did Estonia say about drainage?") is None
    assert held("When did Estonia warn about drainage?") is None  # a speaker's words
    assert held("When and where will the next working group on peat bogs be held?") is None
    assert held("Where are the slides of the lunchtime panel available?") is None
