"""Roles on release shapes the first rules were not written for (issue 11): spec tables of invented
sentences, one block per class of error."""
from __future__ import annotations

import pytest

import govextract
from govextract.roles.grammar import find_roles_in_text


def positions(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.position) for r in govextract.extract(text).roles}


# a post with a note in brackets, a brand before a company, an abbreviation between body and title,
# a Taiwanese date after a name, a consul posted to a city
NOTES_AND_BRANDS = [
    ("任命周海燕为市卫生健康委员会副主任（试用期一年）；", {("周海燕", "市卫生健康委员会副主任")}),
    ("任命孙立群为县统计局局长(挂职两年),王建华为县审计局副局长;",
     {("孙立群", "县统计局局长"), ("王建华", "县审计局副局长")}),
    ("华为技术有限公司副总裁邓志远出席。", {("邓志远", "华为技术有限公司副总裁")}),
    ("会上,华为公司总裁李文涛致辞。", {("李文涛", "华为公司总裁")}),
    ("美國在台協會（AIT）處長吳可文致詞。", {("吴可文", "美国在台协会处长")}),
    ("行政院長林國華今（3）日上午主持院會。", {("林国华", "行政院长")}),
    ("經濟部長何文德昨（2）日表示", {("何文德", "经济部长")}),
    ("新加坡驻广州总领事韩立生出席。", {("韩立生", "新加坡驻广州总领事")}),
]

# Hong Kong, Macao and Taiwan posts
HK_MACAO_TAIWAN = [
    ("外交部政务次长邱明哲致词。", {("邱明哲", "外交部政务次长")}),
    ("内政部常务次长许文成出席。", {("许文成", "内政部常务次长")}),
    ("外交部驻香港特别行政区特派员公署特派员马立新出席。", {("马立新", "外交部驻香港特别行政区特派员公署特派员")}),
    ("县府民政处课长陈美玲说明。", {("陈美玲", "县府民政处课长")}),
]


@pytest.mark.parametrize("text, expected", NOTES_AND_BRANDS + HK_MACAO_TAIWAN)
def test_posts_read_whole(text, expected):
    assert expected <= positions(text)


def test_no_place_for_a_consul_posting():
    doc = govextract.extract("新加坡驻广州总领事韩立生出席。")
    assert "驻广州" not in {e.text for e in doc.entities}
    assert "广州" in {e.text for e in doc.entities_of("GPE")}


def test_office_of_a_commissioner_is_no_person():
    doc = govextract.extract("外交部驻澳门特别行政区特派员公署举行招待会。")
    assert "公署" not in {e.text for e in doc.entities_of("PERSON")}


def test_grammar_alone_reads_note_after_post():
    roles = find_roles_in_text("任命刘一鸣为市水务局副局长(试用期一年);")
    assert [(r.person, r.position) for r in roles] == [("刘一鸣", "市水务局副局长")]
