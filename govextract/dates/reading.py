"""What a date mention says, before any year is inferred: regex matches -> Reading records."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import patterns as P
from .numerals import cn_integer, small_number, year_number

_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}
_YEAR_SUFFIX_PERIODS = {"初": (1, 1), "底": (12, 12), "末": (12, 12)}
_XUN = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, None), "初": (1, 10), "底": (21, None), "末": (21, None)}
_EVENING = ("晚", "夜")
_DAILY = ("每天", "每日", "每晚", "每早", "每周", "每")
_QUARTER_HOURS = {"一": 15, "二": 30, "三": 45, "1": 15, "2": 30, "3": 45}


@dataclass
class Reading:
    """One date mention as written: the parts it states, none of them inferred yet."""

    start: int
    end: int
    form: str  # calendar, numeric, year_range, word, time
    year: int | None = None  # a Gregorian year the text states (ROC years converted)
    year_rel: int | None = None  # 今年 0, 去年 -1, 明年 1
    year_same: bool = False  # 同年, 当年: the year named last
    month: int | None = None
    month2: int | None = None  # last month of 1-7月
    month_rel: int | None = None  # 本月 0, 上月 -1
    day: int | None = None  # day of the month; for 下周一, the weekday (Monday 0)
    day_today: bool = False  # 今(30)日: a day of the publish date's month
    xun: tuple[int, int | None] | None = None
    period: tuple[int, int] | None = None  # first and last month
    lunar: bool = False
    hour: int | None = None
    minute: int | None = None
    since: bool = False  # 以来: from this date to the publish date
    since_at: int = 0  # where 以来 begins, to cut it when there is no publish date
    word: str | None = None  # 今天, 近日, 翌日
    year_to: int | None = None  # last year of 2019—2021年
    range_end: Reading | None = field(default=None, repr=False)
    hour2: int | None = None  # the end of a time range: 下午1点到3点十分
    minute2: int | None = None
    short_year: int | None = None  # 98年11月, 零七年, '07年: the century comes from the publish date
    leap: bool = False  # 农历闰二月
    holiday: str | None = None  # a word of dates_holidays.tsv
    span: bool = False  # 国庆假期: the holiday's fixed span
    count: tuple[float, str] | None = None  # 两天前 (-2, day), 半个月后 (0.5, month)
    weekday2: int | None = None  # 周一至周五: the last weekday of a range
    years: tuple[int, int] | None = None  # a decade or part of it: 九十年代末期 (1997, 1999)

    @property
    def states_year(self) -> bool:
        return self.year is not None or self.year_rel is not None or self.year_same or self.short_year is not None


def _year(g: dict[str, str | None], p: str, taiwan: bool) -> int | None | bool:
    """The Gregorian year stated in core p; None when none is written, False when not a year."""
    if roc_now := g.get(p + "yroc"):
        return int(roc_now) + P.ROC_OFFSET
    if roc_written := g.get(p + "ycn"):  # 民国一百一十年
        number = cn_integer(roc_written)
        return number + P.ROC_OFFSET if number else False
    written = g.get(p + "y")
    if written is None:
        return None
    if not written.isascii():
        if len(written) == 3 and written[0] == "一":  # 一〇七年: an ROC year (AD 107 is no release's)
            return year_number(written) + P.ROC_OFFSET
        number = year_number(written)
        return number if 1000 <= number <= 2199 else False
    if len(written) == 4:
        number = int(written)
        return number if 1000 <= number <= 2199 else False
    # two or three digits: an ROC year, only where the text says so or is Taiwanese
    if g.get(p + "roc") == "公元":
        return int(written)
    if g.get(p + "roc") or (taiwan and (len(written) == 3 or g.get(p + "m"))):
        return int(written) + P.ROC_OFFSET
    return False


def _short_year(m: re.Match, p: str) -> int | None:
    """98年11月, 零七年, '07年: two digits, the century left to the clock; None for a count (七八年)."""
    written = m.group(p + "y")
    if written is None or len(written) != 2 or m.group(p + "roc"):
        return None
    number = year_number(written)
    if m.group(p + "m") or m.group(p + "per") or m.string[m.start(p + "y") - 1:m.start(p + "y")] in ("'", "’"):
        return number
    if written.isascii() or number // 10 + 1 == number % 10 or number == 35:
        return None  # 20年 is a count; 七八年 and 三五年 are "seven or eight", "three to five"
    return number


