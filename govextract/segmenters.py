"""The pkuseg segmenter of the normalising tokenizer (``segmenter = "pkuseg"``): the clean text cut into words.

Words come from a spacy-pkuseg model trained on PFR 1998-01 (``training/train_pkuseg.py``), with a
user dictionary made of govextract's own lexicons (titles, organisations, divisions, places), so
常务副市长 stays one word; names of the shape division + body + organisation suffix
(重庆市通信管理局) are kept whole before the model sees the rest.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .data import read_table

MODEL_FILES = ("features.msgpack", "weights.npz")
USER_DICT_FILE = "user_dict.txt"
# First column of these tables goes into the user dictionary; the header rows are ASCII and skipped.
# Two-character entries (政府, 省长) stay out: the model knows them, and a forced dictionary cut
# takes context from the model (主持召开省 | 政府), which cost 0.4 F1 points on PFR.
LEXICONS = ("titles.tsv", "known_orgs.tsv", "org_suffixes.tsv", "divisions.tsv", "regions.tsv",
            "countries.tsv", "known_events.tsv", "law_names.tsv")
MIN_DICT_WORD = 3
MAX_ORG_BODY = 6
# Characters that end a phrase rather than sit inside an organisation's name.
_NOT_IN_NAME = "的和与及或在是为对向将由从把被等、，。；：！？"
_WHITESPACE = re.compile(r"\s+")
load_lock = threading.RLock()


def shipped_model_dir() -> Path:
    """The trained segmentation model: the govextract-pkuseg-model distribution, else a clone's models/pkuseg/."""
    try:
        from govextract_pkuseg_model import MODEL_DIR
    except ImportError:
        # an editable install from a clone finds the companion's files without installing them
        return Path(__file__).resolve().parents[1] / "models" / "pkuseg" / "govextract_pkuseg_model"
    return Path(MODEL_DIR)


@lru_cache(maxsize=1)
def lexicon_words() -> tuple[str, ...]:
    """The user dictionary: words of three or more characters from govextract's lexicons, sorted."""
    words = {row[0] for name in LEXICONS for row in read_table(name)
             if len(row[0]) >= MIN_DICT_WORD and not row[0].isascii()}
    return tuple(sorted(words))


@lru_cache(maxsize=1)
def compound_org_pattern() -> re.Pattern[str]:
    """division + short body + strong organisation suffix, e.g. 重庆市通信管理局."""
    divisions = sorted({row[0] for row in read_table("divisions.tsv")}, key=len, reverse=True)
    suffixes = sorted({row[0] for row in read_table("org_suffixes.tsv") if row[1] == "strong"}, key=len, reverse=True)
    return re.compile(
        f"(?:{'|'.join(map(re.escape, divisions))})"
        f"(?:(?![{_NOT_IN_NAME}])[\u4e00-\u9fff]){{0,{MAX_ORG_BODY}}}?"
        f"(?:{'|'.join(map(re.escape, suffixes))})"
    )


class CorruptModelError(ValueError):
    """A model directory is missing a file or holds one that does not load."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"corrupt or incomplete model file {str(path)!r}: {reason}")
        self.path = Path(path)


def checked_path(path: Path) -> Path:
    if not path.parent.is_dir():
        raise CorruptModelError(path, "the pkuseg model is not installed: pip install govextract-pkuseg-model "
                                      "(from a clone: pip install ./models/pkuseg)")
    if not path.is_file():
        raise CorruptModelError(path, "the file is missing")
    return path


def load_segmenter(model_dir: str | Path, user_dict: Sequence[str] = ()) -> Any:
    """A spacy_pkuseg.pkuseg for a model directory, with only our user dictionary applied.

    spacy-pkuseg's own default dictionary is never loaded: it re-joins words after segmenting and
    so departs from the PFR convention the model learnt.
    """
    import spacy_pkuseg
    from spacy_pkuseg.feature_extractor import FeatureExtractor
    from spacy_pkuseg.model import Model

    model_dir = Path(model_dir)
    features_path, weights_path = (checked_path(model_dir / name) for name in MODEL_FILES)
    segmenter = spacy_pkuseg.pkuseg.__new__(spacy_pkuseg.pkuseg)
    with load_lock:
        try:
            segmenter.feature_extractor = FeatureExtractor.load(str(model_dir))
        except Exception as exc:  # msgpack raises several types on a damaged file
            raise CorruptModelError(features_path, f"{type(exc).__name__}: {exc}") from exc
        try:
            segmenter.model = Model.load(str(model_dir))
        except Exception as exc:
            raise CorruptModelError(weights_path, f"{type(exc).__name__}: {exc}") from exc
    segmenter.postag = False
    segmenter.preprocesser = spacy_pkuseg.Preprocesser(list(user_dict))
    segmenter.postprocesser = spacy_pkuseg.Postprocesser(None, None)
    segmenter.idx_to_tag = {idx: tag for tag, idx in segmenter.feature_extractor.tag_to_idx.items()}
    segmenter.n_feature = len(segmenter.feature_extractor.feature_to_idx)
    segmenter.n_tag = len(segmenter.feature_extractor.tag_to_idx)
    return segmenter


def segment(segmenter: Any, text: str) -> list[str]:
    """Words of a text, whitespace dropped; known compound organisation names stay whole.

    >>> segment(load_segmenter(shipped_model_dir(), lexicon_words()), "重庆市通信管理局局长")[0]
    '重庆市通信管理局'
    """
    words: list[str] = []
    for run in _WHITESPACE.split(text):
        last = 0
        for match in compound_org_pattern().finditer(run):
            words.extend(segmenter.cut(run[last:match.start()]) if match.start() > last else ())
            words.append(match.group())
            last = match.end()
        if last < len(run):
            words.extend(segmenter.cut(run[last:]))
    return words
