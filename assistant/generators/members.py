"""Who belongs to what the question asks about, and the line that stands for each of them.

A list or group question ("which delegations took the floor", "who sat on the panel", "what did
civil society say") is answered from the corpus model: the speaker directory (kind, affiliation,
roles, meetings) and what the records say of their people (a "Panellists:" list, "our first
panellist is Mr. X"), not from the top retrieval hits. Each member is then cited by a line with
content: never a courtesy or a procedural turn when they said something else.
"""

from __future__ import annotations

import re
import weakref

import numpy as np

from .. import answerability
from ..attribution.names import INSTITUTION_NOUNS, body_kind
from ..chunking import StoredUnit
from ..corpus import Corpus
from ..directory import Speaker, norm
from ..questions import REPORTING, Analysis
from ..scope import MEETING_ALT, MEETING_RE
from ..terms import STOPWORDS, content_words, stem_set

# Courtesies in general English: thanks, greetings, addressing the presiding officer.
COURTESY = re.compile(
    r"\b(?:thank(?:s|\s+you)(?:\s+(?:all|very much|again|so much))?|good (?:morning|afternoon|"
    r"evening)|welcome|(?:madam|mister|mr\.?|ms\.?|dear) (?:chair\w*|co-chairs?|president|"
    r"moderator|ambassador)|if i may(?: add a point)?)\b",
    re.I,
)
# Procedure: opening and closing a sitting, giving the floor.
PROCEDURE = re.compile(
    r"\b(?:i (?:hereby )?declare\b.*\b(?:open|opened|closed|adjourned)|(?:meeting|session|panel|"
    r"sitting|dialogue|debate) (?:is|was|stands) (?:now )?(?:open|closed|adjourned|suspended)|"
    r"(?:give|pass|yield|return) the floor|the floor is yours|has (?:asked for )?the floor|"
    r"we will (?:now )?(?:continue|resume|begin|move on|break))\b",
    re.I,
)
# Titles of whoever presides over a meeting or a panel, rather than taking part in it.
PRESIDING = stem_set(["chair", "chairs", "chairperson", "co-chair", "president", "moderator",
                      "moderators", "presiding", "facilitator", "rapporteur"])  # fmt: skip
# General English nouns for public and intergovernmental bodies: not civil society.
PUBLIC_BODY = {"secretariat", "ministry", "government", "parliament", "embassy", "police",
               "court", "tribunal", "authority", "prosecutor", "prosecution",
               "customs"}  # fmt: skip
# Sitting on a panel, in general English.
PANEL = stem_set(["panel", "panels", "panellist", "panelist", "panellists", "panelists"])
# The small words inside a meeting's name ("the tenth session of the Group on X and Y").
NOUN_GLUE = {"of", "the", "on", "in", "for", "and", "at", "a", "an", "to", "its", "their",
             "against", "from", "by", "with"}  # fmt: skip
