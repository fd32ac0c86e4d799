"""examples/demo.py: each place once by its canonical name, no fragments, event roles as in JSON."""
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from govextract.document import Document, Entity, Role

DEMO = Path(__file__).resolve().parents[1] / "examples" / "demo.py"
SPEC = importlib.util.spec_from_file_location("demo", DEMO)
demo = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(demo)

DOC = Document(
    text="甲市市长王小明在甲市科技局见证。甲市……",
    entities=(
        Entity("甲市", "GPE", 0, 2, None),
        Entity("王小明", "PERSON", 4, 7),
        Entity("甲市科技局", "ORG", 8, 13),
        Entity("甲市", "GPE", 8, 10),                 # inside 甲市科技局: a fragment
        Entity("科技局", "ORG", 10, 13),               # a fragment too
        Entity("甲", "GPE", 16, 17, "甲市"),           # a short form of 甲市
    ),
    roles=(Role("王小明", "甲市", "市长", "甲市市长", "witness", 0, 7),),
)


def test_places_listed_once_by_canonical_name_with_their_short_forms():
    assert demo.distinct_names(DOC, "GPE") == {"甲市": ["甲"]}


def test_nested_fragments_are_not_listed():
    assert demo.distinct_names(DOC, "ORG") == {"甲市科技局": []}


def test_event_roles_print_as_the_json_values(capsys):
    demo.show(DOC)
    out = capsys.readouterr().out
    assert "[witness]" in out and "witnesses" not in out
    assert "甲市  (also written 甲)" in out


@pytest.mark.skipif(not demo.SEED.exists(), reason="the reference article (../shared/seed) is absent")
def test_demo_on_the_reference_article():
    out = subprocess.run([sys.executable, str(DEMO)], capture_output=True, text=True, check=True, timeout=300).stdout
    places = out.split("Places")[1].split("Other places")[0]
    assert places.count("重庆") == 2 and "重庆市  (also written 重庆)" in places  # one line, both forms
    assert "witnesses" not in out and "[witness]" in out
