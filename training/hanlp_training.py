"""Train the HanLP RNN NER of the hanlp backend on MSRA NER (``char<TAB>tag`` lines, BIO)."""
from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from govextract.backends.hanlp import new_recognizer
from govextract.normalize import normalise

Sentence = list[tuple[str, str]]  # (character, BIO tag)


def read_bio(path: str | Path) -> Iterator[Sentence]:
    """Sentences of a char-per-line BIO file; blank lines separate sentences."""
    sentence: Sentence = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 2 and fields[0]:
                sentence.append((fields[0], fields[1]))
            elif sentence:
                yield sentence
                sentence = []
    if sentence:
        yield sentence


def normalised(sentence: Sentence) -> Sentence:
    """The sentence with each character as govextract's normaliser writes it (１ -> 1, ， -> ,)."""
    out = []
    for char, tag in sentence:
        clean = normalise(char).text
        if len(clean) == 1 and not clean.isspace():
            out.append((clean, tag))
        elif not clean.strip() and tag == "O":
            continue
        else:
            out.append((char, tag))
    return out


def write_bio(sentences: Sequence[Sentence], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for sentence in sentences:
            out.writelines(f"{char}\t{tag}\n" for char, tag in sentence)
            out.write("\n")


def split_sentences(path: str | Path, train_size: int | None, dev_size: int, seed: int = 13
                    ) -> tuple[list[Sentence], list[Sentence]]:
    """A random train subset (None: all the rest) and a disjoint dev subset of a BIO file, normalised."""
    sentences = [s for s in read_bio(path) if len(s) <= 200]
    random.Random(seed).shuffle(sentences)
    dev = [normalised(s) for s in sentences[:dev_size]]
    rest = sentences[dev_size:] if train_size is None else sentences[dev_size:dev_size + train_size]
    train = [normalised(s) for s in rest]
    return train, dev


def read_vectors(path: str | Path) -> dict[str, list[float]]:
    """Character vectors from a word2vec text file (its first line is the count and dimension)."""
    vectors = {}
    with open(path, encoding="utf-8") as lines:
        next(lines)
        for line in lines:
            token, *values = line.rstrip("\n").split(" ")
            vectors[token] = [float(v) for v in values]
    return vectors


def start_embeddings(embed: Any, vocab: Any, vectors: dict[str, list[float]]) -> None:
    """Copy pretrained vectors into the rows of the characters they name, scaled to unit deviation
    (the spread of a fresh embedding); characters without a vector keep their random start."""
    import torch

    known = [(index, vectors[token]) for token, index in vocab.token_to_idx.items() if token in vectors]
    if not known:
        return
    matrix = torch.tensor([vector for _, vector in known], dtype=embed.weight.dtype)
    matrix /= matrix.std()
    with torch.no_grad():
        embed.weight[torch.tensor([index for index, _ in known])] = matrix


def _start_from(recognizer: Any, vectors: dict[str, list[float]] | None, saved: str | Path | None) -> None:
    """Make fit() build its model from pretrained vectors or from a saved model's weights (the same split
    builds the same vocabulary, so they fit). Only this recognizer's build is wrapped: the saved config
    still names the backend's class, which loads without any of this."""
    import torch

    state = torch.load(Path(saved) / "model.pt", map_location="cpu") if saved else None
    build = recognizer.build_model

    def build_model(*args: Any, **kwargs: Any) -> Any:
        model = build(*args, **kwargs)
        if vectors and model.embed is not None:
            start_embeddings(model.embed, recognizer.vocabs[recognizer.config.token_key], vectors)
        if state is not None:
            model.load_state_dict(state)
        return model

    recognizer.build_model = build_model


def train_recognizer(train: Sequence[Sentence], dev: Sequence[Sentence], save_dir: str | Path, *,
                     epochs: int = 5, rnn_hidden: int = 128, crf: bool = True, vectors: str | Path | None = None,
                     start_from: str | Path | None = None, **kwargs: Any) -> dict[str, Any]:
    """Fit HanLP's RNN NER (nothing downloaded), its embeddings learnt from random or from `vectors`
    (training/char_vectors.py); a summary dict."""
    save_dir = Path(save_dir)
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="govextract-hanlp-") as work:
        trn_file, dev_file = Path(work) / "train.bio", Path(work) / "dev.bio"
        write_bio(train, trn_file)
        write_bio(dev, dev_file)
        recognizer = new_recognizer()
        if vectors or start_from:
            _start_from(recognizer, read_vectors(vectors) if vectors else None, start_from)
        recognizer.fit(str(trn_file), str(dev_file), str(save_dir), embed=100, rnn_hidden=rnn_hidden,
                       epochs=epochs, crf=crf, tagging_scheme="BIO", devices=-1, verbose=False, **kwargs)
    seconds = time.time() - started
    return {"seconds": round(seconds), "dev_f1": round(span_f1(recognizer, dev), 4), "train_sentences": len(train)}


def bio_spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) of the entities in a BIO tag sequence.

    >>> sorted(bio_spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]))
    [(0, 2, 'PER'), (3, 4, 'LOC'), (4, 5, 'LOC'), (5, 6, 'ORG')]
    """
    spans, start, kind = set(), None, ""
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            spans.add((start, i, kind))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = i, tag[2:]
    return spans


def span_f1(recognizer: Any, sentences: Sequence[Sentence]) -> float:
    """Exact-span F1 of a recognizer's predictions on BIO sentences."""
    predicted = recognizer.predict([[char for char, _ in s] for s in sentences])
    right = guessed = expected = 0
    for sentence, entities in zip(sentences, predicted):
        gold = bio_spans([tag for _, tag in sentence])
        pred = {(begin, end, kind) for _, kind, begin, end in entities}
        right, guessed, expected = right + len(gold & pred), guessed + len(pred), expected + len(gold)
    return 2 * right / (guessed + expected) if guessed + expected else 0.0
