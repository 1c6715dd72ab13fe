"""Reading one YAML file of the evals (question sets, gold files) with one-line errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import AssistantError


def read_yaml(path: Path, error: type[AssistantError], what: str) -> Any:
    """The parsed file; `error` names the file (and the line of a YAML mistake)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"{path}: no such {what}") from None
    except (OSError, UnicodeDecodeError) as err:
        raise error(f"{path}: cannot read ({type(err).__name__})") from None
    try:
        return yaml.safe_load(raw)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(err, "problem", None)
        raise error(f"{path.name}: invalid YAML{where}: {problem or err}") from None
