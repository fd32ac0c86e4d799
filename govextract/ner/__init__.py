"""The entities component: PERSON, ORG, GPE, LOC, EVENT, LAW onto doc.ents and a span group."""
from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .rules import find_entities

SPAN_KEY = "govextract_entities"


class EntityRecognizer:
    """Finds entities in the normalised text; nested ones stay in doc.spans[SPAN_KEY]."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, label in find_entities(doc.text):
            span = doc.char_span(start, end, label=label)
            if span is not None:
                spans.append(span)
        set_entities(doc, spans)
        return doc


def set_entities(doc: Doc, spans: list[Span]) -> None:
    """Store all spans (overlaps allowed) in the span group, the longest non-overlapping in doc.ents."""
    doc.spans[SPAN_KEY] = spans
    doc.ents = filter_spans(spans)


@Language.factory("govextract_entities", default_config={})
def make_entity_recognizer(nlp: Language, name: str) -> EntityRecognizer:
    return EntityRecognizer(nlp, name)


def component_config() -> dict[str, Any]:
    return {}
