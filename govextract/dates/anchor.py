"""The document clock: which day relative words (今天, 昨晚, 两天前) count from, and where it came from.

In order: the caller's publish date, unless the text's dateline names a day just before it (a story
datelined the 12th and posted after midnight: relative words follow the dateline); without a
publish date, the dateline (新华社北京7月12日电), a header or footer timestamp
(发布时间:2019-08-27 10:21) or a date signed at the end of the text.
"""
from __future__ import annotations

import datetime as dt
import re

from ..document import DateAnchor, DateMention
from . import patterns as P
from .settings import DateSettings

_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# 7月12日电, 台北15日电, 本报北京7月12日讯: the mention is followed by 电 or 讯.
_DATELINE_END = re.compile(r" ?(?:电|讯)")
# Days a dateline may precede the publish date and still be the day the story was written.
_DATELINE_LAG = 2
# A signed date: the last characters of the text, on a line of its own.
_SIGNATURE_TAIL = 120


def _day(m: DateMention) -> dt.date | None:
    """The day a mention names, when it names exactly one with its year (2019-08-27, 2019-08-27T10:21)."""
    if m.value is None or "/" in m.value or not _FULL_DAY.match(m.value):
        return None
    return dt.date.fromisoformat(m.value[:10])


def dateline(text: str, mentions: list[DateMention], window: int) -> tuple[DateMention, dt.date] | None:
    """The dateline's mention and day: 新华社北京7月12日电 near the start of the text."""
    for m in mentions:
        if m.start >= window:
            break
        day = _day(m)
        if day is not None and _DATELINE_END.match(text, m.end) and m.kind in ("date", "datetime"):
            return m, day
    return None


def timestamp(text: str, mentions: list[DateMention], window: int) -> tuple[DateMention, dt.date] | None:
    """A page's own timestamp near the start or the end: 发布时间:2019-08-27 10:21, 2019年07月13日01:14."""
    tail_start = len(text) - window
    for m in sorted(mentions, key=lambda m: m.start >= window):  # the header first, then the footer
        if m.start >= window and m.start < tail_start:
            continue
        day = _day(m)
        before = text[max(0, m.start - 8):m.start]
        if day is not None and (m.kind == "datetime" or any(w in before for w in P.CONTEXT_WORDS)):
            return m, day
    return None


def signature(text: str, mentions: list[DateMention]) -> tuple[DateMention, dt.date] | None:
    """A date signed at the end, on a line of its own: 市人民政府\\n2019年8月27日."""
    end = len(text.rstrip())
    for m in reversed(mentions):
        if m.start < end - _SIGNATURE_TAIL:
            break
        day = _day(m)
        line_start = text.rfind("\n", 0, m.start) + 1
        if day is not None and not text[line_start:m.start].strip() and not text[m.end:end].strip(" )\n。"):
            return m, day
    return None


def document_anchor(text: str, mentions: list[DateMention], publish: dt.date | None,
                    settings: DateSettings) -> DateAnchor | None:
    """The date relative words resolve against, with its source and where the text gives it."""
    line = dateline(text, mentions, settings.dateline_window)
    if publish is not None:
        if line is not None and 0 < (publish - line[1]).days <= _DATELINE_LAG:
            return DateAnchor(line[1].isoformat(), "dateline", line[0].start, line[0].end)
        return DateAnchor(publish.isoformat(), "publish_date", None, None)
    for source, found in (("dateline", line), ("timestamp", timestamp(text, mentions, settings.dateline_window)),
                          ("signature", signature(text, mentions))):
        if found is not None:
            return DateAnchor(found[1].isoformat(), source, found[0].start, found[0].end)
    return None
