"""pandas frames and Dask runs give what extract gives."""
import pytest

import govextract

TEXTS = ["2019年8月26日，重慶市市長王小明出席會議。", "2020年1月2日，副市長李大華主持會議。"]


def test_to_frames_has_one_row_per_item_with_doc_ids():
    pytest.importorskip("pandas")
    from govextract.frames import to_frames

    docs = [govextract.extract(t) for t in TEXTS]
    frames = to_frames(docs, ids=["a", "b"])
    assert set(frames) == {"entities", "roles", "dates"}
    assert len(frames["dates"]) == sum(len(d.dates) for d in docs)
    assert set(frames["entities"]["doc_id"]) <= {"a", "b"}
    assert list(frames["roles"].columns)[:3] == ["doc_id", "person", "org"]
    with pytest.raises(TypeError, match="Documents"):
        to_frames(["not a document"])


def test_dask_bag_on_a_two_worker_local_cluster_matches_extract():
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    import dask.bag as db

    from govextract.dask import documents, extract_bag

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        texts = db.from_sequence(TEXTS * 2, npartitions=2)
        dates = db.from_sequence(["2019-08-27", None] * 2, npartitions=2)
        records = extract_bag(texts, dates).compute()
    expected = [govextract.extract(t, d).to_dict() for t, d in zip(TEXTS * 2, ["2019-08-27", None] * 2)]
    assert records == expected
    assert [d.to_dict() for d in documents(records)] == expected
