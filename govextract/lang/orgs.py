"""Organisation names the language layer knows as words (the finders are in govextract/ner/orgs.py)."""
from __future__ import annotations

import re
from functools import cache

from ..data import tables
from .gazetteer import trie_pattern


@cache
def known_org_names() -> re.Pattern[str]:
    """A regex of the known organisations and their aliases (data/known_orgs.tsv): 华为, 工信部."""
    return re.compile(trie_pattern({name for org in tables.known_orgs() for name in (org.name, *org.aliases)}))
