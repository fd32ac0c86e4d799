"""pandas DataFrames of entities, roles and dates, one row per item, keyed by document id."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any

from .document import DateMention, Document, Entity, Role

if TYPE_CHECKING:
    import pandas as pd


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
    rows: dict[str, list[dict[str, Any]]] = {"entities": [], "roles": [], "dates": []}
    for position, doc in enumerate(docs):
        if not isinstance(doc, Document):
            raise TypeError(f"to_frames expects Documents, got {type(doc).__name__}")
        doc_id = next(ids_iter, position) if ids_iter is not None else doc.meta.get("id", position)
        for key, items in (("entities", doc.entities), ("roles", doc.roles), ("dates", doc.dates)):
            rows[key].extend({"doc_id": doc_id, **asdict(item)} for item in items)
    columns = {"entities": Entity, "roles": Role, "dates": DateMention}
    return {
        key: pandas.DataFrame(rows[key], columns=["doc_id", *(f.name for f in fields(columns[key]))])
        for key in rows
    }
