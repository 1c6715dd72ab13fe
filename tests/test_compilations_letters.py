"""Authorship by section and by signature: each fictional document below was written before
the code for its class, and each class has a second document in another layout.

- A compilation of several authors' written contributions in one document: each section's
  words are its own author's (from its heading or its signatory line), its signatory is a
  speaker of that body, and the compiler's note above the sections is the record's own.
- A letter in the first person: "I" is the signatory, wherever the signature block stands
  (above an annex too); what it reports others saying stays theirs, a group's view nobody's;
  the annex after the signature is the record's own.
- A byline ("By Name, role") names the writer, never a speaker; a panellist a blog introduces
  by a description ("Name, director of X, …") keeps the words "she" says next; "We at X" is X.
- A bulletin's delegations in capitals open the sentences that report them, with those they
  spoke with or for in between.
"""

from __future__ import annotations

from tests.test_attribution import said, stored, write

COMPILATION_NUMBERED = (
    "Compilation of written contributions on river pollution\n"
    "\n"
    "Note by the Secretariat: the contributions below are reproduced as received, in the "
    "order in which they were received.\n"
    "\n"
    "I. Portugal\n"
    "\n"
    "Submitted by: Dr. Helena Quaresma Vidal, Head of Water Inspection, on behalf of the "
    "Government of Portugal\n"
    "\n"
    "1. Portugal inspected 412 riverside factories in 2024.\n"
    "\n"
    "2. We propose a shared register of discharge permits for all basin States.\n"
    "\n"
    "II.\n"
    "Kenya\n"
    "\n"
    "Submitted by: Eng. Otieno Wambugu Karanja, Director of Basin Affairs, Republic of Kenya\n"
    "\n"
    "1. Our inspectors found mercury in nine of the twelve rivers they sampled.\n"
    "\n"
    "2. Kenya asks for training of river police in source regions.\n"
    "\n"
    "III. Clean Rivers Alliance (non-governmental organization)\n"
    "\n"
    "Submitted by: Maren Solberg Aune, Executive Director, Clean Rivers Alliance\n"
    "\n"
    "1. We tested the water of 300 villages downstream of tanneries.\n"
    "\n"
    "2. We urge States to publish every inspection report within 30 days.\n"
)

COMPILATION_SIGNED = (
    "# Written contributions received before the workshop on mountain roads\n"
    "\n"
    "The contributions are reproduced below without editing.\n"
    "\n"
    "## Submission by Chile\n"
    "\n"
    "Chile has built 14 avalanche galleries since 2019. We would welcome a regional manual on "
    "their upkeep. Our engineers are ready to share their designs.\n"
    "\n"
    "Rodrigo Tapia Lemus\n"
    "\n"
    "Director of Mountain Roads, Ministry of Public Works\n"
    "\n"
    "## Nepal\n"
    "\n"
    "Landslides closed our northern highways on 61 days last year. We ask donors to fund "
    "early warning sensors. Nepal will host the next field visit.\n"
    "\n"
    "Sushila Adhikari Thapa\n"
    "\n"
    "Joint Secretary, Department of Roads\n"
)

LETTER_ANNEX = (
    "REGIONAL MEETING ON COASTAL FISHERIES\n"
    "\n"
    "Office of the Chair\n"
    "\n"
    "Apia, 3 March 2025\n"
    "\n"
    "To: All participants in the Regional Meeting on Coastal Fisheries\n"
    "\n"
    "Dear colleagues,\n"
    "\n"
    "I am writing to thank you for your work in Apia last month.\n"
    "\n"
    "Catch reports still reach the regional office months too late. "
    "Mr. Tevita Fonua of Tonga reported that his inspectors had boarded 57 vessels without "
    "finding a single logbook. Several delegations, among them Fiji and Samoa, reminded us "
    "that small boats need simpler forms. I share that view.\n"
    "\n"
    "I would be grateful for comments on the draft form by 30 April 2025.\n"
    "\n"
    "Please accept the assurances of my highest consideration.\n"
    "\n"
    "(Signed)\n"
    "\n"
    "Mele Taufa Kupu\n"
    "\n"
    "Ambassador and Permanent Representative of Tonga to the United Nations\n"
    "\n"
    "Chair, Regional Meeting on Coastal Fisheries\n"
    "\n"
    "ANNEX\n"
    "\n"
    "Next steps\n"
    "\n"
    "1. Circulate the draft logbook form proposed by Fiji by 15 March 2025.\n"
    "\n"
    "2. Report to the Commission at its next session.\n"
)

