"""TitleParse: one reading of the titles per text, the same chains as reading them afresh."""
from __future__ import annotations

import itertools

import pytest

import govextract
from govextract.lang.chains import title_chains
from govextract.lang.parse import TitleParse
from govextract.lang.titles import TitleLexicon, find_titles
from govextract.pipeline import make_doc

TEXTS = [
    "国务院总理在人民大会堂与北京市市长王一鸣会谈。",
    "市委副书记、市长李四主持会议，副市长张立平、朱国栋出席。李四市长强调，要抓好落实。",
    "任命王永明为安平市人民政府副市长；免去鲁振文的市财政局局长职务。",
    "东川省委副书记、省长许俊山会见了贝宁共和国总统。许俊山省长表示欢迎。",
]


def _shape(chains):
    found, loose = chains
    return [(c.posts, c.names, c.extra) for c in found], loose


@pytest.mark.parametrize("text", TEXTS)
def test_cached_chains_equal_a_fresh_reading(text):
    parse = TitleParse(text)
    ends = sorted({end for chain in title_chains(text)[0] for _, end in chain.names} | {3, 8, len(text) // 2})
    for size in range(len(ends) + 1):
        for known in itertools.combinations(ends, size):
            assert _shape(parse.chains(set(known))) == _shape(title_chains(text, set(known)))


def test_chains_are_copies_a_reader_may_extend():
    parse = TitleParse(TEXTS[1])
    first, _ = parse.chains()
    first[0].extra.append(first[0].posts[0])
    again, _ = parse.chains()
    assert again[0].extra == []


def test_one_parse_per_doc_shared_by_the_components():
    nlp = govextract.load()
    doc = nlp(make_doc(nlp, TEXTS[1]))
    parse = doc._.title_parse
    assert isinstance(parse, TitleParse) and parse.text == doc._.clean_text
    assert [t.text for t in parse.titles] == [t.text for t in find_titles(parse.text)]
    assert parse.runs <= 2  # person finding, then roles: chains read again only where known names differ


def test_a_user_title_joins_the_lexicon():
    text = "蓝海智能集团首席数据官周一鸣出席。"
    assert find_titles(text) == []
    assert [t.text for t in TitleParse(text, TitleLexicon(["首席数据官"])).titles] == ["首席数据官"]
