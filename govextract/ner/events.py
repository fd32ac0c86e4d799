"""EVENT: named events, found from their last word (博览会, 论坛, 第二次会议, 四中全会) or a list."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..data import read_table, read_words
from ..lang.names import chinese_name_before
from ..lang.numerals import ORDINAL_CLASS
from .gazetteer import trie_pattern
from .names import (
    COORD_CHARS,
    LEVEL_CHARS,
    SESSION,
    STOP_CHARS,
    Pieces,
    VerbEnds,
    Walk,
    is_han,
    stop_words,
    unknown_place_start,
    walk_left,
)
from .occasions import (
    FRAME_VERB,
    HOLIDAY_CEREMONY,
    MAX_BODY,
    YEAR,
    anniversary_start,
    clean_left,
    office_ceremonies,
    title_ending_at,
)
from .orgs import QUANTITY

Span = tuple[int, int, str]

_NUM = ORDINAL_CLASS
# a session of a congress or committee, or a plenary of a party central committee
SESSION_MEETING = re.compile(rf"第?{_NUM}{{1,3}}次(?:全体|常务|主任|主席|常委)?(?:会议|全会)|{_NUM}{{1,2}}中全会")
PARTY_CONGRESS = re.compile(rf"党的{_NUM}{{2,3}}大(?![会学])")
# a named week, festival, day or month in quotes before 活动: “日本大分周”活动, “安全生产月”活动
QUOTED_OCCASION = re.compile(r"[“\"]([^“”\"\n]{2,16}?(?:周|节|日|月|季))[”\"](?:系列)?活动")
# a numbered routine or plenary meeting named on its own after the verb that holds it: 召开第66次常务会议,
# 召开第十六次主任会议 (a standing committee's chairpersons)
NUMBERED_ROUTINE = re.compile(rf"第{_NUM}{{1,3}}次(?:全体|常务|主任|主席|常委)会议")
ARTICLE = re.compile(rf"第{_NUM}{{1,4}}条")  # an article of a law or a charter, before a title: 第七条主任委员会议
SESSION_COUNT = re.compile(rf"(?:{_NUM}|几)+届")
COUNTING = frozenset("了每上下这那前后历各")  # before a count of sessions: 召开了5届, 上一届
NUMBERED = re.compile(rf"第{_NUM}{{1,3}}次")  # 中国共产党第十五次全国代表大会
TRAILING_YEAR = re.compile(r"(?:19|20)[0-9]{2}(?![0-9年])")
# a year's meeting of a forum or series written after its name: 博鳌亚洲论坛2024年年会
ANNUAL_MEETING = re.compile(r"(?:19|20)[0-9]{2}年?(?:年会|峰会|大会)")
# modifiers that leave a generic event word generic: 新闻发布会, 专题座谈会, 全体会议
GENERIC_BODY = re.compile(f"(?:{trie_pattern(read_words('event_generic_words.tsv'))})*")
GENERIC_WORD = re.compile(trie_pattern(read_words("event_generic_words.tsv")))
# a fixed 之-compound opens an event name like a prefix: 丝绸之路国际博览会, not 路国际博览会
OF_COMPOUND = re.compile(f"[\u4e00-\u9fff]{{2}}之(?:{trie_pattern(read_words('event_of_words.tsv'))})")
# the first part of two events joined by 暨 may run longer than one event's name
JOINED_MAX_BODY = 2 * MAX_BODY
# what may stand between 暨 and the second event word: 暨第21届中国东西部合作与投资贸易洽谈会
JOINED_PART = re.compile(r"[\u4e00-\u9fff0-9“”]*")
# a place, not an event, when the event word runs on into a room or a building: 会议室, 会议中心, 大会堂
VENUE_AFTER = re.compile(r"[室厅堂馆楼]|中心|大厦")
# a name in quotes inside an event name: “某某·某某周”主旨大会, 莱州(苏州)“双招双引”暨…
QUOTES = {"”": "“", "」": "「", '"': '"'}
# the last character of a quoted occasion's name: “某某周”, “某某之夜”, “某某行”, “某某杯”
OCCASION_END = re.compile(r"[周节日月季夜行杯赛展]$")
# characters of a quoted sentence, not a quoted name: “要开好这次会议”
SENTENCE_CHAR = re.compile("[的了这那要是我你他她们把被让就都很也却但还呢吗吧]")
# a whole name in quotes: “2012年驻外使节会议”, 「某某论坛」
QUOTED_NAME = re.compile(r"[“「\"]([^“”「」\"\s,，。;；:：、《》()]{3,30})[”」\"]")
MAX_QUOTED = 14
MAX_THEME = 4  # name characters between an event's number or year and a place inside its name


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = {row[0]: row[1] for row in read_table("event_words.tsv")}
    known_names = read_words("known_events.tsv")
    words.update((name, "strong") for name in known_names)  # 第八届中国花博会 extends 花博会
    scan = re.compile(f"{SESSION_MEETING.pattern}|{trie_pattern(words)}")
    known = re.compile(trie_pattern(known_names))
    prefixes = re.compile(f"{trie_pattern(read_words('event_prefixes.tsv'))}|{YEAR.pattern}|{NUMBERED.pattern}"
                          f"|{OF_COMPOUND.pattern}")
    return words, scan, known, prefixes


def find_events(text: str, pieces: Pieces | None = None, persons: list[Span] | None = None) -> list[Span]:
    """EVENT spans: find_events('出席2019中国国际智能产业博览会') -> [(2, 17, 'EVENT')]."""
    words, scan, known, prefixes = _tables()
    if pieces is None:
        pieces = Pieces(text)
    person_ends = {end: start for start, end, _ in persons or ()}
    event_pieces = pieces.copy()
    verbs = event_pieces.verb_ends
    event_pieces.verb_ends = set()  # a name with an organiser holds verbs: 纪念杭州缔结国际友好城市关系30周年大会
    for m in prefixes.finditer(text):
        event_pieces.prefixes[m.end()] = m.start()
    event_pieces.stops.update(m.end() for m in FRAME_VERB.finditer(text))  # 连续三届亮相某某大会
    inside_org = _org_cover({**pieces.places, **pieces.bodies})
    spans: list[Span] = []
    for m in known.finditer(text):
        spans.append((m.start(), m.end(), "EVENT"))
    for m in QUOTED_OCCASION.finditer(text):
        spans.append((m.start(1), m.end(1), "EVENT"))
    for m in PARTY_CONGRESS.finditer(text):
        spans.append((m.start(), m.end(), "EVENT"))
    for m in scan.finditer(text):
        if inside_org(m.start()) or VENUE_AFTER.match(text, m.end()):
            continue  # 大会 in 人民代表大会, 会议 in 中国人民政治协商会议, 大会堂, 会议室
        anniversary = anniversary_start(event_pieces, m.start(), m.group())
        if anniversary is not None:
            spans.append((anniversary, m.end(), "EVENT"))
            continue
        span = _event_ending_with(event_pieces, m.start(), m.end(), words.get(m.group()), verbs, person_ends)
        if span is not None:
            start = _conjunct_start(event_pieces, _level_start(text, span[0], pieces), span[1])
            spans.append((start, span[1], "EVENT"))
    spans.extend(_joined_events(event_pieces, scan, words, verbs))
    spans.extend(office_ceremonies(event_pieces, person_ends))
    spans.extend(_quoted_events(text, scan, words, inside_org))
    spans.extend((m.start(), m.end(), "EVENT") for m in HOLIDAY_CEREMONY.finditer(text))  # 国庆酒会
    return _with_annual_meetings(text, _without_joined_parts(text, spans))


def _with_annual_meetings(text: str, spans: list[Span]) -> list[Span]:
    """A forum or series followed by a year's meeting is that meeting: 博鳌亚洲论坛2024年年会 (the forum's
    name alone is not kept beside it)."""
    out = []
    for start, end, label in spans:
        annual = ANNUAL_MEETING.match(text, end)
        out.append((start, annual.end(), label) if annual else (start, end, label))
    return out


def _without_joined_parts(text: str, spans: list[Span]) -> list[Span]:
    """Events joined by 暨 are one name: the first part alone is dropped where the whole is found
    (某某大会文化产业项目推介会暨签约仪式 without 某某大会文化产业项目推介会)."""
    joined = [(start, end) for start, end, _ in spans if "暨" in text[start:end]]
    return [span for span in spans
            if text[span[1]:span[1] + 1] != "暨" or not any(s <= span[0] and e > span[1] + 1 for s, e in joined)]


def _quoted_events(text: str, scan: re.Pattern[str], words: dict[str, str], inside_org) -> list[Span]:
    """An event named in quotes: “2012年驻外使节会议”明天开幕 (the quotes mark the whole name); a short
    quoted word is a concept (“主题晚会”, “圆桌会议”)."""
    spans: list[Span] = []
    for m in QUOTED_NAME.finditer(text):
        name = m.group(1)
        last = next((w for w in _ends(scan, name)), None)
        if last is None or inside_org(m.start(1) + len(name) - len(last)):
            continue
        body = name[:-len(last)]
        if len(body) >= 4 and not GENERIC_BODY.fullmatch(body) and not SENTENCE_CHAR.search(body):
            spans.append((m.start(1), m.end(1), "EVENT"))
    return spans


def _ends(scan: re.Pattern[str], name: str) -> list[str]:
    """Event words that end name."""
    return [m.group() for i in range(len(name) - 1) if (m := scan.fullmatch(name, i))]


def _walk_over_marks(pieces: Pieces, pos: int, verbs: VerbEnds | set[int] | None = None,
                     max_body: int = MAX_BODY) -> tuple[Walk, bool]:
    """walk_left for an event name, also over a quoted name and a bracketed place inside it:
    莱州(苏州)“双招双引”暨…, 第八届“某某之夜”文艺晚会. A walk that crossed quotes counts as prefixed;
    the flag says whether it crossed an occasion's name, which makes a generic event word a name."""
    text = pieces.text
    walk = walk_left(pieces, pos, max_body, allow_digits=True, allow_dash=True, level_opens=False)
    crossed = False
    occasion = False  # across the quoted name of an occasion (某某周, 某某之夜), not a slogan
    while walk.bounded and not walk.prefixed and walk.start > 0:
        close = text[walk.start - 1]
        opening = QUOTES.get(close) or ("(" if close == ")" else None)
        at = text.rfind(opening, max(0, walk.start - 1 - MAX_QUOTED), walk.start - 1) if opening else -1
        inner = text[at + 1:walk.start - 1]
        if at < 0 or len(inner) < 2 or not all(is_han(ch) or ch in "·•" for ch in inner):
            break
        if verbs is not None and any(i in verbs for i in range(walk.start + 2, pos + 1)):
            break  # a clause after the quotes: “某某提案”列入大会, “某某”成果轰动大会
        if close == ")" and at not in pieces.places:
            break  # a place in brackets after a place (莱州(苏州)); not a byline: (记者某某)全国两会
        crossed = True
        occasion = occasion or close != ")" and OCCASION_END.search(inner) is not None
        more = walk_left(pieces, at, MAX_BODY, allow_digits=True, allow_dash=True, level_opens=False)
        # after a prefix the quoted words are the name's own: 全市“双百工程”推进会 has a body, not the bare
        # prefix 全市; a slogan alone before a generic word names nothing (召开“不忘初心”专题会议)
        own = len(inner) if more.prefixed else 0
        walk = Walk(more.start, walk.body + own + more.body, more.prefixed, more.bounded)
    if crossed:
        walk.prefixed = True
    return walk, occasion


