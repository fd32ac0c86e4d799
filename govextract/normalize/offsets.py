"""OffsetMap: where each character of a normalised string came from in the raw input."""
from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field


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
    # True only where the map is known to be the identity (a stage that changed nothing): then() skips it
    plain: bool = field(default=False, compare=False, repr=False)

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(array("l", range(length)), array("l", range(1, length + 1)), length, plain=True)

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
        if later.plain:
            return self
        if self.plain:
            return OffsetMap(later.starts, later.ends, self.raw_length)
        starts = array("l", map(self.starts.__getitem__, later.starts))
        if not later.ends or min(later.ends) > 0:
            ends = array("l", map(self.ends.__getitem__, [e - 1 for e in later.ends]))
        else:
            ends = array("l", (self.ends[e - 1] if e > 0 else self.starts[0] for e in later.ends))
        return OffsetMap(starts, ends, self.raw_length)


class MapBuilder:
    """Collects output pieces with the input span each came from, for one normalisation stage."""

    __slots__ = ("parts", "starts", "ends", "plain")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts = array("l")
        self.ends = array("l")
        self.plain = True  # every output character so far is the input character at the same place

    def copy(self, text: str, offset: int) -> None:
        """Keep text unchanged: its characters came from input[offset:offset+len(text)]."""
        if offset != len(self.starts):
            self.plain = False
        self.parts.append(text)
        self.starts.extend(range(offset, offset + len(text)))
        self.ends.extend(range(offset + 1, offset + len(text) + 1))

    def replace(self, text: str, start: int, end: int) -> None:
        """Every character of text came from input[start:end] as a whole."""
        if not (len(text) == end - start == 1 and start == len(self.starts)):
            self.plain = False
        self.parts.append(text)
        self.starts.extend([start] * len(text))
        self.ends.extend([end] * len(text))

    def build(self, input_length: int) -> tuple[str, OffsetMap]:
        plain = self.plain and len(self.starts) == input_length
        return "".join(self.parts), OffsetMap(self.starts, self.ends, input_length, plain=plain)


def spans_to_map(pieces: Iterable[tuple[str, int, int]], input_length: int) -> tuple[str, OffsetMap]:
    """Build a stage's output from (text, input_start, input_end) pieces, one char each or whole."""
    builder = MapBuilder()
    for text, start, end in pieces:
        if len(text) == end - start:
            builder.copy(text, start)
        else:
            builder.replace(text, start, end)
    return builder.build(input_length)
