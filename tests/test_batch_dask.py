"""--dask: files parsed on a Dask cluster (a LocalCluster started here), the store
written by the client; paths are the client's, failures recorded as locally."""

import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES

from convention_parser.batch import BatchSettings
from convention_parser.store import ingest, run_sql

distributed = pytest.importorskip("distributed")

MINUTES = FIXTURES / "minutes"


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as c:
        yield c


def test_ingest_on_a_local_cluster(cluster, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(MINUTES / "minutes-del-themes.pdf", folder / "a.pdf")
    shutil.copy(MINUTES / "minutes-slash-roman.pdf", folder / "b.pdf")
    (folder / "c.pdf").write_bytes(b"%PDF-1.7\n% cut short")
    db = tmp_path / "d.duckdb"
    settings = BatchSettings(dask=cluster.scheduler_address)
    report = ingest([folder], db, settings)
    assert [(f.path.name, f.status) for f in report.files] == [("a.pdf", "parsed"), ("b.pdf", "parsed"),
                                                               ("c.pdf", "failed")]
    _, docs = run_sql(db, "SELECT path, status, json_extract_string(result, '$.source.path') FROM documents ORDER BY path")
    # The records carry the client's paths, not the workers' temporary copies.
    assert [(Path(p).name, s, Path(src).name if src else None) for p, s, src in docs] == \
        [("a.pdf", "parsed", "a.pdf"), ("b.pdf", "parsed", "b.pdf"), ("c.pdf", "failed", None)]
    assert docs[0][2] == str(folder / "a.pdf")
    _, [[n]] = run_sql(db, "SELECT count(*) FROM deliberations d JOIN documents x ON x.id = d.document_id "
                           "WHERE x.path LIKE '%a.pdf'")
    assert n == 6  # minutes-del-themes holds six numbered deliberations (gold by construction)
    again = ingest([folder], db, settings)
    assert {f.status for f in again.files} == {"known"}
