#!/usr/bin/env python3
"""Roles and bodies on CLUENER2020 dev: news text nobody here read while writing the rules.

Usage: python benchmarks/bench_cluener.py [--misses N]

Two recalls over ../shared/corpora/cluener2020/dev.json (1,343 lines of Sina news; finance, games and
entertainment as well as government):
- title + name: every `position` span followed right away by a `name` span (市住建委副主任冀岩); a hit is
  a role of that person whose title ends the labelled position (CLUENER's position may hold modifiers
  the roles grammar puts in the organisation: 高级经济师 -> 经济师);
- government: every `government` span (住建委, 银监会, 公安部经济犯罪侦查局) found as an ORG, exact span.
CLUENER's `position` labels (train and dev) are one source of data/titles.tsv (training/build_titles.py),
so the title words are known; the grammar around them is what the first figure measures.
"""
from __future__ import annotations

import argparse
import json
import sys

from _shared import REPO, SHARED

DEV = SHARED / "corpora" / "cluener2020" / "dev.json"


def spans(label: dict, kind: str) -> list[tuple[int, int]]:
    """(start, end) of every span of one CLUENER label (the file's ends are inclusive)."""
    return [(start, end + 1) for found in label.get(kind, {}).values() for start, end in found]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", type=int, default=0, help="list the first N misses of each kind")
    args = ap.parse_args(argv)
    if not DEV.exists():
        sys.exit(f"{DEV} not found: the corpora live in ../shared beside the repository")
    sys.path.insert(0, str(REPO))
    import govextract

    pairs = pair_hits = bodies = body_hits = 0
    missed: dict[str, list[str]] = {"role": [], "government": []}
    for line in DEV.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text, label = row["text"], row["label"]
        titled = [(p, n) for p in spans(label, "position") for n in spans(label, "name") if n[0] == p[1]]
        government = spans(label, "government")
        if not titled and not government:
            continue
        doc = govextract.extract(text)
        roles = {(r.person, r.title) for r in doc.roles}
        orgs = {(e.start, e.end) for e in doc.entities_of("ORG")}
        for (ps, pe), (ns, ne) in titled:
            pairs += 1
            hit = any(person == text[ns:ne] and text[ps:pe].endswith(title) for person, title in roles)
            pair_hits += hit
            if not hit:
                missed["role"].append(f"{text[max(0, ps - 6):ps]}<{text[ps:pe]}>[{text[ns:ne]}]{text[ne:ne + 6]}")
        for span in government:
            bodies += 1
            body_hits += span in orgs
            if span not in orgs:
                missed["government"].append(f"{text[max(0, span[0] - 6):span[0]]}[{text[span[0]:span[1]]}]")
    print(f"title + name pairs: {pairs}, role recall {pair_hits / max(pairs, 1):.3f}")
    print(f"government spans:   {bodies}, ORG recall {body_hits / max(bodies, 1):.3f}")
    for kind, lines in missed.items():
        for text in lines[: args.misses]:
            print(f"missed {kind}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
