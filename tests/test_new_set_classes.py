"""Failure classes found on the two tuning sets, each on a fictional record written here.

- A list question's generic collective noun ("groups", "bodies") is no topic: "which NGOs or
  civil society groups took part" lists every one, not only those whose words say "groups".
- A record's own sentence enumerating the members of the kind asked for ("Two
  non-governmental organizations attended as observers: A and B.") answers "which NGOs were
  observers", even when they never took the floor, and before other meetings' speakers.
- Panellists are the people who speak under a record's panel headings ("Panel 1 -- X"), not
  the delegations of the exchange that follows.
- Who held a role, "and from which country": the answer naming them gives the affiliation
  the record states for them, wherever the line naming them stands.
- Accents: a word typed without its accent ("Rio", "Macuacua") is the record's ("Río",
  "Macuácua"), for keyword search and for the answerability check alike.

The real engine and the real bundled MiniLM.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("no_network")

DOCS = {
    "report_glaciers_2021": (
        "Report of the regional workshop on glacier monitoring, held in Cusco from 3 to 5 March "
        "2021", "2021-03-20", "Cusco", "meeting report",
        "Report of the regional workshop on glacier monitoring, held in Cusco from 3 to 5 March "
        "2021\n\n"
        "I. Attendance\n\n"
        "1. Representatives of the following 4 States took part: Bolivia, Chile, Ecuador and "
        "Peru.\n\n"
        "2. Three non-governmental organizations also attended as observers: the Andean Ice "
        "Trust, Meltwater Futures and the Highland Herders Union.\n\n"
        "II. Deliberations\n\n"
        "3. The representative of Chile reported that 12 new weather stations had been placed "
        "on the southern ice fields.\n\n"
        "4. The representative of Peru called for a shared database of glacier lake levels.\n\n"
        "5. The observer for Meltwater Futures said that villages below glacier lakes needed "
        "warning sirens before the next rainy season.\n",
    ),
    "summary_ports_2022": (
        "Chair's summary of the dialogue on port emissions, Rotterdam, 8 June 2022",
        "2022-06-10", "Rotterdam", "chair's summary",
        "Chair's summary of the dialogue on port emissions\n\n"
        "1. The representative of the Clean Harbours Network urged ports to publish the "
        "emissions of every berth.\n\n"
        "2. The representative of the Dockside Health Coalition said that residents' groups near "
        "container terminals had measured asthma rates twice the national average.\n\n"
        "3. The representative of the Tidal Power Institute presented a study of shore power "
        "for ferries.\n\n"
        "4. The representative of the Netherlands described a levy on idling ships.\n\n"
        "5. The representative of Uruguay said that the Río Cebollatí lock had been fitted with "
        "14 electric winches in 2021.\n\n"
        "6. The representative of Uruguay also described a new container terminal at the port "
        "of Montevideo.\n",
    ),
    "summary_reef_forum_2023": (
        "Chair's summary of the online forum on coral reefs, 2 May 2023", "2023-05-04", "online",
        "chair's summary",
        "Chair's summary of the online forum on coral reefs\n\n"
        "1. Panel discussions\n\n"
        "Panel 1 -- Bleaching\n\n"
        "* Dr. Lucia Marsh, director of the Reef Data Centre, presented bleaching surveys of 40 "
        "reefs carried out since 2020.\n\n"
        "Panel 2 -- Tourism\n\n"
        "* Mr. Joel Paterson of the Island Dive Association explained that mooring buoys had cut "
        "anchor damage by half.\n\n"
        "2. Exchange with delegations\n\n"
        "* The representative of Fiji described a ban on two sunscreen ingredients.\n",
    ),
    "report_rivers_2024": (
        "Report of the river basin dialogue, held in Vientiane on 4 April 2024", "2024-04-20",
        "Vientiane", "meeting report",
        "Report of the river basin dialogue, held in Vientiane on 4 April 2024\n\n"
        "1. The river basin dialogue elected Ms. Noor Haddad (Jordan) as its Chair.\n\n"
        "2. The Chair recalled that dry-season river flows had fallen by a fifth since 2000.\n\n"
        "3. The representative of Thailand described a new gauge network on the upper river.\n",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("new_set_classes")
    docs = base / "docs"
    docs.mkdir()
    for doc_id, (title, day, place, kind, text) in DOCS.items():
        (docs / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        meta = f'title: "{title}"\ndate: "{day}"\nplace: {place}\nkind: {kind}\n'
        (docs / f"{doc_id}.meta.yaml").write_text(meta, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_a_generic_collective_noun_in_a_list_question_is_no_topic(records):
    a = records.ask(
        "Which NGOs or civil society groups were involved in the port emissions dialogue?"
    )
    assert not a.abstained
    for body in ("Clean Harbours Network", "Dockside Health Coalition", "Tidal Power Institute"):
        assert body in a.text, body


def test_the_records_enumeration_of_the_kind_asked_for_answers_the_list(records):
    a = records.ask("Which NGOs were observers at the glacier workshop?")
    assert not a.abstained
    for body in ("Andean Ice Trust", "Meltwater Futures", "Highland Herders Union"):
        assert body in a.text, body
    cited = " ".join(c.quote for c in a.citations)
    assert "Highland Herders Union" in cited  # named only in the enumeration, which is cited
    assert "Dockside Health Coalition" not in a.text  # another meeting's


def test_the_records_enumeration_of_states_answers_which_countries_took_part(records):
    a = records.ask("Which countries took part in the glacier monitoring workshop?")
    assert not a.abstained
    for state in ("Bolivia", "Chile", "Ecuador", "Peru"):
        assert state in a.text, state
    assert "Netherlands" not in a.text


def test_a_word_typed_without_its_accent_is_the_records_word(records):
    a = records.ask("What did Uruguay say about Cebollati?")
    assert not a.abstained
    assert "winches" in a.text
    assert any("Cebollatí" in c.quote for c in a.citations)


def test_the_panellists_are_who_speaks_under_the_panel_headings(records):
    a = records.ask("Who were the panellists at the online forum on coral reefs?")
    assert not a.abstained
    assert "Marsh" in a.text and "Paterson" in a.text
    assert "Fiji" not in a.text


def test_who_chaired_and_from_which_country_gives_the_affiliation(records):
    a = records.ask("Who was elected to chair the river basin dialogue, and from which country?")
    assert not a.abstained
    assert "Noor Haddad" in a.text and "Jordan" in a.text


# A programme table's "Panellists" column names the panellists, row by row.
PROGRAMME = """# Chair's summary: Expert meeting on river ports

