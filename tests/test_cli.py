"""The command line: exit codes, output shapes, encodings."""
import io
import json

import pytest

from govextract.cli import main

SENTENCE = "2019年8月26日，重慶市市長王小明出席會議。"


def run(args, stdin_bytes=b""):
    out = io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(stdin_bytes), encoding="utf-8")
    code = main(args, stdin=stdin, stdout=out)
    return code, out.getvalue()


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5"])
def test_encodings_are_detected_and_reported(tmp_path, encoding):
    path = tmp_path / "in.txt"
    text = SENTENCE if encoding != "gb18030" else "2019年8月26日，重庆市市长王小明出席会议并讲话。"
    path.write_bytes(text.encode(encoding))
    code, out = run(["extract", str(path), "--format", "json"])
    assert code == 0
    data = json.loads(out)
    assert data["meta"]["encoding"] == encoding
    assert data["text"].startswith("2019年8月26日,重庆市市长")


def test_json_has_entities_roles_and_dates(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    code, out = run(["extract", str(path), "--format", "json", "--publish-date", "2019-08-27"])
    data = json.loads(out)
    assert code == 0 and {"entities", "roles", "dates"} <= set(data)
    assert data["publish_date"] == "2019-08-27"


def test_jsonl_prints_one_object_per_file_and_stdin(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    code, out = run(["extract", str(path), "-", "--format", "jsonl"], stdin_bytes=SENTENCE.encode())
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 2
    assert [json.loads(line)["meta"]["source"] for line in lines] == [str(path), "-"]


def test_table_is_the_default(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    code, out = run(["extract", str(path)])
    assert code == 0 and out.startswith(f"== {path} (utf-8")


@pytest.mark.parametrize("make, message", [
    (lambda p: None, "does not exist"),
    (lambda p: p.write_bytes(b""), "is empty"),
    (lambda p: p.write_bytes(bytes(range(128, 256)) * 8), "is not UTF-8, GB18030 or Big5"),
    (lambda p: p.mkdir(), "is a directory"),
])
def test_bad_files_give_one_line_and_non_zero_exit(tmp_path, capsys, make, message):
    path = tmp_path / "bad.txt"
    make(path)
    code, out = run(["extract", str(path)])
    err = capsys.readouterr().err
    assert code == 1 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_bad_publish_date_exits_2(tmp_path, capsys):
    code, _ = run(["extract", "-", "--publish-date", "2019-02-30"], stdin_bytes=b"x")
    assert code == 2 and "publish_date" in capsys.readouterr().err


def test_console_script_runs_as_a_module(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "govextract", "extract", str(path), "--format", "jsonl"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and json.loads(result.stdout)["text"].startswith("2019年")
