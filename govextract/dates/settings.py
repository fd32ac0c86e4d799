"""Settings of the dates component, set from the spaCy config like any component's."""
from __future__ import annotations

from dataclasses import dataclass

PREFERENCES = ("nearest", "past", "future", "current_period")


@dataclass(frozen=True)
class DateSettings:
    """How yearless dates and bare weekdays are placed around the anchor date, and where the
    document's own date is looked for.

    prefer_dates_from: "nearest" (the default: a date up to after_days after the anchor, or up to
    before_days before it unless the clause speaks of the future; outside, the year before or after),
    "past" (never after the anchor), "future" (never before it) or "current_period" (the anchor's
    year, the anchor's week), like dateparser's PREFER_DATES_FROM.
    dateline_window: how many characters from the start a dateline (新华社北京7月12日电) is looked for.
    """

    prefer_dates_from: str = "nearest"
    after_days: int = 120
    before_days: int = 60
    dateline_window: int = 300

    def __post_init__(self) -> None:
        if self.prefer_dates_from not in PREFERENCES:
            raise ValueError(f"prefer_dates_from must be one of {PREFERENCES}, got {self.prefer_dates_from!r}")
        for name in ("after_days", "before_days", "dateline_window"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{name} must be an int >= 0, got {value!r}")


DEFAULT_SETTINGS = DateSettings()
