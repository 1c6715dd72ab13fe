"""The source viewer's pure parts: links, spans, and the page it renders (no server here)."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest

from assistant.viewer import (
    SpanError,
    Speaker,
    link_base,
    not_found_page,
    parse_span,
    public_base,
    source_page,
    source_path,
)

TEXT = (
    "Vienna, 1 May. A <b>bold</b> & odd record.\n"
    "\n"
    'Ms. Ada Lovelace from Analytical said: “We need <script>alert("x")</script> engines.”\n'
    "Mr. Bob Byron from Poetry added, “Verse matters.” Later he said “Rhyme too.”\n"
    "The end."
)


@dataclass
class Unit:
    doc_id: str
    start: int
    end: int
    kind: str
    speaker: str | None
    quotes: list[tuple[int, int]] = field(default_factory=list)


def span_of(words: str) -> tuple[int, int]:
    at = TEXT.index(words)
    return at, at + len(words)


def unit_for(line_words: str, speaker: str, *quotes: str) -> Unit:
    s, e = span_of(line_words)
    return Unit("doc", s, e, "quote", speaker, [span_of(q) for q in quotes])


ADA_LINE = TEXT.splitlines()[2]
BOB_1 = "Mr. Bob Byron from Poetry added, “Verse matters.”"
BOB_2 = "Later he said “Rhyme too.”"
SPEAKERS = [
    Speaker(
        "Ada Lovelace",
        "Ms.",
        "Analytical",
        ["panellist"],
        [unit_for(ADA_LINE, "Ada Lovelace", 'We need <script>alert("x")</script> engines.')],
    ),
    Speaker(
        "Bob Byron",
        "Mr.",
        None,
        ["Chair"],
        [
            unit_for(BOB_1, "Bob Byron", "Verse matters."),
            unit_for(BOB_2, "Bob Byron", "Rhyme too."),
        ],
    ),
]


class Page(HTMLParser):
    """What a test needs from a rendered page: marks, links, the speaker label, all text."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.who: list[str] = []
        self.scripts: list[dict] = []
        self._in: list[str] = []
        self._href: str | None = None
        self._link_text: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "mark":
            self.marks.append("")
        if tag == "script":
            self.scripts.append(a)
        if tag == "a":
            self._href, self._link_text = a.get("href"), []
        self._in.append(f"{tag}.{a.get('class', '')}")

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._link_text).strip()))
            self._href = None
        if self._in:
            self._in.pop()

    def handle_data(self, data):
        if any(t.startswith("mark.") for t in self._in):
            self.marks[-1] += data
        if self._in and self._in[-1] == "span.who":
            self.who.append(data)
        if self._href is not None:
            self._link_text.append(data)


def render(span, speakers=SPEAKERS, prefix="/pre") -> str:
    return source_page(
        doc_id="doc",
        title="A <i>record</i>",
        date="2023-09-20",
        place="Vienna & Graz",
        publisher="UN",
        text=TEXT,
        speakers=speakers,
        span=span,
        prefix=prefix,
    )


# --- links --------------------------------------------------------------------------------------


def test_source_path():
    assert source_path("doc_1", 5, 9) == "/source/doc_1?start=5&end=9"
    assert source_path("doc_1", 5, 9, "/assistant/") == "/assistant/source/doc_1?start=5&end=9"
    assert source_path("doc 1/x") == "/source/doc%201%2Fx"
    assert (
        source_path("d", 0, 1, "https://h.example/assistant")
        == "https://h.example/assistant/source/d?start=0&end=1"
    )


def test_public_base_and_link_base():
    plain = {"host": "127.0.0.1:7860"}
    assert public_base(plain, "http", "/a") == "http://127.0.0.1:7860/a"
    proxied = {
        "host": "127.0.0.1",
        "x-forwarded-host": "intra.example",
        "x-forwarded-proto": "https",
    }
    assert public_base(proxied, "http", "/a") == "https://intra.example/a"
    assert public_base({"host": "[::1]:8000"}, "http", "") == "http://[::1]:8000"
    # A host or scheme that could not be a real address gives a path on this server.
    assert public_base({"host": 'evil")](x'}, "http", "/a") == "/a"
    assert public_base({"host": "h", "x-forwarded-proto": "javascript"}, "http", "/a") == "/a"
    # Same origin (the iframe, the /chat page, the web component on this server): a path.
    assert link_base(plain, "http", "/a") == "/a"
    assert link_base({**plain, "origin": "http://127.0.0.1:7860"}, "http", "/a") == "/a"
    assert link_base({**proxied, "origin": "https://intra.example"}, "http", "/a") == "/a"
    # A <gradio-app> on another site: the full address of this server.
    other = {**proxied, "origin": "https://www.example.org"}
    assert link_base(other, "http", "/a") == "https://intra.example/a"
    assert link_base({**plain, "origin": "https://www.example.org"}, "http", "") == (
        "http://127.0.0.1:7860"
    )


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        ("5", None, "both"),
        (None, "5", "both"),
        ("a", "5", "whole numbers"),
        ("1.5", "5", "whole numbers"),
        ("-1", "5", "not a span"),
        ("5", "5", "not a span"),
        ("6", "5", "not a span"),
        ("0", str(len(TEXT) + 1), "not a span"),
        (str(TEXT.index("\n\n")), str(TEXT.index("\n\n") + 2), "no text"),
    ],
)
def test_bad_spans(start, end, words):
    with pytest.raises(SpanError, match=words):
        parse_span(start, end, TEXT)


