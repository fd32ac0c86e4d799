"""The statistical NER model: a character CRF (python-crfsuite) trained on MSRA NER.

The rule-based finder uses it as a recall backstop for PERSON, ORG and GPE. Features are computed
on the normalised simplified text; training/train_ner.py builds the model with the same functions.
Tagging runs on the model's weight tables with numpy (decoder.py); crfsuite itself computes the
marginal probabilities of the few spans that need them.
"""
from __future__ import annotations

import io
import lzma
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from importlib import resources
from operator import add

import numpy as np

from .decoder import CRFDecoder

DATA = resources.files("govextract") / "data"
MODEL_NAME = "models/ner_crf.crfsuite.xz"
TABLES_NAME = "models/ner_crf_tables.npz"  # generated from MODEL_NAME by training/export_crf_tables.py
CHAR_CLASSES_NAME = "model_chars.tsv"
LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
MAX_PIECE = 200  # longer pieces are cut at a comma or pause mark, so CRF time stays linear
# Below this many characters crfsuite's own tagger is faster than the numpy decoder's fixed cost of
# about 0.12 ms (measured: equal at 80 characters, crfsuite 3.5x faster at 10, numpy 3.4x at 640).
# Both give the same path.
NUMPY_FROM = 80

# Feature-side canonical characters: full-width ASCII as ASCII (training text has both forms),
# every digit as 0 (the digit itself says nothing about names, and it keeps the model small).
_CANONICAL = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_CANONICAL.update({ord(d): "0" for d in "123456789"})
_CANONICAL.update({code: "0" for code in range(0xFF11, 0xFF1A)})
_CANONICAL.update({ord(c): " " for c in "\t\u3000\xa0"})

_CHINESE_NUMERALS = "〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟"
_PUNCTUATION = "，。、；：？！“”‘’（）《》〈〉【】—…·•・－,.;:?!\"'()[]<>-/%~@#&*+=_|"
# Pieces end after these characters; pieces too long are cut after _PAUSE characters.
_PIECE = re.compile(r"[^。！？!?；;\n]*[。！？!?；;\n]?")
_PAUSE = re.compile(r"[，,、 ]")


