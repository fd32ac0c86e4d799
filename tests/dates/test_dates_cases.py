"""find_dates on the tables of cases_*.py (issue 12: every form a release uses)."""
from __future__ import annotations

import cases_calendar_words
import cases_leftovers
import cases_written
import pytest

from govextract.dates.grammar import find_dates

ROWS = cases_calendar_words.ALL + cases_written.ALL + cases_leftovers.ALL


@pytest.mark.parametrize("text,publish_date,expected_text,expected_value", ROWS)
def test_case(text, publish_date, expected_text, expected_value):
    mentions = find_dates(text, publish_date)
    pairs = [(m.text, m.value) for m in mentions]
    if expected_text is None:
        assert [p for p in pairs if p[1] is not None] == [], f"{text!r}: not a date, got {pairs}"
    else:
        assert (expected_text, expected_value) in pairs, f"{text!r}: got {pairs}"
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert m.value is None or "T24" not in m.value


def test_digits_other_than_ascii_do_not_raise():
    """find_dates expects normalised text, but digits left full-width (０８年, ２０１９年) must not raise."""
    for text in ("０８年３月", "２０１９年８月２６日", "1９年底", "民国１０年"):
        find_dates(text, "2019-08-27")


@pytest.mark.parametrize("publish_date", ["0001-01-01", "9999-12-31"])
def test_publish_dates_at_the_ends_of_the_calendar_do_not_raise(publish_date):
    """A value beyond datetime's calendar (昨天 of 0001-01-01) is None, never an exception."""
    mentions = find_dates("昨天,两天前,国庆假期,6日,周五,九十年代,明年春节。", publish_date)
    assert mentions and all(m.value is None or m.value[:1].isdigit() for m in mentions)
