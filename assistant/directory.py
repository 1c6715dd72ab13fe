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
        self._patterns = self._build_patterns()

    def names(self) -> list[str]:
        return sorted(self.speakers)

    def get(self, name: str) -> Speaker | None:
        """Exact name, or a unique alias (case-insensitive)."""
        if name in self.speakers:
            return self.speakers[name]
        hits = self.resolve(name)
        return self.speakers[hits[0]] if len(hits) == 1 else None

    def _build_patterns(self) -> list[tuple[re.Pattern, str, int]]:
        """(pattern, speaker, strength): longer, more specific aliases first."""
        forms: dict[str, set[str]] = {}
        for sp in self.speakers.values():
            for alias in sp.aliases():
                forms.setdefault(norm(alias), set()).add(sp.name)
            if sp.affiliation:
                # Distinctive single words of an organisation name ("Mexican", "KENNIS").
                for word in norm(sp.affiliation).split():
                    if len(word) >= 4 and word not in GENERIC_ORG_WORDS:
                        forms.setdefault(word, set()).add(sp.name)
        out = []
        for form, who in forms.items():
            if not form or len(who) != 1:
                continue  # an alias shared by two speakers names neither
            pattern = re.compile(rf"(?<![\w-]){re.escape(form)}(?:'s)?(?![\w-])")
            out.append((pattern, next(iter(who)), len(form)))
        out.sort(key=lambda t: -t[2])
        return out

    def resolve(self, text: str) -> list[str]:
        """Speakers named in `text`, in order of first mention."""
        t = norm(text)
        found: list[tuple[int, str]] = []
        taken: list[tuple[int, int]] = []
        for pattern, name, _ in self._patterns:
            for m in pattern.finditer(t):
                if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append((m.start(), name))
        found.sort()
        return list(dict.fromkeys(name for _, name in found))

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
