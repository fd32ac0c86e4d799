"""The displaCy page: marks in the HTML, and in a real headless Chromium when one is installed."""
import shutil
import subprocess

import pytest

from govextract.cli import main
from govextract.document import DateMention, Document, Entity, Role
from govextract.render import render_html

RAW = "重慶市市長王小明出席會議。"
DOC = Document(
    text="重庆市市长王小明出席会议。",
    entities=(Entity("重庆市", "GPE", 0, 3), Entity("王小明", "PERSON", 5, 8), Entity("重庆", "GPE", 0, 2)),
    roles=(Role("王小明", "重庆市", "市长", "重庆市市长", "attendee", 0, 8),),
    dates=(DateMention("8月26日", "--08-26", 0, 0, "date"),),
)


def test_page_marks_raw_text_with_one_mark_per_span():
    page = render_html(RAW, DOC)
    assert page.count("<mark") == 2  # the nested 重庆 yields to 重庆市
    assert "重慶市" in page and "王小明" in page and "PERSON" in page
    assert "重庆市市长" in page and "--08-26" in page


def test_render_command_writes_the_page(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(RAW, encoding="utf-8")
    assert main(["render", str(source)]) == 0
    assert (tmp_path / "a.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_page_in_headless_chromium(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(render_html(RAW, DOC), encoding="utf-8")
    shot = tmp_path / "shot.png"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(["chromium", *flags, "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120).stdout
    assert dom.count("<mark") == 2 and "PERSON" in dom
    subprocess.run(["chromium", *flags, f"--screenshot={shot}", "--window-size=900,600", page.as_uri()],
                   capture_output=True, timeout=120)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
