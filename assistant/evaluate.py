"""Question sets in, metrics and reports out.

A question set is a YAML file in the schema documented at the top of `evals/dialogue.yaml`
(`name`, `cases` of `id`, `question` or `turns`, `expect`, optional `kind` and `doc`), plus
optional top-level `thresholds`, `corpus` (folders to index, relative to the file) and `gold`
(attribution gold files, relative to the file). `load_question_set` validates it; `run_cases`
asks every case of an engine; `compute_metrics` turns the graded results into the numbers
`assistant eval` reports and gates on, with the attribution checks of `attribution_eval`.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import statistics
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from .answer import Answer, Citation, Message, RetrievedUnit
from .attribution.countries import state_named
from .attribution_eval import ATTRIBUTION_METRICS, Gold, as_recorded, load_gold
from .errors import AssistantError, BadInputError
from .eval_groups import NO_DOCUMENT, derive_kind, grouped
from .yaml_file import read_yaml

HIT_K = 3  # hit@k counts a relevant unit among the first HIT_K retrieved

# name -> (label, higher is better, format)
METRICS: dict[str, tuple[str, bool, str]] = {
    "answer_accuracy": ("Answer accuracy", True, "pct"),
    "speaker_recall": ("Speaker recall", True, "pct"),
    "citation_precision": ("Citation precision", True, "pct"),
    "quote_verification": ("Quote verification", True, "pct"),
    "abstention_precision": ("Abstention precision", True, "pct"),
    "abstention_recall": ("Abstention recall", True, "pct"),
    "false_abstention_rate": ("False-abstention rate", False, "pct"),
    "hit_at_k": (f"Retrieval hit@{HIT_K}", True, "pct"),
    "mrr": ("Retrieval MRR", True, "num"),
    "pass_rate": ("Cases passed", True, "pct"),
    "latency_median_ms": ("Latency median", False, "ms"),
    "latency_p95_ms": ("Latency p95", False, "ms"),
    "answer_chars_median": ("Answer length (median chars)", False, "int"),
    "speaker_found_recall": ("Speakers found with affiliation (gold)", True, "pct"),
    "sentence_attribution_accuracy": ("Sentence attribution accuracy (gold)", True, "pct"),
    "misattributions": ("Misattributed sentences (gold)", False, "int"),
}

CASE_KEYS = {"id", "question", "turns", "expect", "kind", "doc"}
EXPECT_KEYS = {"answerable", "speakers", "facts", "forbid"}
TOP_KEYS = {"name", "cases", "thresholds", "targets", "corpus", "gold"}


class EvalFileError(AssistantError):
    """A question set that does not follow the schema; the message names the case and field."""


# ---------------------------------------------------------------- question sets


@dataclass(frozen=True)
class Expect:
    answerable: bool
    speakers: tuple[str, ...] = ()
    facts: tuple[tuple[str, ...], ...] = ()
    forbid: tuple[str, ...] = ()


@dataclass(frozen=True)
class Case:
    id: str
    turns: tuple[str, ...]
    expect: Expect
    conversation: bool = False  # written as `turns` (kept so results echo the file's shape)
    kind: str | None = None  # as written; `category` derives one when absent
    docs: tuple[str, ...] = ()  # the `doc` field: file names the case is about

    @property
    def question(self) -> str:
        return self.turns[-1]

    @property
    def category(self) -> str:
        """The case's `kind`, else one derived from its shape and question words."""
        if self.kind:
            return self.kind
        return derive_kind(self.id, self.turns, self.expect.answerable, len(self.expect.speakers))

    def as_input(self) -> dict[str, Any]:
        if self.conversation:
            return {"turns": list(self.turns)}
        return {"question": self.question}

    def expected_json(self) -> dict[str, Any]:
        e = self.expect
        return {
            "answerable": e.answerable,
            "speakers": list(e.speakers),
            "facts": [list(f) for f in e.facts],
            "forbid": list(e.forbid),
        }


@dataclass(frozen=True)
class QuestionSet:
    name: str
    cases: list[Case]
    thresholds: dict[str, float] = field(default_factory=dict)
    path: Path | None = None
    corpus: tuple[Path, ...] = ()  # folders to index; empty: the settings' source_dir
    gold: tuple[Gold, ...] = ()
    targets: dict[str, float] = field(default_factory=dict)  # reported against, not gated


def load_question_set(path: Path | str) -> QuestionSet:
    path = Path(path)
    data = read_yaml(path, EvalFileError, "question set")
    qs = parse_question_set(data, source=path.name, base=path.parent)
    return dataclasses.replace(qs, path=path)


