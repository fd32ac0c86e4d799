"""Word lists compiled into one trie-shaped regular expression, so a gazetteer scan is one pass."""
from __future__ import annotations

import re
from typing import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source that matches any of `words`, longest first: ['重庆', '重庆市'] -> '重庆(?:市)?'."""
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_pattern(trie) if trie else "(?!)"


def _node_pattern(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?"
    return body


def compile_words(words: Iterable[str]) -> re.Pattern[str]:
    """A compiled trie regex over `words` (greedy, so the longest word at a position wins)."""
    return re.compile(trie_pattern(words))
