"""`python -m bench.recall`: retrieval recall on the eval sets, before any answer is composed.

For every answerable single-turn case of every set, and each of its facts (a list of
alternatives), the rank of the first retrieved unit whose text holds one of the alternatives;
reported as recall@1/3/10/30 per set. A fact no unit holds (it spans sentences, or lives in
metadata) is counted apart, as `absent`: no retrieval can rank it.

Two ways of asking: `plain` is the question as typed against every unit; `scoped` is what the
extractive generator asks (the question as resolved, expanded with the corpus's word forms,
within the question's speakers and documents). Each set's index must exist (an `assistant eval`
run builds it); the tool only reads it.

    python -m bench.recall                       # every set of the Makefile, plain and scoped
    python -m bench.recall --sets extra_questions --json /tmp/recall.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CUTS = (1, 3, 10, 30)


def makefile_sets(root: Path = ROOT) -> list[str]:
    """The set names `make eval` runs, in order, once each."""
    names = re.findall(r"evals/([a-z_]+)\.yaml", (root / "Makefile").read_text())
    return list(dict.fromkeys(names))


def cases(spec: dict) -> Iterator[tuple[str, str, list[list[str]]]]:
    """(id, question, facts) of the answerable single-turn cases with facts."""
    for case in spec.get("cases") or []:
        expect = case.get("expect") or {}
        if case.get("question") and expect.get("answerable", True) and expect.get("facts"):
            yield case["id"], case["question"], [[str(a) for a in f] for f in expect["facts"]]


def _low(text: str) -> str:
    return " ".join(text.lower().split())


def rank_of(texts: list[str], alternatives: list[str]) -> int | None:
    """1-based rank of the first text holding one of the alternatives (None: not retrieved)."""
    alts = [_low(a) for a in alternatives]
    return next((i + 1 for i, t in enumerate(texts) if any(a in _low(t) for a in alts)), None)


def open_corpus(set_name: str, evals: Path, index_root: Path) -> Any:
    """The corpus (in-memory index generation) a set is measured on."""
    from assistant.config import load_settings
    from assistant.engine import build_engine
    from assistant.eval_index import corpus_key

    spec = yaml.safe_load((evals / f"{set_name}.yaml").read_text())
    if not spec.get("corpus"):
        return None, spec  # measured on the default index: not this tool's
    home = index_root / corpus_key([(evals / c).resolve() for c in spec["corpus"]])
    if not (home / "index").exists():
        raise SystemExit(f"no index for {set_name} at {home}: run `assistant eval` on it first")
    settings = load_settings(source_dir=(home / "sources"), index_dir=(home / "index"))
    return build_engine(settings, build_if_missing=False, warm=False)._state, spec


def measure(corpus: Any, spec: dict, k: int = 30) -> dict[str, list[dict]]:
    """Per mode, one row per fact: case id, first alternative, rank (None: beyond k) and
    whether any unit holds it at all."""
    from assistant.generators.retrieve import search
    from assistant.questions import analyse

    held_text = [_low(u.text) for u in corpus.units]
    out: dict[str, list[dict]] = {"plain": [], "scoped": []}
    for cid, question, facts in cases(spec):
        a = analyse(
            question, [], corpus.directory, corpus.vocabulary, corpus.stems, corpus.doc_words
        )
        hits = {
            "plain": corpus.retriever.search(question, k),
            "scoped": search(corpus, a, corpus.lexicon.expand(a.resolved), k, {}),
        }
        for fact in facts:
            alts = [_low(x) for x in fact]
            held = any(x in t for t in held_text for x in alts)
            for mode, found in hits.items():
                rank = rank_of([h.unit.text for h in found], fact)
                out[mode].append({"case": cid, "fact": fact[0], "rank": rank, "held": held})
    return out


def summary(rows: list[dict]) -> dict[str, float | int]:
    held = [r for r in rows if r["held"]]
    n = len(held)
    out: dict[str, float | int] = {"facts": n, "absent": len(rows) - n}
    for cut in CUTS:
        got = sum(1 for r in held if r["rank"] is not None and r["rank"] <= cut)
        out[f"r@{cut}"] = round(got / n, 3) if n else 0.0
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sets", nargs="*", help="set names (default: the Makefile's)")
    p.add_argument("--evals", type=Path, default=ROOT / "evals")
    p.add_argument("--index-root", type=Path, default=ROOT / "report" / ".index")
    p.add_argument("--k", type=int, default=30)
    p.add_argument("--json", type=Path, help="write every fact's rank here")
    args = p.parse_args(argv)
    every: dict[str, dict[str, list[dict]]] = {}
    print(f"{'set':28} {'mode':7} {'facts':>5} {'abs':>4} " + " ".join(f"{'r@' + str(c):>6}"
          for c in CUTS))  # fmt: skip
    for name in args.sets or makefile_sets():
        corpus, spec = open_corpus(name, args.evals, args.index_root)
        if corpus is None:
            continue
        every[name] = measure(corpus, spec, args.k)
        for mode, rows in every[name].items():
            s = summary(rows)
            cells = " ".join(f"{s[f'r@{c}']:6.3f}" for c in CUTS)
            print(f"{name:28} {mode:7} {s['facts']:5} {s['absent']:4} {cells}", flush=True)
    for mode in ("plain", "scoped"):
        s = summary([r for sets in every.values() for r in sets[mode]])
        cells = " ".join(f"{s[f'r@{c}']:6.3f}" for c in CUTS)
        print(f"{'ALL':28} {mode:7} {s['facts']:5} {s['absent']:4} {cells}")
    if args.json:
        args.json.write_text(json.dumps(every, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
