"""Batch mode of the command line: JSONL/CSV in and out, errors file, resume, processes."""
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


def errors_of(path):
    return read_jsonl(path) if path.exists() else []


def test_resume_never_writes_an_error_twice_and_reads_back_errors(tmp_path):
    source, out, err = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    write_jsonl(source, [json.dumps({"id": "a", "text": GOOD}), "{bad", json.dumps({"id": "b", "text": None}),
                         json.dumps({"id": "c", "text": GOOD})])
    args = ["extract", "--input-jsonl", str(source), "--output-jsonl", str(out), "--errors", str(err)]
    assert run(args) == 1
    first = errors_of(err)
    for _ in range(2):
        run(args + ["--resume"])
    assert errors_of(err) == first and len(first) == 2
    assert [r["id"] for r in read_jsonl(out)] == ["a", "c"]


def test_ids_and_line_numbers_never_meet(tmp_path):
    source, out, err = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    write_jsonl(source, [json.dumps({"id": "2", "text": GOOD}), json.dumps({"text": GOOD}), "not json"])
    run(["extract", "--input-jsonl", str(source), "--output-jsonl", str(out), "--errors", str(err)])
    assert [(r["id"], r["line"]) for r in read_jsonl(out)] == [("2", 1), (None, 2)]
    assert [(r["id"], r["line"]) for r in errors_of(err)] == [(None, 3)]
    out.write_text(out.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")  # lost the id-less one
    run(["extract", "--input-jsonl", str(source), "--output-jsonl", str(out), "--errors", str(err), "--resume"])
    assert [(r["id"], r["line"]) for r in read_jsonl(out)] == [("2", 1), (None, 2)]


def test_duplicate_ids_are_reported_not_dropped(tmp_path):
    source, out, err = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    write_jsonl(source, [json.dumps({"id": "x", "text": GOOD}), json.dumps({"id": "x", "text": GOOD + "又"})])
    args = ["extract", "--input-jsonl", str(source), "--output-jsonl", str(out), "--errors", str(err)]
    assert run(args) == 1
    assert [r["line"] for r in read_jsonl(out)] == [1]
    [error] = errors_of(err)
    assert error["line"] == 2 and error["id"] == "x" and "duplicate id" in error["error"] and "line 1" in error["error"]
    run(args + ["--resume"])
    assert len(errors_of(err)) == 1 and len(read_jsonl(out)) == 1


@pytest.mark.parametrize("line, words", [
    (b'{"id": "n", "text": null}\n', "is null, not a string"),
    (b'{"id": "m"}\n', "is missing"),
    (b'{"id": "q", "text": "x" \n', "column"),
    (b'[1, 2]\n', "not a JSON object"),
])
def test_error_reasons_say_what_is_wrong(tmp_path, line, words):
    source, out, err = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    write_jsonl(source, [line])
    run(["extract", "--input-jsonl", str(source), "--output-jsonl", str(out), "--errors", str(err)])
    assert words in errors_of(err)[0]["error"]


def test_a_byte_order_mark_is_accepted(tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, [b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": GOOD}).encode() + b"\n"])
    assert run(["extract", "--input-jsonl", str(source), "--output-jsonl", str(out)]) == 0
    assert [r["id"] for r in read_jsonl(out)] == ["a"]


def test_an_exception_inside_a_record_is_its_error_record_and_the_batch_goes_on(tmp_path, monkeypatch):
    import govextract.batch

    real = govextract.batch.extract

    def fragile(text, date=None, **kwargs):
        if "BOOM" in text:
            raise RuntimeError("boom\nsecond line")
        return real(text, date, **kwargs)

    monkeypatch.setattr(govextract.batch, "extract", fragile)
    source, out, err = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    write_jsonl(source, [json.dumps({"id": str(i), "text": "BOOM" if i == 1 else GOOD}) for i in range(3)])
    assert run(["extract", "--input-jsonl", str(source), "--output-jsonl", str(out), "--errors", str(err)]) == 1
    assert [r["id"] for r in read_jsonl(out)] == ["0", "2"]
    assert errors_of(err) == [{"line": 2, "id": "1", "error": "boom", "exception": "RuntimeError"}]


def test_publish_date_option_is_the_default_for_records(tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, [json.dumps({"id": "a", "text": GOOD}),
                         json.dumps({"id": "b", "text": GOOD, "publish_date": "2020-01-02"})])
    run(["extract", "--input-jsonl", str(source), "--output-jsonl", str(out), "--publish-date", "2019/08/27"])
    assert [r["publish_date"] for r in read_jsonl(out)] == ["2019-08-27", "2020-01-02"]


def test_csv_rows_are_the_flat_rows_of_frames(tmp_path):
    from govextract import extract
    from govextract.frames import ROW_FIELDS, document_rows

    source, out = tmp_path / "in.jsonl", tmp_path / "out.csv"
    write_jsonl(source, [json.dumps({"id": "a", "text": GOOD})])
    run(["extract", "--input-jsonl", str(source), "--output-csv", str(out)])
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    expected = [{k: "" if row.get(k) is None else str(row[k]) for k in ROW_FIELDS}
                for row in document_rows("a", extract(GOOD), 1)]
    assert rows == expected and {"entity", "role", "date"} <= {row["kind"] for row in rows}


@pytest.mark.slow
def test_a_huge_record_a_bad_one_and_sigkill_finish_on_resume(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    huge = ("2019年8月26日，甲江市市长王小明出席会议。\n" * 60000)[:1_300_000]
    source, out, err = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    lines = [json.dumps({"id": str(i), "text": GOOD}) for i in range(40)]
    lines[5] = json.dumps({"id": "huge", "text": huge}, ensure_ascii=False)
    lines[7] = json.dumps({"id": "num", "text": 7})
    write_jsonl(source, lines)
    args = [sys.executable, "-m", "govextract", "extract", "--input-jsonl", str(source), "--output-jsonl", str(out),
            "--errors", str(err), "--no-progress"]
    process = subprocess.Popen(args, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and not (out.exists() and b'"id": "4"' in out.read_bytes()):
        time.sleep(0.2)
    time.sleep(2)  # inside the huge record
    process.send_signal(signal.SIGKILL)
    process.wait()
    for _ in range(2):
        subprocess.run(args + ["--resume"], timeout=600, stderr=subprocess.DEVNULL)
    ids = [r["id"] for r in read_jsonl(out)]
    assert sorted(ids) == sorted({str(i) for i in range(40) if i not in (5, 7)} | {"huge"})
    assert [(e["id"], e["line"]) for e in errors_of(err)] == [("num", 8)]
    [doc] = [r for r in read_jsonl(out) if r["id"] == "huge"]
    assert len(doc["entities"]) > 100_000 // 10
    assert all(huge[e["start"]:e["end"]] == e["text"] for e in doc["entities"])
