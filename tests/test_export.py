"""Markdown export: each footnote is checked against the Answer it came from.

Real answers come from the engine built on the seed corpus; made-up answers cover the edges
(a span cited twice, a marker-less citation, HTML in a quote, an abstention, an error).
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from markdown_it import MarkdownIt

from assistant.answer import Answer, Citation
from assistant.export import (
    Exchange,
    answer_json,
    answer_markdown,
    conversation_markdown,
    exchanges_from,
)

BASE = "https://intranet.example/assistant"
DEF = re.compile(r"^\[\^(\d+)\]: (.*)$", re.M)
REF = re.compile(r"(?<!\\)\[\^(\d+)\](?!:)")


def cite(n: int, quote: str, start: int, **kw) -> Citation:
    values = {
        "speaker": "Ada Lovelace",
        "affiliation": "Analytical Society",
        "kind": "quote",
        "doc_id": "minutes_1",
        "doc_title": "Minutes of the first meeting",
        "doc_date": "2023-05-01",
        "unit_id": f"minutes_1:{start}",
        **kw,
    }
    return Citation(n=n, quote=quote, start=start, end=start + len(quote), **values)


def footnotes(markdown: str) -> dict[int, str]:
    """Footnote definitions by label; fails unless references and definitions match 1:1."""
    defs = {int(m.group(1)): m.group(2) for m in DEF.finditer(markdown)}
    assert len(defs) == len(DEF.findall(markdown)), "a footnote label is defined twice"
    refs = {int(n) for n in REF.findall(DEF.sub("", markdown))}
    assert refs == set(defs), f"references {sorted(refs)} vs definitions {sorted(defs)}"
    assert sorted(defs) == list(range(1, len(defs) + 1))
    return defs


def check_footnote(note: str, c: Citation, base: str) -> None:
    """Speaker, affiliation, kind, verbatim quote, title, date and link are all there."""
    url = f"{base}/source/{c.doc_id}?start={c.start}&end={c.end}"
    assert note.startswith(f"{c.speaker}, {c.affiliation} ({c.kind}): “{c.quote}”"), note
    assert f"*{c.doc_title}*" in note
    if c.doc_date:
        assert f", {c.doc_date}." in note
    assert note.endswith(f"Source: [{url}]({url})")


# --- real answers -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def answers(seed_engine):
    questions = [
        "What did Microsoft say?",
        "What did Noor Fatima say about privacy?",
        "What did the speakers say about the price of coffee in Brazil?",
    ]
    return [(q, seed_engine.ask(q)) for q in questions]


def test_one_real_answer(answers, seed_engine):
    _, answer = answers[0]
    assert answer.citations and not answer.abstained
    md = answer_markdown(answer, BASE)
    notes = footnotes(md)
    assert len(notes) == len(answer.citations)
    for c in answer.citations:
        check_footnote(notes[c.n], c, BASE)
        # The quote is the document's own text at the linked span.
        assert seed_engine.document_text(c.doc_id)[c.start : c.end] == c.quote
    body = md.split("\n\n[^1]:")[0]
    assert body == re.sub(r"\[(\d+)\]", r"[^\1]", answer.text.strip())


def test_a_real_conversation(answers):
    exchanges = [Exchange(q, a) for q, a in answers]
    md = conversation_markdown(exchanges, base=BASE, exported=date(2024, 1, 2), source=BASE)
    assert md.startswith("# Conversation with the Dialogue Assistant\n\n*Exported 2024-01-02")
    notes = footnotes(md)
    cited = {(c.doc_id, c.start, c.end): c for _, a in answers for c in a.citations}
    assert len(notes) == len(cited)
    by_span = {}
    for note in notes.values():
        m = re.search(r"start=(\d+)&end=(\d+)\)$", note)
        assert m, note
        by_span[(int(m.group(1)), int(m.group(2)))] = note
    for (_, s, e), c in cited.items():
        check_footnote(by_span[(s, e)], c, BASE)
    for q, a in answers:
        assert f"## {q}" in md
        if a.abstained:
            section = md.split(f"## {q}\n\n", 1)[1].split("\n\n")[0]
            assert "not in the sources" in section.lower()
            assert "[^" not in section


# --- edges --------------------------------------------------------------------------------------


def test_footnotes_are_numbered_across_the_conversation_and_shared():
    shared = cite(1, "We agree.", 10)
    first = Answer(
        question="q1",
        text="Ada agreed [1] and disagreed [2].",
        citations=[shared, cite(2, "We do not.", 40)],
    )
    second = Answer(
        question="q2",
        text="Bob said [1]; Ada again [2].",
        citations=[
            cite(1, "Verse.", 90, speaker="Bob", affiliation=None, roles=["Chair"]),
            shared.model_copy(update={"n": 2}),
        ],
    )
    md = conversation_markdown([Exchange("q1", first), Exchange("q2", second)], base="")
    notes = footnotes(md)
    assert "Ada agreed [^1] and disagreed [^2]." in md
    assert "Bob said [^3]; Ada again [^1]." in md
    assert len(notes) == 3
    assert notes[3].startswith("Bob, Chair (quote): “Verse.”")
    # Without a base URL the links are paths on the server.
    assert notes[1].endswith(
        "Source: [/source/minutes_1?start=10&end=19](/source/minutes_1?start=10&end=19)"
    )


def test_a_citation_without_a_marker_still_gets_its_footnote():
    answer = Answer(
        question="q",
        text="Ada agreed [1]. See also [7].",
        citations=[cite(1, "We agree.", 10), cite(2, "And more.", 30)],
    )
    md = answer_markdown(answer)
    assert "Ada agreed [^1]. See also [7]. [^2]" in md
    assert len(footnotes(md)) == 2


def test_html_and_footnote_syntax_stay_text():
    quote = 'We <img src=x onerror="alert(1)"> agree [^9] &amp; more.'
    answer = Answer(
        question="q",
        text=f"Ada said “{quote}” [1]",
        citations=[cite(1, quote, 10)],
    )
    md = conversation_markdown([Exchange("<b>Why</b> *this* # [x](y)?", answer)])
    rendered = MarkdownIt("commonmark").render(md)
    assert "<img" not in rendered and "<b>" not in rendered and "<em>this" not in rendered
    assert "&lt;b&gt;Why&lt;/b&gt; *this* # [x](y)?</h2>" in rendered
    # Rendered, the quote reads exactly as in the source.
    assert html_text(rendered).count(quote) == 2
    assert list(footnotes(md)) == [1]  # the quote's "[^9]" is no footnote reference


def html_text(rendered: str) -> str:
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


def test_line_breaks_in_a_quote_keep_the_footnote_one_paragraph():
    answer = Answer(question="q", text="Ada [1]", citations=[cite(1, "one\n\ntwo", 10)])
    notes = footnotes(answer_markdown(answer))
    assert "“one two”" in notes[1]


def test_abstentions_errors_and_notes():
    abstain = Answer(question="q", text="The record does not say.", abstained=True)
    noted = Answer(
        question="q2",
        text="Ada agreed [1].",
        citations=[cite(1, "We agree.", 10)],
        note="The LLM server timed out; extractive answer.",
    )
    md = conversation_markdown(
        [Exchange("q", abstain), Exchange("q2", noted), Exchange("q3", error="too long")]
    )
    assert "**Not in the sources.** The record does not say." in md
    assert "*The LLM server timed out; extractive answer.*" in md
    assert "*No answer: too long*" in md
    assert len(footnotes(md)) == 1
    assert "*No questions yet.*" in conversation_markdown([])


def test_exchanges_from_chat_records():
    answer = Answer(question="q", text="Ada [1]", citations=[cite(1, "We agree.", 10)])
    records = [
        {"question": "q", "answer": answer, "text": "Ada [1]"},
        {"question": "q2", "answer": answer.model_dump(mode="json")},
        {"question": "q3", "text": None, "error": "bad"},
    ]
    got = exchanges_from(records)
    assert [e.question for e in got] == ["q", "q2", "q3"]
    assert got[0].answer == answer and got[1].answer == answer
    assert got[2].answer is None and got[2].error == "bad"


def test_answer_json_adds_source_urls_and_still_reads_as_an_answer():
    answer = Answer(
        question="q", text="[1] [2]", citations=[cite(1, "We agree.", 10), cite(2, "No.", 50)]
    )
    data = answer_json(answer, "/assistant")
    assert [c["source_url"] for c in data["citations"]] == [
        "/assistant/source/minutes_1?start=10&end=19",
        "/assistant/source/minutes_1?start=50&end=53",
    ]
    assert Answer.model_validate(data) == answer
    assert "source_url" not in answer.model_dump()
