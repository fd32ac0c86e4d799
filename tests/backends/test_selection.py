"""Backend selection at govextract.load: unknown names, missing extras, corrupt model files."""
from __future__ import annotations

import sys

import pytest

import govextract
from govextract.backends import CorruptModelError, backend_module
from govextract.pipeline import BACKENDS, build


def test_backends_are_listed():
    assert BACKENDS == ("default", "pkuseg", "hanlp")


@pytest.mark.parametrize("name", ["spacy", "PKUSEG", "", "jieba"])
def test_unknown_backend_lists_the_valid_ones(name):
    with pytest.raises(ValueError, match="valid backends: default, pkuseg, hanlp"):
        govextract.load(backend=name)


@pytest.mark.parametrize(("backend", "module"), [("pkuseg", "spacy_pkuseg"), ("hanlp", "hanlp")])
def test_missing_extra_names_the_pip_command(monkeypatch, backend, module):
    monkeypatch.setitem(sys.modules, module, None)  # import of a None entry raises ImportError
    with pytest.raises(ImportError, match=rf'pip install "govextract\[{backend}\]"'):
        build(backend)


def test_default_backend_needs_no_extra():
    assert backend_module("default").__name__ == "govextract.backends.default"


def test_corrupt_model_error_names_the_file(tmp_path):
    error = CorruptModelError(tmp_path / "weights.npz", "the file is missing")
    assert "weights.npz" in str(error) and isinstance(error, ValueError)
    assert error.path == tmp_path / "weights.npz"
