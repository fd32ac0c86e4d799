"""Rule-based entity finder over the package's data files (placeholder until the rules land)."""
from __future__ import annotations


def find_entities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) spans in the normalised text."""
    return []
