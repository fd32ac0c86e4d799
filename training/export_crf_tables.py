#!/usr/bin/env python3
"""Derive the CRF's decoding tables (govextract/data/models/ner_crf_tables.npz) from the crfsuite model.

The runtime scores characters with numpy instead of handing crfsuite twelve feature strings per
character: this script reads every state feature (attribute, label, weight) and the transition
matrix out of the shipped crfsuite model and writes them grouped by feature template, keyed by
character ids instead of strings. The weights are read from the model's binary feature chunk, so they
are the model's own float64 values, not the 6-decimal text of crfsuite's dump.

train_ner.py runs this after training; tests/ner/test_model.py rebuilds the tables from the shipped
model and compares them with the shipped file.

Usage: python training/export_crf_tables.py [--model FILE.crfsuite.xz] [--output FILE.npz]
"""
from __future__ import annotations

import argparse
import io
import lzma
import struct
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govextract.ner.decoder import CHAR_TEMPLATES, PAIR_TEMPLATES, TRIGRAM_LETTERS  # noqa: E402
from govextract.ner.model import ALL_TEMPLATES, MODEL_NAME, TABLES_NAME  # noqa: E402

DATA = ROOT / "govextract" / "data"
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


def read_features(model_bytes: bytes) -> np.ndarray:
    """Every feature record of a crfsuite CRF1d model: (type, src, dst, weight); type 0 is a state
    feature (src an attribute id, dst a label id), type 1 a transition (src and dst label ids)."""
    if model_bytes[:4] != b"lCRF" or model_bytes[8:12] != b"FOMC":
        raise ValueError("not a crfsuite CRF1d model")
    off_features = struct.unpack_from("<I", model_bytes, 28)[0]
    chunk, _, count = struct.unpack_from("<4sII", model_bytes, off_features)
    if chunk != b"FEAT":
        raise ValueError("the model's feature chunk is missing")
    return np.frombuffer(model_bytes, dtype=_FEATURE, count=count, offset=off_features + 12)


def template_of(attribute: str) -> tuple[str, str]:
    """(template, key) of one feature string: 'c-1李' -> ('c-1', '李'), 'b0中国' -> ('b0', '中国')."""
    for name in ALL_TEMPLATES:
        if attribute.startswith(name) and len(attribute) == len(name) + _KEY_LENGTH[name[0]]:
            return name, attribute[len(name):]
    raise ValueError(f"feature {attribute!r} belongs to no template")


_KEY_LENGTH = {"c": 1, "b": 2, "s": 2, "t": 3, "f": 3}


def tables(model_bytes: bytes) -> dict[str, np.ndarray]:
    """The arrays of the .npz: labels, transitions, the character vocabulary, and per template its
    sorted integer keys and a weight row (one weight per label) for each key."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(model_bytes)
    info = tagger.info()
    labels = tagger.labels()
    label_ids = [int(info.labels[label]) for label in labels]
    if label_ids != list(range(len(labels))):
        raise ValueError("labels are not numbered in order")
    attributes = {int(aid): name for name, aid in info.attributes.items()}
    records = read_features(model_bytes)
    n_labels = len(labels)
    transitions = np.zeros((n_labels, n_labels))
    moves = records[records["type"] == 1]
    transitions[moves["src"], moves["dst"]] = moves["weight"]
    states = records[records["type"] == 0]

    named = {aid: template_of(name) for aid, name in attributes.items()}
    chars = sorted({ch for template, key in named.values() if template[0] in "cbs" for ch in key})
    char_id = {ch: i for i, ch in enumerate(chars, 1)}  # 0: a character no feature names
    size = len(chars) + 1
    rows: dict[str, dict[int, np.ndarray]] = {name: {} for name in ALL_TEMPLATES}
    for src, dst, weight in zip(states["src"].tolist(), states["dst"].tolist(), states["weight"].tolist()):
        name, key = named[src]
        if name in CHAR_TEMPLATES:
            code = char_id[key]
        elif name in PAIR_TEMPLATES:
            code = char_id[key[0]] * size + char_id[key[1]]
        else:
            letters = TRIGRAM_LETTERS[name]
            a, b, c = (letters.index(letter) for letter in key)
            code = (a * len(letters) + b) * len(letters) + c
        rows[name].setdefault(code, np.zeros(n_labels))[dst] = weight
    out = {"labels": np.array(labels), "transitions": transitions,
           "chars": np.array([ord(ch) for ch in chars], dtype=np.int32)}
    for name, by_key in rows.items():
        keys = np.array(sorted(by_key), dtype=np.int64)
        out[f"keys {name}"] = keys
        out[f"weights {name}"] = np.array([by_key[k] for k in keys.tolist()]).reshape(len(keys), n_labels)
    return out


def npz_bytes(arrays: dict[str, np.ndarray]) -> bytes:
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=DATA / MODEL_NAME)
    parser.add_argument("--output", type=Path, default=DATA / TABLES_NAME)
    args = parser.parse_args(argv)
    arrays = tables(lzma.decompress(args.model.read_bytes()))
    args.output.write_bytes(npz_bytes(arrays))
    print(f"wrote {args.output} ({args.output.stat().st_size:,} bytes, {len(arrays['chars']):,} characters)")


if __name__ == "__main__":
    main()
