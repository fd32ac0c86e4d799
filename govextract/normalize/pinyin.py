"""Inline pinyin artefacts: 國(guó)家 -> 國家, keeping Latin text in parentheses that is not pinyin."""
from __future__ import annotations

import re
import unicodedata

from .offsets import MapBuilder, OffsetMap

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# A parenthesised run of Latin letters right after a Han character.
_CANDIDATE = re.compile(rf"(?<=[{_HAN}])[(（]\s?([a-zA-Z{_TONED}]{{1,7}})\s?[)）]")
# Standard Mandarin syllables: optional initial + final (ü written as v after tone marks are removed).
_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|uai|ian|iao|uan|van|ai|ei|ao|ou|an|en|er|in|un|vn"
    r"|ia|ie|iu|ua|uo|ue|ve|ui|a|o|e|i|u|v|n|ng|m)"
)


def _base_letters(word: str) -> str:
    """guó -> guo, lǚ -> lv."""
    decomposed = unicodedata.normalize("NFD", word.replace("ü", "v").replace("Ü", "v"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ü", "v")


def is_pinyin(word: str) -> bool:
    """True for one pinyin syllable with a tone mark, or a toneless lower-case one (men, de)."""
    has_tone = any(c in _TONED and c != "ü" for c in word)
    if not has_tone and (not word.islower() or len(word) < 2):
        return False
    return _SYLLABLE.fullmatch(_base_letters(word).lower()) is not None


def strip_pinyin(text: str) -> tuple[str, OffsetMap]:
    """Delete pinyin that a scraper left after characters.

    >>> strip_pinyin("國(guó)家（WTO）")[0]
    '國家（WTO）'
    """
    builder = MapBuilder()
    position = 0
    for match in _CANDIDATE.finditer(text):
        if not is_pinyin(match.group(1)):
            continue
        builder.copy(text[position:match.start()], position)
        position = match.end()
    builder.copy(text[position:], position)
    return builder.build(len(text))
