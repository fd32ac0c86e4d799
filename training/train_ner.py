#!/usr/bin/env python3
"""Train the character CRF that govextract/ner/model.py ships, from ../shared/corpora, from scratch.

Writes govextract/data/model_chars.tsv (character classes used as features) and
govextract/data/models/ner_crf.crfsuite.xz (the CRF, xz-compressed). Trains on MSRA NER train only
by default; never on MSRA test or on PFR paragraphs dated 1998-01-26 or later.

Usage: python training/train_ner.py [--max-iterations 120] [--scheme bio] [--c1 0.1] [--c2 0.01]
                                    [--limit N] [--pfr] [--output FILE]
"""
from __future__ import annotations

import argparse
import hashlib
import lzma
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from ner_corpora import (  # noqa: E402  the corpus readers, shared with the benchmarks
    MSRA_TRAIN,
    PFR,
    PFR_TEST_FROM,
    Sentence,
    bio_to_bioes,
    char_lines,
    pfr_tokens,
    read_pfr,
)

from govextract.ner.model import CHAR_CLASSES_NAME, MODEL_NAME, features, load_char_classes  # noqa: E402

DATA = ROOT / "govextract" / "data"
ORG_SUFFIXES = DATA / "org_suffixes.tsv"
DIVISIONS = DATA / "divisions.tsv"
MIN_SURNAME_COUNT = 3
MODEL_LINE = "# trained with the model whose crfsuite bytes have sha256 {}\n"


def bioes_to_bio(tags: list[str]) -> list[str]:
    """BIOES to BIO: E- becomes I-, S- becomes B-."""
    return [{"E": "I", "S": "B"}.get(tag[0], tag[0]) + tag[1:] for tag in tags]


def read_msra_train(path: Path = MSRA_TRAIN) -> Iterator[Sentence]:
    """Every sentence of the char-level BIO MSRA train file (char<TAB>tag, blank line between), BIOES."""
    for chars, tags in char_lines(path, "\t"):
        yield "".join(chars), bio_to_bioes(tags)


def read_pfr_train(path: Path = PFR) -> Iterator[Sentence]:
    """PFR 1998-01 paragraphs dated before 1998-01-26 (the fixed train split)."""
    return read_pfr(path)


def surnames_from_pfr(path: Path = PFR) -> Counter:
    """Surnames counted in PFR's train split: a one-character nr token followed by an nr token."""
    counts: Counter = Counter()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip() or line[:8] >= PFR_TEST_FROM:
                continue
            tokens = list(pfr_tokens(line))
            for (word, tag, _), (_, next_tag, _) in zip(tokens, tokens[1:]):
                if tag == "nr" and next_tag == "nr" and len(word) == 1:
                    counts[word] += 1
    return counts


def last_chars(path: Path) -> set[str]:
    """Last characters of the first column of a govextract data TSV (header lines skipped)."""
    found = set()
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line and not line.startswith("#"):
            word = line.split("\t")[0]
            if word and word not in ("name", "suffix", "word"):
                found.add(word[-1])
    return found


def char_classes_tsv() -> str:
    """The text of model_chars.tsv: surname (S), org-suffix (O) and place-suffix (P) characters."""
    classes: dict[str, str] = {}
    surnames = surnames_from_pfr()
    for char, count in surnames.items():
        if count >= MIN_SURNAME_COUNT:
            classes[char] = "S"
    for letter, chars in (("O", last_chars(ORG_SUFFIXES)), ("P", last_chars(DIVISIONS))):
        for char in chars:
            if "\u4e00" <= char <= "\u9fff":
                classes[char] = classes.get(char, "") + letter
    header = (
        "# Character classes used as CRF features by govextract/ner/model.py; built by\n"
        "# training/train_ner.py. S: surname (a one-character nr token before another nr token at\n"
        f"# least {MIN_SURNAME_COUNT} times in PFR 1998-01 before 01-26); O: last character of a word in\n"
        "# org_suffixes.tsv; P: last character of a division name in divisions.tsv (cpca).\n"
        "char\tclasses\n"
    )
    return header + "".join(f"{char}\t{classes[char]}\n" for char in sorted(classes))


def train(
    sentences: Iterable[Sentence],
    classes_text: str,
    output: Path,
    *,
    max_iterations: int = 120,
    scheme: str = "bio",
    c1: float = 0.1,
    c2: float = 0.01,
    verbose: bool = False,
) -> dict:
    """Train a CRF on `sentences` and write it xz-compressed to `output`; returns timings."""
    import pycrfsuite

    classes = load_char_classes(classes_text)
    trainer = pycrfsuite.Trainer(verbose=verbose)
    start = time.perf_counter()
    count = 0
    for text, tags in sentences:
        trainer.append(features(text, classes), bioes_to_bio(tags) if scheme == "bio" else tags)
        count += 1
    appended = time.perf_counter()
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "model.crfsuite"
        trainer.train(str(raw))
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(lzma.compress(raw.read_bytes(), preset=9 | lzma.PRESET_EXTREME))
    done = time.perf_counter()
    return {"sentences": count, "features_s": appended - start, "train_s": done - appended}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-iterations", type=int, default=120)
    parser.add_argument("--scheme", choices=("bio", "bioes"), default="bio",
                        help="tag scheme; BIOES took about 1.3 times the CPU per iteration here")
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--limit", type=int, default=0, help="train on the first N sentences only")
    parser.add_argument("--pfr", action="store_true", help="add PFR 1998-01 train split (before 01-26)")
    parser.add_argument("--output", type=Path, default=DATA / MODEL_NAME)
    args = parser.parse_args(argv)
    if not MSRA_TRAIN.exists():
        sys.exit(f"{MSRA_TRAIN} not found: the corpora live in ../shared/corpora beside the repository")
    classes_text = char_classes_tsv()
    # the shipped model's classes live in the package; a trial model keeps its own beside it
    shipped = args.output.resolve() == (DATA / MODEL_NAME).resolve()
    classes_path = DATA / CHAR_CLASSES_NAME if shipped else Path(f"{args.output}.chars.tsv")
    sentences: list[Sentence] = list(read_msra_train())
    if args.pfr:
        sentences += list(read_pfr_train())
    if args.limit:
        sentences = sentences[:args.limit]
    stats = train(sentences, classes_text, args.output, max_iterations=args.max_iterations,
                  scheme=args.scheme, c1=args.c1, c2=args.c2, verbose=True)
    # the classes are features of this model: the file names the model it belongs to (a test checks)
    digest = hashlib.sha256(lzma.decompress(args.output.read_bytes())).hexdigest()
    header_end = classes_text.index("char\tclasses\n")
    classes_path.write_text(classes_text[:header_end] + MODEL_LINE.format(digest) + classes_text[header_end:],
                            encoding="utf-8")
    size = args.output.stat().st_size
    print(f"{stats['sentences']} sentences; features {stats['features_s']:.0f} s, "
          f"training {stats['train_s']:.0f} s; {args.output} {size / 1e6:.2f} MB; classes {classes_path}")


if __name__ == "__main__":
    main()
