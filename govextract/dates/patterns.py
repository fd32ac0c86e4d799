"""The date grammar as regular expressions, compiled once, with word lists read from data files.

Text reaching these patterns is normalised: ASCII digits and brackets, simplified script.
"""
from __future__ import annotations

import re

from ..data import read_table, read_words
from ..lang.gazetteer import trie_pattern

ROC_OFFSET = 1911  # the Republic of China calendar: 民国1年 is 1912

# Chinese digits as written in years (二〇一九, 二O一O) and in months and days.
CN_DIGIT = "〇零O○一二三四五六七八九"
CN_MONTH = "(?:十[一二]?|[一二三四五六七八九])"
CN_DAY = "(?:[一二]?十[一二三四五六七八九]?|三十一?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])"
CN_HOUR = "(?:二十[一二三四]?|十[一二三四五六七八九]?|[〇零一二两三四五六七八九])"
CN_MINUTE = "(?:[一二三四五]?十[一二三四五六七八九]?|[〇零][一二三四五六七八九]|[一二三四五六七八九])"
LUNAR_DAY = "初[一二三四五六七八九十]"
# Range connectors: 至, 到, hyphens and dashes (full-width ones are already ASCII), 起至.
CONNECTOR = "(?:起至|起到|至|到|-|——|—|–|~|〜)"
WEEKDAY = r"(?: ?\(?(?:星期|周|礼拜)[一二三四五六日天1-7]\)?)"


RELATIVE = {row[0]: (row[1], int(row[2])) for row in read_table("dates_relative.tsv")}
VAGUE = frozenset(read_words("dates_vague.tsv"))
ANAPHORA = {row[0]: int(row[1]) for row in read_table("dates_anaphora.tsv")}
DAY_PARTS = {row[0]: int(row[1]) for row in read_table("dates_day_parts.tsv")}
PERIODS = {row[0]: (int(row[1]), int(row[2])) for row in read_table("dates_periods.tsv")}
SEASONS = frozenset(w for w in PERIODS if w[0] in "春夏秋冬")  # dates only with a year: 今年春季
TAIWAN_SIGNALS = read_words("dates_taiwan.tsv")
NOT_BEFORE = read_words("dates_not_before.tsv")
# by unit (day, month, year, short_year): the words after a lone unit that make it a duration
NOT_AFTER = {unit: tuple(row[0] for row in read_table("dates_not_after.tsv") if unit in row[1].split(","))
             for unit in ("day", "month", "year", "short_year")}
CONTEXT_WORDS = read_words("dates_context.tsv")
FUTURE_WORDS = read_words("dates_future.tsv")
WORD_GUARDS = {row[0]: row[1] for row in read_table("dates_word_guards.tsv")}
WORD_NOT_AFTER = read_words("dates_word_not_after.tsv")
SPEECH_WORDS = read_words("dates_speech.tsv")
FUTURE = re.compile(trie_pattern(FUTURE_WORDS))
# after the date only words of two characters or more: a lone 将 there is often 把 (将该项目纳入)
FUTURE_LATER = re.compile(trie_pattern(w for w in FUTURE_WORDS if len(w) > 1))
FUTURE_AFTER = tuple(w for w in FUTURE_WORDS if w.startswith("起")) + ("前", "底前")  # 起施行; a deadline
SPEECH = re.compile(trie_pattern(SPEECH_WORDS))

_REL_YEAR_PREFIX = sorted({w[0] for w, (unit, _) in RELATIVE.items() if unit == "year" and len(w) == 2})
_REL_MONTH_WORDS = [w[:-1] for w, (unit, _) in RELATIVE.items() if unit == "month"]
DAY_PART = trie_pattern(DAY_PARTS)
DAY_PART_WORDS = tuple(DAY_PARTS)


# 年初 before a day number is the lunar new year's day (年初一), not the start of the year.
_PERIOD_WORDS = "|".join(re.escape(w) + ("(?![一二三四五六七八九十])" if w.endswith("初") else "")
                         for w in sorted(PERIODS, key=len, reverse=True))


