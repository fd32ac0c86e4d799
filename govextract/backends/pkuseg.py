"""The pkuseg backend is the normalising tokenizer with ``segmenter = "pkuseg"``; see govextract.segmenters.

Kept so that older imports of these names still work.
"""
from __future__ import annotations

from ..segmenters import (  # noqa: F401
    LEXICONS,
    MODEL_FILES,
    USER_DICT_FILE,
    compound_org_pattern,
    lexicon_words,
    load_segmenter,
    segment,
    shipped_model_dir,
)
