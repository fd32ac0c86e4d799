"""ISO 8601 values: days, months, clock times, lunar days as Gregorian ones."""
from __future__ import annotations

import datetime as dt

from zhdate import ZhDate


def iso_day(year: int | None, month: int, day: int) -> str | None:
    """'2019-08-26', or '--08-26' without a year; None when the day does not exist (2月30日)."""
    try:
        dt.date(year or 2000, month, day)
    except (ValueError, TypeError):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def iso_month(year: int | None, month: int | None) -> str | None:
    """'2019-08', or '--08' without a year; None for a month that does not exist (13月)."""
    if month is None or not 1 <= month <= 12:
        return None
    return f"{year:04d}-{month:02d}" if year else f"--{month:02d}"


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> dt.date | None:
    """农历 year/month/day as a Gregorian date (2021, 12, 23) -> 2022-01-25; None if impossible."""
    try:
        return ZhDate(year, month, day, leap_month=leap).to_datetime().date()
    except (ValueError, TypeError, IndexError, KeyError, AssertionError):
        return None


def clock_value(day: str, hour: int, minute: int) -> str:
    """'2019-08-26T09:30'; 24时 is the next day's 00:00 (2019-08-26 24时 -> 2019-08-27T00:00)."""
    if hour < 24:
        return f"{day}T{hour:02d}:{minute:02d}"
    known = not day.startswith("--")
    date = dt.date.fromisoformat(day if known else "2000" + day[1:]) + dt.timedelta(days=1)  # 2000: a leap year
    return f"{date.isoformat() if known else date.strftime('--%m-%d')}T00:00"


def first_day(value: str) -> str:
    """The first day an ISO value covers: 2019 -> 2019-01-01, 2019-08 -> 2019-08-01."""
    first = value.split("/")[0].split("T")[0]
    if "W" in first:
        year, week = first.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1).isoformat()
    parts = first.split("-")
    if len(parts) == 1:
        return f"{first}-01-01"
    if len(parts) == 2:
        return f"{first}-01"
    return first
