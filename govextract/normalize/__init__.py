"""Raw scraped text -> clean simplified text plus an exact OffsetMap back to the raw string.

Stages, in order: sanitize (widths, spaces, zero-width), strip_pinyin, to_simplified (OpenCC),
strip_chrome. Each stage records its edits; the maps compose into one.
"""
from __future__ import annotations

from dataclasses import dataclass

from .chrome import strip_chrome
from .offsets import OffsetMap
from .pinyin import strip_pinyin
from .sanitize import sanitize
from .script import simplify, to_simplified

__all__ = ["Normalised", "OffsetMap", "normalise", "normalise_text", "simplify"]


@dataclass(frozen=True)
class Normalised:
    """The clean text, its map to the raw input, and the raw spans dropped as page chrome."""

    raw: str
    text: str
    offsets: OffsetMap
    chrome: tuple[tuple[int, int], ...]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw (start, end) for the clean span [start, end)."""
        return self.offsets.raw_span(start, end)


def normalise(raw: str, *, drop_chrome: bool = True) -> Normalised:
    """Normalise scraped text, recording where every character came from.

    >>> n = normalise("重慶(qìng)市\\n扫描二维码\\n")
    >>> n.text, n.raw_span(0, 3)
    ('重庆市\\n', (0, 9))
    """
    if not isinstance(raw, str):
        raise TypeError(f"normalise() expects str, got {type(raw).__name__}")
    text, offsets = sanitize(raw)
    for stage in (strip_pinyin, to_simplified):
        text, step = stage(text)
        offsets = offsets.then(step)
    if not drop_chrome:
        return Normalised(raw, text, offsets, ())
    text, step, dropped = strip_chrome(text)
    chrome = tuple(offsets.raw_span(start, end) for start, end in dropped if end > start)
    offsets = offsets.then(step)
    return Normalised(raw, text, offsets, chrome)


def normalise_text(raw: str, *, drop_chrome: bool = True) -> str:
    """Just the clean text: normalise_text("國(guó)家") == "国家"."""
    return normalise(raw, drop_chrome=drop_chrome).text

