"""Readings for calendar words beyond written dates: holidays (国庆节), counted days (两天前),
spans ending at the anchor (近三天), weekdays (周三, 周一至周五), nth weekdays of a month (6月第3个星期日),
decades (九十年代末期), anaphoric years (次年), dotted dates (1968.05, 28.07.2015), slashed day-first or
month-first dates (13/03/2014), and the end of a time range (下午1点到3点十分)."""
from __future__ import annotations

import re

from ..data import read_table
from . import patterns as P
from .holidays import HOLIDAY, HOLIDAYS, suffix_ok
from .numerals import small_number, year_number
from .reading import Reading, _time

_COUNT_NOT_AFTER = {row[0]: row[1] for row in read_table("dates_counted_not_after.tsv")}
ANAPHORA_UNITS = {row[0]: (row[1], int(row[2])) for row in read_table("dates_anaphora_units.tsv")}
_UNITS = {"天": "day", "日": "day", "周": "week", "星期": "week", "礼拜": "week", "月": "month", "年": "year"}

# 两天前, 3天后, 三周前, 半个月后, 五年前, 兩日前 (not 日前 alone, not 3日前: a deadline, the 3rd).
COUNTED = re.compile(
    r"(?<![0-9第每近逾满约一二三四五六七八九十两几多])"
    r"(?:(?P<n>[1-9]\d{0,2}|[一二两三四五六七八九十]{1,3})(?P<ge>个)?(?P<half>半)?|(?P<only_half>半)(?P<ge2>个)?)"
    r"(?P<unit>天|日|周|星期|礼拜|月|年)(?P<half_after>半)?(?:之|以)?(?P<dir>前|后)")
# 近三天, 最近一周, 过去两个月, 未来三年, 今后五年: n units ending (or starting) on the anchor day.
_SPAN_WORDS = {row[0]: int(row[1]) for row in read_table("dates_spans.tsv")}
SPAN = re.compile(
    r"(?<![附接将逼靠临])(?P<dir>" + "|".join(sorted(_SPAN_WORDS, key=len, reverse=True)) + ")"
    r"(?P<n>[1-9]\d?|[一二两三四五六七八九十]{1,3})(?P<ge>个)?"
    r"(?P<unit>天|日|周|星期|礼拜|月|年)(?![0-9一二三四五六七八九十代级])")
_SPAN_UNITS = {"天": "day", "日": "day", "周": "week", "星期": "week", "礼拜": "week", "月": "month", "年": "year"}
# 周三, 星期五, 礼拜天, 周一至周五, 星期三至五, with a clock time (周三上午10时).
WEEKDAY = re.compile(
    r"(?<![每逢各上下本这周前后一二两三四五六七八九十个隔])(?P<wk>星期|礼拜|周)(?P<wd>[一二三四五六日天])"
    r"(?: ?(?:至|到|-|—|~) ?(?:星期|礼拜|周)?(?P<wd2>[一二三四五六日天]))?"
    rf"(?P<time>{P.TIME})?")
# 6月第3个星期日, 5月的第二个星期日, 2019年11月第四个周四, 今年10月最后一个星期五.
NTH_WEEKDAY = re.compile(
    r"(?:(?P<y>(?<![0-9])\d{4}|(?<![〇零一二三四五六七八九])[〇零一二三四五六七八九]{4}) ?年|(?P<ry>今|去|明)年)?"
    r"(?<![0-9])(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?的?"
    r"(?:第(?P<n>[1-5一二三四五])个?|(?P<last>最后一个|最后1个))(?:星期|礼拜|周)(?P<wd>[一二三四五六日天])"
    rf"(?P<time>{P.TIME})?")
_GLOSS = re.compile(r" ?\((?P<d>\d{1,2})日\)")
# What may follow a bare 周X: a person is named 周一鸣; a date is followed by a particle, a part of
# the day, a verb of the event or punctuation.
_AFTER_WEEKDAY = set("上下中晚早凌傍夜至到起举在将开召正是前后的和与及、,.。;:!?)(”“ \n将再又也就均同全各"
                     "宣表发说称会对访抵启出公签通进晨")
# 九十年代, 90年代末期, 上世纪八十年代初, 20世纪90年代中期.
DECADE = re.compile(
    r"(?P<century>上世纪|上个世纪|20世纪|二十世纪|本世纪|21世纪|二十一世纪)?"
    r"(?<![0-9一二三四五六七八九十])(?P<dec>[1-9]0|[二三四五六七八九]十)年代"
    r"(?P<part>初期|中期|末期|后期|前期|中后期|初|末)?")
