"""An organisation's blog post: its own "we" sentences are the organisation's, the people it
quotes or reports are credited with their words, and its plain narrative is nobody's.

Fictional: a network's post about an expert meeting, quoting its director and a delegate."""

from __future__ import annotations

from tests.test_attribution import said, stored, write

BLOG = """# What we heard in Vienna: three lessons from the expert meeting

*Posted by the Harbour Watch Network team, 7 March 2025*

Last week our small delegation travelled to Vienna for the Expert Meeting on Asset Recovery. We
went with one question: will confiscated money ever reach the communities that lost it?

Our director, Ingrid Solheim, told the plenary that "returned assets too often vanish into
general budgets." She urged States to publish what they return and to whom. "If nobody can
follow the money back home, we have simply moved the secrecy from one country to another," she
said.

We were encouraged by the delegate of Uruguay, Martín Olivera Suárez, who described a model
request that his central authority now publishes online. "Half of the requests we receive are
incomplete," he told us afterwards.

## Lesson one: transparency is cheap

Several delegations said that publishing returned sums costs almost nothing. We agree, and we
will keep asking for it.

## What comes next

The next meeting is planned for October 2025. We will submit a written contribution before then.
"""

META = """title: "What we heard in Vienna"
date: "2025-03-07"
publisher: "Harbour Watch Network"
kind: "blog post"
"""


def test_blog_voices(tmp_path):
    _, units, _ = stored(write(tmp_path, "blog.md", BLOG, META))
    assert said(units, "will keep asking for it")[0] == "Harbour Watch Network"
    assert said(units, "submit a written contribution")[0] == "Harbour Watch Network"
    assert said(units, "vanish into general budgets")[0] == "Ingrid Solheim"
    assert said(units, "simply moved the secrecy")[0] == "Ingrid Solheim"
    assert said(units, "Half of the requests we receive")[0] == "Martín Olivera Suárez"
    assert said(units, "planned for October 2025")[0] is None
    assert said(units, "costs almost nothing")[0] is None
