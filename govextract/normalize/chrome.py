"""Page chrome (扫描二维码, share lines) kept out of extraction: its lines are dropped."""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import read_table
from .offsets import MapBuilder, OffsetMap

_EDGE = r"[\s\-|:：,，.。·•>»【】\[\]]*"


@lru_cache(maxsize=1)
def _chrome_line() -> re.Pattern[str]:
    whole: list[str] = []
    prefix: list[str] = []
    for phrase, mode in read_table("chrome.tsv"):
        (whole if mode == "line" else prefix).append(re.escape(phrase))
    alternatives = []
    if whole:
        alternatives.append(rf"{_EDGE}(?:{'|'.join(sorted(whole, key=len, reverse=True))}){_EDGE}")
    if prefix:
        alternatives.append(rf"{_EDGE}(?:{'|'.join(sorted(prefix, key=len, reverse=True))})[^\n]*")
    return re.compile(rf"^(?:{'|'.join(alternatives)})(?:\n|$)", re.MULTILINE)


def strip_chrome(text: str) -> tuple[str, OffsetMap, list[tuple[int, int]]]:
    """Drop whole chrome lines; returns the text, its map and the dropped (start, end) spans.

    >>> strip_chrome("标题\\n扫描二维码\\n正文")[0]
    '标题\\n正文'
    """
    builder = MapBuilder()
    dropped = []
    position = 0
    for match in _chrome_line().finditer(text):
        builder.copy(text[position:match.start()], position)
        dropped.append((match.start(), match.end()))
        position = match.end()
    builder.copy(text[position:], position)
    clean, offsets = builder.build(len(text))
    return clean, offsets, dropped
