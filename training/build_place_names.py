"""Build govextract/data/place_names.tsv: named places the division and country tables lack.

Rivers, mountains, lakes, regions, foreign states' provinces and cities, towns and villages: every
place span of two annotated corpora, kept where the corpora label the string a place almost every time
they write it, so that a word that is also a place now and then (西岸, 海湾, 高升) stays out:

- MSRA NER (SIGHAN 2006 bakeoff) train, LOC spans: ../shared/corpora/msra_ner/msra_train.char.bio;
- People's Daily January 1998 (PKU tags), training part only (paragraphs dated before 1998-01-26):
  ns words and [...]ns brackets (../shared/corpora/pfr_1998_01/199801.utf8.txt).

Only strings and counts are taken from the corpora. A string is kept when it is labelled a place at
least MIN_COUNT times and in at least MIN_SHARE of all the places both corpora write it; it is two to
twelve Han characters; it is no venue or building (馆, 中心, 大厦: those are organisations in press
releases), no string either corpus also labels a person, no star (火星, 银河系), no bank or stretch
of a place (黄浦江畔, 沿岸), no known division or country with a generic tail (广东地区), and no
division, country or city the package already lists. PFR tags a few persons ns (阿比托): the place
finder takes no corpus place right after a title (govextract/ner/places.py).
A county's short form (敦煌 for 敦煌市) the corpora support is kept: it then names the county in any
document, not only after its full name.

    python training/build_place_names.py
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from ner_corpora import bioes_spans, read_msra_train, read_pfr  # noqa: E402

from govextract.data import read_words, tables  # noqa: E402

OUT = ROOT / "govextract" / "data" / "place_names.tsv"
MIN_COUNT = 2
MIN_SHARE = 0.8
HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}")
# venues and works: organisations or things in press releases, not places
NOT_PLACES = re.compile(r"(?:馆|院|中心|大厦|商场|商城|书店|厅|剧场|体育场|卫星|飞船|号|站|公司|店|场|厂|基地"
                        r"|会址|宫|寺|楼|园|碑|堂|塔|桥|城|星|系|座|星云|畔|沿岸|一带|境内|地带|大陆)$")
GENERIC_TAIL = re.compile(r"(?:地区|区|市|一带|境内)$")
# the last characters that make a place a political unit (GPE); the rest are LOC
GPE_ENDS = re.compile(r"(?:省|州|市|县|区|镇|乡|村|邦|郡|道|府|国|帝国|王国|共和国|特区)$")
LOC_ENDS = re.compile(r"(?:山|峰|岭|江|河|湖|海|湾|岛|群岛|半岛|洋|峡|海峡|谷|谷地|原|平原|高原|盆地|沙漠|走廊|三角洲|"
                      r"水|泉|潭|滩|洲|川|关|路|街|大街|大道|铁路|公路|运河|水库|地区|亚|美|欧|非|次大陆|圈|礁|源|渠|沟)$")


def place_counts() -> tuple[Counter, set[str], list[str]]:
    """(times each string is a place span, strings that are also persons, the texts), over MSRA train
    and PFR's training part."""
    places: Counter = Counter()
    persons: set[str] = set()
    texts: list[str] = []
    for sentences in (read_msra_train(), read_msra_train(validation=True), read_pfr()):
        for text, tags in sentences:
            texts.append(text)
            for start, end, label in bioes_spans(tags):
                if label == "LOC":
                    places[text[start:end]] += 1
                elif label == "PER":
                    persons.add(text[start:end])
    return places, persons, texts


def listed_names() -> tuple[set[str], set[str]]:
    """(names the package's tables already give as places, county short forms that are mostly words)."""
    listed: set[str] = set()
    wordy: set[str] = set()
    for division in tables.divisions():
        listed.add(division.name)
        if division.short and division.level != "county":
            listed.add(division.short)
        elif division.short and division.short_ambiguous:
            wordy.add(division.short)
    for country in tables.countries():
        listed.update(form for form in (country.name, *country.aliases, country.capital) if form)
    listed.update(tables.country_aliases())
    listed.update(read_words("foreign_cities.tsv"))
    listed.update(name for name, _label in tables.regions())
    return listed, wordy


def label_of(name: str) -> str:
    if LOC_ENDS.search(name):
        return "LOC"
    return "GPE" if GPE_ENDS.search(name) or len(name) <= 4 else "LOC"


def main(out_path: Path = OUT) -> None:
    places, persons, texts = place_counts()
    listed, wordy = listed_names()
    candidates = [name for name, count in places.items()
                  if count >= MIN_COUNT and HAN_NAME.fullmatch(name) and name not in listed and name not in wordy
                  and name not in persons and not NOT_PLACES.search(name)]
    generic = [name for name in candidates if GENERIC_TAIL.search(name)
               and GENERIC_TAIL.sub("", name) in listed]
    candidates = sorted(set(candidates) - set(generic))
    written = Counter()
    pattern = re.compile("|".join(sorted(map(re.escape, candidates), key=len, reverse=True)))
    for text in texts:  # how often each candidate is written at all, as the longest candidate there
        written.update(m.group() for m in pattern.finditer(text))
    kept = sorted((name for name in candidates if places[name] >= MIN_SHARE * max(written[name], places[name])),
                  key=lambda name: (-places[name], name))
    lines = [
        "# generated by training/build_place_names.py, do not edit",
        "# Named places the division and country tables lack (rivers, mountains, regions, foreign provinces",
        "# and cities, towns, villages): strings that MSRA NER train (SIGHAN 2006, LOC) and People's Daily",
        "# 1998-01's training part (PKU tags, ns) label a place at least "
        f"{MIN_COUNT} times and in at least {MIN_SHARE:.0%} of the times",
        "# they write them. Only strings and counts are taken from the corpora. label: GPE for political units",
        "# (by the last characters: 州, 县, 村, 共和国, or a short transliterated name), LOC for the rest.",
        "name\tlabel\tcount",
        *(f"{name}\t{label_of(name)}\t{places[name]}" for name in kept),
    ]
    out_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} names -> {out_path}")


if __name__ == "__main__":
    main()
