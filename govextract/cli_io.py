"""Input and output for the command line: decoding files, opening outputs, one-line errors, tables."""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import unicodedata
from pathlib import Path
from typing import IO, TextIO

from .document import Document, parse_publish_date

ENCODINGS = ("utf-8", "gb18030", "big5")
_DATE_SEPARATORS = re.compile(r"^(\d{4})[/.年](\d{1,2})[/.月](\d{1,2})日?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


class InputError(Exception):
    """A file that cannot be read as text; the message is one line for the user."""


class UsageError(Exception):
    """A command line that cannot run as given; the message is one line, the exit status 2."""


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


def cli_date(value: str | None, option: str = "--publish-date") -> dt.date | None:
    """A date as users type it: 2023-03-15, 2023/03/15, 2023.03.15, 20230315 or 2023年3月15日."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    match = _DATE_SEPARATORS.match(text) or _COMPACT_DATE.match(text)
    if match:
        text = "-".join(f"{int(part):02d}" for part in match.groups())
    try:
        return parse_publish_date(text)
    except ValueError:
        raise UsageError(f"{option}: {value!r} is not a date; write it as 2023-03-15 (or 2023/03/15, 20230315)") \
            from None


def open_text_output(path: Path, mode: str = "w", newline: str | None = None) -> IO[str]:
    """A UTF-8 output file, line-buffered; OSError names the path, as main() reports it."""
    return open(path, mode, encoding="utf-8", newline=newline, buffering=1)


def os_error_line(error: OSError) -> str:
    """One line for an OSError on a path: 'PATH: reason'."""
    reason = error.strerror or str(error)
    return f"{error.filename}: {reason}" if error.filename else reason


def display_width(text: str) -> int:
    """Columns a terminal gives text: wide and full-width characters take two, combining marks none."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def pad(text: str, width: int) -> str:
    """text padded with spaces to a display width."""
    return text + " " * max(0, width - display_width(text))


def _aligned(rows: list[tuple[str, ...]], indent: str = "  ") -> list[str]:
    widths = [max(display_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [indent + "  ".join(pad(cell, w) for cell, w in zip(row, widths)).rstrip() for row in rows]


def render_table(doc: Document, source: str) -> str:
    """A readable summary: people with positions, then entities by label, then dates."""
    lines = [f"== {source} ({doc.meta.get('encoding', '?')}, {len(doc.text)} chars)"]
    if doc.roles or doc.entities_of("PERSON"):
        lines.append("People")
        lines += _aligned([(p.name, "; ".join(p.positions) or "-", ", ".join(p.event_roles))
                           for p in doc.people])
    for label, heading in (("ORG", "Organisations"), ("GPE", "Places"), ("LOC", "Other places"),
                           ("EVENT", "Events"), ("LAW", "Documents")):
        names = list(dict.fromkeys(e.text for e in doc.entities_of(label)))
        if names:
            lines.append(f"{heading}: {'、'.join(names)}")
    if doc.dates:
        lines.append("Dates")
        lines += _aligned([(d.text, d.value or "-", f"[{d.start}:{d.end}]", d.kind) for d in doc.dates])
    return "\n".join(lines)


def say(message: str) -> None:
    """One line to standard error, prefixed with the program's name."""
    print(f"govextract: {message}", file=sys.stderr)


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Shows '(default: X)' after every option whose default is a value, not None or False."""

    def _get_help_string(self, action: argparse.Action) -> str:
        help_text = action.help or ""
        if "%(default)" in help_text or action.default in (None, False, argparse.SUPPRESS):
            return help_text
        if action.option_strings or action.nargs in (argparse.OPTIONAL, argparse.ZERO_OR_MORE):
            help_text += " (default: %(default)s)"
        return help_text
