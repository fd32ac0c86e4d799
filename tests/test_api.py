"""The public API's contract: types, bad input, offsets."""
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govextract
from govextract.normalize import normalise_text


@pytest.mark.parametrize("bad, message", [
    (None, "NoneType"), (123, "int"), (b"bytes", "decode first"), (["a"], "list"),
])
def test_non_str_text_is_a_type_error_naming_the_type(bad, message):
    with pytest.raises(TypeError, match=message):
        govextract.extract(bad)


@pytest.mark.parametrize("bad", ["2019-13-01", "yesterday", "2019/08/26", 20190826, 3.5])
def test_invalid_publish_date_is_a_value_error_naming_it(bad):
    with pytest.raises(ValueError, match="publish_date"):
        govextract.extract("会议", publish_date=bad)


@pytest.mark.parametrize("good", ["2019-08-26", dt.date(2019, 8, 26), dt.datetime(2019, 8, 26, 9, 30)])
def test_publish_date_forms(good):
    assert govextract.extract("会议", publish_date=good).publish_date == dt.date(2019, 8, 26)


def test_empty_string_is_an_empty_document():
    doc = govextract.extract("")
    assert (doc.text, doc.entities, doc.roles, doc.dates) == ("", (), (), ())


def test_to_dict_has_the_scorer_shape():
    data = govextract.extract("2019年8月26日，重庆市市长王小明出席会议。").to_dict()
    assert {"entities", "roles", "dates"} <= set(data)
    for item in data["entities"]:
        assert {"text", "label", "start", "end"} <= set(item)
    for item in data["roles"]:
        assert {"person", "org", "title", "event_role", "start", "end"} <= set(item)
    for item in data["dates"]:
        assert {"text", "value", "start", "end"} <= set(item)


def test_documents_round_trip_through_dicts_and_json():
    text = "2019年8月26日，重庆市市长王小明出席会议。王市长表示，将继续推进合作。"
    doc = govextract.extract(text, publish_date="2019-08-26")
    assert doc.roles and doc.dates and doc.entities
    assert govextract.Document.from_dict(doc.to_dict()) == doc
    again = govextract.Document.from_json(doc.to_json())
    assert again == doc and again.people == doc.people and again.date_anchor == doc.date_anchor


@pytest.mark.parametrize("bad, error", [
    ("text", TypeError), ({"entities": []}, ValueError),
    ({"text": "甲", "entities": [{"text": "甲", "label": "GPE"}]}, ValueError),
    ({"text": "甲", "roles": [{"person": "甲", "unknown": 1}]}, ValueError),
])
def test_from_dict_says_what_is_wrong(bad, error):
    with pytest.raises(error, match="data"):
        govextract.Document.from_dict(bad)


def test_extract_many_streams_with_dates_and_checks_batch_size():
    texts = (t for t in ["今天开会。", "明天开会。"])
    docs = list(govextract.extract_many(texts, ["2020-01-01", None], batch_size=1))
    assert [d.publish_date for d in docs] == [dt.date(2020, 1, 1), None]
    with pytest.raises(ValueError, match="batch_size"):
        list(govextract.extract_many(["a"], batch_size=0))


def test_load_is_cached_and_unknown_backend_is_rejected():
    assert govextract.load() is govextract.load()
    with pytest.raises(ValueError, match="default"):
        govextract.load("nonsense")


def _assert_offsets(raw, doc):
    for item in (*doc.entities, *doc.dates):
        assert 0 <= item.start <= item.end <= len(raw)
        assert normalise_text(raw[item.start:item.end], drop_chrome=False) == item.text
    for role in doc.roles:
        assert 0 <= role.start <= role.end <= len(raw)


MIXED = st.lists(st.sampled_from([
    "重慶市市長", "李四", "王小明", "國(guó)務院", "出席", "2019年", "８月２６日", "，", "、", "。", "\n",
    "掃描二維碼\n", "\u200b", "🙂", "(左一)", "簽署《合作協議》", "副市長", "上午9時", " ", "\ud83d",
]), max_size=40).map("".join)


@settings(max_examples=150, deadline=None)
@given(MIXED | st.text(max_size=60))
def test_extract_never_raises_on_str_and_offsets_map_back(raw):
    _assert_offsets(raw, govextract.extract(raw))


def test_large_input_with_emoji_and_controls():
    raw = ("重慶市市長王小明🙂出席\x00會議，\u200b2019年8月26日。\n" * 2000)
    doc = govextract.extract(raw)
    _assert_offsets(raw, doc)


def test_extract_many_with_two_processes_matches_one():
    texts = [f"2019年8月{day}日，重慶市市長王小明出席會議。" for day in range(1, 9)]
    dates = ["2019-08-27"] * len(texts)
    one = [d.to_dict() for d in govextract.extract_many(texts, dates)]
    two = [d.to_dict() for d in govextract.extract_many(texts, dates, n_process=2, batch_size=2)]
    assert one == two
