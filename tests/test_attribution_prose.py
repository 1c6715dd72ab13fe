"""Reported speech in prose records: each fictional document below was written before the
code for its class, with the speaker every sentence must get."""

from __future__ import annotations

from tests.test_attribution import stored, unit_with, write

FIRST_PERSON_SUMMARY = (
    "OFFICE FOR TESTING\n"
    "\n"
    "WORKSHOP ON ORCHARD CRIME\n"
    "3 and 4 March 2021 -- held online\n"
    "\n"
    "CHAIR'S SUMMARY\n"
    "Prepared by the Chair, Oskar Lindahl (Sweden), under his sole responsibility.\n"
    "\n"
    "1. Introduction\n"
    "\n"
    "I am grateful to the Office for hosting the workshop and to the 80 participants who "
    "joined us. It was organized in two panels, followed by an exchange with delegations.\n"
    "\n"
    "In my opening remarks I recalled the three earlier recommendations.\n"
    "\n"
    "2. Panels\n"
    "\n"
    "* Dr. Mirela Vukovic, senior researcher at the Orchard Institute, presented her survey "
    "of stolen harvests. Her team had counted 300 thefts in 2020, and she said that most "
    "went unreported.\n"
    "* She called on growers to photograph their trees before each harvest.\n"
    "* I noted that this was the point she had made a year earlier.\n"
    "* Mr. Tomas Reyes of the Growers Union described how members mark their crates. "
    'In his words, "a marked crate is a crate that comes back."\n'
    "\n"
    "3. Exchange with delegations\n"
    "\n"
    "* The representative of Peru described a national register of orchards.\n"
    "* The delegation of Ghana reported on joint patrols with neighbouring States.\n"
    "* Several delegations expressed concern about the cost of patrols.\n"
    "\n"
    "4. Observations\n"
    "\n"
    "* In my view, the workshop confirmed that the recommendations remain valid.\n"
    "\n"
    "I will transmit this summary to the Conference at its next session.\n"
    "\n"
    "Oskar Lindahl\n"
    "Chair\n"
)


def test_a_first_person_chairs_summary_is_the_chairs_and_reports_the_others(tmp_path):
    directory, units, _ = stored(write(tmp_path, "summary.txt", FIRST_PERSON_SUMMARY))
    expect = {
        "I am grateful to the Office": "Oskar Lindahl",
        "In my opening remarks I recalled": "Oskar Lindahl",
        "I noted that this was the point": "Oskar Lindahl",
        "In my view, the workshop": "Oskar Lindahl",
        "I will transmit this summary": "Oskar Lindahl",
        "presented her survey": "Mirela Vukovic",
        "Her team had counted 300": "Mirela Vukovic",
        "She called on growers": "Mirela Vukovic",
        "described how members mark": "Tomas Reyes",
        "a marked crate is a crate": "Tomas Reyes",
        "The representative of Peru": "Peru",
        "The delegation of Ghana": "Ghana",
        "Several delegations expressed": None,
        "It was organized in two panels": None,
    }
    for fragment, speaker in expect.items():
        u = unit_with(units, fragment)
        got = None if u.kind == "narrative" else u.speaker
        assert got == speaker, (fragment, got, u.kind)
    chair = directory.get("Oskar Lindahl")
    assert chair is not None and chair.affiliation == "Sweden"


PRESS_RELEASE = (
    "Harbour Crime Experts Open Meeting in Lisbon\n"
    "\n"
    "LISBON, 4 May — Experts on harbour crime opened a two-day meeting today.\n"
    "\n"
    "At the outset, the Expert Group elected by acclamation Ana Beltrán Rojas of Chile as its "
    "Chair. Taking the floor, Ms. Beltrán Rojas said the meeting should hear from "
    "practitioners. She asked delegations to keep their statements short.\n"
    "\n"
    "Jonas Weller Brandt, Director of Port Security of Austria, said inspections had doubled. "
    "Crews were changing ships at sea, he said, and records were often lost.\n"
    "\n"
    "Speaking for the African Union, the delegate said the bloc had adopted a new plan. "
    "She underlined that the plan must respect human rights.\n"
    "\n"
    "Rosa Emmerich, a senior analyst with OFT's harbour programme, said data were scarce. "
    '"We count the ships, not the people," she said.\n'
)


