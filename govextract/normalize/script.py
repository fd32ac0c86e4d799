"""Traditional -> simplified script with OpenCC, keeping an exact character map."""
from __future__ import annotations

from functools import lru_cache

import opencc

from .offsets import MapBuilder, OffsetMap


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> tuple[str, OffsetMap]:
    """Convert with OpenCC's phrase tables; where a line changes length, convert it char by char.

    OpenCC's t2s tables map phrases to phrases of the same length, so an unchanged length means
    character i of the output came from character i of the input. A line whose length changes
    (a table entry that is not length-preserving) is converted one character at a time, which
    loses phrase context there but keeps every offset exact.

    >>> to_simplified("重慶市經濟")[0]
    '重庆市经济'
    """
    converter = _converter()
    whole = converter.convert(text)
    builder = MapBuilder()
    if len(whole) == len(text) and whole.count("\n") == text.count("\n"):
        builder.copy(whole, 0)
        return builder.build(len(text))
    offset = 0
    for line in _lines(text):
        converted = converter.convert(line)
        if len(converted) == len(line):
            builder.copy(converted, offset)
        else:
            for i, char in enumerate(line):
                single = converter.convert(char)
                builder.replace(single, offset + i, offset + i + 1)
        offset += len(line)
    return builder.build(len(text))


def _lines(text: str) -> list[str]:
    """Lines with their newline kept, split on \n only (sanitize has made every break one)."""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines


def simplify(text: str) -> str:
    """Plain t2s conversion, for short strings such as gazetteer entries."""
    return _converter().convert(text)
