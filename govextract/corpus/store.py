"""PeopleIndex: people and positions across many releases, gathered in SQLite so memory stays flat.

Each release adds a few rows (one per person, position and part) to an on-disk table; the merging
rules (docs/people.md) and the aggregation run as SQL over that table, and results are read back a
row at a time. A corpus far larger than memory therefore needs only disk.
"""
from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from types import TracebackType
from typing import Any

from ..document import Document
from . import sql
from .identity import RELATIVE_LEVELS, canonical_org, event_date, home_place, is_shared_title, region_of
from .mentions import unnamed_aliases
from .timeline import with_successions


@dataclass(frozen=True)
class PersonPosition:
    """One person in one position across the corpus: when first and last seen, in which releases."""

    person: str
    region: str | None
    position: str
    org: str | None
    title: str | None
    first_seen: str | None
    last_seen: str | None
    releases: int
    release_ids: tuple[str, ...]
    parts: tuple[str, ...]
    aliases: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; tuples become lists."""
        return {key: list(value) if isinstance(value, tuple) else value for key, value in self.__dict__.items()}


@dataclass(frozen=True)
class Tenure:
    """One holder of one office: from when to when, and whether an appointment or removal says so."""

    office: str
    person: str
    region: str | None
    start: str | None
    start_basis: str
    end: str | None
    end_basis: str
    release_ids: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; tuples become lists."""
        return {key: list(value) if isinstance(value, tuple) else value for key, value in self.__dict__.items()}


class PeopleIndex:
    """Who held which position, when, according to which release; add Documents, then read rows.

    >>> index = PeopleIndex()
    >>> index.add(govextract.extract("2019年8月26日，甲市市长王小明出席。"), "r1")   # doctest: +SKIP
    >>> [row.position for row in index.people()]                               # doctest: +SKIP
    ['甲市市长']
    """

    def __init__(self, path: str | Path | None = None, commit_every: int = 500) -> None:
        if path is None:
            self._tmp: Any = tempfile.TemporaryDirectory(prefix="govextract-people-")
            path = Path(self._tmp.name) / "people.sqlite"
        else:
            self._tmp = None
        self.path = Path(path)
        self._db = sqlite3.connect(self.path)
        self._db.executescript(sql.SCHEMA)
        self._pending = 0
        self._commit_every = commit_every

    def __enter__(self) -> PeopleIndex:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the database (and delete it when it was a temporary one)."""
        self._db.close()
        if self._tmp is not None:
            self._tmp.cleanup()

    def add(self, doc: Document, release_id: Any) -> None:
        """Add one release's people, positions, parts and aliases under its id."""
        if not isinstance(doc, Document):
            raise TypeError(f"PeopleIndex.add expects a Document, got {type(doc).__name__}")
        release = str(release_id)
        day = event_date(doc)
        date = day.isoformat() if day else None
        rows = list(_mention_rows(doc, release, date))
        self._db.executemany(sql.INSERT_MENTION, rows)
        self._db.executemany(sql.INSERT_ALIAS, [
            (release, alias.person, alias.text) for alias in doc.aliases
        ])
        places = sorted({region for e in doc.entities if e.label == "GPE"
                         if (region := region_of(e.canonical or e.text))})
        self._db.executemany(sql.INSERT_UNNAMED, [
            (release, surname, title, date, json.dumps(places, ensure_ascii=False))
            for surname, title in unnamed_aliases(doc)
        ])
        self._pending += 1
        if self._pending >= self._commit_every:
            self._db.commit()
            self._pending = 0

    def add_many(self, docs: Iterable[Document], ids: Iterable[Any] | None = None) -> int:
        """Add Documents under the given ids (default: meta['id'], else position); returns how many."""
        id_iter = iter(ids) if ids is not None else None
        count = 0
        for position, doc in enumerate(docs):
            release = next(id_iter, position) if id_iter is not None else doc.meta.get("id", position)
            self.add(doc, release)
            count += 1
        return count

    def _resolve(self) -> None:
        self._db.commit()
        self._db.executescript(sql.RESOLVE)
        holders: dict[tuple[str, str, str], tuple[Any, ...] | None] = {}
        for release, surname, title, date, places in self._db.execute(sql.SELECT_UNNAMED).fetchall():
            key = (surname, title, places)
            if key not in holders:
                holders[key] = _alias_holder(self._db, surname, title, set(json.loads(places)))
            match = holders[key]
            if match is not None:
                self._db.execute(sql.INSERT_RESOLVED_ALIAS, (release, *match, date))
                self._db.execute(sql.INSERT_RESOLVED_ALIAS_TEXT, (match[0], match[1], surname + title))
        self._db.executescript(sql.FOLD_POSITIONS)

    def people(self) -> Iterator[PersonPosition]:
        """One row per person and position, by person then first date seen."""
        self._resolve()
        for row in self._db.execute(sql.SELECT_PEOPLE):
            person, region, position, org, title, first, last, count, ids, parts, aliases = row
            yield PersonPosition(person, region, position, org, title, first, last, count,
                                 _split(ids), _split(parts), _split(aliases))

    def timeline(self) -> Iterator[Tenure]:
        """Holders of every office that an appointment or removal names, in order of taking office."""
        self._resolve()
        office_tenures: list[Tenure] = []
        office_title: str | None = None
        for office, title, person, region, start, start_basis, end, end_basis, ids in self._db.execute(
                sql.SELECT_TIMELINE):
            if office_tenures and office_tenures[0].office != office:  # rows come grouped by office
                yield from with_successions(office_title, office_tenures)
                office_tenures = []
            office_title = title
            office_tenures.append(Tenure(office, person, region, start, start_basis, end, end_basis, _split(ids)))
        yield from with_successions(office_title, office_tenures)

    def people_frame(self) -> Any:
        """people() as a pandas DataFrame."""
        return _frame(PersonPosition, (row.to_dict() for row in self.people()))

    def timeline_frame(self) -> Any:
        """timeline() as a pandas DataFrame."""
        return _frame(Tenure, (row.to_dict() for row in self.timeline()))


