#!/usr/bin/env python3
"""Train the HanLP RNN NER that the hanlp backend ships, from MSRA NER train, from scratch.

Character embeddings (embed=100) start from word2vec vectors that training/char_vectors.py builds from
the training corpora (build/char_vectors.txt; run it first) and are trained further; nothing is
downloaded. By default every MSRA train sentence of at most 200 characters is used except a random
2,500 kept apart as the dev set that early stopping and the learning-rate schedule read (MSRA test
is never read here: it is what benchmarks/bench_ner_msra.py scores). The CRF runs with HanLP 2.1's
batch_first defect fixed. Torch is pinned to one thread, so the run is the same on a two-core
machine with work beside it.

Two stages by default, as the shipped model was trained: 22 epochs at Adam's rate 0.002 (halved when dev F1
stalls), then a second run of up to 12 epochs at 0.001 from the first stage's best model (a fresh schedule;
its best dev epoch is kept). Measured on one core: 1 h 38 min + 41 min; dev F1 0.910 after the first
stage, 0.917 after the second; MSRA test 0.876 -> 0.881 (benchmarks/bench_ner_msra.py --systems hanlp).

Usage: python training/char_vectors.py && python training/train_hanlp.py [--train 0] [--dev 2500] [--epochs 22]
       [--patience 5] [--then-epochs 12] [--then-lr 0.001] [--vectors FILE] [--output DIR]
(--train 0: all the training sentences; --then-epochs 0: the first stage only.)
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
    parser.add_argument("--then-epochs", type=int, default=12,
                        help="a second stage: go on from the first stage's best model for this many epochs (0: none)")
    parser.add_argument("--then-lr", type=float, default=0.001, help="Adam's rate in the second stage")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)

    vectors = args.vectors if str(args.vectors) not in ("", ".") else None
    if vectors is not None and not args.start_from and not vectors.exists():
        parser.error(f"{vectors} is missing: build it with training/char_vectors.py, or pass --vectors ''")
    import torch

    torch.set_num_threads(1)
    torch.manual_seed(13)
    train, dev = split_sentences(MSRA_TRAIN, args.train or None, args.dev)
    common = {"rnn_hidden": args.hidden, "batch_size": args.batch_size, "patience": args.patience}
    first = args.output if not args.then_epochs else args.output.with_name(args.output.name + ".stage1")
    summary = train_recognizer(train, dev, first, epochs=args.epochs, lr=args.lr, **common,
                               vectors=None if args.start_from else vectors, start_from=args.start_from)
    summaries = [summary]
    if args.then_epochs:  # the second stage: a fresh schedule at a lower rate, from the first stage's best
        torch.manual_seed(13)
        summaries.append(train_recognizer(train, dev, args.output, epochs=args.then_epochs, lr=args.then_lr,
                                          **common, start_from=first))
        shutil.rmtree(first)
    for leftover in args.output.iterdir():  # HanLP also writes its training log here
        if leftover.name not in KEEP:
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
    size = sum(f.stat().st_size for f in args.output.iterdir()) / 1e6
    print(json.dumps({"stages": summaries, "megabytes": round(size, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
