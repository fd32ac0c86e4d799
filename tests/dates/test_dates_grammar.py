"""find_dates on the table in date_cases.py, and govextract.extract on raw (traditional, pinyin) text."""
from __future__ import annotations

import pytest
from date_cases import ALL, RAW

import govextract
from govextract.dates.grammar import find_dates


def _check(mentions, expected_text, expected_value, text):
    pairs = [(m.text, m.value) for m in mentions]
    if expected_text is None:
        assert [p for p in pairs if p[1] is not None] == [], f"{text!r}: not a date, got {pairs}"
    else:
        assert (expected_text, expected_value) in pairs, f"{text!r}: got {pairs}"


@pytest.mark.parametrize("text,publish_date,expected_text,expected_value", ALL)
def test_find_dates(text, publish_date, expected_text, expected_value):
    mentions = find_dates(text, publish_date)
    _check(mentions, expected_text, expected_value, text)
    for m in mentions:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("raw,publish_date,expected_text,expected_value", RAW)
def test_extract_raw_text(raw, publish_date, expected_text, expected_value):
    doc = govextract.extract(raw, publish_date)
    _check(doc.dates, expected_text, expected_value, raw)


def test_table_size():
    rows = ALL + RAW
    assert len(rows) >= 200
    assert sum(1 for row in rows if row[1] is None) * 2 >= len(rows)
