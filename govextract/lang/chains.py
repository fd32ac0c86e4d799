"""Title chains: organisation + title (、 or 兼 + organisation + title)* + name (、 name)*.

重庆市市长唐良智 -> one post; 省委常委、省委秘书长、芜湖市委书记陈树隆 -> three posts of one person;
副市长张三、李四 -> one post shared by two names. Every part is read from the text left of the name,
so a title with no name after it (受市长委托) makes no chain.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..data import tables
from . import names as persons
from .chars import HAN
from .gazetteer import trie_pattern
from .numerals import ORDINAL_CLASS
from .titles import TITLE_RE, TitleMatch, find_titles


def _stop_pattern() -> re.Pattern[str]:
    parts = []
    for row in tables.name_context():
        if row.kind == "stop":
            guard = f"(?!{row.exceptions})" if row.exceptions else ""
            parts.append((row.word, re.escape(row.word) + guard))
    parts.sort(key=lambda p: len(p[0]), reverse=True)
    return re.compile("|".join(p for _, p in parts))


STOP_RE = _stop_pattern()
INNER_WORDS_RE = re.compile(trie_pattern(tables.name_inner_words()))
CONJUNCTIONS = frozenset(tables.context_words("conj"))
ORG_TAILS = frozenset(tables.context_words("org_tail"))
# words after a name that belong to it, not to the text: 张三同志, 江晓光(女), 刘忠(左一)
NAME_TAIL_RE = re.compile(
    r"同志|先生|女士|博士|\((?:女|男|[左右中前后]?[一二三四五六七八九十]?[排]?[左右中]?[一二三四五六七八九十]?)\)"
)
NAME_TAIL_END_RE = re.compile(r"(?:同志|先生|女士)$")
# a short note between a title and its name: 常任秘书长(工商)何慧明
TITLE_NOTE_RE = re.compile(rf"\([{HAN}]{{1,6}}\)")
MAX_ORG = 40
# an organisation's Latin abbreviation between its name and a title: 美国在台协会(AIT)处长
# a company's form in brackets inside its name: 平顶山煤业(集团)公司, 华润(控股)有限公司
NAME_BRACKETS = ("(集团)", "(控股)", "(股份)")
ABBREVIATION_RE = re.compile(r"\([A-Za-z][A-Za-z0-9&.\- ]{0,11}\)")
# 在人民大会堂与贝宁共和国总统: a conjunction before a place name joins two phrases, not two words of a name
# (provinces and prefectures only: county names are too often common words, 合作, 通道)
_PLACE_NAMES = {country.name for country in tables.countries()} | {
    name for row in tables.divisions() if row.level in ("province", "prefecture")
    for name in (row.name, row.short) if len(name) >= 2
}
COUNTRY_RE = re.compile(trie_pattern({c.name for c in tables.countries()}
                                      | {a for c in tables.countries() for a in c.aliases if len(a) >= 2}))
PLACE_RE = re.compile(trie_pattern(_PLACE_NAMES))


@dataclass
class Post:
    """One office: text[org_start:title_start] is the organisation, text[title_start:title_end] the title."""

    org_start: int
    title_start: int
    title_end: int
    kind: str = "title"
    region: str = ""  # a region the text gives to the post before (东川 for 东川省委副书记、省长)
    verb: str = ""  # an acting verb written before the organisation (代理安平市人民政府市长)

    def org(self, text: str) -> str | None:
        end = self.title_start - (1 if self._former(text) else 0)
        return self.region + ABBREVIATION_RE.sub("", text[self.org_start : end]) or None

    def title(self, text: str) -> str:
        former = text[self.title_start - 1] if self._former(text) else ""
        return self.verb + former + text[self.title_start : self.title_end]

    def _former(self, text: str) -> bool:
        """Whether the organisation ends in 原 or 前 (former) after a body's suffix or a country:
        某市人大常委会原副主任 is the committee's former vice-chair and 美国前国务卿 America's former
        secretary of state, so 原 or 前 goes with the title, as it does when nothing else stands before
        it (太原市长 keeps its 原)."""
        return (self.title_start > self.org_start and text[self.title_start - 1] in "原前"
                and (self.title_start - self.org_start == 1
                     or text.endswith(_all_suffixes(), self.org_start, self.title_start - 1)
                     or COUNTRY_RE.fullmatch(text, self.org_start, self.title_start - 1) is not None))

    def position(self, text: str) -> str:
        return (self.org(text) or "") + self.title(text)


@dataclass
class Chain:
    """Posts held by each of the names; start/end cover the whole chain."""

    posts: list[Post]
    names: list[tuple[int, int]]
    shape: str = "title_name"
    extra: list[Post] = field(default_factory=list)

    def copy(self) -> Chain:
        """A copy whose lists a reader may extend (group titles add to extra) without touching this one."""
        return Chain(list(self.posts), list(self.names), self.shape, list(self.extra))

    @property
    def start(self) -> int:
        return min([p.org_start for p in self.posts] + [s for s, _ in self.names])

    @property
    def end(self) -> int:
        return max([p.title_end for p in self.posts] + [e for _, e in self.names])


@lru_cache(maxsize=1)
def known_org_names() -> re.Pattern[str]:
    """The known organisations' names and aliases (data/known_orgs.tsv), longest first: 华为, 工信部."""
    names = {form for org in (*tables.known_orgs(), *tables.local_party_commissions())
             for form in (org.name, *org.aliases) if form}
    return re.compile(trie_pattern(names))


