"""The entities component: PERSON, ORG, GPE, LOC, EVENT, LAW onto doc.ents and a span group."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..chunking import MAX_LENGTH, over_pieces
from ..tokenizer import doc_text
from .rules import canonical_name, find_entities

SPAN_KEY = "govextract_entities"


class EntityRecognizer:
    """Finds entities in the normalised text; nested ones stay in doc.spans[SPAN_KEY]."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found = over_pieces(text, find_entities)  # a long text in pieces: memory stays bounded
        split_tokens_at(doc, (offset for start, end, _ in found for offset in (start, end)))
        spans = []
        for start, end, label in found:
            span = doc.char_span(start, end, label=label, kb_id=canonical_name(text[start:end], label) or "")
            if span is not None:
                spans.append(span)
        set_entities(doc, spans)
        return doc


def split_tokens_at(doc: Doc, offsets: Iterable[int]) -> None:
    """Split word tokens so that every offset in doc.text is a token boundary.

    Entities are found on the text, not on tokens; with a word segmenter (the pkuseg backend) an
    entity may start or end inside a word, and doc.char_span would give None and lose it.
    """
    if len(doc) == len(doc_text(doc)):  # one token per character: every offset is a boundary
        return
    cuts = sorted(set(offsets))
    with doc.retokenize() as retokenizer:
        for token in doc:
            first, end = token.idx, token.idx + len(token.text)
            inside = cuts[bisect_right(cuts, first):bisect_right(cuts, end - 1)]
            if inside:
                edges = [0, *(cut - first for cut in inside), len(token.text)]
                pieces = [token.text[a:b] for a, b in zip(edges, edges[1:])]
                retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))


def set_entities(doc: Doc, spans: list[Span]) -> None:
    """Store all spans (overlaps allowed) in the span group, the longest non-overlapping in doc.ents."""
    doc.spans[SPAN_KEY] = spans
    doc.ents = filter_spans(spans)


@Language.factory("govextract_entities", default_config={})
def make_entity_recognizer(nlp: Language, name: str) -> EntityRecognizer:
    nlp.max_length = max(nlp.max_length, MAX_LENGTH)  # also for a pipeline spacy.load() reads back
    return EntityRecognizer(nlp, name)


def component_config() -> dict[str, Any]:
    return {}