LETTER_SINCERELY = (
    "Dear members of the working group,\n"
    "\n"
    "I write to share my impressions of our session on seed banks.\n"
    "\n"
    "I was struck by how much has changed in two years. Ms. Ingrid Holm of Norway told the "
    "group that the vault had received 9,000 new samples. Stored seed loses its value when "
    "nobody plants it. I hope that we will agree on a common catalogue before June.\n"
    "\n"
    "Yours sincerely,\n"
    "\n"
    "Jonas Ekdahl Berg\n"
    "\n"
    "Chair of the Working Group on Seed Banks\n"
    "\n"
    "Annex I\n"
    "\n"
    "List of samples received, by region.\n"
)

BLOG_BYLINE = (
    "Field notes\n"
    "\n"
    "What we heard at the ocean dialogue\n"
    "\n"
    "By Ilse Vandermeer, Policy Officer · 9 October 2025 · 5 min read\n"
    "\n"
    "Our team attended all three days of the dialogue in Lisbon.\n"
    "\n"
    "Opening the panel, Kofi Mensah Asante, director of the Coastal Rights Forum, pushed back "
    'against the idea that reserves must keep fishers out. "A reserve drawn without us is a '
    'line on a map," he told the room.\n'
    "\n"
    "We at Tidewater Watch welcome the outcome of the dialogue.\n"
)

BLOG_WORDS_BY = (
    "Words by: Paulo Serrano Lima\n"
    "\n"
    "Notes from the forest forum\n"
    "\n"
    "The second speaker, Ines Karlsson Moberg, a judge in the regional court who hears "
    "logging cases, brought the debate back to evidence. Satellite images, she explained, "
    'rarely reach a courtroom in time. "By the time the photo arrives, the trees are gone," '
    "Karlsson Moberg said.\n"
    "\n"
    "We at Canopy Justice will send our comments before March.\n"
)


def test_each_section_of_a_compilation_is_its_own_authors(tmp_path):
    directory, units, _ = stored(write(tmp_path, "compilation.txt", COMPILATION_NUMBERED))
    assert said(units, "reproduced as received") == (None, "narrative")
    assert said(units, "inspected 412 riverside factories")[0] == "Portugal"
    assert said(units, "shared register of discharge permits")[0] == "Portugal"
    assert said(units, "mercury in nine of the twelve")[0] == "Kenya"
    assert said(units, "training of river police")[0] == "Kenya"
    assert said(units, "tested the water of 300 villages")[0] == "Clean Rivers Alliance"
    assert said(units, "within 30 days")[0] == "Clean Rivers Alliance"
    assert directory.speakers["Helena Quaresma Vidal"].affiliation == "Portugal"
    assert directory.speakers["Otieno Wambugu Karanja"].affiliation == "Kenya"
    assert directory.speakers["Maren Solberg Aune"].affiliation == "Clean Rivers Alliance"
    assert said(units, "Submitted by: Dr. Helena")[1] != "quote"  # the record's line


def test_sections_headed_by_a_name_alone_and_signed_at_their_end(tmp_path):
    directory, units, _ = stored(write(tmp_path, "contributions.md", COMPILATION_SIGNED))
    assert said(units, "reproduced below without editing") == (None, "narrative")
    assert said(units, "14 avalanche galleries")[0] == "Chile"
    assert said(units, "ready to share their designs")[0] == "Chile"
    assert said(units, "closed our northern highways")[0] == "Nepal"
    assert said(units, "host the next field visit")[0] == "Nepal"
    assert directory.speakers["Rodrigo Tapia Lemus"].affiliation == "Chile"
    assert directory.speakers["Sushila Adhikari Thapa"].affiliation == "Nepal"


