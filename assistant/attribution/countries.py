"""States by name: their names, other spellings and demonyms, from the `countryinfo` package.

A State is a speaker (a delegation), and the record may name it in several ways: "Viet Nam",
"Côte d'Ivoire", "the Netherlands", or by its people's adjective ("the Dutch delegation", "the
Norwegian ambassador"). The package ships its data (no download), so this works offline.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache


def without_accents(text: str) -> str:
    """`text` in compatibility-decomposed form with its combining marks dropped ("é" -> "e")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(name: str) -> str:
    """'the Côte d’Ivoire' -> "cote d'ivoire": case, accents, an article and apostrophes aside."""
    name = without_accents(name.replace("’", "'")).lower()
    name = re.sub(r"^the\s+", "", " ".join(name.split()))
    return name.strip(" .,")


@cache
def _tables() -> tuple[dict[str, str], dict[str, list[str]]]:
    """(folded name or other spelling -> State name, folded demonym -> State names)."""
    from countryinfo import CountryInfo

    names: dict[str, str] = {}
    demonyms: dict[str, list[str]] = {}
    # The most populous first: "French" is France before its overseas territories.
    infos = sorted(CountryInfo.all().values(), key=lambda i: -(i.get("population") or 0))
    for info in infos:
        name = info.get("name")
        if not name:
            continue
        for form in [name, *(info.get("altSpellings") or [])]:
            if len(form) > 3 or not form.isupper():  # "NO", "FRA": codes, not names
                names.setdefault(fold(form), name)
        for demonym in re.split(r"[,/]", info.get("demonym") or ""):
            if demonym.strip():
                demonyms.setdefault(demonym.strip(), []).append(name)
    return names, demonyms


def state_named(name: str) -> str | None:
    """The State a name (or another spelling of it) names: 'Viet Nam' -> 'Vietnam'."""
    return _tables()[0].get(fold(name)) if name.strip() else None


def short_style(name: str) -> str:
    """'Republic of Zambia' -> 'Zambia': a State's formal style as the name it goes by, when
    the words after its first "of" name the same State ("Democratic Republic of the Congo",
    whose "Congo" is another State, stays)."""
    state = state_named(name)
    m = re.search(r"\bof\s+(?:the\s+)?", name)
    tail = name[m.end() :] if m and state else ""
    return tail if tail and state_named(tail) == state else name


def states_of_demonym(word: str) -> list[str]:
    """'Dutch' -> ['Netherlands']; several where peoples share an adjective, most populous
    first."""
    return list(_tables()[1].get(" ".join(word.split()), []))


@cache
def demonym_pattern() -> str:
    """A regex alternation of every demonym, as written ("Dutch", "South African")."""
    return "|".join(re.escape(f) for f in sorted(_tables()[1], key=len, reverse=True))


def spellings(state: str) -> list[str]:
    """The folded names and other spellings of a State ("united states of america", …)."""
    return [form for form, name in _tables()[0].items() if name == state]


@cache
def _regions() -> dict[str, set[str]]:
    """Adjective of a region or subregion, lower case ("latin american", "african",
    "european") -> the States in it, from the package's regions ("Latin America and the
    Caribbean" makes "latin american" and "caribbean"). "American" alone is left out: it
    names one State's people as often as a continent's; so is one State's own adjective."""
    from countryinfo import CountryInfo

    out: dict[str, set[str]] = {}
    for info in CountryInfo.all().values():
        name = info.get("name")
        for region in (info.get("region"), info.get("subregion")):
            for part in re.split(r"\s+and\s+(?:the\s+)?", region or ""):
                part = part.strip().lower()
                if not part or part.endswith("s"):  # "Americas"
                    continue
                adjective = part + ("n" if part.endswith("a") else "an" if part.endswith("e")
                                    else "")  # fmt: skip
                if name and adjective != "american":
                    out.setdefault(adjective, set()).add(name)
    demonyms = {fold(d) for d in _tables()[1]}  # "Australian": Australia's people, not a region
    return {a: s for a, s in out.items() if a not in demonyms and not state_named(a)}


def states_of_region(adjective: str) -> set[str]:
    """'Latin American' -> the States of Latin America and the Caribbean; empty when no
    region is called so."""
    return set(_regions().get(" ".join(adjective.lower().split()), set()))


@cache
def region_pattern() -> str:
    """A regex alternation of the regions' adjectives, lower case."""
    return "|".join(re.escape(a) for a in sorted(_regions(), key=len, reverse=True))
