"""A text longer than one piece: normalised once, extracted piece by piece, stitched into one Document.

The cutting rule lives in chunking.py (a low layer the components use too); this module sits above the
pipeline's pieces because it builds a Document and keeps one role per position as the roles component does.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from .chunking import pieces
from .dates import DateExtractor
from .document import Document
from .normalize import normalise
from .roles.grammar import _dedupe as one_role_per_position


class Stitched:
    """Documents of clean pieces folded into one, each item's offsets mapped to raw as it arrives."""

    def __init__(self, raw_span: Callable[[int, int], tuple[int, int]]) -> None:
        self.raw_span = raw_span
        self.items: dict[str, list[Any]] = {"entities": [], "roles": [], "dates": [], "aliases": []}
        self.anchor: Any = None  # the first piece's clock: a dateline or header stands at the start

    def add(self, offset: int, part: Any) -> None:
        """Keep the items of a piece's Document whose clean text starts at offset (the piece is then dropped)."""
        if offset == 0 and part.date_anchor is not None:
            anchor = part.date_anchor
            self.anchor = anchor if anchor.start is None else self._raw(anchor, offset)
        for name, items in self.items.items():
            items.extend(self._raw(item, offset) for item in getattr(part, name))

    def _raw(self, item: Any, offset: int) -> Any:
        """The item with its piece offsets moved into the whole clean text and mapped back to raw."""
        start, end = self.raw_span(item.start + offset, item.end + offset)
        return dataclasses.replace(item, start=start, end=end)

    def document(self, text: str, publish_date: Any) -> Any:
        items = self.items
        roles = one_role_per_position(items["roles"])  # what the roles component does within one piece
        return Document(text=text, entities=tuple(items["entities"]), roles=tuple(roles),
                        dates=tuple(items["dates"]), aliases=tuple(items["aliases"]), publish_date=publish_date,
                        date_anchor=self.anchor)


def extract_long(nlp: Any, raw: str, publish_date: Any, to_document: Callable[[Any], Any]) -> Any:
    """The Document of a text longer than one piece: normalised once, extracted piece by piece.

    Normalisation is idempotent, so each clean piece reads the same through the tokenizer again and
    its offsets are offsets into the clean text, which the whole text's map takes back to raw. Only
    one piece's Doc is alive at a time: memory is the result's plus one piece's.
    """
    normalised = normalise(raw)
    clean = normalised.text
    stitched = Stitched(normalised.raw_span)
    dates = next((pipe for _, pipe in nlp.pipeline if isinstance(pipe, DateExtractor)), None)
    # the dates are read once over the whole text below: the pieces skip the dates component
    # (nlp.select_pipes would change the shared pipeline under other threads)
    components = [pipe for _, pipe in nlp.pipeline if pipe is not dates]
    for start, end in pieces(clean):
        doc = nlp.make_doc(clean[start:end])
        doc._.publish_date = publish_date
        for component in components:
            doc = component(doc)
        stitched.add(start, to_document(doc))
    if dates is not None:  # dates read over the whole text, with one clock, as nlp(text) reads them
        found, anchor = dates.read(clean, publish_date)
        stitched.add(0, Document(text=clean, dates=tuple(found), date_anchor=anchor))
    return stitched.document(clean, publish_date)
