"""Short names that a text defines for an entity (以下简称"经信委"), found wherever they recur."""
from __future__ import annotations

import re

Span = tuple[int, int, str]

# (以下简称"经信委"), (简称经信委), (下称经信委), right after the name it abbreviates
MAX_ALIASES = 64  # a document defines a handful; the cap keeps odd input linear
ALIAS_DEFINITION = re.compile(r"\((?:以下|下文)?(?:简称|称)[\"“”'‘’「]?([^\"“”'‘’「」()\s,.;、]{2,12}?)[\"“”'‘’」]?\)")


def defined_aliases(text: str, spans: list[Span]) -> list[Span]:
    """Spans of aliases defined in the text, with the label of the entity they follow."""
    ends: dict[int, tuple[int, str]] = {}
    for start, end, label in spans:
        if label != "PERSON" and (end not in ends or ends[end][0] > start):
            ends[end] = (start, label)
    aliases: dict[str, str] = {}
    for m in ALIAS_DEFINITION.finditer(text):
        owner = ends.get(m.start())
        if owner is not None:
            aliases.setdefault(m.group(1), owner[1])
            if len(aliases) >= MAX_ALIASES:
                break
    found = []
    for alias, label in aliases.items():
        for m in re.finditer(re.escape(alias), text):
            found.append((m.start(), m.end(), label))
    return found