def _paths(value: Any, key: str, base: Path, fail: Callable[[str], EvalFileError]) -> list[Path]:
    """A top-level list of paths relative to the question set; each must exist."""
    if not isinstance(value, list) or not value:
        raise fail(f"`{key}`: must be a non-empty list of paths relative to this file")
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise fail(f"`{key}[{i}]`: must be a path (a non-empty string)")
        p = Path(os.path.normpath(base / item.strip()))
        if key == "corpus" and not p.is_dir():
            raise fail(f"`{key}[{i}]`: {item} is not a folder (paths are relative to this file)")
        if key == "gold" and not p.is_file():
            raise fail(f"`{key}[{i}]`: {item} not found (paths are relative to this file)")
        out.append(p)
    return out


def parse_question_set(
    data: Any, source: str = "question set", base: Path | None = None
) -> QuestionSet:
    """Validate parsed YAML; every error names the case (id and position) and the field.

    `corpus` and `gold` paths are relative to `base` (the file's folder; default: here).
    """

    def fail(msg: str) -> EvalFileError:
        return EvalFileError(f"{source}: {msg}")

    if not isinstance(data, dict):
        raise fail("expected a mapping with `name` and `cases`")
    unknown = sorted(set(map(str, data)) - TOP_KEYS)
    if unknown:
        raise fail(
            f"unknown top-level field `{unknown[0]}` (allowed: {', '.join(sorted(TOP_KEYS))})"
        )
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise fail("`name`: must be a non-empty string")
    cases_raw = data.get("cases")
    if not isinstance(cases_raw, list) or not cases_raw:
        raise fail("`cases`: must be a non-empty list")
    thresholds = parse_thresholds(data.get("thresholds") or {}, where=f"{source}: thresholds")
    targets = parse_thresholds(data.get("targets") or {}, where=f"{source}: targets")

    cases: list[Case] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(cases_raw, 1):
        case = _parse_case(item, i, fail)
        if case.id in seen:
            raise fail(f"case '{case.id}' (#{i}): `id`: duplicate of case #{seen[case.id]}")
        seen[case.id] = i
        cases.append(case)
    base = base or Path()
    corpus = _paths(data["corpus"], "corpus", base, fail) if "corpus" in data else []
    golds = _paths(data["gold"], "gold", base, fail) if "gold" in data else []
    gold = tuple(load_gold(p) for p in golds)
    return QuestionSet(name.strip(), cases, thresholds, None, tuple(corpus), gold, targets)


def _parse_case(item: Any, i: int, fail: Callable[[str], EvalFileError]) -> Case:
    label = f"case #{i}"
    if not isinstance(item, dict):
        raise fail(f"{label}: must be a mapping with `id`, `question` or `turns`, and `expect`")
    cid = item.get("id")
    if "id" not in item:
        raise fail(f"{label}: `id`: missing")
    if not isinstance(cid, str) or not cid.strip():
        hint = " (quote it)" if isinstance(cid, int | float) else ""
        raise fail(f"{label}: `id`: must be a non-empty string{hint}")
    cid = cid.strip()
    label = f"case '{cid}' (#{i})"

    def bad(fieldname: str, msg: str) -> EvalFileError:
        return fail(f"{label}: `{fieldname}`: {msg}")

    unknown = sorted(set(map(str, item)) - CASE_KEYS)
    if unknown:
        raise bad(unknown[0], "unknown field (allowed: id, question, turns, expect, kind, doc)")
    kind = item.get("kind")
    if kind is not None and (not isinstance(kind, str) or not kind.strip()):
        raise bad("kind", "must be a non-empty string, e.g. list, summary, off-topic")
    doc = item.get("doc")
    docs = [doc] if isinstance(doc, str) else doc
    docs = _str_list(docs, "doc", bad)
    has_q, has_t = "question" in item, "turns" in item
    if has_q and has_t:
        raise bad("question", "give either `question` or `turns`, not both")
    if not has_q and not has_t:
        raise bad("question", "missing (give `question`, or `turns` for a conversation)")
    if has_q:
        q = item["question"]
        if not isinstance(q, str) or not q.strip():
            raise bad("question", "must be a non-empty string")
        turns: tuple[str, ...] = (q.strip(),)
    else:
        t = item["turns"]
        if not isinstance(t, list) or not t:
            raise bad("turns", "must be a non-empty list of strings")
        for j, turn in enumerate(t):
            if not isinstance(turn, str) or not turn.strip():
                raise bad(f"turns[{j}]", "must be a non-empty string")
        turns = tuple(s.strip() for s in t)

    exp = item.get("expect")
    if not isinstance(exp, dict):
        raise bad("expect", "missing" if exp is None else "must be a mapping")
    unknown = sorted(set(map(str, exp)) - EXPECT_KEYS)
    if unknown:
        raise bad(
            f"expect.{unknown[0]}",
            "unknown field (allowed: " + ", ".join(sorted(EXPECT_KEYS)) + ")",
        )
    if not isinstance(exp.get("answerable"), bool):
        raise bad(
            "expect.answerable", "missing" if "answerable" not in exp else "must be true or false"
        )
    speakers = _str_list(exp.get("speakers"), "expect.speakers", bad)
    forbid = _str_list(exp.get("forbid"), "expect.forbid", bad)
    facts_raw = exp.get("facts")
    facts: list[tuple[str, ...]] = []
    if facts_raw is not None:
        if not isinstance(facts_raw, list):
            raise bad("expect.facts", "must be a list of lists of alternatives, e.g. [[Vienna]]")
        for j, fact in enumerate(facts_raw):
            if not isinstance(fact, list):
                raise bad(f"expect.facts[{j}]", f"must be a list of alternatives, e.g. [{fact!r}]")
            facts.append(tuple(_str_list(fact, f"expect.facts[{j}]", bad, non_empty=True)))
    if not exp["answerable"] and speakers:
        raise bad("expect.speakers", "an unanswerable case cannot require cited speakers")
    return Case(
        id=cid,
        turns=turns,
        expect=Expect(exp["answerable"], tuple(speakers), tuple(facts), tuple(forbid)),
        conversation=has_t,
        kind=kind.strip().lower() if kind else None,
        docs=tuple(docs),
    )


