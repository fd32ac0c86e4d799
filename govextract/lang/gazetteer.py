"""Word lists compiled into one trie-shaped regular expression, so a gazetteer scan is one pass."""
from __future__ import annotations

import re
from collections.abc import Iterable


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
    if not trie:
        return "(?!)"
    return _root_pattern(trie)


def _root_pattern(trie: dict) -> str:
    """The top level as nested first-character ranges, each guarding its branches.

    The regex engine tries alternatives one by one, so thousands of first characters would cost
    thousands of comparisons at every position; nested range tests leave a few dozen.
    """
    chars = sorted(ch for ch in trie if ch)
    # one character-class test first: a position no word starts at fails at once (a set lookup),
    # before the nested range tests
    first = "".join(re.escape(ch) for ch in chars)
    return f"(?=[{first}]){_ranges(trie, chars)}"


def _ranges(trie: dict, chars: list[str], fanout: int = 8) -> str:
    if len(chars) <= fanout:
        return "(?:" + "|".join(re.escape(ch) + _node_pattern(trie[ch]) for ch in chars) + ")"
    size = -(-len(chars) // fanout)
    groups = []
    for i in range(0, len(chars), size):
        chunk = chars[i:i + size]
        groups.append(f"(?=[{re.escape(chunk[0])}-{re.escape(chunk[-1])}]){_ranges(trie, chunk, fanout)}")
    return "(?:" + "|".join(groups) + ")"


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
