"""Short names defined in the text (以下简称) recur as entities; canonical names (ner/aliases.py, rules.py)."""
from __future__ import annotations

from govextract.ner.rules import find_entities


def test_defined_alias_recurs_with_the_owner_label():
    text = '甘肃省发展和改革委员会(以下简称"省发改委")印发通知。省发改委要求各地落实。'
    spans = {(text[s:e], label) for s, e, label in find_entities(text)}
    assert ("甘肃省发展和改革委员会", "ORG") in spans
    starts = sorted(s for s, e, label in find_entities(text) if text[s:e] == "省发改委")
    assert len(starts) == 2


def test_alias_needs_an_owner():
    text = "今天(简称本日)天气晴"
    assert all(text[s:e] != "本日" for s, e, _ in find_entities(text))


def test_canonical_names():
    from govextract.ner.rules import canonical_name

    assert canonical_name("工信部", "ORG") == "工业和信息化部"
    assert canonical_name("重庆", "GPE") == "重庆市"
    assert canonical_name("吉林", "GPE") == "吉林省"
    assert canonical_name("印尼", "GPE") == "印度尼西亚"
    assert canonical_name("重庆市", "GPE") is None
    assert canonical_name("张三", "PERSON") is None
