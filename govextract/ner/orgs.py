"""ORG: organisation names found from their last word (委员会, 管理局, 大学, 集团) or from a list.

The walk to the name's left edge is in names.py. A strong suffix (研究院, 有限公司) may follow any
name; a weak one (局, 委, 办) only a region, a level word or a parent body (市财政局, 国家统计局
国民经济综合统计司), or a short free name standing alone (商务及经济发展局, 综合处).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from ..data import read_table, read_words, tables
from ..lang.chars import HAN
from ..lang.numerals import DIGITS, ROUGH, TWO, UNITS
from .credits import find_credits
from .gazetteer import trie_pattern
from .names import (
    LEVEL_CHARS,
    SESSION,
    STOP_CHARS,
    TOWN_ENDS,
    Pieces,
    VerbEnds,
    Walk,
    is_han,
    name_prefixes,
    spans_containing,
    stop_words,
    unknown_place_start,
    walk_left,
)

Span = tuple[int, int, str]

MAX_BODY = 14
# Weak suffixes that a short free name may carry without a region: 运输及物流局, 新闻传播处.
STANDALONE_WEAK = tables.org_suffix_uses("standalone")
# Suffixes of a branch or a mission, which may follow a parent body and a place: 研究院重庆分院.
BRANCHES = tables.org_suffix_uses("branch")
# A company's legal form, which closes a name already ending in 集团 or 银行: 甲集团有限公司 is one company.
LEGAL_FORMS = tables.org_suffix_uses("legal")
AFTER_LEVEL = tables.org_suffix_uses("after_level")
# A body's own party group or committee: the body before it is a mention of its own (某某人大常委会党组).
PARTY_ORGANS = tables.org_suffix_uses("organ")
# A government or party committee, which names only the parent of its working departments (市委统战部).
LEADING_BODIES = tables.org_suffix_uses("leading")
# The country's own name before a known national body (中国国务院): the bare body is the same one.
NATIONAL_NAMES = frozenset(tables.place_words("national"))
# a counted common noun, not a name: 一家房地产公司, 三家银行, 多名大学生
_COUNT = DIGITS + UNITS + TWO + ROUGH
QUANTITY = re.compile(f"(?<![第{_COUNT}])[{_COUNT}]+[家名个批所座位条张次些]")
# Organisations whose name is a brand: a place in it is no place mention (北京 in 北京科技大学).
BRAND_KINDS = frozenset({"education", "company", "media"})
# suffixes that end a named place, not a body: 港珠澳大桥, 黄果树瀑布风景区, 横琴粤澳深度合作区 (a 开发区 is a
# body with an administrative committee, kind zone)
PLACE_KINDS = frozenset({"venue", "area"})
_KNOWN_KIND: dict[str, str] = {}
_NATIONAL_OPENING = re.compile("全国|中央|国家|中国|中华")
_NATIONAL_RUN = re.compile(f"(?:{_NATIONAL_OPENING.pattern})+")
_NUMERALS = frozenset(DIGITS + UNITS + TWO + "几")
LIST_MARKS = frozenset("、,，;；")
# a page's source credit, right before a name: 来源:东川新闻网, 稿源:东川日报
SOURCE_CREDIT = re.compile(r"(?:来源|稿源|出处)[:：]\s*$")
# a one-character name before a weak standalone suffix, as a list item: 、农工委等
_WEAK_ALTERNATIVES = "|".join(sorted(STANDALONE_WEAK, key=len, reverse=True))
_SHORT_ITEM = re.compile(rf"(?<=[、,，])([{HAN}]({_WEAK_ALTERNATIVES}))(?=[、等和及])")
# the government as the subject of an announcement, after a clause break: ,政府宣布… (the one the release
# is about: a specific body, as the guidelines' bare 市政府 is)
_ANNOUNCING_GOVERNMENT = re.compile(
    r"(?:(?<=[,，。;；:：\n])|^)政府(?=(?:今天|今日|昨天|昨日|日前|近日)?(?:宣布|公布|表示|发表))", re.M)
# A goal named like a body: 某地区科技创新中心建设, 国家中心城市 (use "goal" of org_suffix_uses.tsv)
GOAL_SUFFIXES = tables.org_suffix_uses("goal")
_GOAL_AFTER = re.compile("建设|城市|城区")
# a military rank after an armed service: 海军中将 is a rank, not a mention of the navy
_RANK = re.compile("[上中少大][将校尉]")
# words that make a level character a reference (本村, 该县, 我市), not the start of a place's name
DEMONSTRATIVES = frozenset("本该我此各全每")


# after a ministry's name, 长 and a meeting: the ministers of several states meet (外交部长会议, 经济部长级会议)
_MINISTERS_MEETING = re.compile(r"长级?(?:会议|理事会|联席会议|会晤|对话会)")
_LOCAL_COMMISSIONS = frozenset(org.name for org in tables.local_party_commissions())


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, str]], dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """(suffix -> (strength, kind), known name or alias -> canonical, scan regex, prefix regex)."""
    suffixes = {row[0]: (row[1], row[2]) for row in read_table("org_suffixes.tsv")}
    known: dict[str, str] = {}
    # 省委全面深化改革委员会: the local commissions are known too (深化 would stop the walk)
    for org in (*tables.known_orgs(), *tables.local_party_commissions()):
        _KNOWN_KIND[org.name] = org.kind
        known.update(dict.fromkeys((org.name, *org.aliases), org.name))
    words = set(suffixes) | set(known) | set(stop_words())
    scan = re.compile(trie_pattern(words))
    prefix = re.compile(f"(?:{trie_pattern(name_prefixes())}|{SESSION.pattern})")
    return suffixes, known, scan, prefix


def canonical_org(name: str) -> str | None:
    """The full name of a known organisation or abbreviation: canonical_org('工信部') -> '工业和信息化部'."""
    return _tables()[1].get(name)


def build_pieces(text: str, places: list[Span], persons: list[Span]) -> Pieces:
    """Index places, name prefixes, stop words and person names by their end offsets."""
    _, known, scan, prefix = _tables()
    pieces = Pieces(text)
    for start, end, _label in places:
        if pieces.places.get(end, end) > start:
            pieces.places[end] = start
        pieces.place_starts.add(start)
    place_starts = {start for start, _, _ in places}
    for m in prefix.finditer(text):
        # 驻 opens a name only before a place or a known body: 驻重庆联络处, 驻欧盟代表处
        if m.group() != "驻" or m.end() in place_starts or _known_at(text, m.end(), known, scan):
            pieces.prefixes[m.end()] = m.start()
    for _start, end, _label in persons:
        pieces.stops.add(end)
    pieces.verb_ends = VerbEnds(text)
    return pieces


def _known_at(text: str, pos: int, known: dict[str, str], scan: re.Pattern[str]) -> bool:
    m = scan.match(text, pos)
    return m is not None and m.group() in known


def find_orgs(text: str, places: Iterable[Span] = (), persons: Iterable[Span] = (),
              pieces: Pieces | None = None) -> list[Span]:
    """ORG spans: find_orgs('重庆市通信管理局副局长') -> [(0, 8, 'ORG')] given 重庆市 as a place."""
    suffixes, known, scan, _ = _tables()
    if pieces is None:
        pieces = build_pieces(text, list(places), list(persons))
    spans: list[Span] = []
    matches = list(scan.finditer(text))
    _index_stop_words(pieces, matches)
    in_place = spans_containing([(s, e, "") for e, s in pieces.places.items()])
    for m in _with_hidden_suffixes(text, matches, suffixes):
        word = m.group()
        if word not in known and in_place(m.start(), m.end()) is not None:
            continue  # 科 in 莫斯科 ends no name
        if word in known and _KNOWN_KIND.get(known[word]) == "company" and text.startswith("业", m.end()):
            continue  # 中国建筑业, 中国银行业: an industry, not the company
        if word in known and _KNOWN_KIND.get(known[word]) == "military" and _RANK.match(text, m.end()):
            continue
        if word in known and word.endswith("部") and (text.startswith("门", m.end()) or _PART_AFTER.match(text, m.end())
                                                      or _MINISTERS_MEETING.match(text, m.end())):
            continue  # 环保部门: a sector's departments; 建设部分: 建设 and 部分; 外交部长会议: a meeting of ministers
        if word in known:
            spans.extend(_known_body(pieces, m.start(), m.end(), known[word]))
        end = m.end()
        if word.endswith("会") and text.startswith("议", end) and word[:-1] in suffixes:
            word, end = word[:-1], end - 1  # 村两委会议, 市委会议室: 会议 is a meeting, 委 ends the name
        if word in AFTER_LEVEL and text[m.start() - 1 : m.start()] not in LEVEL_CHARS:
            continue  # 府 ends 县府, not 王府 or 学府
        if word.endswith("学") and _STUDENTS.match(text, end):
            continue  # 全国大学生数学建模竞赛: students, not a university (北京大学生物系 is one)
        if word in suffixes:
            strength, kind = suffixes[word]
            span = _name_ending_with(pieces, m.start(), end, strength, kind)
            if span is not None:
                spans.append((span[0], span[1], "LOC" if kind in PLACE_KINDS else "ORG"))
                pieces.add_body(span[0], span[1])
                if kind in BRAND_KINDS:
                    pieces.brands.append((span[0], span[1], "ORG"))
    spans = [_from_village(pieces, span) for span in spans]
    in_company = spans_containing(pieces.brands)
    # a venue's word inside a company's name is no place: 某某国际酒店 in 某某国际酒店管理有限公司
    spans = [span for span in spans if span[2] != "LOC" or in_company(span[0], span[1]) is None]
    spans.extend(find_credits(text))
    spans.extend(_short_siblings(text, spans))
    spans.extend((m.start(), m.end(), "ORG") for m in _ANNOUNCING_GOVERNMENT.finditer(text))
    spans = _without_local_namesakes(text, spans, known)
    return _without_parents(text, _without_cut_legal_forms(text, spans))


# ranks that designate a park or reserve (国家湿地公园, 省级自然保护区)
_RANKS = frozenset({"国家", "国家级", "省级", "市级", "县级"})
# parks and reserves that a rank before them designates (国家湿地公园, 省级自然保护区)
_DESIGNATED = ("公园", "保护区", "风景区", "风景名胜区", "旅游区")
# 生 after 大学, 中学 or 小学 making students (大学生), not a department's first word (生物系, 生命科学学院)
_STUDENTS = re.compile("生(?![命物态理化产])")
# 部分 (a part) after a ministry's name: 建设部分北导堤; not 分管, 分析, 分别 (铁道部分管, 经济部分析)
_PART_AFTER = re.compile("分(?![管析别工配发布设批期])")


class _Found(NamedTuple):
    """A suffix found inside a longer word the scan matched: its text and offsets, as a match gives them."""

    word: str
    begin: int
    finish: int

    def group(self) -> str:
        return self.word

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


def _with_hidden_suffixes(text: str, matches: list[re.Match[str]], suffixes: dict[str, tuple[str, str]]) -> list:
    """The scan's matches, and the suffix inside a common word the scan took where the character before
    that word makes its head part of another word: 全部 is no name's end, but in 国土安全部 the 全 is
    安全's and 部 ends the ministry."""
    hiding = _hiding_words()
    words = _words_across()
    found: list = []
    for m in matches:
        found.append(m)
        word, start = m.group(), m.start()
        if word not in hiding or start == 0:
            continue
        for k in range(1, len(word)):
            if word[k:] in suffixes and text[start - 1:start + k] in words:
                found.append(_Found(word[k:], start + k, m.end()))
                break
    return found


