"""Long texts in pieces: where the cuts fall, exact offsets, the spaCy path, time that grows linearly."""
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govextract
from govextract import chunking
from govextract.normalize import normalise_text

SENTENCES = [
    "2019年8月26日，甲江市市長王小明出席簽約儀式並講話。",
    "乙山省副省长李建国(guó)主持会议，丙河县县长赵晓红参加。",
    "3月5日上午，丁海市人民政府与戊湖集团签署战略合作协议。\n",
]


@pytest.fixture
def small_pieces(monkeypatch):
    """Pieces of 60..120 characters, so stitching is tested on short texts."""
    monkeypatch.setattr(chunking, "PIECE_MIN", 60)
    monkeypatch.setattr(chunking, "PIECE_MAX", 120)


@pytest.mark.parametrize("text, cut_after", [
    ("甲" * 70 + "。" + "乙" * 10 + "\n" + "丙" * 60, "\n"),    # a line end wins over a later sentence end
    ("甲" * 50 + "\n" + "乙" * 30 + "。" + "丙" * 60, "。"),    # no line end in 60..120: a sentence end
    ("甲" * 70 + "。”" + "乙" * 60, "”"),                      # a closing quote stays with its sentence
    ("甲" * 70 + "、" + "乙" * 10 + "、" + "丙" * 60, "、"),     # a list mark when no sentence ends
    ("甲" * 200, None),                                         # no mark at all: at PIECE_MAX
])
def test_where_a_piece_ends(small_pieces, text, cut_after):
    (start, end), *_ = chunking.pieces(text)
    assert start == 0 and 60 <= end <= 120
    if cut_after is None:
        assert end == 120
    else:
        assert text[end - 1] == cut_after


@given(st.lists(st.sampled_from(["王小明", "。", "\n", "、", "2019年8月26日", "市长", "，"]), max_size=400))
def test_pieces_cover_the_text_exactly(text_parts):
    text = "".join(text_parts)
    for size in ((60, 120), (chunking.PIECE_MIN, chunking.PIECE_MAX)):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(chunking, "PIECE_MIN", size[0])
            patch.setattr(chunking, "PIECE_MAX", size[1])
            spans = list(chunking.pieces(text))
        assert "".join(text[s:e] for s, e in spans) == text
        assert all(e - s <= size[1] for s, e in spans)
        assert all(e - s >= size[0] for s, e in spans[:-1])


def test_a_short_text_is_one_piece():
    assert list(chunking.pieces("")) == [(0, 0)] and list(chunking.pieces("短文。")) == [(0, 3)]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(0, len(SENTENCES) - 1), min_size=1, max_size=40))
def test_pieces_stitch_to_the_whole_with_exact_raw_offsets(small_pieces, order):
    text = "".join(SENTENCES[i] for i in order)
    doc = govextract.extract(text, publish_date="2019-09-01")
    assert doc.text == normalise_text(text)
    for item in (*doc.entities, *doc.dates):
        assert normalise_text(text[item.start:item.end]) == item.text
    per_sentence = {i: govextract.extract(SENTENCES[i], publish_date="2019-09-01") for i in set(order)}
    assert len(doc.entities) == sum(len(per_sentence[i].entities) for i in order)
    assert len(doc.dates) == sum(len(per_sentence[i].dates) for i in order)


def test_the_spacy_path_takes_long_texts_in_pieces_too(small_pieces):
    nlp = govextract.load()
    text = "".join(SENTENCES) * 6
    doc = nlp(text)
    whole = govextract.extract(text)
    assert len(doc.ents) == len(whole.entities) and len(doc._.dates) == len(whole.dates)


def test_max_length_is_what_the_pipeline_needs_also_after_spacy_load(tmp_path):
    import spacy

    nlp = govextract.load()
    assert nlp.max_length >= chunking.MAX_LENGTH
    nlp.to_disk(tmp_path / "pipeline")
    assert spacy.load(tmp_path / "pipeline").max_length >= chunking.MAX_LENGTH


def _cpu_seconds(text):
    start = time.process_time()
    doc = govextract.extract(text)
    return time.process_time() - start, doc


