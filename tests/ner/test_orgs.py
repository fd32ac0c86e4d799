"""ORG names from their suffixes and the known-organisation list (invented sentences)."""
from __future__ import annotations

import pytest

from govextract.ner.orgs import canonical_org, find_orgs
from govextract.ner.places import find_places


def orgs(text: str) -> list[str]:
    return sorted({text[s:e] for s, e, label in find_orgs(text, find_places(text)) if label == "ORG"})


CASES = [
    # the longest name with its region prefix
    ("杭州市交通运输局局长出席", ["杭州市交通运输局"]),
    ("昆明市五华区人民政府发布公告", ["昆明市五华区人民政府"]),
    # 和 inside a name, and between two names
    ("浙江省人力资源和社会保障厅与浙江大学签约", ["浙江大学", "浙江省人力资源和社会保障厅"]),
    # a department written after its ministry is one name; the ministry stands too
    ("生态环境部大气环境司司长表示", ["生态环境部", "生态环境部大气环境司"]),
    # bare bodies
    ("市委、市政府高度重视", ["市委", "市政府"]),
    ("省人大常委会副主任", ["省人大常委会"]),
    ("中共湖北省委常委会议", ["中共湖北省委"]),
    # companies, universities, associations
    ("云南白药集团股份有限公司和兰州大学", ["云南白药集团股份有限公司", "兰州大学"]),  # one company with its legal form
    ("省商务厅组织企业参加", ["省商务厅"]),
    # no name before a generic suffix
    ("委员会认为", []),
    ("该管理局表示", []),
    ("布局更加合理,社会更加和谐", []),
    # abbreviations from the known list
    ("工信部和发改委", ["发改委", "工信部"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_orgs(text, expected):
    assert orgs(text) == expected


def test_canonical():
    assert canonical_org("工信部") == "工业和信息化部"
    assert canonical_org("国家卫健委") == "国家卫生健康委员会"
    assert canonical_org("某某局") is None


MORE = [
    # a branch joins its parent across a place; a region's body takes no parent
    ("兰州大学白银分院揭牌", ["兰州大学", "兰州大学白银分院"]),
    ("甘肃省歌舞剧院甘肃省卫生厅", ["甘肃省卫生厅", "甘肃省歌舞剧院"]),
    # a place in parentheses is part of the name
    ("中国(甘肃)自由贸易试验区", ["中国(甘肃)自由贸易试验区"]),
    # counted common nouns are no names
    ("一家房地产公司和三家银行", []),
    # a short standalone name needs a right boundary
    ("综合处、财务处负责人", ["综合处", "财务处"]),
]


@pytest.mark.parametrize("text,expected", MORE)
def test_more_orgs(text, expected):
    assert orgs(text) == expected


def test_unknown_town_before_its_government():
    assert orgs("前天,戴窑镇政府的负责人说") == ["戴窑镇政府"]
    assert orgs("今年县委提出") == ["县委"]
