"""EVENT and LAW names (invented sentences)."""
from __future__ import annotations

import pytest

from govextract.ner import rules
from govextract.ner.rules import find_entities


def labelled(text: str, label: str) -> list[str]:
    return sorted({text[s:e] for s, e, lab in find_entities(text) if lab == label})


EVENTS = [
    ("出席2021中国西部国际博览会", ["2021中国西部国际博览会"]),
    ("第十届全国人民代表大会第五次会议开幕", ["第十届全国人民代表大会第五次会议"]),
    ("学习贯彻党的十九届五中全会精神", ["党的十九届五中全会"]),
    ("第二届甘肃文化旅游论坛举行", ["第二届甘肃文化旅游论坛"]),
    ("中共甘肃省委十四届三次全会在兰州召开", ["中共甘肃省委十四届三次全会"]),
    ("中国—东盟博览会开幕", ["中国—东盟博览会"]),
    ("召开新闻发布会", []),
    ("省人民代表大会", []),
]

LAWS = [
    ("印发《甘肃省促进科技成果转化条例》", ["甘肃省促进科技成果转化条例"]),
    ("审议《关于加快数字经济发展的实施意见(征求意见稿)》", ["关于加快数字经济发展的实施意见(征求意见稿)"]),
    ("双方签署了全面战略合作框架协议。", ["全面战略合作框架协议"]),
    ("印发《甘肃省数字经济发展规划(2021-2025年)》", ["甘肃省数字经济发展规划(2021-2025年)"]),
    ("订阅《光明日报》", []),
    ("签署合作协议", []),
]


@pytest.mark.parametrize("text,expected", EVENTS)
def test_events(text, expected):
    assert labelled(text, "EVENT") == expected


@pytest.mark.parametrize("text,expected", LAWS)
def test_laws(text, expected):
    assert labelled(text, "LAW") == expected


def test_place_inside_name_is_kept_but_letters_are_not():
    text = "四川省人民政府和澄城县城关中学"
    places = labelled(text, "GPE")
    assert "四川省" in places and "澄城县" in places and "关中" not in places


@pytest.mark.parametrize("text", ["", "一" * 20000, "," * 5000, "委员会" * 3000, "abc 123 " * 1000, "《" * 500 + "》",
                                  "第一次会议" * 2000, '重庆市经委(简称"经委")' * 500])
def test_bad_input_is_harmless(text, monkeypatch):
    monkeypatch.setattr(rules, "find_persons", lambda text, parse=None: [])  # these finders only
    for start, end, _ in rules.find_entities(text):
        assert 0 <= start < end <= len(text)


MORE_EVENTS = [
    ("运动员积极备战冬奥会", ["冬奥会"]),
    ("共有一次展览会", []),
    ("中国共产党第十五次全国代表大会", ["中国共产党第十五次全国代表大会"]),
    ("召开职工代表大会和市政府常务会议", []),
    ("开展“安全生产月”系列活动", ["安全生产月"]),
    ("开展“三严三实”活动", []),
    ("出席北京人民大会堂的活动", []),
]

MORE_LAWS = [
    ("根据《决定》和《暂行条例》", []),
    ("《学习方法》一书", []),
    ("《大公报》报道", []),
    ("修改《选举法》", ["选举法"]),
    ("编制“十五五”规划", ["“十五五”规划"]),
]


@pytest.mark.parametrize("text,expected", MORE_EVENTS)
def test_more_events(text, expected):
    assert labelled(text, "EVENT") == expected


@pytest.mark.parametrize("text,expected", MORE_LAWS)
def test_more_laws(text, expected):
    assert labelled(text, "LAW") == expected


def test_short_place_in_a_brand_is_not_a_place():
    text = "北京科技大学和宿迁市广播电视总台"
    places = labelled(text, "GPE")
    assert "北京" not in places and "宿迁市" in places
