"""The dates component: date mentions with ISO 8601 values onto doc._.dates."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..chunking import over_pieces
from ..tokenizer import doc_text
from .grammar import find_dates


class DateExtractor:
    """Finds dates in doc.text and resolves years from the document or doc._.publish_date."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = over_pieces(doc_text(doc), lambda piece: find_dates(piece, doc._.publish_date))
        return doc


@Language.factory("govextract_dates", default_config={})
def make_date_extractor(nlp: Language, name: str) -> DateExtractor:
    return DateExtractor(nlp, name)
