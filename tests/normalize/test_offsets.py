import pytest

from govextract.normalize.offsets import MapBuilder, OffsetMap


def test_identity_maps_each_char_to_itself():
    offsets = OffsetMap.identity(3)
    assert [offsets.raw_span(i, i + 1) for i in range(3)] == [(0, 1), (1, 2), (2, 3)]


def test_span_over_a_deletion_includes_the_deleted_text():
    builder = MapBuilder()
    builder.copy("国", 0)
    builder.copy("家", 6)  # "國(guó)家": the pinyin at 1..6 was dropped
    text, offsets = builder.build(7)
    assert text == "国家"
    assert offsets.raw_span(0, 2) == (0, 7)
    assert offsets.raw_span(0, 1) == (0, 1)
    assert offsets.raw_span(1, 2) == (6, 7)


def test_replaced_piece_maps_every_char_to_the_whole_source():
    builder = MapBuilder()
    builder.replace("ab", 0, 3)
    _, offsets = builder.build(3)
    assert offsets.raw_span(1, 2) == (0, 3)


def test_composition_maps_through_both_stages():
    first = MapBuilder()
    first.copy("a", 0)
    first.copy("c", 2)  # deleted raw[1] ("b")
    _, a = first.build(3)
    second = MapBuilder()
    second.copy("c", 1)  # deleted text b[0]
    _, b = second.build(2)
    assert a.then(b).raw_span(0, 1) == (2, 3)


def test_empty_span_is_a_point_and_bad_spans_raise():
    offsets = OffsetMap.identity(2)
    assert offsets.raw_span(2, 2) == (2, 2)
    with pytest.raises(ValueError, match="outside"):
        offsets.raw_span(1, 3)
