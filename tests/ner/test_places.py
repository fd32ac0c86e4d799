"""GPE and LOC from divisions, countries and named regions (invented sentences)."""
from __future__ import annotations

import pytest

from govextract.ner.places import find_places

CASES = [
    ("杭州市余杭区人民政府发布通知", ["杭州市", "余杭区"]),
    ("甘肃代表团抵达兰州", ["甘肃", "兰州"]),
    ("宁夏回族自治区和内蒙古自治区", ["宁夏回族自治区", "内蒙古自治区"]),
    ("余杭区召开会议,余杭各界参加", ["余杭区", "余杭"]),
    ("余杭各界参加", []),  # a county's short form needs its full name in the document
    ("法国里尔市代表团访问西安", ["法国", "里尔市", "西安"]),
    ("推动长江经济带和粤港澳大湾区建设", ["长江经济带", "粤港澳大湾区"]),
    ("各级政府要接待好来宾", []),  # 来宾 is a word here, not 来宾市
    ("巴西和阿根廷", ["巴西", "阿根廷"]),
    # towns and villages after their county, streets in a list
    ("永登县苦水镇", ["永登县", "苦水镇"]),
    ("沿滨河路、南昌路和北滨河大道", ["滨河路", "南昌路", "北滨河大道"]),
    ("发展思路和道路", []),
    # a country's subdivision, but no market or function word
    ("日本股市大跌", ["日本"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_places(text, expected):
    assert sorted({text[s:e] for s, e, _ in find_places(text)}) == sorted(expected)


def test_labels():
    text = "雄安新区位于河北省"
    labels = {text[s:e]: label for s, e, label in find_places(text)}
    assert labels == {"雄安新区": "LOC", "河北省": "GPE"}


WORDS_NOT_PLACES = [
    ("加强发展中国家间的合作", []),
    ("沿海地区经济", []),
    ("总理克利马表示", []),
    ("塞舌尔维多利亚市代表", ["塞舌尔", "维多利亚市"]),
    ("印度尼西亚金融市场", ["印度尼西亚"]),
]


@pytest.mark.parametrize("text,expected", WORDS_NOT_PLACES)
def test_words_that_hold_a_place_name(text, expected):
    assert sorted({text[s:e] for s, e, _ in find_places(text)}) == sorted(expected)
