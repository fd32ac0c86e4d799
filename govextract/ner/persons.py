"""PERSON spans for the entities component; the name readers live in govextract.lang.names.

Chinese names are a surname (data/surnames.tsv) and one or two given characters, ended by a word
that follows names (出席, 在, 等) or punctuation; people are found where the title grammar, bylines
and lists put them (govextract.roles.people).
"""
from __future__ import annotations

from ..lang.names import (  # noqa: F401  re-exported: the readers were imported from here
    AMBIGUOUS_FOLLOW,
    BREAK_CHARS,
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    CONJUNCTIONS,
    CREDIT_WORDS,
    DOTTED_RE,
    FOREIGN_CHARS,
    GIVEN_CHARS,
    NEVER_CHARS,
    ORG_TAILS,
    PERSON,
    SINGLE_SURNAMES,
    STRONG_FOLLOW,
    SURNAMES,
    boundary_strength,
    chinese_name_after,
    chinese_name_before,
    dotted_name_before,
    foreign_name_after,
    is_cjk,
    japanese_name_before,
    name_after,
)
from ..lang.parse import TitleParse
from ..roles.people import person_spans


def find_persons(text: str, parse: TitleParse | None = None) -> list[tuple[int, int, str]]:
    """(start, end, "PERSON") spans of person names in clean text.

    >>> find_persons("重庆市市长唐良智出席会议。")
    [(5, 8, 'PERSON')]
    """
    return [(s, e, PERSON) for s, e in person_spans(text, parse)]
