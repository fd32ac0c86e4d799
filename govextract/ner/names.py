"""Left boundaries of names that end in a known word (组织后缀, 会议后缀): the shared scanning rules.

A name such as 重庆市经济和信息化委员会 is found from its last word (委员会) by walking left over
the characters before it, jumping over known pieces (places, parent bodies, session numbers) and
stopping at punctuation, function characters, verbs, titles and person names.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..data import read_table, read_words, tables
from ..lang.chains import NAME_BRACKETS
from ..lang.chars import DASHES, is_han
from ..lang.numerals import ORDINAL_CLASS

_BOUNDARIES = read_table("name_boundaries.tsv")
# Characters that never sit inside a name: particles, pronouns, prepositions, adverbs.
STOP_CHARS = frozenset(row[0] for row in _BOUNDARIES if row[1] == "stop")
# Conjunctions: a boundary after a complete name (研究院与), part of the name otherwise (经济和信息化).
COORD_CHARS = frozenset(row[0] for row in _BOUNDARIES if row[1] == "coord")
# words inside names that hold a stop character (大数据, 有色金属, 原子能): the walk takes them whole
INNER_WORDS = tables.name_inner_words()
_INNER_LENGTHS = sorted({len(word) for word in INNER_WORDS}, reverse=True)
# Level words that open a name on their own: 市委, 省政府, 区人大常委会.
LEVEL_CHARS = frozenset(row[0] for row in _BOUNDARIES if row[1] == "level")
# the ends of a town's name, the level above a village: 北山镇, 北岭乡, 三溪口街道
TOWN_ENDS = ("镇", "乡", "街道")
SESSION = re.compile(rf"(?:第)?{ORDINAL_CLASS}{{1,4}}届|首届")


@lru_cache(maxsize=1)
def name_prefixes() -> frozenset[str]:
    """Words that open a name before its body: 中共, 政协, 国家 (data/name_prefixes.tsv)."""
    return frozenset(read_words("name_prefixes.tsv"))


@lru_cache(maxsize=1)
def stop_words() -> dict[str, str]:
    """Titles, verbs and non-names that bound a name on the left (data/org_stopwords.tsv), and every
    title of the title lexicon that opens with an organisation suffix (厂长, 司令员, 总会计师)."""
    words = {row[0]: row[1] for row in read_table("org_stopwords.tsv")}
    for title in _titles_opening_with_suffix():
        words.setdefault(title, "title")
    return words


def _titles_opening_with_suffix() -> list[str]:
    """Titles whose first characters are an organisation suffix while the rest is no title of its own:
    厂 in 厂长 ends no 红星机械厂厂 (but 党组 in 党组成员, a party organ's
    member, is the body of a fused party title, left alone)."""
    titles = {row.title for row in tables.titles() if row.kind == "title"}
    suffixes = [suffix for suffix in tables.org_suffixes() if suffix not in tables.org_suffix_uses("organ")]
    return sorted(title for title in titles
                  if any(title.startswith(suffix) and title[len(suffix):] not in titles
                         for suffix in suffixes if len(suffix) < len(title)))


@lru_cache(maxsize=1)
def name_verbs() -> frozenset[str]:
    """Verbs never seen inside an organisation name (data/name_verbs.tsv): 刺激 in 刺激银行."""
    return frozenset(read_words("name_verbs.tsv"))


class VerbEnds:
    """Offsets where a verb of name_verbs() ends, looked up on demand instead of scanned for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.verbs = name_verbs()

    def __contains__(self, pos: int) -> bool:
        return pos >= 2 and (self.text[pos - 2:pos] in self.verbs or self.text[pos - 3:pos] in self.verbs)

    def starting_at(self, pos: int) -> int | None:
        """The end of a verb that starts at pos, the longer one first, or None."""
        for size in (3, 2):
            if self.text[pos:pos + size] in self.verbs and pos + size <= len(self.text):
                return pos + size
        return None


@dataclass
class Pieces:
    """Known spans of one text, indexed by their end offset, for walking left."""

    text: str
    places: dict[int, int] = field(default_factory=dict)   # end -> start
    place_starts: set[int] = field(default_factory=set)
    bodies: dict[int, int] = field(default_factory=dict)   # organisations found so far: end -> start
    prefixes: dict[int, int] = field(default_factory=dict)  # 中共, 政协, 第五届: end -> start
    stops: set[int] = field(default_factory=set)            # ends of stop words and person names
    soft_stops: set[int] = field(default_factory=set)       # ends of verbs that may end a name's body (建设)
    title_starts: set[int] = field(default_factory=set)     # where a title begins (局长 after 某某局)
    verb_ends: VerbEnds | set[int] = field(default_factory=set)  # ends of verbs never inside a name (刺激)
    brands: list[tuple[int, int, str]] = field(default_factory=list)  # universities, companies, media

    def copy(self) -> Pieces:
        """An independent copy, for a finder that adds pieces of its own (years before events)."""
        return Pieces(self.text, dict(self.places), set(self.place_starts), dict(self.bodies), dict(self.prefixes),
                      set(self.stops), set(self.soft_stops), set(self.title_starts), self.verb_ends)

    def add_body(self, start: int, end: int) -> None:
        if self.bodies.get(end, end) > start:
            self.bodies[end] = start


