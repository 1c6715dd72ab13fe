"""Speaker attribution on the seed and on two documents in other common styles."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import sources, speakers
from tests.conftest import DATA, SEED_DIR

SEED_SPEAKERS = {
    "Noor Fatima": "Research Society of International Law",
    "Fausto Carbajal Glass": "Mexican Council on Foreign Relations",
    "David Williams": "Microsoft",
    "Jean-Paul Laborde": "Global Initiative against Transnational Organized Crime",
    "Marc Vinckeveugel": "Meta",
    "Anna Alvazzi del Frate": "KENNIS Knowledge for Safety and Good Governance",
    "Thomas Burrows": None,
}


def attributed(path: Path):
    doc = sources.load(path)
    units, people = speakers.attribute(doc)
    return doc, units, {p.name: p for p in people}


def speaker_of(units, fragment: str) -> tuple[str | None, str]:
    hits = [u for u in units if fragment in u.text]
    assert len(hits) == 1, f"{fragment!r} is in {len(hits)} units"
    return hits[0].speaker, hits[0].kind


@pytest.fixture(scope="module")
def seed():
    return attributed(SEED_DIR / "constructive_dialogue_2023.txt")


def test_seed_has_exactly_the_seven_speakers_with_affiliations(seed):
    _, _, people = seed
    assert {n: p.affiliation for n, p in people.items()} == SEED_SPEAKERS
    assert people["Jean-Paul Laborde"].acronym == "GI-TOC"
    assert people["Thomas Burrows"].roles == [
        "Chair of the Constructive Dialogue",
        "Chair of the UNTOC COP Working Group on International Cooperation",
    ]


@pytest.mark.parametrize(
    ("fragment", "speaker", "kind"),
    [
        ("national legislation needs to be adapted", "Noor Fatima", "paraphrase"),
        ("protection of privacy and vulnerable populations", "Noor Fatima", "quote"),  # she
        ("keep a balance between using technology", "Fausto Carbajal Glass", "paraphrase"),
        ("We need adequate legal frameworks", "Fausto Carbajal Glass", "quote"),  # he
        ("must update laws and policies", "David Williams", "quote"),
        ("Leveraging civil society's ability", "Jean-Paul Laborde", "quote"),  # name after
        ("Service providers can play a role", "Jean-Paul Laborde", "quote"),  # he added
        ("Other safety measures", "Marc Vinckeveugel", "quote"),
        ("Reporting and disrupting such activities", "Marc Vinckeveugel", "quote"),  # surname
        ("Data, AI and technological advancements", "Anna Alvazzi del Frate", "quote"),
        ("A multi-stakeholder approach", "Anna Alvazzi del Frate", "quote"),  # surname
        ("has a great deal to offer", "Thomas Burrows", "quote"),
        ("75 non-governmental stakeholders", None, "narrative"),
        ("Civil society can play a key role", None, "narrative"),
    ],
)
def test_every_seed_quote_is_credited_to_its_speaker(seed, fragment, speaker, kind):
    _, units, _ = seed
    assert speaker_of(units, fragment) == (speaker, kind)


def test_offsets_point_into_the_source(seed):
    doc, units, _ = seed
    for u in units:
        assert doc.text[u.start : u.end] == u.text
        for s, e in u.quotes:
            assert u.start <= s < e <= u.end
    quote = next(u for u in units if "Other safety measures" in u.text)
    (s, e), = quote.quotes  # fmt: skip
    assert doc.text[s:e].startswith("Other safety measures")
    assert doc.text[s:e].endswith("advertising illegal services.")  # two sentences, one quote


def test_transcript_turns_are_credited_to_the_named_speaker():
    _, units, people = attributed(DATA / "transcript_meeting.txt")
    assert people["Tomas Reyes"].affiliation == "Latin American Institute for Digital Rights"
    assert people["Kwame Mensah"].affiliation == "Ghana Cyber Security Authority"
    assert people["Ingrid Solberg"].roles == ["Chair"]
    assert speaker_of(units, "exceed ten months") == ("Tomas Reyes", "quote")
    assert speaker_of(units, "single point of contact") == ("Tomas Reyes", "quote")
    assert speaker_of(units, "six weeks") == ("Kwame Mensah", "quote")
    assert speaker_of(units, "regional template") == ("Kwame Mensah", "paraphrase")
    assert speaker_of(units, "safeguards for journalists") == ("Tomas Reyes", "quote")
    assert speaker_of(units, "suspended for ten minutes") == (None, "narrative")
    assert speaker_of(units, "circulate a draft template") == ("Ingrid Solberg", "quote")


def test_news_story_titles_said_after_quote_and_two_paragraph_quote():
    doc, units, people = attributed(DATA / "news_story.txt")
    assert people["Amina Okafor"].affiliation == "University of Lagos"
    assert people["Henrik Larsen"].affiliation == "Aarhus University"
    assert people["Maria Lopez"].roles == [
        "Permanent Representative of Chile to the United Nations"
    ]
    assert speaker_of(units, "move money in seconds") == ("Amina Okafor", "quote")
    assert speaker_of(units, "court orders should be recognised") == ("Amina Okafor", "paraphrase")
    assert speaker_of(units, "speed must not come") == ("Henrik Larsen", "paraphrase")
    assert speaker_of(units, "becomes a loophole") == ("Henrik Larsen", "quote")
    assert speaker_of(units, "standing network") == ("Maria Lopez", "paraphrase")
    two = next(u for u in units if "borderless crime" in u.text)
    assert two.speaker == "Maria Lopez" and "self-defence" in two.text
    assert "\n" in doc.text[two.start : two.end]  # one unit over two paragraphs
    assert speaker_of(units, "reconvene in 2025") == (None, "narrative")


def test_overrides_file_corrects_an_attribution(tmp_path):
    src = tmp_path / "notes.txt"
    src.write_text(
        "Civil society met in Vienna.\n“Data must be shared responsibly,” the moderator said.\n",
        encoding="utf-8",
    )
    _, units, _ = attributed(src)
    assert speaker_of(units, "shared responsibly")[0] is None
    (tmp_path / "notes.speakers.yaml").write_text(
        "speakers:\n  - name: Jane Doe\n    affiliation: Example Institute\n"
        "attributions:\n  - text: Data must be shared responsibly\n    speaker: Jane Doe\n"
        "    kind: quote\n",
        encoding="utf-8",
    )
    _, units, people = attributed(src)
    assert speaker_of(units, "shared responsibly") == ("Jane Doe", "quote")
    assert people["Jane Doe"].affiliation == "Example Institute"
