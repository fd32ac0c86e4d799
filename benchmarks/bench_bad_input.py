"""Time linear in the length on hostile input: seconds at n and 4n characters, and their ratio.

Usage: python benchmarks/bench_bad_input.py [--size N]
A ratio near 4 is linear; near 16 is quadratic.
"""
from __future__ import annotations

import argparse
import time

import govextract

UNITS = {
    "long line, no punctuation": "重庆市市长王大明出席会议并讲话",
    "one character repeated": "一",
    "digits": "2019",
    "only punctuation": "，。、《》（）“”",
    "only latin": "The quick brown fox. ",
    "mixed scripts": "重慶市市長王大明🙂Привет 東京\u200b(guó)",
    "names joined by 、": "王大明、",
    "titles with no name": "副市长、",
    "nested parentheses": "((市长(王大明)))",
}


def seconds(text: str) -> float:
    start = time.perf_counter()
    govextract.extract(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=25_000)
    args = parser.parse_args()
    govextract.extract("预热")
    print(f"{'input':<28}{'n':>10}{'s at n':>10}{'s at 4n':>10}{'ratio':>8}")
    for name, unit in UNITS.items():
        small = unit * max(1, args.size // len(unit))
        t1, t4 = seconds(small), seconds(small * 4)
        print(f"{name:<28}{len(small):>10,}{t1:>10.2f}{t4:>10.2f}{t4 / t1:>8.1f}")


if __name__ == "__main__":
    main()
