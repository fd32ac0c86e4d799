"""GPE and LOC: administrative divisions, countries, foreign cities and named regions.

Divisions come from data/divisions.tsv (cpca's adcode table). Province and prefecture names match in
full and short form (重庆市, 重庆); a county's short form (北碚 for 北碚区) only in a document that
also writes its full name or writes the short form right after its province or prefecture (浙江义乌),
because many county short forms are ordinary words.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import read_table, read_words, tables
from ..lang.chains import known_org_names
from ..lang.chars import HAN_UNIFIED
from ..lang.names import NEVER_CHARS
from ..lang.titles import TITLE_RE
from .gazetteer import compile_words, trie_pattern
from .names import COORD_CHARS, STOP_CHARS, TOWN_ENDS, is_han, level_words, name_verbs, spans_containing

Span = tuple[int, int, str]

# A foreign subdivision written right after its country: 荷兰蒂尔堡市, 芬兰萨塔昆塔地区, 韩国光州广域市.
# A preposition opens no unit: 新加坡驻广州总领事 names 广州, not a Singapore unit 驻广州.
_FOREIGN_UNIT = (rf"(?:(?![驻在赴访与和及对同])[{HAN_UNIFIED}](?:[^\W\d_副市省州县区长]|[·-]){{0,6}}?"
                 r"(?:广域市|特别市|地区|市|省|州|县))(?![长场])"
                 # or a city written without 市 before its mayor: 秘鲁阿雷基帕副市长, 巴西累西腓市长
                 rf"|(?:(?![驻在赴访与和及对同])[{HAN_UNIFIED}][^\W\d_副市省州县区长的]{{1,6}}?)(?=副?市长)")


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(read_words("place_stopwords.tsv"))


def former_county_name(name: str, short: str) -> str:
    """The 县 a county-level city or district was before it was upgraded: 抚远市 -> 抚远县, 鄞州区 -> ''.

    Most county-level cities (抚远市, 义乌市) and many districts were counties under the same short
    name until the 1980s-2010s (State Council approvals of 撤县设市 / 撤县设区), and press releases and
    older documents keep writing the old name. Only a plain 市 or 区 qualifies; the short form must
    be two characters or more, as the table's own short forms are.
    """
    if len(short) >= 2 and name == short + name[-1] and name[-1] in "市区":
        return short + "县"
    return ""


def later_county_names(name: str, short: str) -> tuple[str, ...]:
    """The names a county may have taken since the table was made: 湟中县 -> 湟中区, 湟中市.

    Counties keep being made districts and county-level cities under their short name (State Council
    approvals of 撤县设区 / 撤县设市), and the division table lags behind them."""
    if len(short) >= 2 and name == short + "县":
        return short + "区", short + "市"
    return ()


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], dict[str, tuple[str, ...]], re.Pattern[str]]:
    """(always-on names -> label, county short -> its full names, always-on regex)."""
    stop = _stopwords()
    names: dict[str, str] = {}
    county_short: dict[str, tuple[str, ...]] = {}
    old_names: dict[str, str] = {}
    new_names: list[str] = []
    for name, short, level, _code, ambiguous in read_table("divisions.tsv"):
        if name not in stop:
            names[name] = "GPE"
        if short and short not in stop:
            if level == "county":
                old = former_county_name(name, short) if ambiguous == "0" else ""
                if old:  # not for a short form that is mostly a word (合作市 -> no 合作县)
                    old_names[old] = short
                if ambiguous == "0":  # 合作 for 合作市 would tag every 合作 once the city is named
                    new_names.extend(later_county_names(name, short))
                    county_short.setdefault(short, (name, old) if old else (name,))
            else:
                names[short] = "GPE"
    for old in old_names:
        names.setdefault(old, "GPE")
    for new in new_names:
        names.setdefault(new, "GPE")
    names.update(dict.fromkeys(_foreign_names(), "GPE"))
    for name, label in read_table("regions.tsv"):
        names[name] = label
    for name, label, _count in read_table("place_names.tsv"):
        names.setdefault(name, label)
    for short in list(county_short):
        if short in names:
            del county_short[short]
    return names, county_short, compile_words(names)


def _foreign_names() -> list[str]:
    """Countries, their other names and capitals, the names Taiwan and Hong Kong use (帛琉), foreign cities."""
    found: list[str] = []
    for row in read_table("countries.tsv"):
        name, aliases, capital = (row + ("", ""))[:3]
        found.extend(form.strip() for form in [name, capital, *aliases.split(",")] if form.strip())
    found.extend(tables.country_aliases())
    found.extend(read_words("foreign_cities.tsv"))
    return found


@lru_cache(maxsize=1)
def _county_shorts_by_full() -> dict[str, tuple[str, ...]]:
    """A county's full name (or former 县 name) -> the short forms it licenses."""
    shorts: dict[str, list[str]] = {}
    for short, fulls in _gazetteer()[1].items():
        for full in fulls:
            shorts.setdefault(full, []).append(short)
    return {full: tuple(found) for full, found in shorts.items()}


