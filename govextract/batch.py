"""Batch runs over JSONL or CSV records: streaming, an errors file, resumable output."""
from __future__ import annotations

import csv
import io
import json
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .document import Document, parse_publish_date

ROW_FIELDS = ("id", "kind", "text", "label", "value", "person", "org", "title", "position",
              "event_role", "start", "end")


@dataclass(frozen=True)
class Record:
    """One input record: its id, text and publish date, or the reason it cannot be processed."""

    id: str
    text: str | None = None
    publish_date: Any = None
    error: str | None = None


@dataclass(frozen=True)
class Fields:
    """Names of the input columns."""

    text: str = "text"
    id: str = "id"
    date: str | None = "publish_date"


def _record(raw: Any, number: int, fields: Fields) -> Record:
    if not isinstance(raw, dict):
        return Record(str(number), error=f"line {number}: not a JSON object")
    record_id = raw.get(fields.id)
    record_id = str(record_id) if record_id not in (None, "") else str(number)
    text = raw.get(fields.text)
    if not isinstance(text, str):
        kind = "missing" if text is None else f"not a string ({type(text).__name__})"
        return Record(record_id, error=f"field {fields.text!r} is {kind}")
    date = raw.get(fields.date) if fields.date else None
    if date in ("", None):
        date = None
    else:
        try:
            date = parse_publish_date(date)
        except ValueError:
            return Record(record_id, error=f"field {fields.date!r}: bad date {date!r}")
    return Record(record_id, text, date)


def read_jsonl(stream: IO[bytes], fields: Fields) -> Iterator[Record]:
    """Records from JSON lines; a line that does not decode or parse is an error record."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as error:
            yield Record(str(number), error=f"line {number}: not UTF-8 ({error.reason} at byte {error.start})")
            continue
        except json.JSONDecodeError as error:
            yield Record(str(number), error=f"line {number}: bad JSON ({error.msg}), truncated?")
            continue
        yield _record(raw, number, fields)


def read_csv(stream: IO[bytes], fields: Fields) -> Iterator[Record]:
    """Records from a CSV file with a header row (UTF-8)."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline="")
    reader = csv.DictReader(text)
    number = 1
    try:
        for number, row in enumerate(reader, 2):
            yield _record(row, number, fields)
    except UnicodeDecodeError as error:
        yield Record(str(number + 1), error=f"after row {number}: not UTF-8 ({error.reason})")
    except csv.Error as error:
        yield Record(str(number + 1), error=f"after row {number}: bad CSV ({error})")


def done_ids(path: Path, fmt: str) -> set[str]:
    """Ids already written to OUT; a truncated last line is cut off so appending stays valid."""
    if not path.exists():
        return set()
    data = path.read_bytes()
    whole = data[: data.rfind(b"\n") + 1]
    if len(whole) != len(data):
        with path.open("r+b") as out:
            out.truncate(len(whole))
    lines = whole.decode("utf-8", errors="replace").splitlines()
    if fmt == "csv":
        return {row["id"] for row in csv.DictReader(lines) if row.get("id")}
    ids = set()
    for line in lines:
        try:
            ids.add(str(json.loads(line)["id"]))
        except (json.JSONDecodeError, KeyError, TypeError):
            continue
    return ids


def document_rows(record_id: str, doc: Document) -> Iterator[dict[str, Any]]:
    """One flat row per entity, role and date, for CSV output."""
    for e in doc.entities:
        yield {"id": record_id, "kind": "entity", "text": e.text, "label": e.label, "start": e.start, "end": e.end}
    for r in doc.roles:
        yield {"id": record_id, "kind": "role", "text": r.person, "person": r.person, "org": r.org,
               "title": r.title, "position": r.position, "event_role": r.event_role, "start": r.start, "end": r.end}
    for d in doc.dates:
        yield {"id": record_id, "kind": "date", "text": d.text, "label": d.kind, "value": d.value,
               "start": d.start, "end": d.end}


class Writer:
    """Writes each result as whole lines and flushes, so OUT is valid up to the last record."""

    def __init__(self, out: IO[str], fmt: str, write_header: bool) -> None:
        self.out, self.fmt = out, fmt
        self.csv = csv.DictWriter(out, ROW_FIELDS, extrasaction="ignore") if fmt == "csv" else None
        if self.csv is not None and write_header:
            self.csv.writeheader()

    def write(self, record_id: str, doc: Document) -> None:
        if self.csv is not None:
            buffer = io.StringIO()
            writer = csv.DictWriter(buffer, ROW_FIELDS, extrasaction="ignore")
            writer.writerows(document_rows(record_id, doc))
            self.out.write(buffer.getvalue() or f"{record_id}{',' * (len(ROW_FIELDS) - 1)}\r\n")
        else:
            self.out.write(json.dumps({"id": record_id, **doc.to_dict()}, ensure_ascii=False) + "\n")
        self.out.flush()


def run_batch(records: Iterable[Record], writer: Writer, errors: IO[str], skip: set[str],
              n_process: int = 1, batch_size: int = 32, progress: Any = None) -> tuple[int, int]:
    """Extract every good record, write bad ones to errors; returns (written, failed)."""
    from .pipeline import extract_pairs

    failed = written = 0
    pending: deque[str] = deque()

    def good() -> Iterator[tuple[str, Any]]:
        nonlocal failed
        for record in records:
            if progress is not None:
                progress.update(1)
            if record.id in skip:
                continue
            if record.error is not None or record.text is None:
                errors.write(json.dumps({"id": record.id, "error": record.error}, ensure_ascii=False) + "\n")
                errors.flush()
                failed += 1
                continue
            pending.append(record.id)
            yield record.text, record.publish_date

    for doc in extract_pairs(good(), n_process=n_process, batch_size=batch_size):
        writer.write(pending.popleft(), doc)
        written += 1
    return written, failed


def open_output(path: Path, resume: bool) -> IO[str]:
    """OUT for appending when resuming, else truncated; line-buffered UTF-8."""
    mode = "a" if resume and path.exists() else "w"
    newline = "" if path.suffix.lower() == ".csv" else None
    return open(path, mode, encoding="utf-8", newline=newline, buffering=1)


def detect_format(path: Path, given: str | None) -> str:
    if given:
        return given
    return "csv" if path.suffix.lower() == ".csv" else "jsonl"