def _joined_events(pieces: Pieces, scan: re.Pattern[str], words: dict[str, str],
                   verbs: VerbEnds | set[int]) -> list[Span]:
    """Two events joined by 暨 are one name even when neither part stands alone as a name:
    江苏省代表团新闻发布会暨重点项目签约仪式, 第三届海外院士青岛行暨青岛国际院士论坛."""
    text = pieces.text
    spans: list[Span] = []
    for joint in (i for i, ch in enumerate(text) if ch == "暨"):
        part = JOINED_PART.match(text, joint + 1, joint + 1 + 2 * MAX_BODY)
        right = next((m for m in scan.finditer(text, joint + 1, part.end() if part else joint + 1)), None)
        if right is None:
            continue
        plain = pieces.copy()
        plain.soft_stops = set()
        for m in GENERIC_WORD.finditer(text, max(0, joint - MAX_BODY), joint):
            plain.stops.discard(m.end())
        for word_end in _title_ends(text, max(0, joint - MAX_BODY), joint):
            plain.stops.discard(word_end)  # a title inside the name: 代表团新闻发布会, 海外院士青岛行
        # the first part may be long: 第十二届全国大学生数学建模竞赛东川赛区颁奖仪式暨学术研讨会
        walk, _ = _walk_over_marks(plain, joint, max_body=JOINED_MAX_BODY)
        if walk.prefixed and not clean_left(plain, walk.start, verbs):
            # a place inside the first part opens nothing: 第二届海外专家南京行暨…
            plain.places = {e: s for e, s in plain.places.items() if e <= joint - MAX_BODY or s >= joint}
            walk, _ = _walk_over_marks(plain, joint, max_body=JOINED_MAX_BODY)
        if walk.bounded and not walk.prefixed:  # no verb in a name with no organiser: 主持推介会暨签约仪式
            walk.start = next((i for i in range(joint - 1, walk.start, -1) if i in verbs), walk.start)
        first = text[walk.start:joint]
        if not walk.bounded or len(first) < 2 or not clean_left(plain, walk.start, verbs):
            continue
        if walk.prefixed or any(first.endswith(word) for word in words):
            spans.append((walk.start, right.end(), "EVENT"))
    return spans


