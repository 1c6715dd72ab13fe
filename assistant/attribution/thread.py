"""Live threads: numbered posts ("4/ 10:34 …") by one account, and replies from others.

A thread is a page of at least three paragraphs opening with a post number ("1/", "**2/**"),
optionally a time. Its posts are its compiler's words (the one "Compiled by X" or the byline
names), except:

- a post that opens with a speaker ("Colombia, Ana Ruiz Soto: …", "Chile (Ana Ruiz Soto): …",
  "Secretariat (Ana Ruiz Soto, UNODC): …", "Chile (Ana Ruiz Soto) backs …"): its note-form
  words are that speaker's;
- a sentence that reports someone ("Morocco said …", a quote after "Name on X:"), as in prose;
- a reply ("> @handle replying to 4/: …"): the handle's owner's words, when the page defines the
  handle ("Ana Ruiz (@aruiz)") or it spells a name ("@ana_ruiz"); nobody's otherwise;
- a post a later one corrects ("CORRECTION to 6/: …"): nobody's words as posted.

The lines before the first post and after the last one are the page's own narrative.
"""

from __future__ import annotations

import re

from .. import sentences
from . import nlp
from .countries import state_named
from .names import NAME_CORE, ROLE_RE, Person, body_kind, is_role_only, org_run, split_org
from .prose import REPORTING_RE, Context, attribute_prose
from .turns import spoken_unit
from .units import Unit

POST_RE = re.compile(
    r"[ \t]*(?:\*\*)?(?P<n>\d{1,3})/(?:\d{1,3})?(?:\*\*)?[ \t]+(?:\d{1,2}[:.]\d\d[ \t]+)?(?=\S)"
)
REPLY_RE = re.compile(
    r"[ \t>]*@(?P<handle>[A-Za-z0-9_.]{2,30})"
    r"(?:[ \t]+repl(?:ying|ied|y)[ \t]+to[ \t]+[^:\n]{1,20})?:[ \t]+(?=\S)"
)
MIN_POSTS = 3
CORRECTION_RE = re.compile(
    r"(?i)\b(?:correction|correcting|erratum|corrigendum)\b[^:\n/]{0,20}?\b(?P<n>\d{1,3})/"
)
SUBJECT_VERB_RE = re.compile(r"(?:[A-Z][\w'’\-]*\s+){1,4}(?P<verb>[a-z]+(?:s|ed))\b")
COMPILED_RE = re.compile(
    rf"\b(?:[Cc]ompiled|[Pp]osted|[Ww]ritten|[Ll]ive-?posted|[Tt]weeted)\s+by\s+(?P<name>{NAME_CORE})"
)
HANDLE_DEF_RE = re.compile(rf"(?P<name>{NAME_CORE})\s*\(@(?P<handle>[A-Za-z0-9_.]{{2,30}})\)")
ROLE_FOR_RE = re.compile(r",\s+(?P<role>[a-z][\w\- ]{2,40}?)\s+(?:for|of|at|with)\s+")
# "Chile (Ana Ruiz Soto[, UNODC]):" or "… (Ana Ruiz Soto) backs …"; "Chile, Ana Ruiz Soto[, role]:"
PAREN_LABEL_RE = re.compile(
    rf"(?P<body>[A-Z][^():,\n]{{1,60}}?)\s*\((?P<name>{NAME_CORE})(?:,\s*(?P<org>[^()\n]{{2,60}}))?\)"
    r"\s*(?::[ \t]+|(?=\s+[a-z]))"
)
COMMA_LABEL_RE = re.compile(
    rf"(?P<body>[A-Z][\w\- ]{{1,40}}?),\s+(?P<name>{NAME_CORE})"
    r"(?:,\s+(?P<role>[a-z][^:\n]{2,60}))?:[ \t]+"
)


def _personal(name: str) -> bool:
    words = name.split()
    return (
        len(words) >= 2
        and not is_role_only(name)
        and not body_kind(words[-1])
        and not state_named(name)
        and not any(ROLE_RE.fullmatch(w) for w in words)
    )


def _compiler(doc, intro: str, ctx: Context) -> Person | None:
    authors = (getattr(doc, "facts", None) or {}).get("authors") or []
    m = COMPILED_RE.search(intro)
    name = m.group("name") if m and _personal(m.group("name")) else None
    name = name or (authors[0] if len(authors) == 1 and _personal(authors[0]) else None)
    if name is None and doc.author and _personal(str(doc.author)):
        name = str(doc.author)
    if name is None:
        return None
    person = Person(name=name, roles=["author of the thread"])
    at = intro.find(name)
    tail = intro[at + len(name) : at + len(name) + 200] if at >= 0 else ""
    tail = re.sub(r"^\s*\(@[\w.]+\)", "", tail)
    role = ROLE_FOR_RE.match(tail)
    if role:
        person.roles.insert(0, role.group("role"))
        run = org_run(tail, role.end())
        if run:
            person.affiliation, person.acronym = split_org(tail[run[0] : run[1]])
    return ctx.registry.add(person)


