"""The eval runner: question-set schema, metrics, a run over a fake engine, the command, the real
engine on evals/dialogue.yaml, and the llama-index baseline."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

from assistant.answer import Answer, Citation, Message, RetrievedUnit
from assistant.errors import AssistantError, BadInputError
from assistant.evaluate import (
    CaseResult,
    EvalFileError,
    Expect,
    check_thresholds,
    compute_metrics,
    fact_found,
    first_relevant_rank,
    grade,
    load_question_set,
    normalise,
    parse_question_set,
    parse_thresholds,
    percentile,
    quote_verified,
    run_cases,
    run_command,
)

ROOT = Path(__file__).resolve().parents[1]
DIALOGUE = ROOT / "evals" / "dialogue.yaml"

DOC = (
    "Vienna, 1 May 2024. The meeting took place in Vienna.\n"
    "Ms. Ada Lovelace from the Engine Society said “Machines can weave patterns,” and "
    'Mr. Alan Turing from Bletchley said "Machines can think."\n'
)


def cite(n: int, speaker: str | None, quote: str, *, shift: int = 0, doc: str = "doc") -> Citation:
    start = DOC.index(quote) + shift
    return Citation(
        n=n,
        speaker=speaker,
        kind="quote",
        quote=quote,
        doc_id=doc,
        start=start,
        end=start + len(quote),
        unit_id=f"u{n}",
    )


def unit(speaker: str | None, text: str) -> RetrievedUnit:
    return RetrievedUnit(
        unit_id=text[:8],
        speaker=speaker,
        kind="quote",
        text=text,
        score=0.5,
        doc_id="doc",
        start=0,
        end=len(text),
    )


def answer(text: str, *cites: Citation, abstained: bool = False, retrieved=(), ms=None) -> Answer:
    return Answer(
        question="q",
        text=text,
        citations=list(cites),
        abstained=abstained,
        reason="not covered" if abstained else None,
        retrieved=list(retrieved),
        timings={"total_ms": ms} if ms is not None else {},
    )


ADA = "Machines can weave patterns,"
ALAN = "Machines can think."


def doc_text(doc_id: str) -> str | None:
    return DOC if doc_id == "doc" else None


# ---------------------------------------------------------------- schema


def write(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "set.yaml"
    p.write_text(textwrap.dedent(body), encoding="utf-8")
    return p


def test_the_project_question_set_loads() -> None:
    qs = load_question_set(DIALOGUE)
    assert qs.name == "dialogue"
    assert len(qs.cases) >= 22 + 25
    assert qs.thresholds["quote_verification"] == 1.0
    shapes = {c.category for c in qs.cases}
    assert {"follow-up", "unanswerable", "injection", "speaker", "factual"} <= shapes
    assert any(len(c.turns) == 3 for c in qs.cases)


def test_every_expected_fact_is_in_the_source() -> None:
    source = (ROOT / "source_docs" / "constructive_dialogue_2023.txt").read_text().casefold()
    for case in load_question_set(DIALOGUE).cases:
        for alts in case.expect.facts:
            assert any(a.casefold() in source for a in alts), (case.id, alts)


def test_a_valid_file_parses_both_shapes(tmp_path: Path) -> None:
    qs = load_question_set(
        write(
            tmp_path,
            """\
        name: tiny
        thresholds: {answer_accuracy: 0.5, latency_p95_ms: 100}
        cases:
          - id: one
            question: Where was it?
            expect: {answerable: true, facts: [[Vienna, Wien]], forbid: [Paris]}
          - id: two
            turns: ["Who spoke?", "What did she say?"]
            expect: {answerable: true, speakers: [Ada Lovelace]}
        """,
        )
    )
    one, two = qs.cases
    assert one.turns == ("Where was it?",)
    assert one.expect == Expect(True, (), (("Vienna", "Wien"),), ("Paris",))
    assert two.question == "What did she say?" and two.category == "follow-up"
    assert qs.thresholds == {"answer_accuracy": 0.5, "latency_p95_ms": 100.0}


BAD_CASES = {
    "missing id": ("- question: q\n  expect: {answerable: true}", ["case #1", "`id`", "missing"]),
    "numeric id": ("- id: 7\n  question: q\n  expect: {answerable: true}", ["case #1", "`id`"]),
    "both": (
        "- id: a\n  question: q\n  turns: [q]\n  expect: {answerable: true}",
        ["case 'a' (#1)", "`question`", "not both"],
    ),
    "neither": ("- id: a\n  expect: {answerable: true}", ["case 'a' (#1)", "`question`"]),
    "empty turns": ("- id: a\n  turns: []\n  expect: {answerable: true}", ["'a'", "`turns`"]),
    "turn not str": ("- id: a\n  turns: [q, 3]\n  expect: {answerable: true}", ["`turns[1]`"]),
    "no expect": ("- id: a\n  question: q", ["'a'", "`expect`", "missing"]),
    "no answerable": ("- id: a\n  question: q\n  expect: {facts: [[x]]}", ["`expect.answerable`"]),
    "answerable str": (
        "- id: a\n  question: q\n  expect: {answerable: maybe}",
        ["'a'", "`expect.answerable`", "true or false"],
    ),
    "facts flat": (
        "- id: a\n  question: q\n  expect: {answerable: true, facts: [Vienna]}",
        ["case 'a' (#1)", "`expect.facts[0]`", "list of alternatives"],
    ),
    "facts not list": (
        "- id: a\n  question: q\n  expect: {answerable: true, facts: Vienna}",
        ["`expect.facts`"],
    ),
    "fact number": (
        "- id: a\n  question: q\n  expect: {answerable: true, facts: [[75]]}",
        ["`expect.facts[0][0]`", "got int", "quote it"],
    ),
    "empty fact": (
        "- id: a\n  question: q\n  expect: {answerable: true, facts: [[]]}",
        ["`expect.facts[0]`", "empty"],
    ),
    "typo field": (
        "- id: a\n  question: q\n  expect: {answerable: true, fact: [[x]]}",
        ["'a'", "`expect.fact`", "unknown"],
    ),
    "extra case field": (
        "- id: a\n  category: x\n  question: q\n  expect: {answerable: true}",
        ["'a'", "`category`", "unknown"],
    ),
    "speakers str": (
        "- id: a\n  question: q\n  expect: {answerable: true, speakers: Ada}",
        ["`expect.speakers`", "list"],
    ),
    "speakers unanswerable": (
        "- id: a\n  question: q\n  expect: {answerable: false, speakers: [Ada]}",
        ["`expect.speakers`", "unanswerable"],
    ),
    "not a mapping": ("- just a string", ["case #1", "mapping"]),
}


@pytest.mark.parametrize("name", sorted(BAD_CASES))
def test_a_malformed_case_is_rejected_naming_case_and_field(tmp_path: Path, name: str) -> None:
    body, needles = BAD_CASES[name]
    good = "- id: ok\n  question: fine\n  expect: {answerable: true}\n"
    # the bad case comes first so its position is #1
    path = write(tmp_path, "name: t\ncases:\n" + textwrap.indent(body + "\n" + good, "  "))
    with pytest.raises(EvalFileError) as err:
        load_question_set(path)
    for needle in needles:
        assert needle in str(err.value), (needle, str(err.value))
    assert str(err.value).startswith("set.yaml: ")


def test_duplicate_id_names_both_positions() -> None:
    data = {
        "name": "t",
        "cases": [
            {"id": "a", "question": "q", "expect": {"answerable": True}},
            {"id": "b", "question": "q", "expect": {"answerable": True}},
            {"id": "a", "question": "q", "expect": {"answerable": False}},
        ],
    }
    with pytest.raises(EvalFileError, match=r"case 'a' \(#3\): `id`: duplicate of case #1"):
        parse_question_set(data, source="x.yaml")


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("name: t\ncases: []\n", "`cases`"),
        ("cases: [{id: a, question: q, expect: {answerable: true}}]\n", "`name`"),
        ("- a\n- b\n", "mapping"),
        ("name: t\ncases: [\n", "invalid YAML at line"),
        (
            "name: t\nextra: 1\ncases: [{id: a, question: q, expect: {answerable: true}}]\n",
            "`extra`",
        ),
        (
            "name: t\nthresholds: {accuracy: 0.9}\ncases: [{id: a, question: q, expect: "
            "{answerable: true}}]\n",
            "thresholds.accuracy: unknown metric",
        ),
        (
            "name: t\nthresholds: {answer_accuracy: high}\ncases: [{id: a, question: q, expect: "
            "{answerable: true}}]\n",
            "thresholds.answer_accuracy: must be a number",
        ),
    ],
)
def test_a_malformed_file_is_rejected(tmp_path: Path, body: str, needle: str) -> None:
    with pytest.raises(EvalFileError, match=re.escape(needle)):
        load_question_set(write(tmp_path, body))


CASE = "cases: [{id: a, question: q, expect: {answerable: true}}]\n"


@pytest.mark.parametrize(
    ("head", "needle"),
    [
        ("corpus: docs\n", "`corpus`: must be a non-empty list"),
        ("corpus: [missing]\n", "`corpus[0]`: missing is not a folder"),
        ("corpus: [docs, 3]\n", "`corpus[1]`: must be a path"),
        ("gold: [nope.yaml]\n", "`gold[0]`: nope.yaml not found"),
        ("gold: [bad_gold.yaml]\n", "bad_gold.yaml: sentences[0] (a.txt): `speaker`: missing"),
    ],
)
def test_corpus_and_gold_keys_are_checked_before_running(
    tmp_path: Path, head: str, needle: str
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "bad_gold.yaml").write_text(
        "documents: [{file: a.txt, speakers: []}]\nsentences: [{file: a.txt, text: Hi.}]\n"
    )
    with pytest.raises(AssistantError, match=re.escape(needle)):
        load_question_set(write(tmp_path, "name: t\n" + head + CASE))


def test_corpus_and_gold_paths_are_relative_to_the_file(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "sets").mkdir()
    (tmp_path / "sets" / "g.yaml").write_text(
        "documents: [{file: a.txt, speakers: [{name: Ada, affiliation: X}]}]\n"
    )
    path = tmp_path / "sets" / "s.yaml"
    path.write_text("name: t\ncorpus: [../docs]\ngold: [g.yaml]\n" + CASE)
    qs = load_question_set(path)
    assert [p.resolve() for p in qs.corpus] == [(tmp_path / "docs").resolve()]
    assert qs.gold[0].documents[0].speakers[0].name == "Ada"
    assert load_question_set(DIALOGUE).corpus == ()  # no corpus: the settings' source_dir


def test_kind_and_doc_are_optional_case_fields(tmp_path: Path) -> None:
    qs = load_question_set(
        write(
            tmp_path,
            """\
        name: t
        cases:
          - {id: a, kind: Off-Topic, question: q, expect: {answerable: false}}
          - {id: b, doc: x.docx, question: q, expect: {answerable: true}}
          - {id: c, doc: [x.docx, y.pdf], question: q, expect: {answerable: true}}
        """,
        )
    )
    a, b, c = qs.cases
    assert a.category == "off-topic" and b.category == "factual"
    assert b.docs == ("x.docx",) and c.docs == ("x.docx", "y.pdf")
    for bad, needle in (("kind: ''", "`kind`"), ("doc: [3]", "`doc[0]`")):
        body = (
            "name: t\ncases:\n  - {id: a, " + bad + ", question: q, expect: {answerable: true}}\n"
        )
        with pytest.raises(EvalFileError, match=re.escape(needle)):
            load_question_set(write(tmp_path, body))


@pytest.mark.parametrize(
    ("cid", "turns", "answerable", "speakers", "kind"),
    [
        ("x", ("Who spoke?", "What did she say?"), True, 1, "follow-up"),
        ("injection-role", ("Ignore that.",), False, 0, "injection"),
        ("x", ("Who won the cup?",), False, 0, "unanswerable"),
        ("x", ("How did Ada and Alan differ on machines?",), True, 2, "comparison"),
        ("x", ("What were the main themes?",), True, 0, "summary"),
        ("x", ("What did the Chair recommend?",), True, 1, "recommendation"),
        ("x", ("List every organisation that spoke.",), True, 0, "list"),
        ("x", ("Who spoke about privacy?",), True, 2, "list"),
        ("x", ("What did Ada say about looms?",), True, 1, "speaker"),
        ("x", ("When did it take place?",), True, 0, "factual"),
    ],
)
def test_a_kind_is_derived_when_the_case_has_none(cid, turns, answerable, speakers, kind) -> None:
    from assistant.eval_groups import derive_kind

    assert derive_kind(cid, turns, answerable, speakers) == kind


def test_metrics_per_kind_and_per_style() -> None:
    from assistant.evaluate import Case, breakdowns

    good = answer("Ada said weave [1].", cite(1, "Ada Lovelace", ADA))
    rows = []
    for cid, kind, style, exp, a in (
        ("a", "list", "transcript", Expect(True, facts=(("weave",),)), good),
        ("b", "list", "transcript", Expect(True, facts=(("Paris",),)), good),
        ("c", None, "report", Expect(False), answer("No.", abstained=True)),
    ):
        r = CaseResult(Case(id=cid, turns=("q",), expect=exp, kind=kind), answer=a)
        r.grade, r.style = grade(exp, a, doc_text), style
        rows.append(r)
    out = breakdowns(rows)
    assert out["by_kind"]["list"]["answer_accuracy"] == 0.5
    assert out["by_kind"]["unanswerable"]["abstention_recall"] == 1.0
    assert out["by_style"]["transcript"] == {
        "cases": 2, "passed": 1, "answer_accuracy": 0.5, "speaker_recall": None,
        "quote_verification": 1.0, "abstention_recall": None, "false_abstention_rate": 0.0,
        "pass_rate": 0.5,
    }  # fmt: skip


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EvalFileError, match="no such question set"):
        load_question_set(tmp_path / "nope.yaml")


def test_threshold_flags() -> None:
    assert parse_thresholds(["answer_accuracy=0.9", "latency_p95_ms = 50"]) == {
        "answer_accuracy": 0.9,
        "latency_p95_ms": 50.0,
    }
    with pytest.raises(BadInputError, match="--threshold accuracy: unknown metric; known: "):
        parse_thresholds(["accuracy=0.9"])
    with pytest.raises(BadInputError, match="name=value"):
        parse_thresholds(["answer_accuracy"])
    with pytest.raises(BadInputError, match="must be a number"):
        parse_thresholds(["mrr=good"])


# ---------------------------------------------------------------- pure metrics


def test_normalise_and_quote_verification() -> None:
    assert normalise("  “Machines\n can”  ‘think’ ") == "\"Machines can\" 'think'"
    good = cite(1, "Ada Lovelace", ADA)
    assert quote_verified(good, DOC)
    # curly quotes and whitespace in the citation still match the source text
    spaced = good.model_copy(update={"quote": "Machines  can\nweave patterns,"})
    assert quote_verified(spaced, DOC)
    assert not quote_verified(cite(1, "Ada Lovelace", ADA, shift=1), DOC)  # wrong offsets
    reworded = good.model_copy(update={"quote": "Machines can weave pattern,"})
    assert not quote_verified(reworded, DOC)
    assert not quote_verified(good.model_copy(update={"end": len(DOC) + 5}), DOC)
    assert not quote_verified(good, None)  # unknown document
    quoted = cite(1, "Alan Turing", '"Machines can think."')
    assert quoted.quote.startswith('"') and quote_verified(quoted, DOC)


def test_fact_matching_is_case_insensitive_over_alternatives() -> None:
    assert fact_found("It met in VIENNA.", ["Wien", "vienna"])
    assert not fact_found("It met in Geneva.", ["Vienna", "Wien"])


def test_grade_a_good_answer_passes() -> None:
    exp = Expect(
        True, ("Ada Lovelace",), (("weave",), ("Engine Society", "E. Society")), ("Turing",)
    )
    a = answer(
        "Ada Lovelace (Engine Society) said machines can weave patterns [1].",
        cite(1, "Ada Lovelace", ADA),
        retrieved=[unit("Alan Turing", ALAN), unit("Ada Lovelace", ADA)],
    )
    g = grade(exp, a, doc_text)
    assert g.passed and g.accurate and g.reasons == []
    assert g.speakers_found == ["Ada Lovelace"] and g.quotes_bad == []
    assert g.relevant_rank == 2


def test_grade_lists_every_reason() -> None:
    exp = Expect(True, ("Ada Lovelace",), (("weave",), ("think",)), ("Turing",))
    a = answer("Alan Turing said machines can think [1].", cite(1, "Alan Turing", ALAN, shift=2))
    g = grade(exp, a, doc_text)
    assert not g.passed and not g.accurate
    text = "\n".join(g.reasons)
    assert "missing fact: weave" in text
    assert "forbidden text present: Turing" in text
    assert "speaker not cited: Ada Lovelace" in text
    assert "unverified quote in citation [1]" in text
    assert g.cited == ["Alan Turing"] and g.cited_expected == []


def test_grade_abstention() -> None:
    ab = answer("The sources do not cover that.", abstained=True)
    assert grade(Expect(False), ab, doc_text).passed
    wrong = grade(Expect(True, facts=(("Vienna",),)), ab, doc_text)
    assert not wrong.passed and wrong.reasons[0].startswith("abstained")
    told = grade(Expect(False), answer("It is Paris."), doc_text)
    assert not told.passed and "should abstain" in told.reasons[0]


def test_a_conversational_reply_answers_nothing_from_the_sources() -> None:
    hello = answer("Hello! I answer questions about one document.").model_copy(
        update={"reply_kind": "greeting"}
    )
    assert grade(Expect(False), hello, doc_text).passed  # "hi" marked as not covered
    assert grade(Expect(False), hello, doc_text).abstained
    assert grade(Expect(True), hello, doc_text).passed  # or marked as answerable, no facts
    assert not grade(Expect(True), hello, doc_text).abstained
    cited = answer("Ada Lovelace said machines weave [1].", cite(1, "Ada Lovelace", ADA))
    cited = cited.model_copy(update={"reply_kind": "greeting"})
    assert not grade(Expect(False), cited, doc_text).passed  # a reply citing sources answers


def test_first_relevant_rank_uses_speakers_or_facts() -> None:
    units = [unit(None, "Vienna, 1 May"), unit("Alan Turing", ALAN), unit("Ada Lovelace", ADA)]
    assert first_relevant_rank(Expect(True, ("Ada Lovelace",)), units) == 3
    assert first_relevant_rank(Expect(True, facts=(("think",),)), units) == 2
    assert first_relevant_rank(Expect(True, facts=(("Geneva",),)), units) is None


def test_percentile() -> None:
    assert percentile([], 95) is None
    assert percentile([5.0], 95) == 5.0
    assert percentile([1.0, 2.0, 3.0, 4.0, 5.0], 50) == 3.0
    assert percentile([float(x) for x in range(1, 101)], 95) == pytest.approx(95.05)


def _result(exp: Expect, a: Answer | None, ms=(10.0,), error: str | None = None) -> CaseResult:
    from assistant.evaluate import Case

    r = CaseResult(
        Case(id=f"c{id(a)}", turns=("q",), expect=exp), answer=a, latencies_ms=list(ms), error=error
    )
    r.grade = grade(exp, a, doc_text) if a is not None and error is None else None
    return r


def test_compute_metrics_on_hand_made_answers() -> None:
    ada = cite(1, "Ada Lovelace", ADA)
    alan = cite(2, "Alan Turing", ALAN)
    bad = cite(3, "Alan Turing", ALAN, shift=3)
    results = [
        # right speaker, right fact; also cites Turing (not expected) -> precision 1/2 here
        _result(
            Expect(True, ("Ada Lovelace",), (("weave",),)),
            answer(
                "Ada said weave [1]; Alan said think [2].",
                ada,
                alan,
                retrieved=[unit("Ada Lovelace", ADA)],
                ms=20,
            ),
            ms=(20.0,),
        ),
        # two speakers expected, one cited, fact missing, a bad quote; relevant unit at rank 2
        _result(
            Expect(True, ("Ada Lovelace", "Alan Turing"), (("Vienna",),)),
            answer(
                "Alan said think [3].",
                bad,
                retrieved=[unit(None, "nothing"), unit("Alan Turing", ALAN)],
            ),
            ms=(30.0,),
        ),
        # answerable but abstained: false abstention
        _result(
            Expect(True, facts=(("Vienna",),)),
            answer("Not covered.", abstained=True, retrieved=[unit(None, "no"), unit(None, "no")]),
            ms=(40.0,),
        ),
        # answered without retrieving anything: not a retrieval case
        _result(Expect(True, facts=(("Vienna",),)), answer("Vienna."), ms=(15.0,)),
        # unanswerable, abstained: true abstention
        _result(Expect(False), answer("Not covered.", abstained=True), ms=(50.0,)),
        # unanswerable, answered
        _result(Expect(False), answer("Paris."), ms=(60.0, 70.0)),
        # raised: counts against answer accuracy and abstention recall
        _result(Expect(False), None, ms=(), error="RuntimeError: boom"),
    ]
    m, c = compute_metrics(results)
    assert m["answer_accuracy"] == pytest.approx(2 / 4)
    assert m["speaker_recall"] == pytest.approx(2 / 3)  # Ada; Alan (of Ada+Alan)
    assert m["citation_precision"] == pytest.approx(2 / 3)  # (Ada, Alan) + (Alan)
    assert m["quote_verification"] == pytest.approx(2 / 3)
    assert m["abstention_precision"] == pytest.approx(1 / 2)
    assert m["abstention_recall"] == pytest.approx(1 / 3)
    assert m["false_abstention_rate"] == pytest.approx(1 / 4)
    # retrieval: case 1 rank 1, case 2 rank 2, case 3 nothing relevant, case 4 not measured
    assert c["retrieval_cases"] == 3
    assert m["hit_at_k"] == pytest.approx(2 / 3)
    assert m["mrr"] == pytest.approx((1 + 1 / 2) / 3)
    assert m["pass_rate"] == pytest.approx(3 / 7)  # an extra cited speaker does not fail a case
    assert m["latency_median_ms"] == 40.0  # all turns: 15 20 30 40 50 60 70
    assert m["latency_p95_ms"] == pytest.approx(67.0)
    assert c["errors"] == 1 and c["citations"] == 3 and c["citations_unverified"] == 1


def test_metrics_with_nothing_to_measure_are_none_and_miss_thresholds() -> None:
    m, _ = compute_metrics([_result(Expect(True), answer("Some text."))])
    assert m["abstention_recall"] is None and m["quote_verification"] is None
    rows = check_thresholds(
        m,
        {
            "abstention_recall": 0.9,
            "answer_accuracy": 1.0,
            "latency_p95_ms": 5.0,
            "false_abstention_rate": 0.0,
        },
    )
    verdict = {r["name"]: r["passed"] for r in rows}
    assert verdict == {
        "abstention_recall": False,
        "answer_accuracy": True,
        "latency_p95_ms": False,
        "false_abstention_rate": True,
    }
    assert {r["name"]: r["op"] for r in rows}["latency_p95_ms"] == "<="


# ---------------------------------------------------------------- a run over a fake engine


class FakeEngine:
    """Scripted answers by question; records the history each call was given."""

    def __init__(self, script: dict[str, Answer | Exception]) -> None:
        self.script = script
        self.calls: list[tuple[str, list[tuple[str, str]]]] = []

    def ask(self, question, history=None, speaker=None, generator=None) -> Answer:
        assert history is None or all(isinstance(m, Message) for m in history)
        self.calls.append((question, [(m.role, m.content) for m in history or []]))
        out = self.script.get(question)
        if isinstance(out, Exception):
            raise out
        if out is None:
            return answer("The sources do not cover that.", abstained=True)
        return out.model_copy(update={"question": question})

    def document_text(self, doc_id: str) -> str:
        if doc_id != "doc":
            raise KeyError(doc_id)
        return DOC


SET = """\
name: fake-set
thresholds: {answer_accuracy: 0.5, quote_verification: 1.0}
cases:
  - id: ada-said
    question: What did Ada say?
    expect: {answerable: true, speakers: [Ada Lovelace], facts: [[weave]]}
  - id: followup
    turns: ["Who said machines can think?", "Where is <he> from?"]
    expect: {answerable: true, speakers: [Alan Turing], facts: [[Bletchley]]}
  - id: crashes
    question: Make it crash
    expect: {answerable: true, facts: [[anything]]}
  - id: offtopic
    question: Who won the cup?
    expect: {answerable: false}
