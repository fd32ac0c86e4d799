"""The title lexicon (data/titles.tsv) and a matcher for office titles in clean text."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..data import read_table

_ROWS = read_table("titles.tsv")[1:]  # first row is the column header
TITLE_KIND: dict[str, str] = {row[0]: row[1] for row in _ROWS if row[1] != "modifier"}
MODIFIERS: tuple[str, ...] = tuple(row[0] for row in _ROWS if row[1] == "modifier")

# A title written inside an organisation or an object name is not an office: 委员会, 书记处,
# 市长热线, 省长杯, 书记员, 主席团, 部长通道, 院士专家工作站, 部长级.
_BLOCKED_AFTER = (
    r"会(?!见|晤|谈|面|同|上|议|前|后|中|在)|处|办|室|团(?!长)|部(?!长)|局(?!长)|院(?!长|士)|厅(?!长)"
    r"|杯|奖|赛|员|热线|信箱|专线|工作站|专家工作站|们|级|通道|候选人|人选|任期|职位|联席|馆|保护"
    r"|远|期|足|效|久|征|篇"  # 长远, 长期: a title ending in 长 read into a word
    r"|机关|干部|小组|人|者|下|层|队(?!长)|国(?!务)|公署"  # 领导机关, 领导人, 领导下, 总统卫队, 理事国, 特派员公署
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