# A meeting named in the question: a quoted name before a meeting noun ('the "Open Doors"
# side event'), or a phrase headed by one ("the side event", "the panel on data").
NAMED_MEETING = re.compile(
    rf"[\"“][^\"”]{{2,80}}[\"”]\s+(?:[\w-]+\s+)?(?:{MEETING_ALT})s?\b|{MEETING_RE.pattern}", re.I
)
# A label introducing who held a role: "Panellists:", "**Moderator:** Ms. X, ...".
ROLE_LABEL = re.compile(r"^\W*([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\s*:\s*(.*)$", re.S)
# A group the question asks about, in general English, and who belongs to it.
GROUPS = {
    "company": re.compile(
        r"\b(private[\s-]sector|compan(?:y|ies)|industry|businesses|tech(?:nology)? firms)\b", re.I
    ),
    "delegation": re.compile(
        r"\b(delegations?|member states|states parties|governments|countries)\b", re.I
    ),
    "civil": re.compile(
        r"\b(civil[\s-]society|ngos?|non-governmental organi[sz]ations?|csos?)\b", re.I
    ),
    "panel": re.compile(r"\b(panel+ists?)\b", re.I),
    "academic": re.compile(
        r"\b(academia|academics?|researchers?|scholars?|universit(?:y|ies)|think[\s-]tanks?)\b",
        re.I,
    ),
}
# Bodies and titles of scholarship, in general English: "X University", "Institute of
# Criminology", "Centre for Y Studies"; "Professor", "researcher", "lecturer".
ACADEMIC_BODY = re.compile(
    r"(?i)\b(?:universit(?:y|ies)|college|academy|school\s+of|institute|centre\s+for|"
    r"center\s+for)\b.*\b(?:studies|research|criminology|science|sciences|law|economics|"
    r"policy)\b|\buniversit(?:y|ies)\b|\bcollege\b|\bacademy\b|\blaborator(?:y|ies)\b"
)
ACADEMIC_TITLE = re.compile(r"(?i)\b(?:professor|prof|lecturer|researcher|scholar|academic)\b")
_VECTORS: weakref.WeakKeyDictionary[Corpus, dict[str, np.ndarray]] = weakref.WeakKeyDictionary()
_OFFICIAL: weakref.WeakKeyDictionary[Corpus, set[str]] = weakref.WeakKeyDictionary()
_TABLED: weakref.WeakKeyDictionary[Corpus, dict[str, str]] = weakref.WeakKeyDictionary()
_DESCRIBED: weakref.WeakKeyDictionary[Corpus, dict[str, str | None]] = weakref.WeakKeyDictionary()
_ACRONYMS: weakref.WeakKeyDictionary[Corpus, set[str]] = weakref.WeakKeyDictionary()
_PUBLIC: weakref.WeakKeyDictionary[Corpus, set[str]] = weakref.WeakKeyDictionary()
# Roles of the outlet's people in a record: they ask, they speak for no group.
MEDIA_ROLES = {"interviewer", "host", "co host", "presenter", "journalist"}
# Nouns for bodies of members, in general English, besides the directory's institution nouns.
MEMBERSHIP_NOUNS = {"club", "clubs", "cooperative", "co-operative", "guild", "circle"}
# A company's legal form after its name, in general business usage: "X Ltd.", "Y AS", "Z GmbH".
LEGAL_FORM = re.compile(
    r"\s*,?\s+(?:Ltd|Limited|Inc|LLC|plc|PLC|GmbH|AG|AS|ASA|SA|S\.A|SpA|S\.p\.A|NV|N\.V|BV|"
    r"B\.V|Pty|Corp|Corporation|LLP|SAS|Oy|AB)\b\.?"
)
# The record's words for a body next to its name: "X, a network of …", "X (RATF) is a network",
# "the payments company X": the phrase, up to what qualifies its head noun.
DESCRIBED_AFTER = re.compile(
    r"(?:\s+(?:[A-Z][\w'-]*|[a-z]{1,4})){0,5}?"  # the rest of a name the directory cut short
    r"\s*(?:\([^)]{1,80}\))?\s*(?:,\s+|\s+is\s+|\s+was\s+)(?:a|an|the)\s+([^,.;:()]{1,60})"
)
DESCRIBED_BEFORE = re.compile(r"\b(?:the|a|an)\s+((?:[\w-]+\s+){0,2}[\w-]+)\s+$", re.I)
QUALIFIER = re.compile(r"\s+(?:of|for|that|which|who|with|in|from|on|based|whose|and)\b.*", re.S)


def vectors(c: Corpus, units: list[StoredUnit]) -> dict[str, np.ndarray]:
    """The stored embeddings of `units` (read from the index once, then kept)."""
    cache = _VECTORS.setdefault(c, {})
    missing = [u.unit_id for u in units if u.unit_id not in cache]
    for i in range(0, len(missing), 5000):
        got = c.retriever.collection.get(ids=missing[i : i + 5000], include=["embeddings"])
        for uid, vec in zip(got["ids"], got["embeddings"], strict=True):
            v = np.asarray(vec, dtype=np.float32)
            cache[uid] = v / (np.linalg.norm(v) or 1.0)
    return cache


def question_vector(c: Corpus, text: str) -> np.ndarray:
    q = np.asarray(c.retriever.embed(c.lexicon.expand(text)), dtype=np.float32)
    return q / (np.linalg.norm(q) or 1.0)


_SAYS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # corpus -> unit -> verdict


def says_something(c: Corpus, u: StoredUnit) -> bool:
    """A line with content: not a heading or dateline, a courtesy ("Thank you, Madam Chair.")
    or a procedural turn ("I declare the meeting closed.", "The floor is yours.").
    Kept per index generation: a busy speaker's thousands of lines are judged once."""
    memo = _SAYS.setdefault(c, {})
    key = (u.unit_id, u.text)
    if key not in memo:
        memo[key] = _says_something(c, u)
    return memo[key]