def test_names_without_an_honorific_and_speaking_for_a_body(tmp_path):
    directory, units, _ = stored(write(tmp_path, "release.txt", PRESS_RELEASE))
    expect = {
        "Taking the floor, Ms. Beltrán Rojas": "Ana Beltrán Rojas",
        "She asked delegations": "Ana Beltrán Rojas",
        "Jonas Weller Brandt, Director": "Jonas Weller Brandt",
        "Crews were changing ships": "Jonas Weller Brandt",
        "Speaking for the African Union": "African Union",
        "She underlined that the plan": "African Union",
        "Rosa Emmerich, a senior analyst": "Rosa Emmerich",
        "We count the ships": "Rosa Emmerich",
        "Experts on harbour crime opened": None,
    }
    for fragment, speaker in expect.items():
        u = unit_with(units, fragment)
        got = None if u.kind == "narrative" else u.speaker
        assert got == speaker, (fragment, got, u.kind)
    chair = directory.get("Ana Beltrán Rojas")
    assert chair is not None and chair.affiliation == "Chile" and "Chair" in chair.roles
    assert directory.get("Jonas Weller Brandt").affiliation == "Austria"
    assert directory.get("Rosa Emmerich").affiliation == "OFT"


def test_a_state_speaking_for_a_group_stays_the_state(tmp_path):
    text = (
        "Report of the meeting\n\n"
        "1. The representative of Chile, speaking on behalf of the Group of Andean States, "
        "stated that ports needed scanners.\n"
        "2. Speaking on behalf of the Andean Union, a representative of the Andean Commission "
        "informed participants of a new rule.\n"
    )
    _, units, _ = stored(write(tmp_path, "report.txt", text))
    assert unit_with(units, "stated that ports").speaker == "Chile"
    assert unit_with(units, "informed participants").speaker == "Andean Union"


def test_a_body_named_by_its_acronym_alone_is_the_body_named_in_full_elsewhere(tmp_path):
    first = write(
        tmp_path,
        "release.txt",
        "Meeting opens\n\nA representative of the World Orchard Office (WOO) said that "
        "thefts had doubled.\n",
    )
    second = write(
        tmp_path,
        "summary.txt",
        "Summary\n\nThe representative of WOO recalled that thefts "
        "were rising. WOO said it would hold a workshop.\n",
    )
    directory, units, _ = stored(first, second)
    full = "World Orchard Office (WOO)"
    assert unit_with(units, "recalled that thefts").speaker == full
    assert unit_with(units, "would hold a workshop").speaker == full
    assert directory.get(full) is not None and directory.get("WOO").name == full


SUMMARY_RECORD = (
    "Working Group on Orchard Crime\n"
    "Summary record of the 2nd meeting\n"
    "Chair: Mr. Halvorsen (Norway)\n"
    "\n"
    "1. The Chair recalled that the Group had finished its general debate.\n"
    "\n"
    "2. Mr. Lund (Denmark) said that Danish courts had tried 40 cases of orchard theft. "
    "In his experience, most thieves were hired by buyers abroad. "
    "He offered to share the judgments with the Secretariat.\n"
    "\n"
    "3. Ms. Abebe (Ethiopia) asked whether other States kept records of stolen trees. "
    "Records were rarely kept in rural areas. The meeting then suspended its work.\n"
    "\n"
    "4. The observer for the Orchard Federation said that growers lost a fifth of their "
    "harvest. Thefts with no witnesses often left no trace at all.\n"
    "\n"
    "5. Several delegations supported that proposal. The meeting rose at 1 p.m.\n"
)


def test_a_summary_records_paragraph_goes_on_in_its_speakers_words(tmp_path):
    directory, units, _ = stored(write(tmp_path, "record.txt", SUMMARY_RECORD))
    expect = {
        "The Chair recalled": "Halvorsen",
        "Danish courts had tried": "Lund",
        "In his experience, most thieves": "Lund",
        "He offered to share": "Lund",
        "Records were rarely kept": "Abebe",
        "The meeting then suspended": None,
        "growers lost a fifth": "Orchard Federation",
        "Thefts with no witnesses": "Orchard Federation",
        "Several delegations supported": None,
        "The meeting rose": None,
    }
    for fragment, speaker in expect.items():
        u = unit_with(units, fragment)
        got = None if u.kind == "narrative" else u.speaker
        assert got == speaker, (fragment, got, u.kind)
    assert directory.get("Lund").affiliation == "Denmark"


def test_a_press_releases_narrative_after_a_speaker_stays_narrative(tmp_path):
    text = (
        "Orchard Experts Meet\n\nVIENNA, 3 May — Ms. Ines Maier (Austria) said that thefts "
        "had doubled. The meeting then adjourned for lunch.\n"
    )
    _, units, _ = stored(write(tmp_path, "release.txt", text))
    assert unit_with(units, "The meeting then adjourned").kind == "narrative"


