"""The hanlp backend with a real HanLP model: one trained here, and the shipped one on the seed.

HanLP and torch take seconds to import, so this file keeps to a few tests.
"""
from __future__ import annotations

import pytest

import govextract
from govextract import Document
from govextract.backends import CorruptModelError
from govextract.pipeline import make_doc

pytest.importorskip("hanlp")

from hanlp_training import split_sentences, train_recognizer  # noqa: E402

from govextract.backends import hanlp as backend  # noqa: E402


@pytest.fixture(scope="module")
def tiny_model(shared, tmp_path_factory):
    """A recognizer trained here on 200 MSRA sentences, one epoch, CRF on (seconds)."""
    msra = shared / "corpora" / "msra_ner" / "msra_train.char.bio"
    if not msra.exists():
        pytest.skip(f"{msra} is absent")
    train, dev = split_sentences(msra, train_size=200, dev_size=20)
    save_dir = tmp_path_factory.mktemp("hanlp")
    summary = train_recognizer(train, dev, save_dir, epochs=1, rnn_hidden=32)
    return save_dir, summary


def test_tiny_model_trains_loads_and_keeps_the_rules(tiny_model, sentences, default_documents):
    save_dir, summary = tiny_model
    assert summary["train_sentences"] == 200 and 0.0 <= summary["dev_f1"] <= 1.0
    recognizer = backend.load_recognizer(save_dir)
    assert recognizer.model.crf.batch_first  # the CRF defect's fix survives a reload
    nlp = govextract.pipeline.build()
    nlp.add_pipe(backend.COMPONENT, config={"model_dir": str(save_dir)}, after="govextract_entities")
    for text, rules in zip(sentences, default_documents):
        document = Document.from_doc(nlp(make_doc(nlp, text, "2019-08-27")))
        assert set(rules.entities) <= set(document.entities), text
        assert document.dates == rules.dates
        for entity in document.entities:
            assert entity.label in {"PERSON", "ORG", "GPE", "LOC", "EVENT", "LAW"}


@pytest.mark.parametrize("damaged", ["config.json", "model.pt"])
def test_corrupt_model_file_is_named(tiny_model, tmp_path, damaged):
    save_dir, _ = tiny_model
    for name in backend.MODEL_FILES:
        (tmp_path / name).write_bytes((save_dir / name).read_bytes())
    (tmp_path / damaged).write_bytes(b"\x00not a model")
    with pytest.raises(CorruptModelError, match=damaged):
        backend.load_recognizer(tmp_path)


def test_shipped_model_on_the_seed(seed_text):
    """Golden: the shipped model keeps every rule entity and date on the seed and adds few."""
    rules = govextract.extract(seed_text)
    document = govextract.extract(seed_text, backend="hanlp")
    assert set(rules.entities) <= set(document.entities)
    assert document.dates == rules.dates
    assert len(document.entities) <= len(rules.entities) + 5
