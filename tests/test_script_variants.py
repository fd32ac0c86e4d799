"""Traditional-script and pinyin-artefact versions of the dev documents score as the originals do.

Each simplified dev document is converted with OpenCC s2t and given inline pinyin after every
fifth Han character, the way scrapers leave it (國(guó)); the scorer must give the same figures
and find no offset errors in the raw variant.
"""
from __future__ import annotations

import json
import re

import opencc
import pytest

import govextract

HAN = re.compile(r"[\u4e00-\u9fff]")
SYLLABLES = ("guó", "jiā", "zhèng", "fǔ", "huì", "yì", "shì", "zhǎng")


def with_pinyin(text: str) -> str:
    count = 0

    def add(match: re.Match) -> str:
        nonlocal count
        count += 1
        return match.group() + (f"({SYLLABLES[count % len(SYLLABLES)]})" if count % 5 == 0 else "")

    return HAN.sub(add, text)


def scores(scorer, golds, variant) -> tuple[dict, list]:
    tallies = {c: scorer.Tally() for c in scorer.CATEGORIES}
    offset_errors: list[str] = []
    converter = opencc.OpenCC("t2s")
    pinyin = re.compile(r"(?<=[\u3400-\u9fff])[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+[)）]")

    def normalise(s: str) -> str:
        return converter.convert(pinyin.sub("", s))

    for gold in golds:
        gold = dict(gold, _raw=variant(gold["_raw"]))
        doc = govextract.extract(gold["_raw"], publish_date=gold.get("publish_date"))
        scorer.score_doc(gold, doc.to_dict(), tallies, offset_errors, normalise)
    return {c: round(tallies[c].prf()[2], 3) for c in scorer.CATEGORIES}, offset_errors


def test_traditional_and_pinyin_variants_score_as_the_originals(shared, scorer):
    golds = [scorer.load_gold(p) for p in scorer.gold_files([shared / "devset"])]
    simplified = [g for g in golds if opencc.OpenCC("s2t").convert(g["_raw"]) != g["_raw"]
                  and "Traditional" not in g.get("notes", "")]
    if not simplified:
        pytest.skip("no simplified dev documents")
    to_traditional = opencc.OpenCC("s2t")
    original, _ = scores(scorer, simplified, lambda raw: raw)
    variant, offset_errors = scores(scorer, simplified, lambda raw: with_pinyin(to_traditional.convert(raw)))
    assert offset_errors == []
    for category, f1 in original.items():
        assert variant[category] >= f1 - 0.03, (category, f1, variant[category], json.dumps(variant))
