"""PERSON names: readers for a name at a position (after a title, before a title).

Chinese names are a surname (data/surnames.tsv) and one or two given characters, ended by a word
that follows names (出席, 在, 等) or punctuation; foreign names are transliterations joined by ·,
Japanese names start with a Japanese surname, Latin names are capitalised words.
"""
from __future__ import annotations

import re

from ..data import tables
from .chars import BREAK_CHARS, HAN, INTERPUNCTS, is_han
from .gazetteer import trie_pattern
from .numerals import NUMERAL_CHARS
from .titles import TITLE_KIND, TITLE_RE

SURNAMES: dict[str, int] = tables.surnames()
SINGLE_SURNAMES = frozenset(s for s in SURNAMES if len(s) == 1)
COMPOUND_SURNAMES = frozenset(s for s in SURNAMES if len(s) == 2)
# surnames common enough to start a name with no title or byline around it
COMMON_SURNAMES = frozenset(s for s, n in SURNAMES.items() if n >= 5 or len(s) == 2)

GIVEN_CHARS = frozenset(row.char for row in tables.name_chars() if row.kind == "given")
FOREIGN_CHARS = frozenset(row.char for row in tables.name_chars() if row.kind == "foreign")
_context = tables.context_words


NEVER_CHARS = frozenset(_context("never"))
STRONG_FOLLOW = frozenset(_context("strong"))
_STRONG_NOT_FOREIGN = STRONG_FOLLOW - FOREIGN_CHARS
JP_SURNAMES = _context("jp_surname")
CREDIT_WORDS = _context("credit")
ORG_TAILS = frozenset(_context("org_tail"))
CONJUNCTIONS = frozenset(_context("conj"))
NUMERALS = NUMERAL_CHARS
AMBIGUOUS_FOLLOW = frozenset(_context("ambiguous"))
# adverbs and prepositions between a subject and its verb (都表示, 则认为, 于近日): no name's end
ADVERBS = frozenset(_context("adverb"))


_GIVEN_COUNT = {row.char: row.frequency for row in tables.name_chars() if row.kind == "given"}
_GIVEN_RARE = 30  # a first character seen fewer times than this at the end of PFR's given names
_GIVEN_SEEN = 5  # a word character PFR has at the end of given names at least this often (前 10, 部 2)


def _time_words() -> list[str]:
    """Relative dates and parts of the day (上周, 去年, 傍晚: data/dates_relative.tsv, dates_day_parts.tsv)
    that may follow a name (王建军上周表示), less those opening with a character that often ends a given
    name (明天 after 张晓: 张晓明 + 天 is as likely), by PFR's given-name counts."""
    words = [*tables.dates_relative(), *tables.dates_day_parts()]
    return [word for word in words if len(word) >= 2 and _GIVEN_COUNT.get(word[0], 0) < _GIVEN_RARE]


FOLLOW_RE = re.compile(trie_pattern([*_context("follow"), *_context("strong"), *_time_words()]))
# any verb PFR counts (data/name_verbs.tsv) may end a three-character name before it: 杨进添进行
VERB_AFTER_RE = re.compile(trie_pattern(tables.name_verbs()))
# common words that open with a surname character: 包括, 高票, 宣誓 are never a name
NOT_NAME_RE = re.compile(trie_pattern(_context("notname")))
JP_SURNAME_RE = re.compile(trie_pattern(JP_SURNAMES))
LONG_ORG_SUFFIX_RE = re.compile(trie_pattern(w for w in tables.org_suffixes() if len(w) >= 3))
# a transliterated name: parts of Chinese characters joined by an interpunct (莉迪亚·查韦斯)
DOTTED_RE = re.compile(f"[{HAN}]{{1,7}}(?:[{INTERPUNCTS}][{HAN}]{{1,10}})+")
# a Latin name of two to four words, initials between them allowed (Hilda C. Heine, Duarte Valente)
LATIN_RE = re.compile(r"[A-Z][a-zà-ÿ]+(?: (?:[A-Z]\. ?)*(?:dos |de |da |van |von |di |del )?[A-Z][a-zà-ÿ]+){1,3}")
DATE_AFTER_RE = re.compile(r"\d{1,4}[日月年号时]")
CJK_RE = re.compile(f"[{HAN}]")
PERSON = "PERSON"
is_cjk = is_han  # the name the readers were written with


