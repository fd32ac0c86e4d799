"""Backends: how raw text becomes tokens and which statistical models run beside the rules.

Each backend is a module here with ``build(components) -> Language``; ``govextract.pipeline``
picks one by name. Optional libraries are imported inside those modules only.
"""
from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from spacy.language import Language

NAMES = ("default", "pkuseg", "hanlp")
EXTRAS = {"pkuseg": ("spacy_pkuseg",), "hanlp": ("hanlp", "torch")}


class CorruptModelError(ValueError):
    """A model directory is missing a file or holds one that does not load."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"corrupt or incomplete model file {str(path)!r}: {reason}")
        self.path = Path(path)


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


def backend_module(backend: str) -> ModuleType:
    """The module for a backend name; ValueError for an unknown one, ImportError for a missing extra."""
    if backend not in NAMES:
        raise ValueError(f"unknown backend {backend!r}; valid backends: {', '.join(NAMES)}")
    require(backend)
    return importlib.import_module(f"{__name__}.{backend}")


def build(backend: str, components: Sequence[str]) -> Language:
    """A new pipeline for a backend, with the rule components in the given order."""
    return backend_module(backend).build(components)


# Registers the pkuseg tokenizer and the HanLP component with spaCy, so that spacy.load() finds them
# after `import govextract`; neither module imports its optional library until it is used.
from . import hanlp as _hanlp  # noqa: E402, F401
from . import pkuseg as _pkuseg  # noqa: E402, F401
