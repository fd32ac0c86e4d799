"""ORG: the outlets of a dateline credit, named by no suffix (青岛日报/青岛观/青报网讯, 信报讯(记者…)).

A report opens with the outlets that carry it, joined by /, before 讯: each is a medium, an app or a
site whatever its last word. Only a credit at the start of a line (or after a space, as behind a
headline) counts, and 本报/本网 refer to the page itself.
"""
from __future__ import annotations

import re

from ..data import tables
from ..lang.chars import HAN
from .names import STOP_CHARS

Span = tuple[int, int, str]
_OUTLET = rf"[{HAN}]{{2,8}}"
# a slash-joined list, or one outlet whose reporter follows in brackets
CREDIT = re.compile(rf"(?:^|(?<=[\n \u3000]))({_OUTLET}(?:/{_OUTLET})+讯|{_OUTLET}讯(?=[(（]))", re.M)
# 本报讯, 本网讯: the page's own outlet, named elsewhere if at all
SELF_REFERENCE = "本"


def find_credits(text: str) -> list[Span]:
    """The outlets of a dateline credit: find_credits('东川日报/东川观讯 今天') -> [(0, 4, 'ORG'), (5, 8, 'ORG')]."""
    spans: list[Span] = []
    for m in CREDIT.finditer(text):
        if m.group(1)[-2:] in tables.news_words():
            continue  # 体育快讯(记者…): a kind of report, no outlet
        start = m.start(1)
        for outlet in m.group(1)[:-1].split("/"):
            if outlet[0] not in STOP_CHARS and not outlet.startswith(SELF_REFERENCE):
                spans.append((start, start + len(outlet), "ORG"))
            start += len(outlet) + 1
    return spans
