"""Corrections from `<document>.speakers.yaml`: add or correct people, force who said a passage.

A bad entry (no name, an unknown key, a passage not in the document) is reported with its line
number and left out; the rest of the file still applies.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from ..sidecars import sidecar_path
from .names import Person, Registry
from .units import Unit

PERSON_KEYS = {"name", "honorific", "gender", "affiliation", "acronym", "roles", "aliases", "kind"}
RULE_KEYS = {"text", "speaker", "kind"}
KINDS = {"quote", "paraphrase", "narrative", "question"}


def _sidecar(path: Path) -> Path:
    return sidecar_path(path, ".speakers.yaml")


def _entries(path: Path) -> tuple[dict[str, list[tuple[int, dict]]], list[str]]:
    """Each section's entries with their line numbers, and the problems found."""
    side = _sidecar(path)
    problems: list[str] = []
    out: dict[str, list[tuple[int, dict]]] = {"speakers": [], "attributions": []}
    if not side.is_file():
        return out, problems
    try:
        root = yaml.compose(side.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        return out, [f"{side.name}: invalid YAML ({type(err).__name__})"]
    if root is None:
        return out, problems
    if not isinstance(root, yaml.MappingNode):
        return out, [f"{side.name} line {root.start_mark.line + 1}: expected a mapping"]
    for key_node, value in root.value:
        line = key_node.start_mark.line + 1
        if key_node.value not in out:
            problems.append(f"{side.name} line {line}: unknown section {key_node.value!r}")
            continue
        if not isinstance(value, yaml.SequenceNode):
            if not (isinstance(value, yaml.ScalarNode) and value.value in ("", "null", "~")):
                problems.append(f"{side.name} line {line}: {key_node.value} must be a list")
            continue
        for item in value.value:
            out[key_node.value].append(
                (item.start_mark.line + 1, yaml.safe_load(yaml.serialize(item)))
            )
    return out, problems


def check(path: Path, text: str) -> tuple[list[dict], list[dict], list[str]]:
    """The valid person entries and attribution rules, and one message per bad entry."""
    sections, problems = _entries(path)
    name = _sidecar(path).name
    people, rules = [], []
    for line, entry in sections["speakers"]:
        if not isinstance(entry, dict):
            problems.append(f"{name} line {line}: a speaker entry must be a mapping")
        elif not entry.get("name"):
            problems.append(f"{name} line {line}: speaker entry has no name")
        elif set(entry) - PERSON_KEYS:
            problems.append(
                f"{name} line {line}: unknown key(s) {sorted(set(entry) - PERSON_KEYS)}"
            )
        else:
            people.append(entry)
    flat = " ".join(text.split())
    for line, rule in sections["attributions"]:
        if not isinstance(rule, dict) or not rule.get("text"):
            problems.append(f"{name} line {line}: an attribution needs a text")
        elif set(rule) - RULE_KEYS:
            problems.append(f"{name} line {line}: unknown key(s) {sorted(set(rule) - RULE_KEYS)}")
        elif rule.get("kind") is not None and rule["kind"] not in KINDS:
            problems.append(f"{name} line {line}: kind must be one of {sorted(KINDS)}")
        elif " ".join(str(rule["text"]).split()) not in flat:
            problems.append(f"{name} line {line}: text not found in the document")
        else:
            rules.append(rule)
    return people, rules, problems


def apply(path: Path, text: str, units: list[Unit], registry: Registry) -> list[str]:
    people, rules, problems = check(path, text)
    for entry in people:
        person = Person(
            name=str(entry["name"]),
            honorific=entry.get("honorific"),
            gender=entry.get("gender"),
            affiliation=entry.get("affiliation"),
            acronym=entry.get("acronym"),
            roles=[str(r) for r in entry.get("roles") or []],
            aliases=[str(a) for a in entry.get("aliases") or []],
            kind=entry.get("kind")
            if entry.get("kind") in ("delegation", "organisation")
            else "person",
        )
        existing = registry.people.get(person.name)
        if existing is not None:
            for key in ("honorific", "gender", "affiliation", "acronym"):
                if getattr(person, key):
                    setattr(existing, key, getattr(person, key))
            existing.merge(person)
        else:
            registry.people[person.name] = person
    for rule in rules:
        fragment = " ".join(str(rule["text"]).split())
        who = rule.get("speaker")
        for u in units:
            if fragment not in " ".join(u.text.split()):
                continue
            u.speaker = str(who) if who else None
            u.kind = rule.get("kind") or (
                "quote" if u.quotes and who else "paraphrase" if who else "narrative"
            )
            u.quoted_by = u.role = u.role_org = u.role_kind = None
            u.frame_speaker = u.frame_speaker if u.frame_speaker == u.speaker else None
            if u.kind == "quote" and who and not u.quotes:
                u.quotes = [(u.start, u.end)]
            if who and who not in registry.people:
                registry.people[str(who)] = Person(name=str(who))
            if not who:
                u.quotes, u.attr, u.frame = [], None, None
    return problems
