"""Run govextract over a Dask bag or DataFrame of texts, the pipeline loaded once per worker.

    from dask.distributed import Client
    client = Client("tcp://scheduler:8786")        # or a LocalCluster
    records = govextract.dask.extract_bag(bag_of_texts).compute()
"""
from __future__ import annotations

from typing import Any

from .document import Document


def _require() -> Any:
    try:
        import dask.bag
    except ImportError:
        raise ImportError('govextract.dask needs dask: pip install "govextract[dask]"') from None
    return dask.bag


def _extract_partition(pairs: list[tuple[Any, Any]], backend: str) -> list[dict[str, Any]]:
    # load() caches the pipeline per process, so each worker builds it once.
    from .batch import extract_pairs

    return [doc.to_dict() for doc in extract_pairs(pairs, backend=backend)]


def extract_bag(texts: Any, publish_dates: Any = None, *, backend: str = "default") -> Any:
    """A dask.bag of Document dicts from a bag of texts (and optionally a bag of publish dates)."""
    bag = _require()
    if not isinstance(texts, bag.Bag):
        raise TypeError(f"extract_bag expects a dask.bag.Bag of texts, got {type(texts).__name__}")
    pairs = texts.map(lambda t: (t, None)) if publish_dates is None else bag.zip(texts, publish_dates)
    return pairs.map_partitions(_extract_partition, backend=backend)


def extract_dataframe(frame: Any, text_column: str = "text", date_column: str | None = None,
                      *, backend: str = "default") -> Any:
    """The input dask DataFrame, every column and the index kept, plus "result": each row's Document as JSON."""
    _require()
    import json

    import pandas as pd

    def partition(part: pd.DataFrame) -> pd.DataFrame:
        dates = part[date_column] if date_column else [None] * len(part)
        pairs = list(zip(part[text_column], dates))
        results = [json.dumps(d, ensure_ascii=False) for d in _extract_partition(pairs, backend)]
        return part.assign(result=pd.Series(results, index=part.index, dtype=object))

    meta = frame._meta.assign(result=pd.Series([], dtype=object))
    return frame.map_partitions(partition, meta=meta)


def documents(records: list[dict[str, Any]]) -> list[Document]:
    """Rebuild Documents from the dicts a bag returns."""
    from .document import Alias, DateAnchor, DateMention, Entity, Role, parse_publish_date

    return [
        Document(
            text=r["text"],
            entities=tuple(Entity(**e) for e in r["entities"]),
            roles=tuple(Role(**x) for x in r["roles"]),
            dates=tuple(DateMention(**d) for d in r["dates"]),
            aliases=tuple(Alias(**a) for a in r.get("aliases", [])),
            publish_date=parse_publish_date(r["publish_date"]),
            meta=r.get("meta", {}),
            date_anchor=DateAnchor(**r["date_anchor"]) if r.get("date_anchor") else None,
        )
        for r in records
    ]
