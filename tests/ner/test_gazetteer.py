"""The trie regex finds the same words as a plain longest-match scan."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govextract.ner.gazetteer import compile_words

ALPHABET = "重庆市北碚区京和一二"


def longest_match_scan(words: set[str], text: str) -> list[str]:
    found, i = [], 0
    longest = max(map(len, words), default=0)
    while i < len(text):
        for size in range(longest, 0, -1):
            if text[i:i + size] in words:
                found.append(text[i:i + size])
                i += size
                break
        else:
            i += 1
    return found


def test_longest_word_wins():
    pattern = compile_words(["重庆", "重庆市", "北碚区"])
    assert [m.group() for m in pattern.finditer("重庆市北碚区和重庆")] == ["重庆市", "北碚区", "重庆"]


def test_many_first_characters():
    words = [chr(0x4E00 + i) + "x" for i in range(500)] + ["乙xy"]
    pattern = compile_words(words)
    assert [m.group() for m in pattern.finditer("丁x乙xy")] == ["丁x", "乙xy"]


@settings(max_examples=200, deadline=None)
@given(st.sets(st.text(ALPHABET, min_size=1, max_size=4), max_size=12), st.text(ALPHABET, max_size=30))
def test_same_as_plain_scan(words, text):
    pattern = compile_words(words)
    assert [m.group() for m in pattern.finditer(text)] == longest_match_scan(words, text)