def boundary_strength(text: str, i: int, verbs: bool = False) -> int:
    """How surely a name may end before text[i]: 2 sure (punctuation, 出席, a title), 1 maybe (作), 0 no.

    verbs: any verb PFR counts is a maybe too (杨进添进行); for full three-character names only, since
    a surname and one character before a verb is as often an adverb (高度重视, 全面推进).
    """
    if i >= len(text) or text[i] in BREAK_CHARS:
        return 2
    if not is_cjk(text[i]):
        if text[i].isdigit():  # 钟伟全25日发表, but 委员任满6个月 holds no name
            return 2 if DATE_AFTER_RE.match(text, i) else 0
        return 2 if not text[i].isalnum() else 0
    m = FOLLOW_RE.match(text, i)
    if m:
        return 2 if len(m.group()) > 1 or m.group() in STRONG_FOLLOW else 1
    if TITLE_RE.match(text, i):  # a name may run into its own title: 韩立群国务委员
        return 2
    return 1 if verbs and VERB_AFTER_RE.match(text, i) else 0


def _starts_word(text: str, i: int) -> bool:
    """A name never starts with a word that follows names (强调, 出席), with an organisation's suffix of
    three or more characters (理事会, 常委会: 外交部长理事会会议 names no 理事) or with a non-name character."""
    if text[i] in NEVER_CHARS and text[i] not in SINGLE_SURNAMES:
        return True
    m = FOLLOW_RE.match(text, i)
    return ((m is not None and len(m.group()) > 1) or NOT_NAME_RE.match(text, i) is not None
            or LONG_ORG_SUFFIX_RE.match(text, i) is not None)


# characters that no Chinese given name holds but Japanese ones do (鸠山由纪夫, 布施直人)
_JP_GIVEN_ONLY = frozenset("由人")


def _given_ok(text: str, start: int, end: int, strict: bool, japanese: bool = False) -> bool:
    if end > len(text):
        return False
    for ch in text[start:end]:
        if not is_cjk(ch) or ch in NEVER_CHARS and not (japanese and ch in _JP_GIVEN_ONLY):
            return False
    m = FOLLOW_RE.search(text, start, end + 2)
    if m and m.start() < end and len(m.group()) > 1:  # 应出席, 正受到: no given name holds a verb
        return False
    if TITLE_RE.search(text, start, end):  # 当经理: a title is no given name
        return False
    for ch in text[start:end]:
        if strict and ch not in GIVEN_CHARS:
            return False
    return True


def chinese_name_after(
    text: str, i: int, *, strict: bool = False, any_surname: bool = False, married: bool = False
) -> int | None:
    """End of a Chinese name that starts at i, or None: 唐良智出席 -> i+3, 万刚会见 -> i+2.

    strict: every given character is one PFR saw in names (for names without a title nearby);
    any_surname: the first character need not be a listed surname (信永川 after a title);
    married: a four-character Hong Kong married name may be read (陈黄丽珊 after a title).
    """
    if i >= len(text) or not is_cjk(text[i]) or _starts_word(text, i):
        return None
    if text[i : i + 2] in COMPOUND_SURNAMES:
        base = 2
    elif text[i] in (COMMON_SURNAMES if strict else SINGLE_SURNAMES) or any_surname:
        base = 1
    else:
        return None
    two, three = i + base + 1, i + base + 2
    if any_surname and text[i] not in SINGLE_SURNAMES:
        if text[i] in NUMERALS:
            return None  # 值班经理十六小时
        strict = True  # an unknown surname: the given name must look like one (信永川, not 负责制)
    word_surname = _word_surname(text, i)
    if word_surname is None:
        return None
    sure_end = word_surname
    strict = strict or sure_end
    ok2 = _given_ok(text, i + base, two, strict)
    ok3 = ok2 and _given_ok(text, i + base, three, strict)
    ok2 = ok2 and text[i + base] != text[i]  # 谈谈, 常常: a doubled character is a word
    b2 = boundary_strength(text, two) if ok2 else 0
    # a verb may end a full name, not a count (近三天不准备)
    verbs = base == 1 and not any(ch in NUMERALS for ch in text[i + base : three])
    b3 = boundary_strength(text, three, verbs=verbs) if ok3 else 0
    if sure_end:
        b2, b3 = (2 if b2 == 2 else 0), (2 if b3 == 2 else 0)
    if b2 == 2 and text[two : two + 1] in AMBIGUOUS_FOLLOW and b3 == 2 and not TITLE_RE.match(text, three):
        return three  # 孔祥同介绍: 同 ends the name, not the clause
    if b2 == 2 or (b2 == 1 and _word_before_verb(text, two, b3)):
        return two  # 李明作报告, 赵海作批示: 作 opens the verb phrase
    if b3 or (base == 1 and not b2 and _word_character_name(text, i)):
        return three
    if b2:
        return two
    if not strict and base == 1 and ok2 and not ok3 and _word_last_character(text, i + base, three):
        return three  # 刘向前介绍: a given name ending in a character that is mostly a word, surely ended
    # a married name of Hong Kong or Macao: 陈黄丽珊, 何梁美仪
    four = i + 4
    # (the given part is no name of its own: 何伟傅旭 is two names)
    if (married and base == 1 and text[i + 1 : i + 2] in COMMON_SURNAMES and text[i + 2] not in SINGLE_SURNAMES
            and _given_ok(text, i + 2, four, True)):
        if boundary_strength(text, four) == 2:
            return four
    return None


