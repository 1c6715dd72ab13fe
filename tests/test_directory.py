"""The directory's name joining: a surname joins the one longer name of the corpus holding it.

`_canonical_names` looks only at names sharing a token (near-linear); these tests hold it to
the all-pairs definition it replaced, on synthetic units.
"""

from __future__ import annotations

import random

from assistant.chunking import StoredUnit
from assistant.directory import Directory, _contains


def unit(n: int, speaker: str, doc_roles: dict[str, str] | None = None) -> StoredUnit:
    return StoredUnit(
        unit_id=f"u{n}",
        doc_id=f"d{n % 5}",
        text=f"{speaker} spoke.",
        start=0,
        end=10,
        kind="quote",
        speaker=speaker,
        honorific=None,
        gender=None,
        affiliation=None,
        acronym=None,
        roles=[],
        quotes=[],
        attr=None,
        verb=None,
        mentions=[],
        doc_title="A meeting",
        doc_date=None,
        doc_sha256="0" * 64,
        order=n,
        doc_roles=doc_roles or {},
    )


def all_pairs(people: set[str]) -> dict[str, str]:
    """The definition: compare every name with every longer one."""
    canon: dict[str, str] = {}
    by_len = sorted(people, key=lambda n: -len(n.split()))
    for name in by_len:
        toks = name.split()
        longer = [p for p in by_len if len(p.split()) > len(toks) and _contains(p.split(), toks)]
        targets = {canon.get(p, p) for p in longer}
        if len(targets) == 1:
            canon[name] = targets.pop()
    return canon


def test_a_surname_joins_the_one_full_name_holding_it():
    names = ["Henrik Aalto", "Aalto", "Kim Lee", "Min Kim", "Kim", "Ana Maria Silva"]
    names += ["Maria Silva", "Silva", "maria silva"]
    units = [unit(i, n) for i, n in enumerate(names)]
    units.append(unit(99, "Henrik Aalto", {"chair": "Lee"}))
    canon = Directory._canonical_names(units)
    assert canon["Aalto"] == "Henrik Aalto"
    assert "Kim" not in canon  # two people hold it
    assert canon["Lee"] == "Kim Lee"  # a role holder's name joins too
    assert canon["Maria Silva"] == canon["Silva"] == "Ana Maria Silva"
    assert canon["maria silva"] == "Ana Maria Silva"  # tokens compare case-insensitively
    assert "Henrik Aalto" not in canon and "Ana Maria Silva" not in canon
    directory = Directory(units)  # rewrites the units to the corpus names
    assert directory.canonical("Aalto") == "Henrik Aalto"
    assert [u.speaker for u in units[:2]] == ["Henrik Aalto", "Henrik Aalto"]


def test_same_names_as_comparing_every_pair():
    tokens = ["Ana", "ana", "Maria", "Silva", "de", "la", "Cruz", "Li", "Wei", "Kim", "Lee"]
    for seed in range(30):
        rng = random.Random(seed)
        names = {" ".join(rng.choices(tokens, k=rng.randint(1, 4))) for _ in range(40)}
        roles = {" ".join(rng.choices(tokens, k=rng.randint(1, 2))) for _ in range(5)}
        units = [unit(i, n) for i, n in enumerate(sorted(names))]
        units += [unit(100 + i, "Ana Silva", {"chair": r}) for i, r in enumerate(sorted(roles))]
        expected = all_pairs(names | roles | {"Ana Silva"})
        assert Directory._canonical_names(units) == expected, seed
        assert any(expected.values())