def test_a_clause_with_its_own_speaker_after_a_collective_or_another_speaker(tmp_path):
    text = (
        "Chair's summary\n\n"
        "7. A number of speakers noted that orchards in the north received less attention, "
        "and the delegation of Chile asked that the north be mentioned.\n"
        "8. The representative of the Orchard Federation recalled that thefts were rising, "
        "and the representative of the Growers Union presented data on losses.\n"
        "9. Several experts reported delays.\n"
    )
    _, units, _ = stored(write(tmp_path, "summary.txt", text))
    assert unit_with(units, "A number of speakers noted").kind == "narrative"
    assert unit_with(units, "asked that the north").speaker == "Chile"
    assert unit_with(units, "recalled that thefts").speaker == "Orchard Federation"
    assert unit_with(units, "presented data on losses").speaker == "Growers Union"


EVENT_PAGE = (
    "Saving Orchards: a side event\n\n"
    "Organized by: Orchard Friends Network\n\n"
    "About the event\n\n"
    "This side event brings together a grower, a judge and a researcher.\n\n"
    "Moderator\n\n"
    "Elin Sandberg, Executive Director, Orchard Friends Network\n\n"
    "Panellists\n\n"
    "Captain Ada Brenner, Master of the patrol boat Pearl, Orchard Friends Network\n\n"
    "Mr. Luis Ortega Campos, Senior Judge, Court of Appeal, Spain\n\n"
    "Dr. Nia Owusu-Bekoe, Senior Researcher, Institute for Orchard Studies, Accra\n\n"
    "In their words\n\n"
    "We asked the panellists what they hope the event will achieve.\n\n"
    '"We have guarded 400 orchards since 2019. Not one thief was caught twice."\n\n'
    "Captain Ada Brenner, Pearl\n\n"
    'For Mr. Ortega Campos, the priority is evidence. "The picker is the easiest person to '
    'arrest," he said.\n\n'
    '"We count the trees, but not the people who plant them. The hills hide their losses."\n\n'
    "Dr. Nia Owusu-Bekoe\n\n"
    "Registration closes on Monday.\n"
)


def test_a_panellist_list_and_quotes_signed_on_the_next_line(tmp_path):
    directory, units, _ = stored(write(tmp_path, "event.html.txt", EVENT_PAGE))
    expect = {
        "We have guarded 400 orchards": "Ada Brenner",
        "Not one thief was caught": "Ada Brenner",
        "The picker is the easiest": "Luis Ortega Campos",
        "The hills hide their losses": "Nia Owusu-Bekoe",
        "This side event brings": None,
        "Registration closes": None,
        "We asked the panellists": "Orchard Friends Network",
    }
    for fragment, speaker in expect.items():
        u = unit_with(units, fragment)
        got = None if u.kind == "narrative" else u.speaker
        assert got == speaker, (fragment, got, u.kind)
    assert directory.get("Ada Brenner").affiliation == "Orchard Friends Network"
    assert directory.get("Luis Ortega Campos").affiliation == "Spain"
    assert directory.get("Nia Owusu-Bekoe").affiliation == "Institute for Orchard Studies"


CONCLUSIONS = (
    "Workshop on Orchard Crime: summary prepared by the Chair\n\n"
    "1. The workshop was convened by the Office for Orchard Safety (OOS) in Lima. "
    "The Chair, Marta Quispe Huamán (Peru), was elected at the first meeting.\n\n"
    "2. The Secretariat presented a paper on 90 court cases.\n\n"
    "3. The observer for the Orchard Growers Federation said that losses were rising.\n\n"
    "4. Having heard the discussions, the Chair drew the following conclusions:\n\n"
    "• States should register orchards;\n\n"
    "• OGF should prepare a guide on marking crates;\n\n"
    "5. The workshop closed at 5 p.m.\n"
)


def test_the_convener_is_the_secretariat_and_a_list_after_a_colon_is_the_speakers(tmp_path):
    other = write(
        tmp_path,
        "release.txt",
        "Orchards\n\nThe representative of OGF said that growers needed help.\n",
    )
    directory, units, _ = stored(write(tmp_path, "summary.txt", CONCLUSIONS), other)
    chair = "Marta Quispe Huamán"
    assert unit_with(units, "presented a paper").speaker == "Office for Orchard Safety (OOS)"
    assert unit_with(units, "States should register").speaker == chair
    assert unit_with(units, "prepare a guide").speaker == chair
    assert unit_with(units, "The workshop closed").kind == "narrative"
    assert unit_with(units, "growers needed help").speaker == "Orchard Growers Federation (OGF)"
    assert directory.get(chair).affiliation == "Peru"


