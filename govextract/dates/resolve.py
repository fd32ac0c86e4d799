"""Year inference and ISO 8601 values: the document's own dates first, then the publish date.

The rules, in order, for a date written without its year (8月26日, 8月, 一季度):
1. the year of the nearest preceding date with a month whose year is written (2019年8月26日,
   2011-3-8 09:42:17, 1997年4月, 同年6月): the document's own calendar; 去年10月 and
   自2014年3月份以来 look back and set nothing. When that year is more than a year from the
   publish date and the date falls within a month of publication, it is the news, not the history
   (1949年10月1日 … 10月1日,全市举行升旗仪式 in a release of 2019-10-02 is 2019-10-01);
2. else the publish date's year, moved back one year when the date would fall more than four
   months after publication (news reports the past), or forward one year when it would fall more
   than two months before it and speaks of the future (将于1月1日起施行 published 12-27; a
   deadline 6月30日前);
3. else (no publish date) the nearest year written before it (2019年, 2019-08), or failing
   that the first year written after it (2019中国国际智能产业博览会);
4. else no year: --08-26.
A day written alone (27日) takes the month of the last month named before it, else the month
of the publish date nearest to it. Relative words resolve against the publish date only.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt

from ..document import DateMention
from . import patterns as P
from .reading import Reading
from .relative import CalendarWords, add_months, quarter_value
from .settings import DEFAULT_SETTINGS, DateSettings
from .values import clock_value, first_day, iso_day, iso_month, lunar_to_solar

# forms read by forms.py, resolved by the CalendarWords methods
_CALENDAR_WORDS = {"holiday": "_holiday", "count": "_count", "weekday": "_weekday", "decade": "_decade",
                   "anaphor": "_anaphor", "nth_weekday": "_nth_weekday",
                   "span": "_span"}


class DocumentClock(CalendarWords):
    """Resolves one document's readings in text order, remembering the days it has named."""

    def __init__(self, text: str, publish_date: dt.date | None, readings: list[Reading],
                 settings: DateSettings = DEFAULT_SETTINGS) -> None:
        self.text = text
        self.publish = publish_date  # the anchor date: the caller's publish date, or the document's own
        self.settings = settings
        self.anchor_year: int | None = None  # year of the last date with a month whose year the text gave
        self.last_year: int | None = None  # the last year the text gave, for 同年
        self.last_day: dt.date | None = None  # the last day named, for 下午4时 and 翌日
        self.last_day_value: str | None = None  # the same as ISO, or --08-26 when its year is unknown
        self.event_day: dt.date | None = None  # the last day named by a date, not by 今天/昨天
        self.last_month: tuple[int | None, int] | None = None  # for a bare 27日
        self.year_hints = self._year_hints(readings)
        self.hint_positions = [pos for pos, _ in self.year_hints]

    def _year_hints(self, readings: list[Reading]) -> list[tuple[int, int]]:
        """(position, year) for every year the text writes, dates and names alike."""
        hints = [(r.start, r.year) for r in readings if r.year is not None]
        starts = [r.start for r in readings]  # readings are in text order and do not overlap
        for m in P.YEAR_HINT.finditer(self.text):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i < 0 or readings[i].end <= m.start():
                hints.append((m.start(), int(m.group("y"))))
        return sorted(hints)

    # -- year inference ---------------------------------------------------------------------
    def _is_future(self, r: Reading) -> bool:
        clause_start = max(0, r.start - 12)
        before = self.text[clause_start:r.start]
        cut = max((m.end() for m in P.CLAUSE_END.finditer(before)), default=0)
        before = before[cut:]
        after = self.text[r.end:r.end + 12]
        stop = P.CLAUSE_END.search(after)
        later = after[:stop.start()] if stop else after
        return (P.FUTURE.search(before) is not None or after.startswith(P.FUTURE_AFTER)
                or P.FUTURE_LATER.search(later) is not None)

    def _near_publish(self, r: Reading, month: int, day: int | None) -> int:
        assert self.publish is not None
        year = self.publish.year
        guess = dt.date(year, month, min(day or 15, 28))
        return year + self._year_shift(r, (guess - self.publish).days)

    def _year_shift(self, r: Reading, gap: int) -> int:
        """-1, 0 or 1: where a yearless date gap days from the anchor belongs (prefer_dates_from)."""
        if r.since and gap > 0:  # 5月30日以来 looks back: never after the anchor
            return -1
        prefer = self.settings.prefer_dates_from
        if prefer == "current_period":
            return 0
        if prefer == "past":
            return -1 if gap > 0 else 0
        if prefer == "future":
            return 1 if gap < 0 else 0
        if gap > self.settings.after_days and not self._is_future(r):
            return -1
        if gap < -self.settings.before_days and self._is_future(r):
            return 1
        return 0

    def _place_day(self, r: Reading, day_in_year) -> dt.date | None:
        """A yearless day given by day_in_year(year) (a holiday), placed like a yearless date."""
        if self.anchor_year is not None:
            first = day_in_year(self.anchor_year)
            if first is None or not self._news_of_the_day(first.month, first.day):
                return first
        if self.publish is None:
            year = self.infer_year(r)
            return day_in_year(year) if year is not None else None
        day = day_in_year(self.publish.year)
        if day is None:
            return None
        shift = self._year_shift(r, (day - self.publish).days)
        return day_in_year(self.publish.year + shift) if shift else day

    def _news_of_the_day(self, month: int | None, day: int | None) -> bool:
        """True when the anchor is history (1949年10月1日) and the date falls within a month of
        publication (10月1日 in a release of 2019-10-02): then it is the news, not the history."""
        if self.publish is None or self.anchor_year is None or abs(self.anchor_year - self.publish.year) <= 1:
            return False
        if month is None or not 1 <= month <= 12:
            return False
        guess = dt.date(self.publish.year, month, min(day or 15, 28))
        return abs((guess - self.publish).days) <= 31

    def infer_year(self, r: Reading, month: int | None = None, day: int | None = None) -> int | None:
        """The year of a date written without one (rules in the module docstring)."""
        if self.anchor_year is not None and not self._news_of_the_day(month, day):
            return self.anchor_year
        if self.publish is not None:
            if month is None or not 1 <= month <= 12:
                return self.publish.year
            return self._near_publish(r, month, day)
        i = bisect.bisect_left(self.hint_positions, r.start)
        if i > 0:
            return self.year_hints[i - 1][1]
        if i < len(self.year_hints):
            return self.year_hints[i][1]
        return None

    def _year_of(self, r: Reading) -> tuple[int | None, bool]:
        """(year, known): the written or relative year; known is False when it must be inferred."""
        if r.year is not None:
            return r.year, True
        if r.short_year is not None:
            return self._century(r.short_year, r), True
        if r.year_rel is not None:
            return (self.publish.year + r.year_rel if self.publish else None), True
        if r.year_same and self.last_year is not None:
            return self.last_year, True
        return None, False

    # -- values -----------------------------------------------------------------------------
    def resolve(self, r: Reading) -> DateMention:
        """The DateMention for one reading, updating what the document has said so far."""
        end = r.end
        try:
            value, kind = self._value(r)
        except (OverflowError, ValueError):  # 昨天 of 0001-01-01, year 0: beyond datetime's calendar
            value, kind = None, "relative"
        if r.since:
            if self.publish is not None and value is not None:
                value = f"{first_day(value)}/{self.publish.isoformat()}"
                kind = "relative" if kind == "relative" else "range"
            elif r.year_rel is None and r.month_rel is None and r.word is None:
                end = r.since_at  # 6月以来 with no publish date: the month is still a date
            else:
                value = None
        return DateMention(self.text[r.start:end], value, r.start, end, kind)

    def _value(self, r: Reading) -> tuple[str | None, str]:
        if r.form in _CALENDAR_WORDS:
            return getattr(self, _CALENDAR_WORDS[r.form])(r)  # type: ignore[no-any-return]
        if r.form == "word":
            return self._word(r)
        if r.form == "time":
            return self._time_alone(r)
        if r.form == "year_range":
            return f"{r.year:04d}/{r.year_to:04d}", "range"
        return self._calendar(r)

    def _remember_day(self, day: dt.date | None, event: bool = True) -> None:
        if day is None:
            return
        self.last_day = day
        self.last_day_value = day.isoformat()
        if event:
            self.event_day = day
        self.last_month = (day.year, day.month)

    def _calendar(self, r: Reading) -> tuple[str | None, str]:
        year, known = self._year_of(r)
        relative = r.year_rel is not None or r.month_rel is not None or r.day_today
        if known and year is None:
            return None, "relative"
        if r.period:
            return self._period(r, r.period, year, known, relative)
        month = r.month
        if r.month_rel is not None:
            if self.publish is None:
                return None, "relative"
            year, month = add_months(self.publish.year, self.publish.month, r.month_rel)
            known = True
        if known and year is not None:
            self.last_year = year
            # a written year with a month sets the document's calendar; 去年10月 and
            # 自2014年3月份以来 look back from it and set nothing
            if month is not None and not r.since and (r.year is not None or r.year_same or r.short_year is not None):
                self.anchor_year = year
        if month is None and r.day is not None:
            return self._bare_day(r)
        if month is None and r.range_end is not None:  # 2019年至2021年
            return (f"{year:04d}/{r.range_end.year:04d}" if year and r.range_end.year else None), "range"
        if month is None:  # a year alone
            return (f"{year:04d}" if year else None), ("relative" if relative else "year")
        if not known:
            year = self.infer_year(r, month, r.day)
        return self._month_and_day(r, year, month, known, relative)

    def _period(self, r: Reading, period: tuple[int, int], year: int | None, known: bool, relative: bool
                ) -> tuple[str | None, str]:
        """A season, quarter or half-year; 四季度 in a January release is last year's: its year comes from its start."""
        first, last = period
        year = year if known else self.infer_year(r, first, 1)
        if not known and (r.word or "").startswith("年") and self.anchor_year is None and self.publish:
            year = self.publish.year  # 年底 is this year's end, whenever it is said
        kind = "relative" if relative else "period"
        if year is None:
            return None, kind
        if last > 12:  # 冬季: December to February
            return f"{year}-{first:02d}/{year + 1}-{last - 12:02d}", kind
        return (f"{year}-{first:02d}" if first == last else f"{year}-{first:02d}/{year}-{last:02d}"), kind

    def _month_and_day(self, r: Reading, year: int | None, month: int, known: bool, relative: bool
                       ) -> tuple[str | None, str]:
        """A month, a pair of months, a 旬, a lunar or solar day, with its time."""
        if r.range_end is not None:
            return self._range(r, year, month)
        if r.month2 is not None:
            a, b = iso_month(year, month), iso_month(year + 1 if year and r.month2 < month else year, r.month2)
            ok = a and b and (month < r.month2 or year)
            return (f"{a}/{b}" if ok else None), "period"
        if r.xun is not None:
            return self._xun(year, month, r.xun), "period"
        if r.day is None:
            if iso_month(year, month):
                self.last_month = (year, month)
            return iso_month(year, month), ("relative" if relative else "month")
        if r.lunar:
            return self._lunar(r, year, month, known)
        value = iso_day(year, month, r.day)
        if value and year:
            self._remember_day(dt.date(year, month, r.day))
        elif value:
            self.last_month = (None, month)
            self.last_day_value = value
        kind = "relative" if relative else ("datetime" if r.hour is not None and value else "date")
        return self._with_time(value, r), kind

    def _with_time(self, value: str | None, r: Reading) -> str | None:
        if value is None or r.hour is None:
            return value
        first = clock_value(value, r.hour, r.minute or 0)
        if r.hour2 is None:
            return first
        return f"{first}/{clock_value(value, r.hour2, r.minute2 or 0)}"

    def _century(self, short: int, r: Reading) -> int:
        """98年 -> 1998 or 2098: the latest such year not after the anchor's next year; an ROC year
        (98年 = 2009) where that lands within a month of publication (a Taiwanese notice)."""
        if self.publish is None:
            hints = [y for _, y in self.year_hints if y % 100 == short]
            return hints[0] if hints else (1900 + short if short >= 30 else 2000 + short)
        if short + P.ROC_OFFSET == self.publish.year and r.month is not None:
            guess = dt.date(self.publish.year, r.month, min(r.day or 15, 28))
            if abs((guess - self.publish).days) <= 31:
                return short + P.ROC_OFFSET
        year = self.publish.year // 100 * 100 + short
        return year - 100 if year > self.publish.year + 1 else year

    def _bare_day(self, r: Reading) -> tuple[str | None, str]:
        """27日 or 今(30)日: the month named last, else the publish month nearest to the day."""
        kind = "relative" if r.day_today else "date"
        day = r.day
        assert day is not None
        if self.last_month is not None and not r.day_today:
            year, month = self.last_month
        elif self.publish is not None:
            year, month = self._nearest_month(day)
        else:
            return None, kind
        if r.range_end is not None:  # 26日至28日
            return self._range(r, year, month)
        value = iso_day(year, month, day)
        if value and year:
            self._remember_day(dt.date(year, month, day))
        return self._with_time(value, r), ("datetime" if r.hour is not None and value else kind)

    def _nearest_month(self, day: int) -> tuple[int, int]:
        assert self.publish is not None
        best = None
        for offset in (0, -1, 1):
            year, month = add_months(self.publish.year, self.publish.month, offset)
            if iso_day(year, month, day):
                gap = (dt.date(year, month, day) - self.publish).days
                gap = gap * 4 if gap > 0 else -gap  # a day written alone is mostly past news
                if best is None or gap < best[0]:
                    best = (gap, year, month)
        return (best[1], best[2]) if best else (self.publish.year, self.publish.month)

    def _range(self, r: Reading, year: int | None, month: int) -> tuple[str | None, str]:
        b = r.range_end
        assert b is not None
        b_month = b.month if b.month is not None else month
        first = self._bound(r, year, month, start=True)
        last = self._bound(b, b.year if b.year is not None else year, b_month, start=False)
        if first and last and year and b.year is None and last < first:  # 12月28日至1月3日
            last = self._bound(b, year + 1, b_month, start=False)
        if first and year and r.day is not None:
            self._remember_day(dt.date(year, month, r.day))
        if not first or not last or (year and last < first):
            return None, "range"
        return f"{first}/{last}", "range"

    def _bound(self, r: Reading, year: int | None, month: int, start: bool) -> str | None:
        """One end of a range: a day, the first or last day of a 旬, or a month."""
        if r.xun is not None:
            days = self._xun(year, month, r.xun)
            return days.split("/")[0 if start else -1] if days else None
        if r.day is not None:
            return iso_day(year, month, r.day)
        return iso_month(year, month)

    @staticmethod
    def _xun(year: int | None, month: int, xun: tuple[int, int | None]) -> str | None:
        if iso_month(year, month) is None:
            return None
        last = xun[1] or calendar.monthrange(year or 2001, month)[1]
        return f"{iso_day(year, month, xun[0])}/{iso_day(year, month, last)}"

    def _lunar(self, r: Reading, year: int | None, month: int, known: bool) -> tuple[str | None, str]:
        if year is None or r.day is None:
            return None, "date"
        solar = lunar_to_solar(year, month, r.day, r.leap)
        if solar and not known and self.publish is not None and self.anchor_year is None:
            shift = self._year_shift(r, (solar - self.publish).days)
            if shift:
                solar = lunar_to_solar(year + shift, month, r.day, r.leap)
        if solar is None:
            return None, "date"
        self._remember_day(solar)
        return self._with_time(solar.isoformat(), r), "date"

    def _word(self, r: Reading) -> tuple[str | None, str]:
        word = r.word or ""
        if word in P.VAGUE:
            return None, "relative"
        if word in P.ANAPHORA:  # the day named last; with none, the anchor date (当晚十时)
            base = self.last_day or self.publish
            if base is None:
                return None, "relative"
            day = base + dt.timedelta(days=P.ANAPHORA[word])
            self._remember_day(day, event=False)
            return self._with_time(day.isoformat(), r), "relative"
        unit, offset = P.RELATIVE[word]
        if self.publish is None:
            return None, "relative"
        if unit == "quarter":
            return quarter_value(self.publish, offset), "relative"
        if unit == "week":
            monday = self.publish - dt.timedelta(days=self.publish.weekday()) + dt.timedelta(weeks=offset)
            if r.day is not None:  # 下周一
                day = monday + dt.timedelta(days=r.day)
                self._remember_day(day, event=False)
                return self._with_time(day.isoformat(), r), "relative"
            iso = monday.isocalendar()
            return f"{iso[0]}-W{iso[1]:02d}", "relative"
        day = self._speech_day(r) + dt.timedelta(days=offset)
        self._remember_day(day, event=False)
        return self._with_time(day.isoformat(), r), "relative"

    def _speech_day(self, r: Reading) -> dt.date:
        """The day 今天 means: the publish date, or in reported speech the day last named."""
        assert self.publish is not None
        if self.event_day is None or self.event_day == self.publish:
            return self.publish
        before = self.text[max(0, r.start - 60):r.start]
        cut = max((m.end() for m in P.SENTENCE_END.finditer(before)), default=0)
        if P.SPEECH.search(before, cut):
            return self.event_day
        return self.publish

    def _time_alone(self, r: Reading) -> tuple[str | None, str]:
        if self.last_day_value is None:
            return None, "datetime"
        return self._with_time(self.last_day_value, r), "datetime"