def _type_table() -> dict[int, str]:
    """str.translate table giving each character its type letter (H han, N numeral, D digit...)."""
    table = {code: "H" for code in range(0x3400, 0xA000)}
    table.update({code: "H" for code in range(0xF900, 0xFB00)})
    table.update({ord(c): "N" for c in _CHINESE_NUMERALS})
    table.update({ord(c): "D" for c in "0123456789"})
    table.update({ord(c): "L" for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"})
    table.update({ord(c): "P" for c in _PUNCTUATION})
    table[ord(" ")] = "W"
    return table


_TYPES = _type_table()
_OTHER = re.compile("[^HNDLPW]")


def load_char_classes(text: str) -> dict[int, str]:
    """Translate table char -> class letter from model_chars.tsv (char<TAB>classes like 'SP')."""
    table = {ord(letter): "-" for letter in _CLASS_LETTER.values()}  # ASCII letters are no class
    for line in text.splitlines():
        if line and not line.startswith("#") and not line.startswith("char\t"):
            char, classes = line.split("\t")[:2]
            table[ord(char)] = _CLASS_LETTER[classes]
    return table


# One letter for each combination of S(urname), O(rg suffix), P(lace suffix).
_CLASS_LETTER = {"S": "S", "O": "O", "P": "P", "SO": "a", "SP": "b", "OP": "c", "SOP": "d"}
_NO_CLASS = re.compile("[^SOPabcd]")


# The feature templates of the shipped model, in order; training/train_ner.py trains with the same.
# c: a character at an offset; b: the bigram starting at an offset; s: the characters either side;
# t: the character types of positions -1, 0, 1; f: their S/O/P classes (model_chars.tsv).
# The shipped model uses all 12 (a 9-template model was measured and not kept: docs/model.md).
ALL_TEMPLATES = ("c-2", "c-1", "c0", "c1", "c2", "b-2", "b-1", "b0", "b1", "s", "t", "f")
TEMPLATES = ALL_TEMPLATES


def features(sentence: str, classes: dict[int, str], templates: tuple[str, ...] = TEMPLATES
             ) -> list[tuple[str, ...]]:
    """One tuple of feature strings per character of `sentence` (already normalised).

    >>> features("李明", {ord("李"): "S"}, ALL_TEMPLATES)[0][:3]
    ('c-2^', 'c-1^', 'c0李')
    """
    n = len(sentence)
    canon = sentence.translate(_CANONICAL)
    c = "^^" + canon + "$$"  # c[i + 2] is the character at position i
    pairs = list(map(add, c[:-1], c[1:]))  # pairs[k] = c[k] + c[k + 1]
    columns = []
    for name in templates:
        kind, offset = name[0], int(name[1:] or 0)
        if kind == "c":
            columns.append(map(name.__add__, c[offset + 2:offset + 2 + n]))
        elif kind == "b":
            columns.append(map(name.__add__, pairs[offset + 2:offset + 2 + n]))
        elif kind == "s":
            columns.append(map(add, map("s".__add__, c[1:n + 1]), c[3:n + 3]))
        else:  # t and f: trigrams of a per-character letter
            letters = (_OTHER.sub("O", canon.translate(_TYPES)) if kind == "t"
                       else _NO_CLASS.sub("-", canon.translate(classes)))
            edged = "^" + letters + "$"
            columns.append(map(add, map(add, map(name.__add__, edged[:n]), letters), edged[2:n + 2]))
    return list(zip(*columns))


def pieces(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) for the sentences of `text`, none longer than MAX_PIECE characters."""
    for match in _PIECE.finditer(text):
        piece = match.group()
        if not piece.strip():
            continue
        start = match.start()
        while len(piece) > MAX_PIECE:
            cut = MAX_PIECE
            for pause in _PAUSE.finditer(piece, MAX_PIECE // 2, MAX_PIECE):
                cut = pause.end()
            yield start, piece[:cut]
            start, piece = start + cut, piece[cut:]
        yield start, piece


def _any_span(start: int, end: int, label: str) -> bool:
    return True


def spans_from_tags(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) from BIOES tags, leniently: a run of one type splits only at B/S/E.

    >>> spans_from_tags(["B-PER", "E-PER", "O", "S-LOC"])
    [(0, 2, 'PER'), (3, 4, 'LOC')]
    """
    spans: list[tuple[int, int, str]] = []
    if tags.count("O") == len(tags):  # most pieces: nothing to decode
        return spans
    start, kind = -1, ""
    for i, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        if start >= 0 and (prefix in "BSO" or label != kind):
            spans.append((start, i, kind))
            start = -1
        if prefix != "O" and start < 0:
            start, kind = i, label
        if start >= 0 and prefix in "ES":
            spans.append((start, i + 1, kind))
            start = -1
    if start >= 0:
        spans.append((start, len(tags), kind))
    return spans


class CRFModel:
    """A loaded CRF and its character classes; predict() gives spans over normalised text."""

    def __init__(self, model_bytes: bytes, char_classes: str, tables: Mapping[str, np.ndarray]) -> None:
        """`tables`: the arrays training/export_crf_tables.py derives from these model bytes."""
        import pycrfsuite

        self.model_bytes = model_bytes  # crfsuite reads the model from this buffer: keep it alive
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open_inmemory(model_bytes)
        self.classes = load_char_classes(char_classes)
        # a Tagger holds the last sequence for marginal(): one thread at a time per model
        self.lock = threading.Lock()
        self.decoder = CRFDecoder(tables, _CANONICAL, _TYPES, self.classes)

    def tag(self, sentence: str) -> list[str]:
        """The best label of each character of one sentence (normalised text)."""
        return self.tag_pieces([sentence])[0]

    def tag_pieces(self, texts: list[str]) -> list[list[str]]:
        """The best labels of each of `texts`: the numpy decoder for them all at once, or crfsuite
        one by one where they are too short together to repay the decoder's fixed cost."""
        if sum(map(len, texts)) >= NUMPY_FROM:
            return self.decoder.tag(texts)
        with self.lock:
            return [self.tagger.tag(features(text, self.classes)) for text in texts]

    def _tagged_pieces(self, text: str) -> list[tuple[int, str, list[str]]]:
        """(offset, piece, labels) for the pieces of `text`, tagged together."""
        cut = list(pieces(text))
        return [(offset, piece, tags) for (offset, piece), tags in zip(cut, self.tag_pieces([p for _, p in cut]))]

    def predict(self, text: str) -> list[tuple[int, int, str]]:
        """Entity spans (start, end, PERSON|ORG|GPE) in `text`, offsets in `text`."""
        return self.predict_kept(text, _any_span, 0.0)

    def predict_kept(self, text: str, keep: Callable[[int, int, str], bool], min_confidence: float
                     ) -> list[tuple[int, int, str]]:
        """The spans predict() gives that `keep` accepts and whose every tag has marginal probability
        >= min_confidence; marginals (crfsuite's forward-backward pass) are computed only for accepted
        spans, and only when min_confidence > 0."""
        found = []
        for offset, piece, tags in self._tagged_pieces(text):
            spans = [(offset + start, offset + end, LABELS[kind], start, end)
                     for start, end, kind in spans_from_tags(tags)]
            kept = [span for span in spans if keep(*span[:3])]
            if kept and min_confidence > 0:
                with self.lock:
                    self.tagger.set(features(piece, self.classes))
                    kept = [span for span in kept if all(self.tagger.marginal(tags[i], i) >= min_confidence
                                                          for i in range(span[3], span[4]))]
            found.extend(span[:3] for span in kept)
        return found

    def predict_scored(self, text: str) -> list[tuple[int, int, str, float]]:
        """Spans as predict() gives them, each with its confidence: the lowest marginal of its tags."""
        found = []
        for offset, piece, tags in self._tagged_pieces(text):
            spans = spans_from_tags(tags)
            if not spans:
                continue
            with self.lock:
                self.tagger.set(features(piece, self.classes))
                scored = [(start, end, kind, min(self.tagger.marginal(tags[i], i) for i in range(start, end)))
                          for start, end, kind in spans]
            found.extend((offset + start, offset + end, LABELS[kind], p) for start, end, kind, p in scored)
        return found


@lru_cache(maxsize=1)
def shipped_model() -> CRFModel:
    """The model shipped in govextract/data/models, loaded once (no network)."""
    model_bytes = lzma.decompress(DATA.joinpath(*MODEL_NAME.split("/")).read_bytes())
    with np.load(io.BytesIO(DATA.joinpath(*TABLES_NAME.split("/")).read_bytes())) as npz:
        tables = dict(npz)
    return CRFModel(model_bytes, (DATA / CHAR_CLASSES_NAME).read_text(encoding="utf-8"), tables)


def predict_entities(text: str, min_confidence: float = 0.0,
                     keep: Callable[[int, int, str], bool] | None = None) -> list[tuple[int, int, str]]:
    """PERSON, ORG and GPE spans the CRF finds in normalised simplified text.

    With min_confidence > 0, only spans whose every tag has at least that marginal probability; with
    keep, only spans (start, end, label) it accepts (checked first, so marginals are computed for fewer).

    >>> predict_entities("国务院总理王立新在北京会见了客人。")  # doctest: +SKIP
    [(0, 3, 'ORG'), (5, 8, 'PERSON'), (9, 11, 'GPE')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if not 0.0 <= min_confidence <= 1.0:
        raise ValueError(f"min_confidence must be between 0 and 1, not {min_confidence!r}")
    return shipped_model().predict_kept(text, keep or _any_span, min_confidence)
