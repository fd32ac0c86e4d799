#!/usr/bin/env python3
"""Train the HanLP RNN NER that the hanlp backend ships, from MSRA NER train, from scratch.

Character embeddings (embed=100) start from word2vec vectors that training/char_vectors.py builds from
the training corpora (build/char_vectors.txt; run it first) and are trained further; nothing is
downloaded. By default every MSRA train sentence of at most 200 characters is used except a random
2,500 kept apart as the dev set that early stopping and the learning-rate schedule read (MSRA test
is never read here: it is what benchmarks/bench_ner_msra.py scores). The CRF runs with HanLP 2.1's
batch_first defect fixed. Torch is pinned to one thread, so the run is the same on a two-core
machine with work beside it.

Usage: python training/char_vectors.py && python training/train_hanlp.py [--train 0] [--dev 2500] [--epochs 22]
       [--patience 5] [--vectors FILE] [--output DIR]
(--train 0: all the training sentences.)
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
VECTORS = ROOT / "build" / "char_vectors.txt"
OUTPUT = ROOT / "govextract" / "data" / "models" / "hanlp"
KEEP = ("config.json", "vocabs.json", "model.pt")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=int, default=0, help="training sentences (0: all but the dev set)")
    parser.add_argument("--dev", type=int, default=2500, help="dev sentences, kept apart from training")
    parser.add_argument("--epochs", type=int, default=22)
    parser.add_argument("--patience", type=int, default=5, help="epochs without a better dev F1 before stopping")
    parser.add_argument("--hidden", type=int, default=256)
    parser.add_argument("--lr", type=float, default=0.002, help="Adam's rate, halved when dev F1 stalls")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--vectors", type=Path, default=VECTORS,
                        help="word2vec text file to start the embeddings from (training/char_vectors.py); '' for none")
    parser.add_argument("--start-from", type=Path, default=None,
                        help="a model directory this script saved: go on training it (same split, same vocabulary)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)

    vectors = args.vectors if str(args.vectors) not in ("", ".") else None
    if vectors is not None and not args.start_from and not vectors.exists():
        parser.error(f"{vectors} is missing: build it with training/char_vectors.py, or pass --vectors ''")
    import torch

    torch.set_num_threads(1)
    torch.manual_seed(13)
    train, dev = split_sentences(MSRA_TRAIN, args.train or None, args.dev)
    summary = train_recognizer(train, dev, args.output, epochs=args.epochs, rnn_hidden=args.hidden,
                               lr=args.lr, batch_size=args.batch_size, patience=args.patience,
                               vectors=None if args.start_from else vectors, start_from=args.start_from)
    for leftover in args.output.iterdir():  # HanLP also writes its training log here
        if leftover.name not in KEEP:
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
    size = sum(f.stat().st_size for f in args.output.iterdir()) / 1e6
    print(json.dumps({**summary, "megabytes": round(size, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
