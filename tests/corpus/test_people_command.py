"""`govextract people` end to end: the real pipeline over invented releases."""
import csv
import json

from govextract.cli import main

RELEASES = [
    {"id": "a1", "text": "2019年8月26日，甲市市长王小明出席签约仪式并致辞。", "publish_date": "2019-08-27"},
    {"id": "a2", "text": "9月3日，甲市市长王小明会见来访客人。", "publish_date": "2019-09-04"},
]


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_two_releases_naming_one_person_give_one_row_citing_both(tmp_path):
    source, out = tmp_path / "releases.jsonl", tmp_path / "people.csv"
    write_jsonl(source, RELEASES)
    assert main(["people", "--input-jsonl", str(source), "--output-csv", str(out)]) == 0
    rows = [r for r in csv.DictReader(out.open(encoding="utf-8")) if r["person"] == "王小明"]
    assert len(rows) == 1
    row = rows[0]
    assert (row["position"], row["release_ids"], row["releases"]) == ("甲市市长", "a1;a2", "2")
    assert (row["first_seen"], row["last_seen"]) == ("2019-08-26", "2019-09-03")


def test_jsonl_output_and_timeline_from_extracted_records(tmp_path):
    source, extracted = tmp_path / "releases.jsonl", tmp_path / "extracted.jsonl"
    records = [*RELEASES, {"id": "a3", "text": "11月1日，甲市人民政府任命李红为甲市财政局局长。",
                           "publish_date": "2019-11-02"}]
    write_jsonl(source, records)
    assert main(["extract", "--input-jsonl", str(source), "--output-jsonl", str(extracted), "--no-progress"]) == 0
    out, timeline = tmp_path / "people.jsonl", tmp_path / "timeline.csv"
    assert main(["people", "--input-jsonl", str(extracted), "--output-jsonl", str(out),
                 "--timeline", str(timeline)]) == 0
    people = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {"person": "王小明", "release_ids": ["a1", "a2"]}.items() <= next(
        p for p in people if p["person"] == "王小明").items()
    tenures = list(csv.DictReader(timeline.open(encoding="utf-8")))
    assert [(t["office"], t["person"], t["start"], t["start_basis"]) for t in tenures] == [
        ("甲市财政局局长", "李红", "2019-11-01", "appointed")]


def test_bad_records_are_reported_and_the_rest_written(tmp_path, capsys):
    source, out = tmp_path / "releases.jsonl", tmp_path / "people.csv"
    source.write_text(json.dumps(RELEASES[0], ensure_ascii=False) + '\n{"id": "b", "text": 5}\n', encoding="utf-8")
    assert main(["people", "--input-jsonl", str(source), "--output-csv", str(out)]) == 1
    assert "record b" in capsys.readouterr().err
    assert "王小明" in out.read_text(encoding="utf-8")


def test_missing_input_is_an_error(tmp_path):
    assert main(["people", "--input-jsonl", str(tmp_path / "none.jsonl"), "--output-csv", str(tmp_path / "o")]) == 1


def test_db_keeps_the_index_and_is_never_added_to_twice(tmp_path):
    source, out, db = tmp_path / "releases.jsonl", tmp_path / "people.csv", tmp_path / "people.sqlite"
    write_jsonl(source, RELEASES)
    command = ["people", "--input-jsonl", str(source), "--output-csv", str(out), "--db", str(db)]
    assert main(command) == 0 and db.stat().st_size > 0
    assert main(command) == 2
