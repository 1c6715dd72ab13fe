"""A State's written contribution on its mission's letterhead, with no metadata.

Fictional: the Permanent Mission of a State sends a contribution that names the State by its
formal name in capitals, then speaks of itself both as "we" and by its short name. Every body
sentence is the State's, under the name the document itself uses."""

from __future__ import annotations

from tests.test_attribution import said, stored, write

CONTRIBUTION = """PERMANENT MISSION OF THE REPUBLIC OF PARAGUAY
TO THE UNITED NATIONS IN VIENNA

Contribution of Paraguay to the Working Group on Asset Recovery

Submitted by the Government of Paraguay

1. Overview

Paraguay thanks the secretariat for the invitation to contribute. Since 2022 our authorities
have received 31 requests to freeze the proceeds of crime.

2. Lessons

We found that most requests lacked a description of the link between the property and the
offence. We therefore publish a model request on the website of our central authority.

Asuncion, 10 January 2025

Lucía Benítez Ortiz
Director of International Cooperation
Ministry of Justice of Paraguay
"""


def test_first_person_and_third_person_sentences_are_the_states(tmp_path):
    path = write(tmp_path, "contribution.txt", CONTRIBUTION)
    _, units, _ = stored(path)
    for words in ("31 requests to freeze", "publish a model request", "thanks the secretariat"):
        speaker, _ = said(units, words)
        assert speaker == "Paraguay", (words, speaker)


MINISTRY_LETTERHEAD = """REPUBLIC OF MALAWI
Ministry of Homeland Security
Border Management Unit

Contribution to the Expert Meeting on Migrant Smuggling

Submitted by the Government of Malawi
1. Overview

We thank the secretariat for the invitation. Our border posts recorded 212 smuggling cases in
2024, most of them on the southern corridor.

2. Needs

Our officers need training in financial investigations. We would welcome mentoring by
neighbouring States.

Chikondi Banda
Director, Border Management Unit
Ministry of Homeland Security
"""


def test_a_letterhead_naming_the_state_makes_it_the_author_not_the_signatorys_unit(tmp_path):
    path = write(tmp_path, "malawi.txt", MINISTRY_LETTERHEAD)
    _, units, _ = stored(path)
    for words in ("212 smuggling cases", "training in financial investigations"):
        speaker, _ = said(units, words)
        assert speaker == "Malawi", (words, speaker)
