"""Builds and caches the spaCy pipeline; the only place that knows the components' order."""
from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import partial
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import backends as _backends
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
    return _backends.build(backend, COMPONENTS)


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
    anchor = doc._.date_anchor
    if anchor is not None and anchor.start is not None:
        anchor = replace(anchor, **_raw(offsets, anchor.start, anchor.end))
    return Document(
        text=doc_text(doc),
        entities=tuple(entities),
        roles=tuple(roles),
        dates=tuple(dates),
        aliases=tuple(aliases),
        publish_date=doc._.publish_date,
        date_anchor=anchor,
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
    return to_document(nlp(make_doc(nlp, text, publish_date)))


def extract_many(
    texts: Iterable[str],
    publish_dates: Iterable[Any] | None = None,
    *,
    batch_size: int = 64,
    n_process: int = 1,
    backend: str = "default",
) -> Iterator[Document]:
    """Stream Documents for any iterable of texts (with an optional parallel iterable of dates)."""
    dates = iter(publish_dates) if publish_dates is not None else None
    pairs = ((text, next(dates, None) if dates is not None else None) for text in texts)
    return extract_pairs(pairs, batch_size=batch_size, n_process=n_process, backend=backend)


def extract_pairs(
    pairs: Iterable[tuple[str, Any]], *, batch_size: int = 64, n_process: int = 1, backend: str = "default"
) -> Iterator[Document]:
    """Stream Documents for (text, publish_date) pairs, in input order."""
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
    if not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process must be a positive int, got {n_process!r}")
    load(backend)  # fail here, not inside a worker, on a bad backend
    return _stream(iter(pairs), batch_size, n_process, backend)


def _stream(pairs: Iterator[tuple[str, Any]], batch_size: int, n_process: int, backend: str) -> Iterator[Document]:
    if n_process > 1:
        # Documents are plain dataclasses and pickle; Docs with offset maps do not msgpack.
        # Input is fed a window at a time: Pool.imap alone would read the whole iterable ahead.
        window = batch_size * n_process * 2
        with multiprocessing.Pool(n_process, initializer=load, initargs=(backend,)) as pool:
            work = partial(_extract_pair, backend=backend)
            while chunk := list(islice(pairs, window)):
                yield from pool.imap(work, chunk, chunksize=batch_size)
        return
    nlp = load(backend)
    docs = (make_doc(nlp, text, date) for text, date in pairs)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield to_document(doc)


def _extract_pair(pair: tuple[Any, Any], backend: str) -> Document:
    return extract(pair[0], pair[1], backend=backend)