# A street, road, lake or reservoir with a two- or three-character name, standing after a boundary:
# 沿清溪路、春华大道 -> 清溪路, 春华大道.
_NAME_CHAR = "[^\\W\\d_" + "".join(sorted(STOP_CHARS | COORD_CHARS)) + "沿经往]"
# what may follow a road's name: not a Han character, or one that says more of the road (段, 口, 交汇, 两旁)
_AFTER_ROAD = "(?=[^" + HAN_UNIFIED + "]|[、和与及段口上以沿等一至东南西北交附两旁]|$)"
_STREET_NAME = r"(" + _NAME_CHAR + r"{2,3}?(?:(?:大道|大街|高架|路)" + _AFTER_ROAD + r"|湖(?![南北泊区畔光])|水库))"
STREET = re.compile(
    rf"(?:(?<=[^{HAN_UNIFIED}])|(?<=^)|(?<=[" + "".join(sorted(STOP_CHARS | COORD_CHARS)) + "沿经往]))"
    + _STREET_NAME
)
# a road's name right after its city or district: 重庆市渝北区金开大道 (not a lake or reservoir: after a
# place its first characters are as often a direction, 黄河北岸水库, 湖南东洞庭湖)
STREET_AFTER_PLACE = re.compile(r"(" + _NAME_CHAR + r"{2,3}?(?:大道|大街|路)" + _AFTER_ROAD + ")")


# A town, township, subdistrict or village after a boundary or a larger division: 平阳县鳌江镇, 、桃源村
TOWN_GOVERNMENT = tables.place_words("town_government")
TOWN_NOT_NAME = frozenset("个多每许些几万千百位著实感样村乡镇县市区省")
_TOWN_CHAR = r"[^\W\d_" + "".join(sorted(STOP_CHARS | COORD_CHARS | TOWN_NOT_NAME)) + "]"
# a name may end in 村 before its own suffix: 仁村村, 蒋村镇
TOWN = re.compile(
    rf"((?:{_TOWN_CHAR}{{2,3}}?|{_TOWN_CHAR}{{1,2}}村)(街道|镇|乡|村))"
    r"(?![长委民干级镇里上企小道办支]|村(?!委会|民委员会|两委|党)|党(?!支部|总支|委))"
)
LEVEL_WORD_AFTER_CITY = tables.place_words("after_city")
# a residents' community named right after its town or subdistrict (红星社区 in 滨江街道红星社区)
COMMUNITY_AFTER = re.compile(rf"{_TOWN_CHAR}{{2,4}}?社区")
STREET_AFTER = tables.place_words("after_street")


@lru_cache(maxsize=1)
def _street_stopwords() -> frozenset[str]:
    return frozenset(read_words("street_stopwords.tsv"))


