"""Many texts: extract_many streams Documents in input order, in one process or a pool, past bad inputs."""
from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Any, Literal

from .document import Document
from .pipeline import extract, load

OnError = Literal["raise", "skip", "record"]
ON_ERROR = ("raise", "skip", "record")


@dataclass(frozen=True)
class Failure:
    """An input that gave no Document: its position in the input, the reason, the exception's class.

    extract_many(..., on_error="record") yields one in the place of the Document.
    """

    index: int
    error: str
    exception: str

    def to_dict(self) -> dict[str, Any]:
        """{"index", "error", "exception"}, as the CLI's errors file writes them."""
        return {"index": self.index, "error": self.error, "exception": self.exception}


def extract_many(
    texts: Iterable[str],
    publish_dates: Iterable[Any] | None = None,
    *,
    batch_size: int = 64,
    n_process: int = 1,
    backend: str = "default",
    on_error: OnError = "raise",
) -> Iterator[Document | Failure]:
    """Stream Documents for any iterable of texts, with an optional iterable of one date per text.

    on_error says what a text that fails (not a str, a bad date, anything raised inside) does:
    "raise" stops there, "skip" leaves it out, "record" yields a Failure in its place.

    >>> [type(d).__name__ for d in extract_many(["市长王小明出席。", 42], on_error="record")]
    ['Document', 'Failure']
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError("texts must be an iterable of str, got a single str: use extract() for one text")
    return extract_pairs(_pairs(texts, publish_dates), batch_size=batch_size, n_process=n_process,
                         backend=backend, on_error=on_error)


def _pairs(texts: Iterable[Any], publish_dates: Iterable[Any] | None) -> Iterator[tuple[Any, Any]]:
    if publish_dates is None:
        yield from ((text, None) for text in texts)
        return
    dates, missing = iter(publish_dates), object()
    count = 0
    for count, text in enumerate(texts, 1):
        date = next(dates, missing)
        if date is missing:
            raise ValueError(f"publish_dates ran out after {count - 1} dates; give one date (or None) per text")
        yield text, date
    if next(dates, missing) is not missing:
        raise ValueError(f"publish_dates has more dates than the {count} texts; give one date (or None) per text")


def extract_pairs(
    pairs: Iterable[tuple[Any, Any]],
    *,
    batch_size: int = 64,
    n_process: int = 1,
    backend: str = "default",
    on_error: OnError = "raise",
) -> Iterator[Document | Failure]:
    """Stream Documents (or Failures) for (text, publish_date) pairs, in input order."""
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
    if not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process must be a positive int, got {n_process!r}")
    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be one of {', '.join(ON_ERROR)}; got {on_error!r}")
    load(backend)  # fail here, not inside a worker, on a bad backend
    return _stream(enumerate(pairs), batch_size, n_process, backend, on_error)


def _stream(pairs: Iterator[tuple[int, tuple[Any, Any]]], batch_size: int, n_process: int, backend: str,
            on_error: OnError) -> Iterator[Document | Failure]:
    work = partial(_extract_pair, backend=backend, catch=on_error != "raise")
    if n_process == 1:
        results: Iterator[Document | Failure] = map(work, pairs)
    else:
        results = _pooled(pairs, work, batch_size, n_process, backend)
    for result in results:
        if isinstance(result, Failure) and on_error == "skip":
            continue
        yield result


def _pooled(pairs: Iterator[Any], work: Any, batch_size: int, n_process: int, backend: str) -> Iterator[Any]:
    # The one multi-process path: a pool of workers, each with its pipeline loaded once. Documents
    # pickle as plain dataclasses; it measured faster than nlp.pipe(n_process=...), which sends Docs.
    # Input is fed a window at a time: Pool.imap alone would read the whole iterable ahead.
    window = batch_size * n_process * 2
    with multiprocessing.Pool(n_process, initializer=load, initargs=(backend,)) as pool:
        while chunk := list(islice(pairs, window)):
            yield from pool.imap(work, chunk, chunksize=max(1, min(batch_size, len(chunk) // n_process)))


def _extract_pair(item: tuple[int, tuple[Any, Any]], backend: str, catch: bool) -> Document | Failure:
    index, (text, date) = item
    if not catch:
        return extract(text, date, backend=backend)
    try:
        return extract(text, date, backend=backend)
    except Exception as error:  # noqa: BLE001  any failure of one input is that input's record
        return Failure(index, _reason(error), type(error).__name__)


def _reason(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