# 18世纪, 十九世纪末 (not followed by a decade: 20世纪90年代 is read by DECADE).
CENTURY = re.compile(r"(?<![0-9上本])(?P<n>1[0-9]|2[01]|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])世纪"
                     r"(?![0-9一二三四五六七八九十]+年代)(?P<part>初期|初叶|初|中叶|中期|末期|末)?")
_CENTURY_PARTS = {"初期": (0, 19), "初叶": (0, 19), "初": (0, 19), "中叶": (40, 59), "中期": (40, 59),
                  "末期": (80, 99), "末": (80, 99)}
_DECADE_PARTS = {"初期": (0, 3), "初": (0, 3), "前期": (0, 3), "中期": (4, 6), "中": (4, 6),
                 "后期": (7, 9), "末期": (7, 9), "末": (7, 9), "中后期": (4, 9)}
_CENTURIES = {"上世纪": 1900, "上个世纪": 1900, "20世纪": 1900, "二十世纪": 1900, "本世纪": 2000,
              "21世纪": 2000, "二十一世纪": 2000}
_NOT_AFTER_ANAPHOR = set("月年度份龄级纪底初末过1234567890一二三四五六七八九十")
_NOT_BEFORE_ANAPHOR = set("不相共每一几多首两这该上下如之")
ANAPHOR = re.compile("|".join(sorted(ANAPHORA_UNITS, key=len, reverse=True)))
# 1968.05, 2016.03 (a CV's month), never 2019.05万元 or 3.14.
YEAR_MONTH_DOT = re.compile(r"(?<![0-9A-Za-z.·])(?P<y>(?:19|20)\d{2})\.(?P<m>0?[1-9]|1[0-2])(?![0-9]|\.\d|[%万亿元])")
# 28.07.2015 19:41 (day first).
DAY_FIRST = re.compile(
    r"(?<![0-9A-Za-z.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?![0-9]|\.\d)"
    r"(?: (?P<hh>\d{1,2}):(?P<mm>\d{2})(?::\d{2})?(?![0-9]))?")


