#!/usr/bin/env python3
"""DATE precision, recall and F1 through the shared scorer, and the speed of find_dates alone.

The dates component is run on its own (normalise, then find_dates, offsets mapped back to the raw
text), so the figures do not depend on the other components. With jionlp installed
(`pip install jionlp`), its time parser is scored beside it on the same documents and on the
test table (tests/dates/date_cases.py).

Usage: python benchmarks/bench_dates.py [GOLD_DIR ...]   (default ../shared/seed ../shared/devset)
       --misses   list missed and wrong dates
       --repeat N passes over the texts for the speed figure (default 5)
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

from _shared import REPO as ROOT  # noqa: E402  (benchmarks/ is the script's folder)
from _shared import SHARED, load_module, load_scorer


def govextract_dates(raw: str, publish_date):
    """The dates component alone, as the scorer reads it: dicts with raw offsets."""
    from govextract.dates.grammar import find_dates
    from govextract.normalize import normalise

    clean = normalise(raw)
    found = []
    for m in find_dates(clean.text, publish_date):
        start, end = clean.offsets.raw_span(m.start, m.end)
        found.append({"text": m.text, "value": m.value, "start": start, "end": end})
    return found


def _iso_span(first: str, last: str) -> str:
    """jionlp's [start, end] timestamps as the coarsest ISO 8601 value that covers them."""
    a, b = dt.datetime.fromisoformat(first), dt.datetime.fromisoformat(last)
    whole_days = a.time() == dt.time(0) and b.time() == dt.time(23, 59, 59)
    if not whole_days:
        if (b - a).total_seconds() < 3600:  # a clock time (9:30, 上午9时): to the minute
            return a.strftime("%Y-%m-%dT%H:%M")
        if a.date() == b.date():  # a part of a day (上午, 晚上): the day, as the gold writes it
            return a.date().isoformat()
        return f"{a.date().isoformat()}/{b.date().isoformat()}"
    if a.date() == b.date():
        return a.date().isoformat()
    next_day = b.date() + dt.timedelta(days=1)
    if a.day == 1 and next_day.day == 1:
        if a.month == 1 and next_day.month == 1 and next_day.year == a.year + 1:
            return str(a.year)
        if (a.year, a.month) == (b.year, b.month):
            return a.strftime("%Y-%m")
        return f"{a.strftime('%Y-%m')}/{b.strftime('%Y-%m')}"
    return f"{a.date().isoformat()}/{b.date().isoformat()}"


def jionlp_dates(raw: str, publish_date):
    """jionlp's time parser on the normalised text, against the publish date (or today)."""
    import jionlp

    from govextract.normalize import normalise

    clean = normalise(raw)
    base = dt.datetime.fromisoformat(publish_date) if publish_date else dt.datetime.now()
    found = []
    try:
        items = jionlp.ner.extract_time(clean.text, time_base=base.timestamp(), with_parsing=True)
    except Exception:  # jionlp raises on some inputs; count that document as nothing found
        return found
    for item in items:
        detail = item.get("detail") or {}
        value = None
        times = detail.get("time")
        if isinstance(times, list) and len(times) == 2 and all(isinstance(t, str) for t in times):
            try:
                value = _iso_span(*times)
            except ValueError:
                value = None
        start, end = clean.offsets.raw_span(*item["offset"])
        found.append({"text": item["text"], "value": value, "start": start, "end": end})
    return found


def score_system(score, golds, extract, misses: bool, label: str) -> None:
    tallies = {c: score.Tally() for c in score.CATEGORIES}
    errors: list[str] = []
    for gold in golds:
        pred = {"dates": extract(gold["_raw"], gold.get("publish_date"))}
        score.score_doc(gold, pred, tallies, errors)
    p, r, f = tallies["DATE"].prf()
    print(f"{label:<12} DATE P {p:.3f}  R {r:.3f}  F1 {f:.3f}   ({len(golds)} documents)")
    if misses:
        for line in tallies["DATE"].misses:
            print(f"    missed {line}")
        for line in tallies["DATE"].wrong:
            print(f"    wrong  {line}")


def table_accuracy(extract, rows) -> float:
    """Share of the test table's rows a system gets right (the expected text and value found)."""
    right = 0
    for text, publish_date, expected_text, expected_value in rows:
        found = [(d["text"], d["value"]) for d in extract(text, publish_date)]
        if expected_text is None:
            right += not any(value for _, value in found)
        else:
            right += (expected_text, expected_value) in found
    return right / len(rows)


def speed(golds, repeat: int) -> float:
    """Characters per second of find_dates alone (clean text in, one process, one core)."""
    from govextract.dates.grammar import find_dates
    from govextract.normalize import normalise

    docs = [(normalise(g["_raw"]).text, g.get("publish_date")) for g in golds]
    chars = sum(len(text) for text, _ in docs) * repeat
    started = time.perf_counter()
    for _ in range(repeat):
        for text, publish_date in docs:
            find_dates(text, publish_date)
    return chars / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="*", default=[str(SHARED / "seed"), str(SHARED / "devset")])
    ap.add_argument("--scorer", default=str(SHARED / "eval" / "score.py"))
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    score = load_scorer(Path(args.scorer))
    golds = [score.load_gold(p) for p in score.gold_files(args.gold)]
    rows = load_module("date_cases", ROOT / "tests" / "dates" / "date_cases.py").ALL

    systems = [("govextract", govextract_dates)]
    try:
        import jionlp  # noqa: F401

        systems.append(("jionlp", jionlp_dates))
    except ImportError:
        print("(jionlp not installed: pip install jionlp to compare)")
    for label, extract in systems:
        score_system(score, golds, extract, args.misses, label)
        print(f"{label:<12} test table: {table_accuracy(extract, rows):.3f} of {len(rows)} rows right")
    print(f"find_dates alone: {speed(golds, args.repeat):,.0f} chars/s on one core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
