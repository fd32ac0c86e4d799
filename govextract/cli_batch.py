"""The command line's batch mode: a record file in, one result per record out, bad records apart.

Every record ends in OUT or in ERR, never in both and never twice, whatever happens to it or to the
process: results and errors are written as whole lines and flushed one record at a time, and
--resume reads both files back and skips what they hold. A record is known by its id, or by its
line number ("line") when it has none; an unparsable line has only its line number.
"""
from __future__ import annotations

import argparse
import codecs
import csv
import datetime as dt
import io
import json
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from .cli_io import UsageError, cli_date, open_text_output, say
from .frames import ROW_FIELDS, document_rows

Key = tuple[str, Any]  # ("id", "a1") or ("line", 7): ids and line numbers never meet


@dataclass(frozen=True)
class Record:
    """One input record: where it was, its id, text and date, or why it cannot be processed."""

    line: int
    id: str | None = None
    text: str | None = None
    publish_date: dt.date | None = None
    error: str | None = None
    exception: str | None = None

    @property
    def key(self) -> Key:
        return ("id", self.id) if self.id is not None else ("line", self.line)


@dataclass(frozen=True)
class Fields:
    """Names of the input columns."""

    text: str = "text"
    id: str = "id"
    date: str | None = "publish_date"


def _record(raw: Any, line: int, fields: Fields) -> Record:
    if not isinstance(raw, dict):
        return Record(line, error=f"not a JSON object but {type(raw).__name__}")
    record_id = raw.get(fields.id)
    record_id = None if record_id in (None, "") else str(record_id)
    if fields.text not in raw:
        return Record(line, record_id, error=f"field {fields.text!r} is missing")
    text = raw[fields.text]
    if not isinstance(text, str):
        kind = "null" if text is None else type(text).__name__
        return Record(line, record_id, error=f"field {fields.text!r} is {kind}, not a string")
    date = raw.get(fields.date) if fields.date else None
    if isinstance(date, str) and date.strip():
        try:
            return Record(line, record_id, text, cli_date(date, f"field {fields.date!r}"))
        except UsageError as error:
            return Record(line, record_id, error=str(error))
    if date not in (None, ""):
        return Record(line, record_id, error=f"field {fields.date!r}: {date!r} is not a date")
    return Record(line, record_id, text)


def read_jsonl(stream: IO[bytes], fields: Fields) -> Iterator[Record]:
    """Records from JSON lines (a UTF-8 byte-order mark is allowed); a bad line is an error record."""
    for number, line in enumerate(stream, 1):
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        if not line.strip():
            continue
        try:
            raw = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as error:
            yield Record(number, error=f"not UTF-8 ({error.reason} at byte {error.start})",
                         exception="UnicodeDecodeError")
            continue
        except json.JSONDecodeError as error:
            truncated = ", truncated?" if error.pos >= len(line.rstrip()) - 1 else ""
            yield Record(number, error=f"bad JSON: {error.msg} at column {error.colno}{truncated}",
                         exception="JSONDecodeError")
            continue
        yield _record(raw, number, fields)


def read_csv(stream: IO[bytes], fields: Fields) -> Iterator[Record]:
    """Records from a CSV file with a header row (UTF-8); "line" is the row number, the header being 1."""
    reader = csv.DictReader(io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline=""))
    number = 1
    try:
        for number, row in enumerate(reader, 2):
            yield _record(row, number, fields)
    except UnicodeDecodeError as error:
        yield Record(number + 1, error=f"not UTF-8 ({error.reason})", exception="UnicodeDecodeError")
    except csv.Error as error:
        yield Record(number + 1, error=f"bad CSV ({error})", exception="Error")


def _whole_lines(path: Path) -> list[str]:
    """The complete lines of a file written before; a half-written last line is cut off the file."""
    if not path.exists():
        return []
    data = path.read_bytes()
    whole = data[: data.rfind(b"\n") + 1]
    if len(whole) != len(data):
        with path.open("r+b") as out:
            out.truncate(len(whole))
    return whole.decode("utf-8", errors="replace").splitlines()


def written_keys(path: Path, fmt: str) -> set[Key]:
    """Keys of the records already in OUT."""
    lines = _whole_lines(path)
    rows: Iterable[dict[str, Any]]
    if fmt == "csv":
        rows = csv.DictReader(lines)
    else:
        rows = (_json_object(line) for line in lines)
    keys: set[Key] = set()
    for row in rows:
        if row.get("id") not in (None, ""):
            keys.add(("id", str(row["id"])))
        elif row.get("line") not in (None, ""):
            keys.add(("line", int(row["line"])))
    return keys


