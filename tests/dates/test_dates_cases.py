"""find_dates on the tables of cases_*.py (issue 12: every form a release uses)."""
from __future__ import annotations

import cases_calendar_words
import cases_written
import pytest

from govextract.dates.grammar import find_dates

ROWS = cases_calendar_words.ALL + cases_written.ALL


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