@lru_cache(maxsize=1)
def _hiding_words() -> frozenset[str]:
    """The common words (stop words of kind nonorg) that end in an organisation suffix: 全部."""
    suffixes = _tables()[0]
    return frozenset(word for word, kind in stop_words().items() if kind == "nonorg"
                     and any(word[k:] in suffixes for k in range(1, len(word))))


@lru_cache(maxsize=1)
def _words_across() -> frozenset[str]:
    """Common words that may end inside a word the scan took (安全 in 安全部): data/name_context.tsv's
    notname words and data/name_inner_words.tsv."""
    return frozenset(tables.context_words("notname")) | frozenset(tables.name_inner_words())


_VILLAGE_ENDS = ("村", "社区", "居")


def _from_village(pieces: Pieces, span: Span) -> Span:
    """A village's body named after its town (海口镇海林村党支部) opens at the village: the releases name
    a village's party branch or committee from the village alone, the town being a place of its own."""
    start, end, label = span
    if label != "ORG" or start not in pieces.place_starts:
        return span
    town_end = next((e for e, s in pieces.places.items() if s == start and start < e < end
                     and pieces.text.endswith(TOWN_ENDS, start, e)), None)
    if town_end is None:
        return span
    village_end = next((e for e, s in pieces.places.items() if s == town_end and e < end
                        and pieces.text.endswith(_VILLAGE_ENDS, town_end, e)), None)
    return (town_end, end, label) if village_end is not None else span


