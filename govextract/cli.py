"""govextract from the command line: people, offices, organisations and dates in press releases.

Each subcommand is one entry of COMMANDS: (name, add_parser, run). add_parser(subparsers) adds and
returns its argparse parser; run(args, stdin, stdout) does the work and returns the exit status.
A new subcommand is one more entry.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .backends import NAMES as BACKENDS
from .cli_io import (
    HelpFormatter,
    InputError,
    UsageError,
    cli_date,
    open_text_output,
    os_error_line,
    read_input,
    render_table,
    say,
)
from .corpus.cli import add_people, run_people

AddParser = Callable[[Any], argparse.ArgumentParser]
Run = Callable[[argparse.Namespace, TextIO, TextIO], int]
EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a process ended by SIGPIPE


def add_common(parser: argparse.ArgumentParser) -> None:
    """Options every extracting subcommand takes: the publish date and the backend."""
    parser.add_argument("--publish-date", metavar="DATE",
                        help="the release's publish date (2023-03-15, 2023/03/15 or 20230315): resolves relative "
                             "dates and missing years; in batch mode, for records without a date of their own")
    parser.add_argument("--backend", choices=BACKENDS, default="default",
                        help="tokens and models beside the rules: default needs nothing else, pkuseg and hanlp "
                             "need their extras (see docs/backends.md)")


def add_extract(commands: Any) -> argparse.ArgumentParser:
    extract = commands.add_parser("extract", help="extract entities, roles and dates from files or record files",
                                  formatter_class=HelpFormatter)
    extract.add_argument("files", nargs="*", metavar="FILE",
                         help="text files (UTF-8, GB18030 or Big5), or - for standard input")
    extract.add_argument("--format", choices=("table", "json", "jsonl"), default="table",
                         help="table: a readable summary; json: one list of result objects; jsonl: one object a line")
    add_common(extract)
    batch = extract.add_argument_group("batches of records (JSONL or CSV in, JSONL or CSV out)")
    batch.add_argument("--input-jsonl", type=Path, metavar="IN", help="records as JSON lines, instead of FILEs")
    batch.add_argument("--input-csv", type=Path, metavar="IN", help="records as CSV with a header row")
    batch.add_argument("--output-jsonl", type=Path, metavar="OUT", help="one result object a line")
    batch.add_argument("--output-csv", type=Path, metavar="OUT", help="one row per entity, role and date")
    batch.add_argument("--errors", type=Path, metavar="ERR",
                       help="bad records as JSON lines (standard error when not given)")
    batch.add_argument("--text-field", default="text", metavar="NAME", help="the field holding the text")
    batch.add_argument("--id-field", default="id", metavar="NAME",
                       help="the field holding the record's id (records without one are known by line number)")
    batch.add_argument("--date-field", default="publish_date", metavar="NAME",
                       help="the field holding the publish date; empty for none")
    batch.add_argument("--resume", action="store_true",
                       help="append to OUT and ERR, skipping records already written to either")
    batch.add_argument("--n-process", type=int, default=1, metavar="N", help="worker processes")
    batch.add_argument("--no-progress", action="store_true", help="no progress bar on standard error")
    return extract


def run_extract(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """Files or standard input to a table, JSON or JSON lines; or a record file to an output file."""
    inputs = [name for name in ("input_jsonl", "input_csv") if getattr(args, name)]
    outputs = [name for name in ("output_jsonl", "output_csv") if getattr(args, name)]
    if len(inputs) > 1 or len(outputs) > 1:
        raise UsageError("give one of --input-jsonl/--input-csv and one of --output-jsonl/--output-csv")
    if inputs and args.files:
        raise UsageError(f"FILE arguments cannot be combined with --{inputs[0].replace('_', '-')}")
    if outputs and not inputs:
        raise UsageError(f"--{outputs[0].replace('_', '-')} needs --input-jsonl or --input-csv; "
                         "for FILE arguments use --format and redirect standard output")
    publish_date = cli_date(args.publish_date)
    if inputs:
        from .cli_batch import run_records

        return run_records(args, publish_date)
    if not args.files:
        raise UsageError("give FILE arguments, - for standard input, or --input-jsonl/--input-csv")
    from . import extract

    failed = 0
    results = []
    for name in args.files:
        try:
            text, encoding = read_input(name, stdin)
        except InputError as error:
            say(f"{'stdin' if name == '-' else name}: {error}")
            failed += 1
            continue
        doc = extract(text, publish_date=publish_date, backend=args.backend)
        doc = replace(doc, meta={**doc.meta, "source": name, "encoding": encoding})
        if args.format == "jsonl":
            print(doc.to_json(), file=stdout, flush=True)
        elif args.format == "table":
            print(render_table(doc, name), file=stdout, flush=True)
        results.append(doc.to_dict())
    if args.format == "json":
        print(json.dumps(results, ensure_ascii=False, indent=2), file=stdout)
    return 1 if failed else 0


def add_render(commands: Any) -> argparse.ArgumentParser:
    render = commands.add_parser("render", help="write an HTML page with the entities, roles and dates marked",
                                 formatter_class=HelpFormatter)
    render.add_argument("file", metavar="FILE", help="a text file, or - for standard input")
    render.add_argument("-o", "--output", metavar="PAGE",
                        help="where to write the page, - for standard output "
                             "(when not given: FILE with .html, or standard output for -)")
    add_common(render)
    return render


def run_render(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """Write the displaCy page for one file."""
    from . import extract
    from .render import render_html

    publish_date = cli_date(args.publish_date)
    try:
        text, _ = read_input(args.file, stdin)
    except InputError as error:
        say(f"{'stdin' if args.file == '-' else args.file}: {error}")
        return 1
    output = args.output or ("-" if args.file == "-" else str(Path(args.file).with_suffix(".html")))
    title = "stdin" if args.file == "-" else Path(args.file).name
    page = render_html(text, extract(text, publish_date=publish_date, backend=args.backend), title=title)
    if output == "-":
        stdout.write(page)
        stdout.flush()
        return 0
    with open_text_output(Path(output)) as out:
        out.write(page)
    say(f"wrote {output}")
    return 0


COMMANDS: tuple[tuple[str, AddParser, Run], ...] = (
    ("extract", add_extract, run_extract),
    ("render", add_render, run_render),
    ("people", add_people, run_people),
)


def build_parser() -> argparse.ArgumentParser:
    """The parser for every command in COMMANDS."""
    parser = argparse.ArgumentParser(prog="govextract", description=__doc__.split("\n\n")[0],
                                     formatter_class=HelpFormatter)
    parser.add_argument("--version", action="version", version=f"govextract {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for _name, add_parser, _run in COMMANDS:
        add_parser(commands)
    return parser


def _quiet_closed_pipe() -> int:
    # Python would report the broken pipe again when it flushes stdout at exit; point it at devnull.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_BROKEN_PIPE


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Entry point of the `govextract` command; returns the exit status."""
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    args = build_parser().parse_args(argv)
    run = {name: run for name, _add, run in COMMANDS}[args.command]
    try:
        return run(args, stdin, stdout)
    except UsageError as error:
        say(str(error))
        return 2
    except BrokenPipeError:
        return _quiet_closed_pipe()
    except OSError as error:
        say(os_error_line(error))
        return 1
    except KeyboardInterrupt:
        say("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