def _opening_prefix(pieces: Pieces, walk: Walk) -> Walk:
    """A prefix that starts before the walk's start and ends inside the piece it took opens the name:
    全省组织部长会议 (the walk took the body 省组织部; 全省 opens), with the prefixes before it (2024年全省…)."""
    opening = next((s for e, s in pieces.prefixes.items() if s < walk.start < e), None)
    if opening is None:
        return walk
    return Walk(_before_prefixes(pieces, opening), walk.body, True, walk.bounded)


def _before_prefixes(pieces: Pieces, start: int) -> int:
    """start, moved back over the prefixes that end right before it (2024年全省…, 中国共产党东川市…)."""
    while start in pieces.prefixes:
        start = pieces.prefixes[start]
    return start


def _theme_before_place(pieces: Pieces, walk: Walk, verbs: VerbEnds | set[int]) -> Walk:
    """A theme between an event's number or year and a place in its name is part of the name:
    第五届数字中国建设峰会, 2024生态文明贵阳国际论坛 (the walk stops at the place, a known piece).
    Not after 年: 1972年办好札幌冬奥会 is a clause."""
    text = pieces.text
    if not (walk.prefixed and walk.start in pieces.place_starts):
        return walk
    for theme_start in range(walk.start - 1, max(0, walk.start - 1 - MAX_THEME), -1):
        ch = text[theme_start]
        if (not is_han(ch) or ch in STOP_CHARS or ch in COORD_CHARS or theme_start + 1 in verbs
                or theme_start + 1 in pieces.places or theme_start + 1 in pieces.stops):
            return walk
        if theme_start in pieces.prefixes:  # a number or a year ends right before the theme
            if text[theme_start - 1] == "年":
                return walk  # 1972年办好札幌冬奥会: after 年 a clause as often as a theme
            return Walk(pieces.prefixes[theme_start], walk.body + walk.start - theme_start, True, True)
    return walk