# A transcript turn's label before its words: "Ms. Alvarez (Colombia):", "The Chair:".
TURN_LABEL = re.compile(r"^\s*(?:[A-Z][\w.'’-]*[ \t]*){1,6}(?:\([^()\n]{1,60}\))?:[ \t]+")


def _says_something(c: Corpus, u: StoredUnit) -> bool:
    if answerability.is_frame(u, c) or PROCEDURE.search(u.text):
        return False
    said = TURN_LABEL.sub("", u.text)  # "Chief Superintendent X: Thank you.": the label is no word
    words = re.findall(r"[^\W\d_][\w'-]*|\d[\d,.]*", COURTESY.sub(" ", said))
    cased = said != said.upper()  # not captions in capitals
    if cased and not any(w[0].islower() and w not in STOPWORDS for w in words):
        return False  # "Executive Director, X Alliance, Rotterdam": a name and title, no words
    return len(words) >= 5 and len(content_words(" ".join(words))) >= 3


def representative(
    c: Corpus, units: list[StoredUnit], query: np.ndarray | None = None
) -> StoredUnit:
    """A speaker's most representative line: of those with content, the one closest to the
    centre of their lines (a point made in several records weighs more), and to the question
    when it has a topic."""
    pool = [u for u in units if says_something(c, u)] or units
    if len(pool) == 1:
        return pool[0]
    vecs = vectors(c, pool)
    matrix = np.stack([vecs[u.unit_id] for u in pool])
    centroid = matrix.mean(axis=0)
    central = matrix @ (centroid / (np.linalg.norm(centroid) or 1.0))
    # A central line can be a generic one ("I wish to stress one point."): content weighs too.
    content = np.array([min(1.0, len(content_words(u.text)) / 15) for u in pool])
    named = np.array([0.02 * bool(u.attr) for u in pool])  # "The representative of X noted …"
    score = 0.6 * central + 0.4 * content + named
    if query is not None:
        score = 0.5 * score + 0.5 * (matrix @ query)
    return pool[int(np.argmax(score))]


def scope_stems(c: Corpus, a: Analysis) -> set[str]:
    """Stems of the words that name the question's scope: each scope label and the words after
    it that the scoped records' titles hold ("at the tenth session of the Working Group on
    Trafficking in Persons"). In "which speakers at X talked about Y", Y stays the topic."""
    out: set[str] = set()
    for m in NAMED_MEETING.finditer(a.question):  # 'its "Survivors at the table" side event'
        out |= stem_set(w for w in norm(m.group()).split() if w not in STOPWORDS)
    if not a.docs or not a.scope_labels:
        return out
    titles = set().union(*(answerability.title_stems(c, d) for d in a.docs))
    words = norm(a.question).split()
    for label in a.scope_labels:
        part = norm(label).split()
        at = next((i for i in range(len(words)) if words[i : i + len(part)] == part), None)
        if at is None:
            continue
        end = at + len(part)
        while end < len(words) and (words[end] in NOUN_GLUE or stem_set([words[end]]) <= titles):
            end += 1
        out |= stem_set(w for w in words[at:end] if w not in STOPWORDS)
    return out


def presides(sp: Speaker, docs: list[str]) -> bool:
    """Whether the speaker chaired or moderated in the scoped documents (their roles there
    say so; a Chair of one meeting may speak for their country at another)."""
    roles = {r for u in sp.units if not docs or u.doc_id in docs for r in u.roles}
    return any(stem_set(norm(r).split()[:1]) & PRESIDING for r in roles)


def units_in(sp: Speaker, docs: list[str]) -> list[StoredUnit]:
    """A speaker's units in the scoped documents (all of them when unscoped)."""
    return [u for u in sp.units if not docs or u.doc_id in docs] or sp.units


def _named(c: Corpus, text: str) -> list[Speaker]:
    """The people of the directory a line names by full name or honorific and surname."""
    out = []
    for sp in c.directory.speakers.values():
        if sp.kind != "person":
            continue
        forms = [sp.name] + ([f"{sp.honorific} {sp.surname}"] if sp.honorific else [])
        if any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for f in forms):
            out.append(sp)
    return out