def _str_list(
    value: Any, fieldname: str, bad: Callable[[str, str], EvalFileError], non_empty: bool = False
) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise bad(fieldname, "must be a list of strings")
    if non_empty and not value:
        raise bad(fieldname, "must not be empty")
    out = []
    for j, v in enumerate(value):
        if not isinstance(v, str):
            hint = " (quote it)" if isinstance(v, int | float) else ""
            raise bad(f"{fieldname}[{j}]", f"must be a string, got {type(v).__name__}{hint}")
        if not v.strip():
            raise bad(f"{fieldname}[{j}]", "must not be empty")
        out.append(v.strip())
    return out


def parse_thresholds(
    value: Mapping[str, Any] | Iterable[str], where: str = "--threshold"
) -> dict[str, float]:
    """A `{name: number}` map, or `name=value` strings as the CLI flags give them."""
    pairs: list[tuple[str, Any]] = []
    if isinstance(value, Mapping):
        pairs = [(str(k), v) for k, v in value.items()]
    elif isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise EvalFileError(f"{where}: must be a mapping of metric names to numbers")
    else:
        for item in value:
            name, sep, num = str(item).partition("=")
            if not sep:
                raise BadInputError(f"{where} {item!r}: use name=value, e.g. answer_accuracy=0.9")
            pairs.append((name.strip(), num.strip()))
    out: dict[str, float] = {}
    in_file = isinstance(value, Mapping)
    err = EvalFileError if in_file else BadInputError
    for name, num in pairs:
        label = f"{where}.{name}" if in_file else f"{where} {name}"
        if name not in METRICS:
            raise err(f"{label}: unknown metric; known: {', '.join(METRICS)}")
        try:
            if isinstance(num, bool):
                raise ValueError
            out[name] = float(num)
        except (TypeError, ValueError):
            raise err(f"{label}: must be a number, got {num!r}") from None
    return out


# ---------------------------------------------------------------- grading (pure)

_QUOTES = str.maketrans(dict.fromkeys("“”„‟«»″", '"') | dict.fromkeys("‘’‚‛′`", "'"))


