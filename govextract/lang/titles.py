"""The title lexicon (data/titles.tsv) and a matcher for office titles in clean text."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..data import tables
from .gazetteer import trie_pattern

TITLE_KIND: dict[str, str] = {row.title: row.kind for row in tables.titles() if row.kind != "modifier"}
MODIFIERS: tuple[str, ...] = tuple(row.title for row in tables.titles() if row.kind == "modifier")

# A title written inside an organisation or an object name is not an office: 委员会, 书记处,
# 市长热线, 省长杯 (data/title_blockers.tsv).
_BLOCKED_AFTER = "|".join(
    re.escape(word) + (f"(?!{'|'.join(map(re.escape, unless.split('|')))})" if unless else "")
    for word, unless in tables.title_blockers()
)


def title_pattern(titles: Iterable[str]) -> re.Pattern[str]:
    """Modifiers, then one of `titles`, not followed by a word that makes it part of another word.

    Tries, not flat alternations: the engine tries a flat alternation's words one by one at every
    position; a trie tries the few that share the text's next character, longest first as before."""
    return re.compile(rf"(?:{trie_pattern(MODIFIERS)})*(?:{trie_pattern(titles)})(?!{_BLOCKED_AFTER})")


TITLE_RE = title_pattern(TITLE_KIND)
# 代表 alone is no title (人大代表, 代表市政府), but after 驻 and a country it heads a mission:
# 驻斐济代表, 驻欧盟代表 (data/countries.tsv, the international organisations of data/known_orgs.tsv)
_MISSION_PLACES = {form for c in tables.countries() for form in (c.name, *c.aliases) if form} | {
    form for org in tables.known_orgs() if org.kind == "international" for form in (org.name, *org.aliases) if form}
MISSION_TITLE_RE = re.compile(rf"(?<=驻)(?:{trie_pattern(_MISSION_PLACES)})((?:总|首席)?代表)(?![处团室])")


@dataclass(frozen=True)
class TitleMatch:
    """A title in the text: 常务副市长 at [start, end), its head's kind (title, group, byline)."""

    start: int
    end: int
    text: str
    kind: str


class TitleLexicon:
    """The titles a pipeline reads: the shipped table (data/titles.tsv) and any a user adds.

    >>> TitleLexicon(["首席数据官"]).head_kind("副首席数据官")
    'title'
    """

    def __init__(self, extra: Iterable[str] = ()) -> None:
        self.extra = tuple(dict.fromkeys(t for t in extra if t and t not in TITLE_KIND))
        self.kinds = {**TITLE_KIND, **dict.fromkeys(self.extra, "title")}
        self.pattern = title_pattern(self.kinds) if self.extra else TITLE_RE
        self._head_kinds: dict[str, str] = {}

    def head_kind(self, title: str) -> str:
        """The kind of a title by its longest listed suffix: 常务副市长 -> title, 市领导 -> group."""
        kind = self._head_kinds.get(title)
        if kind is None:
            kind = next((k for i in range(len(title)) if (k := self.kinds.get(title[i:]))), "title")
            if len(self._head_kinds) > 50_000:  # odd input (副副副…市长) must not grow it without end
                self._head_kinds.clear()
            self._head_kinds[title] = kind
        return kind


DEFAULT_LEXICON = TitleLexicon()


def head_kind(title: str) -> str:
    """The kind of a title by its longest listed suffix: 常务副市长 -> title, 市领导 -> group."""
    return DEFAULT_LEXICON.head_kind(title)


def find_titles(text: str, lexicon: TitleLexicon | None = None) -> list[TitleMatch]:
    """Titles left to right; one directly followed by another title is part of an organisation
    name (行政长官办公室主任 keeps 主任 only, 行政长官 being its organisation).

    >>> [t.text for t in find_titles("重庆市常务副市长吴存荣")]
    ['常务副市长']
    """
    lexicon = lexicon or DEFAULT_LEXICON
    kind_of = lexicon.head_kind
    found = [_after_body_suffix(text, m.start(), m.end(), kind_of) for m in lexicon.pattern.finditer(text)]
    if "部长" in text or "院长" in text:
        found = [_with_ministry(text, title) for title in found]
    if "驻" in text:
        found = _with_mission_titles(text, found)
    kept = []
    for i, title in enumerate(found):
        following = found[i + 1] if i + 1 < len(found) else None
        if following is not None and following.start == title.end:
            continue
        kept.append(title)
    return kept


