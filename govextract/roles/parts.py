"""Event parts (event_role): the cue word that governs a name's clause (data/role_cues.tsv).

张三出席会议 -> attendee; 重庆市市长唐良智、…等政府领导和专家学者助签 -> witness for the whole list;
会议由区长陈宗明主持 -> presider. The first cue after the chain in its clause wins, then the first in its
sentence; else the last cue before the chain in its sentence (代表团成员包括:A、B -> visitor).
"""
from __future__ import annotations

import bisect
import re

from ..data import read_table

_ROWS = [row for row in read_table("role_cues.tsv") if len(row) >= 3 and row[2] == "clause"]
_PART = {row[0]: row[1] for row in _ROWS}
CUE_RE = re.compile("|".join(re.escape(w) for w in sorted(_PART, key=len, reverse=True)))
CLAUSE_END = re.compile(r"[,;。!?\n:]")
SENTENCE_END = re.compile(r"[;。!?\n]")
LIST_START = re.compile(r"[。!?\n]")  # ; separates list items, so it does not start a list


class PartReader:
    """Finds the governing cue for spans of one text; cues are found once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cues = [(m.start(), m.end(), _PART[m.group()]) for m in CUE_RE.finditer(text)]
        self.starts = [c[0] for c in self.cues]
        # boundaries found once, looked up by bisection: a text without punctuation stays linear
        self.clause_ends = [m.start() for m in CLAUSE_END.finditer(text)]
        self.sentence_ends = [m.start() for m in SENTENCE_END.finditer(text)]
        self.list_starts = [m.start() for m in LIST_START.finditer(text)]

    def _next(self, boundaries: list[int], pos: int) -> int:
        i = bisect.bisect_left(boundaries, pos)
        return boundaries[i] if i < len(boundaries) else len(self.text)

    def _first_after(self, pos: int, limit: int) -> str | None:
        i = bisect.bisect_left(self.starts, pos)
        if i < len(self.cues) and self.cues[i][0] < limit:
            return self.cues[i][2]
        return None

    def _last_before(self, pos: int, floor: int) -> str | None:
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.cues[i][1] > pos:
            i -= 1
        if i >= 0 and self.cues[i][0] >= floor:
            return self.cues[i][2]
        return None

    def part(self, start: int, end: int, *, clause_only: bool = False) -> str | None:
        """The event role for a chain at [start, end); clause_only for a passing mention (黎振华总书记)."""
        found = self._first_after(end, self._next(self.clause_ends, end))
        if found or clause_only:
            return found
        found = self._first_after(end, self._next(self.sentence_ends, end))
        if found:
            return found
        # 代表团成员包括:A、B / 随同X访问的还包括A: the list's introduction says the part
        i = bisect.bisect_left(self.list_starts, start) - 1
        left = self.list_starts[i] if i >= 0 else -1
        return self._last_before(start, left + 1)
