"""The hanlp backend: the default character tokens and rules, plus a HanLP RNN NER model.

The model (``training/train_hanlp.py``, MSRA NER train) adds PERSON, ORG and GPE entities where the
rules found nothing: a rule entity wins over any model entity that overlaps it.
"""
from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..data import data_path, read_table, read_words
from ..intervals import SpanIndex
from ..ner import SPAN_KEY, set_entities, split_tokens_at
from ..tokenizer import doc_text
from . import CorruptModelError

COMPONENT = "govextract_hanlp_entities"
MODEL_FILES = ("config.json", "vocabs.json", "model.pt")
LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}  # MSRA's types -> govextract's labels
MAX_SENTENCE = 200  # characters a model input may hold; longer sentences are cut
_SENTENCE_END = re.compile(r"(?<=[。！？!?；;\n])")
_NAME_CHARS = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·]*[\u4e00-\u9fff]")
_load_lock = threading.RLock()


def shipped_model_dir() -> Path:
    """Where the package keeps its trained NER model."""
    return Path(str(data_path("models"))) / "hanlp"


@lru_cache(maxsize=1)
def _recognizer_class() -> type:
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

    class CRFFixedRecognizer(RNNNamedEntityRecognizer):
        """HanLP 2.1's RNN NER with its CRF reading batches the right way round.

        RNNTaggingModel builds its CRF with the constraints where batch_first belongs, so the CRF
        takes batches for time steps: the loss falls while span F1 stays at zero.
        """

        def build_model(self, *args: Any, **kwargs: Any) -> Any:
            model = super().build_model(*args, **kwargs)
            if getattr(model, "crf", None) is not None:
                model.crf.batch_first = True
            return model

    return CRFFixedRecognizer


def __getattr__(name: str) -> Any:
    # A saved model's config.json names this class; hanlp.load(save_dir) can then rebuild it.
    if name == "CRFFixedRecognizer":
        return _recognizer_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def new_recognizer() -> Any:
    """An untrained HanLP RNN NER with the CRF fix, ready for fit()."""
    return _recognizer_class()()


def load_recognizer(model_dir: str | Path) -> Any:
    """A trained recognizer from a model directory, on the CPU; CorruptModelError names a bad file."""
    model_dir = Path(model_dir)
    for name in MODEL_FILES:
        path = model_dir / name
        if not path.is_file():
            raise CorruptModelError(path, "the file is missing")
        if name.endswith(".json"):
            try:
                json.loads(path.read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:
                raise CorruptModelError(path, f"not JSON: {exc}") from exc
    recognizer = new_recognizer()
    with _load_lock:
        try:
            recognizer.load(str(model_dir), devices=-1, verbose=False)
        except Exception as exc:  # torch raises several types on a damaged file
            raise CorruptModelError(model_dir / "model.pt", f"{type(exc).__name__}: {exc}") from exc
    return recognizer


@lru_cache(maxsize=1)
def _lexicons() -> tuple[frozenset[str], tuple[str, ...]]:
    surnames = frozenset(word for word in read_words("surnames.tsv") if not word.isascii())
    suffixes = tuple(sorted({row[0] for row in read_table("org_suffixes.tsv")}, key=len, reverse=True))
    return surnames, suffixes


def plausible(text: str, label: str) -> bool:
    """Whether a model entity looks like one: Chinese characters only, PERSON opening with a surname
    (or a foreign name with ·), ORG closing with an organisation suffix, GPE of three or more characters.

    >>> [plausible(t, l) for t, l in [("欧阳娜娜", "PERSON"), ("嘉宾", "PERSON"), ("  ", "GPE"), ("蓝天公司", "ORG")]]
    [True, False, False, True]
    """
    if not _NAME_CHARS.fullmatch(text):
        return False
    surnames, suffixes = _lexicons()
    if label == "PERSON":
        return "·" in text or text[0] in surnames or text[:2] in surnames
    if label == "ORG":
        return text.endswith(suffixes)
    return len(text) >= 3


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) pieces of a text, none longer than MAX_SENTENCE, blank ones skipped.

    >>> list(sentences("张三到北京。李四留在上海。"))
    [(0, '张三到北京。'), (6, '李四留在上海。')]
    """
    offset = 0
    for piece in _SENTENCE_END.split(text):
        for start in range(0, len(piece), MAX_SENTENCE):
            chunk = piece[start:start + MAX_SENTENCE]
            if chunk.strip():
                yield offset + start, chunk
        offset += len(piece)


class HanlpEntityRecognizer:
    """Adds the HanLP model's entities to those of the rules, where they overlap none of them."""

    def __init__(self, nlp: Language, name: str, model_dir: str | None = None, batch_size: int = 32) -> None:
        self.name = name
        self.model_dir = Path(model_dir) if model_dir else shipped_model_dir()
        self.batch_size = batch_size
        self._recognizer: Any = None

    @property
    def recognizer(self) -> Any:
        if self._recognizer is None:
            with _load_lock:  # threads sharing one pipeline load the model once
                if self._recognizer is None:
                    self._recognizer = load_recognizer(self.model_dir)
        return self._recognizer

    def find_entities(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, label) of the model's PERSON, ORG and GPE entities in text."""
        pieces = list(sentences(text))
        if not pieces:
            return []
        outputs = self.recognizer.predict([list(chunk) for _, chunk in pieces], batch_size=self.batch_size)
        found = []
        for (offset, _), entities in zip(pieces, outputs):
            for _, kind, begin, end in entities:
                start, stop = offset + begin, offset + end
                if kind in LABELS and plausible(text[start:stop], LABELS[kind]):
                    found.append((start, stop, LABELS[kind]))
        return found

    def __call__(self, doc: Doc) -> Doc:
        rules = doc.spans[SPAN_KEY] if SPAN_KEY in doc.spans else doc.ents
        kept = [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in rules]
        taken = SpanIndex((r_start, r_end) for r_start, r_end, _, _ in kept)
        gaps = [(start, end, label, "") for start, end, label in self.find_entities(doc_text(doc))
                if not taken.overlaps(start, end)]
        if not gaps:
            return doc
        split_tokens_at(doc, (offset for start, end, _, _ in gaps for offset in (start, end)))
        spans = [doc.char_span(start, end, label=label, kb_id=kb_id) for start, end, label, kb_id in kept + gaps]
        set_entities(doc, [span for span in spans if span is not None])
        return doc


@Language.factory(COMPONENT, default_config={"model_dir": None, "batch_size": 32})
def make_hanlp_entity_recognizer(nlp: Language, name: str, model_dir: str | None, batch_size: int
                                 ) -> HanlpEntityRecognizer:
    return HanlpEntityRecognizer(nlp, name, model_dir, batch_size)
