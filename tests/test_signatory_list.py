"""A joint statement signed by bodies listed under a "Signatories" heading: "which
organisations signed the joint statement" names each of them, cited at its line.

The statement is fictional, written for this test (a TXT file, one body a line).
"""

from __future__ import annotations

import pytest

from tests.helpers_corpus import corpus_engine

STATEMENT = """Joint statement on dock workers' rights

We, the undersigned organizations, work with dock workers in 30 countries. We call on States \
to protect workers who report theft.

Signatories

Quayside Rights Network

Harbour Labour Forum

Coastal Workers' Alliance

Contact: Quayside Rights Network, office@quayside.example
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    meta = (
        'title: "Joint statement on dock workers\' rights"\nkind: "joint statement"\n'
        'date: "2031-05-04"\n'
    )
    return corpus_engine(
        tmp_path_factory.mktemp("signatories"), {"joint_2031.txt": (STATEMENT, meta)}
    )


def test_the_bodies_under_a_signatories_heading(engine):
    a = engine.ask("which organisations signed the joint statement")
    for body in ("Quayside Rights Network", "Harbour Labour Forum", "Coastal Workers' Alliance"):
        assert body in a.text, a.text
    assert "office@" not in a.text
