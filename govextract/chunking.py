"""Long texts in pieces: cut at line or sentence ends, extract each piece, stitch offsets back exactly.

The rule (docs/batches.md, "Texts of any length"): a text of up to PIECE_MAX characters is one
piece. A longer one is cut after the last line break in the window PIECE_MIN..PIECE_MAX characters
from the previous cut; without one, after the last sentence end (。!?; and their full-width forms,
with any closing quote or bracket after them); without one, after the last list or clause mark
(、，,：:); and only in a window with none of these, at PIECE_MAX characters. Names, titles, role
chains and dates hold none of these marks, so no cut falls inside one. What crosses a cut is not
linked: a date without a year after the cut takes its year from the publish date, not from a date
before the cut, and 唐市长 after the cut is not read as an alias of 唐良智 before it.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

PIECE_MIN = 10_000
PIECE_MAX = 20_000
MAX_LENGTH = 20_000_000  # nlp.max_length: what normalisation and one token per character can hold

_LINE_END = re.compile(r"\n")
_SENTENCE_END = re.compile(r"[。！？；!?;][”’」』）)\"']*")
_CLAUSE_END = re.compile(r"[、，,：:]")
_BOUNDARIES = (_LINE_END, _SENTENCE_END, _CLAUSE_END)

Item = TypeVar("Item")


def _cut(text: str, start: int, limit: int) -> int:
    """The end of the piece that begins at start: after the last boundary of the strongest kind."""
    for boundary in _BOUNDARIES:
        last = None
        for match in boundary.finditer(text, start + PIECE_MIN, limit):
            last = match.end()
        if last is not None:
            return last
    return limit


def pieces(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each piece of text, in order, covering it exactly.

    >>> list(pieces("短文。"))
    [(0, 3)]
    """
    start = 0
    while len(text) - start > PIECE_MAX:
        end = _cut(text, start, start + PIECE_MAX)
        yield start, end
        start = end
    if start < len(text) or not text:
        yield start, len(text)


def shifted(item: Item, offset: int) -> Item:
    """An item with its start and end moved by offset: a (start, end, ...) tuple or a dataclass."""
    if not offset:
        return item
    if isinstance(item, tuple):
        return (item[0] + offset, item[1] + offset, *item[2:])  # type: ignore[return-value]
    moved: Any = item
    return dataclasses.replace(moved, start=moved.start + offset, end=moved.end + offset)  # type: ignore[no-any-return]


def over_pieces(text: str, find: Callable[[str], Sequence[Item]]) -> list[Item]:
    """find(text) run piece by piece, each item's offsets moved back into text.

    >>> over_pieces("王小明。" * 6000, lambda piece: [(0, 3)])[-1]
    (10000, 10003)
    """
    if len(text) <= PIECE_MAX:
        return list(find(text))
    return [shifted(item, start) for start, end in pieces(text) for item in find(text[start:end])]
