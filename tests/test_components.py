"""The three components as spaCy users meet them: settings in the config, declared attributes,
entities set upstream kept, a user lexicon that travels with nlp.to_disk() and spacy.load()."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy

import govextract
from govextract import Document
from govextract.pipeline import build

TEXT = "蓝海智能集团首席数据官周一鸣出席云梦泽论坛。蓝海集团表示，老周将主持会议。"
PLAIN = "2019年8月26日，安平市市长李明远在会上会见了东川省副省长王一鸣。"


def _rows(document: Document) -> dict:
    return {
        "entities": sorted((e.text, e.label, e.canonical or "") for e in document.entities),
        "roles": sorted((r.person, r.position, r.event_role or "") for r in document.roles),
        "aliases": sorted((a.text, a.person) for a in document.aliases),
        "dates": sorted((d.text, d.value or "") for d in document.dates),
    }


@pytest.fixture
def nlp():
    return build()


def test_settings_are_in_the_config(nlp):
    entities = nlp.get_pipe_config("govextract_entities")
    assert {k: entities[k] for k in ("model", "model_threshold", "overwrite_ents", "span_key")} == {
        "model": True, "model_threshold": 0.9, "overwrite_ents": False, "span_key": "govextract_entities"}
    assert nlp.get_pipe_config("govextract_roles")["aliases"] is True
    meta = nlp.get_pipe_meta("govextract_entities")
    assert "doc.ents" in meta.assigns and "doc._.clean_text" in meta.requires
    assert "doc._.roles" in nlp.get_pipe_meta("govextract_roles").assigns


def test_model_setting_and_its_bounds(nlp):
    nlp.replace_pipe("govextract_entities", "govextract_entities", config={"model": False})
    assert nlp.get_pipe("govextract_entities").model is False
    assert Document.from_doc(nlp(PLAIN)).roles  # rules alone still read the roles
    with pytest.raises(ValueError, match="model_threshold"):
        nlp.replace_pipe("govextract_entities", "govextract_entities", config={"model_threshold": 1.5})


def test_span_key_setting(nlp):
    nlp.replace_pipe("govextract_entities", "govextract_entities", config={"span_key": "mine"})
    nlp.replace_pipe("govextract_roles", "govextract_roles", config={"span_key": "mine"})
    doc = nlp(PLAIN)
    assert "mine" in doc.spans and "govextract_entities" not in doc.spans
    assert [(r.person, r.position) for r in doc._.roles][:1] == [("李明远", "安平市市长")]


@pytest.mark.parametrize(("overwrite", "kept"), [(False, True), (True, False)])
def test_entities_set_upstream(nlp, overwrite, kept):
    ruler = nlp.add_pipe("entity_ruler", before="govextract_entities")
    ruler.add_patterns([{"label": "FAC", "pattern": "会上"}])
    nlp.replace_pipe("govextract_entities", "govextract_entities", config={"overwrite_ents": overwrite})
    doc = nlp(PLAIN)
    assert (("会上", "FAC") in [(e.text, e.label_) for e in doc.ents]) is kept
    assert any(e.label_ == "PERSON" for e in doc.ents)


def test_user_lexicon(nlp):
    before = _rows(Document.from_doc(nlp(TEXT)))
    entities = nlp.get_pipe("govextract_entities")
    entities.add_organisations(["蓝海智能集团"], aliases={"蓝海集团": "蓝海智能集团"})
    entities.add_places(["云梦泽"], label="LOC")
    entities.add_titles(["首席数据官"])
    nlp.get_pipe("govextract_roles").add_person_aliases({"老周": "周一鸣"})
    after = _rows(Document.from_doc(nlp(TEXT)))
    assert ("蓝海集团", "ORG", "蓝海智能集团") in after["entities"] and ("云梦泽", "LOC", "") in after["entities"]
    assert ("周一鸣", "蓝海智能集团首席数据官", "attendee") in after["roles"]
    assert ("老周", "周一鸣") in after["aliases"]
    assert after != before


@pytest.mark.parametrize(("wrong", "error"), [("蓝海集团", TypeError), ([""], ValueError)])
def test_user_lexicon_names_the_argument(nlp, wrong, error):
    with pytest.raises(error, match="names"):
        nlp.get_pipe("govextract_entities").add_organisations(wrong)
    with pytest.raises(ValueError, match="label"):
        nlp.get_pipe("govextract_entities").add_places(["云梦泽"], label="PLACE")


_RELOAD = """
import json, sys
import spacy
from govextract import Document
nlp = spacy.load(sys.argv[1])
docs = [Document.from_doc(nlp(text)) for text in json.loads(sys.argv[2])]
print(json.dumps([d.to_dict() for d in docs], ensure_ascii=False))
"""


def _in_fresh_process(path, texts):
    out = subprocess.run([sys.executable, "-c", _RELOAD, str(path), json.dumps(texts)], capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout)


def test_the_default_pipeline_saves_and_loads(tmp_path):
    govextract.load().to_disk(tmp_path / "nlp")
    here = [govextract.extract(text).to_dict() for text in (PLAIN, TEXT)]
    assert _in_fresh_process(tmp_path / "nlp", [PLAIN, TEXT]) == here


def test_a_user_lexicon_saves_and_loads(nlp, tmp_path):
    nlp.get_pipe("govextract_entities").add_organisations(["蓝海智能集团"], aliases={"蓝海集团": "蓝海智能集团"})
    nlp.get_pipe("govextract_entities").add_titles(["首席数据官"])
    nlp.get_pipe("govextract_roles").add_person_aliases({"老周": "周一鸣"})
    nlp.to_disk(tmp_path / "nlp")
    here = Document.from_doc(nlp(TEXT)).to_dict()
    assert _in_fresh_process(tmp_path / "nlp", [TEXT]) == [here]
    reloaded = spacy.load(tmp_path / "nlp")
    assert reloaded.get_pipe("govextract_roles").person_aliases == {"老周": "周一鸣"}


def test_from_doc_and_extract_agree():
    nlp = govextract.load()
    raw = "２０１９年８月２６日，安平市市長李明遠出席會議。"
    assert Document.from_doc(nlp(raw)).to_dict() == govextract.extract(raw).to_dict()


def test_to_document_is_a_deprecated_alias():
    from govextract.pipeline import to_document

    with pytest.warns(DeprecationWarning, match="from_doc"):
        to_document(govextract.load()("安平市市长李明远出席会议。"))
