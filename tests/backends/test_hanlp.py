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

from hanlp_training import span_f1, split_sentences, train_recognizer  # noqa: E402

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
    return save_dir, summary, dev


def test_tiny_model_trains_loads_and_keeps_the_rules(tiny_model, sentences, default_documents):
    save_dir, summary, dev = tiny_model
    assert summary["train_sentences"] == 200
    recognizer = backend.load_recognizer(save_dir)
    assert recognizer.model.crf.batch_first  # the CRF defect's fix survives a reload
    assert span_f1(recognizer, dev) == pytest.approx(summary["dev_f1"], abs=1e-4)  # the saved model is the scored one
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
    save_dir = tiny_model[0]
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


# Invented sentences of general news, with no title, byline or list next to the names: what the
# statistical model is for. (text, entities as (surface, MSRA type)).
NEWS = (
    ("周文彬和妻子林晓梅上周去了杭州。", {("周文彬", "PER"), ("林晓梅", "PER"), ("杭州", "LOC")}),
    ("据新华社报道，黄志强在广州参加了会议。", {("新华社", "ORG"), ("黄志强", "PER"), ("广州", "LOC")}),
    ("清华大学的学生王海涛获得了奖学金。", {("清华大学", "ORG"), ("王海涛", "PER")}),
    ("记者从上海市教育委员会获悉，南京和苏州也将跟进。",
     {("上海市教育委员会", "ORG"), ("南京", "LOC"), ("苏州", "LOC")}),
    ("马建国说，他明年还要去西安看看。", {("马建国", "PER"), ("西安", "LOC")}),
)


def test_shipped_model_finds_names_without_cues():
    """The shipped model (MSRA train, from scratch) reads names, places and bodies no rule cue points at."""
    recognizer = backend.load_recognizer(backend.shipped_model_dir())
    found = recognizer([list(text) for text, _ in NEWS])
    right = expected = 0
    for (text, gold), entities in zip(NEWS, found):
        predicted = {(text[begin:end], kind) for _, kind, begin, end in entities}
        right, expected = right + len(gold & predicted), expected + len(gold)
    assert right >= 0.8 * expected, found


def test_training_starts_embeddings_from_pretrained_vectors(tmp_path):
    """Characters with a vector start from it (scaled to unit deviation); the others keep their random start."""
    import torch
    from hanlp.common.vocab import Vocab
    from hanlp_training import read_vectors, start_embeddings

    (tmp_path / "vectors.txt").write_text("2 3\n甲 1 2 3\n乙 -1 0 4\n", encoding="utf-8")
    vectors = read_vectors(tmp_path / "vectors.txt")
    assert vectors == {"甲": [1.0, 2.0, 3.0], "乙": [-1.0, 0.0, 4.0]}
    vocab = Vocab()
    for char in "甲丙乙":
        vocab.get_idx(char)
    embed = torch.nn.Embedding(len(vocab), 3)
    untouched = embed.weight[vocab.get_idx("丙")].detach().clone()
    start_embeddings(embed, vocab, vectors)
    expected = torch.tensor([[1.0, 2.0, 3.0], [-1.0, 0.0, 4.0]])
    expected /= expected.std()
    assert torch.allclose(embed.weight[vocab.get_idx("甲")], expected[0])
    assert torch.allclose(embed.weight[vocab.get_idx("乙")], expected[1])
    assert torch.equal(embed.weight[vocab.get_idx("丙")], untouched)
