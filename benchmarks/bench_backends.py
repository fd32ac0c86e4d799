"""The backends side by side: segmentation on SIGHAN 2005 PKU, devset scores, speed, model sizes.

Usage: python benchmarks/bench_backends.py [--backends default,pkuseg,hanlp] [--repeat 2] [--json]

Segmentation: the pkuseg backend's tokenizer (normalise, then segment; word edges mapped back to
the raw text) against jieba's default mode, on ../shared/corpora/sighan2005_cws pku_test, in the
same run, scored as word-interval P/R/F1 against the gold. The devset figures come from
../shared/eval/score.py (score --pred); speed is characters of raw text per second over the devset,
best of --repeat passes, one thread.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import time
from contextlib import redirect_stdout

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

from _shared import REPO, SHARED, load_scorer  # noqa: E402

sys.path.insert(0, str(REPO))

import govextract  # noqa: E402
from govextract.tokenizer import doc_offset_map  # noqa: E402

SIGHAN = SHARED / "corpora" / "sighan2005_cws"
MODELS = REPO / "govextract" / "data" / "models"


def intervals(words: list[str]) -> set[tuple[int, int]]:
    """Word intervals over the text with whitespace removed."""
    out, at = set(), 0
    for word in words:
        word = "".join(word.split())
        if word:
            out.add((at, at + len(word)))
            at += len(word)
    return out


def raw_words(tokenizer, line: str) -> list[str]:
    """Words of a raw line by the govextract tokenizer, cut in the raw text at the tokens' edges."""
    doc = tokenizer(line)
    offsets = doc_offset_map(doc)
    cuts = {0, len(line)}
    for token in doc:
        cuts.update(offsets.raw_span(token.idx, token.idx + len(token.text)))
    edges = sorted(cuts)
    return [line[a:b] for a, b in zip(edges, edges[1:])]


def segmentation_prf(segment, lines: list[str], gold: list[list[str]]) -> dict[str, float]:
    right = predicted = expected = 0
    started = time.perf_counter()
    for line, words in zip(lines, gold):
        pred, true = intervals(segment(line)), intervals(words)
        right += len(pred & true)
        predicted += len(pred)
        expected += len(true)
    seconds = time.perf_counter() - started
    p, r = right / predicted, right / expected
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4),
            "chars_per_s": round(sum(map(len, lines)) / seconds)}


def bench_segmentation() -> dict[str, dict[str, float]]:
    from govextract.tokenizer import NormalisingTokenizer

    lines = (SIGHAN / "testing" / "pku_test.utf8").read_text(encoding="utf-8").splitlines()
    gold = [line.split() for line in (SIGHAN / "gold" / "pku_test_gold.utf8").read_text(encoding="utf-8").splitlines()]
    nlp = govextract.load("pkuseg")
    results = {}
    for name, user_dict in (("pkuseg (model + govextract lexicons)", True), ("pkuseg (model only)", False)):
        tokenizer = NormalisingTokenizer(nlp.vocab, segmenter="pkuseg", pkuseg_user_dict=user_dict)
        results[name] = segmentation_prf(lambda line, t=tokenizer: raw_words(t, line), lines, gold)
    try:
        import jieba
    except ImportError:
        return results
    jieba.setLogLevel(60)
    jieba.initialize()
    results["jieba 0.42 (default mode)"] = segmentation_prf(lambda line: list(jieba.cut(line)), lines, gold)
    return results


def bench_devset(backends: list[str], repeat: int) -> dict[str, dict]:
    score = load_scorer()
    golds = [score.load_gold(path) for path in score.gold_files([str(SHARED / "devset")])]
    results = {}
    for backend in backends:
        started = time.perf_counter()
        govextract.load(backend)
        govextract.extract("2019年8月26日，重庆市市长张三出席会议。", backend=backend)
        first = time.perf_counter() - started
        best = float("inf")
        for _ in range(repeat):
            started = time.perf_counter()
            docs = {g["id"]: govextract.extract(g["_raw"], g.get("publish_date"), backend=backend) for g in golds}
            best = min(best, time.perf_counter() - started)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as pred:
            for doc_id, doc in docs.items():
                pred.write(json.dumps({"id": doc_id, **doc.to_dict()}, ensure_ascii=False) + "\n")
        out = io.StringIO()
        with redirect_stdout(out):
            score.main(["--pred", pred.name, str(SHARED / "devset"), "--json"])
        os.unlink(pred.name)
        figures = json.loads(out.getvalue())
        chars = sum(len(g["_raw"]) for g in golds)
        results[backend] = {"scores": figures, "chars_per_s": round(chars / best), "first_call_s": round(first, 1)}
    return results


def model_sizes() -> dict[str, float]:
    return {d.name: round(sum(f.stat().st_size for f in d.iterdir()) / 1e6, 1) for d in sorted(MODELS.iterdir())
            if d.is_dir()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", default="default,pkuseg,hanlp")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-segmentation", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    backends = args.backends.split(",")
    result = {
        "segmentation_sighan2005_pku": {} if args.no_segmentation or "pkuseg" not in backends else bench_segmentation(),
        "devset": bench_devset(backends, args.repeat),
        "model_megabytes": model_sizes(),
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    if result["segmentation_sighan2005_pku"]:
        print("segmentation, SIGHAN 2005 PKU test\n| segmenter | P | R | F1 | chars/s |\n|---|---|---|---|---|")
        for name, f in result["segmentation_sighan2005_pku"].items():
            print(f"| {name} | {f['p']:.3f} | {f['r']:.3f} | {f['f1']:.3f} | {f['chars_per_s']:,} |")
    categories = ("PERSON", "ORG", "PLACE", "EVENT", "LAW", "ROLE", "DATE")
    print("\ndevset F1 (score.py)\n| backend | " + " | ".join(categories) + " | chars/s | first call s |")
    print("|---" * (len(categories) + 3) + "|")
    for backend, f in result["devset"].items():
        cells = " | ".join(f"{f['scores'][c]['f1']:.3f}" for c in categories)
        print(f"| {backend} | {cells} | {f['chars_per_s']:,} | {f['first_call_s']} |")
    print("\nmodel sizes (MB):", result["model_megabytes"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
