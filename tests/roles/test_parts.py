"""Event parts: (text, person, expected event_role), one or more per part. Names are invented."""
from __future__ import annotations

import pytest

from govextract.roles.grammar import find_roles_in_text

PARTS = [
    ("滨江市副市长刘中华与南湖区区长何青华在合作协议上签字。", "刘中华", "signatory"),
    ("滨江市副市长刘中华与南湖区区长何青华在合作协议上签字。", "何青华", "signatory"),
    ("滨江市市长高文博、东川省副省长杨洪明等领导助签。", "杨洪明", "witness"),
    ("市委书记袁明见证签约。", "袁明", "witness"),
    ("市政协主席张宣明出席。", "张宣明", "attendee"),
    ("市长万刚会见了代表团一行,副市长邓永武陪同会见。", "邓永武", "attendee"),
    ("市长万刚会见了代表团一行,副市长程永武陪同会见。", "万刚", "meets"),
    ("会议由区长陈宗明主持。", "陈宗明", "presider"),
    ("市委副书记、市长杜长明主持会议。", "杜长明", "presider"),
    ("省委书记孙建华在开幕式上致辞。", "孙建华", "speaker"),
    ("国家统计局新闻发言人蒋晓峰介绍有关情况。", "蒋晓峰", "speaker"),
    ("日本松江市市长山田一郎率政府代表团访问。", "山田一郎", "visitor"),
    ("代表团成员包括:立法会主席黄志明、终审法院院长岑家明。", "岑家明", "visitor"),
    ("澳门文化节筹备办公室主任梁宝华陪同参观并讲解。", "梁宝华", "host"),
    ("任命王永明为安平市人民政府副市长。", "王永明", "appointed"),
    ("免去张建国的市财政局局长职务。", "张建国", "removed"),
    ("陈思明当选为政协南湖区第五届委员会主席。", "陈思明", "elected"),
    ("接受康文辞去安平市人民政府市长的职务。", "康文", "resigned"),
    ("贯彻落实黎振华总书记重要指示精神。", "黎振华", None),
    ("副市长高文博。", "高文博", None),
]


@pytest.mark.parametrize("text,person,part", PARTS)
def test_event_role(text: str, person: str, part: str | None) -> None:
    parts = {r.event_role for r in find_roles_in_text(text) if r.person == person}
    assert parts == {part}