def test_good_spans():
    assert parse_span(None, None, TEXT) is None
    assert parse_span("", "", TEXT) is None
    assert parse_span("0", str(len(TEXT)), TEXT) == (0, len(TEXT))
    assert parse_span("3", "7", TEXT) == (3, 7)


# --- the page -----------------------------------------------------------------------------------


def test_the_span_is_marked_and_its_speaker_named():
    span = span_of("Verse matters.")
    page = Page(render(span))
    assert page.marks == ["Verse matters."]
    assert page.who == ["Bob Byron, Chair"]
    text = render(span)
    assert 'id="cited"' in text
    assert "Mr. Bob Byron" in text and "20 September 2023" in text
    assert "Vienna &amp; Graz" in text and "UN" in text


def test_the_speaker_label_stays_outside_the_quotation_marks():
    text = render(span_of("Verse matters."))
    assert 'added, <span class="who" aria-hidden="true">Bob Byron, Chair</span>“<mark' in text


def test_everything_from_the_document_is_escaped():
    text = render(span_of('We need <script>alert("x")</script> engines.'))
    page = Page(text)
    assert page.marks == ['We need <script>alert("x")</script> engines.']
    assert "<b>bold</b>" not in text and "&lt;b&gt;bold&lt;/b&gt;" in text
    assert "<i>record</i>" not in text and "A &lt;i&gt;record&lt;/i&gt;" in text
    # The only script is the viewer's own file.
    assert page.scripts == [{"src": "/pre/static/source.js", "defer": None}]


def test_a_span_over_two_paragraphs_is_marked_in_both():
    start = TEXT.index("engines.")
    end = TEXT.index("Verse") + len("Verse")
    page = Page(render((start, end)))
    assert "\n".join(page.marks) == TEXT[start:end]
    assert len(page.marks) == 2


def test_narrative_text_is_said_to_have_no_speaker():
    text = render(span_of("The end."))
    assert Page(text).who == []
    assert "Not attributed to a speaker" in text


def test_speakers_list_links_each_quote_and_steps_between_them():
    span = span_of("Verse matters.")
    page = Page(render(span))
    quote_links = [(h, t) for h, t in page.links if "start=" in h and t and "by" not in t]
    want = [
        ('We need <script>alert("x")</script> engines.', "Ada"),
        ("Verse matters.", "Bob"),
        ("Rhyme too.", "Bob"),
    ]
    assert [t for _, t in quote_links] == [w for w, _ in want]
    for (href, _), (words, _) in zip(quote_links, want, strict=True):
        s, e = span_of(words)
        assert href == f"/pre/source/doc?start={s}&end={e}"
    steps = {t: h for h, t in page.links if " by " in t}
    r_s, r_e = span_of("Rhyme too.")
    assert steps == {"Next by Bob Byron →": f"/pre/source/doc?start={r_s}&end={r_e}"}
    assert 'aria-current="location"' in render(span)
    # From the last quote, only a way back.
    steps = {t for h, t in Page(render((r_s, r_e))).links if " by " in t}
    assert steps == {"← Previous by Bob Byron"}


def test_whole_document_has_no_mark():
    text = render(None)
    assert Page(text).marks == []
    assert "Cited passage" not in text
    assert html.escape("Ms. Ada Lovelace") in text


def test_not_found_page_escapes_its_message():
    text = not_found_page('No <img src=x onerror="x"> here', "/pre", "/pre/source/doc")
    assert "<img" not in text and "&lt;img" in text
    links = Page(text).links
    assert ("/pre/source/doc", "Open the whole document") in links
    assert ("/pre/chat/", "Back to the chat") in links
