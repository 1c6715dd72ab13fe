"""The speaker directory: who spoke, for whom, in what role, and the words that name them.

Built from the stored units. `resolve(text)` finds which speakers a question (or an earlier
answer) is about, by full name, surname, honorific + surname, organisation, acronym,
"the <organisation> representative", or role ("the Chair").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .chunking import StoredUnit

INSTITUTION_WORDS = {
    "council", "society", "initiative", "institute", "university", "organization",
    "organisation", "ministry", "office", "foundation", "association", "centre", "center",
    "commission", "group", "network", "law", "governance", "agency", "programme", "program",
    "bank", "court", "police", "department", "school", "academy", "union", "federation",
    "committee", "forum", "alliance", "coalition", "trust", "fund", "mission", "unit",
    "service", "authority", "secretariat", "observatory", "project", "partnership", "nations",
    "government", "parliament", "embassy", "college", "relations",
}  # fmt: skip
GENERIC_ORG_WORDS = {
    "international", "global", "national", "united", "council", "society", "research",
    "organization", "organisation", "institute", "for", "of", "the", "and", "on", "against",
    "knowledge", "safety", "good", "foreign", "relations", "law", "group", "working",
    "cooperation", "crime", "transnational", "organized", "organised", "initiative",
}  # fmt: skip


def norm(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^\w'\- ]+", " ", text)
    return " ".join(text.split())


@dataclass
class Speaker:
    name: str
    honorific: str | None = None
    gender: str | None = None
    affiliation: str | None = None
    acronym: str | None = None
    roles: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    units: list[StoredUnit] = field(default_factory=list)

    def label(self) -> str:
        extra = self.affiliation or (self.roles[0] if self.roles else None)
        return f"{self.name} ({extra})" if extra else self.name

    @property
    def surname(self) -> str:
        toks = self.name.split()
        return " ".join(toks[1:]) if len(toks) > 1 else self.name

    def is_company(self) -> bool:
        """An organisation named without any institutional word reads as a company."""
        if not self.affiliation:
            return False
        words = set(norm(self.affiliation).split())
        return not (words & INSTITUTION_WORDS)

    def aliases(self) -> list[str]:
        out = [self.name, self.surname, self.name.split()[-1]]
        if self.honorific:
            out.append(f"{self.honorific} {self.surname}")
            for title in re.findall(r"[A-Z][a-z]{3,}", self.honorific):  # "H.E. Ambassador"
                out.append(f"the {title}")
        for org in (self.affiliation, self.acronym):
            if org:
                out.append(org)
        for role in self.roles:
            head = role.split(" of ")[0].split(" at ")[0]
            out.append(f"the {head}")
            out.append(role)
        return list(dict.fromkeys(a for a in out if a))


class Directory:
    def __init__(self, units: list[StoredUnit]) -> None:
        self.speakers: dict[str, Speaker] = {}
        for u in units:
            if not u.speaker:
                continue
            sp = self.speakers.get(u.speaker)
            if sp is None:
                sp = self.speakers[u.speaker] = Speaker(name=u.speaker)
            sp.honorific = sp.honorific or u.honorific
            sp.gender = sp.gender or u.gender
            sp.affiliation = sp.affiliation or u.affiliation
            sp.acronym = sp.acronym or u.acronym
            for r in u.roles:
                if r not in sp.roles:
                    sp.roles.append(r)
            if u.doc_id not in sp.documents:
                sp.documents.append(u.doc_id)
            sp.units.append(u)
        self._aliases = self._build_aliases()
        self._longest = max((len(k) for k in self._aliases), default=0)

    def names(self) -> list[str]:
        return sorted(self.speakers)

    def get(self, name: str) -> Speaker | None:
        """Exact name, or a unique alias (case-insensitive)."""
        if name in self.speakers:
            return self.speakers[name]
        hits = self.resolve(name)
        return self.speakers[hits[0]] if len(hits) == 1 else None

    def _build_aliases(self) -> dict[tuple[str, ...], str]:
        """Alias (as a tuple of normalised words) -> the one speaker it names."""
        forms: dict[tuple[str, ...], set[str]] = {}
        for sp in self.speakers.values():
            for alias in sp.aliases():
                forms.setdefault(tuple(norm(alias).split()), set()).add(sp.name)
            if sp.affiliation:
                # Distinctive single words of an organisation name ("Mexican", "KENNIS").
                for word in norm(sp.affiliation).split():
                    if len(word) >= 4 and word not in GENERIC_ORG_WORDS:
                        forms.setdefault((word,), set()).add(sp.name)
        # An alias shared by two speakers names neither.
        return {form: next(iter(who)) for form, who in forms.items() if form and len(who) == 1}

    def resolve(self, text: str) -> list[str]:
        """Speakers named in `text`, in order of first mention (longest alias wins)."""
        words = [w[:-2] if w.endswith("'s") else w for w in norm(text).split()]
        found: list[str] = []
        i = 0
        while i < len(words):
            for n in range(min(self._longest, len(words) - i), 0, -1):
                name = self._aliases.get(tuple(words[i : i + n]))
                if name is not None:
                    found.append(name)
                    i += n
                    break
            else:
                i += 1
        return list(dict.fromkeys(found))

    def by_role_word(self, text: str, doc_words: dict[str, set[str]] | None = None) -> list[str]:
        """Speakers whose role head word shares a stem with a word of `text` ('chaired').

        With several, those whose documents use more of the question's other words come
        first ("Who chaired the Geneva session?"): `doc_words` maps doc_id to its words.
        """
        words = {w[:5] for w in norm(text).split() if len(w) >= 4}
        hits = []
        for sp in self.speakers.values():
            for role in sp.roles:
                head = norm(role).split()[0] if role.strip() else ""
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
