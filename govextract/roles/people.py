"""Person spans of a text: names in title chains and notices, bylines, speaker labels, lists of names
(市领导A、B、C) and names before 同志/先生/女士; then every later mention of a name found."""
from __future__ import annotations

import re

from ..data import tables
from ..lang import names as persons
from ..lang.chars import HAN
from ..lang.gazetteer import trie_pattern
from ..lang.parse import TitleParse
from ..lang.titles import TITLE_RE
from .grammar import find_roles_in_text

_CREDITS = "|".join(re.escape(w) for w in sorted(persons.CREDIT_WORDS, key=len, reverse=True) if w != "摄")
# 记者 柯峰 周岚, 责任编辑:楠楠, 责编:孙红英、高峰, (记者白振平), 本报讯记者马利报道: a credit word
# where a byline starts (after a bracket, a line start, a dateline or a paper's name), then names
CREDIT_RE = re.compile(rf"(?:^|(?<=[(\s。讯电报社网台]))(?:{_CREDITS})[::]?[ \u3000]*", re.M)
# (焦明 摄), 记者 戴明 摄
PHOTO_RE = re.compile(rf"(?:^|[( \u3000])([{HAN}]{{2,4}})[ \u3000]*摄(?:影)?(?=[)\n]|$)", re.M)
# 讯(周晓明), 东湖在线(陈晓婷 吴振东): the byline in brackets after the dateline; (王五 李四 赵六) on a
# line of its own or after the last sentence: the reporters at the end of an article
BRACKET_RE = re.compile(rf"([讯电线网报]|^|(?<=。))\(([{HAN}]{{2,4}}(?:[ \u3000]+[{HAN}]{{2,4}}){{0,3}})\)", re.M)
# 宋善明:各位媒体朋友 / 国务院新闻办新闻局 袁晓英: speaker labels of a transcript
SPEAKER_RE = re.compile(rf"(?:^|[ \u3000])([{HAN}]{{2,4}})[::]", re.M)
NAME_WORD_RE = re.compile(r"同志|先生|女士")
LIST_RE = re.compile(r"[^、,,。;;::()\s]{1,12}(?:、[^、,,。;;::()\s]{1,12})+")
_PLACES = {d.short for d in tables.divisions()} | {d.name for d in tables.divisions()}
_PLACES |= {c.name for c in tables.countries()}


# a name opening a clause and ending right before a cue of its part (data/role_cues.tsv: 习近平主持, 王五会见),
# or before 在 and the place where it plays it (习近平在北京会见)
_CLAUSE_CUES = trie_pattern(cue.cue for cue in tables.role_cues() if cue.kind == "clause" and len(cue.cue) > 1)
SUBJECT_RE = re.compile(rf"(?:^|(?<=[,，。;；:：!！?？\n]))[{HAN}]{{3}}"
                        rf"(?=(?:在[^,，。;；:：!！?？\n、]{{2,15}}?)?(?:{_CLAUSE_CUES}))", re.M)


def _subject_names(text: str) -> list[tuple[int, int]]:
    """Three-character names that open a clause right before the cue of a part (主持, 会见, 出席): the
    surname one PFR has seen, the given characters ones PFR saw in given names, no place or title."""
    found = []
    for m in SUBJECT_RE.finditer(text):
        name = m.group()
        if (name[0] in persons.SINGLE_SURNAMES and persons.SURNAMES.get(name[0], 0) > 0
                and all(ch in persons.GIVEN_CHARS for ch in name[1:]) and _whole_name(name)
                and name[2] not in persons.STRONG_FOLLOW and name[2] not in persons.NEVER_CHARS  # 宋健向…考察
                and not persons.NOT_NAME_RE.match(name)):
            found.append((m.start(), m.end()))
    return found


DATELINE_RE = re.compile(rf"([{HAN}]{{2,4}}?)(?:\d{{1,2}}|[一二三]?[十]?[一二三四五六七八九十])日电")
_DATELINE_PLACES = _PLACES | {name for name, _ in tables.regions()} | set(tables.foreign_cities())


def _whole_name(token: str, *, lenient: bool = False, strict: bool = False) -> bool:
    """Is the token exactly one name (not a title, not a place)?"""
    if token in _PLACES or TITLE_RE.fullmatch(token):
        return False
    end = persons.chinese_name_after(token, 0, any_surname=lenient, strict=strict)
    return end == len(token)


def byline_end(text: str, end: int) -> bool:
    """A byline name ends at punctuation, a space, 摄 or 报道 (本报记者马利报道), not at 在 or 采访;
    or at the dateline's place (记者赖宜华台北17日电)."""
    if end >= len(text) or text[end] in persons.BREAK_CHARS or text.startswith(("摄", "报道"), end):
        return True
    place = DATELINE_RE.match(text, end)
    return place is not None and place.group(1) in _DATELINE_PLACES