@lru_cache(maxsize=1)
def level_words() -> frozenset[str]:
    """Words where a level character does not open a name: 城市, 市场 (data/level_words.tsv)."""
    return frozenset(read_words("level_words.tsv"))


@dataclass
class Walk:
    start: int
    body: int          # free characters taken
    prefixed: bool     # reached a place, a parent body, a level word or a name prefix
    bounded: bool      # stopped at a real boundary (not the length limit)


OUTSIDE_MAINLAND = tables.place_words("outside_mainland")


@lru_cache(maxsize=1)
def national_bodies() -> frozenset[str]:
    """The national congresses, the State Council and the party centre, with their abbreviations
    (data/known_orgs.tsv): they stand as parent before a committee named after Hong Kong, Macao or Taiwan
    (全国人大常委会香港基本法委员会), not before a region's own body (国务院, 重庆市政府)."""
    return frozenset(form for org in tables.known_orgs() if org.kind in ("congress", "government", "party")
                     for form in (org.name, *org.aliases) if form.startswith(("全国", "国务院", "中共中央", "中央")))


def walk_left(pieces: Pieces, pos: int, max_body: int, allow_digits: bool = False, allow_dash: bool = False,
              parent_after_place: bool = True, level_opens: bool = True, allow_latin: bool = False) -> Walk:
    """Walk left from `pos` over the name's characters; see the module docstring.

    The name is [prefixes, places, parent bodies]* [free body]: once the walk has reached a known
    piece it takes only further known pieces, so 免去X安平市人民政府 stops at 安平市. A place in
    brackets is a note on the name before it, which may be free: 黄岭(东川)产业园.
    allow_latin: take Latin letters as name characters (a company's brand: 新加坡ABC投资公司).
    """
    text = pieces.text
    end = pos
    body = 0
    prefixed = False
    cut = -1  # where the name starts if no known piece turns up: after 和 in 张三和招商局
    passed_place = False
    while True:
        jumps = []
        if pos in pieces.places:
            jumps.append((pieces.places[pos], "place"))
        if pos in pieces.prefixes:
            jumps.append((pieces.prefixes[pos], "prefix"))
        if pos in pieces.bodies and (parent_after_place or not passed_place or (
                text.startswith(OUTSIDE_MAINLAND, pos) and text[pieces.bodies[pos]:pos] in national_bodies())):
            jumps.append((pieces.bodies[pos], "body"))  # 全国人大常委会澳门基本法委员会: a national parent
        inner = pieces.places.get(pos - 1, 0)
        if pos >= 3 and text[pos - 1] == ")" and inner and text[inner - 1] == "(":
            jumps.append((inner - 1, "bracket"))  # 中国(上海)自由贸易试验区
        if jumps:
            start, kind = min(jumps)  # the longest piece: 市政协 rather than 政协
            if kind == "bracket":
                passed_place, pos = True, start
                known = pos in pieces.places or pos in pieces.prefixes or pos in pieces.bodies
                prefixed = known or not pos or not is_han(text[pos - 1])
                continue
            if kind == "place" or (kind == "body" and start in pieces.place_starts):
                passed_place = True  # 西藏自治区科委 is a region's body: no parent before it
            elif kind == "prefix" and text[start:pos] == "驻":
                passed_place = False
            elif (kind == "prefix" and level_opens and start and text[start - 1] in LEVEL_CHARS
                  and start not in pieces.places and SESSION.match(text, start)):
                start -= 1  # 市六届人大常委会: the level word before a session number opens the name
            pos, prefixed = start, True
            continue
        joined = pos - 1 in pieces.places or pos - 1 in pieces.bodies
        if allow_dash and prefixed and pos >= 2 and text[pos - 1] in DASHES and joined:
            pos -= 1  # 广西—澳门经贸合作洽谈会, 巴西-澳门经贸合作论坛
            continue
        if prefixed or pos == 0 or pos in pieces.stops:
            break
        if pos < end and (pos in pieces.soft_stops or pos in pieces.verb_ends):
            break
        ch = text[pos - 1]
        if ch == ")" and text.endswith(NAME_BRACKETS, 0, pos):  # 中国远洋运输(集团)总公司
            body += 4
            pos -= 4
            continue
        if not is_han(ch) and not (allow_digits and ch.isdigit()) and not (allow_latin and _latin(ch)):
            break
        if ch in STOP_CHARS:
            word_start = _inner_word_start(text, pos - 1, end)
            if word_start is None:
                break
            body += pos - word_start
            pos = word_start
            if body > max_body:
                return Walk(pos, body, prefixed, False)
            continue
        if ch in COORD_CHARS:
            before = pos - 1
            if ch == "、" or before in pieces.bodies or before in pieces.places or body == 0:
                break
            if pos >= 3 and text[pos - 2] in "市省县" and is_han(text[pos - 3]) and not in_level_word(text, pos - 2):
                break  # 东川市与西江大学: a city the tables lack is a name of its own before 与
            # 同济大学 after a list mark: one character is no name of its own, the coordinator is part of it
            opens = pos < 2 or not is_han(text[pos - 2]) or text[pos - 2] in STOP_CHARS or text[pos - 2] in COORD_CHARS
            if ch != "及" and cut < 0 and (end - pos >= 2 or not opens):
                cut = pos
        if level_opens and ch in LEVEL_CHARS and not in_level_word(text, pos - 1):
            if pos - 1 in pieces.places and text[pos - 2] == ch:  # 莱州市市委: the city's own committee
                return Walk(pieces.places[pos - 1], body, True, True)
            return Walk(unknown_place_start(pieces, pos - 1), body, True, True)
        body += 1
        pos -= 1
        if body > max_body:
            return Walk(pos, body, prefixed, False)
    if not prefixed and cut >= 0:
        pos = cut
    # 及城建处 after a person's name: 城建处; but one character left is no name (同济大学 keeps 同)
    while pos < end - 2 and text[pos] in COORD_CHARS:
        pos += 1
    return Walk(pos, body, prefixed, True)


