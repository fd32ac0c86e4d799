"""Names listed after a title that they all hold: 执行主席还有:A、B、C; 有五位议员,A、B和C; 委员是A、B.

A title followed by a name at once is a title chain (chains.py); here the title stands first, a
listing word or a colon comes between, and two or more full names follow, joined by 、, 和 or 及,
closed by punctuation or a word that follows names. One name alone is too weak a reading.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..lang import names as persons
from ..lang.chains import Post, org_start
from ..lang.titles import TitleMatch

# what may stand between the title and its list
LIST_OPENER = re.compile(r"的?(?:还有|分别是|分别为|包括|有|是|为)?[::,]?")
# a count before the title leaves it without an organisation: 接着有五位议员
COUNTED = re.compile(r"[\d一二三四五六七八九十两几多数]+[位名个]$")
JOINERS = "、和及"
# posts in brackets after a name, two or more, joined by 、
BRACKETED = re.compile(r"\(([^()\n,。;:]{2,60}、[^()\n,。;:]{2,60})\)")
# a verb after the list that gives it a post of its own
OWN_POST = re.compile(r"(?:分别)?(?:担任|当选|出任|兼任|任|作|为)")


def _list_name(text: str, i: int) -> int | None:
    """A name closed by a joiner or punctuation; a common-surname name also by a word after names."""
    for strict in (True, False):
        end = persons.chinese_name_after(text, i, strict=strict, married=not strict)
        if end is None:
            continue
        if end >= len(text) or text[end] in JOINERS or not persons.is_cjk(text[end]):
            return end
        if strict and persons.boundary_strength(text, end) >= 1:
            return end
    return None


def listed_names(text: str, p: int) -> list[tuple[int, int]]:
    """Two or more names from p joined by 、/和/及: 薛立、元茂、梁一民 -> three spans, else []."""
    names: list[tuple[int, int]] = []
    while p < len(text):
        end = _list_name(text, p)
        if end is None:
            break
        names.append((p, end))
        if end < len(text) and text[end] in JOINERS:
            p = end + 1
            continue
        break
    return names if len(names) >= 2 else []


def title_lists(text: str, titles: Iterable[TitleMatch], stops: set[int],
                name_ends: set[int]) -> list[tuple[Post, list[tuple[int, int]]]]:
    """(post, names) for each title that a list of names follows."""
    found = []
    for title in titles:
        if title.kind == "byline":
            continue
        opener = LIST_OPENER.match(text, title.end)
        if opener is None or opener.end() == title.end:
            continue
        names = listed_names(text, opener.end())
        if not names or OWN_POST.match(text, names[-1][1]):
            continue  # 书记,A、B任副书记: the list has a post of its own
        begin = org_start(text, title.start, stops, name_ends)
        counted = COUNTED.search(text, begin, title.start)
        if opener.group() == "," and counted is None:
            continue  # a comma alone opens a list only after a count: 有五位议员,A、B和C
        if counted is not None or text[title.start - 1 : title.start] == "的":
            begin = title.start
        found.append((Post(begin, title.start, title.end, title.kind), names))
    return found


def bracketed_posts(text: str, titles: Iterable[TitleMatch],
                    name_ends: dict[int, int]) -> list[tuple[tuple[int, int], list[Post]]]:
    """NAME(ORG TITLE、ORG TITLE): 邱文(东川大学医学院教授、东川医院主治医师) -> two posts of 邱文.

    Every part between the brackets must end in a title; one part alone is the name-then-title shape.
    """
    by_end = {t.end: t for t in titles}
    found = []
    for m in BRACKETED.finditer(text):
        start = name_ends.get(m.start())
        if start is None:
            start = persons.chinese_name_before(text, m.start())
        if start is None or m.start() - start < 2:
            continue
        posts, p = [], m.start() + 1
        for part in m.group(1).split("、"):
            title = by_end.get(p + len(part))
            if title is None or title.start < p or title.kind != "title":
                break
            posts.append(Post(p, title.start, title.end, title.kind))
            p += len(part) + 1
        else:
            found.append(((start, m.start()), posts))
    return found
