"""Who signed, wrote or submitted a document: its signature block and its byline are the
document's structure, not anyone's speech.

The fictional documents below were written before the code, in layouts of their own: a State's
statement signed above its place and date, a joint statement of three bodies with their cities,
a compilation whose sections are signed (or not), a Chair's letter relaying what she was told,
and bylines that open with a date, name an outlet or follow a label.

- "Who signed X's <document>" is answered from the signature of the document (or section) X
  owns, never from another document's, and abstains when that one has no signer.
- A joint statement's signatories are each named with their body; a question naming one of
  them by its body or city gets that one.
- A signature line names its signer: the record's words about them, not a quote of theirs.
- "Me" in a letter is its writer, even where the sentence names who told them.
"""

from __future__ import annotations

import pytest

from assistant import bylines
from assistant.config import load_settings
from assistant.engine import build_engine
from tests.test_attribution import said, stored, write

STATE_STATEMENT = (
    "PERMANENT MISSION OF THE REPUBLIC OF ESTONIA TO THE UNITED NATIONS\n"
    "\n"
    "Written statement to the Expert Meeting on Forest Fires, Geneva, 2 and 3 March 2026\n"
    "\n"
    "Mr. Chair,\n"
    "\n"
    "We thank the secretariat for preparing the meeting on forest fires at short notice.\n"
    "\n"
    "Our rangers recorded 312 fires set on purpose in the last season.\n"
    "\n"
    "We propose a shared map of burnt areas for all the States of the region.\n"
    "\n"
    "Estonia stands ready to train rangers from neighbouring States.\n"
    "\n"
    "Thank you, Mr. Chair.\n"
    "\n"
    "(Signed)\n"
    "\n"
    "Ambassador Liisa Tamm-Kask\n"
    "\n"
    "Permanent Representative of the Republic of Estonia to the United Nations\n"
    "\n"
    "Geneva, 25 February 2026\n"
)

JOINT_STATEMENT = (
    "Joint statement on water theft in river basins\n"
    "\n"
    "Submitted to the Expert Meeting on Forest Fires by three civil society organizations.\n"
    "\n"
    "We, the undersigned organizations, work with farmers whose wells have been drained.\n"
    "\n"
    "Our field teams recorded 48 illegal pumps along the rivers in 2025.\n"
    "\n"
    "We urge States to license every pump above a set size.\n"
    "\n"
    "We stand ready to share our data with the secretariat.\n"
    "\n"
    "Signed:\n"
    "\n"
    "Dr. Amina Sall Diouf, Director, Delta Water Forum (Dakar)\n"
    "\n"
    "Tomás Ribeiro Lage, Coordinator, Rivers for All (Lisbon)\n"
    "\n"
    "Hanna Virtanen Koski, Chair, Clean Wells Alliance (Tampere)\n"
    "\n"
    "Contact for this statement: Rivers for All, Lisbon - info@riversforall.example\n"
)

COMPILATION = (
    "Compilation of written contributions on forest fires\n"
    "\n"
    "Note by the Secretariat: the contributions are reproduced as received.\n"
    "\n"
    "I. Portugal\n"
    "\n"
    "Submitted by: Eng. Rui Paiva Lopes, Head of Fire Prevention, on behalf of the Government "
    "of Portugal\n"
    "\n"
    "1. Portugal cleared 900 hectares of dry scrub in 2025.\n"
    "\n"
    "2. We propose a common alert for fires near borders.\n"
    "\n"
    "3. Our crews are ready to train others.\n"
    "\n"
    "II. Chile\n"
    "\n"
    "1. Chile lost 40,000 hectares of forest to fire in 2024.\n"
    "\n"
    "2. We ask for training in the use of drones over burning hills.\n"
    "\n"
    "3. Our rangers would welcome a regional exchange.\n"
)

