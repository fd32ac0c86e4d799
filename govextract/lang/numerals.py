"""Chinese numeral characters, defined once; each reader builds the class it needs from these.

(Dates read numbers into values in govextract/dates/numerals.py; these are classes for matching.)
"""
from __future__ import annotations

DIGITS = "一二三四五六七八九"
ZEROS = "零〇"
TENS = "十"
UNITS = "十百千万"
TWO = "两"  # 两 counts (两位, 两名), never an ordinal
ROUGH = "几多每数"  # rough counts: 几家, 多名, 每个, 数位
# every numeral character of a written count: 一百零二, 两千
NUMERAL_CHARS = frozenset(DIGITS + UNITS + TWO + ZEROS)
# an ordinal or session number, Chinese or Arabic: 十三届, 第2次
ORDINAL_CLASS = f"[{DIGITS}十百{ZEROS}0-9]"
# a small count before a measure word: 5位, 十名, 两位
COUNT_CLASS = rf"[\d{DIGITS}十两]"
