"""find_roles: every (person, position) a text states, from title chains, appointment notices and the
name-before-title shapes, with each person's part in the event."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc

from ..data import tables
from ..document import Role
from ..lang import names as persons
from ..lang.appointments import Appointment
from ..lang.chains import Chain, Post, known_org_names, org_start
from ..lang.chars import HAN
from ..lang.numerals import COUNT_CLASS
from ..lang.parse import TitleParse
from ..lang.titles import TITLE_KIND, TITLE_RE, TitleMatch
from ..tokenizer import doc_text
from .lists import bracketed_posts, title_lists
from .parts import PartReader

SPAN_KEY = "govextract_entities"
PLACES = frozenset(name for c in tables.countries() for name in (c.name, *c.aliases)) | frozenset(
    name for d in tables.divisions() for name in (d.name, d.short)
)
# 另外5位政务委员为A、B: a title that the whole list holds besides each one's own
# the count is bounded and must start its run of numerals, so a long run of 一 stays linear
_COUNT = COUNT_CLASS
GROUP_TITLE_RE = re.compile(rf"(?<!{_COUNT}){_COUNT}{{1,4}}[位名]([{HAN}]{{2,6}}?)为")
SENTENCE_END = re.compile(r"[。;!?\n]")
APPOINTMENT_PARTS = frozenset({"appointed", "removed", "elected", "resigned"})
MAX_NOTE = 40  # the longest note in brackets between an organisation and the name after it
DEMONSTRATIVES = frozenset("我本该此")


def _role(text: str, person: str, post: Post, part: str | None, start: int, end: int) -> Role:
    org = post.org(text)
    title = post.title(text)
    return Role(person, org, title, (org or "") + title, part, start, end)


def _name_before_title(
    text: str, titles: list[TitleMatch], name_ends: dict[int, int]
) -> Iterable[tuple[int, int, TitleMatch]]:
    """NAME+TITLE (胡志远市长, 韩立群国务委员兼外长): the first title of a loose group right after a name.

    A name not read elsewhere must be a full three-character one with given-name characters, or
    follow an organisation (我委王彬副主任): 卫生部长 and 扶贫司令 hold no person.
    """
    for title in titles:
        if title.kind != "title":
            continue
        start = name_ends.get(title.start)
        if start is None:
            start = persons.dotted_name_before(text, title.start)  # 佩德罗•欧桑纳院士
            if start is not None:
                yield start, title.start, title
                continue
            start = persons.chinese_name_before(text, title.start)
            if start is None:  # 中村修二院士, where no Chinese name reads (中村和李强院士 names 李强)
                start = persons.japanese_name_before(text, title.start)
                if start is not None:
                    yield start, title.start, title
                continue
            strict = all(ch in persons.GIVEN_CHARS for ch in text[start + 1 : title.start])
            after_org = start > 0 and text[start - 1] in persons.ORG_TAILS
            # a list of names under the same title: 郭毅可院士、容淳铭院士 (淳 is in no PFR given name)
            listed = start > 0 and text[start - 1] == "、" and text.endswith(title.text, 0, start - 1)
            if not (strict and title.start - start >= 3 or after_org or listed and title.start - start >= 3):
                continue
        yield start, title.start, title


def find_roles_in_text(text: str, known_names: Iterable[tuple[int, int]] = (),
                       parse: TitleParse | None = None, name_starts: Iterable[tuple[int, int]] = ()) -> list[Role]:
    """Roles with offsets in text; parse is the text's TitleParse, where the caller has one; name_starts:
    names found elsewhere that may follow a title where no name reader reads one.

    >>> [(r.person, r.position) for r in find_roles_in_text("市委副书记、市长李四主持会议。")]
    [('李四', '市委副书记'), ('李四', '市长')]
    """
    parse = parse if parse is not None and parse.text == text else TitleParse(text)
    known = {e: s for s, e in known_names}
    chains, loose = parse.chains(set(known), dict(name_starts))
    chain_names = {e: s for chain in chains for s, e in chain.names}
    appointments = parse.appointments({**known, **chain_names})
    parts = PartReader(text)
    roles: list[Role] = []
    held: set[str] = set()
    _add_group_titles(text, chains)
    for chain in chains:
        part = parts.part(chain.start, chain.end)
        for s, e in chain.names:
            person = text[s:e]
            if any(p.kind == "title" for p in chain.posts):
                held.add(person)
            for post in chain.posts + chain.extra:
                roles.append(_role(text, person, post, part, chain.start, chain.end))
    for notice in appointments:
        roles.extend(_appointment_roles(text, notice, held))
    name_ends = dict(known)
    for chain in chains:
        name_ends.update({e: s for s, e in chain.names})
    stops = parse.stops
    for post, listed in title_lists(text, loose, stops, set(name_ends)):
        for s, e in listed:
            held.add(text[s:e])
            roles.append(_role(text, text[s:e], post, parts.part(s, listed[-1][1]), post.org_start, listed[-1][1]))
    for (s, e), posts in bracketed_posts(text, parse.titles, name_ends):
        for post in posts:
            roles.append(_role(text, text[s:e], post, parts.part(s, e, clause_only=True), s, post.title_end))
    chain_ends = {e for chain in chains for _, e in chain.names}
    roles.extend(_name_title_roles(text, loose, name_ends, held, stops, parts, chain_ends))
    roles.extend(_name_then_title(text, loose, name_ends, stops, parts))
    return _dedupe(roles)


def _name_title_roles(text: str, loose: list[TitleMatch], name_ends: dict[int, int], held: set[str],
                      stops: set[int], parts: PartReader, chain_ends: frozenset[int] | set[int] = frozenset()
                      ) -> list[Role]:
    """Rows of NAME+TITLE groups (韩立群国务委员兼外长) for people with no title-chain row, or written
    right after the name of their chain (副总参谋长王五中将: a second post in the same mention)."""
    roles = []
    loose_by_start = {t.start: t for t in loose}
    for start, end, title in _name_before_title(text, loose, name_ends):
        person = text[start:end]
        if (person in held and end not in chain_ends) or title.start != end or person in PLACES:
            continue
        if persons.name_after(text, title.end) is not None:
            continue  # a title with a name after it that the chain grammar could not close
        group = [title]
        p = title.end
        while p < len(text) and text[p] in "兼、" and (p + 1) in loose_by_start:
            group.append(loose_by_start[p + 1])
            p = group[-1].end
        part = parts.part(start, p, clause_only=True)
        for t in group:
            begin = t.start if t is title else org_start(text, t.start, stops, set(name_ends))
            region = _org_before_name(text, start, stops, set(name_ends)) if t is title else ""
            roles.append(_role(text, person, Post(begin, t.start, t.end, t.kind, region=region), part, start, p))
    return roles


def _org_before_name(text: str, name_start: int, stops: set[int], name_ends: set[int]) -> str:
    """The organisation written before NAME+TITLE, which the title belongs to: 外交部韩立群部长 -> 外交部,
    中联办(中央人民政府驻香港特别行政区联络办公室)郑雁雄主任 -> 中联办 (a note in brackets skipped)."""
    end = name_start
    if end >= 2 and text[end - 1] == ")":
        opening = text.rfind("(", max(0, end - MAX_NOTE), end)
        end = opening if opening > 0 else end
    if end == 0:
        return ""
    begin = org_start(text, end, stops, name_ends)
    pointer = max(text.rfind(ch, begin, end) for ch in DEMONSTRATIVES)
    begin = max(begin, pointer + 1)  # 我委王彬副主任, 据悉该局李明局长: a reference, no name
    known = known_org_names().fullmatch(text, begin, end) is not None
    if not known and (end - begin < 4 or text[end - 1] not in persons.ORG_TAILS):
        return ""  # a bare 研究院 or 公司 names no one organisation; 市教育局 does
    if TITLE_RE.search(text, begin, end) or any(ch in "和及与、" for ch in text[begin:end]):
        return ""  # 室长宫川宏一和该部: a title or a second person before, no one organisation
    return text[begin:end]


def _name_then_title(text: str, loose: list[TitleMatch], name_ends: dict[int, int], stops: set[int],
                     parts: PartReader) -> list[Role]:
    """NAME + comma or bracket + ORG TITLE: 李颖,工信部信软司巡视员 / 刘忠(北碚区区长)."""
    roles = []
    known_ends = set(name_ends)
    for title in loose:
        if title.kind != "title":
            continue
        closing = text[title.end : title.end + 1]
        if closing and closing not in ",,。;;)\n":
            continue
        begin = org_start(text, title.start, stops, known_ends)
        if begin < 2 or text[begin - 1] not in ",,(":
            continue
        if text[begin - 1] == "(" and closing != ")":
            continue
        start = name_ends.get(begin - 1)
        if start is None:
            start = persons.chinese_name_before(text, begin - 1)
            if start is None or begin - 1 - start < 3:
                continue
        person = text[start : begin - 1]
        if person in PLACES:
            continue
        post = Post(begin, title.start, title.end, title.kind)
        roles.append(_role(text, person, post, parts.part(start, title.end), start, title.end))
    return roles


def _add_group_titles(text: str, chains: list[Chain]) -> None:
    """另外2位政务委员为前经济部长林时新、前教育部长吕志明: each of them is also 政务委员."""
    for m in GROUP_TITLE_RE.finditer(text):
        title = m.group(1)
        if title not in TITLE_KIND and not any(title.endswith(t) for t in TITLE_KIND if len(t) >= 2):
            continue
        end = SENTENCE_END.search(text, m.end())
        limit = end.start() if end else len(text)
        for chain in chains:
            if m.end() <= chain.start < limit and all(p.title(text) != title for p in chain.posts):
                chain.extra.append(Post(m.start(1), m.start(1), m.end(1)))


def _appointment_roles(text: str, notice: Appointment, held: set[str]) -> list[Role]:
    roles = []
    start = min([notice.cue_start] + [s for s, _ in notice.names])
    end = max(p.title_end for p in notice.posts)
    for s, e in notice.names:
        person = text[s:e]
        held.add(person)
        for post in notice.posts:
            roles.append(_role(text, person, post, notice.part, start, end))
    for (s, e), post in notice.own:  # 聘请王五院士为…: 院士 is a post of his, with no part in the notice
        roles.append(_role(text, text[s:e], post, None, s, post.title_end))
    return roles


def _dedupe(roles: list[Role]) -> list[Role]:
    """One row per (person, position), the first mention's, with the first part the text gives."""
    kept: dict[tuple[str, str], int] = {}
    out: list[Role] = []
    for role in roles:
        key = (role.person, role.position)
        if key not in kept:
            kept[key] = len(out)
            out.append(role)
        elif out[kept[key]].event_role is None and role.event_role is not None:
            out[kept[key]] = replace(out[kept[key]], event_role=role.event_role)
    return [role for role in out if not _restated(role, out)]


def _restated(role: Role, roles: list[Role]) -> bool:
    """A later, shorter mention of a post already read in full: 省委书记X after 东川省委书记X.

    An appointment's post is a new one even where its words repeat an older post's tail.
    """
    if role.event_role in APPOINTMENT_PARTS:
        return False
    return any(other.person == role.person and other.title == role.title and other.start < role.start
               and other.position != role.position and other.position.endswith(role.position) for other in roles)


def find_roles(doc: Doc, parse: TitleParse | None = None, span_key: str = SPAN_KEY) -> list[Role]:
    """Roles with start/end in doc.text coordinates; PERSON spans of the entities component help."""
    text = doc_text(doc)
    spans = doc.spans[span_key] if span_key in doc.spans else doc.ents
    # only spans that read as names here: a wrong one would cut an organisation
    people = [(s.start_char, s.end_char) for s in spans if s.label_ == "PERSON"]
    known = [(start, end) for start, end in people if persons.name_after(text, start) == end]
    # any found name may close a title the name readers leave open (总经理封屹做客: the model's name)
    return find_roles_in_text(text, known, parse, name_starts=people)
