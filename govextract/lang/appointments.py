"""Appointment notices: 任命X为Y, 选举X为Y, X当选为Y, 免去X的Y职务, X辞去Y职务, 由X署理Y职务.

Each reading must reach the end of its positions (punctuation, 职务, the end of the text);
a half-read notice yields nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..data import tables
from . import names as persons
from .chains import MAX_ORG, NAME_TAIL_RE, Post, inherit_region
from .chars import HAN
from .numerals import DIGITS
from .titles import TitleMatch

_CUES = tables.role_cues()


def _cue_re(kind: str) -> re.Pattern[str]:
    rows = sorted({(cue.cue, cue.exceptions) for cue in _CUES if cue.kind == kind},
                  key=lambda r: len(r[0]), reverse=True)
    return re.compile("|".join(re.escape(w) + (f"(?!{guard})" if guard else "") for w, guard in rows))


CUE_PART = {cue.cue: cue.event_role for cue in _CUES}
APPOINT_RE = _cue_re("appoint")
REMOVE_RE = _cue_re("remove")
NAME_CUE_RE = _cue_re("name_cue")
ACTING = frozenset(c.cue for c in _CUES if c.kind == "name_cue" and c.cue in ("署理", "署任", "代理", "临时代理"))
# what may close a list of positions
END_RE = re.compile(r"(?:的)?职务|[,,。;;、)\n]|$|的")
# 万伟等19人, 马立川等52位委员: a name that stands for a group
GROUP_TAIL_RE = re.compile(rf"等[\d{DIGITS}十百两]+(?:人|位|名)(?:委员|代表|同志)?")
ADVERBS = frozenset("将已亦则曾拟")
# a courtesy word between the name and its cue: 王五同志辞去, 李四先生出任 (NAME_TAIL_RE's words)
HONORIFIC_BEFORE_RE = re.compile(r"(?:同志|先生|女士)$")
# a post in quotes: 聘请王五为“东川区名誉校长”
OPEN_QUOTES = "“「\"‘"
CLOSE_QUOTES = "”」\"’"
# a personal record's opening (任前公示, a biography): 王五,男,1965年5月生,现任…
RECORD_HEAD_RE = re.compile(rf"\s*(?:\d{{1,3}}[.、]\s*)?([{HAN}·]{{2,12}})\s*[,，]\s*[男女]\s*[,，]")
# a name heading its sentence before a comma, numbered or with a note: 3. 王五(正处级),现任…
SENTENCE_HEAD_RE = re.compile(rf"\s*(?:\d{{1,3}}[.、]\s*)?([{HAN}·]{{2,12}}?)\s*(?:\([^()\n]{{1,12}}\))?\s*[,，]")
# where a clause that holds 为 opens: a bare list of targets (张立新、王海燕为执行主席) stands there
CLAUSE_START_RE = re.compile(rf"(?:^|(?<=[,，。;；:：\n]))(?=[{HAN}][^,，。;；:：\n]{{1,80}}?为)", re.M)
# a note after a post: (兼), (正处级), (试用期一年), (挂职两年)
NOTE_RE = re.compile(rf"\((?:兼|[{HAN}0-9]{{1,10}})\)")


@dataclass
class Appointment:
    """Names, the posts the notice gives them, the cue and its event role."""

    names: list[tuple[int, int]]
    posts: list[Post]
    part: str | None
    cue_start: int
    acting: bool = False
    own: list[tuple[tuple[int, int], Post]] = field(default_factory=list)  # 王五院士: a name's own title


def title_index(titles: list[TitleMatch]) -> dict[int, TitleMatch]:
    """Offset -> the first title whose organisation may start there (up to MAX_ORG before it)."""
    title_at: dict[int, TitleMatch] = {}
    for t in titles:
        for i in range(max(0, t.start - MAX_ORG), t.start + 1):
            title_at.setdefault(i, t)
    return title_at


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence that holds text[end - 1] starts: after 。, ; or a line break."""
    return max(text.rfind(mark, 0, end) for mark in "。;；\n") + 1


