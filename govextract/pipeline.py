"""Builds and caches the spaCy pipeline; the only place that knows the components' order."""
from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import backends as _backends
from . import chunking
from . import dates as _dates  # noqa: F401  registers govextract_dates
from . import ner as _ner  # noqa: F401  registers govextract_entities
from . import roles as _roles  # noqa: F401  registers govextract_roles
from . import tokenizer as _tokenizer  # noqa: F401  registers the tokenizer
from .document import Document, Entity, parse_publish_date
from .ner import SPAN_KEY
from .tokenizer import doc_offset_map, doc_text

BACKENDS = _backends.NAMES
COMPONENTS = ("govextract_entities", "govextract_roles", "govextract_dates")

_cache: dict[str, Language] = {}
_cache_lock = threading.Lock()


def build(backend: str = "default") -> Language:
    """A new pipeline: the backend's tokenizer (and models), then entities, roles, dates."""
    nlp = _backends.build(backend, COMPONENTS)
    nlp.max_length = chunking.MAX_LENGTH
    return nlp


def load(backend: str = "default") -> Language:
    """The shared, cached pipeline for a backend (built on first use)."""
    with _cache_lock:
        if backend not in _cache:
            _cache[backend] = build(backend)
        return _cache[backend]


def _check_text(text: Any) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("text must be str, got bytes: decode first, or use the CLI, which detects the encoding")
    raise TypeError(f"text must be str, got {type(text).__name__}")


def make_doc(nlp: Language, text: Any, publish_date: Any = None) -> Doc:
    """Tokenise (normalising) and attach the publish date, before any component runs."""
    date = parse_publish_date(publish_date)
    doc = nlp.make_doc(_check_text(text))
    doc._.publish_date = date
    return doc


def to_document(doc: Doc) -> Document:
    """Map a processed Doc's clean offsets back to the raw input and build the Document."""
    offsets = doc_offset_map(doc)
    spans = doc.spans[SPAN_KEY] if SPAN_KEY in doc.spans else doc.ents
    entities = []
    for span in sorted(spans, key=lambda s: (s.start_char, -s.end_char)):
        start, end = offsets.raw_span(span.start_char, span.end_char)
        entities.append(Entity(span.text, span.label_, start, end, span.kb_id_ or None))
    roles = [replace(r, **_raw(offsets, r.start, r.end)) for r in doc._.roles or ()]
    dates = [replace(d, **_raw(offsets, d.start, d.end)) for d in doc._.dates or ()]
    aliases = [replace(a, **_raw(offsets, a.start, a.end)) for a in doc._.aliases or ()]
    return Document(
        text=doc_text(doc),
        entities=tuple(entities),
        roles=tuple(roles),
        dates=tuple(dates),
        aliases=tuple(aliases),
        publish_date=doc._.publish_date,
    )


def _raw(offsets, start: int, end: int) -> dict[str, int]:
    raw_start, raw_end = offsets.raw_span(start, end)
    return {"start": raw_start, "end": raw_end}


def extract(text: str, publish_date: Any = None, *, backend: str = "default") -> Document:
    """Extract entities, roles and dates from one raw text.

    >>> extract("2019年8月26日，重庆市市长张三出席会议。").dates[0].value
    '2019-08-26'
    """
    nlp = load(backend)
    if isinstance(text, str) and len(text) > chunking.PIECE_MAX:  # pieces keep memory bounded
        return chunking.extract_long(nlp, text, parse_publish_date(publish_date), to_document)
    return to_document(nlp(make_doc(nlp, text, publish_date)))