LETTER = (
    "WORKING GROUP ON FOREST FIRES\n"
    "\n"
    "Office of the Chair\n"
    "\n"
    "Geneva, 10 March 2026\n"
    "\n"
    "To: All members of the Working Group\n"
    "\n"
    "Dear colleagues,\n"
    "\n"
    "I am writing to thank you for your work at the meeting on forest fires.\n"
    "\n"
    "The Secretariat has informed me that two more States have joined the fire map project, "
    "bringing the number of participating States to 17.\n"
    "\n"
    "Mr. Jonas Berg of Sweden reported that his country had trained 80 rangers in one year.\n"
    "\n"
    "Ms. Ana Duarte of Chile has assured me that her Government will host the next session.\n"
    "\n"
    "I look forward to our next session in the autumn.\n"
    "\n"
    "Yours sincerely,\n"
    "\n"
    "Marta Kowal Nowak\n"
    "\n"
    "Chair of the Working Group on Forest Fires\n"
)


BULLETIN = (
    "RIVER WATCH BULLETIN\n"
    "\n"
    "Issue 4 | Thursday, 5 March 2026\n"
    "\n"
    "Delegates spent the morning on maps of burnt areas. Estonia offered its rangers' data.\n"
    "\n"
    "This issue of the River Watch Bulletin was written and edited by Ona Petraitis and "
    "Luis Ferro Alves.\n"
)

NEWS = (
    "Fire map talks open in Geneva\n"
    "\n"
    "By Pia Lund Holm, Geneva correspondent · 3 March 2026\n"
    "\n"
    "Forest officials from twelve States met in Geneva on Monday to compare maps of burnt "
    "areas, and the River Watch Bulletin reported on their talks each day.\n"
)

REPORT = (
    "Expert Meeting on Forest Fires\n"
    "\n"
    "Rapporteur's report on the working groups (3 March 2026)\n"
    "\n"
    "Prepared by the Rapporteur, Efe Okon Bassey (Nigeria). This report does not commit any "
    "State.\n"
    "\n"
    "The first group discussed drones. The second group discussed maps.\n"
)


# -- attribution: signature lines and the letter's "me" --------------------------------------
def test_a_signature_line_names_its_signer_and_is_not_their_quote(tmp_path):
    _, units, _ = stored(write(tmp_path, "estonia.txt", STATE_STATEMENT))
    assert said(units, "Ambassador Liisa Tamm-Kask") == ("Liisa Tamm-Kask", "narrative")
    assert said(units, "Permanent Representative of the Republic")[1] == "narrative"
    who, kind = said(units, "312 fires set on purpose")
    assert (who or "").endswith("Estonia") and kind == "quote"  # the State's own words


def test_each_line_of_a_joint_signature_names_one_signer(tmp_path):
    _, units, _ = stored(write(tmp_path, "joint.txt", JOINT_STATEMENT))
    assert said(units, "Tomás Ribeiro Lage, Coordinator") == ("Tomás Ribeiro Lage", "narrative")
    assert said(units, "Amina Sall Diouf, Director")[1] == "narrative"


def test_me_in_a_letter_is_its_writer_though_another_informed_her(tmp_path):
    _, units, _ = stored(write(tmp_path, "letter.txt", LETTER))
    assert said(units, "has informed me that two more States")[0] == "Marta Kowal Nowak"
    assert said(units, "bringing the number of participating States")[0] == "Marta Kowal Nowak"
    assert said(units, "trained 80 rangers")[0] == "Jonas Berg"  # reported, not to "me"
    assert said(units, "will host the next session")[0] == "Marta Kowal Nowak"
    assert said(units, "Marta Kowal Nowak") == ("Marta Kowal Nowak", "narrative")  # her name line


# -- bylines ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("16 April 2026 - By Ilse Brandt", (["Ilse Brandt"], None)),  # the date first
        ("By Kofi Addo Mensah, Harbour Affairs Weekly | Accra | 2 May 2025",
         (["Kofi Addo Mensah"], "Harbour Affairs Weekly")),  # an outlet after the name
        ("The River Post - live coverage by Jana Horak Vild, reporting from the hall",
         (["Jana Horak Vild"], "reporting from the hall")),
        ("By the end of 2025, States should act", None),
    ],
)  # fmt: skip
def test_more_byline_layouts(line, expected):
    assert bylines._byline(line) == expected


def test_a_declared_author_on_a_line_with_the_date_before_the_name():
    text = (
        "Our notes from Lisbon\n\nNotes · 3 May 2025 · Ilka Berg Sund, Policy Officer\n\nWe went.\n"
    )
    blocks = _blocks(text)
    got = bylines.facts(text, blocks, {"author": "Ilka Berg Sund"})
    assert got.authors == ["Ilka Berg Sund"]
    assert text[slice(*got.byline)].startswith("Notes · 3 May 2025")


