"""Moved to govextract.lang.gazetteer (word lists as one regex serve every layer)."""
from __future__ import annotations

from ..lang.gazetteer import compile_words, trie_pattern

__all__ = ["compile_words", "trie_pattern"]