def _word_before_verb(text: str, i: int, after_three: int) -> bool:
    """Whether text[i] is a one-character word that follows names (作, 任, 率) and rarely ends a given
    name in PFR: a two-character name before it wins over a three-character name that only a following
    word ends (李明作报告, 赵海作批示), not over one that punctuation ends (王立会。).

    after_three: boundary_strength after the three-character reading."""
    if after_three == 0 or (after_three == 2 and not is_cjk(text[i + 1:i + 2] or "。")):
        return False
    word = FOLLOW_RE.match(text, i)
    return word is not None and len(word.group()) == 1 and _GIVEN_COUNT.get(text[i], 0) < _GIVEN_RARE


def _word_surname(text: str, i: int) -> bool | None:
    """Whether the surname at i is also a common word, so the name must be surely ended (都立新等,
    由如林); None where it is the word: 领导和机关 (a conjunction), 由李明担任 (a preposition before a name)."""
    ch = text[i]
    if ch in NEVER_CHARS:  # a rare surname that is mostly a preposition
        nxt = text[i + 1 : i + 2]
        return None if nxt in SINGLE_SURNAMES or text[i + 1 : i + 3] in COMPOUND_SURNAMES else True
    if ch in STRONG_FOLLOW and ch not in COMMON_SURNAMES:
        return None if ch in CONJUNCTIONS else True
    return False


def _word_last_character(text: str, start: int, end: int) -> bool:
    """Whether the given name [start, end) fails only for its last character, one that is mostly a word
    but also ends given names in PFR (前 in 刘向前), and a sure end follows it (介绍, punctuation)."""
    last = text[end - 1:end]
    if not (last in NEVER_CHARS and _GIVEN_COUNT.get(last, 0) >= _GIVEN_SEEN and is_cjk(last)):
        return False
    word = FOLLOW_RE.match(text, end - 1)
    if TITLE_RE.search(text, start, end) or word is not None and len(word.group()) > 1:
        return False  # 刘向前往: 前往 is a word
    # a sure end that is no title: 宣传部部长 holds no name 宣传部
    return boundary_strength(text, end) == 2 and _sure_end(text, end) and not TITLE_RE.match(text, end)


def _word_character_name(text: str, i: int) -> bool:
    """A given name holding a character that is mostly a word (胡为真): a three-character name after a
    common surname whose other given character is a name one, surely ended."""
    middle, three = text[i + 1 : i + 2], i + 3
    return (text[i] in COMMON_SURNAMES and middle in NEVER_CHARS and middle in GIVEN_CHARS
            and text[i + 2 : three] in GIVEN_CHARS and _given_ok(text, i + 2, three, True)
            and boundary_strength(text, three) == 2 and not TITLE_RE.match(text, i + 2))


def _foreign_then_end(text: str, j: int) -> bool:
    """Whether text[j] is a transliteration character after which a name surely ends (曼 in 热合曼在)."""
    if text[j:j + 1] not in FOREIGN_CHARS or boundary_strength(text, j + 1) < 2:
        return False
    return _sure_end(text, j + 1) or text[j + 1:j + 2] not in FOREIGN_CHARS