def role_holders(
    c: Corpus, docs: list[str], role: set[str], mentioned: set[str] | None = None
) -> dict[str, StoredUnit]:
    """The people the records name as holding a role (its stems `role`), with the line that
    names them: the items of a list under a label naming the role ("Panellists:"), the label's
    own line ("Moderator: Ms. X, ..."), or a sentence with the role's word ("Our first
    panellist is Mr. X"; `mentioned`: the words such a sentence may use instead, "on this
    panel")."""
    out: dict[str, StoredUnit] = {}
    for d in docs or list(c.docs):
        under = False
        for u in c.by_doc.get(d, []):
            m = ROLE_LABEL.match(u.text.strip())
            text = u.text
            if m and not u.speaker:  # a label starts (or a turn ends) a list
                under = bool(stem_set(norm(m.group(1)).split()) & role)
                text = m.group(2) if under else ""
            elif u.speaker or u.text.lstrip().startswith("#"):
                under = False
            if not under and not (stem_set(norm(text).split()) & (mentioned or role)):
                continue
            for sp in _named(c, text):
                out.setdefault(sp.name, u)
        for cell, u in table_column(c, d, role):  # a table's "Panellists" column
            for sp in _named(c, cell):
                out.setdefault(sp.name, u)
    return out


def table_column(c: Corpus, doc_id: str, role: set[str]) -> list[tuple[str, StoredUnit]]:
    """The cells under a table header naming the role (its stems `role`), each with the unit
    holding it: a table is read as one tab-separated line a row, its first line the header."""
    text = c.text(doc_id)
    units = c.by_doc.get(doc_id, [])
    out: list[tuple[str, StoredUnit]] = []
    column, width, in_table = None, 0, False
    for line in re.finditer(r"[^\n]+", text):
        cells = line.group().split("\t")
        if len(cells) < 2:
            column, in_table = None, False
            continue
        if not in_table:  # the header row
            in_table, width = True, len(cells)
            named = [i for i, cell in enumerate(cells) if stem_set(norm(cell).split()) & role]
            column = named[0] if named else None
            continue
        if column is None or len(cells) != width:
            continue
        start = line.start() + sum(len(cell) + 1 for cell in cells[:column])
        unit = next((u for u in units if u.start <= start < u.end), None)
        if unit is not None:
            out.append((cells[column], unit))
    return out


def _labels_role(c: Corpus, doc_id: str, role: set[str]) -> bool:
    """Whether a record lists the holders of a role under a label ("Panellists:")."""
    for u in c.by_doc.get(doc_id, []):
        m = None if u.speaker else ROLE_LABEL.match(u.text.strip())
        if m and stem_set(norm(m.group(1)).split()) & role:
            return True
    return bool(table_column(c, doc_id, role))


def panel_members(c: Corpus, docs: list[str]) -> dict[str, StoredUnit | None]:
    """Who sat on the panel(s) of `docs`: the people named as panellists, and, in a panel's
    record without a list of them, the people who speak in it other than its presiding officer
    and delegations (a question from the floor is not a seat on the panel)."""
    role = PANEL - stem_set(["panel", "panels"])
    named: dict[str, StoredUnit | None] = dict(role_holders(c, docs, role, PANEL))
    named = {n: u for n, u in named.items() if not presides(c.directory.speakers[n], docs)}
    for d in docs or list(c.docs):
        if _labels_role(c, d, role):
            continue
        for name, u in _under_panel_headings(c, d).items():
            named.setdefault(name, u)
        title = stem_set(norm(str(c.docs.get(d, {}).get("title") or "")).split())
        if not title & PANEL:
            continue
        for sp in c.directory.speakers.values():
            mine = [u for u in sp.units if u.doc_id == d and says_something(c, u)]
            if (
                sp.kind == "person" and mine and not presides(sp, [d])
                and sp.affiliation_kind != "delegation"
                and any(u.kind != "question" and not u.text.rstrip().endswith("?") for u in mine)
            ):  # fmt: skip
                named.setdefault(sp.name, None)
    return named


def _under_panel_headings(c: Corpus, doc_id: str) -> dict[str, StoredUnit]:
    """The people who speak under a heading naming a panel ("Panel 1 -- Wildlife"), each with
    their first line there: a record of panels that lists no panellists."""
    out: dict[str, StoredUnit] = {}
    under = False
    for u in c.by_doc.get(doc_id, []):
        if answerability.is_frame(u, c) and re.search(r"[^\W\d_]{2}", u.text):
            under = bool(stem_set(norm(u.text).split()) & PANEL)  # until the next heading
            continue
        sp = c.directory.speakers.get(u.speaker or "")
        if (
            under and sp is not None and sp.kind == "person"
            and sp.affiliation_kind != "delegation" and not presides(sp, [doc_id])
            and says_something(c, u)
        ):  # fmt: skip
            out.setdefault(sp.name, u)
    return out


