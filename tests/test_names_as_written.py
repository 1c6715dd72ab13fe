"""Speakers under the names a record goes by: "Kenya's Amina Otieno said" is Amina Otieno (of
Kenya), and a company whose body text drops its legal form ("Ltd.") goes by the shorter name.

Fictional: a two-paragraph news story and a short company contribution."""

from __future__ import annotations

from tests.test_attribution import said, stored, write

NEWS = """NAIROBI - Experts on online recruitment met on Tuesday.

Kenya's Amina Otieno, a prosecutor who chaired the meeting, said that platforms had to act faster.
"We cannot wait for a court order every time," she said.
"""

FIRM = """Lumo Data Ltd. | Public Policy

Written contribution to the Working Group

Lumo Data runs a job board used by 2 million people. We removed 9,000 fake job ads in 2025.

Lumo Data will publish its removal figures every quarter.
"""


def test_a_states_possessive_is_no_part_of_a_name(tmp_path):
    _, units, _ = stored(write(tmp_path, "news.txt", NEWS, "kind: news article\n"))
    assert said(units, "platforms had to act faster")[0] == "Amina Otieno"
    assert said(units, "wait for a court order")[0] == "Amina Otieno"


def test_a_company_goes_by_the_name_its_text_uses(tmp_path):
    _, units, _ = stored(write(tmp_path, "firm.txt", FIRM, "kind: written contribution\n"))
    assert said(units, "removed 9,000 fake job ads")[0] == "Lumo Data"
