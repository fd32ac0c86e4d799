"""Short references to a named person: a surname with a title the person holds (唐市长 -> 唐良智)."""
from __future__ import annotations

from collections.abc import Iterable

from ..document import Alias, Role
from ..lang.names import SURNAMES
from ..lang.titles import TitleMatch, find_titles


def find_aliases(text: str, roles: Iterable[Role], titles: list[TitleMatch] | None = None) -> list[Alias]:
    """Surname + title mentions that point to exactly one person holding that title.

    >>> roles = [Role("唐良智", "重庆市", "市长", "重庆市市长", None, 0, 8)]
    >>> [(a.text, a.person) for a in find_aliases("重庆市市长唐良智出席。唐市长说", roles)]
    [('唐市长', '唐良智')]
    """
    holders: dict[str, set[str]] = {}
    for role in roles:
        holders.setdefault(role.title, set()).add(role.person)
    if not holders:
        return []
    names = {person for people in holders.values() for person in people}
    aliases = []
    for title in find_titles(text) if titles is None else titles:
        people = {p for held, ps in holders.items() if held == title.text or held.endswith(title.text) for p in ps}
        for surname_length in (2, 1):
            start = title.start - surname_length
            surname = text[start:title.start]
            if start < 0 or surname not in SURNAMES:
                continue
            if any(text[max(0, title.start - len(n)):title.start] == n for n in names):
                break  # the full name is written: 唐良智市长 is no alias
            matches = {p for p in people if p.startswith(surname) and len(p) > len(surname)}
            if len(matches) == 1:
                aliases.append(Alias(text[start:title.end], matches.pop(), start, title.end))
                break
    return aliases