def _index_stop_words(pieces: Pieces, matches: list[re.Match[str]]) -> None:
    """Record where titles start and where title, verb and soft-verb stop words end."""
    stops = stop_words()
    for m in matches:
        kind = stops.get(m.group())
        if kind == "title":
            pieces.title_starts.add(m.start())
        if kind in ("title", "verb"):
            pieces.stops.add(m.end())
        elif kind == "soft":
            pieces.soft_stops.add(m.end())


def _known_body(pieces: Pieces, start: int, end: int, canonical: str) -> list[Span]:
    """A known body, and with the places written before it (中国国务院) unless it is national."""
    word, text = pieces.text[start:end], pieces.text
    opening = start if _NATIONAL_OPENING.match(word) else _places_before(pieces, start)
    if canonical in _LOCAL_COMMISSIONS:  # 东川市委全面深化改革委员会: the region ends at the committee's 市
        opening = pieces.places.get(start + 1, unknown_place_start(pieces, start))
    elif opening == start and start and text[start - 1] in LEVEL_CHARS and start - 1 not in pieces.places:
        # a level character before a national body's short name opens a local body: 县扶贫办, 市卫计委
        opening = unknown_place_start(pieces, start - 1)  # 东川市卫计委: a county the table lacks
    spans = [(start, end, "ORG")]
    if opening < start:
        spans.append((opening, end, "ORG"))
    pieces.add_body(opening, end)
    if _KNOWN_KIND.get(canonical) in BRAND_KINDS:
        pieces.brands.append((opening, end, "ORG"))
    return spans


