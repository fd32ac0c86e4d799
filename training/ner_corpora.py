"""Readers for the NER training corpora in ../shared/corpora, each as (text, BIOES tags) sentences.

Every corpus is mapped onto MSRA's three types, PER, LOC and ORG (docs/model.md has the mapping and
each corpus's conventions). Test splits are never read by the training readers: MSRA test, PFR from
1998-01-26 on, CLUENER dev, Resume dev/test and the devset's e/f/g releases stay apart.
"""
from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
DEVSET = ROOT.parent / "shared" / "devset"
MSRA_TRAIN = CORPORA / "msra_ner" / "msra_train.char.bio"
MSRA_TEST = CORPORA / "msra_ner" / "original_sighan2006_format" / "testright1.txt"
PFR = CORPORA / "pfr_1998_01" / "199801.utf8.txt"
PFR_TEST_FROM = "19980126"  # the fixed PFR split: paragraphs from this date on are test
CLUENER_TRAIN = CORPORA / "cluener2020" / "train.json"
RESUME_TRAIN = CORPORA / "resume_ner" / "train.char.bmes"
CLUENER_LABELS = {"name": "PER", "organization": "ORG", "government": "ORG", "company": "ORG", "address": "LOC"}
RESUME_LABELS = {"NAME": "PER", "ORG": "ORG"}
DEVSET_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
MSRA_TEST_LABELS = {"nr": "PER", "ns": "LOC", "nt": "ORG"}
VALIDATION_EVERY = 20  # every 20th MSRA train sentence is the validation split, never trained on

Sentence = tuple[str, list[str]]  # characters and their BIOES tags
Span = tuple[int, int, str]


def bio_to_bioes(tags: list[str]) -> list[str]:
    """BIO (or broken I-starts) to BIOES: ['B-PER', 'I-PER', 'O'] -> ['B-PER', 'E-PER', 'O']."""
    out = []
    for i, tag in enumerate(tags):
        if tag == "O":
            out.append("O")
            continue
        prefix, label = tag.split("-", 1)
        starts = prefix == "B" or i == 0 or tags[i - 1] == "O" or tags[i - 1][2:] != label
        nxt = tags[i + 1] if i + 1 < len(tags) else "O"
        continues = nxt == "I-" + label
        out.append(("B-" if continues else "S-") + label if starts else ("I-" if continues else "E-") + label)
    return out


def spans_to_bioes(length: int, spans: Iterable[Span]) -> list[str]:
    """BIOES tags for non-overlapping (start, end, label) spans over `length` characters."""
    tags = ["O"] * length
    for start, end, label in spans:
        if end - start == 1:
            tags[start] = "S-" + label
        else:
            tags[start] = "B-" + label
            tags[start + 1:end - 1] = ["I-" + label] * (end - start - 2)
            tags[end - 1] = "E-" + label
    return tags


def bioes_spans(tags: list[str]) -> set[Span]:
    """The (start, end, label) spans of a BIOES tag list."""
    spans, start = set(), -1
    for i, tag in enumerate(tags):
        if tag[0] in "BS":
            start = i
        if tag[0] in "ES" and start >= 0:
            spans.add((start, i + 1, tag[2:]))
            start = -1
        if tag == "O":
            start = -1
    return spans


def char_lines(path: Path, separator: str) -> Iterator[tuple[list[str], list[str]]]:
    chars: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line:
                char, tag = line.split(separator)
                chars.append(char)
                tags.append(tag)
            elif chars:
                yield chars, tags
                chars, tags = [], []
    if chars:
        yield chars, tags


def read_msra_train(path: Path = MSRA_TRAIN, *, validation: bool = False) -> Iterator[Sentence]:
    """MSRA train sentences (char-level BIO) as BIOES; validation=True gives the held-apart 1 in 20."""
    for number, (chars, tags) in enumerate(char_lines(path, "\t")):
        if (number % VALIDATION_EVERY == VALIDATION_EVERY - 1) == validation:
            yield "".join(chars), bio_to_bioes(tags)


