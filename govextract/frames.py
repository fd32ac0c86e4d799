"""Flat rows of a Document, one per entity, role and date: for CSV output and pandas DataFrames.

item_rows and document_rows are the one place a Document is flattened; the CLI's CSV output and
to_frames both read them.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any

from .document import DateMention, Document, Entity, Role

if TYPE_CHECKING:
    import pandas as pd

KINDS = {"entities": Entity, "roles": Role, "dates": DateMention}
ROW_KIND = {"entities": "entity", "roles": "role", "dates": "date"}
ROW_FIELDS = ("id", "line", "kind", "text", "label", "value", "person", "org", "title", "position",
              "event_role", "start", "end")


def item_rows(doc: Document) -> Iterator[tuple[str, dict[str, Any]]]:
    """(kind, fields) for every entity, role and date of doc, kind being "entities", "roles" or "dates"."""
    for kind in KINDS:
        for item in getattr(doc, kind):
            yield kind, asdict(item)


def document_rows(record_id: Any, doc: Document, line: int | None = None) -> Iterator[dict[str, Any]]:
    """One row with ROW_FIELDS per entity, role and date: a role's text is its person, a date's label its kind."""
    for kind, item in item_rows(doc):
        row = {"id": record_id, "line": line, **item, "kind": ROW_KIND[kind]}
        if kind == "roles":
            row["text"] = item["person"]
        elif kind == "dates":
            row["label"] = item["kind"]  # the date's own kind (date, period...) would shadow the row kind
        yield row


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError('to_frames needs pandas: pip install "govextract[pandas]"') from None
    return pandas


def to_frames(docs: Iterable[Document], ids: Iterable[Any] | None = None) -> dict[str, pd.DataFrame]:
    """{"entities", "roles", "dates"} -> DataFrame with a doc_id column (position, or ids given).

    Example: `to_frames(docs)["roles"].groupby("person")["position"].unique()`.
    """
    pandas = _pandas()
    ids_iter = iter(ids) if ids is not None else None
    rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    for position, doc in enumerate(docs):
        if not isinstance(doc, Document):
            raise TypeError(f"to_frames expects Documents, got {type(doc).__name__}")
        doc_id = next(ids_iter, position) if ids_iter is not None else doc.meta.get("id", position)
        for kind, item in item_rows(doc):
            rows[kind].append({"doc_id": doc_id, **item})
    return {
        kind: pandas.DataFrame(rows[kind], columns=["doc_id", *(f.name for f in fields(KINDS[kind]))])
        for kind in KINDS
    }
