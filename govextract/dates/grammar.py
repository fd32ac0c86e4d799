"""Date grammar (placeholder until the dates work lands)."""
from __future__ import annotations

import datetime as dt

from ..document import DateMention


def find_dates(text: str, publish_date: dt.date | None = None) -> list[DateMention]:
    """Date mentions with start/end in text coordinates."""
    return []
