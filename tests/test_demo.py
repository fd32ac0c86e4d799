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


def test_demo_runs_on_its_own_release_where_the_seed_is_absent(tmp_path):
    """A clone with no ../shared beside it still has a working demo (the README's first command)."""
    alone = tmp_path / "repo" / "examples" / "demo.py"
    alone.parent.mkdir(parents=True)
    alone.write_text(DEMO.read_text(encoding="utf-8"), encoding="utf-8")
    run = subprocess.run([sys.executable, str(alone)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "invented release" in run.stdout
    assert "周红梅    西江省副省长  [signatory]" in run.stdout and "2024-05-20" in run.stdout


def test_demo_reports_a_missing_path(tmp_path):
    run = subprocess.run([sys.executable, str(DEMO), str(tmp_path / "none.txt")], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 1 and "not found" in run.stderr and "Traceback" not in run.stderr