def test_eight_times_the_text_is_far_from_sixty_four_times_the_time():
    unit = "".join(SENTENCES)
    govextract.extract(unit)
    small, _ = _cpu_seconds(unit * (15_000 // len(unit)))
    large, _ = _cpu_seconds(unit * (120_000 // len(unit)))
    assert large / small < 24  # linear is 8x, quadratic 64x: generous for a busy machine


@pytest.mark.slow
@settings(max_examples=3, deadline=None)
@given(st.integers(1_000, 30_000))
def test_millions_of_characters_keep_exact_offsets_and_counts_scale(copies):
    unit = "".join(SENTENCES)
    text = unit * copies
    doc = govextract.extract(text, publish_date="2019-09-01")
    one = govextract.extract(unit, publish_date="2019-09-01")
    assert len(doc.entities) == copies * len(one.entities) and len(doc.dates) == copies * len(one.dates)
    for item in (*doc.entities, *doc.dates):
        assert normalise_text(text[item.start:item.end]) == item.text


@pytest.mark.slow
def test_time_grows_linearly_with_length():
    unit = "".join(SENTENCES)
    govextract.extract(unit)
    small, _ = _cpu_seconds(unit * (100_000 // len(unit)))
    large, doc = _cpu_seconds(unit * (800_000 // len(unit)))
    assert large / small < 8 * 2  # 8x the text; quadratic growth would be 64x
    assert len(doc.entities) == (800_000 // len(unit)) * len(govextract.extract(unit).entities)


@pytest.mark.slow
def test_a_list_of_names_grows_linearly():
    names = [a + b + c for a in "王李张刘陈杨黄赵吴周" for b in "建国明华志强伟军平红" for c in "英文杰宏斌海涛峰磊静"]
    govextract.extract("、".join(names[:100]))
    five, _ = _cpu_seconds("、".join(names * 5)[: 5000 * 4])
    twenty, _ = _cpu_seconds("、".join(names * 20)[: 20000 * 4])
    assert twenty / five < 4 * 2  # 4x the names


@pytest.mark.slow
def test_a_five_megabyte_file_through_the_cli(tmp_path):
    import json
    import subprocess
    import sys

    text = ("".join(SENTENCES) * 40000)[:1_900_000]  # over 5 MB of UTF-8
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 5_000_000
    result = subprocess.run([sys.executable, "-m", "govextract", "extract", str(path), "--format", "jsonl"],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    doc = json.loads(result.stdout)
    assert len(doc["entities"]) > 100_000
    assert all(normalise_text(text[e["start"]:e["end"]]) == e["text"] for e in doc["entities"])


@pytest.mark.slow
def test_the_spacy_path_takes_more_than_a_million_characters():
    nlp = govextract.load()
    unit = "".join(SENTENCES)
    text = unit * (1_100_000 // len(unit) + 1)
    doc = nlp(text)  # spaCy's E088 guard stopped this at 1,000,000
    assert len(doc._.dates) == (len(text) // len(unit)) * len(govextract.extract(unit).dates)


@pytest.mark.parametrize("text, publish_date, relative", [
    # a dateline in the first piece; relative words pieces later count from it
    ("新华社甲江3月4日电 " + "甲江市市长王小明出席会议。" * 8 + "\n"
     + "昨天，乙山省副省长李建国到甲江调研。" * 6,
     "2019-03-06", ("昨天", "2019-03-03")),
    # no dateline: the date signed at the end is the clock, also for the pieces before it
    ("今天上午，甲江市人民政府召开常务会议。" * 8 + "\n" + "丙河县县长赵晓红参加。" * 8
     + "\n甲江市人民政府\n2020年5月6日",
     None, ("今天", "2020-05-06")),
])
def test_long_texts_read_dates_the_same_in_extract_and_nlp(small_pieces, text, publish_date, relative):
    """extract() cuts a long text into Documents and stitches them; nlp(text) cuts inside each component.
    Both read the dates over the whole text with one clock, so they agree on every date and the anchor."""
    nlp = govextract.load()
    stitched = govextract.extract(text, publish_date=publish_date)
    whole = govextract.Document.from_doc(nlp(govextract.pipeline.make_doc(nlp, text, publish_date)))
    assert len(list(chunking.pieces(normalise_text(text)))) > 1
    assert stitched.dates == whole.dates and stitched.dates
    assert stitched.date_anchor == whole.date_anchor and stitched.date_anchor is not None
    word, day = relative
    assert {d.value[:10] for d in stitched.dates if d.text == word} == {day}
