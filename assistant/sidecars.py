"""Where a document's sidecar files are: `report.pdf.meta.yaml`, else `report.meta.yaml`."""

from __future__ import annotations

from pathlib import Path

SIDECARS = (".meta.yaml", ".speakers.yaml")


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECARS)


def sidecar_path(path: Path, suffix: str) -> Path:
    """The sidecar of `path`: `report.pdf.meta.yaml` when there is one (it names the file
    whole), else `report.meta.yaml`."""
    whole = path.with_name(path.name + suffix)
    return whole if whole.is_file() else path.with_name(path.stem + suffix)