def normalise(text: str) -> str:
    """Whitespace runs to one space, curly quotes to straight ones."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip()


def fact_found(text: str, alternatives: Iterable[str]) -> bool:
    low = text.casefold()
    return any(a.casefold() in low for a in alternatives)


def _same_name(a: str | None, b: str) -> bool:
    """The same name, or the same State by another of its names ("United States of America")."""
    if not a:
        return False
    state = state_named(a)
    return normalise(a).casefold() == normalise(b).casefold() or (
        state is not None and state == state_named(b)
    )


def _one_of(cited: str | None, name: str) -> bool:
    """A citation of several speakers together ("Spain, Australia and Morocco", as the record
    credits them jointly) cites each of them."""
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", cited or "")
    return len(parts) > 1 and any(_same_name(p, name) for p in parts)


def quote_verified(citation: Citation, document: str | None) -> bool:
    """The quote is the source text at [start, end), up to whitespace and quote marks."""
    if document is None or not citation.quote.strip():
        return False
    if not 0 <= citation.start < citation.end <= len(document):
        return False
    return normalise(document[citation.start : citation.end]) == normalise(citation.quote)


def first_relevant_rank(expect: Expect, retrieved: list[RetrievedUnit]) -> int | None:
    """1-based rank of the first unit by an expected speaker or holding an expected fact."""
    for rank, unit in enumerate(retrieved, 1):
        if any(_same_name(unit.speaker, s) for s in expect.speakers):
            return rank
        if any(fact_found(unit.text, alts) for alts in expect.facts):
            return rank
    return None


@dataclass
class Grade:
    abstained: bool
    facts_missing: list[list[str]] = field(default_factory=list)
    forbidden_found: list[str] = field(default_factory=list)
    speakers_found: list[str] = field(default_factory=list)
    speakers_missing: list[str] = field(default_factory=list)
    cited: list[str] = field(default_factory=list)
    cited_expected: list[str] = field(default_factory=list)
    quotes_total: int = 0
    quotes_bad: list[int] = field(default_factory=list)  # citation numbers
    relevant_rank: int | None = None
    accurate: bool = False  # answerable, not abstained, facts present, nothing forbidden
    passed: bool = False
    reasons: list[str] = field(default_factory=list)


def grade(expect: Expect, answer: Answer, document: Callable[[str], str | None]) -> Grade:
    """Check one answer against what the case expects; `document(doc_id)` gives source text.

    A conversational reply (a greeting, thanks, "I answer in English") cites nothing: for a
    case the sources do not cover, it answers nothing from them, as an abstention does."""
    chat = answer.reply_kind not in ("answer", "abstain") and not answer.citations
    g = Grade(abstained=answer.abstained or (chat and not expect.answerable))
    g.facts_missing = [list(f) for f in expect.facts if not fact_found(answer.text, f)]
    g.forbidden_found = [s for s in expect.forbid if s.casefold() in answer.text.casefold()]
    g.cited = answer.cited_speakers()
    recorded = [  # a surname where the cited record never gives the full name
        (c.speaker, s)
        for c in answer.citations
        for s in expect.speakers
        if as_recorded(c.speaker, s, document(c.doc_id))
    ]
    by_surname = {s for _, s in recorded}
    surnames = {c for c, _ in recorded}
    g.speakers_found = [
        s
        for s in expect.speakers
        if any(_same_name(c, s) or _one_of(c, s) for c in g.cited) or s in by_surname
    ]
    g.speakers_missing = [s for s in expect.speakers if s not in g.speakers_found]
    g.cited_expected = [
        c for c in g.cited if any(_same_name(c, s) for s in expect.speakers) or c in surnames
    ]
    g.quotes_total = len(answer.citations)
    g.quotes_bad = [c.n for c in answer.citations if not quote_verified(c, document(c.doc_id))]
    if expect.answerable:
        g.relevant_rank = first_relevant_rank(expect, answer.retrieved)

    r = g.reasons
    if expect.answerable and answer.abstained:
        r.append(f"abstained: {answer.reason or 'no reason given'}")
    if not expect.answerable and not g.abstained:
        r.append("answered, but the sources do not cover this: should abstain")
    for alts in g.facts_missing:
        r.append("missing fact: " + " | ".join(alts))
    for s in g.forbidden_found:
        r.append(f"forbidden text present: {s}")
    if g.speakers_missing and not answer.abstained:
        r.append("speaker not cited: " + ", ".join(g.speakers_missing))
    if g.quotes_bad:
        r.append("unverified quote in citation " + ", ".join(f"[{n}]" for n in g.quotes_bad))
    g.accurate = (
        expect.answerable and not answer.abstained and not g.facts_missing and not g.forbidden_found
    )
    g.passed = not r
    return g


# ---------------------------------------------------------------- running


@dataclass
class CaseResult:
    case: Case
    answer: Answer | None = None  # the last turn's
    earlier: list[Answer] = field(default_factory=list)
    error: str | None = None
    latencies_ms: list[float] = field(default_factory=list)
    grade: Grade | None = None
    style: str | None = None  # the document style the case is about (eval_groups)

    @property
    def passed(self) -> bool:
        return self.error is None and self.grade is not None and self.grade.passed

    @property
    def reasons(self) -> list[str]:
        if self.error is not None:
            return [f"error: {self.error}"]
        return self.grade.reasons if self.grade else []

    def record(self) -> dict[str, Any]:
        """One line of results.jsonl."""
        g = self.grade
        return {
            "id": self.case.id,
            "category": self.case.category,
            "style": self.style,
            **self.case.as_input(),
            "expected": self.case.expected_json(),
            "passed": self.passed,
            "reasons": self.reasons,
            "error": self.error,
            "latency_ms": self.latencies_ms[-1] if self.latencies_ms else None,
            "latencies_ms": self.latencies_ms,
            "bad_quotes": g.quotes_bad if g else [],
            "earlier_answers": [a.text for a in self.earlier],
            "answer": self.answer.model_dump(mode="json") if self.answer else None,
        }


def run_cases(
    engine: Any,
    cases: list[Case],
    *,
    generator: str | None = None,
    on_case: Callable[[CaseResult], None] | None = None,
) -> list[CaseResult]:
    """Ask every case of `engine`, turn by turn; a case that raises is recorded, not fatal."""
    texts: dict[str, str | None] = {}

    def document(doc_id: str) -> str | None:
        if doc_id not in texts:
            try:
                texts[doc_id] = engine.document_text(doc_id)
            except Exception:  # unknown id: every quote of it fails verification
                texts[doc_id] = None
        return texts[doc_id]

    results = []
    for case in cases:
        res = CaseResult(case)
        history: list[Message] = []
        try:
            for turn in case.turns:
                t0 = time.perf_counter()
                answer = engine.ask(turn, history=list(history) or None, generator=generator)
                wall = (time.perf_counter() - t0) * 1000
                res.latencies_ms.append(float(answer.timings.get("total_ms") or wall))
                if res.answer is not None:
                    res.earlier.append(res.answer)
                res.answer = answer
                history += [
                    Message(role="user", content=turn),
                    Message(role="assistant", content=answer.text),
                ]
            res.grade = grade(case.expect, answer, document)
        except Exception as err:  # one bad case never stops the run
            turn_no = len(res.latencies_ms) + 1
            where = f" (turn {turn_no})" if len(case.turns) > 1 else ""
            res.error = f"{type(err).__name__}{where}: {err}"
            res.grade = None
        results.append(res)
        if on_case is not None:
            on_case(res)
    return results


# ---------------------------------------------------------------- metrics (pure)


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def percentile(values: list[float], q: float) -> float | None:
    """Linear-interpolated percentile (q in 0..100), as numpy's default."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def compute_metrics(results: list[CaseResult]) -> tuple[dict[str, float | None], dict[str, int]]:
    """Metrics (None where nothing was measured) and the counts behind them.

    A case that raised counts as a failure everywhere it would have counted.
    """
    answerable = [r for r in results if r.case.expect.answerable]
    unanswerable = [r for r in results if not r.case.expect.answerable]

    def abstained(r: CaseResult) -> bool:
        return r.grade is not None and r.grade.abstained

    accurate = sum(1 for r in answerable if r.grade and r.grade.accurate and r.error is None)
    with_speakers = [r for r in answerable if r.case.expect.speakers]
    sp_expected = sum(len(r.case.expect.speakers) for r in with_speakers)
    sp_found = sum(len(r.grade.speakers_found) for r in with_speakers if r.grade)
    cited = sum(len(r.grade.cited) for r in with_speakers if r.grade)
    cited_ok = sum(len(r.grade.cited_expected) for r in with_speakers if r.grade)
    quotes = sum(r.grade.quotes_total for r in results if r.grade)
    quotes_bad = sum(len(r.grade.quotes_bad) for r in results if r.grade)
    true_abst = sum(1 for r in unanswerable if abstained(r))
    false_abst = sum(1 for r in answerable if abstained(r))
    # retrieval: answerable cases that say what is relevant and where the engine retrieved
    # (answers from the speaker directory alone retrieve nothing: nothing to measure)
    ret = [
        r
        for r in answerable
        if (r.case.expect.speakers or r.case.expect.facts) and r.answer and r.answer.retrieved
    ]
    ranks = [r.grade.relevant_rank if r.grade else None for r in ret]
    hits = sum(1 for k in ranks if k is not None and k <= HIT_K)
    rr = sum(1 / k for k in ranks if k is not None)
    latencies = [ms for r in results for ms in r.latencies_ms]
    lengths = [float(len(r.answer.text)) for r in results if r.answer is not None]

    metrics: dict[str, float | None] = {
        "answer_accuracy": _ratio(accurate, len(answerable)),
        "speaker_recall": _ratio(sp_found, sp_expected),
        "citation_precision": _ratio(cited_ok, cited),
        "quote_verification": _ratio(quotes - quotes_bad, quotes),
        "abstention_precision": _ratio(true_abst, true_abst + false_abst),
        "abstention_recall": _ratio(true_abst, len(unanswerable)),
        "false_abstention_rate": _ratio(false_abst, len(answerable)),
        "hit_at_k": _ratio(hits, len(ret)),
        "mrr": _ratio(rr, len(ret)),
        "pass_rate": _ratio(sum(r.passed for r in results), len(results)),
        "latency_median_ms": statistics.median(latencies) if latencies else None,
        "latency_p95_ms": percentile(latencies, 95),
        "answer_chars_median": statistics.median(lengths) if lengths else None,
    }
    counts = {
        "cases": len(results),
        "passed": sum(r.passed for r in results),
        "errors": sum(r.error is not None for r in results),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "accurate": accurate,
        "speakers_expected": sp_expected,
        "speakers_found": sp_found,
        "cited_speakers": cited,
        "cited_expected": cited_ok,
        "citations": quotes,
        "citations_unverified": quotes_bad,
        "abstained_correctly": true_abst,
        "abstained_wrongly": false_abst,
        "retrieval_cases": len(ret),
        "retrieval_hits": hits,
        "answers": len(latencies),
    }
    return metrics, counts


