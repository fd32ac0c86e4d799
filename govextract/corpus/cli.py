"""`govextract people`: one row per person and position over a JSONL file of releases."""
from __future__ import annotations

import argparse
import csv
import json
from collections import deque
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import IO, Any, TextIO

from ..backends import NAMES as BACKENDS
from ..cli_io import HelpFormatter, UsageError, say
from ..document import Document
from .store import PeopleIndex, PersonPosition, Tenure

LIST_SEPARATOR = ";"


def add_people(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `people` command to the CLI's subparsers."""
    people = subparsers.add_parser(
        "people", help="who held which position, when, in which releases (one row per person and position)",
        description="Read releases (JSONL), extract them, and write one row per person and position with "
                    "the first and last date seen, the releases that say so, and the parts played.",
        formatter_class=HelpFormatter)
    people.add_argument("--input-jsonl", type=Path, required=True, metavar="IN",
                        help="releases, one JSON object a line: raw records with a text field, or the output "
                             "of `govextract extract --output-jsonl` (used as is, not extracted again)")
    sink = people.add_mutually_exclusive_group(required=True)
    sink.add_argument("--output-csv", type=Path, metavar="OUT", help="write the rows as CSV (lists joined by ;)")
    sink.add_argument("--output-jsonl", type=Path, metavar="OUT", help="write the rows as JSON lines")
    people.add_argument("--timeline", type=Path, metavar="PATH",
                        help="also write the office timeline (from appointments and removals); "
                             "CSV when PATH ends in .csv, else JSON lines")
    people.add_argument("--db", type=Path, metavar="PATH",
                        help="keep the on-disk index (SQLite) in this new file; default: a temporary file, "
                             "deleted at the end")
    people.add_argument("--text-field", default="text", metavar="NAME", help="the field holding a release's text")
    people.add_argument("--id-field", default="id", metavar="NAME",
                        help="the field holding a release's id (releases without one are known by line number)")
    people.add_argument("--date-field", default="publish_date", metavar="NAME",
                        help="the field holding the publish date; a release's date falls back to it")
    people.add_argument("--backend", choices=BACKENDS, default="default", help="the tokenizer backend")
    people.add_argument("--n-process", type=int, default=1, metavar="N", help="worker processes for extraction")
    return people


def run_people(args: argparse.Namespace, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Build the index from IN and write its rows; returns the exit status."""
    if not args.input_jsonl.is_file():
        say(f"{args.input_jsonl}: does not exist or is not a file")
        return 1
    if args.n_process < 1:
        raise UsageError(f"--n-process must be at least 1, got {args.n_process}")
    if args.db is not None and args.db.exists():  # adding the corpus again would count every release twice
        raise UsageError(f"--db {args.db} exists; remove it or name a new file")
    bad: list[str] = []
    with PeopleIndex(args.db) as index:
        with args.input_jsonl.open("rb") as stream:
            for release_id, doc in _documents(stream, args, bad):
                index.add(doc, release_id)
        out_path = args.output_csv or args.output_jsonl
        written = _write(out_path, index.people(), PersonPosition, csv_format=args.output_csv is not None)
        if args.timeline is not None:
            _write(args.timeline, index.timeline(), Tenure, csv_format=args.timeline.suffix.lower() == ".csv")
    for line in bad:
        say(f"{args.input_jsonl}: {line}")
    say(f"{written} rows written to {out_path}, {len(bad)} records skipped")
    return 1 if bad else 0


def _documents(stream: IO[bytes], args: argparse.Namespace, bad: list[str]) -> Iterator[tuple[str, Document]]:
    """(release id, Document), extracting raw records in batches; a line per bad record goes to bad."""
    from ..batch import Failure, extract_pairs
    from ..cli_batch import Fields, read_jsonl

    first = stream.readline()
    stream.seek(0)
    try:
        head = json.loads(first or b"{}")
    except (json.JSONDecodeError, UnicodeDecodeError):
        head = None
    if isinstance(head, dict) and "roles" in head:
        yield from _extracted_documents(stream, args.id_field, bad)
        return
    fields = Fields(args.text_field, args.id_field, args.date_field or None)
    pending: deque[str] = deque()

    def good() -> Iterator[tuple[str, Any]]:
        for record in read_jsonl(stream, fields):
            name = record.id if record.id is not None else str(record.line)
            if record.error is not None or record.text is None:
                bad.append(f"record {name} (line {record.line}): {record.error}")
                continue
            pending.append(name)
            yield record.text, record.publish_date

    for result in extract_pairs(good(), n_process=args.n_process, backend=args.backend, on_error="record"):
        name = pending.popleft()
        if isinstance(result, Failure):
            bad.append(f"record {name}: {result.error}")
        else:
            yield name, result


def _extracted_documents(stream: IO[bytes], id_field: str, bad: list[str]) -> Iterator[tuple[str, Document]]:
    """Documents from `govextract extract --output-jsonl` lines, without extracting again."""
    from ..dask import documents

    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            doc = documents([record])[0]
        except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, ValueError) as error:
            bad.append(f"line {number}: not an extracted record ({type(error).__name__})")
            continue
        yield str(record.get(id_field) or number), doc


def _write(path: Path, rows: Iterator[PersonPosition] | Iterator[Tenure], kind: type, *, csv_format: bool) -> int:
    """Stream rows to CSV or JSON lines; returns how many."""
    columns = [f.name for f in fields(kind)]
    count = 0
    with open(path, "w", encoding="utf-8", newline="" if csv_format else None) as out:
        writer = csv.DictWriter(out, columns) if csv_format else None
        if writer is not None:
            writer.writeheader()
        for row in rows:
            record = row.to_dict()
            if writer is not None:
                writer.writerow({k: LIST_SEPARATOR.join(v) if isinstance(v, list) else v for k, v in record.items()})
            else:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
