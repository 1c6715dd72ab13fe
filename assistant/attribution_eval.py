"""Attribution checks against gold files: who speaks in each document, and who said each sentence.

A gold file (schema in the header of `evals/dev_gold.yaml`) lists, per document `file`, its
speakers (`name`, `affiliation`, `roles`), and gold `sentences` (`file`, `text`, `speaker` or
null). `check_attribution(golds, engine)` compares them with what the index holds:

- a gold speaker is *found* when the engine's speaker list has that name (case, accents and
  punctuation aside; a trailing "(ACRONYM)" optional) in that document, with an affiliation that
  matches loosely (one contains the other, word for word, or one is the other's acronym; an
  organisation or delegation whose affiliation is its own name may carry none);
- a gold sentence is located in the document text (whitespace and quote marks normalised) and
  credited to the unit holding its first character (else the unit overlapping it most); that
  unit's speaker, as citations report it (nobody for narrative), must equal the gold speaker.
  A misattribution is a sentence credited to someone other than its gold speaker (gold null
  included); a sentence credited to nobody is wrong but not a misattribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .attribution.countries import state_named, without_accents
from .errors import AssistantError
from .sources import doc_id_for
from .yaml_file import read_yaml

ATTRIBUTION_METRICS = ("speaker_found_recall", "sentence_attribution_accuracy", "misattributions")


class GoldFileError(AssistantError):
    """A gold file that does not follow the schema; the message names the file and entry."""


@dataclass(frozen=True)
class GoldSpeaker:
    name: str
    affiliation: str | None = None
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldDocument:
    file: str
    speakers: tuple[GoldSpeaker, ...]

    @property
    def doc_id(self) -> str:
        return doc_id_for(Path(self.file))


@dataclass(frozen=True)
class GoldSentence:
    file: str
    text: str
    speaker: str | None

    @property
    def doc_id(self) -> str:
        return doc_id_for(Path(self.file))


@dataclass(frozen=True)
class Gold:
    documents: tuple[GoldDocument, ...]
    sentences: tuple[GoldSentence, ...]
    path: Path | None = None


# ---------------------------------------------------------------- parsing


def load_gold(path: Path | str) -> Gold:
    path = Path(path)
    data = read_yaml(path, GoldFileError, "gold file")
    gold = parse_gold(data, source=path.name)
    return Gold(gold.documents, gold.sentences, path)


def _text(value: Any, where: str, fail: Any, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        got = "missing" if value is None else f"must be a non-empty string, got {value!r}"
        raise fail(f"{where}: {got}")
    return value.strip()


def parse_gold(data: Any, source: str = "gold file") -> Gold:
    """Validate parsed YAML; every error names the file, the entry (position and file) and field."""

    def fail(msg: str) -> GoldFileError:
        return GoldFileError(f"{source}: {msg}")

    if not isinstance(data, dict):
        raise fail("expected a mapping with `documents` and `sentences`")
    unknown = sorted(set(map(str, data)) - {"documents", "sentences"})
    if unknown:
        raise fail(f"unknown top-level field `{unknown[0]}` (allowed: documents, sentences)")
    docs_raw, sents_raw = data.get("documents"), data.get("sentences") or []
    if not isinstance(docs_raw, list) or not docs_raw:
        raise fail("`documents`: must be a non-empty list")
    if not isinstance(sents_raw, list):
        raise fail("`sentences`: must be a list")

    documents: list[GoldDocument] = []
    for i, item in enumerate(docs_raw):
        where = f"documents[{i}]"
        if not isinstance(item, dict):
            raise fail(f"{where}: must be a mapping with `file` and `speakers`")
        file = _text(item.get("file"), f"{where}: `file`", fail)
        where = f"documents[{i}] ({file})"
        bad = sorted(set(map(str, item)) - {"file", "speakers"})
        if bad:
            raise fail(f"{where}: unknown field `{bad[0]}` (allowed: file, speakers)")
        sp_raw = item.get("speakers")
        if not isinstance(sp_raw, list):
            raise fail(f"{where}: `speakers`: must be a list")
        speakers = []
        for j, sp in enumerate(sp_raw):
            at = f"{where}: speakers[{j}]"
            if not isinstance(sp, dict):
                raise fail(f"{at}: must be a mapping with `name`, `affiliation`, `roles`")
            bad = sorted(set(map(str, sp)) - {"name", "affiliation", "roles"})
            if bad:
                raise fail(f"{at}: unknown field `{bad[0]}` (allowed: name, affiliation, roles)")
            name = _text(sp.get("name"), f"{at}: `name`", fail)
            aff = _text(sp.get("affiliation"), f"{at} ({name}): `affiliation`", fail, True)
            roles = sp.get("roles") or []
            if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
                raise fail(f"{at} ({name}): `roles`: must be a list of strings")
            speakers.append(GoldSpeaker(str(name), aff, tuple(roles)))
        if any(d.file == file for d in documents):
            raise fail(f"{where}: `file`: listed twice")
        documents.append(GoldDocument(str(file), tuple(speakers)))

    known = {sp.name for d in documents for sp in d.speakers}
    sentences: list[GoldSentence] = []
    for i, item in enumerate(sents_raw):
        where = f"sentences[{i}]"
        if not isinstance(item, dict):
            raise fail(f"{where}: must be a mapping with `file`, `text` and `speaker`")
        file = _text(item.get("file"), f"{where}: `file`", fail)
        where = f"sentences[{i}] ({file})"
        bad = sorted(set(map(str, item)) - {"file", "text", "speaker"})
        if bad:
            raise fail(f"{where}: unknown field `{bad[0]}` (allowed: file, text, speaker)")
        if "speaker" not in item:
            raise fail(f"{where}: `speaker`: missing (null for narrative or a collective)")
        text = _text(item.get("text"), f"{where}: `text`", fail)
        speaker = _text(item.get("speaker"), f"{where}: `speaker`", fail, optional=True)
        if speaker is not None and speaker not in known:
            raise fail(f"{where}: `speaker`: {speaker!r} is not a speaker listed in `documents`")
        sentences.append(GoldSentence(str(file), str(text), speaker))
    return Gold(tuple(documents), tuple(sentences))


# ---------------------------------------------------------------- matching (pure)


def fold(text: str) -> str:
    """Lower case, accents and punctuation dropped, whitespace collapsed."""
    t = without_accents(text).replace("’", "'").casefold()
    return " ".join(re.sub(r"[^\w']+", " ", t).split())


_PAREN = re.compile(r"\s*\(([^()]*)\)\s*$")


def _base(name: str) -> str:
    return fold(_PAREN.sub("", name))


def same_speaker(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return a is None and b is None
    state = state_named(a)
    return (
        fold(a) == fold(b)
        or (_base(a) != "" and _base(a) == _base(b))
        or (state is not None and state == state_named(b))  # "United States of America"
    )


def as_recorded(credited: str | None, gold: str, document: str | None) -> bool:
    """'Haddad' for the gold's 'Faris Haddad' when the record itself never gives the full
    name: the surname is all a reader of it can know, so crediting it is right."""
    if not credited or document is None:
        return False
    cited, full = _base(credited), fold(gold)
    return (
        cited != full
        and full.endswith(" " + cited)
        and state_named(credited) is None
        and full not in fold(document)
    )


def acronym(name: str) -> str | None:
    """'United Nations Office on Drugs and Crime (UNODC)' -> unodc; from initials otherwise."""
    m = _PAREN.search(name)
    if m and re.fullmatch(r"[A-Z][A-Za-z.-]{1,9}", m.group(1).strip()):
        return fold(m.group(1))
    initials = [
        w[0] for w in re.findall(r"[^\W\d_][\w'-]*", _PAREN.sub("", name)) if w[0].isupper()
    ]
    return fold("".join(initials)) if len(initials) >= 2 else None


def _contains(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return n > 0 and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def affiliation_matches(gold: GoldSpeaker, affiliation: str | None, acr: str | None) -> bool:
    if not gold.affiliation:
        return True
    theirs = [x for x in (affiliation, acr) if x and x.strip()]
    if not theirs:  # an organisation or delegation is its own affiliation
        return same_speaker(gold.affiliation, gold.name)
    g_forms = {fold(gold.affiliation), _base(gold.affiliation)} - {""}
    g_acr = acronym(gold.affiliation)
    for x in theirs:
        x_forms = {fold(x), _base(x)} - {""}
        for g in g_forms:
            for e in x_forms:
                if _contains(g.split(), e.split()) or _contains(e.split(), g.split()):
                    return True
        if (g_acr and g_acr in x_forms) or (acronym(x) or "") in g_forms:
            return True
    return False


_QUOTES = str.maketrans(dict.fromkeys("“”„‟«»″", '"') | dict.fromkeys("‘’‚‛′`", "'"))


def squash(text: str) -> tuple[str, list[int]]:
    """Whitespace runs to one space, curly quotes straight; with each character's source offset."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text.translate(_QUOTES)):
        if ch.isspace():
            if not out or out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        where.append(i)
    return "".join(out), where