def official_publishers(c: Corpus) -> set[str]:
    """Publishers of records in which others speak (a meeting's secretariat, a news site), as
    opposed to an organisation publishing its own statement. A body that also speaks in a
    record it publishes (an NGO's blog or newsletter: "our team travelled to …") is one of the
    voices, not the meeting's publisher, unless its name is a public body's."""
    if c in _OFFICIAL:
        return _OFFICIAL[c]
    out = _OFFICIAL[c] = set()
    own: set[str] = set()
    for doc_id, d in c.docs.items():
        publisher = norm(str(d.get("publisher") or ""))
        voices = {
            norm(u.affiliation or u.speaker or "") for u in c.by_doc.get(doc_id, []) if u.speaker
        }
        if publisher and voices - {publisher}:
            out.add(publisher)
        if any(v and re.match(rf"{re.escape(v)}\b", publisher) for v in voices):
            own.add(publisher)
    out -= {p for p in own if not public_body(p)}
    return out


_UNIONS: weakref.WeakKeyDictionary[Corpus, set[str]] = weakref.WeakKeyDictionary()
# "the European Union and its member States", "member States of the Economic Community of X".
_NAME = r"[A-Z][\w'-]*(?:\s+(?:of|for|the|and)?\s*[A-Z][\w'-]*){0,7}"
OF_STATES = re.compile(
    rf"\b({_NAME})\s+and\s+its\s+(?:\d+\s+|[a-z]+\s+)?member\s+States\b"
    rf"|\bmember\s+States\s+of\s+the\s+({_NAME})"
    rf"|\b\d+\s+States\s+(?:and|as\s+well\s+as)\s+the\s+({_NAME})"  # "31 States and the EU"
)


def of_states(c: Corpus) -> set[str]:
    """Bodies whose members the records call States, or that attend beside States ("31 States
    and the European Union"): an intergovernmental body that takes the floor as a delegation
    does, not civil society."""
    if c not in _UNIONS:
        found = (m for d in c.docs for m in OF_STATES.finditer(c.text(d)))
        _UNIONS[c] = {
            norm(re.sub(r"^the\s+", "", next(g for g in m.groups() if g), flags=re.I))
            for m in found
        }
    return _UNIONS[c]


def public_body(name: str) -> bool:
    """A public or intergovernmental body by the general nouns of its name."""
    body = norm(name)
    return bool(set(body.split()) & PUBLIC_BODY) or "united nations" in body


def named_bodies(c: Corpus, docs: list[str]) -> dict[str, StoredUnit]:
    """Organisations that speak somewhere in the corpus, named in a line of the scoped records
    ("a side event organized by X"), with the first such line."""
    bodies = {sp.affiliation or sp.name: sp for sp in c.directory.speakers.values()
              if sp.kind == "organisation" or (sp.affiliation and sp.kind == "person")}  # fmt: skip
    out: dict[str, StoredUnit] = {}
    for d in docs:
        for u in c.by_doc.get(d, []):
            for body in bodies:
                if body not in out and len(body) > 3 and body in u.text:
                    out[body] = u
    return out


def tabled_kinds(c: Corpus) -> dict[str, str]:
    """The kind of group the records' own tables give a name or a body ("Pollen Watch | NGO",
    "X Ltd | Private sector"): each cell of a row whose short cell names a group, by its
    normalised text. A table is read as one tab-separated line a row."""
    if c in _TABLED:
        return _TABLED[c]
    out = _TABLED[c] = {}
    for doc_id in c.docs:
        for line in re.finditer(r"[^\n]+", c.text(doc_id)):
            cells = [cell.strip() for cell in line.group().split("\t")]
            kinds = [
                g for cell in cells if len(cell.split()) <= 5
                for g, pattern in GROUPS.items() if g != "panel" and pattern.search(cell)
            ]  # fmt: skip
            if len(cells) < 2 or len(set(kinds)) != 1:
                continue
            for cell in cells:
                if not any(p.search(cell) for p in GROUPS.values()):
                    out.setdefault(norm(cell), kinds[0])
    return out


