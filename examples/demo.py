"""Demo: extract people, organisations, places, events, documents and dates from one release.

Usage: python examples/demo.py [PATH] [--publish-date YYYY-MM-DD]
Without PATH it reads the reference article from ../shared/seed beside the repository, or, where that
is absent (a clone on its own), a short release invented for this demo.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import govextract

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_54e9b0f0adafe382.txt"
# An invented release (names, bodies and agreement made up), for a clone with no ../shared beside it.
SAMPLE = (
    "東川市與西江省簽署戰略合作協議\n"
    "2024年5月20日上午，东川市与西江省在东川会展中心签署《东川市人民政府 西江省人民政府全面战略合作框架协议》。"
    "东川市委书记王建国、市长李晓明，西江省委副书记、省长赵立新出席签约仪式。"
    "市委常委、常务副市长孙海涛与西江省副省长周红梅代表双方签约。"
    "根据协议，双方将在2024年至2026年间共建西江—东川产业合作园区。"
)
HEADINGS = (("ORG", "Organisations"), ("GPE", "Places"), ("LOC", "Other places"), ("EVENT", "Events"),
            ("LAW", "Named documents"))


def outermost(entities: tuple[govextract.Entity, ...]) -> list[govextract.Entity]:
    """Entities not written inside a longer one: 重庆分院 inside 中国工业互联网研究院重庆分院 is a fragment."""
    return [e for e in entities
            if not any(o.start <= e.start and e.end <= o.end and (o.end - o.start) > (e.end - e.start)
                       for o in entities)]


def distinct_names(doc: govextract.Document, label: str) -> dict[str, list[str]]:
    """Canonical name -> the other forms written, in order of first mention: {'重庆市': ['重庆']}."""
    names: dict[str, list[str]] = {}
    for entity in outermost(doc.entities):
        if entity.label != label:
            continue
        forms = names.setdefault(entity.canonical or entity.text, [])
        if entity.text != (entity.canonical or entity.text) and entity.text not in forms:
            forms.append(entity.text)
    return names


def show(doc: govextract.Document) -> None:
    people = doc.people
    print(f"People ({len(people)})")
    for person in people:
        parts = ", ".join(person.event_roles)  # the event_role values, as in JSON: signatory, witness, ...
        print(f"  {person.name:<6} {'; '.join(person.positions) or '(no position given)'}"
              + (f"  [{parts}]" if parts else ""))
    for label, heading in HEADINGS:
        names = distinct_names(doc, label)
        print(f"{heading} ({len(names)})")
        for name, forms in names.items():
            print(f"  {name}" + (f"  (also written {'、'.join(forms)})" if forms else ""))
    print(f"Dates ({len(doc.dates)})")
    for date in doc.dates:
        print(f"  {date.text:<12} -> {date.value or 'unresolved'}  ({date.kind}, chars {date.start}-{date.end})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?", type=Path)
    parser.add_argument("--publish-date")
    args = parser.parse_args()
    if args.path is None and not SEED.exists():
        print(f"(no {SEED}: an invented release instead)\n")
        show(govextract.extract(SAMPLE, publish_date=args.publish_date))
        return 0
    path = args.path or SEED
    if not path.exists():
        print(f"demo: {path} not found; pass the path of a UTF-8 text file", file=sys.stderr)
        return 1
    show(govextract.extract(path.read_text(encoding="utf-8"), publish_date=args.publish_date))
    return 0


if __name__ == "__main__":
    sys.exit(main())