def locate(sentence: str, document: str) -> tuple[int, int] | None:
    """[start, end) of the first occurrence of `sentence` in `document`, up to whitespace."""
    needle = squash(sentence)[0].strip()
    hay, where = squash(document)
    at = hay.find(needle) if needle else -1
    if at < 0:
        return None
    return where[at], where[at + len(needle) - 1] + 1


def unit_for(units: list[Any], start: int, end: int) -> Any | None:
    """The unit holding the first character, else the one overlapping [start, end) most."""
    for u in units:
        if u.start <= start < u.end:
            return u
    best, most = None, 0
    for u in units:
        overlap = min(end, u.end) - max(start, u.start)
        if overlap > most:
            best, most = u, overlap
    return best


def credited(unit: Any) -> str | None:
    """Who a citation of this unit credits: nobody for the record's narrative."""
    return None if unit.kind == "narrative" else unit.speaker


# ---------------------------------------------------------------- the check


@dataclass
class DocumentCheck:
    doc_id: str
    file: str
    style: str
    indexed: bool
    speakers_expected: int = 0
    speakers_found: int = 0
    speakers_missing: list[str] = field(default_factory=list)  # "name: why"
    sentences: int = 0
    sentences_correct: int = 0
    misattributions: int = 0

    def record(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "file": self.file,
            "style": self.style,
            "indexed": self.indexed,
            "speakers_expected": self.speakers_expected,
            "speakers_found": self.speakers_found,
            "speakers_missing": self.speakers_missing,
            "sentences": self.sentences,
            "sentences_correct": self.sentences_correct,
            "misattributions": self.misattributions,
            **metrics_of([self]),
        }


