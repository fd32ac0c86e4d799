"""The title lexicon (data/titles.tsv) and a matcher for office titles in clean text."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..data import read_table, tables

_ROWS = read_table("titles.tsv")
TITLE_KIND: dict[str, str] = {row[0]: row[1] for row in _ROWS if row[1] != "modifier"}
MODIFIERS: tuple[str, ...] = tuple(row[0] for row in _ROWS if row[1] == "modifier")

# A title written inside an organisation or an object name is not an office: 委员会, 书记处,
# 市长热线, 省长杯 (data/title_blockers.tsv).
_BLOCKED_AFTER = "|".join(
    re.escape(word) + (f"(?!{'|'.join(map(re.escape, unless.split('|')))})" if unless else "")
    for word, unless in tables.title_blockers()
)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


TITLE_RE = re.compile(
    rf"(?:{_alternation(MODIFIERS)})*(?:{_alternation(TITLE_KIND)})(?!{_BLOCKED_AFTER})"
)


@dataclass(frozen=True)
class TitleMatch:
    """A title in the text: 常务副市长 at [start, end), its head's kind (title, group, byline)."""

    start: int
    end: int
    text: str
    kind: str


def head_kind(title: str) -> str:
    """The kind of a title by its longest listed suffix: 常务副市长 -> title, 市领导 -> group."""
    for i in range(len(title)):
        kind = TITLE_KIND.get(title[i:])
        if kind:
            return kind
    return "title"


def find_titles(text: str) -> list[TitleMatch]:
    """Titles left to right; one directly followed by another title is part of an organisation
    name (行政长官办公室主任 keeps 主任 only, 行政长官 being its organisation).

    >>> [t.text for t in find_titles("重庆市常务副市长吴存荣")]
    ['常务副市长']
    """
    found = [TitleMatch(m.start(), m.end(), m.group(), head_kind(m.group())) for m in TITLE_RE.finditer(text)]
    kept = []
    for i, title in enumerate(found):
        following = found[i + 1] if i + 1 < len(found) else None
        if following is not None and following.start == title.end:
            continue
        kept.append(title)
    return kept