def test_officers_elected_together_and_a_states_ministry(tmp_path):
    report = (
        "Report of the workshop on orchard crime\n\n"
        "1. The meeting elected by acclamation Rosa Quintana (Peru) as Chair and "
        "Kofi Mensah Asare (Ghana) as Rapporteur.\n\n"
        "2. On 4 May, the Rapporteur introduced the draft report.\n\n"
        "3. In a statement issued on Friday, Peru's Ministry of Agriculture, Irrigation and "
        "Orchards said the government would host a course.\n"
    )
    directory, units, _ = stored(write(tmp_path, "report.txt", report))
    assert unit_with(units, "introduced the draft").speaker == "Kofi Mensah Asare"
    assert directory.get("Kofi Mensah Asare").affiliation == "Ghana"
    ministry = "Ministry of Agriculture, Irrigation and Orchards (Peru)"
    assert unit_with(units, "would host a course").speaker == ministry
    assert directory.get(ministry).affiliation == ministry


def test_the_city_after_a_bodys_name_is_not_part_of_it(tmp_path):
    text = (
        "Summary\n\nProfessor Ada Ruiz of the Centre for Orchard Law in Cusco said that "
        "thefts rose.\n"
    )
    directory, _, _ = stored(write(tmp_path, "s.txt", text))
    assert directory.get("Ada Ruiz").affiliation == "Centre for Orchard Law"


def test_an_acronym_joins_the_one_body_whose_initials_it_is(tmp_path):
    first = write(
        tmp_path,
        "record.txt",
        "Summary record\n\nThe observer for the Orchard Growers "
        "Federation said that losses were rising.\n",
    )
    second = write(tmp_path, "summary.txt", "Summary\n\nThe representative of OGF recalled "
        "that thefts doubled.\n")  # fmt: skip
    directory, units, _ = stored(first, second)
    name = "Orchard Growers Federation (OGF)"
    assert unit_with(units, "losses were rising").speaker == name
    assert unit_with(units, "thefts doubled").speaker == name
    assert directory.get("OGF").name == name


HONORIFIC_STYLES = (
    "Ports Meeting Opens in Valparaiso\n"
    "\n"
    "VALPARAISO, 3 May 2021 (UN Information Service) – Ports must share data, speakers said "
    "today at the opening of the Regional Meeting on Port Safety, convened by the Office for "
    "Testing (OFT).\n"
    "\n"
    "Opening the meeting, Sra. Lucía Ferrer Olmedo, Vice-Minister of Transport of Chile, "
    'welcomed participants. "Our ports are our doors," she said.\n'
    "\n"
    "Speaking on behalf of the Andean Union and its member States, H.E. Mr. Kofi Adjei-Mensah, "
    "Ambassador of the Andean Union to Chile, announced that the Andean Union would fund a new "
    "programme for port inspectors. The programme will train 300 inspectors, he said.\n"
    "\n"
    "Dr. Pavel Novak, Chief of the OFT Port Crime Unit, said that inspections had doubled.\n"
    "\n"
    "Representing civil society, Dra. Inés Carvajal Ruiz, Executive Director of the Red "
    "Portuaria por la Transparencia Aduanera, called on States to publish port inspection "
    "results and to involve dock workers in their design. \"Secrecy is the smuggler's best "
    'friend," she said.\n'
    "\n"
    "The cooperative's president, Doña Marta Quispe Huanca, said that the old warehouse now "
    "held 40 looms.\n"
    "\n"
    "The meeting will continue until Friday.\n"
)


def test_spanish_honorifics_titles_and_a_person_speaking_for_a_body(tmp_path):
    directory, units, _ = stored(write(tmp_path, "release.txt", HONORIFIC_STYLES))
    expect = {
        "Opening the meeting, Sra.": "Lucía Ferrer Olmedo",
        "Our ports are our doors": "Lucía Ferrer Olmedo",
        "Speaking on behalf of the Andean Union": "Kofi Adjei-Mensah",
        "The programme will train": "Kofi Adjei-Mensah",
        "inspections had doubled": "Pavel Novak",
        "Representing civil society, Dra.": "Inés Carvajal Ruiz",
        "Secrecy is the smuggler": "Inés Carvajal Ruiz",
        "held 40 looms": "Marta Quispe Huanca",
        "The meeting will continue": None,
    }
    for fragment, speaker in expect.items():
        u = unit_with(units, fragment)
        got = None if u.kind == "narrative" else u.speaker
        assert got == speaker, (fragment, got, u.kind)
    assert directory.get("Kofi Adjei-Mensah").affiliation == "Andean Union"
    assert directory.get("Pavel Novak").affiliation == "OFT"
    ines = directory.get("Inés Carvajal Ruiz")
    assert ines.affiliation == "Red Portuaria por la Transparencia Aduanera"
    assert ines.honorific == "Dra."


