"""OffsetMap: where each character of a normalised string came from in the raw input."""
from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class OffsetMap:
    """For clean char i, raw[starts[i]:ends[i]] is the raw text it was made from.

    Characters deleted during normalisation (pinyin, zero-width, chrome) belong to no clean
    character; a clean span therefore maps to the raw text from its first character's start to
    its last character's end, which includes any deleted text strictly inside it.
    """

    starts: array
    ends: array
    raw_length: int

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(array("l", range(length)), array("l", range(1, length + 1)), length)

    def __len__(self) -> int:
        return len(self.starts)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw (start, end) of the clean span [start, end); an empty span maps to a point."""
        if not 0 <= start <= end <= len(self.starts):
            raise ValueError(f"span ({start}, {end}) is outside the normalised text of length {len(self.starts)}")
        if start == end:
            point = self.starts[start] if start < len(self.starts) else self.raw_length
            return point, point
        return self.starts[start], self.ends[end - 1]

    def then(self, later: OffsetMap) -> OffsetMap:
        """Compose: self maps text B -> raw A, later maps text C -> B; the result maps C -> A."""
        starts = array("l", (self.starts[s] for s in later.starts))
        ends = array("l", (self.ends[e - 1] if e > 0 else self.starts[0] for e in later.ends))
        return OffsetMap(starts, ends, self.raw_length)


class MapBuilder:
    """Collects output pieces with the input span each came from, for one normalisation stage."""

    __slots__ = ("parts", "starts", "ends")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts = array("l")
        self.ends = array("l")

    def copy(self, text: str, offset: int) -> None:
        """Keep text unchanged: its characters came from input[offset:offset+len(text)]."""
        self.parts.append(text)
        self.starts.extend(range(offset, offset + len(text)))
        self.ends.extend(range(offset + 1, offset + len(text) + 1))

    def replace(self, text: str, start: int, end: int) -> None:
        """Every character of text came from input[start:end] as a whole."""
        self.parts.append(text)
        self.starts.extend([start] * len(text))
        self.ends.extend([end] * len(text))

    def build(self, input_length: int) -> tuple[str, OffsetMap]:
        return "".join(self.parts), OffsetMap(self.starts, self.ends, input_length)


def spans_to_map(pieces: Iterable[tuple[str, int, int]], input_length: int) -> tuple[str, OffsetMap]:
    """Build a stage's output from (text, input_start, input_end) pieces, one char each or whole."""
    builder = MapBuilder()
    for text, start, end in pieces:
        if len(text) == end - start:
            builder.copy(text, start)
        else:
            builder.replace(text, start, end)
    return builder.build(input_length)
