"""Demo: extract people, organisations, places, events, documents and dates from one release.

Usage: python examples/demo.py [PATH] [--publish-date YYYY-MM-DD]
Without PATH it reads the reference article from ../shared/seed beside the repository.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import govextract

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_54e9b0f0adafe382.txt"
PART_NAMES = {
    "signatory": "signs", "witness": "witnesses", "attendee": "attends", "host": "hosts",
    "presider": "presides", "speaker": "speaks", "meets": "meets", "visitor": "visits",
    "appointed": "appointed", "removed": "removed", "elected": "elected", "resigned": "resigned",
    "acting": "acting",
}


def show(doc: govextract.Document) -> None:
    people = doc.people
    print(f"People ({len(people)})")
    for person in people:
        parts = ", ".join(PART_NAMES.get(p, p) for p in person.event_roles)
        print(f"  {person.name:<6} {'; '.join(person.positions) or '(no position given)'}"
              + (f"  [{parts}]" if parts else ""))
    for label, heading in (("ORG", "Organisations"), ("GPE", "Places"), ("LOC", "Other places"),
                           ("EVENT", "Events"), ("LAW", "Named documents")):
        names = list(dict.fromkeys(e.text for e in doc.entities_of(label)))
        print(f"{heading} ({len(names)})")
        for name in names:
            print(f"  {name}")
    print(f"Dates ({len(doc.dates)})")
    for date in doc.dates:
        print(f"  {date.text:<12} -> {date.value or 'unresolved'}  ({date.kind}, chars {date.start}-{date.end})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?", type=Path, default=SEED)
    parser.add_argument("--publish-date")
    args = parser.parse_args()
    if not args.path.exists():
        print(f"demo: {args.path} not found; pass the path of a UTF-8 text file", file=sys.stderr)
        return 1
    show(govextract.extract(args.path.read_text(encoding="utf-8"), publish_date=args.publish_date))
    return 0


if __name__ == "__main__":
    sys.exit(main())