@lru_cache(maxsize=1)
def known_company_names() -> re.Pattern[str]:
    """Known companies, media and schools (a body's name may hold 和 before a known ministry: 欧洲和外交部)."""
    names = {form for org in tables.known_orgs() if org.kind in ("company", "media", "education")
             for form in (org.name, *org.aliases) if form}
    return re.compile(trie_pattern(names))


def stop_ends(text: str) -> set[int]:
    """Offsets where an organisation cannot reach further left (just after 由, 会见, 邀请...).

    A stop word inside a known organisation's name is no boundary: 为 in 华为技术有限公司副总裁; nor is
    one inside a word that names hold (有 in 有色金属, 据 in 大数据).
    """
    inside: set[int] = set()
    for m in known_org_names().finditer(text):
        inside.update(range(m.start() + 1, m.end()))
    for m in INNER_WORDS_RE.finditer(text):  # 有色金属, 大数据 (data/name_inner_words.tsv)
        inside.update(range(m.start(), m.end()))
    return {m.end() for m in STOP_RE.finditer(text) if m.start() not in inside}


SESSION_BEFORE_RE = re.compile(rf"(?:第)?(?:\d{{1,3}}|{ORDINAL_CLASS}{{1,4}})届$")


@lru_cache(maxsize=1)
def _all_suffixes() -> tuple[str, ...]:
    """Every organisation suffix (局, 委员会: data/org_suffixes.tsv)."""
    return tuple(tables.org_suffixes())


@lru_cache(maxsize=1)
def _body_suffixes() -> tuple[str, ...]:
    """Organisation suffixes of two characters or more (政府, 委员会, 集团: data/org_suffixes.tsv)."""
    return tuple(suffix for suffix in tables.org_suffixes() if len(suffix) >= 2)


def _body_ends(text: str, end: int) -> bool:
    """Whether a body's name ends at end (市政府 before 与): 与 there joins two parties, not the words of one
    name (国际关系与合作部); 和 and 及 after a body join the bodies a title is shared by (省军区及驻豫部队领导)."""
    return text.endswith(_body_suffixes(), max(0, end - 4), end)