1. The expert meeting on river ports was held in Manaus on 2 and 3 June 2025.

| Session | Time | Theme | Panellists |
|---|---|---|---|
| Panel 1 | 2 June, 10 a.m. | Dredging and silt | Mr. Paulo Serrano Vidal; Ms. Keiko Arashiro |
| Panel 2 | 3 June, 9.30 a.m. | Ferry safety | Dr. Lena Okonjo-Brandt |

2. Mr. Paulo Serrano Vidal, of the River Pilots Guild, said that silt had closed two channels.

3. Ms. Keiko Arashiro, of the Delta Ferry Company, described new life-jacket checks.

4. Dr. Lena Okonjo-Brandt, of the Ports Safety Institute, called for night-time inspections.

5. Mr. Ivo Grandi, of the Boatmen Union, asked about fuel prices.
"""


@pytest.fixture(scope="module")
def programme(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("programme_table")
    docs = base / "docs"
    docs.mkdir()
    (docs / "river_ports_summary.md").write_text(PROGRAMME, encoding="utf-8")
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def test_the_panellists_column_of_a_programme_table_lists_the_panellists(programme):
    a = programme.ask("Who were the panellists at the expert meeting on river ports?")
    assert not a.abstained
    for name in ("Paulo Serrano Vidal", "Keiko Arashiro", "Lena Okonjo-Brandt"):
        assert name in a.text
    assert "Ivo Grandi" not in a.text  # he spoke from the floor, on no panel
    text = programme.document_text("river_ports_summary")
    assert all(c.quote in text for c in a.citations)
