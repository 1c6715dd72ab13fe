"""Which verbs report speech, and whose subject a conjoined verb shares (spaCy parse)."""

from __future__ import annotations

from tests.test_attribution import said, stored, write

NEWS = (
    "Harbour Voices, 3 March 2026\n\n"
    "Ms. Ada Brennan of the Coastal Justice Project said the new rules were overdue.\n\n"
    "The Coastal Justice Project said in a statement that permits should be free.\n\n"
    "The workshop, “Tides of change”, was hosted by the Coastal Justice Project and "
    "drew about 80 people to the old customs hall.\n\n"
    "Mr. Tomas Reyes of the Harbour Workers Union drew attention to the cost of the new permits.\n"
)


def test_a_verb_conjoined_to_a_passive_is_not_its_agents_speech(tmp_path):
    _, units, _ = stored(write(tmp_path, "harbour.txt", NEWS))
    assert said(units, "was hosted by the Coastal Justice Project and drew") == (
        None,
        "narrative",
    )
    assert said(units, "the new rules were overdue")[0] == "Ada Brennan"


def test_draw_reports_only_as_drew_attention(tmp_path):
    _, units, _ = stored(write(tmp_path, "harbour.txt", NEWS))
    speaker, kind = said(units, "to the cost of the new permits")
    assert (speaker, kind) == ("Tomas Reyes", "paraphrase")


def _reporting_verbs(sentence: str) -> list[str]:
    from assistant.attribution import nlp

    parses = nlp.parse(sentence, [(0, len(sentence))], [[]])
    return [sentence[s:e] for p in parses for *_, s, e in p.subjects]


def test_the_parse_finds_no_speech_in_a_verb_sharing_a_passive_subject():
    hosted = (
        "The workshop, “Tides of change”, was hosted by the Coastal Justice Project and "
        "drew about 80 people to the old customs hall."
    )
    assert _reporting_verbs(hosted) == []
    assert _reporting_verbs("Mr. Tomas Reyes drew attention to the cost of permits.") == ["drew"]
    assert _reporting_verbs("The delay was criticised by Ms. Ada Brennan.") == ["criticised"]
