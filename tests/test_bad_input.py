"""Odd and hostile input: no crash, exact offsets, nothing invented from half-read chains."""
import pytest

import govextract
from govextract.normalize import normalise_text

ODD = {
    "long line without punctuation": "重庆市市长王大明出席会议并讲话" * 1500,
    "one character repeated": "一" * 20000,
    "digits": "2019" * 5000,
    "only punctuation": "，。、《》（）“”" * 2000,
    "only latin": "The quick brown fox jumps over the lazy dog. " * 500,
    "mixed scripts": ("重慶市市長王大明🙂Привет مرحبا 東京\u200b(guó)" * 400),
    "500 names in a list": "市领导" + "、".join(f"王{chr(0x4e00 + i)}明" for i in range(500)) + "出席。",
    "title with no name": "副市长、" * 3000,
    "nested parentheses": "((((市长(王大明)))))" * 500,
    "name at the very end": "会议由副市长王大明",
    "lone surrogates and controls": "市长\ud800王大明\x00\x1b出席",
}


@pytest.mark.parametrize("name", list(ODD))
def test_odd_input_gives_exact_offsets(name):
    raw = ODD[name]
    doc = govextract.extract(raw)
    for item in (*doc.entities, *doc.dates):
        assert normalise_text(raw[item.start:item.end], drop_chrome=False) == item.text
    for role in doc.roles:
        assert role.person and role.title and 0 <= role.start < role.end <= len(raw)


def test_title_with_no_name_invents_no_role():
    assert govextract.extract("副市长、" * 100).roles == ()


def test_name_at_the_end_is_read():
    doc = govextract.extract("会议由副市长王大明")
    assert [(r.person, r.title) for r in doc.roles] == [("王大明", "副市长")]
