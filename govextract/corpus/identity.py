"""Who is who across releases: canonical organisations, regions of positions, shared titles, event dates.

The identity rule (docs/people.md): a person is a name plus the province-level region their
positions name. Mentions whose positions name no region join the name's one region when the corpus
knows only one; with several, they stay apart rather than be guessed.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..data import tables
from ..document import Document
from ..ner.rules import canonical_name

PROVINCE_CODE_DIGITS = 2
# 市委, 市公安局, 区政府: an organisation named by its level alone belongs to the release's own place
RELATIVE_LEVELS = frozenset("省市区县")
DAY_KINDS = ("date", "datetime")
ISO_DAY_LENGTH = len("2019-08-26")
# A release reports what happened shortly before it was published; older dates are history.
EVENT_WINDOW = dt.timedelta(days=31)


@lru_cache(maxsize=1)
def shared_titles() -> tuple[str, ...]:
    """Titles many people hold at once (data/shared_titles.tsv): 委员, 代表, 理事."""
    return tuple(sorted(tables.shared_titles(), key=len, reverse=True))


@lru_cache(maxsize=4096)
def is_shared_title(title: str) -> bool:
    """True for a title held by many: is_shared_title('全国政协委员') -> True, '市长' -> False."""
    return title.endswith(shared_titles())


@lru_cache(maxsize=1)
def _division_provinces() -> dict[str, str]:
    """Division name (full, and short for provinces and prefectures) -> its province's full name."""
    rows = tables.divisions()
    province_of_code = {code[:PROVINCE_CODE_DIGITS]: name for name, _s, level, code, _a in rows if level == "province"}
    provinces: dict[str, set[str]] = {}
    for name, short, level, code, _ambiguous in rows:
        province = province_of_code.get(code[:PROVINCE_CODE_DIGITS])
        if province is None:
            continue
        forms = (name, short) if short and level != "county" else (name,)
        for form in forms:
            provinces.setdefault(form, set()).add(province)
    # 朝阳区 lies in two provinces: a name that does not decide the province places nobody
    return {form: next(iter(names)) for form, names in provinces.items() if len(names) == 1}


@lru_cache(maxsize=1)
def _full_division_names() -> re.Pattern[str]:
    """Full division names that decide their province (四川省, 成都市, 蒸湘区), longest first."""
    names = [division.name for division in tables.divisions() if division.name in _division_provinces()]
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


@lru_cache(maxsize=65536)
def region_of(org: str | None) -> str | None:
    """The province-level region an organisation's name places it in: '重庆市通信管理局' -> '重庆市',
    '政协第五届成都市委员会' -> '四川省' (a name it starts with, else the first full division name inside)."""
    if not org:
        return None
    provinces = _division_provinces()
    for end in range(len(org), 1, -1):
        province = provinces.get(org[:end])
        if province is not None:
            return province
    inside = _full_division_names().search(org)
    return provinces[inside.group()] if inside else None


def home_place(doc: Document, level: str) -> str | None:
    """The place a release means by a bare 市 (省, 区, 县): the one place of that level it names, if one."""
    names = {entity.canonical or entity.text for entity in doc.entities if entity.label == "GPE"}
    places = {name for name in names if len(name) > 1 and name.endswith(level)}
    return places.pop() if len(places) == 1 else None  # two cities named: which one's 市长 is unknowable


def canonical_org(org: str | None, doc: Document | None = None) -> str | None:
    """The full name of an organisation as the document or the data knows it: '重庆' -> '重庆市', and
    '市公安局' -> '甲市公安局' in a release about 甲市 (a bare level word means the release's own place)."""
    if not org:
        return None
    if doc is not None:
        for entity in doc.entities:
            if entity.text == org and entity.canonical:
                return entity.canonical
        if org[0] in RELATIVE_LEVELS and len(org) > 1:
            home = home_place(doc, org[0])
            if home is not None:
                return home + org[1:]
    return canonical_name(org, "ORG") or canonical_name(org, "GPE") or org


def event_date(doc: Document) -> dt.date | None:
    """The day a release reports: its first full date in the month up to the publish date, else the publish date."""
    for mention in doc.dates:
        if mention.kind not in DAY_KINDS or not mention.value:
            continue
        try:
            day = dt.date.fromisoformat(mention.value[:ISO_DAY_LENGTH])
        except ValueError:
            continue
        if doc.publish_date is None or doc.publish_date - EVENT_WINDOW <= day <= doc.publish_date:
            return day
    return doc.publish_date