def categories(results: list[CaseResult]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for r in results:
        c = out.setdefault(r.case.category, {"cases": 0, "passed": 0})
        c["cases"] += 1
        c["passed"] += int(r.passed)
    return out


def breakdowns(results: list[CaseResult]) -> dict[str, dict[str, dict[str, Any]]]:
    """Answer metrics per question kind and per document style."""
    return {
        "by_kind": grouped(results, lambda r: r.case.category, compute_metrics),
        "by_style": grouped(results, lambda r: r.style or NO_DOCUMENT, compute_metrics),
    }


def check_thresholds(
    metrics: Mapping[str, float | None], thresholds: Mapping[str, float]
) -> list[dict[str, Any]]:
    """One row per threshold; a metric that could not be measured misses its threshold."""
    rows = []
    for name, limit in thresholds.items():
        value = metrics.get(name)
        higher = METRICS[name][1]
        ok = value is not None and (value >= limit - 1e-9 if higher else value <= limit + 1e-9)
        rows.append(
            {
                "name": name,
                "op": ">=" if higher else "<=",
                "threshold": limit,
                "value": value,
                "passed": ok,
            }
        )
    return rows


def fmt(name: str, value: float | None) -> str:
    if value is None:
        return "n/a"
    kind = METRICS[name][2] if name in METRICS else "num"
    if kind == "pct":
        return f"{value * 100:.1f}%"
    if kind == "ms":
        return f"{value:.1f} ms"
    if kind == "int":
        return f"{value:.0f}"
    return f"{value:.3f}"


# ---------------------------------------------------------------- the command


def summarise(
    qs: QuestionSet,
    results: list[CaseResult],
    thresholds: Mapping[str, float],
    *,
    generator: str,
    baseline: list[CaseResult] | None = None,
    attribution: dict[str, Any] | None = None,
    calibration: dict[str, Any] | None = None,
    targets: Mapping[str, float] | None = None,
) -> dict[str, Any]:
    """The summary.json dict; `attribution` and `calibration` are those modules' blocks.

    `targets` are checked like thresholds and reported, but do not decide `ok`.
    """
    metrics, counts = compute_metrics(results)
    for name in ATTRIBUTION_METRICS:
        metrics[name] = attribution["metrics"][name] if attribution else None
    gate = check_thresholds(metrics, thresholds)
    summary: dict[str, Any] = {
        "name": qs.name,
        "file": str(qs.path) if qs.path else None,
        "generator": generator,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "hit_k": HIT_K,
        "ok": all(row["passed"] for row in gate),
        "metrics": metrics,
        "counts": counts,
        "categories": categories(results),
        **breakdowns(results),
        "thresholds": gate,
        "targets": check_thresholds(metrics, targets or {}),
        "failed_cases": [r.case.id for r in results if not r.passed],
        "attribution": attribution,
        "calibration": calibration,
        "baseline": None,
    }
    if baseline is not None:
        b_metrics, b_counts = compute_metrics(baseline)
        summary["baseline"] = {
            "name": "baseline",
            "description": "llama-index: default SentenceSplitter, vector retrieval, top chunk",
            "metrics": b_metrics,
            "counts": b_counts,
            "categories": categories(baseline),
            "failed_cases": [r.case.id for r in baseline if not r.passed],
        }
    return summary


def render_table(summary: dict[str, Any], color: bool = False) -> str:
    import io

    from rich.console import Console
    from rich.table import Table

    base = summary.get("baseline")
    limits = {row["name"]: row for row in summary.get("targets", [])}
    limits.update({row["name"]: row for row in summary["thresholds"]})
    gated = {row["name"] for row in summary["thresholds"]}
    c = summary["counts"]
    table = Table(
        title=f"{summary['name']}: {c['passed']}/{c['cases']} cases passed "
        f"({summary['generator']})",
        title_justify="left",
    )
    table.add_column("Metric")
    table.add_column("Assistant", justify="right")
    if base:
        table.add_column("Baseline", justify="right")
    table.add_column("Threshold", justify="right")
    table.add_column("", justify="center")
    for name, (label, _, _) in METRICS.items():
        if name == "hit_at_k":
            label = f"Retrieval hit@{summary['hit_k']}"
        value = summary["metrics"].get(name)
        if name in ATTRIBUTION_METRICS and value is None and name not in limits:
            continue  # no gold file: nothing measured, nothing asked
        row = [label, fmt(name, value)]
        if base:
            row.append(fmt(name, base["metrics"].get(name)))
        lim = limits.get(name)
        if lim:
            missed = "[bold red]MISSED[/]" if name in gated else "[yellow]target missed[/]"
            row += [
                f"{lim['op']} {fmt(name, lim['threshold'])}",
                "[green]pass[/]" if lim["passed"] else missed,
            ]
        else:
            row += ["", ""]
        table.add_row(*row)
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=100,
        force_terminal=color,
        color_system="standard" if color else None,
        highlight=False,
    )
    console.print(table)
    for title, key in (("question kind", "by_kind"), ("document style", "by_style")):
        console.print(_group_table(f"Per {title}", summary.get(key) or {}))
    att = summary.get("attribution")
    if att:
        console.print(_attribution_table(att))
    cal = summary.get("calibration")
    if cal and cal.get("auc") is not None:
        at = cal.get("at_threshold")
        where = (
            f"; threshold {cal['threshold_setting']} = {cal['threshold']:g} keeps "
            f"{at['tpr'] * 100:.0f}% of answerable, {at['fpr'] * 100:.0f}% of unanswerable"
            if at
            else ""
        )
        console.print(
            f"Answerability ({cal['score']}): ROC AUC {cal['auc']:.3f} over "
            f"{cal['answerable']} answerable / {cal['unanswerable']} unanswerable{where}",
            highlight=False,
            markup=False,
        )
    failed = summary["failed_cases"]
    if failed:
        more = f" … and {len(failed) - 20} more" if len(failed) > 20 else ""
        console.print("Failed: " + ", ".join(failed[:20]) + more, highlight=False, markup=False)
    return buf.getvalue().rstrip("\n")


