"""The pkuseg backend: word tokens over the normalised text, the same Document as the default."""
from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import govextract
from govextract import Document
from govextract.backends import CorruptModelError
from govextract.pipeline import COMPONENTS, make_doc

pytest.importorskip("spacy_pkuseg")

from pkuseg_training import pfr_paragraphs, train_segmenter  # noqa: E402

from govextract.backends import pkuseg as backend  # noqa: E402


@pytest.fixture(scope="module")
def tiny_model(shared, tmp_path_factory):
    """A segmenter trained here on 300 PFR paragraphs, one iteration (a few seconds)."""
    pfr = shared / "corpora" / "pfr_1998_01" / "199801.utf8.txt"
    if not pfr.exists():
        pytest.skip(f"{pfr} is absent")
    save_dir = tmp_path_factory.mktemp("pkuseg")
    train = pfr_paragraphs(pfr, split="train", limit=300)
    test = pfr_paragraphs(pfr, split="test", limit=30)
    return train_segmenter(train, test, save_dir, iterations=1)


@pytest.fixture(scope="module")
def tiny_nlp(tiny_model):
    """The pkuseg segmenter chosen by config, as a spaCy user would (spacy.lang.zh's ``segmenter``)."""
    tokenizer = {"@tokenizers": "govextract.normalising_tokenizer.v1", "segmenter": "pkuseg",
                 "pkuseg_model": str(tiny_model)}
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": tokenizer}})
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def extract(nlp, text, publish_date="2019-08-27"):
    return Document.from_doc(nlp(make_doc(nlp, text, publish_date)))


@pytest.mark.parametrize("raw", ["２０１９年８月２６日，张三（Zhāng Sān）在会上讲话。", "市长  李四\n主持", ""])
def test_normalises_like_the_default_tokenizer(tiny_nlp, raw):
    words, chars = tiny_nlp.make_doc(raw), govextract.load().make_doc(raw)
    assert words.text == words._.clean_text == chars._.clean_text
    assert words._.raw_text == chars._.raw_text == raw
    assert words._.offset_map == chars._.offset_map
    assert words._.chrome == chars._.chrome


def test_segments_into_words_and_keeps_lexicon_entries_whole(tiny_nlp):
    words = [t.text for t in tiny_nlp.make_doc("重庆市常务副市长张三在重庆市通信管理局调研。")]
    assert "常务副市长" in words
    assert "重庆市通信管理局" in words
    assert len(words) < 15


def test_same_document_as_the_default_backend(tiny_nlp, sentences, default_documents):
    for text, expected in zip(sentences, default_documents):
        assert extract(tiny_nlp, text) == expected, text


def test_to_disk_and_spacy_load_round_trip(tiny_nlp, sentences, tmp_path):
    tiny_nlp.to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    assert loaded.tokenizer.segmenter == "pkuseg"
    assert loaded.config["nlp"]["tokenizer"]["segmenter"] == "pkuseg"
    text = sentences[0]
    assert [t.text for t in loaded.make_doc(text)] == [t.text for t in tiny_nlp.make_doc(text)]
    assert extract(loaded, text) == extract(tiny_nlp, text)


@pytest.mark.parametrize("damaged", ["features.msgpack", "weights.npz"])
def test_corrupt_model_file_is_named(tiny_model, tmp_path, damaged):
    for name in backend.MODEL_FILES:
        (tmp_path / name).write_bytes((tiny_model / name).read_bytes())
    (tmp_path / damaged).write_bytes(b"\x00not a model")
    with pytest.raises(CorruptModelError, match=damaged):
        backend.load_segmenter(tmp_path)


def test_missing_model_file_is_named(tmp_path):
    with pytest.raises(CorruptModelError, match="features.msgpack"):
        backend.load_segmenter(tmp_path)


def test_shipped_model_on_the_seed(seed_text):
    """Golden: the shipped model's Document equals the default backend's on the seed article."""
    doc = govextract.load("pkuseg").make_doc(seed_text)
    assert len(doc) < 0.75 * len(doc.text)  # words, not characters
    assert govextract.extract(seed_text, backend="pkuseg") == govextract.extract(seed_text)


ODD_CHARACTERS = st.sampled_from("重庆市长张三在通信管理局。，,１Ａa .\n\t·—《》😀\u0301-0")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ODD_CHARACTERS | st.characters(), max_size=40))
def test_any_text_tokenizes_to_the_default_text(text):
    """Property: word tokens cover the normalised text exactly, whatever the input."""
    words, chars = govextract.load("pkuseg").make_doc(text), govextract.load().make_doc(text)
    assert words.text == chars.text
    assert "".join(t.text_with_ws for t in words) == chars.text


def test_extract_many_over_the_pkuseg_backend(sentences, default_documents):
    dates = ["2019-08-27"] * len(sentences)
    assert list(govextract.extract_many(sentences, dates, backend="pkuseg")) == default_documents
