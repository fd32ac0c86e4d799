"""Roles through govextract.extract: traditional script, pinyin artefacts, full-width punctuation,
offsets into the raw text. Names are invented."""
from __future__ import annotations

import pytest

import govextract

VARIANTS = [
    # traditional script
    ("滨江市市長高文博出席會議。", {("高文博", "滨江市市长")}),
    ("東川省委副書記、省長許俊山率團考察。", {("许俊山", "东川省委副书记"), ("许俊山", "东川省长")}),
    ("副市長張志偉、李秀英出席。", {("张志伟", "副市长"), ("李秀英", "副市长")}),
    # pinyin left after characters by a scraper
    ("重慶(qìng)市常務(wù)副市長(zhǎng)羅建平陪同。", {("罗建平", "重庆市常务副市长")}),
    ("中國(guó)工程院院士方志遠(yuǎn)作報(bào)告。", {("方志远", "中国工程院院士")}),
    # full-width punctuation
    ("会上，副市长、区委书记林铭远讲话。", {("林铭远", "副市长"), ("林铭远", "区委书记")}),
    ("任命王永明为安平市人民政府副市长；免去鲁振文的市财政局局长职务。",
     {("王永明", "安平市人民政府副市长"), ("鲁振文", "市财政局局长")}),
]


@pytest.mark.parametrize("raw,expected", VARIANTS)
def test_roles_through_extract(raw: str, expected: set[tuple[str, str]]) -> None:
    doc = govextract.extract(raw)
    assert {(r.person, r.position) for r in doc.roles} == expected


@pytest.mark.parametrize("raw,expected", VARIANTS)
def test_role_offsets_point_into_the_raw_text(raw: str, expected: set[tuple[str, str]]) -> None:
    roles = govextract.extract(raw).roles
    assert len(roles) == len(expected)  # the loop below must have something to check
    for role in roles:
        assert 0 <= role.start < role.end <= len(raw)
        assert role.person in govextract.normalise(raw[role.start : role.end]).text


def test_persons_are_entities() -> None:
    doc = govextract.extract("重慶市市長高文博會見了代表團。(記者 柯峰)")
    assert {"高文博", "柯峰"} <= {e.text for e in doc.entities if e.label == "PERSON"}


def test_people_index_has_positions_and_parts() -> None:
    doc = govextract.extract("市委副书记、市长范立海主持会议。范立海强调,要抓好落实。")
    person = next(p for p in doc.people if p.name == "范立海")
    assert person.positions == ("市委副书记", "市长")
    assert person.event_roles == ("presider",)


@pytest.mark.parametrize(("raw", "people"), [
    ("", set()), ("市长", set()), ("((((市长(((张", set()), ("、" * 50, set()), ("任命", set()), ("免去的职务", set()),
    ("副市长张三、" * 300, {"张三"}),
])
def test_bad_input_gives_sound_output(raw: str, people: set[str]) -> None:
    doc = govextract.extract(raw)
    assert {r.person for r in doc.roles} == people
    for item in (*doc.roles, *doc.entities):
        assert 0 <= item.start < item.end <= len(raw)
    for entity in doc.entities:
        assert govextract.normalise(raw[entity.start : entity.end]).text == entity.text
