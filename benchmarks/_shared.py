"""Where the shared fixtures are, for benchmark scripts."""
from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GOVEXTRACT_SHARED", REPO.parent / "shared"))


def texts(*folders: str) -> list[tuple[str, str]]:
    """(name, text) for every .txt in the given ../shared folders; exits cleanly when absent."""
    found = []
    for folder in folders:
        for path in sorted((SHARED / folder).glob("*.txt")):
            found.append((path.name, path.read_text(encoding="utf-8")))
    if not found:
        sys.exit(f"no texts under {SHARED}: the benchmarks read ../shared beside the repository")
    return found
