"""Backends: which segmenter the tokenizer uses and which statistical components run beside the rules.

A backend is configuration, not code: ``BACKENDS`` gives each name its tokenizer settings and the
components it adds, and ``build`` makes the pipeline from that config alone. Optional libraries are
imported only when a backend is chosen or its model is first used.
"""
from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

import spacy
from spacy.language import Language

from ..segmenters import CorruptModelError

TOKENIZER = "govextract.normalising_tokenizer.v1"
HANLP_COMPONENT = "govextract_hanlp_entities"
# name -> the tokenizer's settings and the components the backend adds after govextract_entities
BACKENDS: dict[str, dict[str, Any]] = {
    "default": {"tokenizer": {"segmenter": "char"}, "components": ()},
    "pkuseg": {"tokenizer": {"segmenter": "pkuseg"}, "components": ()},
    "hanlp": {"tokenizer": {"segmenter": "char"}, "components": (HANLP_COMPONENT,)},
}
NAMES = tuple(BACKENDS)
EXTRAS = {"pkuseg": ("spacy_pkuseg",), "hanlp": ("hanlp", "torch")}
__all__ = ["BACKENDS", "EXTRAS", "NAMES", "CorruptModelError", "build", "config", "require"]


def require(backend: str) -> None:
    """Import the backend's optional libraries, or say which extra installs them."""
    for module in EXTRAS.get(backend, ()):
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise ImportError(
                f"the {backend!r} backend needs {module!r}, which is not installed: "
                f'pip install "govextract[{backend}]"'
            ) from exc


def config(backend: str) -> dict[str, Any]:
    """The spaCy ``[nlp]`` config of a backend; ValueError for an unknown one, ImportError for a missing extra."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; valid backends: {', '.join(NAMES)}")
    require(backend)
    return {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER, **BACKENDS[backend]["tokenizer"]}}}


def build(backend: str, components: Sequence[str]) -> Language:
    """A new pipeline for a backend: its tokenizer config, the rule components in order, its own components."""
    nlp = spacy.blank("zh", config=config(backend))
    for name in components:
        nlp.add_pipe(name)
    for name in BACKENDS[backend]["components"]:
        if "govextract_entities" in nlp.pipe_names:
            nlp.add_pipe(name, after="govextract_entities")
        else:
            nlp.add_pipe(name)
    return nlp


# Registers the HanLP component with spaCy, so that spacy.load() finds it after `import govextract`;
# the module does not import its optional library until the model is used.
from . import hanlp as _hanlp  # noqa: E402, F401
