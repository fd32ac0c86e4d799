import pytest

from govextract.normalize import normalise, normalise_text
from govextract.normalize.chrome import strip_chrome
from govextract.normalize.script import to_simplified


@pytest.mark.parametrize("raw, expected", [
    ("重慶市經濟和信息化委員會", "重庆市经济和信息化委员会"),
    ("臺灣行政院", "台湾行政院"),
    ("已經是简体", "已经是简体"),
    ("乾隆年間", "乾隆年间"),  # phrase context: 乾 stays in 乾隆
])
def test_to_simplified(raw, expected):
    assert to_simplified(raw)[0] == expected


@pytest.mark.parametrize("raw, expected", [
    ("标题\n扫描二维码\n正文", "标题\n正文"),
    ("标题\n  扫描二维码  \n正文", "标题\n正文"),
    ("标题\n分享到:微信 微博\n正文", "标题\n正文"),
    ("请扫描二维码关注", "请扫描二维码关注"),  # inside a sentence it is text
    ("正文\n随时随地手机看文章", "正文\n"),
    ("简体版 英文版 寄给朋友 某某新闻网\n标题", "标题"),  # a government page's language switch
    ("简体版图书销量上升", "简体版图书销量上升"),
])
def test_strip_chrome(raw, expected):
    assert strip_chrome(raw)[0] == expected


def test_traditional_chrome_is_found_after_conversion():
    normalised = normalise("標題\n掃描二維碼\n隨時隨地手機看文章\n正文")
    assert normalised.text == "标题\n正文"
    assert normalised.chrome == ((3, 9), (9, 19))


def test_raw_span_covers_pinyin_and_conversion():
    raw = "重慶(qìng)市市長(zhǎng)張三"
    normalised = normalise(raw)
    assert normalised.text == "重庆市市长张三"
    start = normalised.text.index("市长")
    assert raw[slice(*normalised.raw_span(start, start + 2))] == "市長"
    assert normalise_text(raw[slice(*normalised.raw_span(0, 3))]) == "重庆市"


def test_non_str_is_a_type_error():
    with pytest.raises(TypeError, match="bytes"):
        normalise(b"abc")