def _inner_word_start(text: str, at: int, end: int) -> int | None:
    """Start of a listed word inside a name that covers text[at] and ends by `end` (大数据 in
    大数据产业博览会), or None."""
    for length in _INNER_LENGTHS:
        for start in range(max(0, at - length + 1), at + 1):
            if start + length <= end and text[start:start + length] in INNER_WORDS:
                return start
    return None


def unknown_place_start(pieces: Pieces, level_at: int) -> int:
    """Where a two-character place name before a level word starts, if one stands there alone.

    戴窑镇政府 and 崇礼县委 name a town or county missing from the divisions table: two free
    characters after a boundary, then the level word. Otherwise the name opens at the level word.
    """
    text = pieces.text
    start = level_at - 2
    if start < 0 or text[level_at] == "省":
        return level_at
    pair = text[start:level_at]
    if not all(is_han(ch) and ch not in STOP_CHARS and ch not in COORD_CHARS and ch not in LEVEL_CHARS for ch in pair):
        return level_at
    if (start + 1 in pieces.verb_ends or start + 1 in pieces.stops or level_at in pieces.stops
            or level_at in pieces.verb_ends or level_at in pieces.soft_stops):  # 选举市人民政府: a verb, not a county
        return level_at
    before = text[start - 1] if start else ","
    # a town's level character before a village's name bounds it too: 北岭镇后塘村村委会
    town = text.endswith(TOWN_ENDS, 0, start)
    bounded = (not is_han(before) or before in STOP_CHARS or before in COORD_CHARS or start in pieces.places
               or start in pieces.stops or start in pieces.verb_ends or town and text[level_at] == "村")
    return start if bounded else level_at


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def in_level_word(text: str, i: int) -> bool:
    """Whether the level character at i is part of a word such as 城市 or 市场."""
    words = level_words()
    return text[i:i + 2] in words or text[i - 1:i + 1] in words or text[i - 2:i + 1] in words


def spans_containing(spans):
    """A lookup: the start of a span among `spans` that strictly contains [start, end), or None."""
    ordered = sorted((s, e) for s, e, _ in spans)
    starts = [s for s, _ in ordered]
    best: list[tuple[int, int]] = []  # (furthest end, its start) over the spans up to k
    for s, e in ordered:
        best.append(max(best[-1], (e, -s)) if best else (e, -s))

    def find(start: int, end: int) -> int | None:
        k = bisect_right(starts, start)
        if k == 0:
            return None
        far, neg_s = best[k - 1]
        if far >= end and (-neg_s, far) != (start, end):
            return -neg_s
        return None

    return find