def _handle_owner(handle: str, defined: dict[str, str], text: str) -> str | None:
    """Whose account a handle is: the name the page gives it, else the two words of a name it
    spells ("@ana_ruiz"), when neither word is a word or a name the page uses otherwise
    ("@vienna_live" is no one's name)."""
    if handle.lower() in defined:
        return defined[handle.lower()]
    parts = [p for p in re.split(r"[_.]", handle) if p]
    spelt = len(parts) == 2 and all(
        p.isalpha() and len(p) >= 3 and re.search(r"[aeiouy]", p, re.I) for p in parts
    )
    if not spelt:
        return None
    plain = re.sub(r"@[A-Za-z0-9_.]+", " ", text)
    if any(re.search(rf"(?i)(?<![\w@]){p}(?!\w)", plain) for p in parts):
        return None
    return " ".join(p.capitalize() for p in parts)  # "@ana_ruiz": Ana Ruiz


def _labelled(body: str, ctx: Context) -> Person | None:
    """The speaker a post opens with, if it opens with one."""
    m = PAREN_LABEL_RE.match(body) or COMMA_LABEL_RE.match(body)
    if m is None or not _personal(m.group("name")):
        return None
    outer = m.group("body").strip()
    extra = m.groupdict().get("org")
    person = Person(name=m.group("name"))
    if state_named(outer) or (not extra and body_kind(outer.split()[-1])):
        person.affiliation, person.acronym = split_org(outer)
    elif ROLE_RE.match(outer):
        person.roles.append(outer)  # "Chair (Ana Ruiz Soto, Chile)": her role
    if extra and not person.affiliation:
        person.affiliation, person.acronym = split_org(extra.strip())
    if m.groupdict().get("role"):
        person.roles.append(m.group("role").strip())
    return ctx.registry.add(person)


def _own(u: Unit, span: sentences.Span, text: str) -> bool:
    """The compiler's own words: narrative that quotes no one and reports no one ("President
    says it will be online by 3 p.m." reports the President, whom the prose could not name)."""
    if u.kind != "narrative" or u.speaker or u.role or span.quotes:
        return False
    if REPORTING_RE.search(text, span.start, span.end):
        return False
    body = POST_RE.sub("", text[span.start : span.end], count=1)
    opening = SUBJECT_VERB_RE.match(body)  # "Secretariat answers Morocco: …"
    return not (opening and nlp.reporting_word_re().fullmatch(opening.group("verb")))


def attribute_thread(
    doc, paras: list[tuple[int, int]], spans: list[sentences.Span], ctx: Context
) -> list[Unit] | None:
    text = doc.text
    posts = [i for i, (a, b) in enumerate(paras) if POST_RE.match(text, a, b)]
    if len(posts) < MIN_POSTS:
        return None
    first, last = paras[posts[0]][0], paras[posts[-1]][1]
    replies = {
        i for i, (a, b) in enumerate(paras)
        if first < a < last + 2000 and REPLY_RE.match(text, a, b) and i > posts[0]
    }  # fmt: skip
    author = _compiler(doc, text[:first], ctx)
    defined = {m.group("handle").lower(): m.group("name") for m in HANDLE_DEF_RE.finditer(text)}
    in_post: dict[int, int] = {}  # span index -> paragraph index of its post or reply
    for k, s in enumerate(spans):
        for i in [*posts, *sorted(replies)]:
            a, b = paras[i]
            if a <= s.start < b + 1:
                in_post[k] = i
                break
    speakers: dict[int, Person | None] = {}
    for i in posts:  # first, so that the prose knows them ("Ruiz Soto on X: “…”")
        a, b = paras[i]
        m = POST_RE.match(text, a, b)
        speakers[i] = _labelled(text[m.end() : b], ctx) if m else None
    own = [k for k in range(len(spans)) if k not in in_post or in_post[k] not in replies]
    prose = attribute_prose(doc.doc_id, text, [spans[k] for k in own], ctx, set())
    units = dict(zip(own, prose, strict=True))
    for i in replies:
        a, b = paras[i]
        m = REPLY_RE.match(text, a, b)
        owner = _handle_owner(m.group("handle"), defined, text) if m else None
        speakers[i] = ctx.registry.add(Person(name=owner)) if owner else None
    numbered = {int(m.group("n")): i for i in posts if (m := POST_RE.match(text, *paras[i]))}
    corrected = {
        numbered[int(c.group("n"))]
        for i in posts
        for c in CORRECTION_RE.finditer(text, *paras[i])
        if int(c.group("n")) in numbered and numbered[int(c.group("n"))] != i
    }  # "CORRECTION to 6/": post 6 as posted is nobody's words
    out: list[Unit] = []
    for k, span in enumerate(spans):
        i = in_post.get(k)
        if i in corrected:
            out.append(Unit(doc.doc_id, span.start, span.end, text[span.start : span.end]))
            continue
        u = units.get(k) or Unit(doc.doc_id, span.start, span.end, text[span.start : span.end])
        who = speakers.get(i) if i is not None else None
        if i is None:
            pass  # before the first post or after the last: the page's own
        elif who is not None and not (u.speaker and u.quotes and u.speaker != who.name):
            u = spoken_unit(doc.doc_id, text, span, who, ctx)  # the labelled speaker's notes
        elif i in replies:
            pass  # a reply whose account the page does not name: nobody's
        elif author is not None and _own(u, span, text):
            u = spoken_unit(doc.doc_id, text, span, author, ctx)  # the compiler's own words
        out.append(u)
    return out
