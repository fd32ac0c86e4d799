"""The task pages' Python examples run as written (docs/tasks/*.md, docs/people.md)."""
import importlib
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"
PAGES = sorted([*DOCS.glob("tasks/*.md"), DOCS / "people.md"])
# A fenced python block, optionally after <!-- needs: module.attr.path --> naming an API it waits for.
BLOCK = re.compile(r"(?:<!-- needs: (?P<needs>[\w.]+) -->\n)?```python\n(?P<code>.*?)```", re.S)
RELEASES = {"a.txt": "8月26日，甲市市长王小明出席签约仪式。\n\n会议由甲市副市长李红主持。\n",
            "b.txt": "9月3日，乙市召开会议。\n"}


def _present(dotted: str) -> bool:
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            thing = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:]:
            if not hasattr(thing, name):
                return False
            thing = getattr(thing, name)
        return True
    return False


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_page_examples_run(page, tmp_path):
    text = page.read_text(encoding="utf-8")
    blocks = list(BLOCK.finditer(text))
    assert blocks, f"{page.name} has no python example"
    for name, release in RELEASES.items():
        (tmp_path / name).write_text(release, encoding="utf-8")
    namespace = {"tmp_folder": str(tmp_path), "__name__": "docs_example"}
    ran = 0
    for block in blocks:
        if block["needs"] and not _present(block["needs"]):
            continue
        line = text.count("\n", 0, block.start("code")) + 1
        code = "\n" * (line - 1) + block["code"]  # tracebacks give the page's own line numbers
        exec(compile(code, str(page), "exec"), namespace)  # noqa: S102
        ran += 1
    if not ran:
        pytest.skip(f"{page.name}: its examples wait for APIs not yet present")
