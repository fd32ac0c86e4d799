"""The shipped character CRF (govextract/ner/model.py) and its training script."""
from __future__ import annotations

import hashlib
import importlib.util
import lzma
import sys
from pathlib import Path

import pytest

from govextract.ner import model

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"


def labelled(text: str) -> set[tuple[str, str]]:
    return {(text[start:end], label) for start, end, label in model.predict_entities(text)}


# Invented sentences in press-release style; names and places the model must find.
FOUND = [
    ("市委书记王建国在会上讲话。", ("王建国", "PERSON")),
    ("国务院副总理刘晓明出席开幕式。", ("刘晓明", "PERSON")),
    ("张丽华同志任重庆市副市长。", ("张丽华", "PERSON")),
    ("代表团访问了法国和德国。", ("德国", "GPE")),
    ("四川省成都市召开防汛工作会议。", ("四川省", "GPE")),
    ("北京大学与清华大学签署合作协议。", ("北京大学", "ORG")),
    ("中国人民银行发布了新的规定。", ("中国人民银行", "ORG")),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_finds_entities_in_invented_sentences(text: str, expected: tuple[str, str]) -> None:
    assert expected in labelled(text)


def test_plain_sentence_has_no_entities() -> None:
    assert model.predict_entities("今天天气很好，我们一起去吃饭吧。") == []


def test_offsets_are_exact_across_sentences_and_long_lines() -> None:
    text = "会议由李明主持。\n" + "，".join(["各部门要认真落实"] * 60) + "。王芳在北京讲话。"
    spans = model.predict_entities(text)
    assert ("李明", "PERSON") in {(text[s:e], lab) for s, e, lab in spans}
    assert ("北京", "GPE") in {(text[s:e], lab) for s, e, lab in spans}
    assert all(0 <= s < e <= len(text) for s, e, _ in spans)


def test_labels_are_the_package_labels() -> None:
    text = "美国总统特朗普在白宫会见了联合国秘书长古特雷斯。"
    assert {label for _, _, label in model.predict_entities(text)} <= {"PERSON", "ORG", "GPE"}


def test_full_width_ascii_and_ascii_give_the_same_spans() -> None:
    # the pipeline maps full-width ASCII to ASCII; the model must not depend on which it sees
    assert model.predict_entities("李明，王芳（记者）") == model.predict_entities("李明,王芳(记者)")


@pytest.mark.parametrize("text", ["", " ", "。。。", "a" * 5000, "的" * 3000, "ABC 123 xyz"])
def test_odd_input_does_not_crash(text: str) -> None:
    assert isinstance(model.predict_entities(text), list)


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="text"):
        model.predict_entities(b"bytes")  # type: ignore[arg-type]


def test_pieces_cover_the_text_with_exact_offsets() -> None:
    text = "第一句。第二句！" + "长" * 450 + "\n末句"
    parts = list(model.pieces(text))
    assert all(len(piece) <= model.MAX_PIECE for _, piece in parts)
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in parts)
    assert "".join(piece for _, piece in parts) == text


def test_spans_from_tags_is_lenient() -> None:
    assert model.spans_from_tags(["I-PER", "E-PER", "B-LOC", "I-LOC", "O"]) == [(0, 2, "PER"), (2, 4, "LOC")]
    assert model.spans_from_tags(["B-ORG", "I-PER"]) == [(0, 1, "ORG"), (1, 2, "PER")]


def _training_module(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "training" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(REPO / "training"))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(REPO / "training"))
    return module


def _train_module():
    return _training_module("train_ner")


def _export_module():
    return _training_module("export_crf_tables")


# Invented sentences of many shapes: long lists, foreign names, numbers, Latin text, edge punctuation.
DECODED = [
    "国务院总理王立新在北京会见了美国客人。",
    "张三、李四、王五、赵六、钱七、孙八、周九、吴十出席会议。",
    "联合国秘书长安东尼奥·古特雷斯与欧盟委员会主席乌尔苏拉·冯德莱恩通电话",
    "2024年3月5日，第十四届全国人民代表大会第二次会议在人民大会堂开幕",
    "ABC公司CEO John Smith访问上海交通大学，与校长林忠钦座谈",
    "，" * 7 + "李",
    "的" * 250,
    "重庆市通信管理局党组书记、局长刘晓东主持召开专题会议，研究部署下一步工作。" * 4,
    "甲",
]


