"""Chinese and Arabic numerals as they are written in dates: 二〇一九, 十二, 二十六, 廿六, 卅一."""
from __future__ import annotations

# 〇, 零, the letter O and the ring ○ all stand for zero in year digits (二O一O年).
_DIGITS = {"〇": 0, "零": 0, "O": 0, "o": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_TENS = {"十": 10, "廿": 20, "卅": 30}


def year_number(written: str) -> int:
    """A year written digit by digit: '二〇一九' -> 2019, '2019' -> 2019."""
    if written.isdecimal():  # ASCII, or other decimal digits a caller's text kept (full-width)
        return int(written)
    return int("".join(str(_DIGITS[ch]) for ch in written))


def cn_integer(written: str) -> int | None:
    """A number below 1000 in Chinese: '一百一十' -> 110, '一百零七' -> 107, '三十八' -> 38."""
    hundreds, sep, rest = written.partition("百")
    if not sep:
        return small_number(written)
    head = _DIGITS.get(hundreds)
    if head is None or head == 0:
        return None
    rest = rest.lstrip("零〇")
    if not rest:
        return head * 100
    tail = small_number("一" + rest if rest.startswith("十") else rest)
    return None if tail is None else head * 100 + tail


def small_number(written: str) -> int | None:
    """A month, day, hour or minute: '十二' -> 12, '二十六' -> 26, '廿三' -> 23, '08' -> 8.

    None when the text is not a well-formed number below 100.
    """
    if not written:
        return None
    if written.isascii():
        return int(written) if written.isdigit() else None
    if written.startswith("初"):  # lunar days 初一..初十
        rest = small_number(written[1:])
        return rest if rest is not None and rest <= 10 else None
    total, pending = 0, None
    for ch in written:
        if ch in _DIGITS:
            if pending is not None:
                return None
            pending = _DIGITS[ch]
        elif ch in _TENS:
            if total:
                return None
            multiplier = _TENS[ch]
            if ch == "十":
                total = (pending if pending is not None else 1) * 10
            elif pending is None:
                total = multiplier
            else:
                return None
            pending = None
        else:
            return None
    return total + (pending or 0)
