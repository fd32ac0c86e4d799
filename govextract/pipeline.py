"""Builds and caches the spaCy pipeline; the only place that knows the components' order."""
from __future__ import annotations

import threading
import warnings
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import backends as _backends
from . import chunking, stitching
from . import dates as _dates  # noqa: F401  registers govextract_dates
from . import ner as _ner  # noqa: F401  registers govextract_entities
from . import roles as _roles  # noqa: F401  registers govextract_roles
from . import tokenizer as _tokenizer  # noqa: F401  registers the tokenizer
from .document import Document, parse_publish_date

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
    """Deprecated: use Document.from_doc(doc)."""
    warnings.warn("govextract.pipeline.to_document is deprecated: use Document.from_doc(doc)",
                  DeprecationWarning, stacklevel=2)
    return Document.from_doc(doc)


def extract(text: str, publish_date: Any = None, *, backend: str = "default") -> Document:
    """Extract entities, roles and dates from one raw text.

    >>> extract("2019年8月26日，重庆市市长张三出席会议。").dates[0].value
    '2019-08-26'
    """
    nlp = load(backend)
    if isinstance(text, str) and len(text) > chunking.PIECE_MAX:  # pieces keep memory bounded
        return stitching.extract_long(nlp, text, parse_publish_date(publish_date), Document.from_doc)
    return Document.from_doc(nlp(make_doc(nlp, text, publish_date)))