class AppointmentReader:
    """Reads the notices of one text; titles are the text's find_titles() result."""

    def __init__(self, text: str, titles: list[TitleMatch], known: dict[int, int] | None = None,
                 title_at: dict[int, TitleMatch] | None = None) -> None:
        self.text = text
        self.known = known or {}  # end -> start of names read elsewhere (title chains)
        self.title_at = title_index(titles) if title_at is None else title_at
        self.own: dict[tuple[int, int], Post] = {}  # a title written right after a listed name

    def posts(self, p: int) -> tuple[list[Post], int] | None:
        """Positions from p: 安平市人民政府副市长、代理市长 -> two posts, and where they end."""
        text, found = self.text, []
        while True:
            title = self.title_at.get(p)
            if title is None or any(not persons.is_cjk(c) and c != "-" for c in text[p : title.start]):
                return None
            found.append(Post(p, title.start, title.end, title.kind))
            p = title.end
            note = NOTE_RE.match(text, p)
            if note:
                p = note.end()
            if p < len(text) and text[p] in "、兼和及" and self.title_at.get(p + 1) is not None:
                if self.next_target(p + 1):
                    break  # 选举A为X、B为Y: the next name starts a target of its own
                p += 1
                continue
            break
        if text[p : p + 1] in CLOSE_QUOTES:
            p += 1
        if not END_RE.match(text, p):
            return None
        inherit_region(text, found)  # 任某市委委员、常委: the standing member of the same committee
        return found, p

    def next_target(self, p: int) -> bool:
        """Whether names and 为 start at p: 、周晓为市检察院检察长 after a first target."""
        names, q = self.names_after(p)
        return bool(names) and self.text[q : q + 1] == "为"

    def names_after(self, p: int) -> tuple[list[tuple[int, int]], int]:
        """Names from p, joined by 、: 陈卫新、陈立华、江晓光(女)为 ..."""
        text, names = self.text, []
        while p < len(text):
            title = self.title_at.get(p)
            if title is not None and title.start == p:  # 指定委员陈启明为: the current post is no target
                p = title.end
            end = persons.name_after(text, p)
            if end is None:
                break
            names.append((p, end))
            m = NAME_TAIL_RE.match(text, end)
            p = m.end() if m else end
            own = self.title_at.get(p)
            if own is not None and own.start == p and own.kind == "title" and text[own.end : own.end + 1] in "、和及为":
                self.own[names[-1]] = Post(own.start, own.start, own.end, own.kind)
                p = own.end  # 聘请王五院士、李四院士为: each name's own title, a row of its own
            if p < len(text) and (text[p] == "、" or text[p] in "和及" and persons.name_after(text, p + 1)):
                p += 1
                continue
            break
        return names, p

    def names_before(self, end: int) -> list[tuple[int, int]]:
        """Names ending at end, joined by 、 (read right to left): 夏明、陈金华当选为."""
        text, names = self.text, list[tuple[int, int]]()
        while end > 0:
            start = self.known.get(end)
            if start is None:
                start = persons.chinese_name_before(text, end)
            if start is None:
                break
            names.insert(0, (start, end))
            if start >= 2 and text[start - 1] == "、":
                end = start - 1
                continue
            break
        return names

    def record_head(self, end: int) -> list[tuple[int, int]]:
        """The name a personal record opens with, in the cue's sentence: 王五,男,汉族,1965年生,现任…"""
        return self._head_name(RECORD_HEAD_RE, end, to_cue=False)

    def sentence_head(self, end: int) -> list[tuple[int, int]]:
        """A name alone before a comma at the start of the cue's sentence, numbered or with a note:
        王五,曾任某市市长; 3. 王五(正处级),现任…"""
        return self._head_name(SENTENCE_HEAD_RE, end, to_cue=True)

    def _head_name(self, head_re: re.Pattern[str], end: int, *, to_cue: bool) -> list[tuple[int, int]]:
        """The name `head_re` reads at the start of the sentence that holds text[end - 1], where the
        head ends by `end` (right at it with to_cue) and the name reader ends the name where it does."""
        text = self.text
        head = head_re.match(text, _sentence_start(text, end))
        if head is None or (head.end() != end if to_cue else head.end() > end):
            return []
        start = head.start(1)
        return [(start, head.end(1))] if persons.name_after(text, start) == head.end(1) else []

    def clause_subject(self, end: int, found: list[Appointment]) -> list[tuple[int, int]]:
        """The names of the notice before, for a cue that opens a clause of the same sentence with no name
        of its own: 王五同志任某市委常委，不再担任某市副市长职务."""
        text = self.text
        if end < 1 or text[end - 1] not in ",，":
            return []
        sentence = _sentence_start(text, end)
        before = [notice for notice in found if sentence <= notice.cue_start < end]
        return list(before[-1].names) if before else []

    def removals(self, cue: re.Match[str]) -> list[Appointment]:
        """免去X的Y职务, and its lists: 免去:A的X职务;B的Y职务, 免去A、B的X职务."""
        text, found = self.text, []
        p = cue.end() + (1 if text[cue.end() : cue.end() + 1] in ":：" else 0)
        first = True
        while True:
            names, q = self.names_after(p)
            if not first and (not names or text[q : q + 1] != "的" or APPOINT_RE.match(text, p)):
                break  # a later item of the list is NAME的POST: not 任命李文华为… after a comma
            first = False
            if not names or text[q : q + 1] != "的":
                span = self.removal_name(p)  # 免去鲁振文安平市人民政府副市长: the name runs into the body
                if span is None:
                    break
                names, q = [span], span[1]
            read = self.posts(q + (1 if text[q : q + 1] == "的" else 0))
            if read is None:
                break
            found.append(Appointment(names, read[0], CUE_PART[cue.group()], cue.start()))
            p = read[1] + (2 if text.startswith("职务", read[1]) else 3 if text.startswith("的职务", read[1]) else 0)
            if text[p : p + 1] not in (";", "；", ",", "，"):
                break
            p += 1  # the next removal of the list: ;李文华的市审计局局长职务
        return found

    def removal_name(self, p: int) -> tuple[int, int] | None:
        """免去鲁振文安平市人民政府副市长: the name runs straight into the organisation."""
        end = persons.name_after(self.text, p)
        if end is not None:
            return p, end
        for length in (3, 2):
            if persons.chinese_name_after(self.text[: p + length], p) == p + length:
                rest = p + length + (1 if self.text[p + length : p + length + 1] == "的" else 0)
                if self.posts(rest) is not None:
                    return p, p + length
        return None

    def bare_targets(self, listed: set[tuple[int, int]]) -> list[Appointment]:
        """Clauses that open with names and 为 and close with posts, with no verb before them: the
        presidium's lists (主席团,张立新、王海燕为执行主席), each name not read by a cued notice."""
        text, found = self.text, []
        for clause in CLAUSE_START_RE.finditer(text):
            names, q = self.names_after(clause.end())
            if not names or text[q : q + 1] != "为" or any(name in listed for name in names):
                continue
            read = self.posts(q + 1)
            if read is not None and END_RE.match(text, read[1]) and text[read[1] : read[1] + 1] != "的":
                found.append(Appointment(names, read[0], None, q))
        return found

    def read(self) -> list[Appointment]:
        found: list[Appointment] = []
        text = self.text
        for cue in APPOINT_RE.finditer(text):
            p = cue.end()
            if text[p : p + 1] in ":：":  # 提请任命:孙文斌为市公安局局长
                p += 1
            while True:
                names, q = self.names_after(p)
                if not names or text[q : q + 1] != "为":
                    break
                read = self.posts(q + 2 if text[q + 1 : q + 2] in OPEN_QUOTES else q + 1)
                if read is None:
                    break
                own = [(name, self.own[name]) for name in names if name in self.own]
                found.append(Appointment(names, read[0], CUE_PART[cue.group()], cue.start(), own=own))
                p = read[1]
                note = NOTE_RE.match(text, p)
                p = (note.end() if note else p)
                if text[p : p + 1] not in (",", ";") and not (text[p : p + 1] == "、" and self.next_target(p + 1)):
                    break
                p += 1
        listed = {name for notice in found for name in notice.names}
        found.extend(self.bare_targets(listed))
        for cue in REMOVE_RE.finditer(text):
            found.extend(self.removals(cue))
        for cue in NAME_CUE_RE.finditer(text):
            end = cue.start()
            tail = None
            for m in GROUP_TAIL_RE.finditer(text, max(0, end - 12), end):
                if m.end() == end:
                    tail = m
            if tail is not None:
                end = tail.start()
            elif text[end - 1 : end] in ADVERBS:  # 许仕明将出任
                end -= 1
            honorific = HONORIFIC_BEFORE_RE.search(text, max(0, end - 2), end)
            if honorific is not None:
                end = honorific.start()
            names = (self.names_before(end) or self.record_head(end) or self.clause_subject(end, found)
                     or self.sentence_head(end))
            if len(cue.group()) == 1:  # 任 alone: a full or known name (新一任秘书长 has none)
                names = [(s, e) for s, e in names if e - s >= 3 or self.known.get(e) == s]
            acting = cue.group() in ACTING
            if acting:  # 署理行政长官: the acting post is written with its verb
                p = cue.start()
            else:
                p = cue.end() + (1 if text[cue.end() : cue.end() + 1] == "为" else 0)
            read = self.posts(p)
            if not names or read is None:
                continue
            posts = read[0][:1] if acting else read[0]
            if cue.group() == "代理" and posts[0].title_start > cue.end():
                # 代理安平市人民政府市长职务: on the mainland 代理市长 is the title itself
                posts = [Post(cue.end(), posts[0].title_start, posts[0].title_end, posts[0].kind, verb="代理")]
            found.append(Appointment(names, posts, CUE_PART[cue.group()], cue.start(), acting))
        return found
