"""One loaded pipeline shared by 8 threads gives what one thread gives."""
from concurrent.futures import ThreadPoolExecutor

import govextract

TEXTS = [
    f"{year}年{month}月{day}日，重慶市市長王{name}出席會議，副市長李{name}、張{name}參加。"
    for year, month, day, name in zip(range(2010, 2026), [1, 3, 5, 7, 8, 12] * 3, range(1, 29), "明華強偉芳軍洋勇艷傑濤磊敏靜麗鵬")
]


def test_eight_threads_match_one():
    expected = [govextract.extract(text, publish_date="2020-01-01").to_dict() for text in TEXTS]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(3):
            got = list(pool.map(lambda t: govextract.extract(t, publish_date="2020-01-01").to_dict(), TEXTS))
            assert got == expected
