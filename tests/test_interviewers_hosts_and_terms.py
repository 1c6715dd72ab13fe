"""Who speaks where a record names them in passing: the interviewer an interview's header
names ("Interviewer: …") asks its questions; hosts named together ("Hosts A and B talk to …")
are each a person, not "Hosts A"; a sentence with a quoted term ("He preferred a "two-key"
scheme") goes on the speaker's paraphrase; a statement's "we" quoting a named person ("As X,
Director of Y, told the side event: “…”") gives those words to that person; the list a
paragraph says someone drew up ("the following recommendations, prepared by the Chair …") is
theirs item by item.

Made-up documents (a TXT interview, a Markdown podcast, a DOCX-like summary record as TXT, a
Markdown statement), no eval case's words.
"""

from __future__ import annotations

import pytest

from tests.test_attribution import said, stored, write
from tests.test_attribution_introductions import people

INTERVIEW = """TIDES AND TRADE: A CONVERSATION WITH THE HARBOUR COMMISSIONER

Interviewer: Odile Marchetti-Banda, Port Affairs Review
Recorded on 4 June 2031

Commissioner Tavita Leaupepe led the regional port security review in Apia. She spoke to us \
after the review closed.

Q: Commissioner, you worked as a customs officer for a decade. Did that help?

A: It did. I know what a tired inspector misses at the end of a shift.

Q: Some carriers said the review ignored small ports. Were they right?

A: Partly. We visited nine ports, and only two of them were small.
"""

PODCAST = """# Dock Talk, Episode 7

Hosts Wiremu Tane and Leilani Kahale talk to an inspector about cargo theft.

**WIREMU TANE:** Welcome to Dock Talk. I'm Wiremu Tane.

**LEILANI KAHALE:** And I'm Leilani Kahale. This week, stolen containers.

**WIREMU:** Thefts rose by a fifth last year.
"""

RECORD = """Summary record of the 2nd meeting

1. Mr. Haddad-Lindqvist (Jordan) said that his delegation could not accept a shared registry. \
He preferred a "two-key" scheme, under which each port would keep its own records.

2. The meeting rose at 1 p.m.
"""

STATEMENT = """# Joint statement on port labour

We, the undersigned organizations, work with dock workers in 30 countries. We call on States \
to protect workers who report theft.

As Ngozi Abara-Fenn, Director of Quayside Rights, told the side event on 8 June: "A worker who \
reports a theft should not lose the job for it."

We stand ready to share our data.

Signatories
Quayside Rights
Harbour Labour Forum
"""


def test_the_interviewer_a_header_names_asks_the_questions(tmp_path):
    _, units, _ = stored(write(tmp_path, "interview.txt", INTERVIEW))
    assert said(units, "you worked as a customs officer")[0] == "Odile Marchetti-Banda"
    assert said(units, "Were they right?")[0] == "Odile Marchetti-Banda"
    assert said(units, "what a tired inspector misses")[0] == "Tavita Leaupepe"


def test_hosts_named_together_are_each_a_person(tmp_path):
    path = write(tmp_path, "podcast.md", PODCAST)
    assert {"Wiremu Tane", "Leilani Kahale"} <= set(people(path))
    _, units, _ = stored(path)
    assert said(units, "Welcome to Dock Talk")[0] == "Wiremu Tane"
    assert said(units, "Thefts rose by a fifth")[0] == "Wiremu Tane"


def test_hosts_named_together_each_host(tmp_path):
    found = people(write(tmp_path, "podcast.md", PODCAST))
    assert "Host" in found["Wiremu Tane"][1] and "Host" in found["Leilani Kahale"][1]


def test_a_quoted_term_stays_in_the_speakers_paraphrase(tmp_path):
    _, units, _ = stored(write(tmp_path, "record.txt", RECORD))
    assert said(units, "could not accept a shared registry")[0] == "Haddad-Lindqvist"
    assert said(units, "each port would keep its own records")[0] == "Haddad-Lindqvist"
    assert said(units, "The meeting rose at 1 p.m.") == (None, "narrative")


def test_a_statement_quoting_a_named_person_gives_them_the_words(tmp_path):
    _, units, _ = stored(write(tmp_path, "statement.md", STATEMENT))
    assert said(units, "should not lose the job for it")[0] == "Ngozi Abara-Fenn"


REPORT = """# Report of the workshop on port crime

1. The workshop was chaired by Ms. Rosalind Achterberg (Netherlands).

2. At its last meeting, the workshop took note of the following recommendations, prepared by \
the Chair on the basis of the discussion. They were not negotiated:

(a) States should share cargo manifests within 48 hours;

(b) Ports should train dock workers to report bribes.

3. The workshop closed at 5 p.m.
"""


def test_a_list_the_paragraph_says_someone_drew_up_is_theirs(tmp_path):
    _, units, _ = stored(write(tmp_path, "report.md", REPORT))
    assert said(units, "share cargo manifests within 48 hours")[0] == "Rosalind Achterberg"
    assert said(units, "train dock workers to report bribes")[0] == "Rosalind Achterberg"
    assert said(units, "The workshop closed at 5 p.m.") == (None, "narrative")


@pytest.mark.xfail(
    reason="a Markdown signatory list is read as one line and there is no "
    "metadata author: the statement's 'we' has no body yet",
    strict=True,
)
def test_a_statement_signed_by_bodies_in_markdown_is_theirs(tmp_path):
    _, units, _ = stored(write(tmp_path, "statement.md", STATEMENT))
    assert said(units, "protect workers who report theft")[0] == "Quayside Rights"
