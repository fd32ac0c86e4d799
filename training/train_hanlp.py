#!/usr/bin/env python3
"""Train the HanLP RNN NER that the hanlp backend ships, from MSRA NER train, from scratch.

Character embeddings are learnt (embed=100), nothing is downloaded. A random subset of MSRA train
and a few epochs keep the run bounded on two CPU cores; a disjoint part of MSRA train is the dev
set (MSRA test is never read). The CRF runs with HanLP 2.1's batch_first defect fixed.

Usage: python training/train_hanlp.py [--train 3000] [--dev 500] [--epochs 3] [--lr 0.01] [--output DIR]
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hanlp_training import split_sentences, train_recognizer  # noqa: E402

MSRA_TRAIN = ROOT.parent / "shared" / "corpora" / "msra_ner" / "msra_train.char.bio"
OUTPUT = ROOT / "govextract" / "data" / "models" / "hanlp"
KEEP = ("config.json", "vocabs.json", "model.pt")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=int, default=3000, help="training sentences")
    parser.add_argument("--dev", type=int, default=500, help="dev sentences")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--lr", type=float, default=0.01, help="Adam's rate (HanLP's 0.001 is slow)")
    parser.add_argument("--batch-size", type=int, default=20)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)

    train, dev = split_sentences(MSRA_TRAIN, args.train, args.dev)
    summary = train_recognizer(train, dev, args.output, epochs=args.epochs, rnn_hidden=args.hidden,
                               lr=args.lr, batch_size=args.batch_size)
    for leftover in args.output.iterdir():  # HanLP also writes its training log here
        if leftover.name not in KEEP:
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
    size = sum(f.stat().st_size for f in args.output.iterdir()) / 1e6
    print(json.dumps({**summary, "megabytes": round(size, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