def org_start(text: str, title_start: int, stops: set[int], name_ends: set[int]) -> int:
    """Where the organisation before a title begins: 应纳米比亚国际关系与合作部长 -> at 纳米比亚."""
    k = title_start
    floor = max(0, title_start - MAX_ORG)
    while k > floor:
        if k in stops or k in name_ends:
            break
        c = text[k - 1]
        if c == ")" and text.endswith(NAME_BRACKETS, 0, k):  # 平顶山煤业(集团)公司董事长
            k -= 4
            continue
        abbreviation = ABBREVIATION_RE.search(text, max(floor, k - 14), k) if c == ")" else None
        if abbreviation is not None and abbreviation.end() == k and abbreviation.start() > floor:
            k = abbreviation.start()
            continue
        if not persons.is_cjk(c):
            # 博巴森-荷津市: a hyphen inside a transliterated place name
            if not (c == "-" and k >= 2 and persons.is_cjk(text[k - 2]) and k < title_start):
                break
        elif c in CONJUNCTIONS and (k - 1 in name_ends or text[k - 2 : k - 1] in ")」”" or PLACE_RE.match(text, k)
                                    or known_company_names().match(text, k) or c == "与" and _body_ends(text, k - 1)):
            break  # 市政府与中建三局副总经理: a conjunction after a body or before a known company joins two phrases
        k -= 1
    # a session before the title numbers the holder (连江县第8届县长): the organisation is before it
    session = SESSION_BEFORE_RE.search(text, max(0, title_start - 8), title_start)
    if session is not None and k >= session.start() and session.start() > 0:
        return org_start(text, session.start(), stops, name_ends)
    # an organisation never opens with a conjunction: 中午与行政长官 -> 行政长官
    while k < title_start and text[k] in CONJUNCTIONS:
        k += 1
    # a foreign post starts at its country: 我市首个国际友城日本松江市市长 -> 日本松江市市长
    country = None if COUNTRY_RE.match(text, k) else COUNTRY_RE.search(text, k + 1, title_start)
    if country and text[country.start() - 1] not in "驻在赴访与和及对同":
        k = country.start()
    return k


# 东川省委副书记、省长: the second title inherits the region of the first (东川省长)
REGION_PARTY_RE = re.compile(rf"^(?:中共)?([{HAN}]{{2,8}}?)(省|市|区|县)委$")
LEVEL_HEAD_RE = re.compile(r"^(?:常务)?(?:副)?(?:代理|代)?(省|市|区|县)长$")


# a committee's member, then its standing member, secretary or secretary-general with no body: the same
# committee (任某市委委员、常委、副书记; 某市委常委、秘书长; 省政协委员、常委)
COMMITTEE_MEMBER_RE = re.compile(r"^原?(?:委员|常委)$")
COMMITTEE_POST_RE = re.compile(r"^原?(?:常委|(?:常务)?副?书记|副?秘书长)$")
# a party committee's own post (市委常委): the posts after it belong to bodies of their own (纪委书记)
PARTY_POST_RE = re.compile(r"(?:书记|常委|委员|成员)$")
# 某局党组书记、局长, 某局党组成员、副局长: a post in a body's own party group, then the post it holds
# in that body (data/org_suffix_uses.tsv, use organ: a body's own party group or committee)
ORGAN_SECRETARY_RE = re.compile(rf"^原?(?:{trie_pattern(tables.org_suffix_uses('organ'))})"
                                r"(?:(?:常务)?副?书记|成员|委员)$")


def inherit_region(text: str, posts: list[Post]) -> None:
    """A government head with no organisation after a party post of a named region takes the region;
    a title with no organisation next to a post in a body's own party group takes that body, either way
    round (某局党组书记、局长; 某局局长、党组书记); a title with none after a country's post takes the
    country (新加坡副总理兼财政部长)."""
    for before, post in zip(posts, posts[1:]):
        if post.org_start != post.title_start or post.kind != "title":
            continue
        org, title, own_title = before.org(text) or "", before.title(text), post.title(text)
        head = LEVEL_HEAD_RE.match(own_title)
        party = REGION_PARTY_RE.match(org)
        if head and party and head.group(1) == party.group(2):
            post.region = party.group(1)
        elif org and COUNTRY_RE.fullmatch(org):  # 新加坡副总理兼财政部长: Singapore's minister of finance
            post.region = org
        elif org and COMMITTEE_MEMBER_RE.match(title) and COMMITTEE_POST_RE.match(own_title):
            post.region = org
        elif org and (ORGAN_SECRETARY_RE.match(title)
                      or ORGAN_SECRETARY_RE.match(own_title) and not PARTY_POST_RE.search(title)):
            post.region = org
            if title.startswith("原"):  # 某厅原党组成员、副厅长: both posts are former
                post.verb = "原" + post.verb
        elif org and not before.region and _heads_body(org, own_title):  # 北美司科长及司长: the 司's head
            post.region = org