def reported_lines(path: Path) -> set[int]:
    """Line numbers already in an errors file."""
    return {int(row["line"]) for row in map(_json_object, _whole_lines(path)) if isinstance(row.get("line"), int)}


def _json_object(line: str) -> dict[str, Any]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


class Writer:
    """Writes each result as whole lines and flushes, so OUT is valid up to the last record."""

    def __init__(self, out: IO[str], fmt: str, write_header: bool) -> None:
        self.out, self.fmt = out, fmt
        if fmt == "csv" and write_header:
            csv.DictWriter(out, ROW_FIELDS, extrasaction="ignore").writeheader()

    def write(self, record: Record, doc: Any) -> None:
        if self.fmt == "csv":
            buffer = io.StringIO()
            writer = csv.DictWriter(buffer, ROW_FIELDS, extrasaction="ignore")
            rows = list(document_rows(record.id, doc, record.line)) or [{"id": record.id, "line": record.line}]
            writer.writerows(rows)
            self.out.write(buffer.getvalue())
        else:
            self.out.write(json.dumps({"id": record.id, "line": record.line, **doc.to_dict()},
                                      ensure_ascii=False) + "\n")
        self.out.flush()


@dataclass
class Tally:
    written: int = 0
    failed: int = 0
    skipped: int = 0


def run_batch(records: Iterable[Record], writer: Writer, errors: IO[str], *, done: set[Key],
              reported: set[int], default_date: dt.date | None = None, n_process: int = 1,
              backend: str = "default", progress: Any = None) -> Tally:
    """Extract every good record; bad ones, and any that fail inside, go to errors; nothing twice."""
    from .batch import Failure, extract_pairs

    tally = Tally()
    pending: deque[Record] = deque()
    first_line: dict[str, int] = {}

    def report(record: Record) -> None:
        line = {"line": record.line, "id": record.id, "error": record.error, "exception": record.exception}
        errors.write(json.dumps(line, ensure_ascii=False) + "\n")
        errors.flush()
        tally.failed += 1

    def good() -> Iterator[tuple[str, Any]]:
        for record in records:
            if progress is not None:
                progress.update(1)
            if record.id is not None and first_line.setdefault(record.id, record.line) != record.line:
                record = replace(record, error=f"duplicate id {record.id!r}, first on line {first_line[record.id]}")
            if record.line in reported or (record.error is None and record.key in done):
                tally.skipped += 1
            elif record.error is not None:
                report(record)
            else:
                pending.append(record)
                yield record.text or "", record.publish_date or default_date

    for result in extract_pairs(good(), n_process=n_process, backend=backend, on_error="record"):
        record = pending.popleft()
        if isinstance(result, Failure):
            report(replace(record, error=result.error, exception=result.exception))
        else:
            writer.write(record, result)
            tally.written += 1
    return tally


def run_records(args: argparse.Namespace, publish_date: dt.date | None) -> int:
    """Records in, one result per record out, bad records to the errors file."""
    from tqdm import tqdm

    source = args.input_jsonl or args.input_csv
    out_path = args.output_jsonl or args.output_csv
    if out_path is None:
        raise UsageError("batch mode needs --output-jsonl or --output-csv")
    if args.n_process < 1:
        raise UsageError(f"--n-process must be at least 1, got {args.n_process}")
    if not source.is_file():
        say(f"{source}: does not exist or is not a file")
        return 1
    out_format = "csv" if args.output_csv else "jsonl"
    fields = Fields(args.text_field, args.id_field, args.date_field or None)
    done = written_keys(out_path, out_format) if args.resume else set()
    reported = reported_lines(args.errors) if args.resume and args.errors else set()
    header = not (args.resume and out_path.exists() and out_path.stat().st_size > 0)
    read = read_csv if args.input_csv else read_jsonl
    mode = "a" if args.resume else "w"
    with source.open("rb") as stream, \
            open_text_output(out_path, mode, "" if out_format == "csv" else None) as out, \
            (open_text_output(args.errors, mode) if args.errors else nullcontext(sys.stderr)) as errors:
        progress = tqdm(unit=" records", disable=args.no_progress, file=sys.stderr)
        try:
            tally = run_batch(read(stream, fields), Writer(out, out_format, header), errors, done=done,
                              reported=reported, default_date=publish_date, n_process=args.n_process,
                              backend=args.backend, progress=progress)
        except KeyboardInterrupt:
            say(f"interrupted; {out_path} holds every record written so far")
            return 130
        finally:
            progress.close()
    say(f"{tally.written} written, {tally.failed} failed, {tally.skipped} skipped (already in {out_path}"
        f"{' or ' + str(args.errors) if reported else ''})")
    return 1 if tally.failed else 0

