"""govextract: people, titles, organisations, places, events, documents and dates from Chinese
government press releases, with offsets into the original text."""
from __future__ import annotations

from .batch import Failure, extract_many
from .document import Alias, DateMention, Document, Entity, Person, Role
from .frames import to_frames
from .normalize import OffsetMap, normalise
from .pipeline import extract, load

__version__ = "0.1.0"

__all__ = [
    "Alias",
    "DateMention",
    "Document",
    "Entity",
    "Failure",
    "OffsetMap",
    "Person",
    "Role",
    "extract",
    "extract_many",
    "load",
    "normalise",
    "to_frames",
    "__version__",
]
