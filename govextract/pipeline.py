"""Builds and caches the spaCy pipeline; the only place that knows the components' order."""
from __future__ import annotations

import multiprocessing
import threading
import warnings
from collections.abc import Iterable, Iterator
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
from .document import Document, parse_publish_date

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
    return Document.from_doc(nlp(make_doc(nlp, text, publish_date)))


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
        yield Document.from_doc(doc)


def _extract_pair(pair: tuple[Any, Any], backend: str) -> Document:
    return extract(pair[0], pair[1], backend=backend)