def _dotted_end(text: str, i: int, m: re.Match[str]) -> int:
    """Where a name joined by interpuncts that DOTTED_RE matched at i ends."""
    last = max(text.rfind(mark, i, m.end()) for mark in INTERPUNCTS)
    # the last part may run into the next word (罗德纳斯先生); a transliteration character that also
    # follows names (提, 都) ends it only where no sure end comes after it and more such characters
    # (铁木尔·达瓦买提参加, 阿不来提·阿不都热西提在, but 约翰·克里都表示)
    maybe = None
    for j in range(last + 2, m.end()):
        if boundary_strength(text, j) == 2:
            foreign_char = text[j] in FOREIGN_CHARS and not _sure_end(text, j)
            if maybe is None and not foreign_char:
                return j
            if maybe is None:
                maybe = j
            elif not foreign_char:
                next_to = j == maybe + 1
                return maybe if next_to and (text[maybe] in ADVERBS or not _sure_end(text, j)) else j
            continue
        # 弗里不久前, 盖茨直言: a character no transliteration uses, unless the name ends right after it or
        # after one more transliteration character (热合曼在: 合 in a Uyghur name)
        if text[j] not in FOREIGN_CHARS and (maybe is not None or text[j] in GIVEN_CHARS
                                             and boundary_strength(text, j + 1) < 2
                                             and not _foreign_then_end(text, j + 1)):
            return j if maybe is None else maybe
    end = m.end()
    if maybe is not None and not (boundary_strength(text, end) == 2 and _sure_end(text, end)):
        return maybe
    return end


def foreign_name_after(text: str, i: int) -> int | None:
    """End of a transliterated, Japanese or Latin name at i: 帕特里克·雷诺·恩代卡, 山田健一郎, Duarte Valente."""
    m = DOTTED_RE.match(text, i)
    if m:
        return _dotted_end(text, i, m)
    m = LATIN_RE.match(text, i)
    if m:
        return m.end()
    m = JP_SURNAME_RE.match(text, i)
    if m:
        for j in range(m.end() + 1, min(m.end() + 4, len(text)) + 1):
            if not _given_ok(text, j - 1, j, False, japanese=True):
                break
            if boundary_strength(text, j) == 2:
                return j
    # an unjoined transliteration: 卡马萨, 勒布里昂; most of its characters are transliteration ones.
    # After a foreign state's post (俄罗斯总统普京, 德国总理朔尔茨) two characters, and two thirds, will do.
    foreign_post = after_foreign_post(text, i)
    shortest, share = (2, 2) if foreign_post else (3, 3)
    j = i
    while j < len(text) and j - i < 6 and is_cjk(text[j]) and text[j] not in NEVER_CHARS:
        follow = FOLLOW_RE.match(text, j)
        if j > i and follow and len(follow.group()) > 1:
            break  # 开彦先生: a name never runs over 先生 or 出席
        if j - i >= 2 and text[j] in _STRONG_NOT_FOREIGN:
            break  # 克里访华: nor over a character that follows names and is in no transliteration
        j += 1
        if j - i >= shortest and boundary_strength(text, j) >= (2 if j - i < 3 else 1):  # 科罗切尼亚时说
            part = text[i:j]
            foreign = sum(ch in FOREIGN_CHARS for ch in part)
            if foreign * (share + 1) >= len(part) * share and (len(part) > 2 or _two_foreign(text, i)):
                return j
    return None


# foreign states' names and aliases (countries.tsv; not 中国 or 中华人民共和国)
_FOREIGN_STATES = (form for c in tables.countries() if c.name != "中国" for form in (c.name, *c.aliases)
                   if len(form) >= 2)
# the state may open the title's organisation: 美国总统气候问题特使, 俄罗斯联邦委员会主席
_FOREIGN_STATE_BEFORE_RE = re.compile(f"(?:{trie_pattern(_FOREIGN_STATES)})[^\\W\\d_和与及同]{{0,8}}$")


_TITLE_LAST_CHARS = frozenset(title[-1] for title in TITLE_KIND)


def after_foreign_post(text: str, i: int) -> bool:
    """Whether a title ends at i right after a foreign state's name: 俄罗斯总统, 德国总理."""
    if not 2 <= i <= len(text) or text[i - 1] not in _TITLE_LAST_CHARS:
        return False
    for start in range(max(0, i - 6), i - 1):
        title = TITLE_RE.match(text, start)
        if title is not None and title.end() == i:
            return _FOREIGN_STATE_BEFORE_RE.search(text, max(0, start - 14), start) is not None
    return False


def _two_foreign(text: str, i: int) -> bool:
    """A two-character transliteration: both characters transliteration ones, not doubled, no word."""
    pair = text[i:i + 2]
    return all(ch in FOREIGN_CHARS for ch in pair) and pair[0] != pair[1] and not _starts_word(text, i)


