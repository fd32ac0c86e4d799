#!/usr/bin/env python3
"""Build govextract/data/surnames.tsv and name_chars.tsv from PFR (People's Daily, Jan 1998).

PFR tags a Chinese person name as two `nr` tokens, surname then given name (江/nr 泽民/nr); a
transliterated foreign name is one `nr` token (克林顿/nr). Counting those gives the surnames, the
characters of given names, and the characters of transliterations, without any hand list.

Usage: python training/build_names.py [PFR_FILE]   (default ../shared/corpora/pfr_1998_01/199801.utf8.txt)
"""
from __future__ import annotations

import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "pfr_1998_01" / "199801.utf8.txt"
DATA = ROOT / "govextract" / "data"
# 百家姓 (the classical list of surnames), single-character part: added when PFR has them too rarely
BAIJIAXING = (
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎"
    "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄"
    "和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭"
    "梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚"
    "程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫"
    "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双"
    "闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容"
    "向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空"
    "曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公"
    # common modern surnames outside the classical list
    "付铁信丘佘覃邝揭冼"
)
# compound surnames (复姓) from the same list
COMPOUND = (
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 端木 轩辕"
    " 申屠 呼延 万俟 闻人 澹台 公冶 太史 单于 赫连 钟离 濮阳 百里 东郭 西门 南宫"
)


def tokens(line: str) -> list[tuple[str, str]]:
    out = []
    for tok in line.split("  ")[1:]:
        word, _, tag = tok.strip().lstrip("[").rpartition("/")
        if "]" in tag:
            tag = tag.split("]")[0]
        out.append((unicodedata.normalize("NFKC", word), tag))
    return out


def main(path: Path) -> None:
    surnames: Counter[str] = Counter()
    given: Counter[str] = Counter()
    foreign: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        toks = tokens(line)
        for i, (word, tag) in enumerate(toks):
            if tag != "nr":
                continue
            prev_nr = i > 0 and toks[i - 1][1] == "nr"
            next_nr = i + 1 < len(toks) and toks[i + 1][1] == "nr"
            if next_nr and len(word) <= 2 and len(toks[i + 1][0]) <= 2:
                surnames[word] += 1
                given.update(toks[i + 1][0])
            elif not prev_nr and not next_nr and len(word) >= 3:
                foreign.update(word.replace("·", ""))
    with open(DATA / "surnames.tsv", "w", encoding="utf-8") as out:
        out.write("# Chinese surnames with their count as an nr surname token in PFR 1998-01 (People's Daily),\n")
        out.write("# built by training/build_names.py; surnames of the 百家姓 list that PFR lacks\n")
        out.write("# are added with count 0.\n")
        out.write("surname\tcount\n")
        for name, n in sorted(surnames.items(), key=lambda kv: (-kv[1], kv[0])):
            if n >= 2:
                out.write(f"{name}\t{n}\n")
        for name in list(dict.fromkeys(BAIJIAXING)) + COMPOUND.split():
            if surnames[name] < 2:
                out.write(f"{name}\t0\n")
    with open(DATA / "name_chars.tsv", "w", encoding="utf-8") as out:
        out.write("# Characters of Chinese given names (kind=given) and of transliterated foreign names\n")
        out.write("# (kind=foreign), with counts, from PFR 1998-01 nr tokens; built by training/build_names.py.\n")
        out.write("char\tkind\tcount\n")
        for kind, counter, floor in (("given", given, 2), ("foreign", foreign, 2)):
            for ch, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
                if n >= floor and "\u3400" <= ch <= "\u9fff":
                    out.write(f"{ch}\t{kind}\t{n}\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