def described_kind(c: Corpus, body: str) -> str | None:
    """'company' or 'institution' as the records where the body or its people speak describe
    it where they name it: a legal form ("Kelp Farms Ltd."), an apposition or predicate ("X,
    a network of fishers", "X (XN) is a coalition"), a noun before the name ("the payments
    company X"); the majority of what they say, None when they say neither."""
    memo = _DESCRIBED.setdefault(c, {})
    if body in memo:
        return memo[body]
    votes = {"company": 0, "institution": 0}
    docs = {d for sp in c.directory.speakers.values() if body in (sp.affiliation, sp.name)
            for d in sp.documents}  # fmt: skip
    name = re.compile(rf"(?<!\w){re.escape(body)}(?!\w)")
    if len(body) > 3:
        for doc_id in sorted(docs):
            text = c.text(doc_id)
            for m in name.finditer(text):
                after = text[m.end() : m.end() + 90]
                if LEGAL_FORM.match(after):
                    votes["company"] += 1
                    continue
                found = DESCRIBED_AFTER.match(after)
                before = DESCRIBED_BEFORE.search(text[max(0, m.start() - 50) : m.start()])
                for phrase in (found.group(1) if found else None, before and before.group(1)):
                    kind = body_kind(QUALIFIER.sub("", phrase)) if phrase else None
                    if kind:
                        votes[kind] += 1
    most = max(votes, key=votes.__getitem__)
    memo[body] = most if votes[most] > votes[min(votes, key=votes.__getitem__)] else None
    return memo[body]


def is_company(c: Corpus, sp: Speaker) -> bool:
    """A company: what the records call the body where they name it (a legal form, "a network
    of …", "the payments company X"); else not one when its name holds a noun for an
    institution, is an acronym the corpus gives one, or reads as an association; else the
    directory's reading of the name."""
    body = sp.affiliation or (sp.name if sp.kind == "organisation" else "")
    if not body or sp.kind == "delegation" or sp.affiliation_kind == "delegation":
        return False
    if sp.affiliation_kind in ("company", "institution"):
        return sp.affiliation_kind == "company"
    described = described_kind(c, body)
    if described:
        return described == "company"
    if set(norm(body).split()) & (INSTITUTION_NOUNS | MEMBERSHIP_NOUNS):
        return False
    if _institution_acronyms(c) & set(body.split()):  # "the Section of UNODC"
        return False
    if not body.isupper() and named_kind(c, body) == "institution":  # "Victims' Voices in X"
        return False
    return sp.is_company()


# What a company and a civil society body are, in general English: the name of a body with no
# noun for its kind is read by its closeness to these, when clearly closer to one.
KIND_PROTOTYPES = {
    "company": ("a company", "a business firm selling products and services", "a corporation"),
    "institution": ("a non-governmental organization", "a civil society association",
                    "a charity or advocacy group"),
}  # fmt: skip
KIND_MARGIN = 0.05
_PROTOTYPES: weakref.WeakKeyDictionary[Corpus, dict[str, np.ndarray]] = weakref.WeakKeyDictionary()
_NAMED_KIND: weakref.WeakKeyDictionary[Corpus, dict[str, str | None]] = weakref.WeakKeyDictionary()


def named_kind(c: Corpus, body: str) -> str | None:
    """'company' or 'institution' by the meaning of a body's name (the bundled sentence
    model: "Victims' Voices in Transnational Justice" reads as an association, "Nordvik
    Precision" as a firm); None when neither is clearly closer."""
    memo = _NAMED_KIND.setdefault(c, {})
    if body not in memo:
        if c not in _PROTOTYPES:
            _PROTOTYPES[c] = {
                k: np.stack([_unit(c.retriever.embed(t)) for t in texts])
                for k, texts in KIND_PROTOTYPES.items()
            }
        name = _unit(c.retriever.embed(body))
        near = {k: float((m @ name).max()) for k, m in _PROTOTYPES[c].items()}
        best, other = sorted(near, key=near.__getitem__, reverse=True)
        memo[body] = best if near[best] - near[other] >= KIND_MARGIN else None
    return memo[body]


def _unit(vec: object) -> np.ndarray:
    v = np.asarray(vec, dtype=np.float32)
    return v / (np.linalg.norm(v) or 1.0)