def _heads_body(org: str, title: str) -> bool:
    """Whether a title heads the body an organisation's name ends with: 司长 of 北美司, 副局长 of 某局."""
    head = title.lstrip("原前").removeprefix("常务").removeprefix("副")
    return len(head) == 2 and head[1] == "长" and org.endswith(head[0]) and len(org) > 1


def _read_name(text: str, i: int) -> tuple[int, int] | None:
    """The name right after a title, allowing a space or a short note between: 发言人 蒋晓峰."""
    j = i
    note = TITLE_NOTE_RE.match(text, j)
    if note:
        j = note.end()
    listed = text[j:j + 1] in ":："  # 市委书记:王建国 in a list of posts and holders
    if listed:
        j += 1
    while j < len(text) and j - i < 4 and text[j] in " \u3000\t":
        j += 1
    end = persons.name_after(text, j)
    if listed and end is not None and end < len(text) and not (
            text[end] in persons.BREAK_CHARS or text[end] in " \u3000" or NAME_TAIL_RE.match(text, end)):
        return None  # 记者:请问… or 市长:我们要…: a speaker's words, not a holder's name
    place = PLACE_RE.match(text, j)
    if end is not None and place and place.end() >= end:
        return None  # 主席波兰共和国总统: a place, not a name
    if end is not None and text[j] in persons.STRONG_FOLLOW and TITLE_RE.match(text, end):
        return None  # 秘书长和常务委员: a conjunction, not a surname, between two titles
    if end is None and j != i:
        return None
    return (j, end) if end is not None else None


def _skip_name_tail(text: str, end: int) -> int:
    m = NAME_TAIL_RE.match(text, end)
    return m.end() if m else end


def _shared_names(text: str, end: int, names: list[tuple[int, int]], byline: bool = False) -> int:
    """More names after 、 that share the chain's posts: 副主任张立平、朱国栋、曾凯 (记者 柯峰 周岚)."""
    q = _skip_name_tail(text, end)
    joiners = "、 " if byline else "、和及"
    while q < len(text) and text[q] in joiners:
        start = q + 1
        if text[q] in "和及" and persons.chinese_name_after(text, start, strict=True) is None:
            break  # 副市长张三和李四, but not 市长张三和市政府
        nxt = persons.chinese_name_after(text, start, strict=True)
        if nxt is None:  # a rarer name must end surely: 、谢伏明在, not 、国民议会议长
            nxt = persons.chinese_name_after(text, start)
            if nxt is not None and persons.boundary_strength(text, nxt) < 2:
                nxt = None
        if nxt is None:
            dotted = persons.DOTTED_RE.match(text, start)
            if dotted and not TITLE_RE.search(text[start : dotted.end()]):
                nxt = persons.foreign_name_after(text, start)
        if nxt is None or TITLE_RE.match(text, nxt):
            break  # 、市委秘书长蔡俊峰 starts a chain of its own
        names.append((start, nxt))
        q = _skip_name_tail(text, nxt)
    return q


def _on_behalf(text: str, title: TitleMatch, name_ends: set[int]) -> bool:
    """Whether 代 opening a title is the verb 'on behalf of', written after a person (the guidelines:
    代 is an acting post only where the text means one)."""
    if not title.text.startswith("代") or title.text.startswith("代理"):
        return False
    return title.start in name_ends or NAME_TAIL_END_RE.search(text, max(0, title.start - 2), title.start) is not None


