"""PERSON finder and name readers: (text, expected names) tables with invented names."""
from __future__ import annotations

import time

import pytest

from govextract.ner.persons import chinese_name_after, chinese_name_before, find_persons, foreign_name_after


def _names(text: str) -> set[str]:
    return {text[s:e] for s, e, label in find_persons(text) if label == "PERSON"}


PERSONS = [
    # after titles, without swallowing the verb
    ("滨江市市长唐良平出席会议。", {"唐良平"}),
    ("市长万刚会见了代表团。", {"万刚"}),
    ("代市长王岐峰作政府工作报告。", {"王岐峰"}),
    ("行政长官李家明明日率团。", {"李家明"}),
    ("政务司司长欧阳秋华署理行政长官职务。", {"欧阳秋华"}),
    ("政制事务局常任秘书长谢凌洁莹等。", {"谢凌洁莹"}),
    # bylines and credits
    ("(记者 兰峰 周林)27日,", {"兰峰", "周林"}),
    ("信报讯(记者白延平)市第十二届", {"白延平"}),
    ("(焦明 摄)", {"焦明"}),
    ("记者 戴明 摄", {"戴明"}),
    ("(责任编辑:西西)", {"西西"}),
    ("编辑:范青\n责任编辑:杨建", {"范青", "杨建"}),
    ("(责编:孙红英、高雷)", {"孙红英", "高雷"}),
    ("作者:王海英 龚燕 谭倩\n", {"王海英", "龚燕", "谭倩"}),
    ("中新网北京3月24日电(韦香兰)全国两会", {"韦香兰"}),
    ("中国网7月24日讯(周晓明)23日", {"周晓明"}),
    ("(中央社记者赖于华台北29日电)行政院公布", {"赖于华"}),
    # speaker labels of transcripts
    ("国务院新闻办新闻局 寿小英:\n女士们", {"寿小英"}),
    ("宋善明:各位媒体朋友", {"宋善明"}),
    # leaders' lists and lists of names
    ("省领导孙春华、苏树青、于伟民出席。", {"孙春华", "苏树青", "于伟民"}),
    ("徐光明、王全书、任克文、铁代华和其他成员也在主席台就座。", {"徐光明", "王全书", "任克文", "铁代华"}),
    ("提名人选陈耀华、翁柏林、林丽英、王维清及萧祈文等5人", {"陈耀华", "翁柏林", "林丽英", "王维清", "萧祈文"}),
    # 同志, 先生 and names before titles
    ("以习近平同志为核心的党中央", {"习近平"}),
    ("受到胡志远市长的热情接待", {"胡志远"}),
    # foreign names
    ("刚果共和国布拉柴维尔市市长克里斯蒂安·罗热·奥康巴、驻中国大使丹尼尔·奥瓦萨",
     {"克里斯蒂安·罗热·奥康巴", "丹尼尔·奥瓦萨"}),
    ("葡萄牙总理苏格拉诺(José Sócrates)抵达", {"苏格拉诺"}),
    # traps: no person
    ("李局长表示同意。", set()),
    ("郑市长一行查看了项目。", set()),
    ("请拨打市长热线。", set()),
    ("重庆、四川、湖南、湖北、江西、安徽等地", set()),
    ("湘澧盐化、天盛电化、中联重科等重点企业", set()),
    ("会议应出席委员167名。", set()),
    ("文章来源:蕉城在线", set()),
    ("", set()),
]


@pytest.mark.parametrize("text,expected", PERSONS)
def test_find_persons(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text,start,expected",
    [
        ("唐良平出席", 0, "唐良平"),
        ("何青在合作协议上签字", 0, "何青"),
        ("程用文陪同会见", 0, "程用文"),
        ("王毅将于", 0, "王毅"),
        ("欧阳力出席", 0, "欧阳力"),
        ("张三", 0, "张三"),
        ("出席会议", 0, None),
        ("强调指出", 0, None),
    ],
)
def test_chinese_name_after(text: str, start: int, expected: str | None) -> None:
    end = chinese_name_after(text, start)
    assert (text[start:end] if end is not None else None) == expected


def test_chinese_name_before() -> None:
    text = "参访,毕荣青书记对"
    assert text[chinese_name_before(text, text.index("书记")) : text.index("书记")] == "毕荣青"


def test_foreign_name_stops_before_the_next_word() -> None:
    text = "彼得·罗德斯先生作了讲话"
    assert text[: foreign_name_after(text, 0)] == "彼得·罗德斯"


def test_spans_are_sorted_and_disjoint() -> None:
    spans = find_persons("副市长张三、李四出席。张三表示,李四说。")
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_five_hundred_names_are_linear() -> None:
    surnames, given = "王李张刘陈杨黄赵吴周", "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"
    names = [surnames[i % 10] + given[(i // 10) % 20] + given[i // 200] for i in range(500)]
    text = "副市长" + "、".join(names) + "出席会议。"
    started = time.perf_counter()
    found = _names(text)
    assert time.perf_counter() - started < 5
    assert found <= set(names) and len(found) > 0.9 * len(set(names))
