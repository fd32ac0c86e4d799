"""Surname + title mentions (唐市长) in a release that never writes the person's full name."""
from __future__ import annotations

from ..document import Document
from ..lang.names import SURNAMES
from ..lang.titles import find_titles
from .identity import is_shared_title

SURNAME_LENGTHS = (2, 1)


def unnamed_aliases(doc: Document) -> list[tuple[str, str]]:
    """(surname, title) for each 唐市长 whose person the release itself does not name.

    Example: a release reading "唐市长表示……" and naming no 唐 as 市长 gives [('唐', '市长')].
    """
    text = doc.text
    named = {a.text for a in doc.aliases}
    held = {(role.person, role.title) for role in doc.roles}
    names = [person.name for person in doc.people]
    found: list[tuple[str, str]] = []
    for title in find_titles(text):
        if title.kind != "title" or is_shared_title(title.text):
            continue
        for length in SURNAME_LENGTHS:
            start = title.start - length
            surname = text[max(start, 0):title.start]
            if start < 0 or surname not in SURNAMES:
                continue
            if any(text[max(title.start - len(n), 0):title.start] == n for n in names):
                break  # the full name is written: 王小明市长
            if any(p.startswith(surname) and len(p) > length and t == title.text for p, t in held) \
                    or surname + title.text in named:
                break  # the release names its holder; the pipeline's own aliases cover it
            if (surname, title.text) not in found:
                found.append((surname, title.text))
            break
    return found
