#!/usr/bin/env python3
"""ROLE and PERSON precision, recall and F1 per document of a gold directory, through the scorer.

Usage: python benchmarks/bench_roles.py [GOLD_DIR ...]   (default ../shared/seed ../shared/devset)
       --misses   also list each document's missed and wrong roles
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _shared import REPO as ROOT  # noqa: E402  (benchmarks/ is the script's folder)
from _shared import SHARED, load_scorer


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="*", default=[str(SHARED / "seed"), str(SHARED / "devset")])
    ap.add_argument("--scorer", default=str(SHARED / "eval" / "score.py"))
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    import govextract

    score = load_scorer(Path(args.scorer))
    golds = [score.load_gold(p) for p in score.gold_files(args.gold)]
    totals = {c: score.Tally() for c in score.CATEGORIES}
    print(f"{'document':<12} {'ROLE P':>7} {'R':>6} {'F1':>6}   {'PERSON P':>8} {'R':>6} {'F1':>6}  {'ms':>6}")
    for gold in golds:
        started = time.perf_counter()
        pred = govextract.extract(gold["_raw"], publish_date=gold.get("publish_date")).to_dict()
        elapsed = (time.perf_counter() - started) * 1000
        tallies = {c: score.Tally() for c in score.CATEGORIES}
        score.score_doc(gold, pred, tallies, [], None)
        score.score_doc(gold, pred, totals, [], None)
        role, person = tallies["ROLE"].prf(), tallies["PERSON"].prf()
        print(f"{gold.get('id', '?'):<12} {role[0]:7.3f} {role[1]:6.3f} {role[2]:6.3f}   "
              f"{person[0]:8.3f} {person[1]:6.3f} {person[2]:6.3f}  {elapsed:6.0f}")
        if args.misses:
            for line in tallies["ROLE"].misses:
                print(f"    missed {line}")
            for line in tallies["ROLE"].wrong:
                print(f"    wrong  {line}")
    role, person = totals["ROLE"].prf(), totals["PERSON"].prf()
    print(f"{'all':<12} {role[0]:7.3f} {role[1]:6.3f} {role[2]:6.3f}   "
          f"{person[0]:8.3f} {person[1]:6.3f} {person[2]:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