def metrics_of(docs: list[DocumentCheck]) -> dict[str, float | None]:
    expected = sum(d.speakers_expected for d in docs)
    sentences = sum(d.sentences for d in docs)
    return {
        "speaker_found_recall": sum(d.speakers_found for d in docs) / expected
        if expected
        else None,
        "sentence_attribution_accuracy": sum(d.sentences_correct for d in docs) / sentences
        if sentences
        else None,
        "misattributions": sum(d.misattributions for d in docs) if sentences else None,
    }


def style_of(meta: dict[str, Any] | None, file: str) -> str:
    """A document's style: its `kind` (metadata or recognised), else its file format."""
    kind = str((meta or {}).get("kind") or "").strip()
    return kind.lower() if kind else (Path(file).suffix.lstrip(".").lower() or "unknown")


def _speaker_verdict(gold: GoldSpeaker, doc_id: str, speakers: list[Any]) -> str | None:
    """None when found; else why not."""
    named = [s for s in speakers if same_speaker(s.name, gold.name)]
    if not named:
        return "not among the speakers"
    here = [s for s in named if doc_id in s.documents]
    if not here:
        return "listed, but not as a speaker of this document"
    if any(affiliation_matches(gold, s.affiliation, s.acronym) for s in here):
        return None
    got = ", ".join(sorted({str(s.affiliation) for s in here}))
    return f"affiliation {got!r}, gold {gold.affiliation!r}"


def check_attribution(golds: list[Gold], engine: Any) -> dict[str, Any]:
    """Compare gold files with the engine's index; the `attribution` block of summary.json."""
    speakers = engine.speakers()
    docs: dict[str, DocumentCheck] = {}
    sentence_rows: list[dict[str, Any]] = []

    def doc_check(file: str, doc_id: str) -> DocumentCheck:
        if doc_id not in docs:
            try:
                meta = engine.document_meta(doc_id)
                indexed = True
            except KeyError:
                meta, indexed = None, False
            docs[doc_id] = DocumentCheck(doc_id, file, style_of(meta, file), indexed)
        return docs[doc_id]

    for gold in golds:
        for gd in gold.documents:
            check = doc_check(gd.file, gd.doc_id)
            for sp in gd.speakers:
                check.speakers_expected += 1
                why = _speaker_verdict(sp, gd.doc_id, speakers) if check.indexed else "not indexed"
                if why is None:
                    check.speakers_found += 1
                else:
                    check.speakers_missing.append(f"{sp.name}: {why}")
        for gs in gold.sentences:
            check = doc_check(gs.file, gs.doc_id)
            check.sentences += 1
            row: dict[str, Any] = {
                "doc_id": gs.doc_id,
                "style": check.style,
                "text": gs.text,
                "gold": gs.speaker,
                "credited": None,
                "kind": None,
                "unit_id": None,
                "correct": False,
                "misattributed": False,
                "problem": None,
            }
            where = None
            if check.indexed:
                where = locate(gs.text, engine.document_text(gs.doc_id))
            unit = unit_for(engine.document_units(gs.doc_id), *where) if where else None
            if not check.indexed:
                row["problem"] = "document not indexed"
            elif where is None:
                row["problem"] = "sentence not found in the indexed text"
            elif unit is None:
                row["problem"] = "sentence not in any unit"
            else:
                who = credited(unit)
                row.update(credited=who, kind=unit.kind, unit_id=unit.unit_id)
                row["correct"] = same_speaker(who, gs.speaker) or (
                    gs.speaker is not None
                    and as_recorded(who, gs.speaker, engine.document_text(gs.doc_id))
                )
                row["misattributed"] = who is not None and not row["correct"]
            check.sentences_correct += int(row["correct"])
            check.misattributions += int(row["misattributed"])
            sentence_rows.append(row)

    checks = list(docs.values())
    styles: dict[str, dict[str, Any]] = {}
    for style in sorted({d.style for d in checks}):
        mine = [d for d in checks if d.style == style]
        styles[style] = {"documents": len(mine), **metrics_of(mine)}
    return {
        "metrics": metrics_of(checks),
        "documents": [d.record() for d in checks],
        "styles": styles,
        "sentences": sentence_rows,
        "gold": [str(g.path) if g.path else None for g in golds],
    }
