"""A State's or a group's statement delivered by a named delegate, and the people a record's
header lines name ("Facilitator: Name, Unit, Org"). Each fictional document below was
written before the code for its class."""

from __future__ import annotations

from tests.test_attribution import said, stored, unit_with, write

GROUP_STATEMENT_DELIVERED = (
    "EXPERT MEETING ON ORCHARD THEFT\n"
    "Geneva, 4 May 2025 - Agenda item 3\n"
    "Statement of the Group of Alpine States (GAS), delivered by H.E. Ambassador Lucía "
    "Ferrandis Oyarzún, Permanent Representative of Chile to the United Nations in Geneva\n"
    "\n"
    "Check against delivery\n"
    "\n"
    "Mr. Chair,\n"
    "\n"
    "I have the honour to speak on behalf of the Group of Alpine States.\n"
    "\n"
    "Our Group thanks the Secretariat for its paper on stolen harvests.\n"
    "\n"
    "We believe that a register of orchards would help every region.\n"
    "\n"
    "The Group asks that a training course be held in the mountains before 2027.\n"
    "\n"
    "Thank you.\n"
)

STATEMENT_BY_ON_BEHALF = (
    "Statement by H.E. Ambassador Tomasz Wierzbicki, Permanent Representative of Poland, "
    "on behalf of the Group of Lowland States (GLS)\n"
    "\n"
    "Madam Chair,\n"
    "\n"
    "I am pleased to address this meeting on behalf of our Group.\n"
    "\n"
    "We welcome the report on river pollution and its clear findings.\n"
    "\n"
    "Our Group will support the draft decision before the meeting.\n"
)


def test_a_group_statement_is_the_delivering_states_and_its_delegate_is_a_speaker(tmp_path):
    directory, units, _ = stored(write(tmp_path, "stmt.txt", GROUP_STATEMENT_DELIVERED))
    for words in ("I have the honour", "Our Group thanks", "register of orchards", "asks that"):
        assert said(units, words)[0] == "Chile", words
    header = unit_with(units, "delivered by H.E.")
    assert header.attribution_of(header.start, header.end) == (
        "Lucía Ferrandis Oyarzún",
        "narrative",
    )  # the record's words about her, not her quote
    delegate = directory.speakers["Lucía Ferrandis Oyarzún"]
    assert delegate.affiliation == "Chile"
    assert "Permanent Representative of Chile to the United Nations in Geneva" in delegate.roles
    assert any("delivered the statement" in r and "Alpine" in r for r in delegate.roles)
    chile = directory.speakers["Chile"]
    assert any("on behalf of the Group of Alpine States" in r for r in chile.roles)


def test_statement_by_a_delegate_on_behalf_of_a_group_is_the_states(tmp_path):
    directory, units, _ = stored(write(tmp_path, "group.txt", STATEMENT_BY_ON_BEHALF))
    for words in ("I am pleased", "We welcome the report", "will support the draft"):
        assert said(units, words)[0] == "Poland", words
    delegate = directory.speakers["Tomasz Wierzbicki"]
    assert delegate.affiliation == "Poland"
    assert delegate.honorific and "Ambassador" in delegate.honorific + " ".join(delegate.roles)


REPORT_GROUP_ANAPHOR = (
    "REPORT ON THE MEETING OF THE WORKING GROUP ON ORCHARDS\n"
    "\n"
    "1. The representative of Peru, speaking on behalf of the Group of Alpine States, said "
    "that the register of orchards remained adequate. The Group called for a training course "
    "to be prepared by the Secretariat.\n"
    "\n"
    "2. The representative of Kenya described joint patrols. Several speakers welcomed that "
    "approach.\n"
)


def test_the_group_a_delegation_spoke_for_is_that_delegation_in_a_report(tmp_path):
    _, units, _ = stored(write(tmp_path, "report.txt", REPORT_GROUP_ANAPHOR))
    assert said(units, "remained adequate")[0] == "Peru"
    assert said(units, "The Group called for a training course")[0] == "Peru"
    assert said(units, "Several speakers welcomed")[0] is None


NOTES_WITH_FACILITATOR = (
    "Informal Dialogue on Orchard Theft\n"
    "\n"
    "Facilitator's notes\n"
    "\n"
    "Date: Tuesday, 3 June 2025\n"
    "\n"
    "Facilitator: Oona Virtanen, Outreach Unit, Orchard Office\n"
    "\n"
    "Note-taker: Pavel Horak, Orchard Office\n"
    "\n"
    "The facilitator welcomed participants and recalled the rules of the dialogue.\n"
    "\n"
    "Ms. Ines Baptista (Harvest Watch) highlighted that most thefts took place at night.\n"
    "\n"
    "Responding to questions, Ms. Virtanen said that a survey would be circulated in July.\n"
)


def test_a_facilitator_named_in_the_header_is_the_one_speaking_later(tmp_path):
    directory, units, _ = stored(write(tmp_path, "notes.txt", NOTES_WITH_FACILITATOR))
    assert said(units, "a survey would be circulated")[0] == "Oona Virtanen"
    assert said(units, "most thefts took place")[0] == "Ines Baptista"
    assert directory.speakers["Ines Baptista"].affiliation == "Harvest Watch"
    oona = directory.speakers["Oona Virtanen"]
    assert oona.affiliation == "Orchard Office"
    assert "Facilitator" in oona.roles or "facilitator" in " ".join(oona.roles).lower()
    assert "Pavel Horak" not in directory.speakers  # the note-taker says nothing


RELEASE_TITLE_AFTER_QUOTE = (
    "Geneva, 2 May 2025.\n"
    "\n"
    "Opening the event, H.E. Mr. Arvid Solheim-Berg, Minister of Agriculture of Norway, "
    'described the orchards of the region. "Theft is a crime against every grower. No farmer '
    'should stand alone," the Minister said. He reported that 40 orchards had been fenced.\n'
    "\n"
    "Dr. Amara Diallo, Executive Director of Harvest Watch, presented a survey of thefts.\n"
    "\n"
    '"The Member States agreed to act," the Minister added.\n'
)


def test_the_title_after_a_quote_is_the_one_person_of_the_record_holding_it(tmp_path):
    _, units, _ = stored(write(tmp_path, "release.txt", RELEASE_TITLE_AFTER_QUOTE))
    assert said(units, "Theft is a crime against every grower")[0] == "Arvid Solheim-Berg"
    assert said(units, "40 orchards had been fenced")[0] == "Arvid Solheim-Berg"
    assert said(units, "presented a survey")[0] == "Amara Diallo"
    assert said(units, "The Member States agreed to act")[0] == "Arvid Solheim-Berg"


STORY_BODY_ROLE = (
    "Riga, 3 June 2025.\n"
    "\n"
    "Members of the Saule Vitola orchard cooperative gathered in a barn that was confiscated "
    "from a smuggling ring.\n"
    "\n"
    "The cooperative's treasurer, Ms. Ilze Kalnina Berzina, moved to Riga ten years ago. She "
    "said that the 40 members had once worked in their own gardens.\n"
)


def test_the_bodys_role_before_a_name_gives_the_body_named_earlier(tmp_path):
    directory, units, _ = stored(write(tmp_path, "story.txt", STORY_BODY_ROLE))
    assert said(units, "the 40 members had once worked")[0] == "Ilze Kalnina Berzina"
    person = directory.speakers["Ilze Kalnina Berzina"]
    assert person.affiliation == "Saule Vitola orchard cooperative"
    assert "treasurer" in person.roles
