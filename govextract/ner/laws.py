"""LAW: named documents, in 《》 (laws, regulations, plans, notices, agreements) or signed unquoted."""
from __future__ import annotations

import re

from ..data import read_table, read_words
from .gazetteer import trie_pattern
from .names import STOP_CHARS

Span = tuple[int, int, str]

_WORDS = {row[0]: row[1] for row in read_table("law_words.tsv")}
_HEAD = trie_pattern(w for w, kind in _WORDS.items() if kind != "not")
# 《...》 whose title ends in a document word, optionally followed by (草案), (试行), (2021-2025年)
QUOTED_DOCUMENT = re.compile(r"《([^《》\n]{0,80}?(" + _HEAD + r")(?:\([^()《》\n]{1,16}\))?)》")
NOT_A_DOCUMENT = re.compile("(?:" + trie_pattern(w for w, kind in _WORDS.items() if kind == "not") + r")$")
GENERIC_OPENING = re.compile("(?:" + trie_pattern(read_words("law_generic_words.tsv")) + ")+")
GENERIC_TITLE = re.compile("(?:" + trie_pattern(read_words("law_generic_words.tsv")) + ")*")
# an agreement named without quotes after the verb that signs it: 签署了全面战略合作框架协议, its parties
# joined by 与 or 和 (签署了甲市与乙市战略合作框架协议)
_AGREEMENT_CHAR = r"[^\s,.;:!?()\"'、。《》的和与及]"
SIGNED_AGREEMENT = re.compile(
    r"(?:签署|签订|签定|签约|缔结)了?"
    rf"((?:{_AGREEMENT_CHAR}{{2,24}}?|{_AGREEMENT_CHAR}{{2,12}}[与和]{_AGREEMENT_CHAR}{{2,20}}?)"
    r"(?:协议书|协议|协定|备忘录|合同书|合同|公约|条约|意向书))"
)
_GENERIC_AGREEMENTS = {"协议", "协议书", "合同", "合作协议", "框架协议", "协定", "备忘录", "合作备忘录", "意向书"}
KNOWN_DOCUMENT = re.compile(trie_pattern(read_words("law_names.tsv")))
# a title quoted inside a quoted title: 《贯彻<某某工作条例>实施办法》 names both documents
ANY_QUOTED = re.compile(r"《([^《》\n]{2,160})》")
INNER_DOCUMENT = re.compile(r"[<〈]([^<>〈〉《》\n]{2,80}?(" + _HEAD + r"))[>〉]")
# a law named bare after a verb that cites or makes it: 修订证券法和公司法, 符合某某组织法, 依据某某条例
CITING_VERB = re.compile(rf"(?:{trie_pattern(read_words('law_citing_verbs.tsv'))})了?")
_BARE = r"([\u4e00-\u9fff]{2,12}?(?:法|条例)(?:修正案|草案)?)(?![律规院官人学治理定制令典案务庭警纪宝门则公])"
BARE_LAW = re.compile(_BARE)
NEXT_LAW = re.compile(r"(?:和|、|及|与|以及)" + _BARE)
# 法 ending a word that is no law: 立法, 执法, 依法 (besides the "not" rows of law_words.tsv)
NOT_A_LAW = re.compile(r"(?:[立执违合非守依无设变普国说办方做想看手写用书兵算语疗技魔]|(?<!公)司)法$")
# an agreement named before the signing or its ceremony: 甲市与乙市战略合作框架协议签约仪式, 关于…合作协议正式签署
AGREEMENT_SIGNED = re.compile(
    r"(?:协议书|协议|协定|备忘录|合同书|合同|意向书)(?=(?:正式|顺利|成功|现场)?(?:签约|签字|签署|签订))")
FRAME_VERB = re.compile(trie_pattern(read_words("event_frame_verbs.tsv")))
# characters of a clause, not of a title: 的, 了, 这, 把; 后 after a disaster or war is a title's
# (灾后复原重建特别条例, 战后重建)
CLAUSE_CHAR = re.compile("[的了这那是我你他她们把被让就都很也却但还在将已对]|(?<![灾战震疫])后")
LISTING_CHAR = re.compile("[和与及、]")  # a list of laws, read one by one (宪法和基本法)
MAX_AGREEMENT = 40
# a law or regulation named in quotation marks instead of 《》 (Taiwan's and Hong Kong's 「」 among them):
# “东川市物业管理条例”, 「前瞻基礎建設特別條例」; plans and notices in quotes are as often slogans
_QUOTED_HEADS = trie_pattern(w for w, kind in _WORDS.items() if kind in ("law", "regulation")
                             and w not in ("制度", "标准", "规范", "解释", "草案", "修正案"))
