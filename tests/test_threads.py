"""One loaded pipeline shared by 8 threads gives what one thread gives."""
from concurrent.futures import ThreadPoolExecutor

import govextract

NAMES = "明華強偉芳軍洋勇艷傑濤磊敏靜麗鵬"
TEXTS = [
    f"{2010 + i}年{i % 12 + 1}月{i + 1}日，重慶市市長王{name}出席會議，副市長李{name}、張{name}參加。"
    for i, name in enumerate(NAMES)
]


def test_eight_threads_match_one():
    expected = [govextract.extract(text, publish_date="2020-01-01").to_dict() for text in TEXTS]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(3):
            got = list(pool.map(lambda t: govextract.extract(t, publish_date="2020-01-01").to_dict(), TEXTS))
            assert got == expected