def test_the_numpy_decoder_finds_crfsuites_path() -> None:
    """model.tag runs on the exported tables; crfsuite's own tagger must give the same labels."""
    crf = model.shipped_model()
    pieces = [piece for text in DECODED for _, piece in model.pieces(text)]
    assert crf.decoder.tag(pieces) == [crf.tagger.tag(model.features(p, crf.classes)) for p in pieces]
    # one piece at a time, and every piece in one call, give the same paths
    assert [crf.decoder.tag([p])[0] for p in pieces] == crf.decoder.tag(pieces)
    # short texts go to crfsuite (the decoder's fixed cost is not repaid), long ones to the decoder
    assert [crf.tag(p) for p in pieces] == crf.decoder.tag(pieces)


def test_shipped_decoding_tables_are_the_exported_model() -> None:
    """models/ner_crf_tables.npz is generated from the crfsuite model: rebuilding it changes nothing."""
    import numpy as np

    raw = lzma.decompress(model.DATA.joinpath(*model.MODEL_NAME.split("/")).read_bytes())
    rebuilt = _export_module().tables(raw)
    with np.load(model.DATA.joinpath(*model.TABLES_NAME.split("/"))) as shipped:
        assert sorted(shipped.files) == sorted(rebuilt)
        for name, array in rebuilt.items():
            assert np.array_equal(shipped[name], array), name


def test_bio_to_bioes() -> None:
    train_ner = _train_module()
    tags = ["B-PER", "I-PER", "O", "B-LOC", "I-ORG"]
    assert train_ner.bio_to_bioes(tags) == ["B-PER", "E-PER", "O", "S-LOC", "S-ORG"]
    assert train_ner.bioes_to_bio(train_ner.bio_to_bioes(tags)) == ["B-PER", "I-PER", "O", "B-LOC", "B-ORG"]


@pytest.mark.skipif(not SHARED.exists(), reason="../shared (the corpora) is not beside the repository")
def test_training_a_tiny_model_from_msra(tmp_path: Path) -> None:
    train_ner = _train_module()
    sentences = []
    for sentence in train_ner.read_msra_train():
        sentences.append(sentence)
        if len(sentences) == 400:
            break
    classes = (model.DATA / model.CHAR_CLASSES_NAME).read_text(encoding="utf-8")
    output = tmp_path / "tiny.crfsuite.xz"
    stats = train_ner.train(sentences, classes, output, max_iterations=30)
    assert stats["sentences"] == 400 and output.stat().st_size > 0
    raw = lzma.decompress(output.read_bytes())
    tiny = model.CRFModel(raw, classes, _export_module().tables(raw))
    text, tags = sentences[0]
    # a model trained on a sentence for 30 iterations tags that sentence back mostly right
    predicted = {(s, e, k) for s, e, k in model.spans_from_tags(tiny.tag(text))}
    assert predicted == set(model.spans_from_tags(tags))
    # the numpy decoder finds crfsuite's own path for this model's tables too
    for text, _ in sentences[:50]:
        assert tiny.tag(text) == tiny.tagger.tag(model.features(text, tiny.classes))


def test_shipped_character_classes_belong_to_the_shipped_model() -> None:
    """model_chars.tsv holds features of one trained model: a retrained model must ship its own."""
    raw = lzma.decompress(model.DATA.joinpath(*model.MODEL_NAME.split("/")).read_bytes())
    classes = (model.DATA / model.CHAR_CLASSES_NAME).read_text(encoding="utf-8")
    assert classes.startswith("# generated by training/train_ner.py, do not edit\n")
    assert _train_module().MODEL_LINE.format(hashlib.sha256(raw).hexdigest()) in classes


def test_confidence_filters_spans_and_scores_are_probabilities() -> None:
    text = "国务院总理王立新在北京会见了美国客人。"
    scored = model.shipped_model().predict_scored(text)
    assert [s[:3] for s in scored] == model.predict_entities(text)
    assert all(0.0 <= p <= 1.0 for *_, p in scored)
    confident = model.predict_entities(text, min_confidence=0.9)
    assert set(confident) <= set(model.predict_entities(text))
    assert ("王立新", "PERSON") in {(text[s:e], k) for s, e, k in confident}
    with pytest.raises(ValueError, match="min_confidence"):
        model.predict_entities(text, min_confidence=2)


@pytest.mark.parametrize("text", [
    "国务院总理王立新在北京会见了美国客人。",
    "据悉，张建国昨天在上海参加了活动，李秀英陪同。长江流域的企业代表出席。",
    "蓝天科技有限公司董事长赵明远说，公司将在广州设立研发中心。",
])
@pytest.mark.parametrize("threshold", [0.0, 0.5, 0.9])
def test_a_keep_filter_gives_the_spans_that_filtering_afterwards_gives(text, threshold):
    def keep(start, end, label):
        return label != "ORG" and end - start >= 2

    expected = [span for span in model.predict_entities(text, min_confidence=threshold) if keep(*span)]
    assert model.predict_entities(text, min_confidence=threshold, keep=keep) == expected