def _towns(text: str, place_at: dict[int, int]) -> list[Span]:
    """Towns and villages right after a county or city (鳌江镇 in 平阳县鳌江镇), or two in a list."""
    stop = _town_stopwords()
    verbs = name_verbs()
    place_ends = set(place_at.values())
    found = []
    for m in TOWN.finditer(text):
        start, end = m.span(1)
        name = m.group(1)
        suffix = m.group(2)
        word = next((w for w in stop if name.endswith(w) and len(w) > len(suffix)), "")
        if name[:2] in verbs:
            continue  # 通过村两委会议: a verb and its object
        before = text[start - 1] if start else ","
        bounded = not is_han(before) or before in STOP_CHARS or before in COORD_CHARS
        governed = bounded and text.startswith(TOWN_GOVERNMENT, end)  # 戴窑镇政府
        if word and governed and len(name) > len(word):
            word = ""  # 青山村党支部: a name ending like 山村 with its own party branch
        common = bool(word)
        if common and not (len(name) > 2 and name.endswith("村" + suffix)):
            continue  # 城镇, 农村; 街道 alone is the suffix and needs a name before it
        found.append((start, end, start in place_ends or governed, bounded, common))
    kept: list[Span] = []
    for i, (start, end, after_place, bounded, common) in enumerate(found):
        near_previous = i > 0 and start - found[i - 1][1] <= 1 and not found[i - 1][4]
        near_next = i + 1 < len(found) and found[i + 1][0] - end <= 1 and not found[i + 1][4]
        listed = bounded and (near_previous or near_next)
        if common:  # 蒋村镇 ends like 村镇 (a common noun): a name only in a list of towns
            if listed:
                kept.append((start, end, "GPE"))
            continue
        # a town written before its village names both: 三溪口街道下坦村, 北山镇桥头村
        nested = ((i + 1 < len(found) and found[i + 1][0] == end and text[found[i + 1][1] - 1] == "村"
                   or COMMUNITY_AFTER.match(text, end) is not None)  # 滨江街道红星社区: a town and its community
                  and bounded and text.endswith(TOWN_ENDS, 0, end))
        under = i > 0 and found[i - 1][1] == start and (kept[-1:] == [(found[i - 1][0], start, "GPE")])
        if after_place or listed or nested or under:
            kept.append((start, end, "GPE"))
    return kept


@lru_cache(maxsize=1)
def _town_stopwords() -> frozenset[str]:
    return frozenset(read_words("town_stopwords.tsv"))


def _streets(text: str, place_at: dict[int, int]) -> list[Span]:
    """Streets and lakes, kept where the context says place: a list of them, 段/口 after, a city before."""
    stop = _street_stopwords()
    found = []
    place_ends = set(place_at.values())
    matches = [*STREET.finditer(text), *(m for end in place_ends if (m := STREET_AFTER_PLACE.match(text, end)))]
    for m in matches:
        name = m.group(1)
        if not any(name.endswith(w) for w in stop) and not any(ch in STOP_CHARS for ch in name):
            found.append((m.start(1), m.end(1)))
    found = sorted(set(found))
    # a city and then more before the ending is two names (武汉 + 东湖), a city alone is a street's name (南昌路)
    found = [(start, end) for start, end in found
             if place_at.get(start, end - 1) >= end - 1 or text.startswith("大道", end - 2)]
    kept = []
    for i, (start, end) in enumerate(found):
        listed = (i > 0 and start - found[i - 1][1] <= 1) or (i + 1 < len(found) and found[i + 1][0] - end <= 1)
        if listed or text.startswith(STREET_AFTER, end) or start in place_ends or text[end - 1] in "湖库":
            kept.append((start, end, "LOC"))
    return kept


@lru_cache(maxsize=1)
def _foreign_unit() -> re.Pattern[str]:
    countries = [form for row in read_table("countries.tsv") for form in [row[0], *row[1].split(",")]
                 if form and form != "中国"]
    return re.compile("(?:" + "|".join(sorted(map(re.escape, countries), key=len, reverse=True)) + ")"
                      + f"({_FOREIGN_UNIT})")


