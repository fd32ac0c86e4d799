"""The cases of cases_public_suites.py: some mention covering the phrase has the expected value."""
from __future__ import annotations

import cases_public_suites
import pytest

from govextract.dates.grammar import find_dates


def covering_values(text: str, publish_date, phrase: str) -> list[str | None]:
    start = text.index(phrase)
    end = start + len(phrase)
    return [m.value for m in find_dates(text, publish_date) if m.start <= start and m.end >= end]


@pytest.mark.parametrize("text,publish_date,phrase,value", cases_public_suites.ALL)
def test_public_suite_case(text, publish_date, phrase, value):
    assert value in covering_values(text, publish_date, phrase), [
        (m.text, m.value) for m in find_dates(text, publish_date)]
