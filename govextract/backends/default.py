"""The default backend: the normalising tokenizer, one token per character, rules only."""
from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.language import Language

TOKENIZER = "govextract.normalising_tokenizer.v1"


def build(components: Sequence[str]) -> Language:
    """Character tokens over the normalised text, then the rule components."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    for name in components:
        nlp.add_pipe(name)
    return nlp
