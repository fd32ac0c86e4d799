"""Batch mode: JSONL/CSV in and out, errors file, resume, processes."""
import csv
import io
import json

import pytest

from govextract.cli import main

GOOD = "2019年8月26日，重慶市市長王小明出席會議。"


def write_jsonl(path, lines):
    path.write_bytes(b"".join(line if isinstance(line, bytes) else (line + "\n").encode() for line in lines))


def run(args):
    out = io.StringIO()
    code = main(args + ["--no-progress"], stdin=io.StringIO(), stdout=out)
    return code


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_bad_records_go_to_errors_and_the_rest_come_out(tmp_path):
    source, out, err = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    write_jsonl(source, [
        json.dumps({"id": "a", "text": GOOD, "publish_date": "2019-08-27"}),
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": 42}),
        b"\xff\xfe not utf-8\n",
        json.dumps({"id": "d", "text": GOOD, "publish_date": "2019-02-30"}),
        json.dumps({"id": "e", "text": GOOD}),
        '{"id": "f", "text": "trunc',
    ])
    code = run(["extract", "--input-jsonl", str(source), "--output-jsonl", str(out), "--errors", str(err)])
    assert code == 1
    assert [r["id"] for r in read_jsonl(out)] == ["a", "e"]
    assert read_jsonl(out)[0]["publish_date"] == "2019-08-27"
    errors = {r["line"]: r for r in read_jsonl(err)}
    assert set(errors) == {2, 3, 4, 5, 7}
    assert [errors[n]["id"] for n in (2, 3, 4, 5, 7)] == ["b", "c", None, "d", None]
    assert "missing" in errors[2]["error"] and "not a string" in errors[3]["error"]
    assert "UTF-8" in errors[4]["error"] and "not a date" in errors[5]["error"]
    assert "bad JSON" in errors[7]["error"] and "column" in errors[7]["error"]


def test_resume_skips_ids_in_out_and_repairs_a_truncated_last_line(tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, [json.dumps({"id": str(i), "text": GOOD}) for i in range(4)])
    assert run(["extract", "--input-jsonl", str(source), "--output-jsonl", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    out.write_text(lines[0] + "\n" + lines[1][:20], encoding="utf-8")  # a crash mid-record
    assert run(["extract", "--input-jsonl", str(source), "--output-jsonl", str(out), "--resume"]) == 0
    assert [r["id"] for r in read_jsonl(out)] == ["0", "1", "2", "3"]


def test_csv_in_and_out_with_named_fields(tmp_path):
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    with source.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["doc", "body", "date"])
        writer.writerow(["x1", GOOD, "2019-08-27"])
        writer.writerow(["x2", "", ""])
    code = run(["extract", "--input-csv", str(source), "--output-csv", str(out),
                "--text-field", "body", "--id-field", "doc", "--date-field", "date"])
    assert code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert {row["id"] for row in rows} == {"x1", "x2"}
    assert all(row["kind"] in ("entity", "role", "date", "") for row in rows)


def test_two_processes_give_the_same_output(tmp_path):
    source = tmp_path / "in.jsonl"
    write_jsonl(source, [json.dumps({"id": str(i), "text": GOOD * (i + 1)}) for i in range(6)])
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run(["extract", "--input-jsonl", str(source), "--output-jsonl", str(one)]) == 0
    assert run(["extract", "--input-jsonl", str(source), "--output-jsonl", str(two), "--n-process", "2"]) == 0
    assert read_jsonl(one) == read_jsonl(two)


@pytest.mark.parametrize("args, code", [
    (["--input-jsonl", "missing.jsonl", "--output-jsonl", "o.jsonl"], 1),
    (["--input-jsonl", "x.jsonl"], 2),
])
def test_batch_usage_errors(tmp_path, monkeypatch, args, code):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.jsonl").write_text("{}\n")
    assert run(["extract", *args]) == code


def test_ctrl_c_leaves_out_valid_up_to_the_last_whole_record(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, [json.dumps({"id": str(i), "text": GOOD * 20}) for i in range(20000)])
    process = subprocess.Popen(
        [sys.executable, "-m", "govextract", "extract", "--input-jsonl", str(source),
         "--output-jsonl", str(out), "--no-progress"],
        stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 20000):
        time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130 and "interrupted" in err
    records = read_jsonl(out)  # every line parses: no half-written record
    assert 0 < len(records) < 20000
    assert [r["id"] for r in records] == [str(i) for i in range(len(records))]
