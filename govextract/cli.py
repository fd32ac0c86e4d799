"""The govextract command line: argument parsing and I/O only, over the public API."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from .corpus.cli import add_people, run_people
from .document import Document, parse_publish_date

ENCODINGS = ("utf-8", "gb18030", "big5")


class InputError(Exception):
    """A file that cannot be read as text; the message is one line for the user."""


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8, GB18030 or Big5 and say which: (text, encoding)."""
    if not data:
        raise InputError("is empty")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5"]).best()
    if best is None:
        raise InputError("is not UTF-8, GB18030 or Big5 text")
    encoding = "big5" if best.encoding.startswith("big5") else "gb18030"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as error:
        raise InputError(f"is not UTF-8, GB18030 or Big5 text ({error.reason} at byte {error.start})") from None


def read_input(name: str, stdin: TextIO) -> tuple[str, str]:
    """The text of a file, or of standard input for '-', with its encoding."""
    if name == "-":
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
    else:
        path = Path(name)
        if not path.exists():
            raise InputError("does not exist")
        if path.is_dir():
            raise InputError("is a directory")
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(f"cannot be read ({error.strerror})") from None
    return decode(data)


def render_table(doc: Document, source: str) -> str:
    """A readable summary: people with positions, then entities by label, then dates."""
    lines = [f"== {source} ({doc.meta.get('encoding', '?')}, {len(doc.text)} chars)"]
    if doc.roles or doc.entities_of("PERSON"):
        lines.append("People")
        for person in doc.people:
            parts = f" [{', '.join(person.event_roles)}]" if person.event_roles else ""
            lines.append(f"  {person.name:<8} {'; '.join(person.positions) or '-'}{parts}")
    for label, heading in (("ORG", "Organisations"), ("GPE", "Places"), ("LOC", "Other places"),
                           ("EVENT", "Events"), ("LAW", "Documents")):
        names = list(dict.fromkeys(e.text for e in doc.entities_of(label)))
        if names:
            lines.append(f"{heading}: {'、'.join(names)}")
    if doc.dates:
        lines.append("Dates")
        for date in doc.dates:
            lines.append(f"  {date.text:<16} {date.value or '-':<24} [{date.start}:{date.end}] {date.kind}")
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="govextract", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract entities, roles and dates from files")
    extract.add_argument("files", nargs="*", metavar="FILE", help="text files, or - for standard input")
    extract.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    extract.add_argument("--publish-date", metavar="YYYY-MM-DD", help="resolves relative dates and missing years")
    batch = extract.add_argument_group("batches of records (JSONL or CSV)")
    source = batch.add_mutually_exclusive_group()
    source.add_argument("--input-jsonl", type=Path, metavar="IN", help="one JSON object per line")
    source.add_argument("--input-csv", type=Path, metavar="IN", help="CSV with a header row")
    sink = batch.add_mutually_exclusive_group()
    sink.add_argument("--output-jsonl", type=Path, metavar="OUT")
    sink.add_argument("--output-csv", type=Path, metavar="OUT", help="one row per entity, role and date")
    batch.add_argument("--errors", type=Path, metavar="ERR", help="bad records as JSON lines (default: stderr)")
    batch.add_argument("--text-field", default="text")
    batch.add_argument("--id-field", default="id")
    batch.add_argument("--date-field", default="publish_date")
    batch.add_argument("--resume", action="store_true", help="skip ids already in OUT and append")
    batch.add_argument("--n-process", type=int, default=1, metavar="N")
    batch.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    render = commands.add_parser("render", help="write an HTML page with the entities marked (displaCy)")
    render.add_argument("file", metavar="FILE", help="a text file, or - for standard input")
    render.add_argument("-o", "--output", type=Path, metavar="PAGE", help="default: FILE with .html")
    render.add_argument("--publish-date", metavar="YYYY-MM-DD")
    add_people(commands)
    return parser


