"""Group questions that name no meeting, and the kind of each body from the records' words.

"What did civil society say at the meeting?" in a corpus of several meetings takes every
meeting's members, the latest meeting first, so an older meeting with many speakers does not
crowd out the one the reader most likely means. Whether an organisation is civil society or a
company comes from what the records call it ("a network of fishing communities", "X, an
aquaculture company", "X Ltd."), before the nouns of its name; a name in another language is
not a company for want of an English noun, and a name with no noun for its kind is read by its
meaning ("Justice for Island Families" is no firm).

An NGO that publishes its own blog about the meeting, and speaks in it, is still civil society,
not the meeting's publisher; what "the NGOs" recommend in their joint statement is its list of
recommendations, not each signatory's most representative line.

The records are fictional: the summary of a 2021 river forum with many civil society speakers,
the report of a 2025 coastal meeting, an NGO's blog post about it and two NGOs' joint statement.
"""

from __future__ import annotations

import pytest

OLD = """Summary of the 2021 Forum on River Pollution, Riverton, 4 to 5 March 2021

The forum focused on industrial discharges into the Long River.

The Clearwater Alliance said that discharge permits should be published online.

The Institute for Delta Studies presented a survey of fish kills downstream of the tanneries.

The Riverbank Residents Association complained that warnings reached villages too late.

The Green Paddlers Club asked for monthly water tests at bathing places.

The Watershed Law Centre said that fines for illegal dumping had not been raised since 1998.

The Mothers for Clean Water Movement urged schools to teach children about river safety.

The Anglers Conservation Trust reported that trout had returned to two tributaries.

The Wetland Birds Society warned that drained marshes no longer filtered run-off.

The River Heritage Foundation proposed a register of historic mills along the banks.

The Youth River Watch Network said that young volunteers could sample water every week.

Borduria said that its new treatment plant would open in 2022.
"""
NEW = """Report of the 2025 Coastal Fisheries Meeting, Portmore, 10 to 11 June 2025

The meeting focused on illegal fishing near marine reserves.

Ms. Ida Moreau of the Lagoon Defenders Network warned that patrol boats rarely reached the \
outer reefs at night.

Ms. Lúcia Prates of Rede Costeira pela Pesca Justa, a network of fishing communities, said \
that small-scale fishers should sit on the boards that set catch limits.

Mr. Kai Lund of Kelpwise, an aquaculture company, said that its farms would share camera \
footage of passing vessels with the coastguard.

Mr. Omar Haddou of Tidewater Cold Chain Ltd. said that buyers wanted catch certificates in \
electronic form.

Mr. Ravi Menon of Justice for Island Families said that the families of missing crew were \
rarely told what the inspectors had found.

Ruritania said that it had doubled the number of inspectors in its ports.
"""

DIGEST = """Members' digest

Ms. Ida Moreau of the Lagoon Defenders Network said that the network had trained forty new reef \
wardens this year.
"""
BLOG = """Harbour Watch Coalition blog: what we heard in Portmore

Our team travelled to Portmore for the 2025 Coastal Fisheries Meeting.

We told the meeting that catch limits mean little if nobody counts the catch at night.

Ruritania's delegate agreed with us that night patrols were the weak point.
"""

JOINT = """Joint statement of the Lagoon Defenders Network and the Harbour Watch Coalition

To the 2025 Coastal Fisheries Meeting, Portmore, June 2025

We, the undersigned non-governmental organizations (NGOs), welcome the attention the meeting
gives to night fishing.

We recommend the following:

- States should publish the positions of licensed fishing vessels every hour.
- Coastguards should share their night patrol schedules with fishing communities.
- Fines for fishing inside reserves should go to the communities that guard them.

Signed: Ida Moreau, Lagoon Defenders Network; Piet Aalders, Harbour Watch Coalition
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("group_unscoped")
    folder = base / "docs"
    folder.mkdir()
    files = {
        "a_forum_river_2021.txt": (OLD, "Summary of the 2021 Forum on River Pollution",
                                   "meeting summary", "2021-03-05"),
        "report_coastal_2025.txt": (NEW, "Report of the 2025 Coastal Fisheries Meeting",
                                    "meeting report", "2025-06-11"),
        "blog_harbour_watch_2025.txt": (BLOG, "What we heard in Portmore", "blog post",
                                        "2025-06-14"),
        "digest_members.txt": (DIGEST, "Members' digest", "newsletter", ""),  # undated
        "joint_statement_2025.md": (JOINT, "Joint statement of the Lagoon Defenders Network "
                                    "and the Harbour Watch Coalition", "joint statement",
                                    "2025-06-09"),
    }  # fmt: skip
    for name, (text, title, kind, date) in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        stem = name.rsplit(".", 1)[0]
        meta = f'title: "{title}"\nkind: "{kind}"\ndate: "{date}"\n'
        if name.startswith("blog"):  # an NGO publishing its own account of the meeting
            meta += 'publisher: "Harbour Watch Coalition (HWC)"\n'
        if name.startswith("joint"):
            meta += 'publisher: "Lagoon Defenders Network; Harbour Watch Coalition"\n'
        (folder / f"{stem}.meta.yaml").write_text(meta, encoding="utf-8")
    return build_engine(load_settings(source_dir=folder, index_dir=base / "index"))


def test_an_unscoped_group_question_reaches_the_latest_meeting(engine):
    # Ida Moreau also speaks in an undated digest: the dated 2025 report places her.
    a = engine.ask("What did civil society say at the meeting?")
    assert not a.abstained
    assert "Lagoon Defenders" in a.text or "Ida Moreau" in a.text
    assert "Kelpwise" not in a.text


def test_a_network_named_in_another_language_is_civil_society(engine):
    a = engine.ask("Which NGOs took part?")
    assert "Rede Costeira" in a.text
    assert "Green Paddlers" in a.text  # a club, which no record calls a company
    assert "Harbour Watch" in a.text  # it publishes its own blog, and speaks in it
    assert "Justice for Island Families" in a.text  # no noun for its kind: read by its meaning
    assert "Kelpwise" not in a.text and "Tidewater" not in a.text


def test_the_private_sector_is_the_bodies_the_records_call_companies(engine):
    a = engine.ask("What did the private sector say?")
    assert "Kelpwise" in a.text
    assert "Tidewater" in a.text or "Omar Haddou" in a.text
    assert "Rede Costeira" not in a.text and "Lagoon Defenders" not in a.text
    assert "Green Paddlers" not in a.text


def test_what_a_group_recommends_in_its_statement_is_the_statement_s_recommendations(engine):
    a = engine.ask("What do the NGOs recommend in their joint statement?")
    assert "positions of licensed fishing vessels" in a.text
    assert "night patrol schedules" in a.text