def _core(m: re.Match, p: str, start: int, taiwan: bool, in_range: bool = False) -> Reading | None:
    """The parts of one calendar core (prefix a_ or b_); None when it is not a date."""
    g = m.groupdict()
    year = _year(g, p, taiwan)
    short = _short_year(m, p) if year is False else None
    if year is False and short is None:
        return None
    if short is not None:
        year = None
    end = m.end(p + "core")
    while text_end_space(m.string, end):
        end -= 1
    r = Reading(start, end, "calendar", year=year, short_year=short)
    if short is not None and m.string[start - 1:start] in ("'", "’"):
        r.start -= 1
    if relative_year := g.get(p + "ry"):
        r.year_rel = P.RELATIVE[relative_year + "年"][1]
    if g.get(p + "ay"):
        if not g.get(p + "m"):
            return None  # 当年 alone is "back then", not a year
        r.year_same = True
    period = g.get(p + "per")
    if period:
        if period in _YEAR_SUFFIX_PERIODS:
            if not r.states_year:
                return None
            r.period = _YEAR_SUFFIX_PERIODS[period]
        else:
            if period in P.SEASONS and not r.states_year:
                return None  # 春季造林 is no date
            r.period, r.word = P.PERIODS[period], period
        return r
    r.lunar = g.get(p + "lunar") is not None
    if g.get(p + "leap"):
        if not r.lunar:
            return None
        r.leap = True
    month = g.get(p + "m")
    if month:
        if month == "元":  # 元月: January
            r.month = 1
        elif month in _LUNAR_MONTHS:
            r.month, r.lunar = _LUNAR_MONTHS[month], True
        else:
            r.month = small_number(month)
        if last_month := g.get(p + "m2"):
            r.month2 = small_number(last_month)
            if r.month is None or r.month2 is None or (r.month2 <= r.month and not (r.month >= 10 and r.month2 <= 3)):
                return None  # 3至2月 is no span; 十二至一月 crosses the year
    if relative_month := g.get(p + "rm"):
        r.month_rel = P.RELATIVE[relative_month + "月"][1]
    if g.get(p + "ld"):
        if r.lunar or g[p + "ld"].startswith("初"):
            r.day, r.lunar = small_number(g[p + "ld"]), True
        else:  # 八月十五 without 农历: only the month is a date
            r.end = m.start(p + "ld")
            while text_end_space(m.string, r.end):
                r.end -= 1
    day = g.get(p + "d")
    if day:
        if day.startswith("初"):
            r.lunar = True
        r.day = small_number(day)
        if g.get(p + "dsfx") == "号" and r.month is None and r.month_rel is None and not in_range:
            return None  # a bare 8号 is a number (国发〔2019〕8号), not a day
        if r.month is None and r.month_rel is None and not day.isascii() and not in_range \
                and len(day) < 2 and not m.string.startswith(P.DAY_PART_WORDS, m.end(p + "core")):
            return None  # a bare 七日 is more often a count than a day; 二十三日 and 七日晚 are days
    if bare := g.get(p + "db") or g.get(p + "dr") or g.get(p + "dbg"):
        r.day = small_number(bare)
    if part := g.get(p + "mp"):
        r.xun = _XUN[part]
        if r.month is None and r.month_rel is None:
            return None
    if today := g.get(p + "dnow"):
        r.day, r.day_today = int(today), True
    if xun := g.get(p + "xun"):
        r.xun = _XUN[xun]
        if r.month is None and r.month_rel is None:
            return None
    if r.lunar and (r.day is None or r.month is None):
        return None  # 正月 or 初五 alone
    return r


def text_end_space(text: str, end: int) -> bool:
    """True when the character before end is a space (2019年 全市: the space is not the date's)."""
    return end > 0 and text[end - 1] == " "


