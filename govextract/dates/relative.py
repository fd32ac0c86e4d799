"""Values for the calendar words of forms.py: holidays, counted days, weekdays, quarters,
decades and anaphoric years, resolved against the document clock's anchor date."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .forms import ANAPHORA_UNITS
from .holidays import HOLIDAYS, holiday_value, nth_weekday
from .settings import DateSettings

if TYPE_CHECKING:
    from .reading import Reading


def add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    """(2019, 1) moved by -1 month -> (2018, 12)."""
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def quarter_value(anchor: dt.date, offset: int) -> str:
    """The quarter of the anchor moved by offset: (2019-08-27, -1) -> 2019-04/2019-06."""
    year, first = add_months(anchor.year, (anchor.month - 1) // 3 * 3 + 1, 3 * offset)
    return f"{year:04d}-{first:02d}/{year:04d}-{first + 2:02d}"


def counted_value(anchor: dt.date, amount: float, unit: str) -> str:
    """两天前 (-2, day) -> the day; 三周前 -> the day 21 days back; 两个月前 -> the month; 五年前 -> the year."""
    if unit == "day":
        return (anchor + dt.timedelta(days=int(amount))).isoformat()
    if unit == "week":
        return (anchor + dt.timedelta(days=int(7 * amount))).isoformat()
    if unit == "month" and amount != int(amount):  # 半个月后: 15 days; 一个半月后: a month and 15 days
        year, month = add_months(anchor.year, anchor.month, int(amount))
        days = 15 if amount > 0 else -15
        return (_same_day(anchor, year, month) + dt.timedelta(days=days)).isoformat()
    if unit == "month":
        year, month = add_months(anchor.year, anchor.month, int(amount))
        return f"{year:04d}-{month:02d}"
    if amount != int(amount):  # 半年前: six months
        year, month = add_months(anchor.year, anchor.month, int(amount * 12))
        return f"{year:04d}-{month:02d}"
    return f"{anchor.year + int(amount):04d}"


def span_value(anchor: dt.date, amount: int, unit: str) -> str:
    """近三天 (-3, day) from 2019-08-27 -> 2019-08-24/2019-08-26: the n whole units before the anchor
    day; 未来三年 (+3, year) -> 2019-08-27/2022-08-26: the n units from the anchor day on. The two
    meet at the anchor day without overlapping (the dev set's gold: 近三天 published 2022-06-24 is
    2022-06-21/2022-06-23)."""
    n = abs(amount)
    if unit in ("day", "week"):
        moved = anchor + dt.timedelta(days=(n if unit == "day" else 7 * n) * (1 if amount > 0 else -1))
    else:
        months = n if unit == "month" else 12 * n
        year, month = add_months(anchor.year, anchor.month, -months if amount < 0 else months)
        moved = _same_day(anchor, year, month)
    day = dt.timedelta(days=1)
    first, last = (moved, anchor - day) if amount < 0 else (anchor, moved - day)
    return f"{first.isoformat()}/{last.isoformat()}"


def _same_day(anchor: dt.date, year: int, month: int) -> dt.date:
    for day in (anchor.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("every month has a 28th")


def weekday_date(anchor: dt.date, weekday: int, settings: DateSettings) -> dt.date:
    """A weekday without its week (周三), by prefer_dates_from: the same ISO week (current_period),
    the last one on or before the anchor (past), the next on or after it (future), or by default the
    one within four days before and two after (news mostly reports the past)."""
    monday = anchor - dt.timedelta(days=anchor.weekday())
    day = monday + dt.timedelta(days=weekday)
    prefer = settings.prefer_dates_from
    if prefer == "current_period":
        return day
    low, high = {"past": (-6, 0), "future": (0, 6)}.get(prefer, (-4, 2))
    gap = (day - anchor).days
    if gap > high:
        day -= dt.timedelta(days=7)
    elif gap < low:
        day += dt.timedelta(days=7)
    return day


def decade_value(first: int, last: int, century: int | None, anchor: dt.date | None) -> str | None:
    """(97, 99) of the 1900s -> 1997/1999; without a century, the latest one not after the anchor."""
    if century is None:
        if anchor is None:
            century = 1900 if first >= 20 else 2000
        else:
            century = (anchor.year // 100) * 100
            if century + first > anchor.year and century >= 100:
                century -= 100
    return f"{century + first:04d}/{century + last:04d}"


class CalendarWords:
    """Resolution of holidays, counted days, weekdays, decades and anaphora for DocumentClock."""

    publish: dt.date | None
    settings: DateSettings
    last_year: int | None
    last_month: tuple[int | None, int] | None

    # provided by DocumentClock
    def _year_of(self, r: Reading) -> tuple[int | None, bool]:
        raise NotImplementedError

    def _remember_day(self, day: dt.date | None, event: bool = True) -> None:
        raise NotImplementedError

    def _with_time(self, value: str | None, r: Reading) -> str | None:
        raise NotImplementedError

    def _place_day(self, r: Reading, day_in_year) -> dt.date | None:
        raise NotImplementedError

    def _holiday(self, r: Reading) -> tuple[str | None, str]:
        holiday = HOLIDAYS[r.holiday or ""]
        year, known = self._year_of(r)
        kind = "relative" if r.year_rel is not None else ("range" if r.span else "date")
        if known:
            found = holiday_value(holiday, year, r.span) if year is not None else None
        else:
            day = self._place_day(r, lambda y: (v[0] if (v := holiday_value(holiday, y, False)) else None))
            found = holiday_value(holiday, day.year, r.span) if day is not None else None
        if found is None:
            return None, kind
        self._remember_day(found[0])
        return (self._with_time(found[1], r) if not r.span else found[1]), kind

    def _nth_weekday(self, r: Reading) -> tuple[str | None, str]:
        """6月第3个星期日: the day in the written or relative year, else placed like a holiday."""
        assert r.month is not None and r.day is not None
        month, code = r.month, r.day
        year, known = self._year_of(r)
        if known:
            day = nth_weekday(year, month, code) if year is not None else None
        else:
            day = self._place_day(r, lambda y: nth_weekday(y, month, code))
        if day is None:
            return None, "date"
        self._remember_day(day)
        return self._with_time(day.isoformat(), r), ("relative" if r.year_rel is not None else "date")

    def _count(self, r: Reading) -> tuple[str | None, str]:
        if self.publish is None or r.count is None:
            return None, "relative"
        value = counted_value(self.publish, *r.count)
        if len(value) == 10:
            self._remember_day(dt.date.fromisoformat(value), event=False)
        return value, "relative"

    def _span(self, r: Reading) -> tuple[str | None, str]:
        # 过去五年, 未来五年: in a release a term's or a plan's period, not an interval of days (the dev
        # set's gold leaves them out); a mention without a value, like 近年来.
        if self.publish is None or r.count is None or r.count[1] == "year":
            return None, "range"
        return span_value(self.publish, int(r.count[0]), r.count[1]), "range"

    def _weekday(self, r: Reading) -> tuple[str | None, str]:
        if self.publish is None or r.day is None:
            return None, "relative"
        day = weekday_date(self.publish, r.day, self.settings)
        if r.weekday2 is not None:
            last = day + dt.timedelta(days=r.weekday2 - r.day)
            return f"{day.isoformat()}/{last.isoformat()}", "range"
        self._remember_day(day, event=False)
        return self._with_time(day.isoformat(), r), "relative"

    def _decade(self, r: Reading) -> tuple[str | None, str]:
        assert r.years is not None
        return decade_value(r.years[0], r.years[1], r.year, self.publish), "range"

    def _anaphor(self, r: Reading) -> tuple[str | None, str]:
        unit, offset = ANAPHORA_UNITS[r.word or ""]
        if unit == "year":
            base = self.last_year if self.last_year is not None else (self.publish.year if self.publish else None)
            return (f"{base + offset:04d}" if base is not None else None), "relative"
        if self.last_month is not None and self.last_month[0] is not None:
            year, month = add_months(self.last_month[0], self.last_month[1], offset)
        elif self.publish is not None:
            year, month = add_months(self.publish.year, self.publish.month, offset)
        else:
            return None, "relative"
        return f"{year:04d}-{month:02d}", "relative"
