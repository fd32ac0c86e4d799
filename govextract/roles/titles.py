"""Moved to govextract.lang.titles (the title lexicon belongs to the language layer)."""
from __future__ import annotations

from ..lang.titles import MODIFIERS, TITLE_KIND, TITLE_RE, TitleLexicon, TitleMatch, find_titles, head_kind

__all__ = ["MODIFIERS", "TITLE_KIND", "TITLE_RE", "TitleLexicon", "TitleMatch", "find_titles", "head_kind"]
