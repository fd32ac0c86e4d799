"""Time and memory against input size (one text of 10 KB .. 10 MB) and against record count (a batch).

Usage: python benchmarks/bench_size.py [--sizes 10KB,100KB,1MB,10MB] [--records 2000,20000,100000]
       [--names 5000,20000] [--pool] [--traced]

Each measurement runs in a fresh process, so its peak resident memory is its own. Texts are built
from invented sentences (names, offices, dates) repeated with varied names; sizes are UTF-8 bytes
(a character of these texts is about 3 bytes).
CPU seconds are the child's user+system time: on a shared machine they move less than wall time.
--pool compares the two multi-process paths once: the process pool extract_many uses and spaCy's
nlp.pipe(n_process=2).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "建国明华志强伟军平红英文杰宏斌海涛"
TEMPLATE = ("{m}月{d}日，甲江市市长{a}会见了乙山省副省长{b}一行。双方签署了合作协议，{c}出席签约仪式并讲话。"
            "市委常委、秘书长{a2}主持会议。\n")

CHILD_TEXT = """
import resource, sys, time, govextract
text = open(sys.argv[1], encoding="utf-8").read()
govextract.extract("2019年8月26日，甲江市市长王小明出席会议。")
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.process_time()
doc = govextract.extract(text, publish_date="2020-01-01")
cpu = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
result = traced = 0
if sys.argv[2] == "traced":  # Python's own allocations: the result's, and the peak beyond it
    import tracemalloc
    del doc
    tracemalloc.start()
    doc = govextract.extract(text, publish_date="2020-01-01")
    result, traced = tracemalloc.get_traced_memory()
print(cpu, base // 1024, peak // 1024, len(doc.entities), len(doc.dates), result / 2**20, (traced - result) / 2**20)
"""

CHILD_BATCH = """
import resource, sys, time
from govextract.cli import main
start = time.process_time()
main(["extract", "--input-jsonl", sys.argv[1], "--output-jsonl", sys.argv[2], "--no-progress"])
print(time.process_time() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def name(i: int) -> str:
    """An invented three-character name, different for nearby i."""
    g = len(GIVEN)
    return SURNAMES[i % len(SURNAMES)] + GIVEN[(i // len(SURNAMES)) % g] + GIVEN[(i // (len(SURNAMES) * g)) % g]


def release_text(size: int) -> str:
    """About `size` bytes (UTF-8) of invented release sentences."""
    parts, total, i = [], 0, 0
    while total < size:
        sentence = TEMPLATE.format(m=i % 12 + 1, d=i % 28 + 1, a=name(i), b=name(i + 7), c=name(i + 13),
                                   a2=name(i + 29))
        parts.append(sentence)
        total += len(sentence.encode("utf-8"))
        i += 1
    return "".join(parts).encode("utf-8")[:size].decode("utf-8", errors="ignore")


def parse_size(text: str) -> int:
    units = {"KB": 1_000, "MB": 1_000_000, "k": 1_000, "M": 1_000_000}
    for unit, factor in units.items():
        if text.endswith(unit):
            return int(float(text[: -len(unit)]) * factor)
    return int(text)


def by_size(sizes: list[int], tmp: Path, traced: bool) -> None:
    print("| bytes | characters | CPU s | chars/s | peak RSS MiB (after load) | entities + dates "
          "| traced: result MiB | traced: peak beyond result MiB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        path = tmp / f"text-{size}.txt"
        text = release_text(size)
        path.write_text(text, encoding="utf-8")
        mode = "traced" if traced else "-"
        out = subprocess.run([sys.executable, "-c", CHILD_TEXT, str(path), mode], capture_output=True, text=True,
                             check=True).stdout.split()
        cpu, base, peak, entities, dates = float(out[0]), int(out[1]), int(out[2]), out[3], out[4]
        result, beyond = (f"{float(out[5]):.1f}", f"{float(out[6]):.1f}") if traced else ("-", "-")
        items = int(entities) + int(dates)
        print(f"| {size:,} | {len(text):,} | {cpu:.1f} | {len(text) / cpu:,.0f} | {peak} ({base}) | {items:,} "
              f"| {result} | {beyond} |", flush=True)


def by_records(counts: list[int], tmp: Path) -> None:
    print("| records | characters | CPU s | records/s | peak RSS MiB |")
    print("|---:|---:|---:|---:|---:|")
    for count in counts:
        source, out = tmp / f"in-{count}.jsonl", tmp / f"out-{count}.jsonl"
        chars = 0
        with source.open("w", encoding="utf-8") as f:
            for i in range(count):
                text = TEMPLATE.format(m=i % 12 + 1, d=i % 28 + 1, a=name(i), b=name(i + 7), c=name(i + 13),
                                       a2=name(i + 29))
                chars += len(text)
                f.write(json.dumps({"id": f"r{i}", "text": text}, ensure_ascii=False) + "\n")
        child = subprocess.run([sys.executable, "-c", CHILD_BATCH, str(source), str(out)], check=True,
                               capture_output=True, text=True).stdout.split()
        cpu, peak = float(child[0]), int(child[1]) // 1024
        print(f"| {count:,} | {chars:,} | {cpu:.1f} | {count / cpu:,.0f} | {peak} |", flush=True)


def names_list(counts: list[int]) -> None:
    import govextract

    govextract.extract("甲江市市长王小明出席会议。")
    print("| names joined by 、 | CPU s | per name ms |")
    print("|---:|---:|---:|")
    for count in counts:
        text = "出席会议的有" + "、".join(name(i) for i in range(count)) + "等同志。"
        start = time.process_time()
        govextract.extract(text)
        cpu = time.process_time() - start
        print(f"| {count:,} | {cpu:.2f} | {1000 * cpu / count:.3f} |", flush=True)


def pool_against_pipe(records: int = 400) -> None:
    import govextract
    from govextract import Document
    from govextract.pipeline import load

    texts = [TEMPLATE.format(m=1, d=i % 28 + 1, a=name(i), b=name(i + 7), c=name(i + 13), a2=name(i + 29)) * 5
             for i in range(records)]
    start = time.perf_counter()
    pooled = [d.to_dict() for d in govextract.extract_many(texts, n_process=2, batch_size=16)]
    pool_s = time.perf_counter() - start
    nlp = load()
    start = time.perf_counter()
    piped = [Document.from_doc(doc).to_dict() for doc in nlp.pipe(texts, n_process=2, batch_size=16)]
    pipe_s = time.perf_counter() - start
    assert [d["entities"] for d in pooled] == [d["entities"] for d in piped]
    print(f"{records} records, 2 processes: process pool {pool_s:.1f} s, nlp.pipe(n_process=2) {pipe_s:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10KB,100KB,1MB,10MB", help="text sizes in UTF-8 bytes (KB, MB)")
    parser.add_argument("--records", default="2000,20000,100000", help="record counts for the batch runs; empty: none")
    parser.add_argument("--names", default="5000,20000", help="lengths of 、-joined name lists; empty: none")
    parser.add_argument("--pool", action="store_true", help="also compare the process pool with nlp.pipe")
    parser.add_argument("--traced", action="store_true", help="extract each text again under tracemalloc")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.sizes:
            by_size([parse_size(s) for s in args.sizes.split(",")], Path(tmp), args.traced)
        if args.records:
            by_records([int(c) for c in args.records.split(",")], Path(tmp))
    if args.names:
        names_list([int(c) for c in args.names.split(",")])
    if args.pool:
        pool_against_pipe()


if __name__ == "__main__":
    main()
