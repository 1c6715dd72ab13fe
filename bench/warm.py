"""Warm, in-process asks: the engine already loaded, questions timed one by one.

Also a rough check that the answers are still right (the expected speaker is cited, or the
answer abstains where it should), so a faster engine that answers worse shows up here.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

STAGES = (
    "analyse_ms", "embed_ms", "dense_ms", "keyword_ms", "fusion_ms", "compose_ms", "verify_ms",
)  # fmt: skip


@dataclass
class Case:
    turns: list[str]
    speakers: list[str] = field(default_factory=list)
    answerable: bool = True


def load_cases(path: Path) -> list[Case]:
    """A question set: the eval YAML schema (question/turns + expect), or the synthetic JSON."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return [
            Case([q["question"]], [q["speaker"]] if q.get("speaker") else [], bool(q["speaker"]))
            for q in json.loads(text)
        ]
    data = yaml.safe_load(text) or {}
    cases = []
    for c in data.get("cases") or []:
        turns = c.get("turns") or [c["question"]]
        expect = c.get("expect") or {}
        cases.append(
            Case(list(turns), list(expect.get("speakers") or []), expect.get("answerable", True))
        )
    return cases


def _right(answer: Any, case: Case) -> bool:
    if not case.answerable:
        return bool(answer.abstained)
    cited = {c.speaker for c in answer.citations}
    return not answer.abstained and set(case.speakers) <= cited


def ask_cases(engine: Any, cases: list[Case], rounds: int) -> tuple[list[dict], dict]:
    """Ask every case `rounds` times; each ask's timings (plus wall_ms), and a grade."""
    from assistant.answer import Message

    samples: list[dict] = []
    right = 0
    for r in range(rounds):
        for case in cases:
            history: list[Message] = []
            answer = None
            for turn in case.turns:
                t0 = time.perf_counter()
                answer = engine.ask(turn, history=history)
                wall = (time.perf_counter() - t0) * 1000
                samples.append({**answer.timings, "wall_ms": wall})
                history += [
                    Message(role="user", content=turn),
                    Message(role="assistant", content=answer.text),
                ]
            if r == 0 and answer is not None and _right(answer, case):
                right += 1
    return samples, {"cases": len(cases), "right": right}


def ask_baseline(baseline: Any, cases: list[Case], rounds: int) -> list[float]:
    """The baseline answers single questions (no history): the last turn of each case."""
    times = []
    for _ in range(rounds):
        for case in cases:
            t0 = time.perf_counter()
            baseline.ask(case.turns[-1])
            times.append((time.perf_counter() - t0) * 1000)
    return times
