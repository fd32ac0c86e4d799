"""Character clean-up: full-width ASCII, odd whitespace, zero-width and control characters."""
from __future__ import annotations

import re
import sys

from .offsets import MapBuilder, OffsetMap

# Deleted outright: zero-width characters, soft hyphens, BOMs, and the \r of a \r\n pair.
_DELETED = re.compile("\r(?=\n)|[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def _one_to_one_table() -> dict[int, str]:
    """Replacements that keep length, so they never disturb offsets."""
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII -> ASCII
        table[code] = chr(code - 0xFEE0)
    for code in (0x3000, 0x00A0, 0x1680, 0x202F, 0x205F, *range(0x2000, 0x200B)):
        table[code] = " "
    for code in range(0x00, 0x20):  # C0 controls: tab and odd breaks to space/newline
        table[code] = "\n" if code in (0x0A, 0x0B, 0x0C, 0x0D) else " "
    for code in range(0x7F, 0xA0):
        table[code] = " "
    table[0x2028] = table[0x2029] = table[0x85] = "\n"
    for code in range(0xD800, 0xE000):  # lone surrogates cannot be encoded: make them visible
        table[code] = "\ufffd"
    return table


_TABLE = _one_to_one_table()


def sanitize(text: str) -> tuple[str, OffsetMap]:
    """Map full-width ASCII to ASCII, odd spaces to ' ', and drop zero-width characters.

    >>> sanitize("２０１９年\u200b８月")[0]
    '2019年8月'
    """
    builder = MapBuilder()
    position = 0
    for match in _DELETED.finditer(text):
        if match.start() > position:
            builder.copy(text[position:match.start()].translate(_TABLE), position)
        position = match.end()
    if position < len(text):
        builder.copy(text[position:].translate(_TABLE), position)
    return builder.build(len(text))


assert sys.maxunicode > 0xFFFF  # offsets count code points, as Python's str does
