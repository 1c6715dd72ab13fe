"""A kind of document named in plain words ("according to the news article", "on the podcast",
"in the minutes") scopes to the documents of that kind: those whose metadata says so, and
those without a kind of their own whose title or first lines show it ("| Marsh News",
"Radio - Episode 9", "INFORMAL MINUTES", "LIVE: ...").

Made-up documents (no eval case's words); `scope.resolve` on their metadata and text.
"""

from __future__ import annotations

from assistant import scope

DOCS = {
    "report_a": {"title": "Report of the Peat Council held in Tartu in 2031", "kind":
                 "meeting report", "date": "2031-05-01", "text": "The Peat Council met."},
    "news_meta": {"title": "Glaciers retreat, forum hears", "kind": "news article",
                  "date": "2030-02-03", "text": "Glaciers were discussed in Oslo."},
    "news_x": {"title": "Bogs drain faster than paperwork, experts warn | Marsh News",
               "text": "Marsh News\nTartu, 3 May 2031 - Bogs drain fast, experts said."},
    "pod": {"title": "BOG TALK", "text": "BOG TALK\nRiverside Radio - Episode 9: Wet feet\n"
            "Recorded 9 June 2031.\nHOST: Welcome."},
    "minutes": {"title": "INFORMAL MINUTES - NOT AN OFFICIAL RECORD",
                "text": "INFORMAL MINUTES - NOT AN OFFICIAL RECORD\nDrafting session B\n"
                "KP opened the session."},
    "blog": {"title": "LIVE: Peat talks in Tartu, day 1", "text": "### 09:30\nWe are live."},
    "letter": {"title": "To all participants", "text": "Dear colleagues,\nI write to you."},
}  # fmt: skip


def docs(q: str) -> list[str] | None:
    return scope.resolve(q, DOCS).doc_ids


def test_a_news_article_is_one_with_that_kind_or_a_news_title():
    found = docs("According to the news article, how fast do bogs drain?")
    assert found == ["news_meta", "news_x"]
    assert docs("What does the news story say about paperwork?") == ["news_meta", "news_x"]


def test_a_podcast_is_the_radio_episode():
    assert docs("On the podcast, who said their feet were wet?") == ["pod"]
    assert docs("in the radio episode, what did the host say") == ["pod"]


def test_minutes_and_a_live_blog_by_their_own_first_lines():
    assert docs("In the minutes, what did KP propose?") == ["minutes"]
    assert docs("according to the meeting notes, who opened the session?") == ["minutes"]
    assert docs("what happened at 09:30 in the live blog?") == ["blog"]
    assert docs("what does the blog say about day 1") == ["blog"]


def test_words_that_are_no_kind_of_document_do_not_scope():
    assert docs("In the region, how fast do bogs drain?") is None
    assert docs("What did KP say about the letter of the law?") is None


def test_a_numbered_episode_named_without_an_article():
    assert docs("who were the guests on bog talk episode 9") == ["pod"]
    assert docs("who spoke in episode 9?") == ["pod"]
