"""Holidays and festivals (元旦, 春节, 清明节, 国庆假期) as days of a given year.

The table is data/dates_holidays.tsv; solar terms (清明, 冬至) are computed from
data/dates_solar_terms.tsv, lunar festivals converted with zhdate.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from zhdate import ZhDate

from ..data import read_table
from ..lang.gazetteer import trie_pattern
from .patterns import TIME


@dataclass(frozen=True)
class Holiday:
    """One row of dates_holidays.tsv."""

    word: str
    calendar: str  # solar, lunar, term, weekday, easter
    month: str  # a month number, or a solar term's name
    day: int
    span_days: int
    needs_suffix: bool


HOLIDAYS = {row[0]: Holiday(row[0], row[1], row[2], int(row[3]), int(row[4]), row[5] == "1")
            for row in read_table("dates_holidays.tsv")}
SOLAR_TERMS = {row[0]: (int(row[1]), float(row[2]), float(row[3])) for row in read_table("dates_solar_terms.tsv")}

# Words after a holiday: a fixed span (国庆假期 = 10月1日至7日) or only the day itself (前夕, 当天).
SPAN_WORDS = ("小长假", "黄金周", "长假", "假期")
SUFFIX_WORDS = SPAN_WORDS + ("节", "期间", "前夕", "当天", "当日", "前后", "之际", "假日", "节日", "佳节")
_WORDS = trie_pattern(HOLIDAYS)
_SPANS = "|".join(re.escape(w) for w in SPAN_WORDS)
# [2019年|零六年|今年|去年|同年] 国庆节 [假期]; not inside a longer word (四十一, 第十一, 十一月;
# 五一广场 is still 五一).
# 零六年端午, 06年春节, '06年国庆: a two-digit year whose century the clock chooses.
_SHORT_YEAR = r"(?<![0-9'’])['’]?\d{2}|(?<![〇零一二三四五六七八九十百])[〇零一二三四五六七八九]{2}"
HOLIDAY = re.compile(
    rf"(?:(?P<y>(?<![0-9])\d{{4}}) ?年|(?:中华)?民国 ?(?P<roc>\d{{2,3}}) ?年|(?P<sy>{_SHORT_YEAR})年"
    rf"|(?P<ry>今|去|明|前)年|(?P<ay>同|当)年)?"
    rf"(?<![一二三四五六七八九十第百千0-9])(?P<word>{_WORDS})(?![一二三四五六七八九十0-9月日号届五])(?P<span>{_SPANS})?"
    rf"(?P<time>{TIME})?")


def solar_term(term: str, year: int) -> dt.date | None:
    """The day of a solar term: ('清明', 2019) -> 2019-04-05."""
    month, c_1900s, c_2000s = SOLAR_TERMS[term]
    if not 1901 <= year <= 2099:
        return None
    y = year % 100
    c = c_1900s if year < 2000 else c_2000s
    leap_base = y - 1 if month <= 2 else y
    return dt.date(year, month, math.floor(y * 0.2422 + c) - leap_base // 4)


def nth_weekday(year: int, month: int, code: int) -> dt.date | None:
    """Day of the nth weekday of a month, code = 10 * n + weekday (Monday 0; n = 9: the last one):
    (2019, 5, 26) -> 2019-05-12; None when the month has no such day (a fifth Monday)."""
    nth, weekday = divmod(code, 10)
    if nth == 9:
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=(following.weekday() - weekday - 1) % 7 + 1)
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return day if day.month == month else None


def easter(year: int) -> dt.date:
    """Western Easter Sunday of a Gregorian year (the anonymous Gregorian computus): 2019 -> 04-21."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lw = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * lw) // 433
    month = (h + lw - 7 * m + 90) // 25
    return dt.date(year, month, (h + lw - 7 * m + 33 * month + 19) % 32)


def holiday_day(holiday: Holiday, year: int) -> dt.date | None:
    """The day a holiday falls on in a year: (春节, 2020) -> 2020-01-25; None when unknown."""
    try:
        if holiday.calendar == "solar":
            return dt.date(year, int(holiday.month), holiday.day)
        if holiday.calendar == "term":
            return solar_term(holiday.month, year)
        if holiday.calendar == "easter":  # day: days from Easter Sunday (耶稣受难日 -2)
            return easter(year) + dt.timedelta(days=holiday.day)
        if holiday.calendar == "weekday":
            return nth_weekday(year, int(holiday.month), holiday.day)
        if holiday.day == 0:  # 除夕: the day before the lunar new year
            return ZhDate(year, int(holiday.month), 1).to_datetime().date() - dt.timedelta(days=1)
        return ZhDate(year, int(holiday.month), holiday.day).to_datetime().date()
    except (ValueError, TypeError, IndexError, KeyError, AssertionError):
        return None


def holiday_value(holiday: Holiday, year: int, span: bool) -> tuple[dt.date, str] | None:
    """(first day, ISO value): the day, or the fixed span of its 假期 (2019-10-01/2019-10-07)."""
    day = holiday_day(holiday, year)
    if day is None:
        return None
    if span and holiday.span_days > 1:
        last = day + dt.timedelta(days=holiday.span_days - 1)
        return day, f"{day.isoformat()}/{last.isoformat()}"
    return day, day.isoformat()


def suffix_ok(text: str, end: int, holiday: Holiday) -> bool:
    """True unless the word needs a holiday word after it (十一 is eleven, 十一假期 a holiday)."""
    return not holiday.needs_suffix or text.startswith(SUFFIX_WORDS, end)
