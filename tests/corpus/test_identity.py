"""Regions of organisations, shared titles and a release's event date, as tables."""
import datetime as dt

import pytest

from govextract.corpus.identity import canonical_org, event_date, is_shared_title, region_of
from govextract.document import DateMention, Document, Entity

REGIONS = [
    ("四川省", "四川省"),
    ("四川省财政厅", "四川省"),
    ("成都市人民政府", "四川省"),       # a prefecture places its province
    ("重庆", "重庆市"),                 # short forms of provinces and prefectures
    ("重庆市通信管理局", "重庆市"),
    ("政协第五届成都市委员会", "四川省"),  # a full division name inside
    ("中共成都市委", "四川省"),
    ("国务院", None),                  # a national body has no region
    ("甲市", None),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize(("org", "region"), REGIONS)
def test_region_of(org, region):
    assert region_of(org) == region


SHARED = [("委员", True), ("全国政协委员", True), ("人大代表", True), ("市长", False), ("副省长", False),
          ("党组书记", False)]


@pytest.mark.parametrize(("title", "shared"), SHARED)
def test_is_shared_title(title, shared):
    assert is_shared_title(title) is shared


def test_canonical_org_prefers_the_documents_own_canonical():
    doc = Document(text="重庆", entities=(Entity("重庆", "GPE", 0, 2, "重庆市"),))
    assert canonical_org("重庆", doc) == "重庆市"
    assert canonical_org("工信部") == "工业和信息化部"
    assert canonical_org("甲市") == "甲市"
    assert canonical_org(None) is None


def _doc(publish, *values):
    dates = tuple(DateMention(v, v, 0, 1, "date") for v in values)
    return Document(text="", dates=dates, publish_date=publish)


EVENT_DATES = [
    (_doc(dt.date(2019, 8, 27), "2019-08-26"), dt.date(2019, 8, 26)),          # the day reported
    (_doc(dt.date(2019, 8, 27), "1949-10-01", "2019-08-26"), dt.date(2019, 8, 26)),  # history skipped
    (_doc(dt.date(2019, 8, 27), "2019-09-30"), dt.date(2019, 8, 27)),          # a plan: publish date
    (_doc(dt.date(2019, 8, 27)), dt.date(2019, 8, 27)),
    (_doc(None, "2019-08-26"), dt.date(2019, 8, 26)),
    (_doc(None, "--08-26"), None),
    (_doc(None), None),
]


@pytest.mark.parametrize(("doc", "day"), EVENT_DATES)
def test_event_date(doc, day):
    assert event_date(doc) == day


def _about(*places):
    return Document(text="", entities=tuple(Entity(p, "GPE", 0, 1) for p in places))


RELATIVE = [
    ("市公安局", _about("甲市", "乙县", "甲市"), "甲市公安局"),
    ("市委", _about("甲市", "甲市"), "甲市委"),
    ("市委", _about("乙市", "甲市", "甲市"), "市委"),              # two cities: left as written
    ("区政府", _about("丙区"), "丙区政府"),
    ("市公安局", _about("乙县"), "市公安局"),                    # no city named: left as written
    ("市", _about("甲市"), "市"),
]


@pytest.mark.parametrize(("org", "doc", "full"), RELATIVE)
def test_a_bare_level_word_means_the_releases_own_place(org, doc, full):
    assert canonical_org(org, doc) == full