def _group_table(title: str, groups: dict[str, dict[str, Any]]) -> Any:
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    cols = ("answer_accuracy", "speaker_recall", "abstention_recall", "false_abstention_rate")
    table.add_column("Group")
    table.add_column("Passed", justify="right")
    for name in cols:
        table.add_column(METRICS[name][0], justify="right")
    for group, g in groups.items():
        row = [group, f"{g['passed']}/{g['cases']}"]
        table.add_row(*row, *(fmt(n, g.get(n)) for n in cols))
    return table


def _attribution_table(att: dict[str, Any]) -> Any:
    from rich.table import Table

    table = Table(title="Attribution (gold) per document", title_justify="left")
    for col in ("Document", "Style", "Speakers found", "Sentences right", "Misattributed"):
        table.add_column(col, justify="left" if col in ("Document", "Style") else "right")
    for d in att["documents"]:
        table.add_row(
            d["doc_id"] + ("" if d["indexed"] else " (not indexed)"),
            d["style"],
            f"{d['speakers_found']}/{d['speakers_expected']}",
            f"{d['sentences_correct']}/{d['sentences']}",
            str(d["misattributions"]),
        )
    return table


def write_outputs(
    out: Path,
    summary: dict[str, Any],
    results: list[CaseResult],
    baseline: list[CaseResult] | None = None,
) -> list[Path]:
    from .report import render_report

    out.mkdir(parents=True, exist_ok=True)
    records = [r.record() for r in results]
    if baseline is not None:
        for rec, b in zip(records, baseline, strict=True):
            rec["baseline"] = {
                "passed": b.passed,
                "reasons": b.reasons,
                "text": b.answer.text if b.answer else None,
                "latency_ms": b.latencies_ms[-1] if b.latencies_ms else None,
            }
    paths = [out / "summary.json", out / "results.jsonl", out / "report.html"]
    paths[0].write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    paths[1].write_text(
        "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records), encoding="utf-8"
    )
    paths[2].write_text(render_report(summary, records), encoding="utf-8")
    return paths


