"""Events named by an occasion rather than by their last word alone: an anniversary (成立70周年大会),
an office's ceremony (第9届县长交接典礼, 某某特派员到任酒会), a holiday reception (国庆酒会); and the
tests of a name's left edge that the event finders share."""
from __future__ import annotations

import re

from ..data import read_table, read_words
from ..lang.names import chinese_name_before
from ..lang.numerals import ORDINAL_CLASS
from ..lang.titles import TITLE_KIND
from .gazetteer import trie_pattern
from .names import SESSION, STOP_CHARS, Pieces, VerbEnds, is_han, stop_words

Span = tuple[int, int, str]

MAX_BODY = 16
YEAR = re.compile(r"(?:19|20)[0-9]{2}年?|[一二〇零○O][一二三四五六七八九〇零○O]{3}年")
# verbs that hold or attend an event and never sit inside its name: 举行, 出席, 亮相 (a table)
FRAME_VERB = re.compile(trie_pattern(read_words("event_frame_verbs.tsv")))
# an anniversary right before the event word: 成立70周年大会, 宣教150周年纪念活动, 建校六十周年庆典
ANNIVERSARY = re.compile(rf"(?:[0-9]{{1,4}}|{ORDINAL_CLASS}{{1,4}})周年(纪念|庆祝)?$")
_OCCASIONS = read_table("event_occasions.tsv")
# an office's occasion and a reception word: 到任酒会, 交接典礼, 就职仪式, read after a title
OFFICE_CEREMONY = re.compile(f"(?:{trie_pattern(r[0] for r in _OCCASIONS if r[1] == 'occasion')})"
                             f"(?:{trie_pattern(r[0] for r in _OCCASIONS if r[1] == 'ceremony')})")
PARTICIPANTS = frozenset(r[0] for r in _OCCASIONS if r[1] == "participant")
OFFICES = frozenset(title for title, kind in TITLE_KIND.items() if kind == "title") | PARTICIPANTS  # not 记者
INCOMING = tuple(r[0] for r in _OCCASIONS if r[1] == "incoming")
MAX_TITLE = max(map(len, OFFICES))
# a holiday and a reception word: 国庆酒会, 2024年新春团拜会
HOLIDAY_CEREMONY = re.compile(rf"(?:{YEAR.pattern})?(?:{trie_pattern(r[0] for r in _OCCASIONS if r[1] == 'holiday')})"
                              f"(?:{trie_pattern(r[0] for r in _OCCASIONS if r[1] == 'ceremony')})")


def anniversary_start(pieces: Pieces, start: int, word: str) -> int | None:
    """Where an event named by an anniversary starts: its subject holds verbs and places
    (庆祝中华人民共和国成立70周年大会, 某教来到本岛传教150周年纪念活动), up to a framing verb or punctuation."""
    text = pieces.text
    mark = ANNIVERSARY.search(text, max(0, start - 12), start)
    if mark is None:
        return None
    frames = {m.end() for m in FRAME_VERB.finditer(text, max(0, mark.start() - MAX_BODY), mark.start())}
    in_place = {k for end, begin in pieces.places.items() if end <= mark.start() for k in range(begin, end)
                if mark.start() - MAX_BODY <= begin}  # 以 of 以色列 is no boundary
    i = mark.start()
    while True:
        if i == 0 or i in frames:
            break  # a person is part of the subject: 纪念某某同志诞辰130周年座谈会
        if text[i - 2:i] in ("纪念", "庆祝"):
            i -= 2  # the prefix opens the name: 纪念建党100周年大会
            while (opening := pieces.places.get(i, pieces.prefixes.get(i, i))) < i:
                i = opening  # the region holding it opens it: 重庆市庆祝改革开放40周年成就展, 全省纪念…大会
            break
        ch = text[i - 1]
        if ch == "》" and (opening := text.rfind("《", max(0, i - 40), i)) >= 0:
            i = opening  # the subject is a document or a paper: 《某某法》颁布五周年座谈会
            break
        if ch in "该本此这其":
            return None  # 该报创办15周年: the subject is named elsewhere
        boundary = ch in STOP_CHARS and i - 1 not in in_place and not _inside_verb(text, i - 1)
        if boundary or not (is_han(ch) or ch.isdigit()):
            break  # 为庆祝…; 到 inside 来到 is no boundary
        i -= 1
        if mark.start() - i > MAX_BODY:
            return None
    if mark.start() - i < 2:
        return None
    if text[i:i + 2] in ("纪念", "庆祝") and (mark.group(1) or word[:2] in ("纪念", "庆祝")):
        return i + 2  # 庆祝X150周年纪念活动: 庆祝 is the verb, the name is X…纪念活动
    return i


def _inside_verb(text: str, k: int) -> bool:
    """Whether the character at k belongs to a verb of the stop words (到 in 来到)."""
    kinds = stop_words()
    return any(kinds.get(text[s:s + size]) == "verb" for size in (2, 3) for s in range(k - size + 1, k + 1) if s >= 0)


def office_ceremonies(pieces: Pieces, person_ends: dict[int, int]) -> list[Span]:
    """A ceremony named by an office and its occasion: 第9届县长交接典礼, 王某某特派员到任酒会."""
    text = pieces.text
    spans: list[Span] = []
    for m in OFFICE_CEREMONY.finditer(text):
        title = title_ending_at(text, m.start())
        if title is None:
            continue
        start = person_ends.get(title)
        if start is None:
            start = chinese_name_before(text, title, strict=True)
        incoming = text.endswith(INCOMING, 0, title)  # 新任特首就职典礼
        if (start is None and not incoming and title not in pieces.prefixes and title not in pieces.bodies
                and not clean_left(pieces, title, set())):
            continue  # a name the readers miss before the title: no name at all rather than half of one
        if start is None and title in pieces.bodies:
            start = pieces.bodies[title]  # the office's body: 第七届立法会议员宣誓就职典礼
        start = title if start is None else start
        session = pieces.prefixes.get(start)
        if session is not None and SESSION.fullmatch(text, session, start):
            start = session  # 第9届县长交接典礼
        spans.append((start, m.end(), "EVENT"))
    return spans


def title_ending_at(text: str, end: int) -> int | None:
    """Start of the longest office title that ends at end (县长, 特派员, 总领事), or None."""
    for start in range(max(0, end - MAX_TITLE), end - 1):
        if text[start:end] in OFFICES:
            return start
    return None


def clean_left(pieces: Pieces, start: int, verbs: VerbEnds | set[int]) -> bool:
    """Whether a name may open at start: after punctuation, a stop or a verb, not inside a word
    (海外院士青岛行暨…: the walk stopped at 青岛 with 院士 still before it)."""
    if start == 0:
        return True
    text = pieces.text
    before = text[start - 1]
    if any(text[s:e] in TITLE_KIND for s in range(max(0, start - 3), start) for e in range(start + 1, start + 4)):
        return False  # inside a title: 将 of 将军 is no boundary
    return (not is_han(before) or before in STOP_CHARS or start in pieces.stops or start in verbs
            or start in pieces.soft_stops)
