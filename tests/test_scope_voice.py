"""A record that presents itself as someone's (publisher, author, letterhead, title) speaks in
their voice even when its sentences are credited to no one: "according to X" scopes to it
instead of finding X silent there. Made-up bodies and records."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.scope import _presented_as_theirs

FILLER = "The meeting considered the draft text and heard several delegations. " * 6
CORPUS = SimpleNamespace(
    docs={
        "nv": {"title": "Note verbale", "text": "PERMANENT MISSION OF FREEDONIA\n" + FILLER},
        "brief": {"title": "Brief on ports", "publisher": "Tidewater Watch", "text": FILLER},
        "report": {"title": "Report", "text": "Freedonia was hit worst. " + FILLER},
        "story": {"title": "Floods", "text": "Storm news\nFreedonia was hit worst."},
    }
)


def test_a_record_on_their_letterhead_or_published_by_them_is_theirs():
    assert _presented_as_theirs(["Freedonia"], CORPUS, ["nv"])
    assert _presented_as_theirs(["Tidewater Watch"], CORPUS, ["brief"])


def test_a_record_naming_them_only_in_passing_is_not():
    assert not _presented_as_theirs(["Freedonia"], CORPUS, ["story"])  # told of, not its voice
    assert not _presented_as_theirs(["Freedonia"], CORPUS, ["report"])  # a paragraph, no heading
    assert not _presented_as_theirs(["Sylvania"], CORPUS, ["nv"])
    assert not _presented_as_theirs(["Freedonia"], CORPUS, ["nv", "story"])  # every record
    assert not _presented_as_theirs([], CORPUS, ["nv"])
