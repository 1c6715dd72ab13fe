"""A page that says it is an interview (its metadata's kind, or "a conversation with X" in its
title) whose bold questions mostly do not say "you" ("Chile has proposed X. Is that
realistic?", "**And the ports? They are often blamed.**") is still an interview: the bold
paragraphs are the interviewer's, the answers the interviewee's, not the publisher's.

A made-up magazine page (no eval case's words or layout).
"""

from __future__ import annotations

import pytest

from tests.test_attribution import said, stored, write

PAGE = """[Harbour Quarterly](https://harbour.example/) › Interviews

# "Nets are the new cash": a conversation with Lena Voss of the Net Registry Office

By **Tomas Brandt** · 2 May 2031

Lena Voss heads the Net Registry Office in Eastport. She spoke to us after the spring meeting.

**Chile has proposed a shared register of stolen nets. Is that realistic?**

For ports that already license nets electronically, yes. The hard part is deciding who may \
see the register.

**The fishers' union counts 900 stolen nets a year. Does the Office accept that figure?**

We do not endorse other counts. The figure is plausible for the harbours they surveyed.

**And the ports? They are often blamed.**

Most ports lock their quays at night. The thefts happen at sea.

**What happens next?**

We will publish a first register by September.
"""

META = 'title: "Nets are the new cash: a conversation with Lena Voss"\nkind: interview\n'
META += 'publisher: "Harbour Quarterly"\nauthor: "Tomas Brandt"\n'


def test_a_declared_interview_credits_questions_and_answers(tmp_path):
    _, units, _ = stored(write(tmp_path, "interview_voss.md", PAGE, META))
    assert said(units, "Is that realistic?")[0] == "Tomas Brandt"
    assert said(units, "The hard part is deciding who may")[0] == "Lena Voss"
    assert said(units, "Does the Office accept that figure?")[0] == "Tomas Brandt"
    assert said(units, "The thefts happen at sea.")[0] == "Lena Voss"


@pytest.mark.xfail(
    strict=True,
    reason="the Markdown reader keeps no emphasis, so a bold question that does not end in "
    "'?' reads as the answer before it goes on (known, left open: see the issue note)",
)
def test_a_bold_question_without_a_question_mark_is_the_interviewers(tmp_path):
    _, units, _ = stored(write(tmp_path, "interview_voss.md", PAGE, META))
    assert said(units, "They are often blamed.")[0] == "Tomas Brandt"
