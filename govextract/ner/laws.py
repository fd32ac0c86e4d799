"""LAW: named documents, in 《》 (laws, regulations, plans, notices, agreements) or signed unquoted."""
from __future__ import annotations

import re

from ..data import read_table, read_words
from .gazetteer import trie_pattern

Span = tuple[int, int, str]

_WORDS = {row[0]: row[1] for row in read_table("law_words.tsv")}
_HEAD = trie_pattern(w for w, kind in _WORDS.items() if kind != "not")
# 《...》 whose title ends in a document word, optionally followed by (草案), (试行), (2021-2025年)
QUOTED_DOCUMENT = re.compile(r"《([^《》\n]{0,80}?(" + _HEAD + r")(?:\([^()《》\n]{1,16}\))?)》")
NOT_A_DOCUMENT = re.compile("(?:" + trie_pattern(w for w, kind in _WORDS.items() if kind == "not") + r")$")
GENERIC_TITLE = re.compile("(?:" + trie_pattern(read_words("law_generic_words.tsv")) + ")*")
# an agreement named without quotes after the verb that signs it: 签署了全面战略合作框架协议
SIGNED_AGREEMENT = re.compile(
    r"(?:签署|签订|签定|签约|缔结)了?"
    r"((?:[^\s,.;:!?()\"'、。《》的和与及]{2,24}?)(?:协议书|协议|协定|备忘录|合同书|合同|公约|条约|意向书))"
)
_GENERIC_AGREEMENTS = {"协议", "协议书", "合同", "合作协议", "框架协议", "协定", "备忘录", "合作备忘录", "意向书"}
KNOWN_DOCUMENT = re.compile(trie_pattern(read_words("law_names.tsv")))
# the five-year plan named by its number, quoted or not: “十四五”规划
FIVE_YEAR_PLAN = re.compile(r"[“\"]?十[一二三四五六七八九]五[”\"]?规划")


def find_laws(text: str) -> list[Span]:
    """LAW spans: find_laws('印发《重庆市促进大数据发展条例》') -> [(3, 15, 'LAW')]."""
    spans: list[Span] = []
    for m in QUOTED_DOCUMENT.finditer(text):
        if _names_a_document(m.group(1), m.start(2) - m.start(1)):
            spans.append((m.start(1), m.end(1), "LAW"))
    for m in SIGNED_AGREEMENT.finditer(text):
        if m.group(1) not in _GENERIC_AGREEMENTS:
            spans.append((m.start(1), m.end(1), "LAW"))
    for m in KNOWN_DOCUMENT.finditer(text):
        spans.append((m.start(), m.end(), "LAW"))
    for m in FIVE_YEAR_PLAN.finditer(text):
        spans.append((m.start(), m.end(), "LAW"))
    return spans


def _names_a_document(title: str, head_at: int) -> bool:
    """《选举法》 and 《南京条约》 name documents; 《决定》, 《暂行条例》, 《大公报》, 《学习方法》 do not."""
    if head_at < 2 or GENERIC_TITLE.fullmatch(title[:head_at]):
        return False
    return NOT_A_DOCUMENT.search(title) is None
