"""EVENT: named events, found from their last word (博览会, 论坛, 第二次会议, 四中全会) or a list."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..data import read_table, read_words
from ..lang.numerals import ORDINAL_CLASS
from .gazetteer import trie_pattern
from .names import LEVEL_CHARS, SESSION, STOP_CHARS, Pieces, VerbEnds, is_han, stop_words, walk_left
from .orgs import QUANTITY

Span = tuple[int, int, str]

MAX_BODY = 16
_NUM = ORDINAL_CLASS
# a session of a congress or committee, or a plenary of a party central committee
SESSION_MEETING = re.compile(rf"第?{_NUM}{{1,3}}次(?:全体|常务)?(?:会议|全会)|{_NUM}{{1,2}}中全会")
PARTY_CONGRESS = re.compile(rf"党的{_NUM}{{2,3}}大(?![会学])")
YEAR = re.compile(r"(?:19|20)[0-9]{2}年?|[一二〇零○O][一二三四五六七八九〇零○O]{3}年")
# a named week, festival, day or month in quotes before 活动: “日本大分周”活动, “安全生产月”活动
QUOTED_OCCASION = re.compile(r"[“\"]([^“”\"\n]{2,16}?(?:周|节|日|月|季))[”\"](?:系列)?活动")
NUMBERED = re.compile(rf"第{_NUM}{{1,3}}次")  # 中国共产党第十五次全国代表大会
TRAILING_YEAR = re.compile(r"(?:19|20)[0-9]{2}(?![0-9年])")
# modifiers that leave a generic event word generic: 新闻发布会, 专题座谈会, 全体会议
GENERIC_BODY = re.compile(f"(?:{trie_pattern(read_words('event_generic_words.tsv'))})*")
GENERIC_WORD = re.compile(trie_pattern(read_words("event_generic_words.tsv")))
# a fixed 之-compound opens an event name like a prefix: 丝绸之路国际博览会, not 路国际博览会
OF_COMPOUND = re.compile(f"[\u4e00-\u9fff]{{2}}之(?:{trie_pattern(read_words('event_of_words.tsv'))})")
# what may stand between 暨 and the second event word: 暨第21届中国东西部合作与投资贸易洽谈会
JOINED_PART = re.compile(r"[\u4e00-\u9fff0-9“”]*")


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


def find_events(text: str, pieces: Pieces | None = None) -> list[Span]:
    """EVENT spans: find_events('出席2019中国国际智能产业博览会') -> [(2, 17, 'EVENT')]."""
    words, scan, known, prefixes = _tables()
    if pieces is None:
        pieces = Pieces(text)
    event_pieces = pieces.copy()
    verbs = event_pieces.verb_ends
    event_pieces.verb_ends = set()  # a name with an organiser holds verbs: 纪念杭州缔结国际友好城市关系30周年大会
    for m in prefixes.finditer(text):
        event_pieces.prefixes[m.end()] = m.start()
    inside_org = _org_cover({**pieces.places, **pieces.bodies})
    spans: list[Span] = []
    for m in known.finditer(text):
        spans.append((m.start(), m.end(), "EVENT"))
    for m in QUOTED_OCCASION.finditer(text):
        spans.append((m.start(1), m.end(1), "EVENT"))
    for m in PARTY_CONGRESS.finditer(text):
        spans.append((m.start(), m.end(), "EVENT"))
    for m in scan.finditer(text):
        if inside_org(m.start()):  # 大会 in 人民代表大会, 会议 in 中国人民政治协商会议, 大会 in 人民大会堂
            continue
        span = _event_ending_with(event_pieces, m.start(), m.end(), words.get(m.group()), verbs)
        if span is not None:
            start = _conjunct_start(event_pieces, _level_start(text, span[0], pieces), span[1])
            spans.append((start, span[1], "EVENT"))
    spans.extend(_joined_events(event_pieces, scan, words, verbs))
    return spans


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
        walk = walk_left(plain, joint, MAX_BODY, allow_digits=True, allow_dash=True, level_opens=False)
        if walk.bounded and not walk.prefixed:  # no verb in a name with no organiser: 主持推介会暨签约仪式
            walk.start = next((i for i in range(joint - 1, walk.start, -1) if i in verbs), walk.start)
        first = text[walk.start:joint]
        if not walk.bounded or len(first) < 2 or not _clean_left(plain, walk.start, verbs):
            continue
        if walk.prefixed or any(first.endswith(word) for word in words):
            spans.append((walk.start, right.end(), "EVENT"))
    return spans


def _clean_left(pieces: Pieces, start: int, verbs: VerbEnds | set[int]) -> bool:
    """Whether a name may open at start: after punctuation, a stop or a verb, not inside a word
    (海外院士青岛行暨…: the walk stopped at 青岛 with 院士 still before it)."""
    if start == 0:
        return True
    before = pieces.text[start - 1]
    return (not is_han(before) or before in STOP_CHARS or start in pieces.stops or start in verbs
            or start in pieces.soft_stops)


def _title_ends(text: str, start: int, end: int) -> list[int]:
    """Ends of title words in [start, end) followed by more of a name (not a person's name)."""
    titles = _title_scan()
    return [m.end() for m in titles.finditer(text, start, end) if m.end() < end]


@lru_cache(maxsize=1)
def _title_scan() -> re.Pattern[str]:
    return re.compile(trie_pattern([word for word, kind in stop_words().items() if kind == "title"]))


def _level_start(text: str, start: int, pieces: Pieces) -> int:
    """A level character before a session's number belongs to the name: 区十六届人大常委会第二次会议."""
    if start and text[start - 1] in LEVEL_CHARS and SESSION.match(text, start):
        before = start - 1
        if before == 0 or not is_han(text[before - 1]) or text[before - 1] in STOP_CHARS or before in pieces.places:
            return before
    return start


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
    walk = walk_left(plain, joint, MAX_BODY, allow_digits=True, allow_dash=True, level_opens=False)
    if walk.bounded and joint - walk.start >= 2:
        return min(walk.start, start)
    return start


def _event_ending_with(pieces: Pieces, start: int, end: int, strength: str | None,
                       verbs: VerbEnds | set[int]) -> tuple[int, int] | None:
    """The event name that ends with the word at [start, end), or None."""
    walk = walk_left(pieces, start, MAX_BODY, allow_digits=True, allow_dash=True, level_opens=False)
    if not walk.bounded or walk.start == start:
        return None
    text = pieces.text
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
    if GENERIC_BODY.fullmatch(body) or (strength == "weak" and free and GENERIC_BODY.fullmatch(free)):
        return None  # 新闻发布会; 市政府常务会议 is the government's routine meeting, not a named one
    if strength == "strong" and (walk.prefixed or walk.body >= 2):
        return walk.start, end
    if walk.prefixed and walk.body >= 1 or "届" in body or "第" in body:
        return walk.start, end
    return None


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
