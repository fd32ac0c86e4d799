"""GPE and LOC: administrative divisions, countries, foreign cities and named regions.

Divisions come from data/divisions.tsv (cpca's adcode table). Province and prefecture names match in
full and short form (重庆市, 重庆); a county's short form (北碚 for 北碚区) only in a document that
also writes its full name, because many county short forms are ordinary words.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import read_table, read_words
from .gazetteer import compile_words

Span = tuple[int, int, str]

# A foreign subdivision written right after its country: 荷兰蒂尔堡市, 芬兰萨塔昆塔地区, 韩国光州广域市.
_FOREIGN_UNIT = r"(?:[\u4e00-\u9fff](?:[^\W\d_副市省州县区长]|[·-]){0,6}?(?:广域市|特别市|地区|市|省|州|县))(?!长)"


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    """(always-on names -> label, county short -> full name, always-on regex)."""
    stop = set(read_words("place_stopwords.tsv"))
    names: dict[str, str] = {}
    county_short: dict[str, str] = {}
    for name, short, level, _code in read_table("divisions.tsv"):
        if name not in stop:
            names[name] = "GPE"
        if short and short not in stop:
            if level == "county":
                county_short.setdefault(short, name)
            else:
                names[short] = "GPE"
    for row in read_table("countries.tsv"):
        name, aliases, capital = (row + ("", ""))[:3]
        for form in [name, capital, *aliases.split(",")]:
            if form.strip():
                names[form.strip()] = "GPE"
    for city in read_words("foreign_cities.tsv"):
        names[city] = "GPE"
    for name, label in read_table("regions.tsv"):
        names[name] = label
    for short in list(county_short):
        if short in names:
            del county_short[short]
    return names, county_short, compile_words(names)


@lru_cache(maxsize=1)
def _foreign_unit() -> re.Pattern[str]:
    countries = [form for row in read_table("countries.tsv") for form in [row[0], *row[1].split(",")]
                 if form and form != "中国"]
    return re.compile("(?:" + "|".join(sorted(map(re.escape, countries), key=len, reverse=True)) + ")"
                      + f"({_FOREIGN_UNIT})")


def find_places(text: str) -> list[Span]:
    """GPE and LOC spans: find_places('重庆市北碚区') -> [(0, 3, 'GPE'), (3, 6, 'GPE')]."""
    names, county_short, pattern = _gazetteer()
    spans: list[Span] = []
    seen_full: set[str] = set()
    full_at: dict[int, int] = {}
    for m in pattern.finditer(text):
        spans.append((m.start(), m.end(), names[m.group()]))
        seen_full.add(m.group())
        full_at[m.start()] = m.end()
    for m in _foreign_unit().finditer(text):
        spans.append((m.start(1), m.end(1), "GPE"))
    # a county's short form stands for it only once the document has named the county in full
    wanted = {short for short, full in county_short.items() if full in seen_full}
    if wanted:
        for m in re.finditer("|".join(sorted(wanted, key=len, reverse=True)), text):
            if m.group() in wanted and full_at.get(m.start(), 0) <= m.end():
                spans.append((m.start(), m.end(), "GPE"))
    return spans
