"""Overlap queries over a fixed set of (start, end) spans in logarithmic time."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate


class SpanIndex:
    """Spans sorted once; overlaps(start, end) asks whether [start, end) meets any of them.

    A linear `any(s < end and start < e for s, e in spans)` per query made long texts quadratic.

    >>> SpanIndex([(0, 3), (5, 9)]).overlaps(3, 5), SpanIndex([(0, 3), (5, 9)]).overlaps(2, 4)
    (False, True)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))  # furthest end among the first i+1

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span s has s.start < end and start < s.end."""
        before = bisect_left(self.starts, end)
        return before > 0 and self.reach[before - 1] > start