def _split_fused_posts(text: str, titles: list[TitleMatch], k: int, posts: list[Post], used: set[int],
                       stops: set[int], name_ends: set[int]) -> None:
    """Two posts written with no mark between (外交部发言人新闻司司长王五): the organisation of the second
    ends at the first title, which is a post of its own, with the organisation before it."""
    for j in range(k - 1, -1, -1):
        before = titles[j]
        first = posts[0]
        if j in used or before.kind != "title" or not first.org_start < before.end < first.title_start:
            continue
        between = text[before.end:first.title_start]
        if not between.endswith(_body_suffixes()) and between[-1:] not in SINGLE_BODY_ENDS:
            continue  # 外交部发言人新闻司: the words between name a body of their own
        used.add(j)
        first.org_start = before.end
        posts.insert(0, Post(org_start(text, before.start, stops, name_ends), before.start, before.end, before.kind))


SINGLE_BODY_ENDS = frozenset("司局处部厅委办署")


# punctuation after which a post opens a clause of its own (。市委副书记，市政府党组书记、市长李明)
_CLAUSE_OPENERS = frozenset("，,。；;：:\n（(“ \u3000")


def title_chains(text: str, known_name_ends: set[int] | None = None, *, titles: list[TitleMatch] | None = None,
                 stops: set[int] | None = None, known_starts: dict[int, int] | None = None
                 ) -> tuple[list[Chain], list[TitleMatch]]:
    """Chains with names, and the titles that no name follows (for the name-before-title shapes).

    titles and stops: the text's find_titles() and stop_ends(), where the caller has them (TitleParse).
    known_starts: names found elsewhere (start -> end), read after a title where the name readers find
    none (封屹做客: a verb no list holds ends the name the model found).
    """
    titles = find_titles(text) if titles is None else titles
    stops = stop_ends(text) if stops is None else stops
    name_ends = set(known_name_ends or ())
    by_end = {t.end: i for i, t in enumerate(titles)}
    used: set[int] = set()
    chains: list[Chain] = []
    for k, title in enumerate(titles):
        if k in used:
            continue
        span = _read_name(text, title.end)
        if span is None and known_starts and title.end in known_starts:
            span = (title.end, known_starts[title.end])
        if span is None:
            continue
        if title.kind == "byline" and not (span[1] >= len(text) or text[span[1]] in persons.BREAK_CHARS
                                           or text.startswith(("摄", "报道"), span[1])):
            continue  # 记者采访时, 记者了解到: a byline name ends at punctuation
        names = [span]
        if _on_behalf(text, title, name_ends):  # 王五同志代市长李四作报告: 李四 is the mayor
            posts = [Post(title.start + 1, title.start + 1, title.end, title.kind)]
        else:
            posts = [Post(org_start(text, title.start, stops, name_ends), title.start, title.end, title.kind)]
        used.add(k)
        _split_fused_posts(text, titles, k, posts, used, stops, name_ends)
        p = posts[0].org_start
        while p >= 2 and text[p - 1] in "、兼,，" and (p - 1) in by_end and by_end[p - 1] not in used:
            before = titles[by_end[p - 1]]
            begin = org_start(text, before.start, stops, name_ends)
            if begin == before.start and begin in name_ends:
                break  # 甲教授、乙局局长王五: 教授 is written after 甲, it is 甲's post
            if text[p - 1] in ",，" and not (begin == 0 or text[begin - 1] in _CLAUSE_OPENERS):
                break  # 市委副书记，市长李明 joins only where the first post opens its clause
            used.add(by_end[p - 1])
            posts.insert(0, Post(begin, before.start, before.end, before.kind))
            p = posts[0].org_start
        inherit_region(text, posts)
        _shared_names(text, span[1], names, byline=title.kind == "byline")
        name_ends.update(e for _, e in names)
        chains.append(Chain(posts, names))
    loose = [t for i, t in enumerate(titles) if i not in used]
    return chains, loose
