"""The people index: one row per person and position, the merging rules, the office timeline."""
import datetime as dt
import tracemalloc

import pytest

from govextract.corpus import PeopleIndex, people_frame, timeline_frame
from govextract.document import Alias, DateMention, Document, Entity, Role


def release(day, *roles, text="", aliases=(), people=(), places=()):
    """A hand-made Document: roles as (person, org, title, part), bare person names, places."""
    role_items = tuple(Role(p, o, t, f"{o or ''}{t}", part, 0, 1) for p, o, t, part in roles)
    entities = tuple(Entity(name, "PERSON", 0, 1) for name in people)
    entities += tuple(Entity(name, "GPE", 0, 1) for name in places)
    date = dt.date.fromisoformat(day)
    return Document(text=text, entities=entities, roles=role_items, aliases=tuple(aliases),
                    dates=(DateMention(day, day, 0, 1, "date"),), publish_date=date)


def rows(*docs):
    with PeopleIndex() as index:
        for number, doc in enumerate(docs, 1):
            index.add(doc, f"r{number}")
        return [(r.person, r.region, r.position, r.first_seen, r.last_seen, r.release_ids, r.parts)
                for r in index.people()]


def test_two_releases_naming_one_person_give_one_row_citing_both():
    assert rows(
        release("2019-08-26", ("王小明", "甲市", "市长", "attendee")),
        release("2019-09-03", ("王小明", "甲市", "市长", "meets")),
    ) == [("王小明", None, "甲市市长", "2019-08-26", "2019-09-03", ("r1", "r2"), ("attendee", "meets"))]


def test_canonical_organisation_names_merge_rows():
    short = Document(text="", entities=(Entity("重庆", "GPE", 0, 2, "重庆市"),),
                     roles=(Role("李红", "重庆", "市长", "重庆市长", None, 0, 1),), publish_date=dt.date(2019, 8, 26))
    full = release("2019-09-01", ("李红", "重庆市", "市长", "host"))
    assert [(r[2], r[5]) for r in rows(short, full)] == [("重庆市市长", ("r1", "r2"))]


def test_same_name_in_two_provinces_stays_two_people():
    found = rows(
        release("2019-01-05", ("张小伟", "四川省财政厅", "厅长", None)),
        release("2019-02-05", ("张小伟", "河南省", "副省长", None)),
    )
    assert [(r[0], r[1]) for r in found] == [("张小伟", "四川省"), ("张小伟", "河南省")]


def test_a_name_without_region_joins_its_only_region():
    found = rows(
        release("2019-01-05", ("张小伟", "四川省财政厅", "厅长", None)),
        release("2019-02-05", people=["张小伟"]),
    )
    assert [(r[1], r[2], r[5]) for r in found] == [("四川省", "四川省财政厅厅长", ("r1",)), ("四川省", "", ("r2",))]


def test_a_name_in_two_regions_leaves_the_unplaced_mention_alone():
    found = rows(
        release("2019-01-05", ("张小伟", "四川省财政厅", "厅长", None)),
        release("2019-02-05", ("张小伟", "河南省", "副省长", None)),
        release("2019-03-05", people=["张小伟"]),
    )
    assert [r[1] for r in found] == [None, "四川省", "河南省"]


def test_shared_titles_place_nobody():
    found = rows(
        release("2019-01-05", ("张小伟", "四川省", "政协委员", None)),
        release("2019-02-05", ("张小伟", "河南省", "副省长", None)),
    )
    assert [(r[1], r[2]) for r in found] == [("河南省", "四川省政协委员"), ("河南省", "河南省副省长")]


def test_title_without_organisation_folds_into_the_one_position_with_that_title():
    found = rows(
        release("2019-01-05", ("王小明", "甲市", "市长", None)),
        release("2019-02-05", ("王小明", None, "市长", "speaker")),
    )
    assert [(r[2], r[5]) for r in found] == [("甲市市长", ("r1", "r2"))]


def test_alias_in_a_release_without_the_full_name_joins_the_one_holder():
    with PeopleIndex() as index:
        index.add(release("2019-08-26", ("王小明", "甲市", "市长", None),
                          aliases=[Alias("王市长", "王小明", 0, 3)]), "r1")
        index.add(release("2019-10-05", text="10月5日，王市长在甲市调研。"), "r2")
        index.add(release("2019-10-06", text="赵市长出席。"), "r3")  # no 赵 holds 市长: nobody
        [row] = list(index.people())
    assert (row.person, row.release_ids, row.last_seen, row.aliases) == ("王小明", ("r1", "r2"), "2019-10-05",
                                                                          ("王市长",))