@lru_cache(maxsize=1)
def _full_names() -> dict[str, str]:
    """Short or other name -> full name: 重庆 -> 重庆市, 北碚 -> 北碚区, 印尼 -> 印度尼西亚."""
    full: dict[str, str] = {}
    for name, short, _level, _code, _ambiguous in read_table("divisions.tsv"):
        if short:
            full.setdefault(short, name)  # the table lists provinces first: 吉林 -> 吉林省
    for row in read_table("countries.tsv"):
        for alias in filter(None, (row + ("",))[1].split(",")):
            full.setdefault(alias.strip(), row[0])
    for alias, name in tables.country_aliases().items():
        full.setdefault(alias, name)
    return full


def canonical_place(name: str) -> str | None:
    """The full name of a place written short: canonical_place('重庆') -> '重庆市'."""
    return _full_names().get(name)


@lru_cache(maxsize=1)
def _foreign_only() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """(capitals and foreign cities, characters of transliterated names, blocker-word regex)."""
    cities = set(read_words("foreign_cities.tsv"))
    cities.update(row[2] for row in read_table("countries.tsv") if len(row) > 2 and row[2])
    cities.difference_update(name for row in read_table("countries.tsv") for name in (row[0], *row[1].split(",")))
    # persons' table of name characters (data/name_chars.tsv, from PFR nr tokens): frequent foreign ones
    try:
        rows = read_table("name_chars.tsv")
    except FileNotFoundError:  # the table belongs to the person finder; places work without it
        rows = ()
    chars = {row[0] for row in rows if len(row) > 2 and row[1] == "foreign" and row[2].isdigit() and int(row[2]) >= 30}
    return frozenset(cities), frozenset(chars), compile_words(read_words("place_blockers.tsv"))


@lru_cache(maxsize=1)
def _two_character_words() -> frozenset[str]:
    """Two-character verbs PFR counts (data/name_verbs.tsv), titles and title modifiers (data/titles.tsv)
    and role cues (data/role_cues.tsv): 代理, 总理, 助理, 办理."""
    words = (*name_verbs(), *(row.title for row in tables.titles()), *(cue.cue for cue in tables.role_cues()))
    return frozenset(word for word in words if len(word) == 2)


@lru_cache(maxsize=1)
def _corpus_names() -> frozenset[str]:
    """Places only data/place_names.tsv lists: read from corpora, they need a free left edge."""
    names = _gazetteer()[0]
    listed = set(_foreign_names()) | {row[0] for row in read_table("regions.tsv")} | {
        form for row in read_table("divisions.tsv") for form in row[:2] if form}
    return frozenset(row[0] for row in read_table("place_names.tsv") if row[0] in names and row[0] not in listed)


# prepositions and verbs of going that open a place's name (到漓江, 赴达沃斯); the other prepositions are
# characters no name holds (NEVER_CHARS: 在, 从); 向 is not among them (丁向阳关于: no 阳关)
_PLACE_OPENERS = frozenset("到往至赴访抵经去来游临入进回返过沿")


def _opens_free(text: str, start: int, place_ends: set[int]) -> bool:
    """Whether a name may open at `start`: at the text's start, after punctuation, a preposition, a
    conjunction, a verb of going, a two-character word or another place (英国威尔士); not where its
    first character ends a word (打通山口), after a title or where Han characters run on before it
    (新南威尔士)."""
    if start == 0:
        return True
    if _opens_inside_word(text, start):
        return False
    before = text[start - 1]
    if _title_ends_at(text, start):
        return False  # 部长阿比托: a name after a title is a person's
    return (not is_han(before) or before in NEVER_CHARS or before in COORD_CHARS or before in _PLACE_OPENERS
            or start in place_ends or text[start - 2:start] in _two_character_words())


def _title_ends_at(text: str, i: int) -> bool:
    """Whether a title (市长, 副部长) ends at i."""
    return any(TITLE_RE.fullmatch(text, j, i) for j in range(max(0, i - 6), i - 1))


def _opens_inside_word(text: str, start: int) -> bool:
    """Whether a place's first character ends a two-character word that opens right before it (理 of 理县
    in 代理县长): the place is then letters of that word and the level word after it (县长)."""
    return start > 0 and text[start - 1:start + 1] in _two_character_words()


