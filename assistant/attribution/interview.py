"""Interviews: questions alternating with answers, and the answers are the interviewee's words.

Two layouts. Paragraphs labelled "Q:" / "A:" (or "Q." / "A.", "Question:" / "Answer:"); or a web or
magazine page with no labels at all, where short paragraphs ending in "?" (its bold questions)
alternate with answer paragraphs, the questions speaking to "you" and the answers in the first
person. The interviewee is the person the lines above the first question name most (the
standfirst, the lead paragraph), never the byline's author; the questions are the author's
when the page names one, else nobody's. The intro, a kicker ("INTERVIEW") and a closing
editor's note are the page's own narrative.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .. import sentences
from . import nlp
from .countries import state_named
from .names import HON_NAME_RE, NAME_CORE, Person, body_kind, is_role_only, org_run, split_org
from .prose import Context, attribute_prose
from .turns import QUESTION_END, spoken_unit
from .units import Unit

# "Q:" / "Answer:", or a letter and a full stop ("Q. Why them?" / "A. Because ...").
QA_LABEL = re.compile(
    r"[ \t]*(?:\*\*)?(?P<lab>Q|A|Question|Answer)(?:\*\*)?[ \t]*(?::|(?<=[QA])\.)(?:\*\*)?"
    r"[ \t]+(?=\S)"
)
FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s|I'm|I’m|I've|I’ve)\b")
SECOND_PERSON = re.compile(r"\b[Yy]ou(?:r|rs|rself)?\b")
MIN_PAIRS = 3  # questions with an answer, for a page with no labels to be an interview
MAX_QUESTION_WORDS = 60
MAX_ANSWER_PARAS = 4  # on average per question; more is an article with rhetorical questions
# A page that calls itself an interview, by its metadata's kind or its title.
DECLARED = re.compile(r"(?i)\binterview|\b(?:a|in)\s+conversation\s+with\b")
# "who heads the survey team of the X Institute": where the interviewee works.
# "Interviewer: Name, Outlet", "Interview by Name": the header naming who asks.
INTERVIEWER_LINE = re.compile(
    rf"(?m)^[ \t]*(?i:interviewer|interview(?:ed)?\s+by|questions\s+by)[ \t]*[:\-–—]?[ \t]*"
    rf"(?P<name>{NAME_CORE})(?:[ \t]*,[ \t]*(?P<org>[^\n,]+))?[ \t]*$"
)
WORKS_AT = re.compile(r"\b(?:of|at|with|from|for)\s+(?=(?:the\s+)?[A-Z])")


@dataclass
class Layout:
    questions: list[int] = field(default_factory=list)  # paragraph indices
    answers: list[int] = field(default_factory=list)
    words: dict[int, int] = field(default_factory=dict)  # paragraph -> its words after a label


def _para_text(text: str, a: int, b: int) -> str:
    return text[a:b].strip().strip("*_").strip()


def labelled_layout(text: str, paras: list[tuple[int, int]], heads: set[int]) -> Layout | None:
    """ "Q:" / "A:" paragraphs; an unlabelled paragraph after an answer goes on with it."""
    out = Layout()
    state = None
    for i, (a, b) in enumerate(paras):
        if a in heads:
            state = None
            continue
        m = QA_LABEL.match(text, a, b)
        if m:
            state = "q" if m.group("lab").startswith("Q") else "a"
            out.words[i] = m.end()
            (out.questions if state == "q" else out.answers).append(i)
        elif state == "a":
            out.answers.append(i)
    labelled_answers = [i for i in out.answers if i in out.words]
    if len(out.questions) < 2 or len(labelled_answers) < 2:
        return None
    _closing_note(text, paras, out)
    return out


def unlabelled_layout(
    text: str, paras: list[tuple[int, int]], heads: set[int], declared: bool = False
) -> Layout | None:
    """Question paragraphs alternating with answer paragraphs, no labels. On a page that says
    it is an interview (`declared`), the questions need not say "you" ("Peru has proposed X.
    Is that realistic?")."""
    runs: list[tuple[list[int], list[int]]] = []  # (question paragraphs, answer paragraphs)
    open_run = False
    for i, (a, b) in enumerate(paras):
        body = _para_text(text, a, b)
        if a in heads:
            open_run = False
        elif QUESTION_END.search(body) and len(body.split()) <= MAX_QUESTION_WORDS:
            if open_run and not runs[-1][1]:
                runs[-1][0].append(i)  # two question paragraphs in a row: one question
            else:
                runs.append(([i], []))
            open_run = True
        elif open_run:
            runs[-1][1].append(i)
    pairs = [r for r in runs if r[1]]
    if len(pairs) < MIN_PAIRS:
        return None
    questions = [i for q, _ in pairs for i in q]
    answers = [i for _, a in pairs for i in a]
    if len(answers) > MAX_ANSWER_PARAS * len(pairs):
        return None
    addressed = sum(1 for q, _ in pairs if any(SECOND_PERSON.search(text, *paras[i]) for i in q))
    first = sum(1 for _, a in pairs if any(FIRST_PERSON.search(text, *paras[i]) for i in a))
    if not declared and (2 * addressed < len(pairs) or 2 * first < len(pairs)):
        return None  # a FAQ page, or an article asking its own questions
    out = Layout(questions, answers)
    _closing_note(text, paras, out)
    return out


def _closing_note(text: str, paras: list[tuple[int, int]], layout: Layout) -> None:
    """After the last answer's first paragraph, paragraphs not in the first person (an editor's
    note: "This interview has been edited") end the interview."""
    if not layout.answers:
        return
    last_q = max(layout.questions)
    tail = [i for i in layout.answers if i > last_q]
    for i in tail[1:]:
        if i not in layout.words and not FIRST_PERSON.search(text, *paras[i]):
            layout.answers = [j for j in layout.answers if j < i]
            return


def _names_in(text: str, ranges: list[tuple[int, int]]) -> list[str]:
    """Full personal names in `ranges`, in order: spaCy's PERSON names and "Dr. X" names."""
    found: list[tuple[int, str]] = []
    for p in nlp.parse(text, ranges):
        for s, e, label in p.ents:
            name = " ".join(text[s:e].split()).removesuffix("'s").removesuffix("’s")
            if label == "PERSON" and re.fullmatch(NAME_CORE, name):
                found.append((s, name))
    for a, b in ranges:
        found += [(m.start(), m.group("name")) for m in HON_NAME_RE.finditer(text, a, b)]
    return [
        n for _, n in sorted(found)
        if len(n.split()) >= 2 and not is_role_only(n) and not state_named(n)
    ]  # fmt: skip


def _interviewee(text: str, intro: list[tuple[int, int]], author: str | None) -> str | None:
    """The person the intro names most in full (by surname), not the byline's author; the
    first named on a tie."""
    byline = set((author or "").split())
    names = [n for n in _names_in(text, intro) if n.split()[-1] not in byline]
    if not names:
        return None
    full = {n.split()[-1]: n for n in reversed(names)}  # surname -> first full form
    counts = Counter(n.split()[-1] for n in names)
    best = max(counts.values())
    surname = next(n.split()[-1] for n in names if counts[n.split()[-1]] == best)
    return full[surname]


def _works_at(text: str, name: str, intro: list[tuple[int, int]]) -> str | None:
    """The body the intro places the interviewee in, in the sentence that names them."""
    for a, b in intro:
        for span in sentences.split(text, a, b):
            at = text.find(name, span.start, span.end)
            if at < 0:
                continue
            for m in WORKS_AT.finditer(text, at + len(name), span.end):
                run = org_run(text, m.end(), span.end)
                words = text[run[0] : run[1]].split() if run else []
                ends = [k for k, w in enumerate(words) if body_kind(w)]
                if ends:  # "Kestrel Institute in Mendoza": the body ends at its noun
                    return " ".join(words[: ends[-1] + 1])
    return None


def attribute_interview(
    doc,
    paras: list[tuple[int, int]],
    heads: set[int],
    spans: list[sentences.Span],
    ctx: Context,
    labelled: bool,
) -> list[Unit] | None:
    """Units of an interview in `labelled` ("Q:"/"A:") or unlabelled layout, else None."""
    text = doc.text
    if labelled:
        layout = labelled_layout(text, paras, heads)
    else:
        said = f"{getattr(doc, 'kind', None) or ''} {getattr(doc, 'title', '') or ''}"
        layout = unlabelled_layout(text, paras, heads, bool(DECLARED.search(said)))
    if layout is None:
        return None
    first_q = min(layout.questions)
    intro = paras[:first_q]  # its title, kicker, standfirst and lead paragraphs
    authors = (getattr(doc, "facts", None) or {}).get("authors") or []
    author = authors[0] if len(authors) == 1 else None
    header = INTERVIEWER_LINE.search(text, 0, paras[first_q][0])
    outlet = header.group("org") if header else None
    author = author or (header.group("name") if header else None)
    name = _interviewee(text, intro, author)
    if name is None:
        return None
    interviewee = ctx.registry.add(Person(name=name, roles=["interviewee"]))
    if not interviewee.affiliation:
        org = _works_at(text, name, intro)
        if org:
            interviewee.affiliation, interviewee.acronym = split_org(org)
    interviewer = None
    if author and len(author.split()) >= 2 and not body_kind(author):
        interviewer = ctx.registry.add(
            Person(name=author, affiliation=outlet or doc.publisher or None, roles=["interviewer"])
        )
    spoken = set(layout.questions) | set(layout.answers)
    rest = [
        s for s in spans
        if not any(paras[i][0] <= s.start < paras[i][1] + 1 for i in spoken)
    ]  # fmt: skip
    units = attribute_prose(
        doc.doc_id, text, rest, ctx, {s.start for s in rest if s.start in heads}
    )
    for i in sorted(spoken):
        a, b = paras[i]
        who = interviewer if i in layout.questions else interviewee
        for k, span in enumerate(sentences.split(text, layout.words.get(i, a), b)):
            if who is not None:
                u = spoken_unit(doc.doc_id, text, span, who, ctx)
                if i in layout.questions and u.kind == "quote" and u.speaker == who.name:
                    u.kind, u.quotes = "question", []  # "You told the panel X. Why?": one question
            else:
                u = Unit(doc.doc_id, span.start, span.end, text[span.start : span.end])
            if k == 0 and span.start > a:  # the "Q:" label is part of the first unit
                u.start, u.text = a, text[a : span.end]
                if who is not None:
                    mark = max(text.rfind(c, a, span.start) for c in ":.")  # "Q:" or "Q."
                    u.attr = (a, mark if mark >= a else span.start)
            units.append(u)
    units.sort(key=lambda u: u.start)
    return units
