"""Attribution checks from gold files: parsing, matching rules, and the metrics on a real index of a
tiny hand-made corpus (a fake encoder: retrieval is not under test here)."""

from __future__ import annotations

import hashlib
import json
import math
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant.attribution_eval import (
    GoldFileError,
    GoldSpeaker,
    acronym,
    affiliation_matches,
    check_attribution,
    load_gold,
    locate,
    parse_gold,
    same_speaker,
    unit_for,
)

ROOT = Path(__file__).resolve().parents[1]
DEV_GOLD = ROOT / "evals" / "dev_gold.yaml"

GOOD = {
    "documents": [
        {
            "file": "a.txt",
            "speakers": [{"name": "Ada Lovelace", "affiliation": "Engine Society", "roles": []}],
        }
    ],
    "sentences": [{"file": "a.txt", "text": "Machines weave.", "speaker": "Ada Lovelace"}],
}


def test_the_dev_gold_file_parses() -> None:
    gold = load_gold(DEV_GOLD)
    assert len(gold.documents) == 5 and len(gold.sentences) == 25
    assert {d.doc_id for d in gold.documents} >= {"report_working_group_firearms"}
    assert sum(s.speaker is None for s in gold.sentences) >= 3


def _bad(change) -> dict:
    data = json.loads(json.dumps(GOOD))
    change(data)
    return data


BAD_GOLD = {
    "no documents": (lambda d: d.pop("documents"), ["`documents`"]),
    "doc without file": (lambda d: d["documents"][0].pop("file"), ["documents[0]", "`file`"]),
    "speakers not list": (
        lambda d: d["documents"][0].update(speakers="Ada"),
        ["documents[0] (a.txt)", "`speakers`"],
    ),
    "speaker without name": (
        lambda d: d["documents"][0]["speakers"][0].pop("name"),
        ["documents[0] (a.txt): speakers[0]", "`name`", "missing"],
    ),
    "speaker typo": (
        lambda d: d["documents"][0]["speakers"][0].update(afiliation="X"),
        ["documents[0] (a.txt): speakers[0]", "`afiliation`"],
    ),
    "affiliation number": (
        lambda d: d["documents"][0]["speakers"][0].update(affiliation=3),
        ["speakers[0] (Ada Lovelace)", "`affiliation`"],
    ),
    "sentence without speaker key": (
        lambda d: d["sentences"][0].pop("speaker"),
        ["sentences[0] (a.txt)", "`speaker`", "null"],
    ),
    "sentence empty text": (
        lambda d: d["sentences"][0].update(text=" "),
        ["sentences[0] (a.txt)", "`text`"],
    ),
    "sentence unknown speaker": (
        lambda d: d["sentences"][0].update(speaker="Ada Byron"),
        ["sentences[0] (a.txt)", "'Ada Byron'", "not a speaker listed"],
    ),
    "unknown top key": (lambda d: d.update(people=[]), ["`people`"]),
}


@pytest.mark.parametrize("name", sorted(BAD_GOLD))
def test_a_bad_gold_entry_is_named_with_file_and_entry(name: str) -> None:
    change, needles = BAD_GOLD[name]
    with pytest.raises(GoldFileError) as err:
        parse_gold(_bad(change), source="mine_gold.yaml")
    msg = str(err.value)
    assert msg.startswith("mine_gold.yaml: ")
    for needle in needles:
        assert needle in msg, (needle, msg)


