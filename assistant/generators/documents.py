"""Questions about a document itself: who wrote it (its byline), who signed it (its signature),
when it came out (its dateline).

"Which journalist wrote the <outlet> article about X?", "Who signed that contribution?", "When
was the article published?": the answer is the document's byline, signature block or dated
opening line, cited where the text states it, never a speaker's words from the body. The
document is the one the question's scope gives, else the one its words name best (publisher,
title, meeting, opening).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import bylines, compose
from ..attribution import countries
from ..chunking import StoredUnit
from ..directory import norm
from ..meetings import kind_from_meta
from ..questions import FUTURE
from ..terms import content_words, stem_set

if TYPE_CHECKING:
    from ..questions import Analysis
    from .extractive import Extractive, Selection

# Who is asked for: "who", "by whom", "which journalist / reporter / person".
ASKS_WHO = re.compile(
    r"^\s*(?:who|whom|whose|by\s+whom|(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:journalists?|reporters?|"
    r"correspondents?|writers?|authors?|persons?|people|one|organi[sz]ations?|officials?))\b"
    r"|\b(?:name|names)\s+of\s+the\s+(?:author|writer|signatory)",
    re.I,
)
WROTE = re.compile(
    r"\b(?:wrote|write|writes|written|authored|authors?|penned|writers?|byline)\b", re.I
)
SIGNED = re.compile(r"\b(?:signed|signs?|signatory|signatories|signature)\b", re.I)
# When a document came out: "When was the article published?", "On what date was it issued?"
ASKS_WHEN = re.compile(
    r"^\s*(?:when|on\s+what\s+(?:date|day)|what\s+(?:is|was)\s+the\s+date)\b", re.I
)
PUBLISHED = re.compile(
    r"\b(?:published|issued|released|dated|written|posted|put\s+out|came\s+out|appeared|sent|send)\b",
    re.I,
)
# When a meeting took place: "When was the special meeting held?"
HELD = re.compile(r"\b(?:held|convened|took\s+place|take\s+place|met|meet|opened|hold)\b", re.I)
# Asking only when a meeting was held: the question ends with its verb (not "when and where").
HELD_ONLY = re.compile(rf"^\s*when\s+(?:was|were|did|is)\b[^,;?]*?{HELD.pattern}\s*\??\s*$", re.I)
# Meeting records, whose dateline ("Vienna, 12 and 13 April 2021") is the meeting's own date.
RECORDS = ("transcript", "chair's summary", "meeting report")
# Nouns naming a document (general English); kind_from_meta maps them onto the corpus' kinds.
NOUNS = (
    r"article|story|piece|column|contribution|statement|submission|paper|letter|summary|report|"
    r"transcript|minutes|press\s+release|release|page|webpage|document|post|text|blog|"
    r"newsletter|bulletin|note|memo|brief|editorial|op-ed"
)
DOC_NOUN = re.compile(
    rf"\b(?:the|this|that|its|their|his|her|an?|[\w’'-]+['’]s)\s+(?:[\w’'-]+\s+){{0,6}}?(?P<noun>{NOUNS})s?\b",
    re.I,
)
# A document the conversation is about, as a pronoun: "who signed it?", "when was it sent?"
DONE_TO = r"(?:signed|wrote|written|published|issued|released|sent|dated|authored)"
IT_DOC = re.compile(
    rf"\b{DONE_TO}\s+(?:it|this|that)\s*\??\s*$|\b(?:was|is)\s+(?:it|this|that)\s+{DONE_TO}\b",
    re.I,
)
OPENING_UNITS = 10  # the units at the top of a document where its date is stated
DATE_LABEL = re.compile(r"\s*(?:Dated?|When|Held)\s*:\s*(?:[A-Z][a-z]+day,?\s+)?")  # "Date: ..."
# A document's symbol: "the document symbol of X", "the reference number of the press release".
ASKS_SYMBOL = re.compile(
    r"\b(?:document\s+)?symbol\b|\b(?:reference|document)\s+(?:number|code|no\.?)\b", re.I
)
# "the UNIS number on the press release": an issuer's acronym before "number" names a symbol.
ACRONYM_NUMBER = re.compile(r"\b[A-Z]{2,}(?:/[A-Z]+)*\s+(?:number|code|no\.?|reference)\b")
# Who took a document's photo: "Who took the photo in the story?", "the photo credit".
PHOTO = re.compile(r"\b(?:photos?|photographs?|pictures?|images?|photographer)\b", re.I)
TOOK = re.compile(r"\b(?:took|taken|take|shot|credit(?:ed)?|photographer)\b", re.I)
CREDIT = re.compile(
    r"\b(?:Photo(?:graph)?|Picture|Image)s?(?:\s+credit)?\s*:\s*(?P<who>[^\n]*[^\s.])", re.I
)
# Whom to contact: "Who do I contact for press questions?", "the media contact".
ASKS_CONTACT = re.compile(
    r"\b(?:who|whom)\s+(?:do|does|should|can|could|would|to|is|are)\b[^?]*\bcontact\b"
    r"|\b(?:press|media)\s+contacts?\b"
    r"|\bcontact\s+(?:person|details)\b",
    re.I,
)
# The heading of a document's contact block ("For information:", "Media contact").
CONTACT_HEAD = re.compile(
    r"^[ \t]*(?:For\s+(?:further\s+|more\s+)?information|(?:Media|Press)\s+contacts?|Contacts?)"
    r"[ \t]*:?[ \t]*$",
    re.I | re.M,
)
# Who put a document out: "Who published the page?", "Which organisation issued the summary?",
# "By whom was the transcript released?", "Who is the publisher of the report?"
PUT_OUT = r"(?:published|issued|released|put\s+out|posted|distributed|sent)"
ASKS_PUBLISHER = re.compile(
    rf"\b{PUT_OUT}\s+(?:the|this|that|its|their)\s+(?:[\w’'-]+\s+){{0,6}}?(?:{NOUNS})s?\b"
    rf"|\b(?:{NOUNS})s?\s+(?:(?:was|were|is|been)\s+)?{PUT_OUT}(?:\s+by)?\s*\??\s*$"
    r"|\bpublisher\b",
    re.I,
)
# Which outlet ran a piece: "Which publication interviewed X?", "What newspaper published it?"
ASKS_OUTLET = re.compile(
    r"^\s*(?:which|what)\s+(?:[\w-]+\s+)?(?:publications?|outlets?|newspapers?|magazines?|"
    r"journals?|media|websites?)\b",
    re.I,
)
# The words that ask the question, not what names the document.
ASKED_WORDS = re.compile(
    rf"{WROTE.pattern}|{SIGNED.pattern}|{PUBLISHED.pattern}"
    r"|\b(?:journalists?|reporters?|correspondents?|who|which|whom|whose|person|people|name|"
    r"publications?|outlets?|newspapers?|magazines?)\b",
    re.I,
)


def asked(question: str) -> str | None:
    """'wrote', 'signed' or 'published' when the question asks who wrote, signed or put out a
    document, 'dated' when it asks when a document came out, 'symbol' when it asks for its
    symbol, 'photo' who took its photo, 'contact' whom to contact; else None."""
    if ASKS_CONTACT.search(question):
        return "contact"
    if PHOTO.search(question) and TOOK.search(question) and ASKS_WHO.search(question):
        return "photo"
    if HELD_ONLY.match(question) and not PUBLISHED.search(question):
        return None if FUTURE.search(question) else "held"
    symbol = ASKS_SYMBOL.search(question) or ACRONYM_NUMBER.search(question)
    if symbol and re.match(r"^\s*(?:what|which|give|tell)", question, re.I):
        return "symbol"
    if ASKS_OUTLET.search(question):  # the outlet, and its writer when asked for too
        return "wrote" if WROTE.search(question) else "published"
    if not DOC_NOUN.search(question) and not IT_DOC.search(question):
        return None
    if ASKS_WHEN.search(question) and PUBLISHED.search(question):
        return None if FUTURE.search(question) else "dated"  # not "when will it be published"
    if not ASKS_WHO.search(question):
        return None
    if SIGNED.search(question):
        return "signed"
    if WROTE.search(question):
        return "wrote"
    if ASKS_PUBLISHER.search(question):
        return "published"
    return None


def _doc_kind(x: Extractive, doc_id: str) -> str:
    units = x.c.by_doc.get(doc_id) or []
    return units[0].doc_kind if units else str(x.c.docs[doc_id].get("kind") or "")


def _signatures(x: Extractive, doc_id: str) -> list[list[StoredUnit]]:
    """The signatures of a document, in order: each run of lines naming one signatory (their
    name, title and organisation lines, a "Submitted by:" line). The record's words about
    them, never their speech: a letter's body in its writer's words is not its signature."""
    out: list[list[StoredUnit]] = []
    last = None
    for i, u in enumerate(x.c.by_doc.get(doc_id) or []):
        line = u.speaker and u.kind == "narrative" and "signatory" in u.roles
        if not line or len(u.text.split()) > SIGNATURE_WORDS or LABELLED.match(u.text):
            continue  # not a line naming them: "cc: Chief, …", "Contact: …"
        if out and last == i - 1 and out[-1][-1].speaker == u.speaker:
            out[-1].append(u)
        else:
            out.append([u])
        last = i
    return out


SIGNATURE_WORDS = 40  # a signature line is short: "Name, Title, Organisation (City)"
LABELLED = re.compile(r"^\s*[A-Za-z][\w-]{0,15}\s*:")  # "cc:", "Tel.:"; not "Submitted by:"


def _owner(question: str) -> str | None:
    """Whose document the question asks about, as it names them: "Mexico's contribution",
    "the statement of the X", "the Chair's letter"."""
    m = OWNER.search(question)
    if m is None:
        return None
    who = (m["who"] or m["of"] or "").strip()
    return re.sub(r"^(?:the|a|an)\s+", "", who, flags=re.I) or None


# "Mexico's written contribution", "tanzania's statement", "the Chair's letter"; "the written
# statement of the X Network", "the letter from the Chair".
OWNER = re.compile(
    rf"(?P<who>(?:\b[A-Z][\w’'-]*\s+)*\b[\w’'-]+?)['’]s\s+(?:[\w’'-]+\s+){{0,3}}?(?:{NOUNS})s?\b"
    rf"|\b(?:{NOUNS})s?\s+(?:(?:submitted|sent|signed|written)\s+)?(?:of|by|from)\s+"
    r"(?P<of>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|for|on|and|the|[A-Z][\w’'-]*))*)"
)


def _stems_of(text: str) -> set[str]:
    """The stems of a text's content words, a State's name for its people's ("Tanzanian")."""
    words = content_words(text)
    states = [st for w in words for st in countries.states_of_demonym(w.capitalize())]
    return stem_set([*words, *(w for st in states for w in content_words(st))])


