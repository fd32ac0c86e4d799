"""Backend selection at govextract.load: unknown names, missing extras, corrupt model files."""
from __future__ import annotations

import sys

import pytest

import govextract
from govextract.backends import CorruptModelError
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
    assert build("default").pipe_names == ["govextract_entities", "govextract_roles", "govextract_dates"]


@pytest.mark.parametrize(("backend", "segmenter"), [("default", "char"), ("pkuseg", "pkuseg"), ("hanlp", "char")])
def test_backend_is_configuration(backend, segmenter):
    """A backend is the tokenizer's segmenter setting plus components, visible in the spaCy config."""
    pytest.importorskip({"default": "spacy", "pkuseg": "spacy_pkuseg", "hanlp": "hanlp"}[backend])
    nlp = build(backend)
    assert nlp.config["nlp"]["tokenizer"]["segmenter"] == segmenter
    assert nlp.tokenizer.segmenter == segmenter
    assert ("govextract_hanlp_entities" in nlp.pipe_names) == (backend == "hanlp")


def test_unknown_segmenter_lists_the_valid_ones():
    import spacy

    config = {"nlp": {"tokenizer": {"@tokenizers": "govextract.normalising_tokenizer.v1", "segmenter": "jieba"}}}
    with pytest.raises(ValueError, match="valid segmenters: char, pkuseg"):
        spacy.blank("zh", config=config)


def test_char_segmenter_setting_survives_to_disk(tmp_path):
    import spacy

    build("default").to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    assert loaded.tokenizer.segmenter == "char"
    assert [t.text for t in loaded.make_doc("张三在北京")] == list("张三在北京")


def test_corrupt_model_error_names_the_file(tmp_path):
    error = CorruptModelError(tmp_path / "weights.npz", "the file is missing")
    assert "weights.npz" in str(error) and isinstance(error, ValueError)
    assert error.path == tmp_path / "weights.npz"
