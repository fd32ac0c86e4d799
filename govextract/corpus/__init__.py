"""People across a corpus: who held which position, when, according to which release.

    index = PeopleIndex()                       # SQLite in a temporary folder, or PeopleIndex("people.db")
    index.add_many(govextract.extract_many(texts, dates), ids=release_ids)
    index.people_frame()                        # one row per person and position
    index.timeline_frame()                      # who held each office from when to when
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..document import Document
from .identity import event_date, is_shared_title, region_of
from .store import PeopleIndex, PersonPosition, Tenure

__all__ = ["PeopleIndex", "PersonPosition", "Tenure", "event_date", "is_shared_title", "people_frame",
           "region_of", "timeline_frame"]


def people_frame(docs: Iterable[Document], ids: Iterable[Any] | None = None) -> Any:
    """One pandas row per person and position over Documents (ids default to meta['id'], else position)."""
    with PeopleIndex() as index:
        index.add_many(docs, ids)
        return index.people_frame()


def timeline_frame(docs: Iterable[Document], ids: Iterable[Any] | None = None) -> Any:
    """One pandas row per holder of each office that an appointment or removal names."""
    with PeopleIndex() as index:
        index.add_many(docs, ids)
        return index.timeline_frame()
