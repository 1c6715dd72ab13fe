"""'X's written contribution' finds X's document when its metadata gives no kind and its title
does not name X: its author or publisher does, and its own words say what it is."""

from __future__ import annotations

from assistant import scope

DOCS = {
    "ngo_statement": {"title": "Written statement of the Open Harbours Coalition",
                      "kind": "written statement", "date": "2025-03-01",
                      "publisher": "Open Harbours Coalition", "text": "We call on States ..."},
    "contribution_x": {"title": "Written contribution to the Expert Meeting on Asset Recovery",
                       "kind": "", "author": "Government of Paraguay",
                       "publisher": "Republic of Paraguay", "date": "2025-02-10",
                       "text": "Written contribution to the Expert Meeting. We thank ..."},
    "news": {"title": "Asset recovery experts meet", "kind": "news article",
             "date": "2025-03-05", "publisher": "Harbour Times", "text": "Experts met ..."},
}  # fmt: skip


def test_a_states_contribution_found_by_its_author():
    found = scope.resolve("In Paraguay's written contribution, what are its needs?", DOCS)
    assert found.doc_ids == ["contribution_x"]


def test_a_typed_statement_titled_with_its_owner_is_found_as_before():
    q = "In the Open Harbours Coalition's written statement, what do they ask for?"
    assert scope.resolve(q, DOCS).doc_ids == ["ngo_statement"]
