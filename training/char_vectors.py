#!/usr/bin/env python3
"""Character vectors (word2vec skip-gram) from the training corpora, to start the HanLP model's embeddings.

Text read: People's Daily 1998 January before its test date, MSRA NER train, CLUENER train and Resume
train, each character written as govextract's normaliser writes it. Never read: MSRA test, PFR test,
and any training paragraph that shares a 12-character window with an MSRA test sentence (People's Daily
text appears in both), so no test sentence is seen even without its labels.

Usage: python training/char_vectors.py [--output build/char_vectors.txt] [--dim 100]
(needs gensim: pip install -e ".[train]"). The output is word2vec text format; it is not shipped, its
values end up inside the trained model.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ner_corpora import read_cluener, read_msra_test, read_msra_train, read_pfr, read_resume  # noqa: E402

from govextract.normalize import normalise  # noqa: E402

OUTPUT = ROOT / "build" / "char_vectors.txt"
WINDOW = 12  # characters a training text may share with an MSRA test sentence before it is dropped


def windows(text: str) -> Iterator[str]:
    """Every WINDOW-character stretch of the text, full-width forms folded (the corpora mix both)."""
    text = unicodedata.normalize("NFKC", text)
    return (text[i:i + WINDOW] for i in range(len(text) - WINDOW + 1))


def test_windows() -> set[str]:
    return {window for text, _ in read_msra_test() for window in windows(text)}


def training_texts() -> Iterator[str]:
    for reader in (read_pfr, read_msra_train, read_cluener, read_resume):
        for text, _ in reader():
            yield text


def clean_sentences(seen_in_test: set[str]) -> tuple[list[list[str]], int]:
    sentences, dropped = [], 0
    for text in training_texts():
        if any(window in seen_in_test for window in windows(text)):
            dropped += 1
            continue
        chars = [c for c in normalise(unicodedata.normalize("NFKC", text)).text if not c.isspace()]
        if chars:
            sentences.append(chars)
    return sentences, dropped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--epochs", type=int, default=10)
    args = parser.parse_args(argv)

    from gensim.models import Word2Vec

    started = time.time()
    sentences, dropped = clean_sentences(test_windows())
    model = Word2Vec(sentences, vector_size=args.dim, window=5, min_count=2, sg=1, negative=10,
                     epochs=args.epochs, workers=1, seed=13)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    model.wv.save_word2vec_format(str(args.output), binary=False)
    print(json.dumps({"sentences": len(sentences), "dropped_for_test_overlap": dropped,
                      "characters": len(model.wv), "seconds": round(time.time() - started)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
