"""Character classes of written Chinese, defined once: Han ranges, breaks, interpuncts."""
from __future__ import annotations

# Han characters: CJK Unified Ideographs with Extension A (U+3400-U+4DBF), as regex class contents.
HAN = "\u3400-\u9fff"
# CJK Unified Ideographs only (U+4E00-U+9FFF): the rarer Extension A characters never open a place name.
HAN_UNIFIED = "\u4e00-\u9fff"
# punctuation, spaces and brackets: a name never runs over one
BREAK_CHARS = frozenset(" \t\n\r\u3000,、。.;:!?()[]{}<>《》“”\"'‘’「」『』【】/|-—…~*#+=&%")
# the dots that join the parts of a transliterated name (莉迪亚·查韦斯)
INTERPUNCTS = "·‧•・"
DASHES = frozenset("—–-")


def is_han(ch: str) -> bool:
    """Whether ch is a Han character: is_han('市') -> True, is_han('A') -> False."""
    return "\u3400" <= ch <= "\u9fff"