def _byline_names(text: str, pos: int) -> list[tuple[int, int]]:
    """Names from pos, joined by spaces or 、, until something that is no name."""
    spans = []
    while pos < len(text):
        end = persons.chinese_name_after(text, pos, any_surname=True)
        if end is None:  # 记者赖宜华台北17日电: the name runs into the dateline's place
            end = next((pos + n for n in (3, 2) if persons.chinese_name_after(text[: pos + n], pos) == pos + n
                        and byline_end(text, pos + n)), None)
        if end is None and text[pos - 1 : pos] in "::":  # 责任编辑:楠楠: any name a page prints
            run = re.match(rf"[{HAN}]{{2,3}}(?=[)\s、,]|$)", text[pos:])
            end = pos + run.end() if run and not TITLE_RE.match(run.group()) else None
        if end is None or not byline_end(text, end):
            break
        spans.append((pos, end))
        gap = re.match(r"[ \u3000、]+", text[end:])
        if not gap:
            break
        pos = end + gap.end()
    return spans


def _credit_names(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in CREDIT_RE.finditer(text):
        spans.extend(_byline_names(text, m.end()))
    for m in PHOTO_RE.finditer(text):
        if _whole_name(m.group(1), lenient=True):
            spans.append((m.start(1), m.end(1)))
    for m in BRACKET_RE.finditer(text):
        pos = m.start(2)
        tokens = re.split(r"([ \u3000]+)", m.group(2))
        names = [t for t in tokens if t.strip()]
        if len(names) == 1 and m.group(1) not in ("讯", "电"):
            continue
        for part in tokens:
            if part.strip() and _whole_name(part, lenient=True):
                spans.append((pos, pos + len(part)))
            pos += len(part)
    for m in SPEAKER_RE.finditer(text):
        if len(m.group(1)) >= 3 and _whole_name(m.group(1)):  # 宋善明:, not 宗教: or 时间:
            spans.append((m.start(1), m.end(1)))
    return spans


def _listed_names(text: str) -> list[tuple[int, int]]:
    """Names in 、-lists where most items are names: 徐光明、王书全、…、铁代华和其他成员."""
    spans = []
    for m in LIST_RE.finditer(text):
        items, pos = [], m.start()
        for part in m.group().split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        found = []
        for i, (s, e) in enumerate(items):
            if i == 0:
                start = persons.chinese_name_before(text, e)
                if start is None and e - 3 >= s and persons.chinese_name_after(text, e - 3, strict=True) == e:
                    start = e - 3  # 提名人选陈启华、…: a full name even without a clean left edge
                found.append((start, e) if start is not None and e - start >= 2 else None)
            else:
                end = persons.chinese_name_after(text, s)
                ok = end is not None and (end == e or i == len(items) - 1)
                found.append((s, end) if ok and end is not None else None)
        last = found[-1]
        if last is not None and text[last[1] : last[1] + 1] in ("及", "和"):  # 王蕙清及萧志文
            end = persons.chinese_name_after(text, last[1] + 1)
            if end is not None:
                found.append((last[1] + 1, end))
        good = [f for f in found if f is not None and text[f[0] : f[1]] not in _PLACES]
        strict = [f for f in good if persons.chinese_name_after(text, f[0], strict=True) == f[1]]
        # most items must be names by the stricter reading: not 金表、金条、金佛, 高储蓄、高外债
        if len(strict) * 3 >= len(items) * 2 and (len(good) >= 3 and len(good) * 5 >= len(items) * 4
                                                  or len(strict) >= 2 and len(strict) == len(items)):
            spans.extend(good)
    return spans


def person_spans(text: str, parse: TitleParse | None = None) -> list[tuple[int, int]]:
    """Start and end of every person name in clean text, in order, without overlaps."""
    parse = parse if parse is not None and parse.text == text else TitleParse(text)
    spans: set[tuple[int, int]] = set()
    chains, _ = parse.chains()
    for chain in chains:
        spans.update(chain.names)
    for notice in parse.appointments({e: s for s, e in spans}):
        spans.update(notice.names)
    spans.update(_credit_names(text))
    spans.update(_subject_names(text))
    for m in NAME_WORD_RE.finditer(text):
        start = persons.chinese_name_before(text, m.start())
        if start is not None and m.start() - start >= 3 and all(  # 刘建国同志, not 祝老同志
            ch in persons.GIVEN_CHARS for ch in text[start + 1 : m.start()]
        ):
            spans.add((start, m.start()))
    names = {text[s:e] for s, e in spans}
    for role in find_roles_in_text(text, sorted(spans), parse):
        names.add(role.person)
    spans.update(_listed_names(text))
    names |= {text[s:e] for s, e in spans}
    names = {n for n in names if len(n) >= 2}
    if names:  # later bare mentions of a name already found
        mention = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
        spans.update((m.start(), m.end()) for m in mention.finditer(text))
    return _no_overlaps(spans)


def _no_overlaps(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda se: (se[0], -(se[1] - se[0]))):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out