ACTING_CHAIR = (
    "Meeting on harbour crime\n"
    "\n"
    "Summary of the general discussion\n"
    "\n"
    "I. Opening of the meeting\n"
    "\n"
    "1. The meeting was opened by the Chair, Mr. Arne Solberg (Denmark). In his opening "
    "remarks, the Chair recalled that harbour crime had grown.\n"
    "\n"
    "II. Inspections\n"
    "\n"
    "2. The Vice-Chair, Ms. Amara Diallo (Senegal), took the chair at 3 p.m. and presided over "
    "the discussion under this item.\n"
    "\n"
    "3. Opening the discussion, the Chair invited delegations to describe their inspections.\n"
    "\n"
    "4. The representative of Chile said that scanners were too costly.\n"
    "\n"
    "5. Summing up, the Chair noted broad agreement on shared scanners.\n"
    "\n"
    "III. Closing\n"
    "\n"
    "6. Mr. Solberg resumed the chair at 10 a.m.\n"
    "\n"
    "7. In his closing remarks, the Chair thanked the Vice-Chair for presiding over part of "
    "the deliberations.\n"
)


def test_the_chair_is_whoever_took_the_chair_until_the_chair_resumes(tmp_path):
    directory, units, _ = stored(write(tmp_path, "summary.txt", ACTING_CHAIR))
    expect = {
        "the Chair recalled that harbour crime": "Arne Solberg",
        "the Chair invited delegations": "Amara Diallo",
        "scanners were too costly": "Chile",
        "the Chair noted broad agreement": "Amara Diallo",
        "the Chair thanked the Vice-Chair": "Arne Solberg",
    }
    for fragment, speaker in expect.items():
        u = unit_with(units, fragment)
        assert u.speaker == speaker, (fragment, u.speaker, u.kind)
    assert "Chair" in directory.get("Arne Solberg").roles


FEATURE = (
    "Feature | Ports\n"
    "\n"
    "The long road home from the harbour gangs\n"
    "\n"
    "By Tessa Brookfield | 2 May 2021\n"
    "\n"
    "For two years, Amina says, she loaded stolen crates at night in a port she never named. "
    "She was 19.\n"
    "\n"
    '"They kept our phones in a locked box," Amina said. "Nobody called our families."\n'
    "\n"
    "Pieter Vos, who heads security at the shipping company Blue Keel Lines, did not dispute "
    'it. "We see the crates, not the people who load them," he said.\n'
    "\n"
    "Chile's Minister of Ports, Carmen Olea Fuentes, who opened the event, was firm. "
    '"A child who loads a crate is a victim," Ms. Olea Fuentes said.\n'
    "\n"
    'Back home, Amina visits schools. "Ask who pays for the ticket," she said.\n'
)


def test_a_feature_names_people_by_first_name_title_first_or_by_what_they_do(tmp_path):
    directory, units, _ = stored(write(tmp_path, "feature.txt", FEATURE))
    expect = {
        "she loaded stolen crates": "Amina",
        "They kept our phones": "Amina",
        "We see the crates": "Pieter Vos",
        "A child who loads a crate": "Carmen Olea Fuentes",
        "Ask who pays for the ticket": "Amina",
    }
    for fragment, speaker in expect.items():
        u = unit_with(units, fragment)
        got = None if u.kind == "narrative" else u.speaker
        assert got == speaker, (fragment, got, u.kind)
    assert directory.get("Pieter Vos").affiliation == "Blue Keel Lines"
    carmen = directory.get("Carmen Olea Fuentes")
    assert carmen.affiliation == "Chile" and "Minister of Ports" in carmen.roles


def test_a_unit_of_a_body_named_by_its_acronym_is_that_body(tmp_path):
    text = (
        "Side event on harbour crime\n\n"
        "The event was moderated by Ms. Lena Brandt of the OFT Port Crime Section.\n\n"
        "Ms. Brandt said that inspections had doubled.\n"
    )
    directory, _, _ = stored(write(tmp_path, "release.txt", text))
    assert directory.get("Lena Brandt").affiliation == "OFT"
