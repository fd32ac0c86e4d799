"""Shared fixtures: where ../shared is (skip cleanly when it is absent)."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GOVEXTRACT_SHARED", REPO.parent / "shared"))
SEED = SHARED / "seed" / "000_54e9b0f0adafe382.txt"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip(f"{SHARED} is absent: fixtures and scorer are not in this checkout")
    return SHARED


@pytest.fixture(scope="session")
def scorer(shared: Path):
    """The shared scorer, ../shared/eval/score.py, as a module."""
    spec = importlib.util.spec_from_file_location("govextract_shared_score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def seed_text(shared: Path) -> str:
    return SEED.read_text(encoding="utf-8")
