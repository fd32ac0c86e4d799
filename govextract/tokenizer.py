"""A spaCy tokenizer that normalises raw scraped text, then makes characters or pkuseg words its tokens."""
from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc
from spacy.util import get_words_and_spaces, registry
from spacy.vocab import Vocab

from . import segmenters
from . import serialize as _serialize  # noqa: F401  registers msgpack encoders for Doc._ values
from .normalize import Normalised, normalise
from .normalize.offsets import OffsetMap

# what the tokenizer sets; each component registers its own (roles, aliases in govextract.roles)
for _name, _default in (("raw_text", None), ("offset_map", None), ("publish_date", None),
                        ("dates", None), ("chrome", None), ("clean_text", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


SEGMENTERS = ("char", "pkuseg")
CONFIG_FILE = "cfg"


class NormalisingTokenizer:
    """raw str -> Doc over the normalised text; doc._.offset_map maps it back to doc._.raw_text.

    ``segmenter`` picks the tokens, as in ``spacy.lang.zh``: ``char`` makes one token per character,
    ``pkuseg`` cuts words with the spacy-pkuseg model at ``pkuseg_model`` (None: the shipped model),
    with govextract's lexicons as user dictionary when ``pkuseg_user_dict`` is true. Both give the
    same clean text, offsets and ``doc._`` fields; to_disk saves the setting (and the pkuseg model).
    """

    def __init__(self, vocab: Vocab, segmenter: str = "char", pkuseg_model: str | Path | None = None,
                 pkuseg_user_dict: bool = True) -> None:
        if segmenter not in SEGMENTERS:
            raise ValueError(f"unknown segmenter {segmenter!r}; valid segmenters: {', '.join(SEGMENTERS)}")
        self.vocab = vocab
        self.segmenter = segmenter
        self.pkuseg_model = Path(pkuseg_model) if pkuseg_model else None
        self.pkuseg_user_dict = pkuseg_user_dict
        self._user_dict: list[str] | None = None
        self._pkuseg: Any = None

    def _words(self) -> Any:
        if self._pkuseg is None:
            with segmenters.load_lock:  # threads sharing one pipeline load the model once
                if self._pkuseg is None:
                    if self._user_dict is None:
                        self._user_dict = list(segmenters.lexicon_words()) if self.pkuseg_user_dict else []
                    model_dir = self.pkuseg_model or segmenters.shipped_model_dir()
                    self._pkuseg = segmenters.load_segmenter(model_dir, self._user_dict)
        return self._pkuseg

    def __call__(self, raw: str) -> Doc:
        normalised = normalise(raw)
        if self.segmenter == "char":
            chars = list(normalised.text)
            return attach_normalised(Doc(self.vocab, words=chars, spaces=[False] * len(chars)), normalised)
        words, spaces = get_words_and_spaces(segmenters.segment(self._words(), normalised.text), normalised.text)
        return attach_normalised(Doc(self.vocab, words=words, spaces=spaces), normalised)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def _settings(self) -> dict[str, Any]:
        return {"segmenter": self.segmenter, "pkuseg_user_dict": self.pkuseg_user_dict}

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        """The setting in ``cfg``; for pkuseg also the model files and the user dictionary, one word a line."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / CONFIG_FILE).write_text(json.dumps(self._settings()), encoding="utf-8")
        if self.segmenter != "pkuseg":
            return
        model_dir = self.pkuseg_model or segmenters.shipped_model_dir()
        for name in segmenters.MODEL_FILES:
            source = segmenters.checked_path(model_dir / name)
            if source.resolve() != (path / name).resolve():
                shutil.copyfile(source, path / name)
        if self._user_dict is None:
            self._user_dict = list(segmenters.lexicon_words()) if self.pkuseg_user_dict else []
        text = "".join(f"{word}\n" for word in self._user_dict)
        (path / segmenters.USER_DICT_FILE).write_text(text, encoding="utf-8")

    def from_disk(self, path: str | Path, **kwargs: Any) -> NormalisingTokenizer:
        path = Path(path)
        if (path / CONFIG_FILE).is_file():
            settings = json.loads((path / CONFIG_FILE).read_text(encoding="utf-8"))
            self.segmenter = settings.get("segmenter", self.segmenter)
            self.pkuseg_user_dict = settings.get("pkuseg_user_dict", self.pkuseg_user_dict)
        if self.segmenter == "pkuseg":
            self.pkuseg_model = path
            user_dict = segmenters.checked_path(path / segmenters.USER_DICT_FILE)
            self._user_dict = user_dict.read_text(encoding="utf-8").split()
            self._pkuseg = None
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return json.dumps(self._settings()).encode("utf-8")

    def from_bytes(self, data: bytes, **kwargs: Any) -> NormalisingTokenizer:
        if data:
            settings = json.loads(data.decode("utf-8"))
            self.segmenter = settings.get("segmenter", self.segmenter)
            self.pkuseg_user_dict = settings.get("pkuseg_user_dict", self.pkuseg_user_dict)
            self._pkuseg = None
        return self


def attach_normalised(doc: Doc, normalised: Normalised) -> Doc:
    """Keep the raw text, clean text, offset map and chrome spans on a Doc made from normalised.text."""
    doc._.raw_text = normalised.raw
    doc._.clean_text = normalised.text
    doc._.offset_map = normalised.offsets
    doc._.chrome = normalised.chrome
    return doc


@registry.tokenizers("govextract.normalising_tokenizer.v1")
def create_normalising_tokenizer(segmenter: str = "char", pkuseg_model: str | None = None,
                                 pkuseg_user_dict: bool = True) -> Callable[[Any], NormalisingTokenizer]:
    """spaCy's registry entry; ``[nlp.tokenizer] segmenter = "pkuseg"`` picks the word segmenter."""

    def make(nlp: Any) -> NormalisingTokenizer:
        return NormalisingTokenizer(nlp.vocab, segmenter, pkuseg_model, pkuseg_user_dict)

    return make


@registry.tokenizers("govextract.pkuseg_tokenizer.v1")
def create_pkuseg_tokenizer(model_dir: str | None = None,
                            user_dict: bool = True) -> Callable[[Any], NormalisingTokenizer]:
    """The older name of the normalising tokenizer with ``segmenter = "pkuseg"``, for pipelines saved before."""
    return create_normalising_tokenizer("pkuseg", model_dir, user_dict)


def doc_text(doc: Doc) -> str:
    """doc.text, kept from tokenisation: spaCy rebuilds doc.text from every token on each access."""
    text = doc._.clean_text
    return text if text is not None else doc.text


def doc_offset_map(doc: Doc) -> OffsetMap:
    """The doc's OffsetMap; identity for a Doc made by another tokenizer."""
    offsets = doc._.offset_map
    return offsets if offsets is not None else OffsetMap.identity(len(doc_text(doc)))