QUOTED_LAW = re.compile(r"[“「\"]([^“”「」\"\n《》]{2,40}?(?:" + _QUOTED_HEADS + r"))[”」\"]")
# the five-year plan named by its number, quoted or not: “十四五”规划
FIVE_YEAR_PLAN = re.compile(r"[“\"]?十[一二三四五六七八九]五[”\"]?规划")
# the outline of a five-year plan by its full title, unquoted in congress reports, with its region:
# 关于平安县国民经济和社会发展第十五个五年规划纲要的决议; the region starts after the verb or 关于
PLAN_OUTLINE = re.compile(
    r"(?:关于|批准|审查|审议|通过|实施|落实|编制|贯彻|了)"
    r"((?:(?:(?!关于)[^\W\d_了的]){1,12}?(?:省|市|县|区|旗|州|自治区))?国民经济和社会发展第[一二三四五六七八九十]{1,3}个五年"
    r"(?:规划|计划)(?:和(?:二〇|20)[一二三四五六七八九〇\d]{2}年远景目标)?纲要)")


# a document named bare inside the notice that issues it: 关于印发某某实施方案的通知
ISSUED_DOCUMENT = re.compile(r"印发([^\s,.;:!?()\"'、《》“”]{4,40}?(" + _HEAD + r"))的通知")


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
    for m in PLAN_OUTLINE.finditer(text):
        spans.append((m.start(1), m.end(1), "LAW"))
    for m in ISSUED_DOCUMENT.finditer(text):
        if not CLAUSE_CHAR.search(m.group(1)) and _names_a_document(m.group(1), m.start(2) - m.start(1)):
            spans.append((m.start(1), m.end(1), "LAW"))
    for m in QUOTED_LAW.finditer(text):
        name = m.group(1)
        if not CLAUSE_CHAR.search(name) and NOT_A_LAW.search(name) is None and NOT_A_DOCUMENT.search(name) is None:
            spans.append((m.start(1), m.end(1), "LAW"))
    for m in ANY_QUOTED.finditer(text):
        for inner in INNER_DOCUMENT.finditer(text, m.start(1), m.end(1)):
            if _names_a_document(inner.group(1), inner.start(2) - inner.start(1)):
                spans.append((inner.start(1), inner.end(1), "LAW"))
    spans.extend(_cited_laws(text))
    spans.extend(_agreements_signed(text))
    return spans


def _cited_laws(text: str) -> list[Span]:
    """Laws named bare after a citing verb, and the laws listed after them: 修订证券法和公司法,
    遵守宪法和某某法 (a known name first)."""
    spans: list[Span] = []
    for verb in CITING_VERB.finditer(text):
        known = KNOWN_DOCUMENT.match(text, verb.end())
        if known is not None:
            end = known.end()
        else:
            first = BARE_LAW.match(text, verb.end())
            if first is None or not _bare_law(first.group(1)):
                continue
            modifier = GENERIC_OPENING.match(first.group(1))  # 现行著作权法 names 著作权法
            start = first.start(1) + (modifier.end() if modifier and _bare_law(first.group(1)[modifier.end():]) else 0)
            spans.append((start, first.end(1), "LAW"))
            end = first.end(1)
        while (found := NEXT_LAW.match(text, end)) is not None and _bare_law(found.group(1)):
            spans.append((found.start(1), found.end(1), "LAW"))
            end = found.end(1)
    return spans


def _bare_law(name: str) -> bool:
    """证券法, 某某组织法, 宣誓条例 are laws; 立法, 新办法, 该法, 有关条例 are not."""
    name = name.removesuffix("修正案").removesuffix("草案")
    head = 2 if name.endswith(("条例", "宪法")) else 1
    body = name[:-head]
    if any(ch in STOP_CHARS for ch in body) or CLAUSE_CHAR.search(body) or LISTING_CHAR.search(body):
        return False
    if GENERIC_TITLE.fullmatch(body):
        return False
    return NOT_A_LAW.search(name) is None and NOT_A_DOCUMENT.search(name) is None


def _agreements_signed(text: str) -> list[Span]:
    """Agreements named before their signing, parties and 关于 included: 甲市与乙市战略合作框架协议签约仪式."""
    frames = {m.end() for m in FRAME_VERB.finditer(text)}
    spans: list[Span] = []
    for m in AGREEMENT_SIGNED.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < MAX_AGREEMENT and start not in frames:
            ch = text[start - 1]
            if text[start - 2:start] == "关于":
                start -= 2  # 关于 opens the title
                break
            if not ("\u4e00" <= ch <= "\u9fff" or ch.isdigit()) or ch in STOP_CHARS or CLAUSE_CHAR.match(ch):
                break
            start -= 1
        name = text[start:m.end()]
        if m.start() - start >= 4 and m.start() - start < MAX_AGREEMENT and name not in _GENERIC_AGREEMENTS:
            spans.append((start, m.end(), "LAW"))
    return spans


def _names_a_document(title: str, head_at: int) -> bool:
    """《选举法》 and 《南京条约》 name documents; 《决定》, 《暂行条例》, 《大公报》, 《学习方法》 do not."""
    if head_at < 2 or GENERIC_TITLE.fullmatch(title[:head_at]):
        return False
    return NOT_A_DOCUMENT.search(title) is None
