"""PERSON finder and name readers: (text, expected names) tables with invented names."""
from __future__ import annotations

import pytest

from govextract.ner.persons import chinese_name_after, chinese_name_before, find_persons, foreign_name_after


def _names(text: str) -> set[str]:
    return {text[s:e] for s, e, label in find_persons(text) if label == "PERSON"}


PERSONS = [
    # after titles, without swallowing the verb
    ("滨江市市长唐良平出席会议。", {"唐良平"}),
    ("市长万刚会见了代表团。", {"万刚"}),
    ("代市长王启峰作政府工作报告。", {"王启峰"}),
    ("行政长官李家明明日率团。", {"李家明"}),
    ("政务司司长欧阳静华署理行政长官职务。", {"欧阳静华"}),
    ("政制事务局常任秘书长何梁美仪等。", {"何梁美仪"}),
    # bylines and credits
    ("(记者 柯峰 周岚)27日,", {"柯峰", "周岚"}),
    ("信报讯(记者白振平)市第十二届", {"白振平"}),
    ("(焦明 摄)", {"焦明"}),
    ("记者 戴明 摄", {"戴明"}),
    ("(责任编辑:楠楠)", {"楠楠"}),
    ("编辑:范青\n责任编辑:杨建", {"范青", "杨建"}),
    ("(责编:孙红英、高峰)", {"孙红英", "高峰"}),
    ("作者:王海英 龚晴 谭悦\n", {"王海英", "龚晴", "谭悦"}),
    ("中新网北京5月12日电(韦秀芝)全国两会", {"韦秀芝"}),
    ("中国网7月24日讯(周晓明)23日", {"周晓明"}),
    ("(中央社记者赖宜华台北17日电)行政院宣布", {"赖宜华"}),
    # speaker labels of transcripts
    ("国务院新闻办新闻局 袁晓英:\n女士们", {"袁晓英"}),
    ("宋善明:各位媒体朋友", {"宋善明"}),
    # leaders' lists and lists of names
    ("省领导孙建华、苏明青、于建民出席。", {"孙建华", "苏明青", "于建民"}),
    ("徐光明、王书全、任克文、铁代华和其他成员一同在主席台就座。", {"徐光明", "王书全", "任克文", "铁代华"}),
    ("提名人选陈启华、翁柏林、林丽英、王蕙清及萧志文等5人", {"陈启华", "翁柏林", "林丽英", "王蕙清", "萧志文"}),
    # 同志, 先生 and names before titles
    ("向刘建国同志为代表的先进集体学习", {"刘建国"}),
    ("受到胡志远市长的热情接待", {"胡志远"}),
    # foreign names
    ("刚果共和国黑角市市长帕特里克·雷诺·恩代卡、驻中国大使米歇尔·恩戈马",
     {"帕特里克·雷诺·恩代卡", "米歇尔·恩戈马"}),
    ("葡萄牙总理莫雷拉(Tiago Moreira)抵达", {"莫雷拉"}),
    # traps: no person
    ("李局长表示同意。", set()),
    ("郑市长一行查看了项目。", set()),
    ("请拨打市长热线。", set()),
    ("广东、广西、云南、贵州、福建、海南等地", set()),
    ("湘源盐化、天宏电化、中联重工等重点企业", set()),
    ("会议应出席委员143名。", set()),
    ("文章来源:东湖在线", set()),
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
        ("程永文陪同会见", 0, "程永文"),
        ("王澄将于", 0, "王澄"),
        ("欧阳明出席", 0, "欧阳明"),
        ("张三", 0, "张三"),
        ("出席会议", 0, None),
        ("强调指出", 0, None),
    ],
)
def test_chinese_name_after(text: str, start: int, expected: str | None) -> None:
    end = chinese_name_after(text, start)
    assert (text[start:end] if end is not None else None) == expected


def test_chinese_name_before() -> None:
    text = "参访,毕思远书记对"
    assert text[chinese_name_before(text, text.index("书记")) : text.index("书记")] == "毕思远"


def test_foreign_name_stops_before_the_next_word() -> None:
    text = "亨克·莫兰斯先生作了讲话"
    assert text[: foreign_name_after(text, 0)] == "亨克·莫兰斯"


def test_spans_are_sorted_and_disjoint() -> None:
    spans = find_persons("副市长张三、李四出席。张三表示,李四说。")
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_five_hundred_names_in_one_list() -> None:
    surnames, given = "王李张刘陈杨黄赵吴周", "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"
    names = [surnames[i % 10] + given[(i // 10) % 20] + given[i // 200] for i in range(500)]
    text = "副市长" + "、".join(names) + "出席会议。"
    found = _names(text)  # its time is measured in benchmarks/bench_bad_input.py
    assert found <= set(names) and len(found) > 0.9 * len(set(names))
