"""The document clock (which day relative words count from) and the component's settings.

All texts are invented.
"""
from __future__ import annotations

import pytest

import govextract
from govextract.dates import DateSettings, read_dates
from govextract.dates.grammar import find_dates
from govextract.document import DateAnchor
from govextract.pipeline import build, make_doc

ANCHORS = [
    # (text, publish_date, anchor value, source, value of 昨天)
    ("新华社北京7月12日电 昨天,会议在京举行。", "2019-07-13", "2019-07-12", "dateline", "2019-07-11"),
    ("新华社北京7月12日电 昨天,会议在京举行。", "2019-07-12", "2019-07-12", "publish_date", "2019-07-11"),
    ("新华社北京7月2日电 昨天,会议在京举行。", "2019-07-13", "2019-07-13", "publish_date", "2019-07-12"),
    ("本报北京7月12日讯 昨天,会议在京举行。", "2019-07-13", "2019-07-12", "dateline", "2019-07-11"),
    ("中新社合肥七月十二日电 昨天,会议举行。", "2007-07-13", "2007-07-12", "dateline", "2007-07-11"),
    ("发布时间:2019-08-27 10:21\n昨天,会议举行。", None, "2019-08-27", "timestamp", "2019-08-26"),
    ("2019年08月27日10:21 来源:市政府网\n昨天,会议举行。", None, "2019-08-27", "timestamp", "2019-08-26"),
    ("昨天,会议举行。\n特此通知。\n市人民政府办公室\n2019年8月27日", None, "2019-08-27", "signature", "2019-08-26"),
    ("发布时间:2019-08-27 10:21\n昨天,会议举行。", "2019-09-01", "2019-09-01", "publish_date", "2019-08-31"),
]


@pytest.mark.parametrize("text,publish_date,value,source,yesterday", ANCHORS)
def test_anchor(text, publish_date, value, source, yesterday):
    mentions, anchor = read_dates(text, publish_date)
    assert anchor is not None and (anchor.value, anchor.source) == (value, source)
    if anchor.start is not None:
        assert text[anchor.start:anchor.end] in [m.text for m in mentions]
    assert ("昨天", yesterday) in [(m.text, m.value) for m in mentions]


def test_no_anchor_leaves_relative_words_open():
    mentions, anchor = read_dates("昨天,会议举行。8月26日,大会闭幕。")
    assert anchor is None
    assert [m.value for m in mentions] == [None, "--08-26"]


def test_a_lone_signed_day_without_year_is_no_anchor():
    assert read_dates("昨天,会议举行。\n市人民政府\n8月27日")[1] is None


def test_document_says_what_anchored_it():
    doc = govextract.extract("新华社北京7月12日电 昨天,会议在京举行。", "2019-07-13")
    assert doc.date_anchor == DateAnchor("2019-07-12", "dateline", 5, 10)
    assert doc.to_dict()["date_anchor"] == {"value": "2019-07-12", "source": "dateline", "start": 5, "end": 10}
    assert govextract.extract("会议举行。").date_anchor is None
    assert govextract.extract("会议举行。", "2019-07-13").date_anchor.source == "publish_date"


def test_anchor_offsets_are_raw():
    raw = "新華社北京７月１２日電 昨天，會議在京舉行。"
    doc = govextract.extract(raw, "2019-07-13")
    assert doc.date_anchor is not None and raw[doc.date_anchor.start:doc.date_anchor.end] == "７月１２日"


PREFER = [
    # (prefer_dates_from, text, publish_date, expected value)
    ("nearest", "12月30日,市委召开全会。", "2020-01-03", "2019-12-30"),
    ("current_period", "12月30日,市委召开全会。", "2020-01-03", "2020-12-30"),
    ("past", "3月5日,大会开幕。", "2019-03-04", "2018-03-05"),
    ("future", "3月1日,大会开幕。", "2019-03-04", "2020-03-01"),
    ("nearest", "3月5日,大会开幕。", "2019-03-04", "2019-03-05"),
    ("nearest", "周五,市长调研企业。", "2019-08-27", "2019-08-23"),
    ("current_period", "周五,市长调研企业。", "2019-08-27", "2019-08-30"),
    ("past", "周三,市长调研企业。", "2019-08-27", "2019-08-21"),
    ("future", "周一,市长调研企业。", "2019-08-27", "2019-09-02"),
    ("past", "中秋节,社区举办联欢会。", "2019-08-27", "2018-09-24"),
]


@pytest.mark.parametrize("prefer,text,publish_date,value", PREFER)
def test_prefer_dates_from(prefer, text, publish_date, value):
    mentions = find_dates(text, publish_date, DateSettings(prefer_dates_from=prefer))
    assert mentions[0].value == value


def test_settings_from_the_spacy_config():
    nlp = build()
    nlp.remove_pipe("govextract_dates")
    nlp.add_pipe("govextract_dates", config={"prefer_dates_from": "past"})
    doc = nlp(make_doc(nlp, "周三,市长调研企业。"))
    assert [m.value for m in doc._.dates] == [None]  # no publish date, no anchor
    doc = nlp(make_doc(nlp, "周三,市长调研企业。", "2019-08-27"))
    assert doc._.dates[0].value == "2019-08-21"
    assert doc._.date_anchor.source == "publish_date"


@pytest.mark.parametrize("bad", [{"prefer_dates_from": "later"}, {"after_days": -1}, {"dateline_window": "x"}])
def test_bad_settings_raise(bad):
    with pytest.raises(ValueError):
        DateSettings(**bad)


def test_settings_type_checked():
    with pytest.raises(TypeError, match="settings"):
        read_dates("昨天", None, settings={"prefer_dates_from": "past"})  # type: ignore[arg-type]


def test_a_long_text_in_pieces_keeps_one_anchor():
    filler = "全市各级各部门认真落实各项工作部署。\n" * 1500  # about 28,000 characters: two pieces
    text = "新华社北京7月12日电 会议在京举行。\n" + filler + "昨天,代表们分组讨论。"
    nlp = build()
    doc = nlp(make_doc(nlp, text, "2019-07-13"))
    assert doc._.date_anchor.source == "dateline"
    assert ("昨天", "2019-07-11") in [(m.text, m.value) for m in doc._.dates]


def test_the_anchor_crosses_processes():
    nlp = build()
    docs = list(nlp.pipe([make_doc(nlp, "新华社北京7月12日电 昨天,会议举行。", "2019-07-13")] * 2, n_process=2))
    assert [d._.date_anchor.source for d in docs] == ["dateline", "dateline"]
