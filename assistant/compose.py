"""The extractive generator: answers composed from the sources' own words.

A `Claim` is one sentence of the answer and the source spans that support it. Speaker
claims lead with the speaker's name and affiliation, then the source's own reporting verb and
the verbatim quote, or the source's reported speech with the speaker named as its subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .attribution.countries import state_named
from .chunking import StoredUnit
from .directory import Directory, Speaker

VERB_FORMS = {
    "as pointed out by": "pointed out", "according to": "said", "in the words of": "said",
    "says": "said", "say": "said", "saying": "said", "adds": "added", "adding": "added",
    "stresses": "stressed", "stressing": "stressed", "emphasizes": "emphasized",
    "emphasising": "emphasised", "emphasizing": "emphasized", "highlights": "highlighted",
    "highlighting": "highlighted", "notes": "noted", "noting": "noted", "explains": "explained",
    "explaining": "explained", "argues": "argued", "warns": "warned", "states": "stated",
    "urging": "urged", "warning": "warned", "calling for": "called for", "thinks": "thought",
    "believes": "believed", "underlines": "underlined", "underscores": "underscored",
    "pointed": "pointed out",
}  # fmt: skip


@dataclass(frozen=True)
class Evidence:
    unit: StoredUnit
    start: int
    end: int
    about: str | None = None  # the speaker the record's words name, when not the unit's


@dataclass
class Claim:
    text: str
    evidence: list[Evidence] = field(default_factory=list)


def _past(verb: str | None) -> str:
    """The reporting verb as the answer puts it after the speaker ("she added" -> "added")."""
    verb = re.sub(r"^(?:he|she|they|it|we|i)\s+", "", (verb or "").strip(), flags=re.I)
    if not verb:
        return "said"
    return VERB_FORMS.get(verb, verb)


def _quotes(unit: StoredUnit, doc: str) -> str:
    return " … ".join(f"“{doc[s:e]}”" for s, e in unit.quotes)


def unit_claim(unit: StoredUnit, doc: str, directory: Directory, short: bool = False) -> Claim:
    """One unit as one answer sentence, with its evidence span."""
    whole = Evidence(unit, unit.start, unit.end)
    sp = directory.speakers.get(unit.speaker or "")
    if sp is None:
        return Claim(table_row(unit, doc) if "\t" in unit.text else unit.text, [whole])
    extra = sp.affiliation or (sp.roles[0] if sp.roles else None)
    label = f"**{sp.name}**" + (f" ({extra})" if extra and extra != sp.name and not short else "")
    rest = ""
    if unit.attr and unit.attr[0] - unit.start <= 40:
        rest = doc[unit.attr[1] : unit.end].lstrip(" ,;")
        first_quote = unit.quotes[0][0] - 1 if unit.quotes else unit.end
        between = doc[unit.attr[1] : max(first_quote, unit.attr[1])]
        lead_in = re.sub(r"[\s,;:“”\"]+", " ", between).strip().lower()
        if unit.quotes and (not lead_in or lead_in == (unit.verb or "")):
            rest = ""  # "As pointed out by X, “…”" reads better as "X pointed out: “…”"
    if rest and rest[:1].islower() and unit.verb and not rest.startswith(_past(unit.verb)):
        said = doc[unit.attr[0] : unit.attr[1]] if unit.attr else ""
        if _past(unit.verb) not in said and unit.verb not in said:
            rest = ""  # the verb is not in the cut: say it with the verb below
        elif unit.verb not in rest:  # "She echoed | the request …", "He argued | that …"
            rest = f"{_past(unit.verb)} {rest}"
    if rest and rest[:1].islower():
        # The citation points at the speaker's own words when the sentence quotes them.
        ev = Evidence(unit, *unit.quotes[0]) if len(unit.quotes) == 1 else whole
        return Claim(f"{label} {rest}", [ev])
    if unit.quotes:
        s, e = unit.quotes[0][0], unit.quotes[-1][1]
        ev = Evidence(unit, s, e) if len(unit.quotes) == 1 else whole
        return Claim(f"{label} {_past(unit.verb)}: {_quotes(unit, doc)}", [ev])
    text = unit.text
    m = re.match(r"(?:He|She|They)\b\s*", text)
    if m:
        return Claim(f"{label} {text[m.end() :]}", [whole])
    return Claim(f"{label}: {text}", [whole])


def table_row(unit: StoredUnit, doc: str) -> str:
    """A table's row (one tab-separated line) read with its header, the first line of its
    table (the lines as wide as it above it): "State: Botswana; Number of participants: 9";
    the header itself, cell by cell."""
    row = unit.text.strip().split("\t")
    lines = doc[: doc.rfind("\n", 0, unit.start) + 1].split("\n")
    header = row
    for line in reversed(lines):  # back over the table's rows (blank lines between them)
        cells = line.strip().split("\t")
        if len(cells) == len(row):
            header = cells
        elif line.strip():
            break
    if header is row:
        return " | ".join(row)
    return "; ".join(f"{h.strip()}: {v.strip()}" for h, v in zip(header, row, strict=True))


def who_claim(unit: StoredUnit, doc: str, directory: Directory) -> Claim:
    """Name a speaker, with who they are in the source's words (for who/role questions)."""
    sp = directory.speakers[unit.speaker or ""]
    a, b = unit.attr or (unit.start, unit.end)
    # Whom they speak for, as everywhere else, unless the cited words say it.
    of = sp.affiliation if sp.affiliation not in (None, sp.name) else None
    label = f"**{sp.name}**" + (f" ({of})" if of and of not in doc[a:b] else "")
    # The words after the name ("Chair of …", "from Meta") say who they are.
    at = doc.find(sp.name, a, b)
    if at >= 0:
        rest = at + len(sp.name)
        end = b
        while rest < end and doc[rest] in " ,;:":
            rest += 1
        if doc[rest:end].startswith("(") and doc[rest:end].endswith(")"):  # "X (Kenya)"
            rest, end = rest + 1, end - 1
        if end - rest >= 4 and not doc[rest:end].startswith(")"):
            return Claim(f"**{sp.name}** — {doc[rest:end]}", [Evidence(unit, rest, end)])
    return Claim(f"{label}, named in the record as “{doc[a:b]}”", [Evidence(unit, a, b)])