def _run_with_progress(engine: Any, cases: list[Case], label: str, generator: str | None):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[last]}"),
        console=Console(stderr=True),
        transient=False,
    ) as progress:
        task = progress.add_task(label, total=len(cases), last="")

        def tick(res: CaseResult) -> None:
            mark = "ok" if res.passed else "FAIL"
            progress.update(task, advance=1, last=f"{res.case.id}: {mark}")

        return run_cases(engine, cases, generator=generator, on_case=tick)


def _eval_index(settings: Any, qs: QuestionSet, index: Path | None) -> Any:
    """Index the set's corpus (with a progress bar on stderr); settings that point at it."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from .eval_index import prepare

    if index is None and os.environ.get("ASSISTANT_INDEX_DIR"):  # not from .env: explicit only
        index = Path(os.environ["ASSISTANT_INDEX_DIR"])
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(stderr=True),
    ) as bar:
        tasks: dict[str, Any] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        return prepare(
            settings, list(qs.corpus), index_dir=index,
            echo=lambda m: bar.console.print(m, markup=False, highlight=False),
            progress=progress,
        )  # fmt: skip


def run_command(
    settings: Any,
    path: Path | str,
    *,
    generator: str | None = None,
    out: Path | str | None = None,
    as_json: bool = False,
    thresholds: Mapping[str, float] | Iterable[str] | None = None,
    compare: str | None = None,
    echo: Callable[..., Any] = click.echo,
    engine: Any = None,
    index: Path | str | None = None,
) -> int:
    """`assistant eval`: run a question set, print/write the results; 0 when every threshold holds.

    `thresholds` are `name=value` strings (CLI flags) or a map; they win over the file's.
    A set with `corpus` is measured on an index of exactly those folders (`eval_index`; `index`
    names its folder). `engine` is for tests; by default the real engine is built.
    """
    import sys

    from .attribution_eval import check_attribution
    from .calibration import calibration
    from .eval_groups import Styles

    qs = load_question_set(path)
    limits = dict(qs.thresholds)
    limits.update(parse_thresholds(thresholds or {}))
    if compare not in (None, "baseline"):
        raise BadInputError(f"--compare {compare!r}: the only baseline is 'baseline'")
    if engine is None:
        from .engine import build_engine

        if qs.corpus:
            settings = _eval_index(settings, qs, Path(index) if index else None)
        engine = build_engine(settings, progress=lambda m: click.echo(m, err=True))
    gen = generator or getattr(settings, "generator", "extractive")
    results = _run_with_progress(engine, qs.cases, "assistant", generator)
    styles = Styles(engine, qs.gold)
    for r in results:
        r.style = styles.of_case(r)
    baseline = None
    if compare == "baseline":
        from .baseline import BaselineEngine

        baseline = _run_with_progress(BaselineEngine(settings), qs.cases, "baseline ", None)
    attribution = check_attribution(list(qs.gold), engine) if qs.gold else None
    summary = summarise(
        qs, results, limits, generator=gen, baseline=baseline, attribution=attribution,
        calibration=calibration(results, settings), targets=qs.targets,
    )  # fmt: skip

    if as_json:
        echo(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        echo(render_table(summary, color=sys.stdout.isatty()))
        for row in summary["thresholds"]:
            if not row["passed"]:
                echo(
                    f"threshold missed: {row['name']} = {fmt(row['name'], row['value'])}, "
                    f"needs {row['op']} {fmt(row['name'], row['threshold'])}"
                )
        for row in summary["targets"]:
            if not row["passed"]:
                echo(
                    f"target missed (reported, not gated): {row['name']} = "
                    f"{fmt(row['name'], row['value'])}, target {row['op']} "
                    f"{fmt(row['name'], row['threshold'])}"
                )
    if out is not None:
        written = write_outputs(Path(out), summary, results, baseline)
        if not as_json:
            echo("wrote " + ", ".join(str(p) for p in written))
    return 0 if summary["ok"] else 1
