"""Invariants of normalisation on mixed scraped text (hypothesis)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from govextract.normalize import normalise, normalise_text

PIECES = st.sampled_from([
    "重慶", "国家", "經濟", "委員會", "市長", "张三", "國(guó)", "業(yè)", "們（men）", "(左一)",
    "，", "。", "、", "（", "）", "《", "》", "(WTO)", " ", "\u3000", "\n", "\r\n", "\t", "\u200b",
    "２０１９", "2019年", "８月", "Ａ", "\n扫描二维码\n", "\n掃描二維碼\n", "分享到:微信\n", "🙂", "\x07",
])
RAW = st.lists(PIECES, max_size=30).map("".join) | st.text(max_size=40)


@settings(max_examples=300, deadline=None)
@given(RAW)
def test_map_is_monotonic_and_inside_the_raw_text(raw):
    normalised = normalise(raw)
    offsets = normalised.offsets
    assert len(offsets) == len(normalised.text)
    previous_end = 0
    for i in range(len(normalised.text)):
        start, end = offsets.raw_span(i, i + 1)
        assert 0 <= start < end <= len(raw)
        assert start >= previous_end
        previous_end = end


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join), st.data())
def test_any_span_maps_back_to_raw_text_that_normalises_to_it(raw, data):
    normalised = normalise(raw)
    n = len(normalised.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    raw_start, raw_end = normalised.raw_span(start, end)
    crosses_chrome = any(raw_start <= a < raw_end for a, _ in normalised.chrome)
    # A slice read alone may look like a chrome line (or hold one the span skipped), so it is
    # compared with chrome kept; chrome is checked on its own below.
    if not crosses_chrome:
        assert normalise_text(raw[raw_start:raw_end], drop_chrome=False) == normalised.text[start:end]


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_no_clean_character_comes_from_chrome(raw):
    normalised = normalise(raw)
    for i in range(len(normalised.text)):
        start, end = normalised.raw_span(i, i + 1)
        assert not any(a < end and start < b for a, b in normalised.chrome)


@settings(max_examples=200, deadline=None)
@given(RAW)
def test_normalisation_is_idempotent(raw):
    once = normalise_text(raw)
    assert normalise_text(once) == once
