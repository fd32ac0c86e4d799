"""govextract as a spaCy pipeline: raw text in, normalised Doc with offsets; disk round trip."""
import spacy

import govextract
from govextract import Document


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
    assert Document.from_doc(nlp(raw)).to_dict() == govextract.extract(raw).to_dict()


def test_components_in_a_plain_blank_pipeline():
    nlp = spacy.blank("zh")
    for name in ("govextract_entities", "govextract_roles", "govextract_dates"):
        nlp.add_pipe(name)
    doc = nlp("2019年8月26日，重庆市市长王大明出席会议。")
    assert ("王大明", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    assert [(r.person, r.position) for r in doc._.roles] == [("王大明", "重庆市市长")]
    assert [(d.text, d.value) for d in doc._.dates] == [("2019年8月26日", "2019-08-26")]


def test_nlp_pipe_with_two_processes_matches_one():
    nlp = govextract.load()
    texts = ["2019年8月26日，重慶市市長王大明出席會議。", "副市長李小紅主持會議，唐市長講話。"] * 3
    one = [Document.from_doc(doc).to_dict() for doc in nlp.pipe(texts)]
    two = [Document.from_doc(doc).to_dict() for doc in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert one == two


def test_doc_bytes_round_trip_keeps_offsets_and_results():
    from spacy.tokens import Doc

    nlp = govextract.load()
    doc = nlp("重慶(qìng)市市長王大明8月26日出席")
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.offset_map == doc._.offset_map
    assert again._.roles == doc._.roles and again._.dates == doc._.dates