def _mention_rows(doc: Document, release: str, date: str | None) -> Iterator[tuple[Any, ...]]:
    """(release, name, region, org, title, position, part, date) for each role and each bare name."""
    roles_by_person: dict[str, list[tuple[str | None, str, str, str | None]]] = {}
    orgs: dict[str | None, str | None] = {}
    for role in doc.roles:
        if role.org not in orgs:
            orgs[role.org] = canonical_org(role.org, doc)
        org = orgs[role.org]
        if org is None and role.title[:1] in RELATIVE_LEVELS:  # 市长 alone: the mayor of the release's city
            org = home_place(doc, role.title[0])
        position = f"{org}{role.title}" if org else role.position
        roles_by_person.setdefault(role.person, []).append((org, role.title, position, role.event_role))
    for person in doc.people:
        held = roles_by_person.get(person.name, [])
        regions = [region_of(org) for org, title, _p, _r in held if not is_shared_title(title)]
        region = next((r for r in regions if r), None)
        if not held:
            yield (release, person.name, region, None, None, "", None, date)
        for org, title, position, part in held:
            yield (release, person.name, region, org, title, position, part, date)


def _alias_holder(db: sqlite3.Connection, surname: str, title: str, places: set[str]) -> tuple[Any, ...] | None:
    """The one person (name, region, org, title, position) a surname + title can mean, if only one."""
    # names that start with the surname and are longer: the index range (surname, surname + U+10FFFF)
    holders = db.execute(sql.SELECT_HOLDERS, (title, surname, surname + "\U0010ffff")).fetchall()
    if len(holders) > 1 and places:
        holders = [h for h in holders if h[1] in places]
    people = {(h[0], h[1]) for h in holders}
    if len(people) != 1:
        return None
    return max(holders, key=lambda h: h[-1])[:-1]  # the position named in most releases


def _split(value: str | None) -> tuple[str, ...]:
    """A json_group_array as a sorted tuple, NULLs left out."""
    return tuple(sorted({str(v) for v in json.loads(value) if v is not None})) if value else ()


def _frame(kind: type, rows: Iterable[dict[str, Any]]) -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError('people frames need pandas: pip install "govextract[pandas]"') from None
    return pandas.DataFrame(list(rows), columns=[f.name for f in fields(kind)])
