"""One way of reading the package's TSV tables: comments, a header row checked against the expected
columns, then rows padded to the header's width.

A table file is '#' comment lines (its source, what its columns mean), then one header row naming
the columns, then the rows. A file whose header row is not the one its schema expects raises
TableError when it is loaded, so a missing header can no longer eat the first row (北京市).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.abc import Traversable

# Every table of govextract/data and its columns, in order. Trailing columns may be left empty.
SCHEMAS: dict[str, tuple[str, ...]] = {
    "chrome.tsv": ("phrase", "mode"),
    "countries.tsv": ("name", "aliases", "capital"),
    "country_aliases.tsv": ("name", "alias", "locale"),
    "dates_anaphora.tsv": ("word", "offset"),
    "dates_anaphora_units.tsv": ("word", "unit", "offset"),
    "dates_counted_not_after.tsv": ("first_char", "characters_not_allowed_after_it"),
    "dates_holidays.tsv": ("word", "calendar", "month", "day", "span_days", "needs_suffix"),
    "dates_solar_terms.tsv": ("term", "month", "c_1900s", "c_2000s"),
    "dates_context.tsv": ("word",),
    "dates_day_parts.tsv": ("word", "add_hours"),
    "dates_future.tsv": ("word",),
    "dates_not_after.tsv": ("word", "units"),
    "dates_not_before.tsv": ("word",),
    "dates_periods.tsv": ("word", "first_month", "last_month"),
    "dates_relative.tsv": ("word", "unit", "offset"),
    "dates_spans.tsv": ("word", "direction"),
    "dates_speech.tsv": ("word",),
    "dates_taiwan.tsv": ("word",),
    "dates_vague.tsv": ("word",),
    "dates_word_guards.tsv": ("first_char_of_word", "characters_not_allowed_before_it"),
    "dates_word_not_after.tsv": ("word",),
    "divisions.tsv": ("name", "short", "level", "adcode", "short_ambiguous"),
    "event_frame_verbs.tsv": ("word",),
    "event_generic_words.tsv": ("word",),
    "event_occasions.tsv": ("word", "kind"),
    "event_prefixes.tsv": ("prefix",),
    "event_of_words.tsv": ("word",),
    "event_words.tsv": ("word", "strength"),
    "foreign_cities.tsv": ("name",),
    "known_events.tsv": ("name",),
    "known_orgs.tsv": ("name", "aliases", "kind"),
    "law_citing_verbs.tsv": ("word",),
    "law_generic_words.tsv": ("word",),
    "law_names.tsv": ("name",),
    "law_words.tsv": ("word", "kind"),
    "level_words.tsv": ("word",),
    "model_backstop.tsv": ("word", "label"),
    "name_boundaries.tsv": ("char", "kind"),
    "name_chars.tsv": ("char", "kind", "count"),
    "name_context.tsv": ("word", "kind", "exceptions"),
    "name_inner_words.tsv": ("word", "count", "source"),
    "name_prefixes.tsv": ("prefix",),
    "name_verbs.tsv": ("word", "count"),
    "news_words.tsv": ("word",),
    "org_generic_words.tsv": ("word",),
    "org_stopwords.tsv": ("word", "kind"),
    "org_suffix_uses.tsv": ("suffix", "use"),
    "org_suffixes.tsv": ("suffix", "strength", "kind"),
    "place_blockers.tsv": ("word",),
    "place_stopwords.tsv": ("word", "why"),
    "place_words.tsv": ("word", "use"),
    "regions.tsv": ("name", "label"),
    "place_names.tsv": ("name", "label", "count"),
    "role_cues.tsv": ("cue", "event_role", "kind", "exceptions"),
    "shared_titles.tsv": ("title",),
    "street_stopwords.tsv": ("word",),
    "surnames.tsv": ("surname", "count"),
    "title_blockers.tsv": ("word", "unless_followed_by"),
    "titles.tsv": ("title", "kind", "source"),
    "town_stopwords.tsv": ("word",),
}

# Tables built by a script: edit the script (or its inputs), then rerun it; never edit the table.
GENERATED: dict[str, str] = {
    "country_aliases.tsv": "training/build_country_aliases.py",
    "divisions.tsv": "training/build_divisions.py",
    "name_chars.tsv": "training/build_names.py",
    "name_inner_words.tsv": "training/build_name_inner_words.py",
    "name_verbs.tsv": "training/build_name_verbs.py",
    "place_names.tsv": "training/build_place_names.py",
    "surnames.tsv": "training/build_names.py",
    "titles.tsv": "training/build_titles.py",
}


class TableError(ValueError):
    """A data table whose header row or rows do not fit its schema."""


@dataclass(frozen=True)
class Table:
    """A loaded table: its name, its columns (the header row) and its rows, each as wide as the header."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def column(self, name: str) -> tuple[str, ...]:
        """One column's values, in row order: load_table('regions.tsv').column('name')."""
        i = self.columns.index(name)
        return tuple(row[i] for row in self.rows)

    def where(self, column: str, value: str) -> tuple[tuple[str, ...], ...]:
        """The rows whose `column` holds `value`."""
        i = self.columns.index(column)
        return tuple(row for row in self.rows if row[i] == value)


def data_path(name: str) -> Traversable:
    """A Traversable for a data file in this package."""
    return resources.files("govextract.data").joinpath(name)


def parse_table(name: str, source: str, columns: tuple[str, ...]) -> Table:
    """Parse a table's text; TableError if its header row is not `columns` or a row is wider."""
    lines = (line for line in source.splitlines() if line.strip() and not line.startswith("#"))
    header = next(lines, None)
    found = tuple(field.strip() for field in header.split("\t")) if header is not None else ()
    if found != columns:
        raise TableError(f"{name}: header row {found!r} is not the expected columns {columns!r}")
    rows = []
    width = len(columns)
    for line in lines:
        row = tuple(field.strip() for field in line.split("\t"))
        if len(row) > width:
            raise TableError(f"{name}: row {row!r} has {len(row)} fields, the header {width}")
        rows.append(row + ("",) * (width - len(row)))
    return Table(name, columns, tuple(rows))


@cache
def load_table(name: str) -> Table:
    """The table `name` of govextract/data, checked against SCHEMAS; KeyError for an unknown name."""
    if name not in SCHEMAS:
        raise KeyError(f"unknown data table {name!r}: add its columns to govextract.data.loader.SCHEMAS")
    return parse_table(name, data_path(name).read_text(encoding="utf-8"), SCHEMAS[name])


def read_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a table, without its header row (kept for callers written before Table)."""
    return load_table(name).rows


def read_words(name: str) -> tuple[str, ...]:
    """First column of a table."""
    return tuple(row[0] for row in load_table(name).rows)
