"""Where the shared fixtures are, for benchmark scripts."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GOVEXTRACT_SHARED", REPO.parent / "shared"))


def load_module(name: str, path: Path):
    """A Python file outside the package (the shared scorer, a test table) as a module."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_scorer(path: Path | None = None):
    """The shared scorer, ../shared/eval/score.py unless another path is given."""
    return load_module("govextract_shared_score", path or SHARED / "eval" / "score.py")


def texts(*folders: str) -> list[tuple[str, str]]:
    """(name, text) for every .txt in the given ../shared folders; exits cleanly when absent."""
    found = []
    for folder in folders:
        for path in sorted((SHARED / folder).glob("*.txt")):
            found.append((path.name, path.read_text(encoding="utf-8")))
    if not found:
        sys.exit(f"no texts under {SHARED}: the benchmarks read ../shared beside the repository")
    return found