def _in_foreign_name(text: str, start: int, end: int, name: str, after_place: bool) -> bool:
    """A foreign city inside a transliterated personal name: 利马 in 克利马, 塔拉瓦 in 塔拉瓦奈."""
    cities, chars, _ = _foreign_only()
    before = text[start - 1] if start and not after_place else ""
    after = text[end] if end < len(text) else ""
    if before == "·" or after == "·":
        return True
    return name in cities and (before in chars or after in chars)


def _foreign_units(text: str, stop: frozenset[str]) -> list[Span]:
    """A foreign state's provinces, states and cities named after it: 日本大阪府, 美国加利福尼亚州."""
    found = []
    for m in _foreign_unit().finditer(text):
        unit = m.group(1)
        if "自治" in unit:
            continue  # 族自治州 ends a Chinese autonomous prefecture (延边朝鲜族自治州), no foreign state
        if known_org_names().fullmatch(unit):
            continue  # 日本外务省: a ministry, not a province
        if unit[-2:] not in stop and not any(ch in STOP_CHARS or ch in COORD_CHARS for ch in unit):
            found.append((m.start(1), m.end(1), "GPE"))
    return found


def find_places(text: str) -> list[Span]:
    """GPE and LOC spans: find_places('重庆市北碚区') -> [(0, 3, 'GPE'), (3, 6, 'GPE')]."""
    foreign = _foreign_units(text, _stopwords())
    listed, full_at = _listed_names(text, foreign)
    spans: list[Span] = foreign + listed
    streets = _streets(text, full_at)
    if streets:  # a city named in a street's name is not a place of its own: 南昌 in 南昌路
        inside = spans_containing(streets)
        spans = [span for span in spans if inside(span[0], span[1]) is None]
        spans.extend(streets)
    towns = _towns(text, full_at)
    if towns:  # a city's name inside a town's is no place of its own: 海口 in 海口镇
        inside_town = spans_containing(towns)
        spans = [span for span in spans if inside_town(span[0], span[1]) is None]
        spans.extend(towns)
    spans.extend(_listed_places(text, spans))
    spans.extend(_ports(text, spans))
    spans.extend(_county_short_forms(text, full_at))
    return spans


def _listed_names(text: str, foreign: list[Span]) -> tuple[list[Span], dict[int, int]]:
    """The gazetteer's names in the text, less those that are letters of other words, and start -> end
    of each."""
    names, _, pattern = _gazetteer()
    corpus_names = _corpus_names()
    in_foreign = spans_containing(foreign)
    blocked = spans_containing([(m.start(), m.end(), "") for m in _foreign_only()[2].finditer(text)])
    spans: list[Span] = []
    full_at: dict[int, int] = {}
    ends = {end for _, end, _ in foreign}
    for m in pattern.finditer(text):
        start, end = m.span()
        if text.startswith(LEVEL_WORD_AFTER_CITY, end) and text[end - 2:end] == "市市":
            end -= 1  # 津市市委 is 津市 + 市委, not 津市市 + 委
        elif end - start > 2 and text[end - 1] in "市县区" and text[end - 1:end + 1] in level_words():
            if text[start:end - 1] not in names:
                continue  # 东安市场 names no 东安市
            end -= 1  # 长沙市场监管局 is 长沙 + 市场监管局
        if in_foreign(start, end) is not None or in_foreign(start, start + 1) is not None:
            continue  # 津市 in 博巴森-荷津市
        if blocked(start, end) is not None or _in_foreign_name(text, start, end, m.group(), start in ends):
            continue
        if text.startswith("族", end):
            continue  # 哈萨克族, 俄罗斯族, 朝鲜族: a people, not the country
        if end - start == 2 and text[end - 1] in "县市区旗" and _opens_inside_word(text, start):
            continue  # a one-character name and its level (理县) inside 代理县长, 总理县里
        if m.group() in corpus_names and not _opens_free(text, start, ends):
            continue  # 通山 in 打通山口, 威尔士 in 新南威尔士
        if (text[start] == "长" and text[end - 1] not in "市省县区" and text[end:end + 1] not in "市省县区"
                and _title_ends_at(text, start + 1)):
            continue  # 副部长沙里菲, 副市长春节: the title's 长 and a name or word after it (湖南省长沙市 stays)
        ends.add(end)
        spans.append((start, end, names.get(text[start:end], "GPE")))
        full_at[start] = end
    return spans, full_at


