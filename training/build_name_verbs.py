"""Build govextract/data/name_verbs.tsv: verbs that do not occur inside organisation names.

An organisation name found from its suffix (银行, 公司) is walked leftwards until a boundary; a
verb right before the name (刺激银行, 致电银行) is such a boundary. The list is counted from
People's Daily January 1998 (PKU tags, ../shared/corpora/pfr_1998_01, training part: paragraphs
dated before 1998-01-26): two- and three-character words tagged v, seen at least MIN_COUNT times,
and never inside a bracketed organisation name ([...]nt), so that 发展 and 管理 (发展和改革委员会,
管理局) stay out, as do the words of training/name_words_modern.txt. Only words and counts are taken from the corpus.

    python training/build_name_verbs.py ../shared/corpora/pfr_1998_01/199801.utf8.txt
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "govextract" / "data" / "name_verbs.tsv"
MODERN = Path(__file__).resolve().parent / "name_words_modern.txt"
MIN_COUNT = 8
TOKEN = re.compile(r"(\[)?([^\s/\[\]]+)/([a-zA-Z]+)(?:\]([a-z]+))?")


def count_verbs(pfr_path: str) -> tuple[Counter, Counter]:
    """(times each word is tagged v, times each word appears inside an [...]nt name)."""
    verbs: Counter = Counter()
    inside_names: Counter = Counter()
    with open(pfr_path, encoding="utf-8") as pfr:
        for line in pfr:
            parts = line.split()
            if not parts or parts[0][:8] >= "19980126":
                continue
            bracket: list[str] | None = None
            for part in parts[1:]:
                m = TOKEN.fullmatch(part)
                if not m:
                    continue
                word, tag = m.group(2), m.group(3)
                if m.group(1):
                    bracket = []
                if bracket is not None:
                    bracket.append(word)
                elif tag == "v" and 2 <= len(word) <= 3:
                    verbs[word] += 1
                if m.group(4) is not None:
                    if m.group(4) == "nt":
                        inside_names.update(bracket)
                    bracket = None
    return verbs, inside_names


def main(pfr_path: str) -> None:
    verbs, inside_names = count_verbs(pfr_path)
    modern = {line.strip() for line in MODERN.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    chosen = sorted(w for w, n in verbs.items() if n >= MIN_COUNT and inside_names[w] == 0
                    and w not in modern and re.fullmatch(r"[\u4e00-\u9fff]+", w))
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# Verbs that bound an organisation name on the left (刺激银行 -> no name).\n")
        out.write("# Counted from People's Daily 1998-01 (PKU tags, training part) by training/build_name_verbs.py:\n")
        out.write(f"# words tagged v at least {MIN_COUNT} times and never inside an [...]nt name,\n")
        out.write("# less training/name_words_modern.txt (创新, 应急: inside names coined since).\n")
        out.write("# word\tcount\n")
        for w in chosen:
            out.write(f"{w}\t{verbs[w]}\n")
    print(f"wrote {len(chosen)} verbs to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