def read_msra_test(path: Path = MSRA_TEST) -> Iterator[tuple[str, set[Span]]]:
    """SIGHAN 2006 gold lines (word/tag), full-width ASCII folded to ASCII, with their gold spans."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            text, spans = "", set()
            for token in line.rstrip("\r\n").split(" "):
                if not token:
                    continue
                word, _, tag = token.rpartition("/")
                word = "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in word)
                if tag in MSRA_TEST_LABELS:
                    spans.add((len(text), len(text) + len(word), MSRA_TEST_LABELS[tag]))
                text += word
            if text:
                yield text, spans


def pfr_tokens(line: str) -> Iterator[tuple[str, str, str]]:
    """(word, tag, compound tag or '') of one PFR paragraph, id token dropped."""
    compound = ""
    for token in line.split("  ")[1:]:
        if token.startswith("["):
            compound = "open"
            token = token[1:]
        word, _, tag = token.rpartition("/")
        outer = ""
        if "]" in tag:
            tag, _, outer = tag.partition("]")
        yield unicodedata.normalize("NFKC", word), tag, outer if outer else compound
        if outer:
            compound = ""


def pfr_sentence(line: str) -> Sentence:
    """PFR paragraph as MSRA-style labels: nr runs PER, ns and [..]ns LOC, nt and [..]nt ORG."""
    text: list[str] = []
    spans: list[Span] = []
    position = 0
    compound_start = -1
    for word, tag, compound in pfr_tokens(line):
        if compound == "open" and compound_start < 0:
            compound_start = position
        end = position + len(word)
        if compound in ("nt", "ns"):
            spans.append((compound_start, end, "ORG" if compound == "nt" else "LOC"))
        elif compound == "":
            label = {"nr": "PER", "ns": "LOC", "nt": "ORG"}.get(tag)
            if label == "PER" and spans and spans[-1][2] == "PER" and spans[-1][1] == position:
                spans[-1] = (spans[-1][0], end, "PER")  # surname + given name
            elif label:
                spans.append((position, end, label))
        if compound not in ("open", ""):
            compound_start = -1
        text.append(word)
        position = end
    return "".join(text), spans_to_bioes(position, spans)


def read_pfr(path: Path = PFR, *, test: bool = False) -> Iterator[Sentence]:
    """PFR 1998-01 paragraphs: the train split (before 01-26) or, with test=True, the held-apart rest."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip() and (line[:8] >= PFR_TEST_FROM) == test:
                yield pfr_sentence(line.rstrip("\n"))


def read_cluener(path: Path = CLUENER_TRAIN) -> Iterator[Sentence]:
    """CLUENER lines: name PER, organization/government/company ORG, address LOC; the rest O."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = record["text"]
            spans: list[Span] = []
            for label, entities in record["label"].items():
                if label in CLUENER_LABELS:
                    for places in entities.values():
                        spans.extend((start, end + 1, CLUENER_LABELS[label]) for start, end in places)
            yield text, spans_to_bioes(len(text), _non_overlapping(spans))


def read_resume(path: Path = RESUME_TRAIN) -> Iterator[Sentence]:
    """Resume NER train (char BMES): NAME PER, ORG ORG; titles and the rest O."""
    for chars, tags in char_lines(path, " "):
        out = []
        for tag in tags:
            prefix, _, label = tag.partition("-")
            if label in RESUME_LABELS:
                out.append({"M": "I"}.get(prefix, prefix) + "-" + RESUME_LABELS[label])
            else:
                out.append("O")
        yield "".join(chars), out


def _non_overlapping(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):  # longest first
        if all(span[1] <= s[0] or s[1] <= span[0] for s in kept):
            kept.append(span)
    return sorted(kept)


def read_devset(prefix: str = "d", path: Path = DEVSET) -> Iterator[Sentence]:
    """Devset releases whose name starts with `prefix`, normalised, gold strings tagged where they occur.

    The gold lists strings, not offsets: every occurrence of a must/may string is tagged, longest first.
    """
    from govextract.ner.model import pieces
    from govextract.normalize import normalise

    for gold_path in sorted(path.glob(f"{prefix}*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = normalise((path / gold["file"]).read_text(encoding="utf-8")).text
        words: dict[str, str] = {}
        for label, mapped in DEVSET_LABELS.items():
            for group in ("must", "may"):
                for entry in gold["entities"].get(label, {}).get(group, []):
                    for word in [entry] if isinstance(entry, str) else entry:
                        if len(word) > 1:
                            words.setdefault(word, mapped)
        spans: list[Span] = []
        for word, label in words.items():
            start = text.find(word)
            while start >= 0:
                spans.append((start, start + len(word), label))
                start = text.find(word, start + 1)
        tags = spans_to_bioes(len(text), _non_overlapping(spans))
        for offset, piece in pieces(text):
            if piece.strip():
                yield piece, tags[offset:offset + len(piece)]


def training_sentences(names: Iterable[str]) -> Iterator[Sentence]:
    """The training sentences of the named corpora: msra, pfr, cluener, resume, devset."""
    readers = {"msra": read_msra_train, "pfr": read_pfr, "cluener": read_cluener, "resume": read_resume,
               "devset": read_devset}
    for name in names:
        yield from readers[name]()
