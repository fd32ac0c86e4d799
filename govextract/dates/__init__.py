"""The dates component: date mentions with ISO 8601 values onto doc._.dates, the document
clock's anchor onto doc._.date_anchor."""
from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from .. import chunking
from ..chunking import over_pieces, shifted
from ..document import DateAnchor, DateMention
from ..tokenizer import doc_text
from .grammar import find_dates, read_dates
from .settings import DateSettings

__all__ = ["DateExtractor", "DateSettings", "find_dates", "read_dates"]

if not Doc.has_extension("date_anchor"):
    Doc.set_extension("date_anchor", default=None)


class DateExtractor:
    """Finds dates in doc.text and resolves them against doc._.publish_date or the text's own date."""

    def __init__(self, nlp: Language, name: str, settings: DateSettings | None = None) -> None:
        self.name = name
        self.settings = settings or DateSettings()

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates, doc._.date_anchor = self.read(doc_text(doc), doc._.publish_date)
        return doc

    def read(self, text: str, publish_date: dt.date | None) -> tuple[list[DateMention], DateAnchor | None]:
        """The dates of a clean text and its clock's anchor, offsets in text; extract() reads a long text
        through this too, so nlp(text) and extract(text) agree on every date."""
        if len(text) <= chunking.PIECE_MAX:
            return read_dates(text, publish_date, self.settings)
        # a long text in pieces: the anchor from its first piece (a dateline, a header), else its last
        # (a signed date); every piece then counts from that day
        spans = list(chunking.pieces(text))
        anchor = read_dates(text[:spans[0][1]], publish_date, self.settings)[1]
        if anchor is None:
            start, end = spans[-1]
            found = read_dates(text[start:end], None, self.settings)[1]
            anchor = shifted(found, start) if found is not None and found.start is not None else found
        day = anchor.value if anchor is not None else None
        return over_pieces(text, lambda piece: find_dates(piece, day, self.settings)), anchor


@Language.factory(
    "govextract_dates",
    default_config={"prefer_dates_from": "nearest", "after_days": 120, "before_days": 60, "dateline_window": 300},
)
def make_date_extractor(nlp: Language, name: str, prefer_dates_from: str, after_days: int, before_days: int,
                        dateline_window: int) -> DateExtractor:
    settings = DateSettings(prefer_dates_from, after_days, before_days, dateline_window)
    return DateExtractor(nlp, name, settings)
