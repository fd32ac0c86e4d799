import pytest

from govextract.normalize.pinyin import is_pinyin, strip_pinyin

CASES = [
    ("國(guó)家", "國家"),
    ("國（guó）家", "國家"),
    ("們(men)", "們"),
    ("綠(lǜ)色", "綠色"),
    ("產(chǎn)業(yè)", "產業"),
    ("世界贸易组织(WTO)", "世界贸易组织(WTO)"),  # an acronym, not pinyin
    ("刘忠(左一)", "刘忠(左一)"),  # Chinese in parentheses stays
    ("附件(a)", "附件(a)"),  # one toneless letter is too weak a signal
    ("(guó)家", "(guó)家"),  # no character before it to annotate
    ("版本(Beta)", "版本(Beta)"),
]


@pytest.mark.parametrize("raw, expected", CASES)
def test_strip_pinyin(raw, expected):
    assert strip_pinyin(raw)[0] == expected


@pytest.mark.parametrize("word, expected", [
    ("guó", True), ("zhàn", True), ("lǜ", True), ("xìn", True), ("men", True), ("de", True),
    ("WTO", False), ("abc", False), ("xyz", False), ("a", False), ("Beta", False),
])
def test_is_pinyin(word, expected):
    assert is_pinyin(word) is expected