def _guarded(text: str, start: int, word: str) -> bool:
    """True when a relative word is the tail of another word (光明日报, 如今年轻人)."""
    blocked = P.WORD_GUARDS.get(word[0], "")
    return start > 0 and text[start - 1] in blocked


def _counted(text: str, r: Reading) -> bool:
    """True for counts and ordinals that look like dates: 第3日, 每月15日, 30日内, 2000年历史."""
    bare = not r.states_year and r.month_rel is None and not r.day_today
    before = text[max(0, r.start - 4):r.start]
    if bare and before.endswith(P.NOT_BEFORE):  # also 每年年初
        return True
    single = sum(x is not None for x in (r.year, r.month, r.day)) == 1 and r.hour is None
    if single and not r.since and r.period is None and r.year_rel is None:
        unit = "day" if r.day is not None else "month" if r.month is not None else "year"
        if unit == "year" and not 1800 <= r.year <= 2100:  # type: ignore[operator]
            unit = "short_year"  # a count of years more than a calendar year: 5000年历史, 300年来
        after = text[r.end:r.end + 2]
        return after.startswith(P.NOT_AFTER[unit])
    return False


def _time(m: re.Match, h: str = "h", mi: str = "mi", hh: str = "hh", mm: str = "mm") -> tuple[int, int] | None:
    """The clock time in a match as (hour, minute) on a 24-hour clock; None when impossible."""
    groups = m.groupdict()
    hour: int | None
    minute: int | None
    if groups.get(hh):
        hour, minute = int(groups[hh]), int(groups[mm])
    elif groups.get("gh"):  # 2016年6月2911:30
        hour, minute = int(groups["gh"]), int(groups["gm"])
    elif groups.get(h):
        hour = small_number(groups[h])
        if groups.get(mi):
            minute = small_number(groups[mi])
        elif groups.get("mib"):  # 10点05, 九点零九
            minute = small_number(groups["mib"].lstrip("零〇"))
        elif groups.get("ke"):  # 20时1刻
            minute = _QUARTER_HOURS[groups["ke"]]
        else:
            minute = 30 if groups.get("half") else 0
    else:
        return None
    if hour is None or minute is None:
        return None
    part = groups.get("dp")
    if part and hour < 12 and not (part == "中午" and hour >= 11):
        hour += P.DAY_PARTS[part]
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    return hour, minute  # 24时 stays 24:00, the end of the day (ISO 8601)


def read_calendar(m: re.Match, text: str, taiwan: bool) -> Reading | None:
    """A CALENDAR match as a Reading (a range keeps its end in range_end)."""
    r = _core(m, "a_", m.start(), taiwan)
    if r is None:
        return None
    if (r.year_rel is not None or r.month_rel is not None) and _guarded(text, m.start(), m.group(0)):
        return None  # 如今年轻人, 成本年均, 以下月份
    if m.group("conn"):
        end = _core(m, "b_", m.start("b_roc") if m.group("b_roc") else m.end("conn"), taiwan, in_range=True)
        if end is None or not _range_fits(r, end):
            return _finish(m, text, r, whole=False)
        r.range_end, r.end = end, end.end
    return _finish(m, text, r, whole=True)


def _range_fits(a: Reading, b: Reading) -> bool:
    """8月26日至28日 fits; 8月26日至9月 or 2019年至8月 does not."""
    if a.xun or b.xun:  # 3月下旬至4月上旬
        return a.xun is not None and b.xun is not None and b.month is not None
    if a.period or b.period or a.month2 or b.month2:
        return False
    if a.day is not None:
        return b.day is not None
    if a.month is not None:
        return b.month is not None and b.day is None
    return a.year is not None and b.year is not None and b.month is None


def _finish(m: re.Match, text: str, r: Reading, whole: bool) -> Reading | None:
    """Attach 以来 and a clock time where they follow the mention directly (whole: nothing cut)."""
    if whole and m.group("since"):
        r.since, r.since_at, r.end = True, m.start("since"), m.end("since")
    if whole and m.group("time") and r.range_end is None and (r.day is not None or r.day_today):
        clock = _time(m)
        if clock:
            r.hour, r.minute = clock
            r.end = m.end("time")
    if r.day is None and r.month is None and not r.states_year and not r.period and r.month_rel is None:
        return None
    return None if _counted(text, r) else r


