"""Issue 12 leftovers as a table: (text, publish_date, expected mention text, expected value).

Easter and its Friday, two-digit years before a holiday. All sentences are invented.
"""
from __future__ import annotations

P = "2019-08-27"

HOLIDAYS = [
    ("2019年复活节,教堂举行音乐会。", None, "2019年复活节", "2019-04-21"),
    ("复活节,教堂举行音乐会。", "2024-04-02", "复活节", "2024-03-31"),
    ("2000年耶稣受难日,教堂举行仪式。", None, "2000年耶稣受难日", "2000-04-21"),
    ("2038年复活节,游客增多。", None, "2038年复活节", "2038-04-25"),
    ("零六年端午,全村赛龙舟。", P, "零六年端午", "2006-05-31"),
    ("06年春节,全家团聚。", P, "06年春节", "2006-01-29"),
    ("'08年国庆,游客很多。", P, "'08年国庆", "2008-10-01"),
    ("九八年中秋节,两岸同胞团聚。", P, "九八年中秋节", "1998-10-05"),
    ("七八年春节,全家团聚。", P, None, None),
]

ALL = HOLIDAYS
