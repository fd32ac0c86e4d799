"""govextract as a spaCy pipeline: raw text in, normalised Doc with offsets; disk round trip."""
import spacy

import govextract
from govextract.pipeline import to_document


def test_nlp_on_raw_text_normalises_and_keeps_the_map():
    doc = govextract.load()("重慶(qìng)市市長張三")
    assert doc.text == "重庆市市长张三"
    assert doc._.raw_text == "重慶(qìng)市市長張三"
    assert doc._.offset_map.raw_span(0, 3) == (0, 9)
    assert [name for name, _ in govextract.load().pipeline] == [
        "govextract_entities", "govextract_roles", "govextract_dates"]


def test_to_disk_and_spacy_load_round_trip(tmp_path):
    govextract.load().to_disk(tmp_path / "model")
    nlp = spacy.load(tmp_path / "model")
    raw = "2019年8月26日，重慶市市長王小明出席會議。"
    assert to_document(nlp(raw)).to_dict() == govextract.extract(raw).to_dict()