# States named with "the" in English: a common noun or a plural in the name.
THE_STATE = re.compile(
    r"\b(?:Kingdom|Republic|States|Federation|Islands|Emirates|Union|Netherlands|Philippines|"
    r"Bahamas|Gambia|Maldives|Comoros|Seychelles|Holy See)\b"
)


def affiliation_claim(
    unit: StoredUnit, doc: str, directory: Directory, roles: bool = True
) -> Claim | None:
    """Who a speaker is from (or, with `roles`, the role they hold), cited where `unit`
    says it."""
    sp = directory.speakers[unit.speaker or ""]
    for value, template in (
        (sp.affiliation, "**{name}** is from the {value}"),
        (sp.roles[0] if sp.roles and roles else None, "**{name}** is {value}"),
    ):
        if not value:
            continue
        at = doc.find(value, unit.start, unit.end)
        if at >= 0:
            value_text = value
            if template.endswith("from the {value}") and value.lower().startswith("the "):
                value_text = value[4:]
            bare = " " not in value or (state_named(value) and not THE_STATE.search(value))
            if bare and template.endswith("from the {value}"):
                template = "**{name}** is from {value}"  # "from South Africa", "from the UK"
            return Claim(
                template.format(name=sp.name, value=value_text),
                [Evidence(unit, at, at + len(value))],
            )
    return None


def named_claim(sp: Speaker, unit: StoredUnit, doc: str) -> Claim:
    """A speaker as a line of the record names them ("Panellists: … Mr. X, Director of Y"),
    cited from their name to the line's end."""
    forms = [sp.name] + ([f"{sp.honorific} {sp.surname}"] if sp.honorific else [])
    found = [at for f in forms if (at := doc.find(f, unit.start, unit.end)) >= 0]
    if sp.honorific:  # the honorific before the name belongs to it ("Dr. X")
        found += [
            at - len(sp.honorific) - 1 for at in found if doc[:at].endswith(f"{sp.honorific} ")
        ]
    start = min(found) if found else unit.start
    end = unit.end
    about = sp.name if found else None
    return Claim(f"**{sp.name}** — “{doc[start:end].strip()}”", [Evidence(unit, start, end, about)])
