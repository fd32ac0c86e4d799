"""The rendered page: roles first with links into the text, dates marked inside the text, and the
first screen checked in a real headless Chromium when one is installed."""
import re
import shutil
import subprocess

import pytest

from govextract.cli import main
from govextract.document import DateMention, Document, Entity, Role
from govextract.render import mark_text, render_html

RAW = "8月26日，重慶市市長王小明出席會議。"
DOC = Document(
    text="8月26日，重庆市市长王小明出席会议。",
    entities=(Entity("重庆市", "GPE", 6, 9), Entity("王小明", "PERSON", 11, 14), Entity("重庆", "GPE", 6, 8)),
    roles=(Role("王小明", "重庆市", "市长", "重庆市市长", "attendee", 6, 14),),
    dates=(DateMention("8月26日", "2019-08-26", 0, 5, "date"),),
)


def test_page_marks_raw_text_with_one_mark_per_span():
    page = render_html(RAW, DOC)
    assert page.count("<mark") == 2  # the nested 重庆 yields to 重庆市
    assert "重慶市" in page and "王小明" in page and "PERSON" in page


def test_roles_come_before_the_text_with_organisation_and_a_link_to_where_they_are_written():
    page = render_html(RAW, DOC)
    assert page.index('id="roles"') < page.index('id="text"')
    assert "<th>organisation</th>" in page
    row = re.search(r'<table id="roles">.*?</table>', page).group()
    assert "<td>重庆市</td>" in row and '<a href="#role-0">重慶市市長王小明</a>' in row
    assert '<a class="role" id="role-0"></a>' in page


def test_dates_are_marked_inside_the_text_and_linked_from_the_table():
    page = render_html(RAW, DOC)
    assert '<time class="date" id="date-0" data-value="2019-08-26"' in page
    assert '<a href="#date-0">8月26日</a>' in page


MARKS = [
    # a date inside an entity nests in its mark
    (Document("", entities=(Entity("8月26日会", "EVENT", 0, 6),), dates=(DateMention("8月26日", "x", 0, 5, "date"),)),
     "8月26日会", '<mark class="ent EVENT"', '<time class="date" id="date-0"'),
    # a date crossing an entity keeps an anchor so that the table's link still lands
    (Document("", entities=(Entity("26日会", "EVENT", 2, 6),), dates=(DateMention("8月26日", "x", 0, 5, "date"),)),
     "8月26日会", '<a class="date" id="date-0"></a>', '<mark class="ent EVENT"'),
    # an empty span is an anchor, not an empty mark
    (Document("", dates=(DateMention("明天", "x", 1, 1, "relative"),)), "甲乙",
     '甲<a class="date" id="date-0"></a>乙', ""),
]


@pytest.mark.parametrize(("doc", "raw", "first", "second"), MARKS)
def test_marks_nest_or_become_anchors(doc, raw, first, second):
    marked = mark_text(raw, doc)
    assert first in marked and second in marked
    assert re.sub(r"<[^>]+>", "", re.sub(r'<span class="(label|value)">[^<]*</span>', "", marked)) == raw


def test_render_command_writes_the_page(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(RAW, encoding="utf-8")
    assert main(["render", str(source), "-o", str(tmp_path / "a.html")]) == 0
    assert (tmp_path / "a.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# Written into the page by the test only: where the roles table and the first date mark lie on screen.
PROBE = """<script>window.addEventListener('load', () => {
  const box = id => document.getElementById(id).getBoundingClientRect();
  document.body.dataset.rolesBottom = Math.round(box('roles').bottom);
  document.body.dataset.dateTop = Math.round(box('date-0').top);
  document.body.dataset.dateColour = getComputedStyle(document.getElementById('date-0')).backgroundColor;
});</script></body>"""


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_first_screen_in_headless_chromium(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(render_html(RAW, DOC).replace("</body>", PROBE), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--window-size=900,600", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(["chromium", *flags, "--virtual-time-budget=2000", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120).stdout
    assert dom.count("<mark") == 2 and "PERSON" in dom
    found = dict(re.findall(r'data-(roles-bottom|date-top|date-colour)="([^"]+)"', dom))
    assert int(found["roles-bottom"]) < 600, "the roles table is not on the first screen"
    assert int(found["date-top"]) < 600, "the marked date is not on the first screen"
    assert found["date-colour"] not in ("rgba(0, 0, 0, 0)", "transparent")
    shot = tmp_path / "shot.png"
    subprocess.run(["chromium", *flags, f"--screenshot={shot}", page.as_uri()], capture_output=True, timeout=120)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
