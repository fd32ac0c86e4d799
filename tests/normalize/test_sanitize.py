import pytest

from govextract.normalize.sanitize import sanitize

CASES = [
    ("２０１９年８月", "2019年8月"),
    ("Ａｂｃ，（）：", "Abc,():"),
    ("唐\u200b良智", "唐良智"),
    ("\ufeff标题", "标题"),
    ("甲\u3000乙\xa0丙", "甲 乙 丙"),
    ("一\r\n二\r三", "一\n二\n三"),
    ("控\x07制", "控 制"),
    ("坏\ud800字", "坏\ufffd字"),
]


@pytest.mark.parametrize("raw, expected", CASES)
def test_sanitize(raw, expected):
    assert sanitize(raw)[0] == expected


def test_deleted_zero_width_is_inside_the_raw_span():
    text, offsets = sanitize("唐\u200b良智")
    assert offsets.raw_span(0, 3) == (0, 4)
    assert offsets.raw_span(1, 2) == (2, 3)