# organisation suffixes of two or more characters (总工会, 委员会: data/org_suffixes.tsv), less a body's own
# party organs, which the releases write into the title (党组书记: org_suffix_uses.tsv, use organ)
_BODY_SUFFIX_RE = re.compile(trie_pattern(suffix for suffix in tables.org_suffixes() if len(suffix) >= 2
                                          and suffix not in tables.org_suffix_uses("organ")))


def _after_body_suffix(text: str, start: int, end: int, kind_of) -> TitleMatch:
    """A title that opens with a body's suffix ending inside it starts after the suffix, when the rest
    is a title of its own: 市总工会主席 is 市总工会 + 主席 (总 + 工会主席 would leave the body 市)."""
    suffix = _BODY_SUFFIX_RE.match(text, start, end)
    if suffix is not None and suffix.end() < end and TITLE_RE.fullmatch(text, suffix.end(), end):
        start = suffix.end()
    return TitleMatch(start, end, text[start:end], kind_of(text[start:end]))


# The head of a ministry written with its domain and no 部 of its own: 商务部长, 组织部长, 国防部长 name
# 商务部, 组织部 and 国防部 (data/known_orgs.tsv, 中央 dropped from the party's departments); after a
# country or 兼 any domain does (俄罗斯工业和贸易部长, 副总理兼内政部长). The same for the heads of the
# 院 the table knows (行政院长, 立法院长). The domain is part of the title: the organisation before it
# (美国, 市委) stays the organisation.
def _domains(body: str) -> set[str]:
    return {form.removeprefix("中央")[:-1] for org in tables.known_orgs() for form in (org.name, *org.aliases)
            if form.endswith(body) and len(form.removeprefix("中央")) >= 3}


_DOMAIN_BEFORE_RE = {body: re.compile(trie_pattern({d[::-1] for d in _domains(body)})) for body in "部院"}
_FOREIGN_DOMAIN_RE = re.compile(
    rf"(?:{trie_pattern({c.name for c in tables.countries()})}|兼)([^\W\d_部省市县区委局厅会院府处司兼、和与及]"
    rf"[^\W\d_部省市县区委局厅会院府处司兼、与及]{{1,6}})$")


def _with_ministry(text: str, title: TitleMatch) -> TitleMatch:
    """部长 after a ministry's domain written without 部 takes the domain: 美国商务部长 -> 商务部长,
    行政院长 -> 行政院长 (not 行政 + 院长)."""
    head = title.text.lstrip("副常务执行")
    if head not in ("部长", "院长") or title.start == 0 or text[title.start - 1] == head[0]:
        return title
    back = text[max(0, title.start - 12):title.start][::-1]
    known = _DOMAIN_BEFORE_RE[head[0]].match(back)
    if known and back[known.end():known.end() + 1] in ("与", "及"):
        return title  # 移民与多元文化部长: the listed domain is the tail of a longer one
    start = title.start - known.end() if known else -1
    if known is None and head == "部长":
        foreign = _FOREIGN_DOMAIN_RE.search(text, max(0, title.start - 16), title.start)
        start = foreign.start(1) if foreign else -1
    if start < 0:
        return title
    return TitleMatch(start, title.end, text[start:title.end], title.kind)


def _with_mission_titles(text: str, found: list[TitleMatch]) -> list[TitleMatch]:
    """Add 代表 after 驻 and a country (驻斐济代表) where no listed title covers it."""
    taken = {i for t in found for i in range(t.start, t.end)}
    missions = [TitleMatch(m.start(1), m.end(1), m.group(1), "title") for m in MISSION_TITLE_RE.finditer(text)
                if m.start(1) not in taken]
    return sorted(found + missions, key=lambda t: t.start) if missions else found
