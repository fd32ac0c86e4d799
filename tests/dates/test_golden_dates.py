"""The dates component alone on the shared fixtures, scored by the shared scorer.

Floors only ever rise: the seed is fully right; the dev set sits a little under its measured F1
(1.000, benchmarks/bench_dates.py), so that a regression fails.
"""
from __future__ import annotations

from govextract.dates.grammar import find_dates
from govextract.normalize import normalise

FLOORS = {"seed": 1.0, "devset": 0.98}


def _dates(raw: str, publish_date) -> list[dict]:
    clean = normalise(raw)
    found = []
    for m in find_dates(clean.text, publish_date):
        start, end = clean.offsets.raw_span(m.start, m.end)
        found.append({"text": m.text, "value": m.value, "start": start, "end": end})
    return found


def test_date_floors(shared, scorer):
    for folder, floor in FLOORS.items():
        golds = [scorer.load_gold(p) for p in scorer.gold_files([str(shared / folder)])]
        tallies = {c: scorer.Tally() for c in scorer.CATEGORIES}
        errors: list[str] = []
        for gold in golds:
            pred = {"dates": _dates(gold["_raw"], gold.get("publish_date"))}
            scorer.score_doc(gold, pred, tallies, errors, None)
        f1 = tallies["DATE"].prf()[2]
        assert not errors
        assert f1 >= floor, (folder, f1, tallies["DATE"].misses[:10], tallies["DATE"].wrong[:10])