def _title_ends(text: str, start: int, end: int) -> list[int]:
    """Ends of title words in [start, end) followed by more of a name (not a person's name)."""
    titles = _title_scan()
    return [m.end() for m in titles.finditer(text, start, end) if m.end() < end]


@lru_cache(maxsize=1)
def _title_scan() -> re.Pattern[str]:
    return re.compile(trie_pattern([word for word, kind in stop_words().items() if kind == "title"]))


def _level_start(text: str, start: int, pieces: Pieces) -> int:
    """A level character before a session's number belongs to the name: 区十六届人大常委会第二次会议; so
    does a place the tables lack before it, and a prefix before that (中国共产党东川市第十三次代表大会)."""
    if start and text[start - 1] in LEVEL_CHARS and _numbered_at(text, start):
        before = start - 1
        if before == 0 or not is_han(text[before - 1]) or text[before - 1] in STOP_CHARS or before in pieces.places:
            return before
        level_at = before
    elif text[start:start + 1] in LEVEL_CHARS and _numbered_at(text, start + 1):
        level_at = start  # the walk opened the name at its level character: 市第十七届人民代表大会…
    else:
        return start
    place = unknown_place_start(pieces, level_at)
    if place == level_at and level_at - 2 in pieces.prefixes and all(
            is_han(ch) and ch not in STOP_CHARS for ch in text[level_at - 2:level_at]):
        place = level_at - 2  # 政协东川市第十五届委员会: two free characters after a prefix
    return start if place == level_at else _before_prefixes(pieces, place)  # 中国共产党东川市…


def _numbered_at(text: str, i: int) -> bool:
    """Whether a session's number (第十届, 十届, 第三次) starts at i."""
    return SESSION.match(text, i) is not None or NUMBERED.match(text, i) is not None