def _blocks(text: str):
    from assistant.readers import Block

    out, pos = [], 0
    for part in text.split("\n\n"):
        start = text.index(part, pos)
        out.append(Block(start, start + len(part.rstrip("\n")), "paragraph"))
        pos = start + len(part)
    return tuple(out)


# -- answers -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    base = tmp_path_factory.mktemp("signatories")
    docs = base / "docs"
    docs.mkdir()
    write(
        docs,
        "estonia_statement.txt",
        STATE_STATEMENT,
        'title: "Estonia: written statement on forest fires"\nkind: "written statement"\n',
    )
    write(
        docs,
        "joint_statement_water.txt",
        JOINT_STATEMENT,
        'title: "Joint statement on water theft"\nkind: "joint statement"\n'
        'publisher: "Delta Water Forum; Rivers for All; Clean Wells Alliance"\n',
    )
    write(
        docs,
        "compilation_fires.txt",
        COMPILATION,
        'title: "Compilation of written contributions on forest fires"\n'
        'kind: "written submissions"\n',
    )
    write(
        docs,
        "chair_letter_fires.txt",
        LETTER,
        'title: "Letter from the Chair on forest fires"\nkind: "letter"\ndate: "2026-03-10"\n',
    )
    write(docs, "river_bulletin.txt", BULLETIN)
    write(docs, "fire_news.txt", NEWS, 'kind: "news article"\npublisher: "Geneva Courier"\n')
    write(docs, "rapporteur_report.txt", REPORT, 'kind: "rapporteur\'s report"\n')
    return build_engine(load_settings(source_dir=docs, index_dir=base / "index"))


def _quotes_hold(engine, a) -> None:
    for c in a.citations:
        assert c.quote in engine.document_text(c.doc_id)


def test_who_signed_a_states_statement_is_its_signature_not_its_last_words(engine):
    a = engine.ask("Who signed Estonia's written statement?")
    assert not a.abstained
    assert "Liisa Tamm-Kask" in a.text
    assert all("Thank you" not in c.quote for c in a.citations)
    assert all(c.kind != "quote" for c in a.citations)
    _quotes_hold(engine, a)


def test_a_joint_statement_names_each_signatory_and_the_one_asked_for(engine):
    a = engine.ask("Who signed the joint statement?")
    assert all(n in a.text for n in ("Amina Sall Diouf", "Tomás Ribeiro Lage", "Hanna Virtanen"))
    assert " said" not in a.text
    a = engine.ask("who signed the joint statement for the Lisbon organisation?")
    assert "Tomás Ribeiro Lage" in a.text
    assert "Amina" not in a.text and "Hanna" not in a.text
    _quotes_hold(engine, a)


def test_a_compilations_section_is_signed_by_its_own_signatory(engine):
    a = engine.ask("Who signed Portugal's contribution?")
    assert "Rui Paiva Lopes" in a.text
    _quotes_hold(engine, a)


def test_an_unsigned_section_is_not_answered_with_another_documents_signer(engine):
    a = engine.ask("Who signed Chile's written contribution?")
    assert a.abstained and not a.citations
    for name in ("Rui Paiva Lopes", "Liisa Tamm-Kask", "Amina", "Tomás", "Hanna", "Marta"):
        assert name not in (a.reason or "")


def test_who_wrote_the_letter_and_when_she_sent_it(engine):
    a = engine.ask("Who wrote the Chair's letter?")
    assert "Marta Kowal Nowak" in a.text
    a = engine.ask("When did the Chair send her letter?")
    assert "10 March 2026" in a.text


def test_a_credit_line_names_who_wrote_the_document_the_question_names(engine):
    a = engine.ask("Who wrote the River Watch Bulletin issue?")
    assert "Ona Petraitis" in a.text and "Luis Ferro Alves" in a.text
    assert "Pia Lund Holm" not in a.text  # another document's byline
    a = engine.ask("who wrote the rapporteur's report on the working groups")
    assert "Efe Okon Bassey" in a.text
    assert "Efe Okon Bassey" in a.cited_speakers()  # the person the credit line describes
    _quotes_hold(engine, a)
