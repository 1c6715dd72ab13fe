"""Given names of many languages, from Faker's person providers (about 30,000 forms of some
90 locales): they tell a person's name that spaCy's small tagger misses ("Tomasz Wielgosz
said …") from a body's name ("Harbour Watch said …")."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

FIELDS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


@cache
def given_names() -> frozenset[str]:
    """Every given name Faker lists for any locale (read once, at index time)."""
    import faker.providers.person as people

    found: set[str] = set()
    for mod in pkgutil.iter_modules(people.__path__):
        provider = importlib.import_module(f"{people.__name__}.{mod.name}").Provider
        for field in FIELDS:
            names = provider.__dict__.get(field)  # a locale's own list, not a base class's
            if isinstance(names, (tuple, list, set, frozenset, dict)):
                found.update(n for n in names if isinstance(n, str))
    return frozenset(found)


def is_given_name(word: str) -> bool:
    return word in given_names()