def test_a_chairs_letter_is_the_signatorys_and_its_annex_the_records(tmp_path):
    directory, units, _ = stored(write(tmp_path, "letter.txt", LETTER_ANNEX))
    for words in ("I am writing to thank", "months too late", "I share that view", "30 April"):
        assert said(units, words)[0] == "Mele Taufa Kupu", words
    assert said(units, "boarded 57 vessels")[0] == "Tevita Fonua"
    assert said(units, "small boats need simpler forms") == (None, "narrative")
    assert said(units, "Apia, 3 March 2025") == (None, "narrative")
    assert said(units, "draft logbook form proposed by Fiji") == (None, "narrative")
    chair = directory.speakers["Mele Taufa Kupu"]
    assert chair.affiliation == "Tonga"
    assert any(
        r.startswith("Chair of the Regional Meeting on Coastal Fisheries") for r in chair.roles
    )


def test_a_letter_signed_yours_sincerely_above_an_annex(tmp_path):
    directory, units, _ = stored(write(tmp_path, "letter2.txt", LETTER_SINCERELY))
    for words in ("share my impressions", "how much has changed", "nobody plants it", "June"):
        assert said(units, words)[0] == "Jonas Ekdahl Berg", words
    assert said(units, "9,000 new samples")[0] == "Ingrid Holm"
    assert said(units, "List of samples received") == (None, "narrative")
    assert "Jonas Ekdahl Berg" in directory.speakers


def test_a_blog_names_its_writer_its_panellists_and_its_own_voice(tmp_path):
    directory, units, _ = stored(write(tmp_path, "blog.txt", BLOG_BYLINE))
    assert not any(name.startswith("By ") or "Vandermeer" in name for name in directory.speakers)
    assert said(units, "line on a map")[0] == "Kofi Mensah Asante"  # "he": the one introduced
    assert said(units, "welcome the outcome")[0] == "Tidewater Watch"  # "We at X": the page's


def test_a_panellist_introduced_by_a_description_keeps_her_words(tmp_path):
    directory, units, _ = stored(write(tmp_path, "blog2.txt", BLOG_WORDS_BY))
    assert not any("Serrano" in name or name.startswith("Words") for name in directory.speakers)
    assert said(units, "rarely reach a courtroom")[0] == "Ines Karlsson Moberg"
    assert said(units, "the trees are gone")[0] == "Ines Karlsson Moberg"
    assert said(units, "send our comments")[0] == "Canopy Justice"


BULLETIN_CAPITALS = (
    "DAILY BULLETIN - DAY 3\n"
    "\n"
    "DENMARK, with the AFRICAN UNION, supported a shared register of river permits.\n"
    "\n"
    "PERU, speaking for the Andean Group, urged training for river police.\n"
    "\n"
    "The UNITED KINGDOM opposed any binding deadline.\n"
)

BULLETIN_CAPITALS_PROSE = (
    "Negotiations summary\n"
    "\n"
    "On the second agenda item, delegates discussed the permits. VIET NAM, supported by "
    "LAOS, called for a common form in three languages. The EUROPEAN UNION also cautioned "
    "against duplicating existing registers. Several delegations asked for more time.\n"
)


def test_a_bulletins_delegations_in_capitals_are_its_speakers(tmp_path):
    _, units, _ = stored(write(tmp_path, "bulletin.txt", BULLETIN_CAPITALS))
    assert said(units, "shared register of river permits")[0].lower() == "denmark"
    assert said(units, "training for river police")[0].lower() == "peru"  # not the Group
    assert said(units, "binding deadline")[0].lower() == "united kingdom"  # as the record spells it


def test_capitalised_delegations_inside_a_paragraph(tmp_path):
    _, units, _ = stored(write(tmp_path, "bulletin2.txt", BULLETIN_CAPITALS_PROSE))
    assert said(units, "common form in three languages")[0].lower() == "viet nam"
    assert said(units, "duplicating existing registers")[0].lower() == "european union"
    assert said(units, "asked for more time") == (None, "narrative")
