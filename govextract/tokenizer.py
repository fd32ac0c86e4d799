"""A spaCy tokenizer that normalises raw scraped text and makes one token per character."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from . import serialize as _serialize  # noqa: F401  registers msgpack encoders for Doc._ values
from .normalize import Normalised, normalise
from .normalize.offsets import OffsetMap

# what the tokenizer sets; each component registers its own (roles, aliases in govextract.roles)
for _name, _default in (("raw_text", None), ("offset_map", None), ("publish_date", None),
                        ("dates", None), ("chrome", None), ("clean_text", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class NormalisingTokenizer:
    """raw str -> Doc over the normalised text; doc._.offset_map maps it back to doc._.raw_text."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, raw: str) -> Doc:
        normalised = normalise(raw)
        chars = list(normalised.text)
        return attach_normalised(Doc(self.vocab, words=chars, spaces=[False] * len(chars)), normalised)

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        """Nothing to save: the tokenizer has no state beyond the package's data files."""

    def from_disk(self, path: Any, **kwargs: Any) -> NormalisingTokenizer:
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> NormalisingTokenizer:
        return self


def attach_normalised(doc: Doc, normalised: Normalised) -> Doc:
    """Keep the raw text, clean text, offset map and chrome spans on a Doc made from normalised.text."""
    doc._.raw_text = normalised.raw
    doc._.clean_text = normalised.text
    doc._.offset_map = normalised.offsets
    doc._.chrome = normalised.chrome
    return doc


@registry.tokenizers("govextract.normalising_tokenizer.v1")
def create_normalising_tokenizer() -> Callable[[Any], NormalisingTokenizer]:
    def make(nlp: Any) -> NormalisingTokenizer:
        return NormalisingTokenizer(nlp.vocab)

    return make


def doc_text(doc: Doc) -> str:
    """doc.text, kept from tokenisation: spaCy rebuilds doc.text from every token on each access."""
    text = doc._.clean_text
    return text if text is not None else doc.text


def doc_offset_map(doc: Doc) -> OffsetMap:
    """The doc's OffsetMap; identity for a Doc made by another tokenizer."""
    offsets = doc._.offset_map
    return offsets if offsets is not None else OffsetMap.identity(len(doc_text(doc)))
