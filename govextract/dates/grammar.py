"""Date mentions in clean text: find what is written, then resolve years and relative words."""
from __future__ import annotations

import datetime as dt
from typing import Any

from ..document import DateAnchor, DateMention, parse_publish_date
from . import patterns as P
from .anchor import document_anchor
from .forms import extend_time_range, find_forms
from .reading import (
    Reading,
    read_calendar,
    read_compact,
    read_new_year_day,
    read_numeric,
    read_time,
    read_word,
    read_year_range,
)
from .resolve import DocumentClock
from .settings import DEFAULT_SETTINGS, DateSettings


def is_taiwanese(text: str) -> bool:
    """True when the text names Taiwan's government or press (行政院, 中华民国, 中央社)."""
    return P.TAIWAN.search(text) is not None


def read_mentions(text: str) -> list[Reading]:
    """Every date-like mention as written, longest first where two overlap, in text order."""
    taiwan = is_taiwanese(text)
    candidates = _numeric_candidates(text, taiwan) + _written_candidates(text, taiwan) + find_forms(text)
    for r in candidates:
        extend_time_range(r, text)
    candidates.sort(key=lambda r: (r.start, r.start - r.end))
    chosen: list[Reading] = []
    reach = 0
    for r in candidates:
        if r.start >= reach:
            chosen.append(r)
            reach = r.end
    return join_numeric_ranges(text, chosen)


def _numeric_candidates(text: str, taiwan: bool) -> list[Reading]:
    """Dates in digits: 2019-08-26, 08:30 on 26日, ROC 113/05/29, compact 20190826, 2019-2021年."""
    found: list[Reading | None] = []
    found += (read_numeric(m) for m in P.NUMERIC.finditer(text))
    found += (read_numeric(m) for m in P.TIME_FIRST.finditer(text))
    # 113/05/29 is an ROC date anywhere; 109-04-30 only in Taiwanese text
    found += (read_numeric(m, roc=True) for m in P.ROC_NUMERIC.finditer(text)
              if taiwan or (m.group("sep") == "/" and len(m.group("y")) == 3))
    found += (read_compact(m, text, taiwan) for m in P.COMPACT.finditer(text))
    found += (read_year_range(m) for m in P.YEAR_RANGE.finditer(text))
    return [r for r in found if r is not None]


def _written_candidates(text: str, taiwan: bool) -> list[Reading]:
    """Dates in words: 2019年8月26日 and its ranges, 元旦, date words, a time alone."""
    found: list[Reading | None] = []
    for m in P.CALENDAR.finditer(text):
        if m.end() > m.start():
            reading = read_calendar(m, text, taiwan)
            found.append(reading)
            if m.group("conn") and (reading is None or reading.range_end is None):
                # 从1993年到1997年3月 is no range of like parts: its end is a date of its own
                tail = P.CALENDAR.match(text, m.start("b_core"))
                if tail is not None and tail.end() > tail.start():
                    found.append(read_calendar(tail, text, taiwan))
    found += (read_new_year_day(m) for m in P.NEW_YEAR_DAY.finditer(text))
    found += (read_word(m, text) for m in P.WORD.finditer(text))
    found += (read_time(m) for m in P.TIME_ALONE.finditer(text))
    return [r for r in found if r is not None]


def join_numeric_ranges(text: str, readings: list[Reading]) -> list[Reading]:
    """2020-05-26至2020-05-29, 2016.03—2019.08: two written dates of one shape joined by a connector."""
    joined: list[Reading] = []
    for r in readings:
        last = joined[-1] if joined else None
        if (last is not None and last.form == r.form == "numeric" and last.range_end is None
                and (last.day is None) == (r.day is None) and last.hour is None and r.hour is None
                and P.NUMERIC_CONNECTOR.fullmatch(text, last.end, r.start)):
            last.range_end, last.end = r, r.end
            continue
        joined.append(r)
    return joined


def find_dates(text: str, publish_date: Any = None, settings: DateSettings = DEFAULT_SETTINGS) -> list[DateMention]:
    """Date mentions with ISO 8601 values and start/end in text coordinates.

    >>> [d.value for d in find_dates("2019年8月26日至28日,会议在渝举行。")]
    ['2019-08-26/2019-08-28']
    """
    return read_dates(text, publish_date, settings)[0]


def read_dates(text: str, publish_date: Any = None,
               settings: DateSettings = DEFAULT_SETTINGS) -> tuple[list[DateMention], DateAnchor | None]:
    """Date mentions and the document clock's anchor: the day relative words count from.

    >>> read_dates("新华社北京7月12日电 昨天,会议举行。", "2019-07-13")[1].source
    'dateline'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    if not isinstance(settings, DateSettings):
        raise TypeError(f"settings must be DateSettings, got {type(settings).__name__}")
    if not isinstance(publish_date, dt.date) or isinstance(publish_date, dt.datetime):
        publish_date = parse_publish_date(publish_date)
    readings = read_mentions(text)
    mentions = _resolve(text, publish_date, readings, settings)
    anchor = document_anchor(text, mentions, publish_date, settings)
    if anchor is not None and anchor.value != (publish_date.isoformat() if publish_date else None):
        mentions = _resolve(text, dt.date.fromisoformat(anchor.value), readings, settings)
    return mentions, anchor


def _resolve(text: str, anchor: dt.date | None, readings: list[Reading], settings: DateSettings) -> list[DateMention]:
    clock = DocumentClock(text, anchor, readings, settings)
    return join_datetime_ranges(text, [clock.resolve(r) for r in readings])


def join_datetime_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """12月9日零时至12月16日24时: two moments joined by a connector are one range."""
    joined: list[DateMention] = []
    for m in mentions:
        last = joined[-1] if joined else None
        if (last is not None and last.kind == m.kind == "datetime" and last.value and m.value
                and "/" not in last.value + m.value and last.value < m.value
                and P.NUMERIC_CONNECTOR.fullmatch(text, last.end, m.start)):
            joined[-1] = DateMention(text[last.start:m.end], f"{last.value}/{m.value}", last.start, m.end, "range")
            continue
        joined.append(m)
    return joined
