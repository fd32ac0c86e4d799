"""msgpack encoders for what govextract keeps on Doc._, so Docs cross processes (nlp.pipe n_process)."""
from __future__ import annotations

import dataclasses
import datetime as dt
from array import array
from collections.abc import Callable
from typing import Any

import srsly

from .document import Alias, DateAnchor, DateMention, Entity, Role
from .normalize.offsets import OffsetMap

_MARK = "__govextract__"
_RECORDS: dict[str, type] = {cls.__name__: cls for cls in (Role, DateMention, Entity, Alias, DateAnchor)}


def encode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """OffsetMap, dates and result records as plain msgpack maps."""
    if isinstance(obj, OffsetMap):
        return {_MARK: "OffsetMap", "starts": obj.starts.tobytes(), "ends": obj.ends.tobytes(),
                "code": obj.starts.typecode, "raw_length": obj.raw_length}
    if isinstance(obj, dt.date) and not isinstance(obj, dt.datetime):
        return {_MARK: "date", "iso": obj.isoformat()}
    if type(obj).__name__ == "TitleParse":
        return None  # a cache of the title grammar, rebuilt by the roles component where it is missing
    if dataclasses.is_dataclass(obj) and type(obj).__name__ in _RECORDS and not isinstance(obj, type):
        return {_MARK: type(obj).__name__, "fields": dataclasses.asdict(obj)}
    return obj if chain is None else chain(obj)


def decode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """The inverse of encode."""
    kind = obj.get(_MARK) if isinstance(obj, dict) else None
    if kind == "OffsetMap":
        starts, ends = array(obj["code"]), array(obj["code"])
        starts.frombytes(obj["starts"])
        ends.frombytes(obj["ends"])
        return OffsetMap(starts, ends, obj["raw_length"])
    if kind == "date":
        return dt.date.fromisoformat(obj["iso"])
    if kind in _RECORDS:
        return _RECORDS[kind](**obj["fields"])
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register("govextract", func=encode)
srsly.msgpack_decoders.register("govextract", func=decode)