def _holiday_short_year(written: str | None) -> int | None:
    """零六年, 06年, '06年 before a holiday; None for an approximate count (七八年, 三五年)."""
    if not written:
        return None
    number = year_number(written.lstrip("'’"))
    if not written.isascii() and (number // 10 + 1 == number % 10 or number == 35):
        return None
    return number

# 13/03/2014 (day first) or 03/13/2014 (month first), with a time: read only where a number over 12
# or two equal numbers decide; 03/04/2014 is left unread (no mention) rather than guessed.
SLASH_DMY = re.compile(
    r"(?<![0-9A-Za-z./])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![0-9]|/\d)"
    r"(?: (?P<hh>\d{1,2}):(?P<mm>\d{2})(?::\d{2})?(?![0-9]))?")


def read_holiday(m: re.Match, text: str) -> Reading | None:
    """国庆节, 2019年国庆节, 去年春节, 国庆假期 (the fixed span), 十一 only before 假期/节."""
    holiday = HOLIDAYS[m.group("word")]
    short = _holiday_short_year(m.group("sy"))
    if m.group("sy") and short is None:
        return None
    year_before = m.group("y") or m.group("roc") or m.group("ry") or m.group("ay") or m.group("sy")
    if not year_before and not suffix_ok(text, m.end("word"), holiday):  # 今年五一 is the holiday
        return None
    r = Reading(m.start(), m.end("word"), "holiday", holiday=holiday.word)
    if m.group("y"):
        r.year = int(m.group("y"))
    elif m.group("roc"):
        r.year = int(m.group("roc")) + P.ROC_OFFSET  # 民国100年元旦: 2011
    elif short is not None:
        r.short_year = short
    elif m.group("ry"):
        r.year_rel = P.RELATIVE[m.group("ry") + "年"][1]
    elif m.group("ay"):
        r.year_same = True
    if m.group("span") and holiday.span_days > 1:
        r.span, r.end = True, m.end("span")
    elif m.group("time") and not m.group("span"):
        clock = _time(m)
        if clock:
            r.hour, r.minute, r.end = clock[0], clock[1], m.end("time")
    return r


def read_counted(m: re.Match, text: str) -> Reading | None:
    """两天前 (-2 days), 半个月后 (+0.5 month), 五年前; 日 only after a Chinese number (兩日前)."""
    unit_word = m.group("unit")
    if m.group("only_half"):
        n = 0.5
    else:
        number = small_number(m.group("n"))
        if number is None or number == 0:
            return None
        n = number + (0.5 if m.group("half") or m.group("half_after") else 0)
    if unit_word == "日" and (m.group("n") or "").isascii():
        return None
    if unit_word == "月" and not (m.group("ge") or m.group("ge2")) and n != int(n):
        return None
    blocked = _COUNT_NOT_AFTER.get(m.group("dir"), "")
    if m.end() < len(text) and text[m.end()] in blocked:
        return None
    sign = -1 if m.group("dir") == "前" else 1
    return Reading(m.start(), m.end(), "count", count=(sign * n, _UNITS[unit_word]))


def read_span(m: re.Match) -> Reading | None:
    """近三天 (-3, day): the three days ending on the anchor day; 未来三年 (+3, year) the three years from it.
    A month needs 个 (近两个月; 近两月 too rarely means it); 日 only after a Chinese number (近三日)."""
    n = int(m.group("n")) if m.group("n").isascii() else small_number(m.group("n"))
    unit = m.group("unit")
    if not n or (unit == "月" and not m.group("ge")) or (unit == "日" and m.group("n").isascii()):
        return None
    if m.group("ge") and unit in ("天", "日", "年"):
        return None
    return Reading(m.start(), m.end(), "span", count=(_SPAN_WORDS[m.group("dir")] * n, _SPAN_UNITS[unit]))


def read_weekday(m: re.Match, text: str) -> Reading | None:
    """A weekday without its week (周三): resolved near the publish date; 周一至周五 a range.

    Not after the date it names (2019年8月26日(星期一)); glossed by a day (周五(7日)) it is that day."""
    if text[max(0, m.start() - 2):m.start()].rstrip(" (").endswith(("日", "号")):
        return None
    if gloss := _GLOSS.match(text, m.end("wd")):
        return Reading(m.start(), gloss.end(), "calendar", day=int(gloss.group("d")))
    r = Reading(m.start(), m.end("wd"), "weekday", day=P.WEEKDAYS[m.group("wd")])
    if m.group("wd2"):
        r.weekday2, r.end = P.WEEKDAYS[m.group("wd2")], m.end("wd2")
        if r.weekday2 <= P.WEEKDAYS[m.group("wd")]:
            return None
    following = text[r.end:r.end + 1]
    if following and following not in _AFTER_WEEKDAY and not following.isdigit():
        return None  # 周一鸣 is a name, 星期日泰晤士报 a newspaper
    if m.group("time"):
        if r.weekday2 is not None:
            return Reading(r.start, m.end("time"), "weekday")  # office hours: a recurrence, no value
        clock = _time(m)
        if clock:
            r.hour, r.minute, r.end = clock[0], clock[1], m.end("time")
    return r


def read_nth_weekday(m: re.Match) -> Reading | None:
    """6月第3个星期日: month and weekday code (10 * n + weekday; n = 9 the last one), the year as for
    a holiday (written, relative or inferred)."""
    month = small_number(m.group("m")) if not m.group("m").isascii() else int(m.group("m"))
    nth = 9 if m.group("last") else small_number(m.group("n")) if not m.group("n").isascii() else int(m.group("n"))
    if not month or not 1 <= month <= 12 or not nth:
        return None
    r = Reading(m.start(), m.end("wd"), "nth_weekday", month=month, day=10 * nth + P.WEEKDAYS[m.group("wd")])
    if m.group("y"):
        r.year = year_number(m.group("y"))
    elif m.group("ry"):
        r.year_rel = P.RELATIVE[m.group("ry") + "年"][1]
    if m.group("time") and (clock := _time(m)):
        r.hour, r.minute, r.end = clock[0], clock[1], m.end("time")
    return r


def read_decade(m: re.Match) -> Reading | None:
    """九十年代末期 -> years (1997, 1999); the century from 上世纪/21世纪, else from the publish date."""
    dec = m.group("dec")
    tens = int(dec) if dec.isascii() else small_number(dec)
    if tens is None:
        return None
    first, last = _DECADE_PARTS.get(m.group("part") or "", (0, 9))
    r = Reading(m.start(), m.end(), "decade", years=(tens + first, tens + last))
    if m.group("century"):
        r.year = _CENTURIES[m.group("century")]
    return r


def read_century(m: re.Match) -> Reading | None:
    """18世纪 -> years (1700, 1799); 十九世纪末 -> (1880, 1899)."""
    written = m.group("n")
    n = int(written) if written.isascii() else small_number(written)
    if not n:
        return None
    first, last = _CENTURY_PARTS.get(m.group("part") or "", (0, 99))
    base = (n - 1) * 100
    return Reading(m.start(), m.end(), "decade", year=0, years=(base + first, base + last))


def read_anaphor(m: re.Match, text: str) -> Reading | None:
    """次年, 上一年, 当月: the year or month the text named last, moved by the offset."""
    if text[m.end():m.end() + 1] in _NOT_AFTER_ANAPHOR or text[m.start() - 1:m.start()] in _NOT_BEFORE_ANAPHOR:
        return None  # 同年6月 is a date of its own; 不同年龄, 每次月 are other words
    return Reading(m.start(), m.end(), "anaphor", word=m.group(0))


def read_dotted(m: re.Match, day_first: bool = False) -> Reading | None:
    """1968.05 (a month) or 28.07.2015 19:41 (a day, with its time)."""
    month = int(m.group("m"))
    if not 1 <= month <= 12:
        return None
    r = Reading(m.start(), m.end(), "numeric", year=int(m.group("y")), month=month)
    if day_first:
        r.day = int(m.group("d"))
        if r.day > 31:
            return None
        if m.group("hh") and int(m.group("hh")) < 24 and int(m.group("mm")) < 60:
            r.hour, r.minute = int(m.group("hh")), int(m.group("mm"))
        else:
            r.end = m.end("y")
    return r


def read_slash(m: re.Match) -> Reading | None:
    """13/03/2014 -> 2014-03-13, 03/13/2014 -> 2014-03-13, 05/05/2014; None where both orders are dates."""
    a, b = int(m.group("a")), int(m.group("b"))
    if a == b or (a > 12 and b <= 12):
        day, month = a, b
    elif b > 12 and a <= 12:
        day, month = b, a
    else:
        return None
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    r = Reading(m.start(), m.end(), "numeric", year=int(m.group("y")), month=month, day=day)
    if m.group("hh") and int(m.group("hh")) < 24 and int(m.group("mm")) < 60:
        r.hour, r.minute = int(m.group("hh")), int(m.group("mm"))
    else:
        r.end = m.end("y")
    return r


def extend_time_range(r: Reading, text: str) -> None:
    """Add the end of a time range after r's clock time: 下午1点到3点十分 -> 13:00 to 15:10."""
    if r.hour is None or r.range_end is not None:
        return
    tail = P.TIME_TAIL.match(text, r.end)
    if tail is None:
        return
    clock = _time(tail)
    if clock is None:
        return
    hour, minute = clock
    if not tail.group("dp") and r.hour >= 12 and hour < 12:  # 下午1点到3点: the part of day carries over
        hour += 12
    if (hour, minute) <= (r.hour, r.minute or 0):
        return
    r.hour2, r.minute2, r.end = hour, minute, tail.end()


def find_forms(text: str) -> list[Reading]:
    """Every reading of the forms in this module, overlapping ones included."""
    found: list[Reading | None] = []
    found += [read_holiday(m, text) for m in HOLIDAY.finditer(text)]
    found += [read_counted(m, text) for m in COUNTED.finditer(text)]
    found += [read_weekday(m, text) for m in WEEKDAY.finditer(text)]
    found += [read_span(m) for m in SPAN.finditer(text)]
    found += [read_nth_weekday(m) for m in NTH_WEEKDAY.finditer(text)]
    found += [read_decade(m) for m in DECADE.finditer(text)]
    found += [read_century(m) for m in CENTURY.finditer(text)]
    found += [read_anaphor(m, text) for m in ANAPHOR.finditer(text)]
    found += [read_dotted(m) for m in YEAR_MONTH_DOT.finditer(text)]
    found += [read_dotted(m, day_first=True) for m in DAY_FIRST.finditer(text)]
    found += [read_slash(m) for m in SLASH_DMY.finditer(text)]
    return [r for r in found if r is not None]
