"""A first-person text whose opening line is a sentence-case title: the title is no speaker.

Fictional: a short op-ed saved as plain text, its first line a headline, no byline; its meta says
only that it is a written statement."""

from __future__ import annotations

from tests.test_attribution import said, stored, write

OPED = """Keeping cold chains honest at sea

We have seen refrigerated containers opened at three ports in a single month. Our inspectors
found that the seals had been replaced with copies that looked identical.

We believe every port should log seal numbers twice, at loading and at arrival.
"""


def test_sentence_case_opening_line_is_a_title_not_the_author(tmp_path):
    path = write(tmp_path, "oped.txt", OPED, "kind: written statement\n")
    _, units, _ = stored(path)
    speaker, _ = said(units, "log seal numbers twice")
    assert speaker != "Keeping cold chains honest at sea"
    assert speaker is None or "cold chains" not in speaker