# A clock glued to the day before it, as scraped page timestamps print it: 2016年6月2911:30.
_GLUED_CLOCK = r"(?:[01]\d|2[0-3]):[0-5]\d(?![0-9])"
# After a month and a number, these make the number a count or an amount, not a day (6月2万人).
_NOT_A_BARE_DAY = "0-9A-Za-z.:%万亿元个人家项条种次倍岁只吨米亩号日时点分秒年月天周余多届期名位"


def _core(p: str, relative: bool = True) -> str:
    """One calendar expression: [year][period | [农历][month][day | 旬]], group names prefixed p.

    At least one part must be present; the leading lookahead guarantees it.
    """
    # 2019年, 二〇一九年, 98年 and 零七年 (the century from the publish date), 民国113年, 民国一百一十年
    year = (rf"(?:(?:(?P<{p}roc>(?:中华)?民国|公元) ?)?"
            rf"(?P<{p}y>(?<![0-9A-Za-z.·])\d{{2,4}}|(?<![{CN_DIGIT}十])[{CN_DIGIT}]{{2,4}})"
            rf"|(?:中华)?民国(?P<{p}ycn>一百[零〇一二三四五六七八九十]{{0,3}}|[一二三四五六七八九]?十[一二三四五六七八九]?"
            rf"|[一二三四五六七八九])) ?年 ?")
    if relative:
        year = (rf"(?:{year}|(?P<{p}ry>{'|'.join(_REL_YEAR_PREFIX)})年|(?P<{p}ay>同|当|是)年"
                rf"|[今去明]\((?P<{p}yroc>\d{{2,3}})\)年)(?P<{p}ydu>度)?")
    else:
        year = rf"{year}(?P<{p}ydu>度)?"
    period = rf"(?P<{p}per>{_PERIOD_WORDS}|初(?![步一二三四五六七八九十])|底|末)"
    month = (rf"(?P<{p}m>(?<![0-9.·])\d{{1,2}}|(?<![{CN_DIGIT}十廿])(?:{CN_MONTH}|(?<![0-9百千万亿])元|正|腊|冬))"
             rf"(?: ?(?P<{p}mconn>{CONNECTOR}) ?(?P<{p}m2>\d{{1,2}}|{CN_MONTH}))? ?月(?P<{p}fen>份)? ?")
    if relative:
        month = rf"(?:{month}|(?P<{p}rm>{trie_pattern(_REL_MONTH_WORDS)})月)"
    # the first day of a range may leave out its 日: 二十四至二十七日, 24-27日
    range_first = (rf"|(?P<{p}dr>(?<![0-9.·])\d{{1,2}}|{CN_DAY})(?= ?{CONNECTOR} ?(?:\d{{1,2}}|{CN_DAY}) ?[日号])"
                   if p == "a_" else "")
    day = (rf"(?:(?P<{p}d>(?<![0-9.·])\d{{1,2}}|{CN_DAY}|{LUNAR_DAY}) ?(?P<{p}dsfx>[日号]){range_first}"
           rf"|(?P<{p}xun>上旬|中旬|下旬)|(?P<{p}ld>{LUNAR_DAY}|{CN_DAY})(?![{CN_DIGIT}十廿])"
           rf"|(?P<{p}mp>初|底|末)(?![一二三四五六七八九十步期]))")
    # after a month, a day without 日 (2016年6月29, 1月3至2月10), never a count (6月2万人, 3月5G)
    day_bare = (rf"(?<=[月份])(?:(?P<{p}db>\d{{1,2}})(?! ?[{_NOT_A_BARE_DAY}])"
                rf"|(?P<{p}dbg>\d{{1,2}})(?={_GLUED_CLOCK}))")
    if relative:
        day = rf"(?:{day}|[今昨明前]\((?P<{p}dnow>\d{{1,2}})\)[日晚晨早])"
    start = re.sub(r"\(\?P<[A-Za-z0-9_]+>", "(?:", rf"(?={year}|(?:{trie_pattern(PERIODS)})|农历|阴历|{month}|{day})")
    return (rf"(?P<{p}core>{start}(?:{year})?"
            rf"(?:{period}|(?P<{p}lunar>农历|阴历)?(?P<{p}leap>闰)?(?:{month})?(?:{day}|{day_bare})?))")


