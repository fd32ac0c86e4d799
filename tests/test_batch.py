"""extract_many: what a bad input does, dates of the wrong length, one or two processes."""
import pytest

import govextract
from govextract import Document, Failure

GOOD = "2019年8月26日，甲江市市长王小明出席會議。"


def test_on_error_record_yields_a_failure_in_place_and_goes_on():
    results = list(govextract.extract_many([GOOD, 42, GOOD], ["2019-08-27", None, "not a date"], on_error="record"))
    assert [type(r) for r in results] == [Document, Failure, Failure]
    assert results[1] == Failure(1, "text must be str, got int", "TypeError")
    assert results[2].index == 2 and results[2].exception == "ValueError" and "publish_date" in results[2].error
    assert results[1].to_dict() == {"index": 1, "error": "text must be str, got int", "exception": "TypeError"}


def test_on_error_skip_leaves_bad_inputs_out():
    assert len(list(govextract.extract_many([GOOD, None, GOOD], on_error="skip"))) == 2


def test_on_error_raise_is_the_default():
    with pytest.raises(TypeError, match="text must be str"):
        list(govextract.extract_many([GOOD, b"bytes"]))


@pytest.mark.parametrize("texts, dates, words", [
    ([GOOD, GOOD], ["2019-08-27"], "ran out after 1"),
    ([GOOD], ["2019-08-27", None], "more dates than the 1 texts"),
])
def test_dates_of_the_wrong_length_are_a_value_error(texts, dates, words):
    with pytest.raises(ValueError, match=words):
        list(govextract.extract_many(texts, dates, on_error="record"))


@pytest.mark.parametrize("kwargs, words", [
    ({"on_error": "ignore"}, "on_error must be one of"),
    ({"batch_size": 0}, "batch_size"),
    ({"n_process": 0}, "n_process"),
])
def test_bad_arguments_say_which(kwargs, words):
    with pytest.raises(ValueError, match=words):
        govextract.extract_many([GOOD], **kwargs)


def test_a_single_string_is_refused():
    with pytest.raises(TypeError, match="single str"):
        govextract.extract_many(GOOD)


def test_two_processes_record_failures_in_the_same_places():
    texts = [GOOD, 3, GOOD * 2, None, GOOD]
    one = list(govextract.extract_many(texts, on_error="record"))
    two = list(govextract.extract_many(texts, on_error="record", n_process=2, batch_size=1))
    assert one == two and [type(r).__name__ for r in two] == ["Document", "Failure", "Document", "Failure", "Document"]