def _sure_end(text: str, i: int) -> bool:
    """Whether a name surely ends before text[i]: the text ends, or punctuation, a word of two or more
    characters that follows names (参加, 表示) or a title comes next."""
    if i >= len(text) or text[i] in BREAK_CHARS:
        return True
    if not is_cjk(text[i]):
        return not text[i].isalnum()  # not a date: 亚彭德于29日
    follow = FOLLOW_RE.match(text, i)
    return follow is not None and len(follow.group()) > 1 or TITLE_RE.match(text, i) is not None


def name_after(text: str, i: int, *, foreign: bool = True) -> int | None:
    """End of any name that starts at i (a space before it is skipped by the caller)."""
    if foreign and DOTTED_RE.match(text, i):
        return foreign_name_after(text, i)
    end = chinese_name_after(text, i, married=True)
    if end is None and foreign:
        end = foreign_name_after(text, i)
    if end is None:
        end = chinese_name_after(text, i, any_surname=True)
        if end is not None and end - i < 3:  # an unknown surname needs a full three-character name
            end = None
    return end


def _left_boundary(text: str, s: int) -> bool:
    if s <= 0 or text[s - 1] in BREAK_CHARS or not is_cjk(text[s - 1]) or text[s - 1] in ORG_TAILS:
        return True
    if any(m.end() == s for m in TITLE_RE.finditer(text, max(0, s - 8), s)):
        return True  # 副主席张震: a title right before the name
    return any(text[max(0, s - n) : s] in _BEFORE for n in (1, 2, 3))


_BEFORE = frozenset(_context("before") + _context("stop") + _context("follow") + _context("strong"))


# punctuation a listed name opens after
_LIST_OPENERS = frozenset("、，,。；;：:（(“\"　 \n")


def chinese_name_before(text: str, end: int, *, strict: bool = False) -> int | None:
    """Start of a Chinese name that ends at end, or None: ',毕思远' + 书记 -> the start of 毕思远."""
    readings = []
    for length in (3, 2):
        s = end - length
        if s < 0:
            continue
        if text[s : s + 2] in COMPOUND_SURNAMES and length >= 3:
            base = 2
        elif text[s] in COMMON_SURNAMES or not strict and SURNAMES.get(text[s], 0) > 0:
            base = 1  # only surnames seen in PFR: 国防部长 has no person 国防
        elif not strict and length == 3 and text[s] in SURNAMES and (s == 0 or text[s - 1] in _LIST_OPENERS):
            base = 1  # a 百家姓 surname PFR lacks, three characters after punctuation: 、容淳铭院士
        else:
            continue
        if not _starts_word(text, s) and _given_ok(text, s + base, end, strict):
            readings.append((s, _left_boundary(text, s)))
    for s, bounded in readings:
        if bounded:
            return s
    return None


def japanese_name_before(text: str, end: int) -> int | None:
    """Start of a Japanese name (a Japanese surname and one to three given characters) that ends at
    end, after a boundary, or None: '、中村修二' + 院士 -> the start of 中村修二."""
    for s in range(max(0, end - 6), end - 2):
        m = JP_SURNAME_RE.match(text, s)
        if not m or not 1 <= end - m.end() <= 3 or not _left_boundary(text, s):
            continue
        if _given_ok(text, m.end(), end, False):
            return s
    return None


def dotted_name_before(text: str, end: int) -> int | None:
    """Start of a transliterated name joined by an interpunct that ends at end, or None:
    '聘请弗兰克•基什纳' + 院士 -> the start of 弗兰克•基什纳 (its first part is transliteration characters)."""
    j = end
    while j > 0 and end - j < 10 and is_cjk(text[j - 1]):
        j -= 1
    if j == end or j == 0 or text[j - 1] not in INTERPUNCTS:
        return None
    if any(ch in NEVER_CHARS for ch in text[j:end]) or TITLE_RE.search(text, j, end):
        return None  # 弗兰克•基什纳院士为 + 名誉校长: the last part holds a title or a word
    while j > 1 and text[j - 1] in INTERPUNCTS and is_cjk(text[j - 2]):
        k = j - 1
        while k > 0 and j - 1 - k < 7 and is_cjk(text[k - 1]) and text[k - 1] in FOREIGN_CHARS:
            k -= 1
        if k == j - 1:
            return None
        j = k
    if j - 1 >= 0 and j > 0 and text[j - 1] in INTERPUNCTS:
        return None
    return j if end - j >= 4 else None