# 时 or 点 followed by these is a word (时间, 时代, 点击), not a clock.
NOT_A_CLOCK = "(?![间代期候刻节段效机击])"
# What may follow 时/点: N分, 半, N刻 (20时1刻), or minutes without 分 (10点05, 九点零九, 三点十五).
_BARE_MINUTE = (r"(?P<mib>\d{2}(?![0-9.%:万亿元个人家项条种次倍秒分])"
                r"|(?:[〇零][一二三四五六七八九]|[一二三四五]?十[一二三四五六七八九]?)(?![一二三四五六七八九十百千万亿个人家项条种次倍秒分]))")
_AFTER_HOUR = (rf"(?: ?(?P<mi>\d{{1,2}}|{CN_MINUTE}) ?分(?: ?\d{{1,2}} ?秒)?|(?P<half>半)|(?P<ke>[一二三123])刻"
               rf"|{_BARE_MINUTE})?")
TIME = (rf"(?: {{0,3}}(?P<dp>{DAY_PART})? ?"
        rf"(?:(?P<h>\d{{1,2}}|{CN_HOUR}) ?[时点]{_AFTER_HOUR}{NOT_A_CLOCK}"
        rf"|(?<![0-9])(?P<hh>\d{{1,2}}):(?P<mm>\d{{2}})(?::\d{{2}})?(?![0-9])))")
# The end of a time range after a clock time: 下午1点到3点十分, 9:00-11:30, 8点至8点半.
TIME_TAIL = re.compile(
    rf" ?(?:至|到|-|—|–|~|〜) ?(?P<dp>{DAY_PART})? ?"
    rf"(?:(?P<h>\d{{1,2}}|{CN_HOUR}) ?[时点]{_AFTER_HOUR}{NOT_A_CLOCK}"
    rf"|(?<![0-9])(?P<hh>\d{{1,2}}):(?P<mm>\d{{2}})(?::\d{{2}})?(?![0-9]))")

# Characters a calendar expression can start with: checked first, so that most text is skipped
# in one step; and never inside a run of digits.
_FIRST = "".join(sorted(set("0123456789" + CN_DIGIT + "十廿卅中民公元农阴正腊冬初今昨明前同当是("
                            + "".join(_REL_YEAR_PREFIX) + "".join(w[0] for w in _REL_MONTH_WORDS)
                            + "".join(w[0] for w in PERIODS))))
# 2019年8月26日, 8月26日至28日, 二〇一九年八月, 今年以来, 9月16日(周三)上午10时, 108年3月1日起至112年2月28日.
CALENDAR = re.compile(
    rf"(?<![0-9])(?=[{re.escape(_FIRST)}]){_core('a_')}"
    rf"(?: ?(?P<conn>{CONNECTOR}) ?{_core('b_', relative=False)})?"
    rf"(?P<since>以来)?(?P<wk>{WEEKDAY})?"
    rf"(?P<time>{TIME}|(?<=[0-9])(?P<gh>[01]\d|2[0-3]):(?P<gm>[0-5]\d)(?::\d{{2}})?(?![0-9]))?")

# 2019-08-26, 2019/8/26, 2019.8.26, with a page timestamp's time: 2011-3-8 09:42:17.
NUMERIC = re.compile(
    r"(?<![0-9A-Za-z./-])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?:(?![0-9]|\.\d)(?:(?: {1,3}|T)(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::\d{2})?(?![0-9]))?"
    r"|(?P<gh>[01]\d|2[0-3]):(?P<gm>[0-5]\d)(?::\d{2})?(?![0-9]))")