"""


def fake_engine() -> FakeEngine:
    return FakeEngine(
        {
            "What did Ada say?": answer(
                "Ada Lovelace said machines can weave patterns [1].",
                cite(1, "Ada Lovelace", ADA),
                retrieved=[unit("Ada Lovelace", ADA)],
                ms=12.0,
            ),
            "Who said machines can think?": answer(
                "Alan Turing [1].", cite(1, "Alan Turing", ALAN)
            ),
            "Where is <he> from?": answer(
                "Alan Turing is from Bletchley [1].", cite(1, "Alan Turing", ALAN)
            ),
            "Make it crash": RuntimeError("engine blew up"),
        }
    )


def test_run_cases_goes_turn_by_turn_and_survives_a_crash(tmp_path: Path) -> None:
    qs = load_question_set(write(tmp_path, SET))
    engine = fake_engine()
    results = run_cases(engine, qs.cases)
    by_id = {r.case.id: r for r in results}
    assert [r.case.id for r in results] == ["ada-said", "followup", "crashes", "offtopic"]
    # the follow-up's second turn saw the first question and answer as history
    second = next(c for c in engine.calls if c[0] == "Where is <he> from?")
    assert second[1] == [
        ("user", "Who said machines can think?"),
        ("assistant", "Alan Turing [1]."),
    ]
    assert by_id["followup"].passed and by_id["followup"].earlier[0].text == "Alan Turing [1]."
    assert by_id["crashes"].error == "RuntimeError: engine blew up"
    assert not by_id["crashes"].passed
    assert by_id["offtopic"].passed and by_id["ada-said"].passed
    assert by_id["ada-said"].latencies_ms == [12.0]


def test_run_command_writes_three_files_and_gates(tmp_path: Path) -> None:
    path = write(tmp_path, SET)
    out = tmp_path / "out"
    lines: list[str] = []
    rc = run_command(None, path, out=out, echo=lines.append, engine=fake_engine())
    assert rc == 0  # accuracy 2/3 >= 0.5, quotes all verified
    printed = "\n".join(lines)
    assert "Answer accuracy" in printed and "66.7%" in printed and "Failed: crashes" in printed

    summary = json.loads((out / "summary.json").read_text())
    assert summary["ok"] is True
    assert summary["metrics"]["answer_accuracy"] == pytest.approx(2 / 3)
    assert summary["failed_cases"] == ["crashes"]
    records = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines()]
    assert [r["id"] for r in records] == ["ada-said", "followup", "crashes", "offtopic"]
    assert records[1]["turns"][1] == "Where is <he> from?" and "question" not in records[1]
    assert records[0]["answer"]["citations"][0]["speaker"] == "Ada Lovelace"
    assert records[2]["reasons"] == ["error: RuntimeError: engine blew up"]
    html = (out / "report.html").read_text()
    assert "Where is &lt;he&gt; from?" not in html  # passed cases are not in the failed list
    assert 'id="case-crashes"' in html and "engine blew up" in html
    assert "<script" not in html and "http://" not in html.replace("http://www.w3.org/2000/svg", "")

    # a flag wins over the file: now the gate is missed
    lines.clear()
    rc = run_command(
        None, path, thresholds=["answer_accuracy=0.9"], echo=lines.append, engine=fake_engine()
    )
    assert rc == 1
    assert any(line.startswith("threshold missed: answer_accuracy") for line in lines)


def test_run_command_json_is_pure_json(tmp_path: Path) -> None:
    lines: list[str] = []
    rc = run_command(
        None,
        write(tmp_path, SET),
        as_json=True,
        out=tmp_path / "o",
        thresholds={"pass_rate": 1.0},
        echo=lines.append,
        engine=fake_engine(),
    )
    assert rc == 1 and len(lines) == 1
    summary = json.loads(lines[0])
    # the flag joins the file's two thresholds
    assert [t["name"] for t in summary["thresholds"]] == [
        "answer_accuracy",
        "quote_verification",
        "pass_rate",
    ]
    assert summary["thresholds"][2] == {
        "name": "pass_rate",
        "op": ">=",
        "threshold": 1.0,
        "value": 0.75,
        "passed": False,
    }


def test_report_escapes_failed_case_text(tmp_path: Path) -> None:
    body = SET.replace("Who won the cup?", "<script>alert(1)</script>")
    engine = fake_engine()
    engine.script["<script>alert(1)</script>"] = answer("<b>Paris</b> & co")
    run_command(
        None, write(tmp_path, body), out=tmp_path / "o", echo=lambda *_: None, engine=engine
    )
    html = (tmp_path / "o" / "report.html").read_text()
    assert "<script>" not in html and "<b>Paris" not in html
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        and "&lt;b&gt;Paris&lt;/b&gt; &amp; co" in html
    )


def test_run_command_rejects_a_malformed_file_before_running(tmp_path: Path) -> None:
    engine = fake_engine()
    path = write(tmp_path, SET.replace("facts: [[weave]]", "facts: [weave]"))
    with pytest.raises(EvalFileError, match=r"case 'ada-said' \(#1\): `expect.facts\[0\]`"):
        run_command(None, path, echo=lambda *_: None, engine=engine)
    assert engine.calls == []
    with pytest.raises(BadInputError, match="--compare"):
        run_command(None, write(tmp_path, SET), compare="other", engine=engine)


# ---------------------------------------------------------------- real model and engine


@pytest.fixture(scope="module")
def settings(seed_settings):
    """The shared seed corpus and its index (tests/conftest.py)."""
    return seed_settings


@pytest.fixture(scope="module")
def baseline(settings):
    from assistant.baseline import BaselineEngine

    return BaselineEngine(settings)


@pytest.mark.slow
def test_baseline_answers_with_the_top_chunk_and_never_abstains(baseline, no_network) -> None:
    a = baseline.ask("Who won the 2022 FIFA World Cup?")
    assert not a.abstained and a.generator == "baseline"
    (c,) = a.citations
    assert c.speaker is None and c.kind == "narrative"
    assert c.doc_id == "constructive_dialogue_2023" and a.retrieved[0].text == c.quote
    assert quote_verified(c, baseline.document_text(c.doc_id))


@pytest.mark.slow
def test_compare_baseline_adds_a_column(tmp_path: Path, settings) -> None:
    body = """\
        name: compare
        cases:
          - id: chair
            question: Who chaired the Constructive Dialogue?
            expect: {answerable: true, speakers: [Thomas Burrows], facts: [[Thomas Burrows]]}
          - id: offtopic
            question: Who won the 2022 FIFA World Cup?
            expect: {answerable: false}
        """
    lines: list[str] = []
    # the assistant side is a fake that abstains on everything; the baseline is real
    rc = run_command(
        settings,
        write(tmp_path, body),
        compare="baseline",
        out=tmp_path / "o",
        echo=lines.append,
        engine=FakeEngine({}),
    )
    assert rc == 0  # no thresholds
    summary = json.loads((tmp_path / "o" / "summary.json").read_text())
    a, b = summary["metrics"], summary["baseline"]["metrics"]
    assert a["abstention_recall"] == 1.0 and a["answer_accuracy"] == 0.0
    assert b["speaker_recall"] == 0.0 and b["abstention_recall"] == 0.0
    assert b["quote_verification"] == 1.0 and b["answer_accuracy"] == 1.0
    assert "Baseline" in lines[0]
    records = [json.loads(x) for x in (tmp_path / "o" / "results.jsonl").read_text().splitlines()]
    assert records[0]["baseline"]["passed"] is False  # no speaker cited
    assert "Thomas Burrows" in records[0]["baseline"]["text"]
    assert "<th>Baseline</th>" in (tmp_path / "o" / "report.html").read_text()


def _has_engine() -> bool:
    import assistant.engine as eng

    return hasattr(eng, "build_engine")


def _invoke(args: list[str], env: dict[str, str] | None = None):
    from click.testing import CliRunner

    from assistant.cli import main

    return CliRunner().invoke(main, args, env=env)


def test_cli_rejects_a_malformed_file_with_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, SET.replace("answerable: false", "answerable: nope"))
    result = _invoke(["eval", str(path)])
    assert result.exit_code == 1
    assert "case 'offtopic' (#4): `expect.answerable`: must be true or false" in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow
@pytest.mark.skipif(not _has_engine(), reason="build_engine not written yet")
def test_the_real_engine_passes_the_project_question_set(
    tmp_path: Path, settings, no_network
) -> None:
    env = {"ASSISTANT_INDEX_DIR": str(settings.index_dir),
           "ASSISTANT_SOURCE_DIR": str(settings.source_dir)}  # fmt: skip
    out = tmp_path / "report"
    result = _invoke(["eval", str(DIALOGUE), "--out", str(out), "--json"], env=env)
    summary = json.loads(result.stdout)  # --json: stdout is the summary alone
    assert json.loads((out / "summary.json").read_text())["metrics"] == summary["metrics"]
    assert sum(1 for _ in (out / "results.jsonl").open()) == summary["counts"]["cases"]
    assert "<svg" in (out / "report.html").read_text()
    assert summary["metrics"]["quote_verification"] == 1.0
    assert summary["counts"]["errors"] == 0, summary["failed_cases"]
    missed = [t for t in summary["thresholds"] if not t["passed"]]
    assert result.exit_code == (1 if missed else 0)
    assert not missed, (missed, summary["failed_cases"])


def test_targets_are_reported_but_do_not_gate(tmp_path: Path) -> None:
    path = write(tmp_path, SET.replace("cases:", "targets: {answer_accuracy: 0.9}\ncases:", 1))
    out = tmp_path / "out"
    lines: list[str] = []
    rc = run_command(None, path, out=out, echo=lines.append, engine=fake_engine())
    assert rc == 0  # the thresholds (accuracy >= 0.5) hold; the 0.9 target is only reported
    assert any(
        line.startswith("target missed (reported, not gated): answer_accuracy") for line in lines
    )
    summary = json.loads((out / "summary.json").read_text())
    assert summary["ok"] is True
    assert [(t["name"], t["passed"]) for t in summary["targets"]] == [("answer_accuracy", False)]
    assert "target(s) missed" in (out / "report.html").read_text()
    # the same number as a threshold fails the run
    bad = write(tmp_path, SET.replace("answer_accuracy: 0.5", "answer_accuracy: 0.9"))
    assert run_command(None, bad, echo=lines.append, engine=fake_engine()) == 1


def test_a_joint_citation_cites_each_speaker_it_names() -> None:
    exp = Expect(True, ("Ada Lovelace", "Alan Turing"), (("weave",),))
    a = answer("Ada Lovelace and Alan Turing said machines can weave [1].",
               cite(1, "Ada Lovelace and Alan Turing", ADA))  # fmt: skip
    assert grade(exp, a, doc_text).speakers_found == ["Ada Lovelace", "Alan Turing"]
    alone = answer("Ada Lovelace said machines can weave [1].", cite(1, "Ada Lovelace", ADA))
    assert grade(exp, alone, doc_text).speakers_found == ["Ada Lovelace"]


def test_a_state_by_its_long_name_is_the_same_delegation() -> None:
    exp = Expect(True, ("United States",), (("weave",),))
    a = answer("The United States of America said machines can weave [1].",
               cite(1, "United States of America", ADA))  # fmt: skip
    assert grade(exp, a, doc_text).speakers_found == ["United States"]
    other = answer("Ada Lovelace said machines can weave [1].", cite(1, "Ada Lovelace", ADA))
    assert grade(exp, other, doc_text).speakers_found == []
