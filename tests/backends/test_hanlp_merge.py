"""The hanlp backend's merge: model entities fill the gaps, rule entities win on overlap.

A stub stands in for the HanLP model, so these run without the extra installed.
"""
from __future__ import annotations

import pytest

import govextract
from govextract import Document
from govextract.backends import hanlp as backend
from govextract.pipeline import make_doc


class StubRecognizer:
    """Answers like HanLP's RNN NER: per sentence, (text, type, begin, end) tuples."""

    def __init__(self, entities: dict[str, list[tuple[str, str]]]) -> None:
        self.entities = entities

    def predict(self, sentences, batch_size=None):
        out = []
        for chars in sentences:
            sentence = "".join(chars)
            found = []
            for surface, kind in self.entities.get(sentence, []):
                begin = sentence.index(surface)
                found.append((surface, kind, begin, begin + len(surface)))
            out.append(found)
        return out


@pytest.fixture
def nlp():
    pipeline = govextract.pipeline.build()
    pipeline.add_pipe(backend.COMPONENT, after="govextract_entities")
    # the rules' own CRF backstop would find the names too: leave the gaps to the HanLP stub
    pipeline.replace_pipe("govextract_entities", "govextract_entities", config={"model": False})
    return pipeline


def run(nlp, text, entities):
    nlp.get_pipe(backend.COMPONENT)._recognizer = StubRecognizer(entities)
    return Document.from_doc(nlp(make_doc(nlp, text)))


def test_fills_gaps_and_rules_win_on_overlap(nlp):
    text = "重庆市市长张三会见了欧阳娜娜一行。"
    rules = run(nlp, text, {})
    model = {text: [("欧阳娜娜", "PER"), ("重庆市市", "LOC"), ("一", "ORG")]}
    document = run(nlp, text, model)
    assert set(rules.entities) < set(document.entities)
    added = set(document.entities) - set(rules.entities)
    assert [(e.text, e.label) for e in added] == [("欧阳娜娜", "PERSON")]  # overlap and 1-char dropped
    assert document.dates == rules.dates


def test_offsets_of_later_sentences_map_back_to_raw(nlp):
    text = "会议结束。随后，代表团访问了蓝天公司。"
    document = run(nlp, text, {"随后,代表团访问了蓝天公司。": [("蓝天公司", "ORG")]})
    org = next(e for e in document.entities if e.text == "蓝天公司")
    assert text[org.start:org.end] == "蓝天公司" and org.label == "ORG"


@pytest.mark.parametrize(("text", "expected"), [
    ("张三到北京。李四留在上海。", [(0, "张三到北京。"), (6, "李四留在上海。")]),
    ("没有句号", [(0, "没有句号")]),
    ("", []),
    ("一" * 450, [(0, "一" * 200), (200, "一" * 200), (400, "一" * 50)]),
])
def test_sentences(text, expected):
    assert list(backend.sentences(text)) == expected