def _public_acronyms(c: Corpus) -> set[str]:
    """The acronyms of the public bodies the corpus names ("UNODC" of "United Nations Office
    on Drugs and Crime (UNODC)", spoken or only written out), lower-cased as `norm` leaves
    them."""
    if c not in _PUBLIC:
        found = {
            norm(sp.acronym) for sp in c.directory.speakers.values()
            if sp.acronym and public_body(sp.affiliation or sp.name)
        }  # fmt: skip
        for d in c.docs:
            for m in DEFINED_ACRONYM.finditer(c.text(d)):
                if public_body(m.group(1)):
                    found.add(norm(m.group(2)))
        _PUBLIC[c] = found
    return _PUBLIC[c]


# "United Nations Office on Drugs and Crime (UNODC)": a body's name, then its acronym.
DEFINED_ACRONYM = re.compile(
    r"((?:[A-Z][\w’'-]*\s+(?:(?:of|on|and|for|the)\s+)*)+)\(([A-Z]{2,10})\)"
)


def _institution_acronyms(c: Corpus) -> set[str]:
    """The acronyms the corpus gives bodies whose names hold an institution noun."""
    if c not in _ACRONYMS:
        _ACRONYMS[c] = {
            sp.acronym for sp in c.directory.speakers.values()
            if sp.acronym and set(norm(sp.affiliation or sp.name).split()) & INSTITUTION_NOUNS
        }  # fmt: skip
    return _ACRONYMS[c]


def in_group(c: Corpus, sp: Speaker, group: str, docs: list[str]) -> bool:
    """Whether a speaker belongs to a group the question names: delegations, companies, civil
    society (organisations that are neither States, companies nor a record's publisher). A
    record's own table of attendees, where it types a body, says so first."""
    tabled = tabled_kinds(c)
    kind = tabled.get(norm(sp.affiliation or "")) or tabled.get(norm(sp.name))
    if kind and group in ("civil", "company", "delegation") and not presides(sp, docs):
        return kind == group
    publishers = official_publishers(c)
    speaks_for = getattr(sp, "affiliation_kind", None)
    state = sp.kind == "delegation" or speaks_for == "delegation"
    company = is_company(c, sp)
    org = sp.kind == "organisation" or bool(sp.affiliation)
    body = norm(sp.affiliation or sp.name)
    official = (
        body in publishers
        or any(body in p for p in publishers)
        or public_body(body)
        or bool(_public_acronyms(c) & set(body.split()))  # "the X Branch of UNODC"
    )
    asks = {norm(r) for r in sp.roles} & MEDIA_ROLES  # who interviews or hosts: the outlet's
    states = body in of_states(c)  # "the X Union and its member States": a delegation too
    if group == "academic":
        return _scholar(sp)
    if group == "delegation":
        return (state or states) and not presides(sp, docs)
    if group == "company":
        return company
    return group == "civil" and org and not (state or states or company or official or asks)


def _scholar(sp: Speaker) -> bool:
    """A scholar, or a university or research institute speaking: academia (civil society
    too, as UN records count it)."""
    said = " ".join([sp.honorific or "", *sp.roles])
    return bool(ACADEMIC_TITLE.search(said) or ACADEMIC_BODY.search(sp.affiliation or sp.name))


def collective(c: Corpus, a: Analysis, noun: str, verb: str) -> list[StoredUnit]:
    """The record's own sentences about the group as a whole ("Panellists agreed that …",
    "Several delegations stressed …"), in the scoped documents."""
    pattern = re.compile(rf"{noun}\w*\s+(?:(?:also|all|further|generally|broadly)\s+)?{verb}", re.I)
    return [
        u
        for d in a.docs or list(c.docs)
        for u in c.by_doc.get(d, [])
        if pattern.search(u.text) and says_something(c, u)
    ]


def about_group(c: Corpus, docs: list[str], group: re.Pattern[str]) -> list[StoredUnit]:
    """The record's own reported words about a group, in no speaker's voice ("Several
    participants asked that civil society be consulted …"), in the scoped documents."""
    reporting = re.compile(rf"\b(?:{REPORTING})\w*", re.I)
    return [
        u
        for d in docs
        for u in c.by_doc.get(d, [])
        if not u.speaker and group.search(u.text) and reporting.search(u.text)
        and says_something(c, u)
    ]  # fmt: skip