def _without_cut_legal_forms(text: str, spans: list[Span]) -> list[Span]:
    """Drop a name found again with its legal form after it: 甲集团 in 甲集团有限公司 is no second company."""
    found = {(start, end) for start, end, label in spans if label == "ORG"}
    return [span for span in spans
            if span[2] != "ORG" or not any(text.startswith(form, span[1]) and (span[0], span[1] + len(form)) in found
                                           for form in LEGAL_FORMS)]


def _short_siblings(text: str, spans: list[Span]) -> list[Span]:
    """Short committees listed beside longer ones of the same suffix: 农工委 in 财经工委、环资城建工委、农工委.

    One character before a weak suffix is no name alone (三处, 本局); beside a found sibling that ends in
    the same suffix, joined by 、, it is the abbreviation of a body of the same kind.
    """
    found = {(start, end) for start, end, label in spans if label == "ORG"}
    ends = {end: start for start, end in found}
    starts = {start: end for start, end in found}
    short = []
    for m in _SHORT_ITEM.finditer(text):
        start, end, suffix = m.start(1), m.end(1), m.group(2)
        if (start, end) in found or text[start] in _NUMERALS or text[start] in STOP_CHARS:
            continue
        before = ends.get(start - 1) if text[start - 1:start] == "、" else None
        after = starts.get(end + 1) if text[end:end + 1] == "、" else None
        if (before is not None and text.endswith(suffix, before, start - 1)
                or after is not None and text.endswith(suffix, end + 1, starts[end + 1])):
            short.append((start, end, "ORG"))
    return short