def _county_short_forms(text: str, full_at: dict[int, int]) -> list[Span]:
    """Counties' short forms: right after their province or prefecture (江苏邳州), and anywhere once
    the document has named the county in full or so."""
    spans: list[Span] = []
    seen_full = {text[start:end] for start, end in full_at.items()}
    children = _county_children()
    for start, end in full_at.items():
        child = _child_after(text, end, children.get(text[start:end], {}), full_at)
        if child:  # 江苏邳州: a county's short form right after its province or prefecture
            spans.append((end, end + len(child), "GPE"))
            seen_full.add(children[text[start:end]][child])
    shorts = county_shorts()
    for m in _zone_after_county().finditer(text):
        z = m.start()
        start = next((z - n for n in (4, 3, 2) if z >= n and text[z - n:z] in shorts), -1)
        if start >= 0 and start not in full_at:  # 江华高新区, 永康经济开发区: a zone named after its county
            spans.append((start, z, "GPE"))
    # a county's short form stands for it only once the document has named the county in full
    shorts_of = _county_shorts_by_full()
    wanted = {short for full in seen_full for short in shorts_of.get(full, ())}
    if wanted:
        for m in re.finditer("|".join(sorted(wanted, key=len, reverse=True)), text):
            if m.group() in wanted and full_at.get(m.start(), 0) <= m.end():
                spans.append((m.start(), m.end(), "GPE"))
    return spans


@lru_cache(maxsize=1)
def _zone_after_county() -> re.Pattern[str]:
    """The words of development zones and parks (data/org_suffixes.tsv, kinds zone and area, strong;
    and 经济开发区), found first because they are few. A county's short form right before one (checked
    by the caller) names the county hosting it, even one that is mostly a word elsewhere (江华)."""
    zones = [suffix for suffix, (strength, kind) in tables.org_suffixes().items()
             if kind in ("zone", "area") and strength == "strong" and len(suffix) >= 3]
    zones += ["经济" + zone for zone in zones if zone == "开发区"]  # 永康经济开发区
    return re.compile(trie_pattern(zones))


@lru_cache(maxsize=1)
def _wordy_shorts() -> frozenset[str]:
    """County short forms PFR writes more often as words than as places (古城, 永康)."""
    return frozenset(row.short for row in tables.divisions() if row.level == "county" and row.short_ambiguous)


@lru_cache(maxsize=1)
def _county_children() -> dict[str, dict[str, str]]:
    """A province's or prefecture's names (浙江省, 浙江, 金华市, 金华) -> its counties' short forms -> full
    names (义乌 -> 义乌市), by the adcode: a county's first two digits are its province's, the first four
    its prefecture's. Short forms that are mostly words elsewhere (永康) count too: after their own
    province they are the county."""
    forms: dict[str, list[str]] = {}
    rows = read_table("divisions.tsv")
    for name, short, level, code, _ambiguous in rows:
        if level != "county":
            forms.setdefault(code, []).extend(form for form in (name, short) if form)
    stop = _stopwords()
    children: dict[str, dict[str, str]] = {}
    for name, short, level, code, _ambiguous in rows:
        if level == "county" and short and short not in stop:
            for parent in {code[:2] + "0000", code[:4] + "00"}:
                for form in forms.get(parent, ()):
                    children.setdefault(form, {}).setdefault(short, name)
    return children


# a character after a county's short form that makes it the first part of a longer place's name
_PLACE_GOES_ON = frozenset("市县区旗州盟镇乡村街道路巷河江湖溪泉山峰岭岛湾")


