"""Event parts (event_role): the cue word that governs a name's clause (data/role_cues.tsv).

张三出席会议 -> attendee; 重庆市市长唐良智、…等政府领导和专家学者助签 -> witness for the whole list;
会议由区长陈宗森主持 -> presider. The first cue after the chain in its clause wins, then the first in its
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


class PartReader:
    """Finds the governing cue for spans of one text; cues are found once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cues = [(m.start(), m.end(), _PART[m.group()]) for m in CUE_RE.finditer(text)]
        self.starts = [c[0] for c in self.cues]

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
        """The event role for a chain at [start, end); clause_only for a passing mention (习近平总书记)."""
        text = self.text
        clause = CLAUSE_END.search(text, end)
        clause_end = clause.start() if clause else len(text)
        found = self._first_after(end, clause_end)
        if found or clause_only:
            return found
        sentence = SENTENCE_END.search(text, end)
        found = self._first_after(end, sentence.start() if sentence else len(text))
        if found:
            return found
        # 代表团成员包括:A、B / 随同X访问的还包括A: the list's introduction says the part
        left = max(text.rfind(c, 0, start) for c in "。!?\n")  # ; separates list items here
        return self._last_before(start, left + 1)