def _without_local_namesakes(text: str, spans: list[Span], known: dict[str, str]) -> list[Span]:
    """Drop a known national body's name that ends a local or foreign one: 工商联 in 苏州市工商联, 国务院 in
    美国国务院 (中国国务院, 国家劳动部 are the same body and keep it)."""
    opened: dict[int, list[int]] = {}
    for start, end, label in spans:
        if label == "ORG":
            opened.setdefault(end, []).append(start)

    def namesake(start: int, end: int) -> bool:
        return text[start:end] in known and any(
            other < start and not _national(text[other:start]) for other in opened.get(end, ()))

    return [span for span in spans if span[2] != "ORG" or not namesake(span[0], span[1])]


def _national(opening: str) -> bool:
    """Whether words before a known body name the country itself: 中国, 国家, 全国 (国家劳动部, 全国海关)."""
    return opening in NATIONAL_NAMES or _NATIONAL_RUN.fullmatch(opening) is not None


def _without_parents(text: str, spans: list[Span]) -> list[Span]:
    """Drop a government or party committee written as the parent of its department: 市委 in 市委统战部.

    The guidelines make such a parent a `may`; the releases leave it out. Other parents stay (大学 before
    its hospital), and so does the parent of a branch (某某局重庆代表处, 某银行青岛分行) or of the body's own
    party group or committee (某某人大常委会党组 names the committee), and one of two bodies joined (市委市政府).
    """
    found = {(start, end) for start, end, label in spans if label == "ORG"}
    longer: dict[int, list[int]] = {}
    for start, end in found:
        longer.setdefault(start, []).append(end)

    def parent(start: int, end: int) -> bool:
        if not any(text.endswith(word, start, end) for word in LEADING_BODIES):
            return False
        for outer in longer.get(start, ()):
            tail = text[end:outer]
            if outer <= end or (end, outer) in found or text[end:end + 1] in LEVEL_CHARS:
                continue
            if not any(tail.endswith(word) for word in BRANCHES | PARTY_ORGANS):
                return True
        return False

    return [span for span in spans if span[2] != "ORG" or not parent(span[0], span[1])]


def _venue_opening(pieces: Pieces, walk: Walk, start: int, end: int) -> tuple[int, int] | None:
    """A venue's span from a walk that reached a known piece, or None for a kind of venue."""
    if _generic(pieces.text[walk.start:start]) or walk.body >= 2 and _generic(pieces.text[start - walk.body:start]):
        return None  # 国家级自然保护区, 重庆市大小公园: a kind of venue, not one venue
    if pieces.text[walk.start - 1:walk.start] in DEMONSTRATIVES:
        return walk.start + 1, end  # 本村某某大桥: the bridge is named after 本村, a reference
    return walk.start, end


def _named_before_rank(pieces: Pieces, walk: Walk, start: int, end: int) -> Walk | None:
    """A venue whose walk stopped at a rank (国家, 省级): the name stands before the rank
    (杭州西溪国家湿地公园); with none there a park's or reserve's rank designates, names nothing
    (参观国家湿地公园), while other venues keep it (国家体育场)."""
    if walk.body or not walk.start or pieces.text[walk.start:start] not in _RANKS:
        return walk
    named = walk_left(pieces, walk.start, MAX_BODY)
    if named.bounded and named.start < walk.start and (named.body >= 2 or named.prefixed):
        return Walk(named.start, named.body, True, True)
    return None if pieces.text.endswith(_DESIGNATED, start, end) else walk


