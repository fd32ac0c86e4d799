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
    [data] = json.loads(out)
    assert data["meta"]["encoding"] == encoding
    assert data["text"].startswith("2019年8月26日,重庆市市长")


def test_json_has_entities_roles_and_dates(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    code, out = run(["extract", str(path), "--format", "json", "--publish-date", "2019-08-27"])
    [data] = json.loads(out)
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
    err = capsys.readouterr().err
    assert code == 2 and "--publish-date" in err and "2019-02-30" in err and len(err.splitlines()) == 1
    assert "None" not in err and "datetime" not in err


def test_console_script_runs_as_a_module(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "govextract", "extract", str(path), "--format", "jsonl"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and json.loads(result.stdout)["text"].startswith("2019年")


def test_version(capsys):
    import govextract

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0 and capsys.readouterr().out.strip() == f"govextract {govextract.__version__}"


def test_every_option_says_what_it_does_and_its_default():
    from govextract.cli import COMMANDS, HelpFormatter, build_parser

    parser = build_parser()
    assert "argument parsing" not in parser.format_help()
    commands = next(a for a in parser._actions if a.dest == "command")
    assert set(commands.choices) == {name for name, _add, _run in COMMANDS}
    for name, sub in commands.choices.items():
        for action in sub._actions:
            assert action.help, f"{name} {action.option_strings or action.dest} has no help"
            shown = HelpFormatter("x")._get_help_string(action)
            if action.default not in (None, False, "==SUPPRESS=="):
                assert "default" in shown, f"{name} {action.option_strings} hides its default"


def test_json_is_always_a_list(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    for args in ([str(path)], [str(path), str(path)], [str(path), str(tmp_path / "missing.txt")]):
        code, out = run(["extract", *args, "--format", "json"])
        assert isinstance(json.loads(out), list) and len(json.loads(out)) == args.count(str(path))
    code, out = run(["extract", str(tmp_path / "missing.txt"), "--format", "json"])
    assert code == 1 and json.loads(out) == []


@pytest.mark.parametrize("args, words", [
    (["a.txt", "--input-jsonl", "in.jsonl", "--output-jsonl", "o.jsonl"], "FILE arguments"),
    (["a.txt", "--output-csv", "o.csv"], "--output-csv needs"),
    (["--input-jsonl", "in.jsonl", "--input-csv", "in.csv", "--output-jsonl", "o.jsonl"], "one of"),
    (["a.txt", "--publish-date", "yesterday"], "not a date"),
])
def test_conflicting_options_exit_2_with_one_line(tmp_path, monkeypatch, capsys, args, words):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "in.jsonl").write_text("{}\n", encoding="utf-8")
    code, out = run(["extract", *args])
    err = capsys.readouterr().err
    assert code == 2 and out == "" and words in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("written", [
    "2019-08-27", "2019/08/27", "2019/8/27", "20190827", "2019.08.27", "2019年8月27日"])
def test_publish_date_as_users_write_it(tmp_path, written):
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    code, out = run(["extract", str(path), "--format", "json", "--publish-date", written])
    assert code == 0 and json.loads(out)[0]["publish_date"] == "2019-08-27"


def test_backend_option_is_checked(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["extract", "-", "--backend", "nope"])
    assert exit_.value.code == 2 and "default" in capsys.readouterr().err


def test_table_columns_line_up_in_display_width(tmp_path):
    from govextract.cli_io import display_width

    path = tmp_path / "a.txt"
    path.write_text("2019年8月26日，重庆市市长王小明、副市长李四出席会议。8月27日上午，会议闭幕。", encoding="utf-8")
    code, out = run(["extract", str(path)])
    lines = out.splitlines()
    dates = lines[lines.index("Dates") + 1:]
    assert len(dates) >= 2
    starts = {display_width(line[: line.index("2019-08-2")]) for line in dates}  # the value column
    assert len(starts) == 1
    assert display_width("重庆a") == 5


def test_render_dash_writes_standard_output(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out = run(["render", "-"], stdin_bytes=SENTENCE.encode())
    assert code == 0 and out.startswith("<!DOCTYPE html>") and not (tmp_path / "govextract.html").exists()
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    code, out = run(["render", str(path), "-o", "-"])
    assert code == 0 and "</html>" in out


@pytest.mark.parametrize("args", [
    ["render", "{a}", "-o", "/nonexistent/dir/x.html"],
    ["extract", "--input-jsonl", "{j}", "--output-jsonl", "/nonexistent/dir/out.jsonl"],
    ["extract", "--input-jsonl", "{j}", "--output-jsonl", "{tmp}/o.jsonl", "--errors", "/nonexistent/dir/e.jsonl"],
])
def test_unwritable_paths_give_one_line_naming_the_path(tmp_path, capsys, args):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "1", "text": SENTENCE}) + "\n", encoding="utf-8")
    args = [a.format(a=tmp_path / "a.txt", j=tmp_path / "in.jsonl", tmp=tmp_path) for a in args]
    code, _ = run(args + (["--no-progress"] if args[0] == "extract" else []))
    err = capsys.readouterr().err
    assert code == 1 and "/nonexistent/dir/" in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_a_closed_pipe_ends_quietly(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "a.txt"
    path.write_text(SENTENCE * 50, encoding="utf-8")
    script = f"{sys.executable} -m govextract extract {path} {path} {path} {path} --format jsonl | head -c 10"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", script], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr and "Error" not in result.stderr
    assert result.returncode in (0, 141)