def _score(x: Extractive, doc_id: str, words: set[str], question: str) -> float:
    """How well the question's own words name this document."""
    d = x.c.docs[doc_id]
    units = x.c.by_doc.get(doc_id) or []
    about = " ".join(
        [bylines.meta_names(d), units[0].meeting_title if units else "", x.c.text(doc_id)[:800]]
    )
    score = float(len(words & stem_set(content_words(about))))
    publisher = norm(re.sub(r"^\s*the\s+", "", str(d.get("publisher") or ""), flags=re.I))
    if publisher and re.search(rf"\b{re.escape(publisher)}\b", norm(question)):
        score += 10.0  # the outlet the question names
    return score


def _unknown_name(x: Extractive, question: str) -> str | None:
    """A capitalised word of the question (not its first) that no document's text or metadata
    uses (the corpus vocabulary holds both), nor its State's name when it is a people's
    ("Tanzanian"): the question names an outlet or a document the sources do not hold."""
    words = re.findall(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w’'-]*\w", question.strip())
    bare = [re.sub(r"['’]s$", "", w) for w in words]  # "Tanzania's" -> "Tanzania"

    def known(word: str) -> bool:
        if any(known(st) for st in countries.states_of_demonym(word)):
            return True  # "Tanzanian": the State the corpus names
        return all(
            t in x.c.vocabulary or all(p in x.c.vocabulary for p in t.split("-") if p)
            for t in norm(word).split()
        )

    return next((w for w in bare if not known(w)), None)


def answer(x: Extractive, a: Analysis) -> Selection | None:
    """The byline, signature or dateline answering "who wrote / signed <document>" or "when
    was <document> published", or None when the question asks none of these (or the record
    does not state it: the other answer paths then take the question)."""
    from .extractive import Selection

    act = asked(a.question)
    if act is None:
        return None
    if act == "held":
        return _held(x, a)
    missing = _unknown_name(x, a.question)
    if missing:
        return Selection(reason=f"The sources do not mention {missing}.", support=0.0)
    question = a.question
    if act == "symbol":
        question = ACRONYM_NUMBER.sub(" ", ASKS_SYMBOL.sub(" ", question))
    noun = DOC_NOUN.search(question)
    pronoun = IT_DOC.search(question) and not ASKS_OUTLET.search(question)
    if noun is None and not a.docs and pronoun:
        return None  # "who signed it?" with no document in view
    kind = kind_from_meta(noun.group("noun")) if noun else None
    candidates = a.docs or list(x.c.docs)
    if a.speakers:  # "the written statement of <organisation>": the documents they speak in
        theirs = {d for n in a.speakers if (sp := x.c.directory.get(n)) for d in sp.documents}
        candidates = [d for d in candidates if d in theirs]
    later: list[str] = []  # the documents of the kind named, if the scope's give no answer
    if kind:  # a credit or contact line is itself rare: a kind not matched does not rule out
        of_kind = [d for d in x.c.docs if kind_from_meta(_doc_kind(x, d)) == kind]
        scoped = candidates
        candidates = [d for d in candidates if d in of_kind] or (
            candidates if a.docs or act in LINES else []
        )
        if a.docs and not a.speakers and not set(scoped) & set(of_kind):
            later = of_kind  # "the story on the X meeting": a story, not the meeting's record
    if noun and re.fullmatch(r"(?:web)?page", noun.group("noun"), re.I):  # a web page
        candidates = [d for d in candidates if x.c.docs[d].get("fmt") == "html"] or candidates
    # The words naming which document: its owner, outlet, topic ("the Tanzanian statement").
    words = _stems_of(
        ASKED_WORDS.sub(" ", re.sub(rf"\b(?:{NOUNS})s?\b", " ", question, flags=re.I))
    )
    owner = _owner(question) if act in ("signed", "wrote") else None
    owned = _stems_of(owner) if owner else set()
    found: list[tuple[float, str, Fact]] = []
    named = f"The {noun.group('noun').lower()}" if noun else "The document"
    outlet = act == "published" and ASKS_OUTLET.search(a.question) is not None
    for pool in (candidates, later):
        scores = {d: _score(x, d, words, a.question) for d in pool}
        top = max(scores.values(), default=0.0)
        for doc_id in (d for d in pool if scores[d] == top or top == 0):  # the one it names best
            byline = (
                _fact(x, doc_id, "wrote", named)
                if outlet and x.c.docs[doc_id].get("publisher")
                else []
            )  # an outlet asked for: its byline names its writer too
            for fact in byline or _fact(x, doc_id, act, named):
                if fact.stems and owned and not owned <= fact.stems | _doc_stems(x, doc_id, fact):
                    continue  # another's signature: "Mexico's contribution" is not Iraq's
                found.append((scores[doc_id] + len(words & fact.stems), doc_id, fact))
        if found or (top > 0 and not later):
            break  # answered, or the one the words name does not say (the kind named aside)
    if not found:
        if owner and act == "signed":  # whose it is, named: never another document's signer
            return Selection(reason=f"The sources give no signatory of {owner}'s {named[4:]}.",
                             support=0.0)  # fmt: skip
        if act not in UNSTATED:
            return None
        given = [d for d in candidates if x.c.docs[d].get(UNSTATED[act])]
        scores = {d: _score(x, d, words, a.question) for d in given}
        top = max(scores.values(), default=0.0)
        return _unstated(x, [d for d in given if scores[d] == top], act, named)
    found.sort(key=lambda f: -f[0])
    best = found[0][0]
    chosen = [f for f in found if f[0] == best]
    docs = list(dict.fromkeys(d for _s, d, _f in chosen))
    if best == 0 and not a.docs and len(docs) > 4:
        return None  # nothing in the question says which of many documents
    if len(chosen) == 1:
        fact = chosen[0][2]
        return Selection(fact.claims, lead=fact.lead, support=1.0)
    if len(docs) == 1:  # the several signatories of one document (a joint statement)
        facts = [f for _s, _d, f in chosen]
        whom = ", ".join(f.who for f in facts[:-1]) + " and " + facts[-1].who
        claims = [c for f in facts for c in f.claims]
        return Selection(claims, bullets=True, lead=f"{named} was signed by {whom}.", support=1.0)
    claims = [c for _s, _d, f in chosen for c in f.claims]
    lead = " ".join(f"{_title(x, d)}: {f.lead[0].lower()}{f.lead[1:]}" for _s, d, f in chosen)
    return Selection(claims, bullets=True, lead=lead, support=1.0)


def _doc_stems(x: Extractive, doc_id: str, fact: Fact) -> set[str]:
    """The words naming a document's owner that a signature of it stands for: its title's and
    publisher's, when the signature is the document's only one."""
    if not fact.whole:
        return set()
    d = x.c.docs[doc_id]
    return _stems_of(f"{d.get('title') or ''} {d.get('publisher') or ''}")


def _title(x: Extractive, doc_id: str) -> str:
    d = x.c.docs[doc_id]
    return str(d.get("title") or doc_id)


@dataclass
class Fact:
    """One answer for one document: its cited claims and the lead naming who (or when)."""

    claims: list[compose.Claim]
    lead: str
    stems: set[str] = field(default_factory=set)  # the words naming whose signature it is
    who: str = ""  # the signatory as a list names them: "**Name** (Title, Body)"
    whole: bool = True  # the document's own (its one signature), not one of its sections'


def _fact(x: Extractive, doc_id: str, act: str, named: str) -> list[Fact]:
    """The claims (cited byline or signatures) and the lead naming who, for one document
    (`named`: the document as the question calls it, "The article")."""
    d = x.c.docs[doc_id]
    if act in ("dated", "photo", "contact", *UNSTATED):
        got = (
            _dated(x, doc_id, named) if act == "dated"
            else _photo(x, doc_id) if act == "photo"
            else _contact(x, doc_id, named) if act == "contact"
            else _stated(x, doc_id, act, named)
        )  # fmt: skip
        return [Fact(*got)] if got else []
    authors, role, span = bylines.stored_authors(d)
    if act == "wrote" and authors and span:
        unit = x.c.unit_at(doc_id, *span)
        if unit is not None:
            text = x.c.text(doc_id)[span[0] : span[1]]
            ev = compose.Evidence(unit, span[0], span[1])
            who = bylines.Facts(authors=authors).author
            what = f" ({role})" if role else ""
            source = f" for {d.get('publisher')}" if d.get("publisher") else ""
            lead = f"{named} was written by **{who}**{what}{source}."
            return [Fact([compose.Claim(text, [ev])], lead)]
    if act != "signed" and authors:
        return []
    credit = _credited(x, doc_id, named) if act == "wrote" else None
    if credit is not None:
        return [credit]
    signed = _signed(x, doc_id, named)
    if signed or act != "signed":
        return signed
    got = _submitted(x, doc_id, named) or listed_signers(x, doc_id, named)
    return [Fact(*got, stems=_stems_of(" ".join(c.text for c in got[0])))] if got else []


def _signed(x: Extractive, doc_id: str, named: str) -> list[Fact]:
    """Each signature of the document: the lines naming its signatory, cited, with the lead
    naming them and the words that name whose signature it is (its signer, their title and
    body, the document's own author when it has one author and one signature)."""
    blocks = _signatures(x, doc_id)
    authors = {u.speaker for u in x.c.by_doc.get(doc_id) or [] if u.speaker and
               any(r.startswith(("author of", "co-author of")) for r in u.roles)}  # fmt: skip
    out = []
    for block in blocks:
        first = block[0]
        name = first.speaker or ""
        title = next((r for r in first.roles if r != "signatory"), None)
        evidence = [compose.Evidence(u, u.start, u.end) for u in block]
        text = "; ".join(u.text for u in block)
        of = first.affiliation if first.affiliation and first.affiliation != name else None
        what = f", {title}" if title else ""
        lead = f"{named}{f' of {of}' if of else ''} was signed by **{name}**{what}."
        whole = len(blocks) == 1 and len(authors) <= 1  # the document's one signature
        about = " ".join([text, name, title or "", of or "", *(sorted(authors) if whole else [])])
        known = ", ".join(p for p in (title, of) if p)
        who = f"**{name}**" + (f" ({known})" if known else "")
        out.append(Fact([compose.Claim(text, evidence)], lead, _stems_of(about), who, whole))
    return out


# A line crediting the document's writers: "Prepared by the Rapporteur, Name (State).", "This
# issue was written and edited by A and B."
MADE = r"(?:written|prepared|compiled|drafted|edited|authored|produced)"
CREDITED = re.compile(
    rf"^\s*(?:This\s+(?:[\w’'-]+\s+){{0,6}}?(?:was|were|has\s+been|is)\s+)?"
    rf"(?P<made>{MADE}(?:\s+and\s+{MADE})?)\s+by\s+(?P<who>[^\n]+?)[.;]?\s*$",
    re.I,
)


def _credited(x: Extractive, doc_id: str, named: str) -> Fact | None:
    """The line at a document's top or foot crediting who wrote or prepared it, cited, with
    the person it names (a speaker of the record's, else as the line names them) as whom it
    describes."""
    units = x.c.by_doc.get(doc_id) or []
    for u in units[:OPENING_UNITS] + units[OPENING_UNITS:][-OPENING_UNITS:]:
        m = CREDITED.match(u.text)
        if m is None or not re.search(r"[A-Z]", m["who"]):
            continue
        who = m["who"].strip()
        people = [n for p in re.split(r",\s+", re.sub(r"\s*\([^()]*\)", "", who))
                  for n in bylines.people_named(p)]  # fmt: skip
        about = next((n for n in x.c.directory.names() if len(n) > 3 and n in who), None)
        about = about or next(iter(people), None)  # the person credited, as the line names them
        ev = compose.Evidence(u, u.start, u.end, about)
        bare = re.sub(r"^the\s+", "", who)
        lead = f"{named} was {m['made'].lower()} by **{bare}**."
        return Fact([compose.Claim(u.text, [ev])], lead)
    return None


# A closing line naming who put a statement in: "Submitted by: Dr. X, Executive Director, Y".
SUBMITTED = re.compile(
    r"^\s*(?:Submitted|Signed|Presented)\s+(?:by|on\s+behalf\s+of)\s*:?\s*(?P<who>\w[^,\n]*)"
    r"(?:,\s*(?P<what>[^\n]+?))?\s*$"
)


def _submitted(x: Extractive, doc_id: str, named: str) -> tuple[list[compose.Claim], str] | None:
    """The "Submitted by:" line among a document's last units, when no signature block is
    recognised."""
    for u in (x.c.by_doc.get(doc_id) or [])[-OPENING_UNITS:]:
        m = SUBMITTED.match(u.text)
        if m is not None:
            what = f", {m['what']}" if m["what"] else ""
            lead = f"{named} was submitted by **{m['who'].strip()}**{what}."
            return [_whole(u)], lead
    return None


# A heading over the list of those who signed: "Signatories", "Signed by:", "Endorsed by".
SIGNERS_HEADING = re.compile(
    r"\W*(?:(?:list\s+of\s+)?signatories|signatory\s+organi[sz]ations|(?:co-)?signed\s+by|"
    r"endorsed\s+by|endorsing\s+organi[sz]ations)\W*",
    re.I,
)


def listed_signers(
    x: Extractive, doc_id: str, named: str
) -> tuple[list[compose.Claim], str] | None:
    """The names on the lines under a "Signatories" heading: short lines of names, up to the
    first sentence, label or address."""
    units = x.c.by_doc.get(doc_id) or []
    for i, u in enumerate(units):
        if not SIGNERS_HEADING.fullmatch(u.text):
            continue
        names = list(itertools.takewhile(
            lambda v: len(v.text.split()) <= 8 and not re.search(r"[.:@]\s*|\bhttps?\b", v.text),
            units[i + 1 : i + 41],
        ))  # fmt: skip
        if len(names) >= 2:
            who = ", ".join(f"**{v.text.strip()}**" for v in names[:-1])
            lead = f"{named} was signed by {who} and **{names[-1].text.strip()}**."
            return [_whole(v) for v in names], lead
    return None


LINES = ("photo", "contact")  # acts answered by a labelled line of the document
UNSTATED = {"symbol": "symbol", "published": "publisher"}  # asked -> the document's field


def _names_of(value: str) -> list[str]:
    """How a text may write a field's value: as given, without its bracketed acronym, the
    acronym alone ("United Nations Office on Drugs and Crime (UNODC)")."""
    bare = " ".join(re.sub(r"\([^()]*\)", " ", value).split())
    before = value.split("(")[0].strip()  # "United Nations Information Service (UNIS) Vienna"
    short = re.findall(r"\(([^()]+)\)", value)
    return [v for v in dict.fromkeys([value, bare, before, *short]) if len(v) >= 3]


def _stated(
    x: Extractive, doc_id: str, act: str, named: str
) -> tuple[list[compose.Claim], str] | None:
    """The document's symbol or publisher, cited at the sentence of its text that states it
    (the opening lines first: a letterhead, an "Issued by" line, a site's name)."""
    value = str(x.c.docs[doc_id].get(UNSTATED[act]) or "")
    text = x.c.text(doc_id)
    units = x.c.by_doc.get(doc_id) or []
    for u in units[:OPENING_UNITS] + units[OPENING_UNITS:][-3:]:  # its masthead, else its foot
        own = text[u.start : u.end]
        at = next(
            (m for n in _names_of(value) if (m := re.search(rf"(?<![\w/]){re.escape(n)}(?![\w/])",
                                                              own, re.I))),
            None,
        )  # fmt: skip
        if at is None:
            continue
        head = own.rfind(". ", 0, at.start())  # the sentence (or line) stating it
        tail = re.search(r"[.!?](?=\s|$)", own[at.end() :])
        start = u.start + (head + 2 if head >= 0 else 0)
        end = u.start + at.end() + (tail.end() if tail else len(own) - at.end())
        while text[start].isspace():
            start += 1
        ev = compose.Evidence(u, start, end)
        if act == "symbol":
            lead = f"{named} bears the symbol **{value}**."
        else:
            lead = f"{named} was published by **{value}**."
        return [compose.Claim(text[start:end], [ev])], lead
    return None


def _photo(x: Extractive, doc_id: str) -> tuple[list[compose.Claim], str] | None:
    """The photo credit of a document ("Photo: Agency/Name"), cited from its label."""
    text = x.c.text(doc_id)
    for u in x.c.by_doc.get(doc_id) or []:
        m = CREDIT.search(text, u.start, u.end)
        if m is not None and m.end("who") <= u.end:
            ev = compose.Evidence(u, m.start(), m.end("who"))
            return [compose.Claim(m.group(), [ev])], f"The photo is credited to **{m['who']}**."
    return None


def _contact(x: Extractive, doc_id: str, named: str) -> tuple[list[compose.Claim], str] | None:
    """The contact block under a document's "For information:" heading: its lines up to the
    first blank line after them."""
    text = x.c.text(doc_id)
    head = CONTACT_HEAD.search(text)
    if head is None:
        return None
    start = len(text) - len(text[head.end() :].lstrip())
    end = text.find("\n\n", start)
    end = len(text) if end < 0 else end
    block = [u for u in x.c.by_doc.get(doc_id) or [] if start <= u.start and u.end <= end]
    if not block:
        return None
    claims = [compose.Claim(u.text, [compose.Evidence(u, u.start, u.end)]) for u in block]
    return claims, f"{named} gives this contact for information:"


def _unstated(x: Extractive, given: list[str], act: str, named: str) -> Selection | None:
    """A symbol or publisher only the metadata gives, said plainly without a quote (the text
    does not state it, so nothing can be cited)."""
    from .extractive import Selection

    field_name = UNSTATED[act]
    if not given or len(given) > 3:
        return None
    values = [f"{x.c.docs[d][field_name]} ({_title(x, d)})" for d in given]
    said = values[0].rsplit(" (", 1)[0] if len(given) == 1 else "; ".join(values)
    return Selection(
        reason=f"{named} does not state its {field_name} in its text; the document metadata "
        f"gives: {said}.",
        support=0.0,
    )


def _dated(x: Extractive, doc_id: str, named: str) -> tuple[list[compose.Claim], str] | None:
    """The document's date, cited where its opening lines state it (byline, dateline)."""
    when = str(x.c.docs[doc_id].get("date") or "")
    for u in (x.c.by_doc.get(doc_id) or [])[:OPENING_UNITS]:
        said = next((m for m in bylines.DATE_RE.finditer(u.text) if
                     bylines.iso_date(m.group()) == when), None)  # fmt: skip
        if when and said is not None:
            return [_whole(u)], f"{named} is dated **{said.group()}**."
    return None


def _held(x: Extractive, a: Analysis) -> Selection | None:
    """'When was <meeting> held?' for a meeting the question's scope found: the date its
    records' opening lines give, after "held / took place / convened" there, else the
    dateline of a meeting record."""
    from .extractive import Selection

    openings = [(d, (x.c.by_doc.get(d) or [])[:OPENING_UNITS]) for d in a.docs]
    for u in (u for _d, units in openings for u in units):
        verb = HELD.search(u.text)
        said = bylines.DATE_RE.search(u.text, verb.end()) if verb else None
        if said is not None:
            return Selection([_whole(u)], lead=f"**{said.group()}**.", support=1.0)
    for d, units in openings:
        if kind_from_meta(_doc_kind(x, d)) not in RECORDS:
            continue  # a news story's dateline is the day it came out
        for u in units:  # "Vienna, 12 April 2021"; "Date: 10 September 2020, 14:00"
            place = bylines.PLACE_LINE.match(u.text) or DATE_LABEL.match(u.text)
            said = bylines.DATE_RE.match(u.text, place.end()) if place else None
            if said is not None:
                return Selection([_whole(u)], lead=f"**{said.group()}**.", support=1.0)
    return None


def _whole(u: StoredUnit) -> compose.Claim:
    return compose.Claim(u.text, [compose.Evidence(u, u.start, u.end)])