def test_an_alias_two_holders_could_bear_resolves_to_nobody():
    with PeopleIndex() as index:
        index.add(release("2019-08-26", ("王小明", "甲市", "市长", None)), "r1")
        index.add(release("2019-08-27", ("王大山", "乙市", "市长", None)), "r2")
        index.add(release("2019-10-05", text="王市长出席。"), "r3")
        assert {r.release_ids for r in index.people()} == {("r1",), ("r2",)}


def test_timeline_of_an_office_from_appointments_and_removals():
    with PeopleIndex() as index:
        index.add(release("2019-03-01", ("赵刚", "乙省财政厅", "厅长", None)), "r1")
        index.add(release("2019-11-01", ("张小伟", "乙省财政厅", "厅长", "appointed"),
                          ("赵刚", "乙省财政厅", "厅长", "removed")), "r2")
        index.add(release("2019-12-01", ("张小伟", "乙省财政厅", "厅长", "speaker")), "r3")
        index.add(release("2019-12-02", ("张小伟", "乙省", "省长助理", "speaker")), "r4")  # no appointment: no timeline
        found = [(t.office, t.person, t.start, t.start_basis, t.end, t.end_basis) for t in index.timeline()]
    assert found == [
        ("乙省财政厅厅长", "赵刚", "2019-03-01", "first_seen", "2019-11-01", "removed"),
        ("乙省财政厅厅长", "张小伟", "2019-11-01", "appointed", "2019-12-01", "last_seen"),
    ]


def test_frames_have_the_row_fields():
    pytest.importorskip("pandas")
    docs = [release("2019-08-26", ("王小明", "甲市", "市长", "appointed"))]
    frame = people_frame(docs, ids=["a"])
    assert list(frame.columns)[:3] == ["person", "region", "position"]
    assert frame.loc[0, "release_ids"] == ["a"]
    assert timeline_frame(docs, ids=["a"]).loc[0, "office"] == "甲市市长"


def test_the_index_keeps_rows_on_disk(tmp_path):
    """Memory stays flat: 5000 releases leave the Python heap small; the rows are in SQLite."""
    path = tmp_path / "people.sqlite"
    tracemalloc.start()
    with PeopleIndex(path) as index:
        for number in range(5000):
            index.add(release("2019-08-26", (f"王{chr(0x4e00 + number)}", "甲市", f"局长{number % 7}", None)),
                      number)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert sum(1 for _ in index.people()) == 5000
    assert peak < 5_000_000 and path.stat().st_size > 100_000


def test_add_refuses_what_is_not_a_document():
    with PeopleIndex() as index, pytest.raises(TypeError, match="Document"):
        index.add("text", "r1")


def test_a_title_of_a_level_without_organisation_belongs_to_the_releases_place():
    found = rows(release("2019-01-05", ("王小明", None, "市长", None), places=["甲市", "乙县"]))
    assert [(r[2]) for r in found] == ["甲市市长"]


def test_a_level_word_organisation_folds_into_the_one_full_name_ending_so():
    found = rows(
        release("2019-01-05", ("王小明", "青岛市委", "书记", None), ("王小明", "山东省委", "常委", None)),
        release("2019-02-05", ("王小明", "市委", "书记", "speaker")),
    )
    assert [(r[2], r[5]) for r in found] == [("山东省委常委", ("r1",)), ("青岛市委书记", ("r1", "r2"))]


def test_in_a_sole_office_the_next_appointment_ends_the_tenure():
    with PeopleIndex() as index:
        index.add(release("2019-01-05", ("王小明", "甲市", "市长", "speaker")), "r1")
        index.add(release("2019-06-01", ("王小明", "甲市", "市长", "host")), "r2")
        index.add(release("2019-09-01", ("李红", "甲市", "市长", "appointed")), "r3")
        index.add(release("2019-09-02", ("赵刚", "甲市", "副市长", "appointed")), "r4")
        index.add(release("2019-10-02", ("钱明", "甲市", "副市长", "appointed")), "r5")
        found = [(t.office, t.person, t.start, t.end, t.end_basis) for t in index.timeline()]
    assert found == [
        ("甲市副市长", "赵刚", "2019-09-02", "2019-09-02", "last_seen"),   # deputies: several at once
        ("甲市副市长", "钱明", "2019-10-02", "2019-10-02", "last_seen"),
        ("甲市市长", "王小明", "2019-01-05", "2019-09-01", "succeeded"),
        ("甲市市长", "李红", "2019-09-01", "2019-09-01", "last_seen"),
    ]