def run_render(args: argparse.Namespace, stdin: TextIO) -> int:
    """Write the displaCy page for one file."""
    from . import extract
    from .render import render_html

    try:
        text, _ = read_input(args.file, stdin)
        publish_date = parse_publish_date(args.publish_date)
    except (InputError, ValueError) as error:
        print(f"govextract: {args.file}: {error}", file=sys.stderr)
        return 1
    output = args.output or (Path("govextract.html") if args.file == "-" else Path(args.file).with_suffix(".html"))
    page = render_html(text, extract(text, publish_date=publish_date), title=Path(args.file).name)
    output.write_text(page, encoding="utf-8")
    print(f"govextract: wrote {output}", file=sys.stderr)
    return 0


def run_records(args: argparse.Namespace) -> int:
    """The batch mode: records in, one result per record out, bad records to the errors file."""
    from tqdm import tqdm

    from . import batch

    source = args.input_jsonl or args.input_csv
    out_path = args.output_jsonl or args.output_csv
    if out_path is None:
        print("govextract: batch mode needs --output-jsonl or --output-csv", file=sys.stderr)
        return 2
    if not source.is_file():
        print(f"govextract: {source}: does not exist or is not a file", file=sys.stderr)
        return 1
    if args.n_process < 1:
        print(f"govextract: --n-process must be at least 1, got {args.n_process}", file=sys.stderr)
        return 2
    out_format = "csv" if args.output_csv else "jsonl"
    fields = batch.Fields(args.text_field, args.id_field, args.date_field or None)
    skip = batch.done_ids(out_path, out_format) if args.resume else set()
    header = not (args.resume and out_path.exists() and out_path.stat().st_size > 0)
    read = batch.read_csv if args.input_csv else batch.read_jsonl
    errors = open(args.errors, "a" if args.resume else "w", encoding="utf-8") if args.errors else sys.stderr
    progress = tqdm(unit=" records", disable=args.no_progress, file=sys.stderr)
    try:
        with source.open("rb") as stream, batch.open_output(out_path, args.resume) as out:
            writer = batch.Writer(out, out_format, header)
            written, failed = batch.run_batch(read(stream, fields), writer, errors, skip,
                                              n_process=args.n_process, progress=progress)
    except KeyboardInterrupt:
        print(f"govextract: interrupted; {out_path} holds every record written so far", file=sys.stderr)
        return 130
    finally:
        progress.close()
        if errors is not sys.stderr:
            errors.close()
    print(f"govextract: {written} written, {failed} failed, {len(skip)} skipped (already in {out_path})",
          file=sys.stderr)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Entry point of the `govextract` command; returns the exit status."""
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    args = build_parser().parse_args(argv)
    if args.command == "render":
        return run_render(args, stdin)
    if args.command == "people":
        return run_people(args, stdin, stdout)
    try:
        publish_date = parse_publish_date(args.publish_date)
    except ValueError as error:
        print(f"govextract: {error}", file=sys.stderr)
        return 2
    if args.input_jsonl or args.input_csv:
        return run_records(args)
    if not args.files:
        print("govextract: give FILE arguments, - for stdin, or --input-jsonl/--input-csv", file=sys.stderr)
        return 2
    from . import extract

    failed = 0
    results = []
    for name in args.files:
        try:
            text, encoding = read_input(name, stdin)
        except InputError as error:
            print(f"govextract: {'stdin' if name == '-' else name}: {error}", file=sys.stderr)
            failed += 1
            continue
        doc = extract(text, publish_date=publish_date)
        doc = replace(doc, meta={**doc.meta, "source": name, "encoding": encoding})
        if args.format == "jsonl":
            print(doc.to_json(), file=stdout)
        elif args.format == "table":
            print(render_table(doc, name), file=stdout)
        results.append(doc)
    if args.format == "json" and results:
        payload = results[0].to_dict() if len(results) == 1 else [d.to_dict() for d in results]
        print(json.dumps(payload, ensure_ascii=False, indent=2), file=stdout)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
