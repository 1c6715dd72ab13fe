"""The index a question set is measured on, when its YAML names its own `corpus`.

The listed folders are copied into `<root>/<key>/sources/` (one sub-folder each) and indexed
into `<root>/<key>/index/` (root: `report/.index`; the key names the folders, so sets measured
on the same folders share one index). The next run reuses that index when nothing changed: the
store re-embeds only changed documents (text, metadata or corrections), and a change to the
assistant's own code (which may change attribution) or to the model rebuilds it all. The store
switches generations atomically, and the stamp that allows reuse is written only after a
complete build, so an interrupted build is never measured. `index_dir` (the command's
`--index DIR`, or ASSISTANT_INDEX_DIR in the environment) names another index folder; the
copies then go beside it, in `DIR.sources/`. Runs sharing an index take turns: an OS file lock
(`DIR.lock`, released by the OS if its holder dies) is held while one copies, checks and
builds, so the next finds the index fresh and only reuses it.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

DEFAULT_ROOT = Path("report") / ".index"
STAMP = "eval-stamp.json"
PACKAGE = Path(__file__).resolve().parent


def code_digest() -> str:
    """Digest of the package's Python files: a changed attribution rule means a new index."""
    h = hashlib.sha256()
    for p in sorted(PACKAGE.rglob("*.py")):
        h.update(p.relative_to(PACKAGE).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def _copy_sources(folders: list[Path], target: Path) -> None:
    """Fresh copies of the corpus folders (hidden files left out), one sub-folder each."""
    if target.exists():
        shutil.rmtree(target)
    for i, folder in enumerate(folders):
        dest = target / f"{i}-{folder.name}"
        dest.mkdir(parents=True)
        for p in sorted(folder.rglob("*")):
            rel = p.relative_to(folder)
            if p.is_file() and not any(part.startswith(".") for part in rel.parts):
                (dest / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(p, dest / rel)


def corpus_key(folders: list[Path]) -> str:
    """A folder name for these corpus folders: their names and a hash of their paths."""
    paths = "\n".join(str(f.resolve()) for f in folders)
    names = "+".join(re.sub(r"[^A-Za-z0-9._-]+", "_", f.resolve().name) for f in folders)
    return f"{names[:60]}-{hashlib.sha256(paths.encode()).hexdigest()[:8]}"


def prepare(
    settings: Any,
    folders: list[Path],
    *,
    index_dir: Path | None = None,
    root: Path = DEFAULT_ROOT,
    echo: Callable[[str], None] = lambda msg: None,
    progress: Callable[[str, int, int], None] | None = None,
    embed_model: Any = None,
) -> Any:
    """Settings whose index holds exactly `folders`, built or brought up to date now."""
    from .engine import index_corpus

    if index_dir is None:
        home = root / corpus_key(folders)
        index_dir, sources = home / "index", home / "sources"
    else:  # beside it: the index folder holds only the store
        sources = index_dir.with_name(index_dir.name + ".sources")
    with _locked(index_dir, echo):
        _copy_sources(folders, sources)
        eval_settings = settings.model_copy(
            update={"source_dir": sources.resolve(), "index_dir": index_dir.resolve()}
        )
        stamp_path = index_dir / STAMP
        want = {
            "code": code_digest(),
            "model": str(eval_settings.resolved_model_dir()),
            "folders": [str(f.resolve()) for f in folders],  # for whoever opens the folder
        }
        try:
            have = json.loads(stamp_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            have = None
        stale = (
            have is None or have.get("code") != want["code"] or have.get("model") != want["model"]
        )
        echo(
            f"Eval corpus: {', '.join(str(f) for f in folders)} -> {index_dir}"
            + (" (building)" if stale else "")
        )
        if stale:
            stamp_path.unlink(missing_ok=True)
        report, skipped = index_corpus(
            eval_settings, rebuild=stale, progress=progress, embed_model=embed_model
        )
        for s in skipped:
            echo(f"  skipped {s.reason}")
        if report.did_work:
            echo(
                f"  indexed {len(report.added) + len(report.changed)} document(s), "
                f"{len(report.unchanged)} unchanged, {report.units} units"
            )
        else:
            echo(f"  index up to date ({report.units} units)")
        stamp_path.write_text(json.dumps(want, indent=2) + "\n", encoding="utf-8")
        return eval_settings


@contextmanager
def _locked(index_dir: Path, echo: Callable[[str], None]) -> Iterator[None]:
    """Hold the lock on this index; say so once when another run holds it."""
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    # flock only (no soft-lock fallback): the OS drops it when a holder dies, so none goes stale
    lock = FileLock(index_dir.with_name(index_dir.name + ".lock"), fallback_to_soft=False)
    try:
        lock.acquire(blocking=False)
    except Timeout:
        echo(f"waiting for another eval to finish building {index_dir} ...")
        lock.acquire()
    try:
        yield
    finally:
        lock.release()
