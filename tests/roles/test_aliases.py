"""Surname + title references (唐市长) link to the one named person who holds that title."""
import pytest

import govextract

CASES = [
    ("重庆市市长王大明出席会议。王市长指出，要加快发展。", {"王大明": ("王市长",)}),
    ("副市长李小红、副市长张伟民出席。李副市长说", {"李小红": ("李副市长",), "张伟民": ()}),
    ("省长欧阳明远到会。欧阳省长强调", {"欧阳明远": ("欧阳省长",)}),
    ("局长赵一平出席。李局长说", {"赵一平": ()}),  # no 李 holds 局长: not linked
    ("副市长王甲、副市长王乙出席。王副市长说", {"王甲": (), "王乙": ()}),  # two 王: ambiguous
    ("市长王大明出席。王大明市长说", {"王大明": ()}),  # the full name is written
    ("重慶市市長王大明出席會議。王市長指出", {"王大明": ("王市长",)}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_people_index_aliases(text, expected):
    people = {p.name: p.aliases for p in govextract.extract(text).people}
    for name, aliases in expected.items():
        assert people[name] == aliases


def test_alias_offsets_point_into_the_raw_text():
    raw = "重慶市市長王大明出席會議。王市(shì)長指出"
    doc = govextract.extract(raw)
    (alias,) = doc.aliases
    assert raw[alias.start:alias.end] == "王市(shì)長" and alias.text == "王市长"
    assert doc.to_dict()["aliases"][0]["person"] == "王大明"
