"""Golden tests: the whole pipeline on the shared fixtures, scored by the shared scorer.

Floors only ever rise. The dev set's floors sit a little under the measured scores
(benchmarks/bench_accuracy.py prints them), so that a regression fails and noise does not.
"""
from __future__ import annotations

import json

# measured 2026-11-30: PERSON 0.999, ORG 0.956, PLACE 0.971, EVENT 0.984, LAW 0.909, ROLE 1.0, DATE 1.0
DEVSET_FLOORS = {"PERSON": 0.97, "ORG": 0.93, "PLACE": 0.95, "EVENT": 0.95, "LAW": 0.85, "ROLE": 0.97, "DATE": 0.97}


def score(scorer, shared, capsys, *folders: str) -> dict:
    capsys.readouterr()
    scorer.main([str(shared / folder) for folder in folders] + ["--json"])
    return json.loads(capsys.readouterr().out)


def test_seed_is_fully_right(scorer, shared, capsys):
    result = score(scorer, shared, capsys, "seed")
    assert result["offset_errors"] == 0
    for category in ("PERSON", "ROLE", "DATE"):
        assert result[category]["f1"] == 1.0, (category, result[category])


def test_devset_floors(scorer, shared, capsys):
    result = score(scorer, shared, capsys, "devset")
    assert result["offset_errors"] == 0
    for category, floor in DEVSET_FLOORS.items():
        assert result[category]["f1"] >= floor, (category, result[category], floor)
