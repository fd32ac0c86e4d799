"""Data files that ship with govextract (title lists, gazetteers, chrome phrases)."""
from __future__ import annotations

from functools import cache
from importlib import resources


def data_path(name: str):
    """A Traversable for a data file in this package."""
    return resources.files(__name__).joinpath(name)


@cache
def read_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV data file, skipping '#' comments and blank lines."""
    rows = []
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(field.strip() for field in line.split("\t")))
    return tuple(rows)


def read_words(name: str) -> tuple[str, ...]:
    """First column of a TSV data file."""
    return tuple(row[0] for row in read_table(name))
