"""The dates component's contract: publish_date types, bad input, offsets, kinds, size."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govextract
from govextract.dates.grammar import find_dates
from govextract.dates.numerals import small_number, year_number
from govextract.document import DATE_KINDS
from govextract.normalize import normalise


@pytest.mark.parametrize("publish_date", ["2019-08-27", dt.date(2019, 8, 27), dt.datetime(2019, 8, 27, 9, 30)])
def test_publish_date_types(publish_date):
    assert [m.value for m in find_dates("昨天,市长调研企业。", publish_date)] == ["2019-08-26"]


@pytest.mark.parametrize("publish_date", [20190827, "27/08/2019", "yesterday", 3.5, ["2019-08-27"]])
def test_bad_publish_date_raises_value_error(publish_date):
    with pytest.raises(ValueError, match="publish_date"):
        find_dates("昨天,市长调研企业。", publish_date)


def test_text_must_be_str():
    with pytest.raises(TypeError, match="text"):
        find_dates(b"2019\xe5\xb9\xb4")  # type: ignore[arg-type]


@pytest.mark.parametrize("text,value", [
    ("2019年2月30日", None), ("13月", None), ("2019年13月5日", None), ("0月0日", None),
    ("99月99日", None), ("2019年8月26日25时70分", "2019-08-26"), ("2019-13-45", None),
])
def test_impossible_dates_have_no_value(text, value):
    values = [m.value for m in find_dates(text, "2019-08-27")]
    assert values in ([], [value], [value, None], [None])


@pytest.mark.parametrize("text,kind", [
    ("2019年8月26日", "date"), ("2019年8月", "month"), ("2019年", "year"),
    ("2019年8月26日上午9时", "datetime"), ("8月26日至28日", "range"), ("上半年", "period"),
    ("昨天", "relative"), ("近日", "relative"), ("8月上旬", "period"),
])
def test_kinds(text, kind):
    kinds = [m.kind for m in find_dates(text, "2019-08-27")]
    assert kinds == [kind]
    assert kind in DATE_KINDS


@pytest.mark.parametrize("written,number", [
    ("十二", 12), ("二十六", 26), ("廿三", 23), ("卅一", 31), ("十", 10), ("三十", 30), ("九", 9), ("08", 8),
    ("初五", 5), ("初十", 10), ("十一", 11), ("", None), ("十十", None), ("二三", None),
])
def test_small_number(written, number):
    assert small_number(written) == number


@pytest.mark.parametrize("written,number", [("二〇一九", 2019), ("二O一O", 2010), ("二零二零", 2020), ("2019", 2019)])
def test_year_number(written, number):
    assert year_number(written) == number


def test_raw_offsets_map_back():
    raw = "國(guó)務院新聞辦公室於２０２１年６月１８日(星期五)上午10時舉行發布會。昨日，會議籌備就緒。"
    doc = govextract.extract(raw, "2021-06-19")
    assert [d.value for d in doc.dates] == ["2021-06-18T10:00", "2021-06-18"]
    for d in doc.dates:
        assert normalise(raw[d.start:d.end]).text == d.text


def test_one_megabyte_of_digits_holds_no_date():
    assert find_dates("1234567890" * 100_000) == []  # its time is measured in benchmarks/bench_bad_input.py


_DATE_CHARACTERS = "0123456789年月日号至-/.:()上下午时分点今昨明去本周旬季度半农历初廿十一二三四五〇零O 民国行政院"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_DATE_CHARACTERS, max_size=60),
       st.sampled_from([None, "2019-08-27", "2020-02-29"]))
def test_no_input_raises_and_offsets_hold(text, publish_date):
    for m in find_dates(text, publish_date):
        assert text[m.start:m.end] == m.text and m.kind in DATE_KINDS
        assert m.value is None or isinstance(m.value, str)