# 09:40 2022-05-18 (time first, as some Hong Kong pages print it).
TIME_FIRST = re.compile(
    r"(?<![0-9])(?<![0-9]:)(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::\d{2})? "
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![0-9])")
# ROC dates in Taiwanese text: 108-11-15, 113/05/29.
ROC_NUMERIC = re.compile(
    r"(?<![0-9A-Za-z./-])(?P<y>\d{2,3})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![0-9]|\.\d)")
# 20190826 and ROC 1130529: dates only after a context word (发布日期:20190826).
COMPACT = re.compile(r"(?<![0-9A-Za-z])(?P<y>(?:19|20)\d{2}|1\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?![0-9A-Za-z])")
# Between two numeric dates of a range: 2020-05-26至2020-05-29, 2016.03—2019.08.
NUMERIC_CONNECTOR = re.compile(rf" ?{CONNECTOR} ?")
# 2019—2021年, 2019-2021年度.
YEAR_RANGE = re.compile(
    rf"(?<![0-9A-Za-z.])(?P<y1>\d{{4}}) ?{CONNECTOR} ?(?P<y2>\d{{4}}) ?年(?P<du>度)?")
# 今天, 昨日, 本周, 近日, 翌日 ... (year and month words are part of CALENDAR).
_WORDS = [w for w, (unit, _) in RELATIVE.items() if unit in ("day", "week", "quarter")] + list(VAGUE) + list(ANAPHORA)
# 下周一, 本周五: a weekday of a relative week (not 下周一起 or 本周一些: 一起, 一些 are words).
_WEEKDAY_OF_WEEK = "(?:(?:周|星期|礼拜)?(?P<wd>[一二三四五六日天](?![起直样些定般切致同道律共])))?"
WORD = re.compile(rf"(?P<word>{trie_pattern(_WORDS)}){_WEEKDAY_OF_WEEK}(?P<since>以来)?(?P<time>{TIME})?")
WEEKDAYS = {ch: i for i, ch in enumerate("一二三四五六日")} | {"天": 6}
# A clock time on its own: 下午3时, 16时38分, 二十时十五分, 上午九点半, 下午2:30 (a bare 9:30 or 十时 is not).
TIME_ALONE = re.compile(
    rf"(?:(?P<dp>{DAY_PART}) ?(?P<h>\d{{1,2}}|{CN_HOUR}) ?[时点]{_AFTER_HOUR}"
    rf"|(?<![0-9.])(?P<h2>\d{{1,2}}) ?时(?: ?(?P<mi2>\d{{1,2}}) ?分|(?P<ke2>[一二三123])刻)?"
    rf"|(?<![{CN_DIGIT}十])(?P<h3>{CN_HOUR})时(?P<mi3>{CN_MINUTE})分){NOT_A_CLOCK}"
    rf"|(?P<dp2>{DAY_PART}) ?(?<![0-9])(?P<hh>\d{{1,2}}):(?P<mm>\d{{2}})(?![0-9])")
# 大年初一, 年初三: days of the lunar new year (正月初一 ... 初十).
NEW_YEAR_DAY = re.compile(r"(?:大|新)?年初(?P<d>[一二三四五六七八九十])(?![一二三四五六七八九十])")
# A year written without 年 (2019中国国际智能产业博览会, 论坛2007): only a hint for year inference.
# Not before a measure word or a closing bracket: 2019万元, 2000人, 国发〔2019〕.
_NOT_A_YEAR_AFTER = "0-9.%〕\\])万亿元人个家名件项台辆吨米次户所座条届号期余多"
YEAR_HINT = re.compile(rf"(?<![0-9A-Za-z.〔\[(])(?P<y>1[89]\d{{2}}|20\d{{2}})(?![{_NOT_A_YEAR_AFTER}])")
TAIWAN = re.compile(trie_pattern(TAIWAN_SIGNALS))
CLAUSE_END = re.compile(r"[。!?;\n]")
SENTENCE_END = re.compile(r"[。!?\n”]")