def _conjunct_start(pieces: Pieces, start: int, end: int) -> int:
    """Events joined by 暨 are one name: 2021年春季招商推介会暨重点项目签约仪式 from its first part."""
    text = pieces.text
    if text[start] == "暨":
        start += 1
    joint = start - 1 if start and text[start - 1] == "暨" else text.find("暨", start, end)
    if joint < 1 or (joint >= start and joint - start >= 4):
        return start  # no 暨, or a first part long enough to stand (推介会暨签约仪式)
    plain = pieces.copy()
    plain.soft_stops = set()  # 签约 in 框架协议签约仪式暨高峰论坛 is part of the first event's name
    for m in GENERIC_WORD.finditer(text, max(0, joint - MAX_BODY), joint):
        plain.stops.discard(m.end())
    for word_end in _title_ends(text, max(0, joint - MAX_BODY), joint):
        plain.stops.discard(word_end)  # not 青岛行暨… out of 海外院士青岛行暨…
    walk = walk_left(plain, joint, MAX_BODY, allow_digits=True, allow_dash=True, level_opens=False)
    if walk.bounded and joint - walk.start >= 2 and clean_left(plain, walk.start, set()):
        return min(walk.start, start)
    return start


def _event_ending_with(pieces: Pieces, start: int, end: int, strength: str | None,
                       verbs: VerbEnds | set[int], person_ends: dict[int, int]) -> tuple[int, int] | None:
    """The event name that ends with the word at [start, end), or None."""
    text = pieces.text
    title = _title_inside(pieces, start, person_ends)
    walk, quoted = _walk_over_marks(pieces, start if title is None else title, verbs)
    walk = _opening_prefix(pieces, _theme_before_place(pieces, walk, verbs))
    if title is not None:  # a title inside the name, read as part of its body: 某某国际院士论坛, 第十六次主任会议
        walk.body += start - title
    if title is not None and (walk.start >= title or title_ending_at(text, end + 2) == end
                              or ARTICLE.match(text, walk.start)):
        return None  # the title alone is no name (院士论坛); 部长会议主席 is a council's chair; 第七条 an article
    if walk.start == start and strength is None and NUMBERED_ROUTINE.fullmatch(text, start, end):
        return (start, end) if start in pieces.stops else None  # 召开第66次常务会议
    if not walk.bounded or walk.start == start:
        return None
    if not walk.prefixed:  # no verb in a name with no organiser: 赞助奥运会 -> 奥运会
        cut = next((i for i in range(start, walk.start, -1) if i in verbs), walk.start)
        walk.start, walk.body = cut, start - cut
        if cut == start:
            return None
    if strength is not None and QUANTITY.search(text, walk.start, start):
        return None  # 一次展览会, 17个奥运会, 多次会议
    trailing = TRAILING_YEAR.match(text, end)
    if trailing:
        end = trailing.end()
    body = text[walk.start:start]
    if strength is None:  # a numbered session: 第十三届全国人民代表大会第二次会议
        return (walk.start, end) if walk.prefixed or walk.body >= 2 else None
    free = text[start - walk.body:start]
    numbered = NUMBERED.search(body) is not None and walk.prefixed  # 中央第七次西藏工作座谈会: one of a series
    if not quoted and not numbered and (GENERIC_BODY.fullmatch(body)
                                        or (strength == "weak" and free and GENERIC_BODY.fullmatch(free))):
        return None  # 新闻发布会; 市政府常务会议 is the government's routine meeting, not a named one
    if strength == "strong" and (walk.prefixed or walk.body >= 2):
        return walk.start, end
    counted = body[0] == "一" or "几" in body or text[walk.start - 1:walk.start] in COUNTING
    if SESSION_COUNT.fullmatch(body) and counted:
        return None  # a count of sessions, not a name: 每一届晚会, 十几届晚会, 召开了5届年会
    if walk.prefixed and walk.body >= 1 or "届" in body or "第" in body:
        return walk.start, end
    return None


def _title_inside(pieces: Pieces, start: int, person_ends: dict[int, int]) -> int | None:
    """Start of a title right before an event word that belongs to the event's name (国际院士论坛,
    东盟领导人会议), or None: no title, or one of a person (李明院士论坛)."""
    text = pieces.text
    title = title_ending_at(text, start)
    if title is None or not any(i in pieces.stops for i in range(title + 1, start + 1)):
        return None  # no title, or one the walk passes anyway
    if title in person_ends or chinese_name_before(text, title, strict=True) is not None:
        return None
    return title


def _org_cover(bodies: dict[int, int]):
    """A test: does an organisation name start before i and reach past it?"""
    spans = sorted((start, end) for end, start in bodies.items())
    starts = [start for start, _ in spans]
    reach, furthest = [], 0
    for _, end in spans:
        furthest = max(furthest, end)
        reach.append(furthest)

    def covers(i: int) -> bool:
        k = bisect_left(starts, i)  # names starting before i
        return k > 0 and reach[k - 1] > i

    return covers
