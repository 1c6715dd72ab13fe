"""Two evals of sets with the same `corpus`, started together, share one cached eval index: the
second waits for the first's build and reuses it. Real processes run the index step of
`assistant eval` (real Chroma, the bundled MiniLM); answering is left out to keep it short."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# what `assistant eval SET` does before answering, with its messages on stdout; the code digest
# is held fixed, as an edit of the package during the run would rightly rebuild
RUN = """import sys
from assistant import eval_index
from assistant.config import load_settings
from assistant.evaluate import load_question_set
eval_index.code_digest = lambda: "fixed"
eval_index.prepare(load_settings(), list(load_question_set(sys.argv[1]).corpus), echo=print)
"""

TRANSCRIPT = """Statement by Ms. Ada Lovelace (Engine Society)
Ms. Ada Lovelace said that the analytical engine weaves algebraic patterns.
Statement by Mr. Charles Babbage (Difference Society)
Mr. Charles Babbage said that the difference engine tabulates polynomials.
"""

SET = """name: {name}
corpus: [docs]
cases:
  - id: engine
    question: What does the analytical engine weave?
    expect:
      answerable: true
"""


def _env() -> dict[str, str]:
    """No ASSISTANT_* overrides: the index goes to the default report/.index under the cwd."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    env.update(ANONYMIZED_TELEMETRY="False", PYTHONUNBUFFERED="1")
    return env


@pytest.mark.slow
def test_two_evals_started_together_build_the_shared_index_once(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "session.txt").write_text(TRANSCRIPT, encoding="utf-8")
    for name in ("a", "b"):  # two sets, one corpus: one cached index
        (tmp_path / f"{name}.yaml").write_text(SET.format(name=name), encoding="utf-8")
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", RUN, f"{name}.yaml"],
            cwd=tmp_path,
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name in ("a", "b")
    ]
    outputs = [p.communicate(timeout=240)[0] for p in procs]
    for p, out in zip(procs, outputs, strict=True):
        assert p.returncode == 0, out[-2000:]
    built = [out for out in outputs if "(building)" in out]
    assert len(built) == 1, outputs  # built once, by whichever came first
    other = next(out for out in outputs if "(building)" not in out)
    assert "index up to date" in other, other
    homes = list((tmp_path / "report" / ".index").iterdir())
    assert len(homes) == 1, homes  # one key folder for both sets
    assert (homes[0] / "index" / "eval-stamp.json").is_file()
