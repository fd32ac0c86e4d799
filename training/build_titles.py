#!/usr/bin/env python3
"""Build govextract/data/titles.tsv: office titles from corpora plus a hand-curated government list.

Sources:
- CLUENER2020 `position` labels (../shared/corpora/cluener2020/train.json, dev.json);
- Resume NER `TITLE` labels (../shared/corpora/resume_ner/*.char.bmes);
- HAND below: government, party, legislature, court and diplomatic titles of PRC, Hong Kong,
  Macao and Taiwan press releases, compiled by hand; Taiwan's 次长/课长/立委 and the 政务/常务 ranks
  from the Executive Yuan's organisation acts (行政院组织法, law.moj.gov.tw), 特派员 from the
  Commissioner's Offices of the Ministry of Foreign Affairs in Hong Kong and Macao (fmcoprc.gov.hk).

A corpus label is kept when it is a known title head with known modifiers before it (常务副市长 =
常务 + 副 + 市长), is seen at least twice, and is not a generic occupation (学生, 老师): the
roles grammar wants offices, not every noun for a person.

Usage: python training/build_titles.py
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
OUT = ROOT / "govextract" / "data" / "titles.tsv"

# title heads: the last word of an office title
HEADS = """
书记 副书记 总书记 常委 委员 主任 主任委员 主席 副主席 秘书长 秘书 副总 部长 局长 厅长 处长 科长 司长
署长 关长 院长 校长 所长 站长 台长 馆长 社长 行长 会长 理事长 理事 董事长 董事 总裁 总经理 经理
总监 监事 监事长 省长 市长 区长 县长 州长 镇长 乡长 村长 主委 检察长 审计长 总理 总统 首相 国务委员
委员长 议长 议员 大使 公使 领事 总领事 参赞 外长 外交部长 司令 司令员 政委 参谋长 院士 巡视员
调研员 发言人 新闻发言人 专员 廉政专员 行政长官 澳督 港督 首长 组长 队长 团长 庭长 审判长 教授
研究员 工程师 总工程师 会计师 经济师 编审 主编 总编辑 督学 总督 国务秘书 国务部长 财政部长 联邦委员
政务委员 特别助理 私人秘书 负责人 总干事 干事 常务理事 执行主任 谈判代表 总谈判代表 协理 高级专员
常任秘书长 主播 记者 通讯员 编辑 责任编辑 责编 作者 摄影 主持人 领导 领导班子 党组成员 专家 校董
厂长 总会计师 总经济师 夫人 上将 中将 少将 大校 上校 中校 少校 将军 元帅
股长 法官 检察官 审判员 指导员 教导员 参事 馆员 园长 军长 师长 旅长 营长 连长
大臣 国务卿 参议员 众议员 国王 女王 王储 特使 大法官 督察长 主任科员
次长 特派员 课长 主教 枢机主教 教练 指挥官 主治医师 顾问 立委 副代表 成员
""".split()
# words that may stand before a head inside one title
MODIFIERS = """
副 常务 执行 第一 代理 代 署理 署任 临时代理 名誉 荣誉 首席 高级 一级 二级 三级 四级 总 专职 专任
驻会 党组 党委 纪委 团委 工会 党总支 党支部 驻京 特约 见习 资深 助理 常任 联邦 政治 首席执行 新闻
国际关系 客座 兼职 独立 外部 非执行 独立非执行 海军 陆军 空军
政务 临床 外籍 候任
""".split()
# titles of a group of people, not an office (市领导A、B、C); leaders' lists give them
GROUP = {"领导", "领导班子", "成员"}
# credits of a page (bylines): PERSON, and an optional role row
BYLINE = {"记者", "通讯员", "编辑", "责任编辑", "责编", "作者", "摄影", "主持人", "驻京记者", "特约记者", "见习记者"}
# occupations too generic to be an office in a release
GENERIC = {
    "工人", "会员", "党员", "学生", "成员", "干部", "代表", "专家", "秘书", "经理", "助理", "负责人", "干事", "主播",
}


def corpus_labels() -> Counter[str]:
    counts: Counter[str] = Counter()
    for name in ("train.json", "dev.json"):
        path = CORPORA / "cluener2020" / name
        for line in path.read_text(encoding="utf-8").splitlines():
            counts.update(json.loads(line)["label"].get("position", {}).keys())
    for name in ("train.char.bmes", "dev.char.bmes", "test.char.bmes"):
        current = ""
        for line in (CORPORA / "resume_ner" / name).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) != 2 or not parts[1].endswith("TITLE"):
                continue
            current = parts[0] if parts[1][0] in "BS" else current + parts[0]
            if parts[1][0] in "ES":
                counts[current] += 1
                current = ""
    return counts


def is_title_shape(label: str) -> bool:
    """prefix modifiers + a head: 常务副市长, 一级巡视员; not 重庆市市长 (an organisation inside)."""
    for head in sorted(HEADS, key=len, reverse=True):
        if label.endswith(head):
            rest = label[: -len(head)]
            while rest:
                for mod in sorted(MODIFIERS, key=len, reverse=True):
                    if rest.endswith(mod):
                        rest = rest[: -len(mod)]
                        break
                else:
                    return False
            return True
    return False


def main() -> None:
    rows: dict[str, tuple[str, str]] = {}
    for head in HEADS:
        kind = "group" if head in GROUP else "byline" if head in BYLINE else "title"
        rows[head] = (kind, "hand")
    for title in BYLINE:
        rows[title] = ("byline", "hand")
    for label, n in corpus_labels().items():
        if n >= 2 and label not in rows and label not in GENERIC and is_title_shape(label):
            rows[label] = ("title", "corpus")
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# Office titles. source=corpus: CLUENER2020 `position` and Resume NER `TITLE` labels of the\n")
        out.write("# modifier+head shape seen twice or more; source=hand: compiled by hand (government, party,\n")
        out.write("# legislature, diplomatic titles). Built by training/build_titles.py; kind=group marks a group\n")
        out.write("# word (市领导), kind=byline a page credit (记者), kind=modifier a word that may precede a title.\n")
        out.write("title\tkind\tsource\n")
        for title, (kind, source) in sorted(rows.items(), key=lambda kv: (kv[1][0], -len(kv[0]), kv[0])):
            out.write(f"{title}\t{kind}\t{source}\n")
        for mod in MODIFIERS:
            out.write(f"{mod}\tmodifier\thand\n")


if __name__ == "__main__":
    main()