def _child_after(text: str, end: int, shorts: dict[str, str], full_at: dict[int, int]) -> str:
    """The longest county short form among `shorts` that opens at `end`, where no full name opens and
    no longer place goes on (菏泽市牡丹乡, 呼兰河, 江苏省淮阴市: a town, a river, a former city)."""
    if not shorts or end in full_at:
        return ""
    child = next((text[end:end + n] for n in (4, 3, 2) if text[end:end + n] in shorts), "")
    after = text[end + len(child):end + len(child) + 1]
    if not child or after in _PLACE_GOES_ON:
        return ""
    if child in _wordy_shorts() and is_han(after) and after not in STOP_CHARS and after not in COORD_CHARS:
        return ""  # 丽江古城保护管理局: a short form that is mostly a word (古城) must stand alone
    return child


@lru_cache(maxsize=1)
def _port_pattern() -> re.Pattern[str]:
    """A division's name or short form right before 港: 同江港, 上海港, 防城港 (not 粤港澳, 港务局)."""
    names = {name for name, label in _gazetteer()[0].items() if label == "GPE"} | set(county_shorts())
    return re.compile(f"(?:{trie_pattern(names)})港(?![澳务区])")


def _ports(text: str, places: list[Span]) -> list[Span]:
    """Ports named after their city or county (同江港, 上海港): LOC, the place inside a mention of its own;
    none that opens inside a place found (the tail of a longer name)."""
    if "港" not in text:
        return []
    inside = spans_containing(places)
    names = _gazetteer()[0]
    place_at = {end: start for start, end, _ in places}
    ports = []
    for m in _port_pattern().finditer(text):
        if m.group() in names:  # 防城港 is a city (防城港市)
            continue
        container = inside(m.start(), m.start() + 1)
        if container is not None and container != m.start():
            continue  # the tail of a longer place
        start = place_at.get(m.start(), m.start())  # 宁波舟山港: a port of two cities, named by both
        ports.append((start if start < m.start() and text[start:m.start()] in _city_names() else m.start(),
                      m.end(), "LOC"))
    return ports


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """Prefectures and counties, full and short (宁波市, 宁波, 舟山): not provinces or countries."""
    return frozenset(form for name, short, level, _code, _ambiguous in read_table("divisions.tsv")
                     if level in ("prefecture", "county") for form in (name, short) if form)


# the noun that closes a list of places: 义乌、永康、东阳等地, 张北、尚义两县
_PLACE_LIST_END = re.compile(
    "(?:等|[两三四五六七八九十几]个?)(?:地区|县市|市县|地市|城市|省区|省市|省份|地|县|市|区|省|州|旗)")
_LIST_JOINS = "、和及与"


@lru_cache(maxsize=1)
def county_shorts() -> frozenset[str]:
    """Every county's short form (义乌 for 义乌市), also those that are mostly words elsewhere (永康)."""
    stop = _stopwords()
    return frozenset(short for _name, short, level, _code, _ambiguous in read_table("divisions.tsv")
                     if short and level == "county" and short not in stop)


def place_word_label(word: str) -> str | None:
    """GPE where a word is a county's short form that is no common word elsewhere (钟祥, 张北), else None."""
    return "GPE" if word in _gazetteer()[1] else None


def _listed_places(text: str, spans: list[Span]) -> list[Span]:
    """County short forms in a list that a noun of places closes (张北、尚义等县): every item of the
    list must be a place the gazetteer knows, and the ones not found yet are added."""
    names = _gazetteer()[0]
    shorts = county_shorts()
    found = {(start, end) for start, end, _ in spans}
    added: list[Span] = []
    for m in _PLACE_LIST_END.finditer(text):
        items: list[tuple[int, int]] = []
        end = m.start()
        while True:
            item = next(((end - n, end) for n in (4, 3, 2)
                         if end - n >= 0 and (text[end - n:end] in shorts or text[end - n:end] in names
                                              or (end - n, end) in found)), None)
            if item is None:
                items = []
                break
            items.append(item)
            if item[0] == 0 or text[item[0] - 1] not in _LIST_JOINS:
                break
            end = item[0] - 1
        added.extend((start, end, "GPE") for start, end in items if (start, end) not in found)
    return added
