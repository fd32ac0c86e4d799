"""docs/dates.md lists every form with its value: each row of its table is checked here, so the
documentation and the grammar cannot contradict each other."""
from __future__ import annotations

from pathlib import Path

import pytest

from govextract.dates.grammar import find_dates

DOC = Path(__file__).resolve().parents[2] / "docs" / "dates.md"


def _rows() -> list[tuple[str, ...]]:
    text = DOC.read_text(encoding="utf-8")
    table = text[text.index("<!-- forms -->"):text.index("<!-- /forms -->")]
    rows = []
    for line in table.splitlines()[3:]:
        cells = tuple(cell.strip() for cell in line.strip().strip("|").split("|"))
        rows.append(cells)
    return rows


ROWS = _rows()


def test_the_table_covers_every_form():
    assert len(ROWS) >= 100
    assert all(len(row) == 5 for row in ROWS)


@pytest.mark.parametrize("form,sentence,publish_date,mention,value", ROWS, ids=[row[0] for row in ROWS])
def test_documented_form(form, sentence, publish_date, mention, value):
    sentence = sentence.replace("\\n", "\n")
    pairs = [(m.text, m.value) for m in find_dates(sentence, None if publish_date == "—" else publish_date)]
    if mention == "—":
        assert [p for p in pairs if p[1] is not None] == [], (form, pairs)
    else:
        assert (mention, value) in pairs, (form, pairs)
