"""Train a spacy-pkuseg segmentation model on the PFR 1998-01 corpus, in govextract's normal form.

The PFR file has one paragraph a line: an id ``19980101-01-001-001/m`` then ``word/POS`` tokens;
multi-word names are bracketed, ``[中央/n  人民/n  广播/vn  电台/n]nt``. The brackets are dropped and the
inner words kept apart (the PKU standard that SIGHAN scores against); govextract's user dictionary
joins the names it knows at run time. Words go through ``normalise`` so that the model sees the
same half-width digits and punctuation as the tokenizer feeds it.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import numpy as np
import srsly

from govextract.normalize import normalise

TEST_FROM = "19980126"  # the fixed PFR split: paragraphs from this date on are held out
MODEL_FILES = ("features.msgpack", "weights.npz")

_TOKEN = re.compile(r"^\[?(?P<word>.+?)/[A-Za-z]+(?:\][A-Za-z]+)?$")


def pfr_words(line: str) -> tuple[str, list[str]]:
    """The paragraph id and its normalised words.

    >>> pfr_words("19980101-01-001-002/m  中共中央/nt  总书记/n  [中央/n  电视台/n]nt  １/m")
    ('19980101-01-001-002', ['中共中央', '总书记', '中央', '电视台', '1'])
    """
    tokens = line.split()
    if not tokens:
        return "", []
    paragraph_id = tokens[0].split("/")[0]
    words: list[str] = []
    for token in tokens[1:]:
        match = _TOKEN.match(token)
        word = match.group("word") if match else token
        words.extend(_normal_words(word))
    return paragraph_id, words


@lru_cache(maxsize=200_000)
def _normal_words(word: str) -> tuple[str, ...]:
    # PFR has ~55,000 word types in 1.1 million tokens: normalise each type once.
    return tuple(normalise(word).text.split())


def pfr_paragraphs(path: str | Path, *, split: str = "train", limit: int | None = None) -> Iterator[list[str]]:
    """Word lists of the PFR paragraphs in a split: 'train' (before 1998-01-26) or 'test'."""
    if split not in ("train", "test"):
        raise ValueError(f"split must be 'train' or 'test', got {split!r}")
    count = 0
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            paragraph_id, words = pfr_words(line)
            if not words or (paragraph_id[:8] < TEST_FROM) != (split == "train"):
                continue
            yield words
            count += 1
            if limit is not None and count >= limit:
                return


def write_corpus(paragraphs: Iterable[list[str]], path: str | Path) -> int:
    """One paragraph a line, words split by spaces (spacy-pkuseg's training format)."""
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for words in paragraphs:
            out.write(" ".join(words) + "\n")
            count += 1
    return count


@contextmanager
def _in_directory(path: Path) -> Iterator[None]:
    # spacy-pkuseg writes its temporary files under the working directory.
    previous = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)


def train_segmenter(
    train: Iterable[list[str]], test: Iterable[list[str]], save_dir: str | Path, *, iterations: int = 3
) -> Path:
    """Train spacy-pkuseg on word lists; the model files land in save_dir."""
    import spacy_pkuseg

    save_dir = Path(save_dir).resolve()
    save_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="govextract-pkuseg-") as work:
        work_dir = Path(work)
        write_corpus(train, work_dir / "train.txt")
        write_corpus(test, work_dir / "test.txt")
        with _in_directory(work_dir):
            spacy_pkuseg.train(str(work_dir / "train.txt"), str(work_dir / "test.txt"), str(save_dir),
                               train_iter=iterations)
    for leftover in save_dir.iterdir():
        if leftover.name not in MODEL_FILES:
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
    return save_dir


def prune_model(model_dir: str | Path, threshold: float) -> tuple[int, int]:
    """Drop features whose weights are all below threshold in size; (features before, after).

    Also drops the word-bigram list, which spacy-pkuseg reads only while training.
    """
    model_dir = Path(model_dir)
    features = srsly.read_msgpack(model_dir / "features.msgpack")
    npz = np.load(model_dir / "weights.npz")
    n_tag, n_feature = (int(x) for x in npz["sizes"])
    weights = npz["w"]
    node = weights[: n_tag * n_feature].reshape(n_feature, n_tag)
    keep = np.abs(node).max(axis=1) >= threshold
    keep[0] = True  # feature 0 is the start feature every node carries
    features["bigram"] = []  # read only while training
    new_index = np.cumsum(keep) - 1
    features["feature_to_idx"] = {
        name: int(new_index[idx]) for name, idx in features["feature_to_idx"].items() if keep[idx]
    }
    kept = node[keep]
    w = np.concatenate([kept.reshape(-1), weights[n_tag * n_feature:]]).astype(np.float64)
    srsly.write_msgpack(model_dir / "features.msgpack", features)
    np.savez_compressed(model_dir / "weights.npz", sizes=np.array([n_tag, int(keep.sum())]), w=w)
    return n_feature, int(keep.sum())
