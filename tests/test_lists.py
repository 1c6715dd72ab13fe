"""List and group answers: every member of the kind asked for, one line with content each.

The real engine and the real bundled MiniLM on four fictional records written here (a meeting
report with numbered paragraphs and a lettered list, a panel transcript with a list of its
panellists, a press release and a news story). The pure parts (courtesy lines, list labels)
are tested on their own inputs.
"""

from __future__ import annotations

import pytest

from assistant.chunking import StoredUnit
from assistant.generators import broad, members

pytestmark = pytest.mark.usefixtures("no_network")

DOCS = {
    "report_fisheries_2024": (
        "Report of the Committee on Coastal Fisheries on its fourth session, held in Lisbon on "
        "5 and 6 May 2024", "2024-05-20", "Lisbon", "meeting report",
        "Report of the Committee on Coastal Fisheries on its fourth session, held in Lisbon on "
        "5 and 6 May 2024\n\n"
        "I. Opening of the session\n\n"
        "1. The fourth session of the Committee on Coastal Fisheries was chaired by Amelia "
        "Hartwell (Ireland). In her opening statement, she asked the Committee to focus on "
        "bycatch and on port inspections.\n\n"
        "II. Summary of deliberations\n\n"
        "2. The representative of Chile stated that observers on board had halved the bycatch "
        "of seabirds since 2021.\n\n"
        "3. The representative of Kenya reported that 1,200 vessels had been fitted with "
        "satellite trackers.\n\n"
        "4. The representative of Senegal called for joint patrols against illegal trawlers in "
        "shared waters.\n\n"
        "5. The representative of Canada described a licensing scheme that linked quotas to "
        "independent catch monitoring.\n\n"
        "6. The representative of Portugal noted that port inspectors needed common training "
        "in every member State.\n\n"
        "7. The representative of Fiji expressed the view that small-scale fishers should be "
        "consulted before any closure of a fishing ground.\n\n"
        "8. The observer for the Blue Nets Alliance said that small-scale fishers lost income "
        "whenever a fishing ground was closed without notice.\n\n"
        "9. Lastly, the Chair informed the Committee that a side event entitled \"Voices from "
        "the harbour\", organized by the Tidewater Fishers Network, would be held on 6 May "
        "2024.\n\n"
        "III. Recommendations\n\n"
        "10. At its 2nd meeting, on 6 May 2024, the Committee adopted the following "
        "recommendations:\n\n"
        "(a) States should require observers on board all vessels longer than 24 metres;\n\n"
        "(b) States should share vessel tracking data with neighbouring coastal States;\n\n"
        "(c) States should train port inspectors to a common standard;\n\n"
        "(d) The secretariat should prepare a guide on consulting small-scale fishers.\n\n"
        "11. The Committee decided to transmit the present report to the plenary.\n",
    ),
    "news_harbour_2024": (
        "Fishers ask for a voice at coastal talks", "2024-05-07", "Lisbon", "news article",
        "Fishers ask for a voice at coastal talks\n\n"
        "LISBON — Small-scale fishers want to be heard before fishing grounds are closed, "
        "organizers of a side event told delegates on Monday.\n\n"
        "“We were never asked before the closures, and our boats stayed in port for months,” "
        "said Ms. Rosa Delgado, a coordinator of the Tidewater Fishers Network.\n",
    ),
    "transcript_water_panel_2025": (
        "2025 Forum on Urban Water: Panel II, leaks and metering (transcript)", "2025-09-10",
        "Nairobi", "panel transcript",
        "# 2025 Forum on Urban Water\n\n"
        "## Panel II: Leaks and metering\n\n"
        "**Moderator:** Mr. Tomas Lindgren, Programme Officer, Urban Water Secretariat\n\n"
        "**Panellists:**\n\n"
        "- Ms. Grace Achieng, Chief Engineer, Lakeside Water Utility\n"
        "- Dr. Omar Farouk, Senior Lecturer, Institute of Hydraulic Studies\n"
        "- Ms. Lena Fischer, Head of Product, Aquameter Systems\n\n"
        "---\n\n"
        "**MODERATOR (Mr. Lindgren):** Good afternoon. I will ask each panellist to open with "
        "a short statement.\n\n"
        "**Ms. Grace Achieng (Lakeside Water Utility):** Thank you. Our city loses a third of "
        "its treated water through leaking pipes before it reaches a single tap.\n\n"
        "**MODERATOR (Mr. Lindgren):** Thank you, Ms. Achieng. Dr. Farouk, the floor is "
        "yours.\n\n"
        "**Dr. Omar Farouk (Institute of Hydraulic Studies):** Thank you, Mr. Moderator. Our "
        "survey of 40 cities found that pressure management cut leaks faster than replacing "
        "pipes.\n\n"
        "**Ms. Lena Fischer (Aquameter Systems):** Thank you.\n\n"
        "**MR. SOUZA (Brazil):** Point of order, Mr. Moderator. The microphones in the back "
        "row are not working.\n\n"
        "**MODERATOR (Mr. Lindgren):** Thank you, Mr. Souza. The technicians tell me the "
        "microphones are working again, and we will continue.\n\n"
        "**Ms. Lena Fischer (Aquameter Systems):** Smart meters report a leak within hours, "
        "but utilities need open data standards so that meters from different makers can "
        "share their readings.\n\n"
        "**MODERATOR (Mr. Lindgren):** Thank you all. The panel is closed.\n",
    ),
    "press_release_water_2025": (
        "2025 Forum on Urban Water: press release", "2025-09-12", "Nairobi", "press release",
        "Nairobi, 12 September 2025. Leaking pipes and water meters were the focus of the 2025 "
        "Forum on Urban Water, which took place in Nairobi on 10 September 2025.\n\n"
        "Ms. Grace Achieng of the Lakeside Water Utility warned that a third of the city's "
        "treated water was lost before it reached a tap.\n\n"
        "Panellists agreed that every city should publish its leak figures once a year.\n",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("lists")
    docs = base / "docs"
    docs.mkdir()
    for doc_id, (title, day, place, kind, text) in DOCS.items():
        ext = "md" if text.startswith("#") else "txt"
        (docs / f"{doc_id}.{ext}").write_text(text, encoding="utf-8")
        meta = f'title: "{title}"\ndate: "{day}"\nplace: {place}\nkind: {kind}\n'
        (docs / f"{doc_id}.meta.yaml").write_text(meta, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def _names(answer) -> set[str]:
    return {c.speaker for c in answer.citations if c.speaker}


# -- the engine ---------------------------------------------------------------------------------
def test_a_list_of_delegations_names_every_one_and_not_the_chair(records):
    a = records.ask(
        "Which delegations took the floor at the fourth session of the Committee on Coastal "
        "Fisheries?"
    )
    assert not a.abstained
    for state in ("Chile", "Kenya", "Senegal", "Canada", "Portugal", "Fiji"):
        assert state in a.text, state
    assert "Hartwell" not in a.text and "Ireland" not in a.text
    assert len(a.citations) == 6  # one cited line each


def test_a_list_of_ngos_takes_in_one_the_record_names_without_giving_it_the_floor(records):
    a = records.ask(
        "Which non-governmental organizations contributed to the fourth session of the "
        "Committee on Coastal Fisheries or its side event?"
    )
    assert "Blue Nets Alliance" in a.text
    assert "Tidewater Fishers Network" in a.text
    for state in ("Chile", "Kenya", "Canada"):
        assert state not in a.text


def test_what_the_delegations_said_is_one_line_from_each_never_the_chairs(records):
    a = records.ask(
        "What did the delegations say at the fourth session of the Committee on Coastal Fisheries?"
    )
    assert {"Chile", "Kenya", "Senegal", "Canada", "Portugal", "Fiji"} <= _names(a)
    assert "Amelia Hartwell" not in _names(a)
    assert len(a.citations) == len({c.speaker for c in a.citations})


def test_a_courtesy_is_never_the_line_cited_for_a_speaker_with_content(records):
    a = records.ask("What did the private sector say at the 2025 forum?")
    assert "Lena Fischer" in _names(a)
    assert "open data standards" in a.text
    assert all(c.quote.strip().rstrip(".") != "Thank you" for c in a.citations)


def test_who_sat_on_a_panel_are_its_listed_panellists(records):
    a = records.ask("Who sat on the afternoon panel on leaks and metering?")
    for name in ("Grace Achieng", "Omar Farouk", "Lena Fischer"):
        assert name in a.text, name
    assert "Lindgren" not in a.text  # the moderator presides
    assert "Souza" not in a.text  # a point of order is not a seat on the panel


def test_what_panellists_agreed_is_the_records_own_sentence_about_them(records):
    a = records.ask("What did the panellists agree on at the 2025 forum?")
    assert "publish its leak figures" in a.text.split("\n")[0]


def test_a_lettered_list_of_recommendations_is_given_whole(records):
    a = records.ask(
        "What recommendations did the Committee on Coastal Fisheries adopt at its fourth session?"
    )
    for item in ("24 metres", "vessel tracking data", "common standard", "small-scale fishers"):
        assert item in a.text, item
    assert "transmit the present report" not in a.text


# -- pure parts -----------------------------------------------------------------------------------
class _Corpus:
    def __init__(self) -> None:
        self.docs: dict = {}


def _unit(text: str) -> StoredUnit:
    return StoredUnit(
        unit_id="u", doc_id="d", text=text, start=0, end=len(text), kind="quote",
        speaker="X", honorific=None, gender=None, affiliation=None, acronym=None, roles=[],
        quotes=[], attr=None, verb=None, mentions=[], doc_title="", doc_date=None,
        doc_sha256="", order=0,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Thank you.",
        "Thank you, Madam Chair.",
        "Good afternoon.",
        "Dr. Farouk, the floor is yours.",
        "I declare the meeting closed.",
        "Thank you all. The panel is closed.",
    ],
)
def test_courtesies_and_procedure_say_nothing(text):
    assert not members.says_something(_Corpus(), _unit(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. Our city loses a third of its treated water through leaking pipes.",
        "Point of order. The microphones in the back row are not working.",
    ],
)
def test_a_line_with_content_says_something(text):
    assert members.says_something(_Corpus(), _unit(text))


def test_list_labels_run_in_sequence():
    assert [broad._label_value(x) for x in ("a", "b", "1", "2", "ii", "d")] == [1, 2, 1, 2, 2, 4]
