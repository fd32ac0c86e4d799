#!/usr/bin/env python3
"""Train the spacy-pkuseg segmenter that the pkuseg backend ships, from PFR 1998-01, from scratch.

Trains on the PFR paragraphs dated before 1998-01-26 (never later ones, never SIGHAN's test),
scores on the first held-out paragraphs each iteration, then prunes near-zero features so that
the model fits the package (models/pkuseg/, the govextract-pkuseg-model distribution).

Usage: python training/train_pkuseg.py [--limit N] [--iterations 3] [--prune 0.05] [--output DIR]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pkuseg_training import pfr_paragraphs, prune_model, train_segmenter  # noqa: E402

PFR = ROOT.parent / "shared" / "corpora" / "pfr_1998_01" / "199801.utf8.txt"
OUTPUT = ROOT / "models" / "pkuseg" / "govextract_pkuseg_model"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="train on the first N paragraphs only")
    parser.add_argument("--iterations", type=int, default=3)
    parser.add_argument("--test-paragraphs", type=int, default=500)
    parser.add_argument("--prune", type=float, default=0.05, help="drop features with all |weights| below this")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)

    started = time.time()
    train = pfr_paragraphs(PFR, split="train", limit=args.limit)
    test = pfr_paragraphs(PFR, split="test", limit=args.test_paragraphs)
    train_segmenter(train, test, args.output, iterations=args.iterations)
    trained = time.time() - started
    before, after = prune_model(args.output, args.prune)
    size = sum(f.stat().st_size for f in args.output.iterdir()) / 1e6
    print(f"trained in {trained:.0f} s; features {before} -> {after}; {size:.1f} MB in {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
