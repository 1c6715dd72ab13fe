"""A small made-up corpus indexed into a temp dir, and the real engine over it."""

from __future__ import annotations

from pathlib import Path


def corpus_engine(base: Path, files: dict[str, tuple[str, str | None]]):
    """`files`: name -> (text, metadata YAML or None); the engine over them, indexed in `base`."""
    from assistant.config import load_settings
    from assistant.engine import build_engine

    folder = base / "docs"
    folder.mkdir()
    for name, (text, meta) in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        if meta is not None:
            (folder / f"{Path(name).stem}.meta.yaml").write_text(meta, encoding="utf-8")
    return build_engine(load_settings(source_dir=folder, index_dir=base / "index"))
