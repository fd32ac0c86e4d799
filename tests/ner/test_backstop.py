"""The model fills gaps the rules leave, and never overrides them."""
import pytest

from govextract.ner import backstop
from govextract.ner.rules import find_entities


@pytest.mark.parametrize("text, label, expected", [
    ("王建华", "PERSON", True),
    ("欧阳明远", "PERSON", True),
    ("约翰·史密斯", "PERSON", True),
    ("谢谢", "PERSON", False),  # a greeting the model reads as a name
    ("德国", "PERSON", False),  # no surname first
    ("王建华A", "PERSON", False),
    ("代表团", "ORG", False),
    ("联想集团", "ORG", True),
    ("局", "ORG", False),
    ("美", "GPE", False),  # one character: MSRA's abbreviation convention
    ("浦东", "GPE", True),
])
def test_plausible(text, label, expected):
    assert backstop._plausible(text, label) is expected


def test_rule_spans_win_and_model_spans_never_overlap_them(monkeypatch):
    text = "重庆市市长王大明会见了李建国。"
    predicted = [(0, 5, "ORG"), (11, 14, "PERSON"), (2, 4, "GPE")]
    monkeypatch.setattr(backstop, "predict_entities",
                        lambda t, min_confidence, keep: [span for span in predicted if keep(*span)])
    rules = [(0, 3, "GPE"), (5, 8, "PERSON")]
    assert backstop.model_spans(text, rules) == [(11, 14, "PERSON")]


def test_a_name_with_no_title_is_found_through_the_model():
    spans = find_entities("据悉，张建国昨天在北京参加了活动。")
    assert (3, 6, "PERSON") in spans