def test_a_gold_file_with_bad_yaml_names_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "x_gold.yaml"
    p.write_text("documents:\n  - file: a.txt\n    speakers: [\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"x_gold.yaml: invalid YAML at line \d"):
        load_gold(p)
    with pytest.raises(GoldFileError, match="no such gold file"):
        load_gold(tmp_path / "missing.yaml")


def test_names_match_without_case_accents_or_acronym() -> None:
    assert same_speaker("Inés Valdivia Ruiz", "ines valdivia ruiz")
    assert same_speaker("United Nations Office on Drugs and Crime (UNODC)",
                        "United Nations Office on Drugs and Crime")  # fmt: skip
    assert same_speaker(None, None)
    assert not same_speaker("Inés Valdivia", "Inés Valdivia Ruiz")  # a name cut short
    assert not same_speaker("Kenya", None) and not same_speaker(None, "Kenya")


def test_affiliations_match_loosely_but_not_anything() -> None:
    unodc = GoldSpeaker("Anders Mikkelsen", "United Nations Office on Drugs and Crime (UNODC)")
    assert affiliation_matches(unodc, "UNODC", None)
    assert affiliation_matches(unodc, "United Nations Office on Drugs and Crime", None)
    assert affiliation_matches(unodc, None, "UNODC")
    assert not affiliation_matches(unodc, "Meta", None)
    assert not affiliation_matches(unodc, None, None)  # a person needs one
    chile = GoldSpeaker("Inés Valdivia Ruiz", "Chile")
    assert affiliation_matches(chile, "Permanent Mission of Chile", None)  # containment
    assert not affiliation_matches(chile, "Chilean Society", None)  # whole words only
    kenya = GoldSpeaker("Kenya", "Kenya")
    assert affiliation_matches(kenya, None, None)  # a delegation is its own affiliation
    assert affiliation_matches(GoldSpeaker("X", None), "anything", None)
    assert acronym("Safer Borders Initiative") == "sbi"
    assert acronym("Chile") is None


def test_locate_ignores_whitespace_and_quote_style() -> None:
    doc = "Intro.\n\nShe said “no  more\nwaiting” today. Next."
    start, end = locate('She said "no more waiting" today.', doc)
    assert doc[start:end] == "She said “no  more\nwaiting” today."
    assert locate("not there", doc) is None


def test_unit_for_takes_the_first_character_else_most_overlap() -> None:
    u = [SimpleNamespace(start=0, end=10), SimpleNamespace(start=12, end=40)]
    assert unit_for(u, 5, 30) is u[0]
    assert unit_for(u, 10, 30) is u[1]  # in the gap: most overlap
    assert unit_for(u, 50, 60) is None


# ---------------------------------------------------------------- a real index of a tiny corpus


class FakeEncoder:
    """Deterministic unit vectors from a text's hash: enough to build and open an index."""

    name = "fake-encoder"
    dims = 16

    def query(self, text: str) -> list[float]:
        raw = hashlib.sha256(text.encode()).digest()[: self.dims]
        vec = [b - 127.5 for b in raw]
        norm = math.sqrt(sum(v * v for v in vec))
        return [v / norm for v in vec]

    def batch(self, texts) -> list[list[float]]:
        return [self.query(t) for t in texts]


TRANSCRIPT = """\
Informal session of the Working Group on Example Matters, Geneva, 4 March 2024.

CHAIR (Ms. Ingrid Solberg): Good morning. We turn to requests for electronic evidence.
Dr. Tomas Reyes (Latin American Institute for Digital Rights): Response times still exceed \
ten months. We need a single point of contact in every ministry.
Mr. Kwame Mensah (Ghana Cyber Security Authority): Our unit has cut response times to six weeks.
[The session was suspended for ten minutes.]
"""

GOLD = """\
documents:
  - file: session.txt
    speakers:
      - {name: Ingrid Solberg, affiliation: null, roles: [Chair]}
      - {name: Tomas Reyes, affiliation: Latin American Institute for Digital Rights}
      - {name: Kwame Mensah, affiliation: Ghana Cyber Security Authority}
      - {name: Nobody Here, affiliation: Nowhere}          # not in the document: a miss
sentences:
  - {file: session.txt, speaker: Tomas Reyes,
     text: "We need a single point of contact in every ministry."}
  - {file: session.txt, speaker: Kwame Mensah,
     text: "Our unit has cut response times to six weeks."}
  # deliberately wrong gold: Mensah's words credited to Reyes must count as a misattribution
  - {file: session.txt, speaker: Tomas Reyes,
     text: "Our unit has cut response  times to six weeks."}
  - {file: session.txt, text: "This sentence is in no document.", speaker: Kwame Mensah}
  - {file: other.txt, text: "Nor is this one.", speaker: null}
"""


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """A question set with its own corpus and gold, indexed with the fake encoder."""
    from assistant.config import load_settings
    from assistant.eval_index import prepare
    from assistant.evaluate import load_question_set

    base = tmp_path_factory.mktemp("tiny")
    (base / "docs").mkdir()
    (base / "docs" / "session.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (base / "docs" / "session.meta.yaml").write_text("kind: verbatim transcript\n")
    (base / "more").mkdir()
    (base / "more" / "note.md").write_text("# A note\n\nThe meeting closed at noon.\n")
    (base / "evals").mkdir()
    (base / "evals" / "tiny_gold.yaml").write_text(GOLD, encoding="utf-8")
    (base / "evals" / "tiny.yaml").write_text(
        textwrap.dedent("""\
        name: tiny
        corpus: [../docs, ../more]
        gold: [tiny_gold.yaml]
        thresholds: {misattributions: 0}
        cases:
          - id: reyes
            question: What did Tomas Reyes say about response times?
            expect: {answerable: true, speakers: [Tomas Reyes], facts: [[ten months]]}
          - id: offtopic
            question: Who won the cup?
            expect: {answerable: false}
        """),
        encoding="utf-8",
    )
    qs = load_question_set(base / "evals" / "tiny.yaml")
    settings = load_settings(source_dir=base / "unused", index_dir=base / "unused-index")
    encoder = FakeEncoder()
    eval_settings = prepare(settings, list(qs.corpus), root=base / "cache", embed_model=encoder)
    return SimpleNamespace(base=base, qs=qs, settings=eval_settings, encoder=encoder)


@pytest.fixture(scope="module")
def tiny_engine(tiny):
    from assistant.engine import DialogueEngine
    from assistant.store import Store, model_id

    store = Store(tiny.settings, model_id(tiny.settings.resolved_model_dir()))
    return DialogueEngine(tiny.settings, store, tiny.encoder)


def test_the_corpus_key_indexes_exactly_the_listed_folders(tiny, tiny_engine) -> None:
    ids = {d.doc_id for d in tiny_engine.corpus().documents}
    assert ids == {"session", "note"}  # not the settings' source_dir (which does not exist)
    (home,) = (tiny.base / "cache").iterdir()
    assert home.name.startswith("docs+more-")  # named for its folders: sets share an index
    assert tiny.settings.index_dir == (home / "index").resolve()
    assert tiny_engine.document_meta("session")["kind"] == "verbatim transcript"
    with pytest.raises(KeyError):
        tiny_engine.document_meta("nope")


def test_an_unchanged_corpus_reuses_the_index_and_a_change_updates_it(
    tiny, tmp_path: Path, monkeypatch
) -> None:
    import shutil

    from assistant import eval_index

    docs = tmp_path / "docs"
    shutil.copytree(tiny.base / "docs", docs)
    (docs / "page.txt").write_text("A page that stays the same.\n")

    def run(code: str) -> list[str]:
        monkeypatch.setattr(eval_index, "code_digest", lambda: code)
        lines: list[str] = []
        eval_index.prepare(
            tiny.settings, [docs], root=tmp_path / "cache", embed_model=tiny.encoder,
            echo=lines.append,
        )  # fmt: skip
        return lines

    assert "(building)" in run("code-a")[0]
    again = run("code-a")
    assert "(building)" not in again[0] and "up to date" in again[1], again
    (docs / "session.txt").write_text(TRANSCRIPT + "Mr. Kwame Mensah (Ghana): One more.\n")
    changed = run("code-a")  # only the changed document is read and embedded again
    assert "indexed 1 document(s), 1 unchanged" in changed[1], changed
    rebuilt = run("code-b")  # new code may attribute differently: all of it again
    assert "(building)" in rebuilt[0] and "indexed 2 document(s), 0 unchanged" in rebuilt[1]
    (home,) = (tmp_path / "cache").iterdir()
    copies = {p.name for p in (home / "sources").rglob("*")}
    assert copies == {"0-docs", "session.txt", "session.meta.yaml", "page.txt"}


def test_attribution_metrics_on_known_attributions(tiny, tiny_engine) -> None:
    att = check_attribution(list(tiny.qs.gold), tiny_engine)
    (session, other) = att["documents"]
    assert session["doc_id"] == "session" and session["style"] == "verbatim transcript"
    # Solberg (no affiliation asked), Reyes and Mensah found; "Nobody Here" missing
    assert session["speakers_found"] == 3 and session["speakers_expected"] == 4
    assert session["speakers_missing"] == ["Nobody Here: not among the speakers"]
    rows = att["sentences"]
    assert [r["correct"] for r in rows] == [True, True, False, False, False]
    assert [r["misattributed"] for r in rows] == [False, False, True, False, False]
    assert rows[2]["credited"] == "Kwame Mensah" and rows[2]["gold"] == "Tomas Reyes"
    assert rows[3]["problem"] == "sentence not found in the indexed text"
    assert rows[4]["problem"] == "document not indexed" and other["indexed"] is False
    m = att["metrics"]
    assert m["speaker_found_recall"] == pytest.approx(3 / 4)
    assert m["sentence_attribution_accuracy"] == pytest.approx(2 / 5)
    assert m["misattributions"] == 1
    assert att["styles"]["verbatim transcript"]["misattributions"] == 1
    assert att["styles"]["txt"]["documents"] == 1  # other.txt: no metadata, so its format


MENSAH = "Our unit has cut response times to six weeks."


def test_a_narrative_line_credited_to_a_speaker_is_a_misattribution(tiny, tiny_engine) -> None:
    gold = parse_gold(
        {
            "documents": [{"file": "session.txt", "speakers": []}],
            "sentences": [
                {"file": "session.txt", "text": MENSAH, "speaker": None},
                {"file": "note.md", "text": "The meeting closed at noon.", "speaker": None},
            ],
        }
    )
    att = check_attribution([gold], tiny_engine)
    first, second = att["sentences"]
    assert first["misattributed"] and not first["correct"]
    assert second["correct"] and second["credited"] is None
    assert att["metrics"]["misattributions"] == 1
    assert att["metrics"]["speaker_found_recall"] is None  # no speakers expected


class ScriptedAnswers:
    """The real index for attribution; scripted answers with scores, so the ROC is known."""

    def __init__(self, engine) -> None:
        self.engine = engine

    def __getattr__(self, name: str):
        return getattr(self.engine, name)

    def ask(self, question, history=None, speaker=None, generator=None):
        from assistant.answer import Answer, RetrievedUnit

        score = 0.8 if "Reyes" in question else 0.2
        unit = RetrievedUnit(
            unit_id="u", speaker=None, kind="narrative", text="t", score=score, doc_id="session",
            start=0, end=1,
        )  # fmt: skip
        return Answer(question=question, text="No.", abstained=True, retrieved=[unit])


def test_eval_gates_on_attribution_and_reports_per_style_and_roc(tiny, tiny_engine) -> None:
    from assistant.evaluate import run_command

    out = tiny.base / "report"
    lines: list[str] = []
    engine = ScriptedAnswers(tiny_engine)
    rc = run_command(tiny.settings, tiny.qs.path, out=out, echo=lines.append, engine=engine)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["metrics"]["misattributions"] == 1
    gate = {t["name"]: t["passed"] for t in summary["thresholds"]}
    assert gate == {"misattributions": False}
    assert rc == 1  # the answers do not matter: the attribution threshold is missed
    printed = "\n".join(lines)
    assert "Misattributed sentences (gold)" in printed and "threshold missed: misattributions" in (
        printed
    )
    html = (out / "report.html").read_text()
    assert '<table class="per-style">' in html and "verbatim transcript" in html
    assert 'aria-label="ROC curve"' in html and "<polyline" in html
    cal = summary["calibration"]
    assert (cal["answerable"], cal["unanswerable"], cal["auc"]) == (1, 1, 1.0)
    assert cal["at_threshold"] == {"fpr": 0.0, "tpr": 1.0}  # min_relevance 0.3 splits them
    assert "ROC AUC 1.000" in printed
    # the same run with a generous threshold on the same metric passes that gate
    rc = run_command(
        tiny.settings, tiny.qs.path, echo=lines.append, engine=engine,
        thresholds=["misattributions=1"],
    )  # fmt: skip
    assert rc == 0


@pytest.mark.slow
def test_the_cli_indexes_the_corpus_with_the_real_model(tiny, tmp_path: Path, no_network) -> None:
    from click.testing import CliRunner

    from assistant.cli import main

    index = tmp_path / "eval-index"
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        ["eval", str(tiny.qs.path), "--json", "--out", str(out)],
        env={"ASSISTANT_INDEX_DIR": str(index)},
    )
    summary = json.loads(result.stdout)  # progress goes to stderr: stdout is the JSON alone
    assert (index / "chroma.sqlite3").is_file() and (index / "eval-stamp.json").is_file()
    assert summary["attribution"]["metrics"]["misattributions"] == 1
    assert result.exit_code == 1  # misattributions <= 0 is missed
    assert {d["doc_id"] for d in summary["attribution"]["documents"]} == {"session", "other"}
    records = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines()]
    assert {r["id"]: r["style"] for r in records}["offtopic"] == "no document"