def read_numeric(m: re.Match, roc: bool = False) -> Reading | None:
    """2019-08-26 (or ROC 109-04-30) with its time, if the date exists."""
    year = int(m.group("y")) + (P.ROC_OFFSET if roc else 0)
    try:
        dt.date(year, int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    if not 1900 <= year <= 2199:
        return None
    r = Reading(m.start(), m.end(), "numeric", year=year, month=int(m.group("m")), day=int(m.group("d")))
    clock = _time(m)  # 2011-3-8 09:42:17, or glued: 2018-12-1209:03
    if clock is not None and clock[0] < 24:
        r.hour, r.minute = clock
    else:  # no time, or an impossible one (25:70): the date alone
        r.end = m.end("d")
    return r


def read_compact(m: re.Match, text: str, taiwan: bool) -> Reading | None:
    """20190826 after a context word (发布日期:20190826); 1130529 only in Taiwanese text."""
    before = text[max(0, m.start() - 8):m.start()]
    if not any(w in before for w in P.CONTEXT_WORDS):
        return None
    roc = len(m.group("y")) == 3
    if roc and not taiwan:
        return None
    return read_numeric(m, roc=roc)


def read_year_range(m: re.Match) -> Reading | None:
    """2019—2021年 as two years, the first before the second."""
    first, last = int(m.group("y1")), int(m.group("y2"))
    if not (1000 <= first < last <= 2199):
        return None
    return Reading(m.start(), m.end(), "year_range", year=first, year_to=last)


def read_word(m: re.Match, text: str) -> Reading | None:
    """今天, 昨日, 本周, 近日, 翌日, with a clock time if one follows (今天上午9时)."""
    word = m.group("word")
    if _guarded(text, m.start(), word) or text.startswith(P.WORD_NOT_AFTER, m.end("word")):
        return None  # 光明日报, 今日访问量, a 今天是: label
    r = Reading(m.start(), m.end("word"), "word", word=word)
    if m.group("wd") and P.RELATIVE.get(word, ("",))[0] == "week":
        r.day, r.end = P.WEEKDAYS[m.group("wd")], m.end("wd")  # the weekday, Monday = 0
    if m.group("since") and word in P.RELATIVE:
        r.since, r.since_at, r.end = True, m.start("since"), m.end("since")
    elif m.group("time") and word not in P.VAGUE:
        clock = _time(m)
        if clock and word.endswith(_EVENING) and not m.group("dp") and clock[0] < 12:
            clock = (clock[0] + 12, clock[1])  # 今晚8点 is 20:00
        if clock:
            r.hour, r.minute = clock
            r.end = m.end("time")
    return r


def read_new_year_day(m: re.Match) -> Reading:
    """大年初一 as the lunar date 正月初一."""
    return Reading(m.start(), m.end(), "calendar", month=1, day=small_number(m.group("d")), lunar=True)


def read_time(m: re.Match) -> Reading | None:
    """A clock time standing alone (下午4时), to be dated by the day named before it; not a daily
    time (每天早上6时到7时)."""
    before = m.string[max(0, m.start() - 3):m.start()]
    if before.endswith(_DAILY) or (len(before) >= 2 and before[-1] in "至到-—~" and before[-2] in "时点0123456789"):
        return None  # 每天早上6时; the end of a range whose start was not taken
    if m.group("h"):
        clock = _time(m)
    elif m.group("hh"):  # 下午2:30
        clock = _time(m)
        if clock and m.group("dp2") in P.DAY_PARTS and clock[0] < 12:
            clock = (clock[0] + P.DAY_PARTS[m.group("dp2")], clock[1])
    else:
        clock = _time(m, h="h2", mi="mi2") if m.group("h2") else _time(m, h="h3", mi="mi3")
        if clock and m.group("ke2"):  # 20时1刻
            clock = (clock[0], _QUARTER_HOURS[m.group("ke2")])
    if clock is None:
        return None
    return Reading(m.start(), m.end(), "time", hour=clock[0], minute=clock[1])