def _name_ending_with(pieces: Pieces, start: int, end: int, strength: str, kind: str) -> tuple[int, int] | None:
    """The organisation name that ends with the suffix at [start, end), or None."""
    walk = walk_left(pieces, start, MAX_BODY, parent_after_place=pieces.text[start:end] in BRANCHES,
                     allow_latin=kind == "company")
    if kind in PLACE_KINDS:
        ranked = _named_before_rank(pieces, walk, start, end)
        if ranked is None:
            return None
        walk = ranked
    if not walk.bounded or _common_noun(pieces.text, walk, start, end):
        return None
    if walk.prefixed:
        return _venue_opening(pieces, walk, start, end) if kind in PLACE_KINDS else (walk.start, end)
    if 2 <= walk.body <= 8 and SOURCE_CREDIT.search(pieces.text, max(0, walk.start - 6), walk.start):
        return walk.start, end  # 来源:东川新闻网: a source credit names its outlet
    if walk.body <= 1 and kind == "government" and _bare_before_title(pieces, walk.start, end, strength):
        return walk.start, end
    if walk.body == 0:
        return None
    if _generic(pieces.text[walk.start:start]):
        if kind == "zone":  # 经济开发区 names no zone, but opens its committee's name: 经济开发区党工委
            pieces.add_body(walk.start, end)
        return None
    verbs = pieces.verb_ends
    if isinstance(verbs, VerbEnds) and verbs.starting_at(walk.start) is not None:  # 刺激银行: verb and object
        return None
    suffix = pieces.text[start:end]
    if strength == "strong" and walk.body >= 2:
        return walk.start, end
    if suffix in STANDALONE_WEAK and _stands_alone(pieces, walk.start, start, end):
        # up to six characters (综合处), ten before a title (国民经济综合统计司司长)
        if 2 <= walk.body <= 6 or (walk.body <= 10 and end in pieces.title_starts):
            return walk.start, end
    return None


def _common_noun(text: str, walk: Walk, start: int, end: int) -> bool:
    """Whether the name is a common noun after all: counted (三家银行), every one (各省市气象局), or a goal."""
    if QUANTITY.search(text, walk.start, start):
        return True
    if text[start:end] in GOAL_SUFFIXES and _GOAL_AFTER.match(text, end):
        return True  # 支持某某科技创新中心建设: a centre to be built, no body yet
    return walk.prefixed and _plural_level(text, walk.start)


def _plural_level(text: str, start: int) -> bool:
    """Whether a name opened by level characters follows 各: 各省市气象局, 各县政府 name no one body."""
    while start and text[start - 1] in LEVEL_CHARS:
        start -= 1
    return start < len(text) and text[start] in LEVEL_CHARS and start > 0 and text[start - 1] == "各"


def _bare_before_title(pieces: Pieces, start: int, end: int, strength: str) -> bool:
    """A body named bare in a list of posts, right before its title: 、办公室主任, 、监委主任.

    Only a government body: not a party committee, which is read fused into its title (党委书记,
    党组书记: the guidelines' convention), nor a generic 公司 or 大学 (、公司总经理); and not a weak
    suffix that needs a region (、局长 is a title, 、处 no body).
    """
    if strength != "strong" and pieces.text[start:end][-1:] not in STANDALONE_WEAK:
        return False
    return end in pieces.title_starts and start > 0 and pieces.text[start - 1] in LIST_MARKS


def _stands_alone(pieces: Pieces, start: int, body_end: int, end: int) -> bool:
    """A short name with a weak suffix and no region (综合处, 新闻传播处) must be bounded on the right too."""
    text = pieces.text
    if any(ch in _NUMERALS for ch in text[start:body_end]) or (start and text[start - 1].isdigit()):
        return False  # 三处, 5楼西厅: a count or a room, no name
    return (end == len(text) or not is_han(text[end]) or text[end] in "和及与、副" or text[end] in STOP_CHARS
            or end in pieces.title_starts)


def _places_before(pieces: Pieces, pos: int) -> int:
    """The start of the places and name prefixes written right before pos (中国 in 中国国务院)."""
    while pos in pieces.places or pos in pieces.prefixes:
        before = pieces.places.get(pos, pieces.prefixes.get(pos, pos))
        if pieces.text[before:pos] == "驻":  # 驻欧盟 opens the mission's name (驻欧盟代表处), not the body's
            break
        pos = before
    return pos


@lru_cache(maxsize=1)
def _generic_words() -> re.Pattern[str]:
    return re.compile(f"(?:{trie_pattern(read_words('org_generic_words.tsv'))})+")


def _generic(body: str) -> bool:
    """Whether a name's body is only modifiers (企业 in 企业集团, 商业 in 商业银行)."""
    return _generic_words().fullmatch(body) is not None
