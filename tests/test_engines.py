"""--engine dask: extraction as a Dask job, output byte-identical to a local build."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kgraph.cli import main

distributed = pytest.importorskip("dask.distributed")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("graph.*"))}


@pytest.fixture(scope="module")
def local_build(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("local")
    assert main(["build", str(SEEDS), "-o", str(out), "-j", "1", "-q", "--no-cache"]) == 0
    return outputs(out)


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    import logging

    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as running:
        yield running


def test_dask_local_cluster_build_is_byte_identical(
    local_build: dict[str, bytes], tmp_path: Path
) -> None:
    out = tmp_path / "dask"
    args = ["build", str(SEEDS), "-o", str(out), "-j", "2", "-q", "--no-cache"]
    assert main([*args, "--engine", "dask"]) == 0
    assert outputs(out) == local_build
    assert len(local_build) == 4


def test_dask_scheduler_address_and_models_loaded_once_per_worker(
    local_build: dict[str, bytes], cluster: distributed.LocalCluster, tmp_path: Path
) -> None:
    out = tmp_path / "remote"
    args = ["build", str(SEEDS), "-o", str(out), "-j", "2", "-q", "--no-cache"]
    assert main([*args, "--engine", "dask", "--scheduler", cluster.scheduler_address]) == 0
    assert outputs(out) == local_build

    def loads() -> int:
        from kgraph.extract.crf import default_tagger

        return default_tagger.cache_info().misses

    with distributed.Client(cluster.scheduler_address) as client:
        assert set(client.run(loads).values()) == {1}  # the CRF was loaded once per worker


def test_unreachable_scheduler_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    from kgraph import engines

    monkeypatch.setattr(engines, "CONNECT_TIMEOUT", "2s")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    seed = next(SEEDS.glob("001_*.txt"))
    args = ["build", str(seed), "-o", str(tmp_path / "out"), "-q", "--no-cache"]
    assert main([*args, "--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{port}"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        "kgraph build: error: cannot reach the Dask scheduler at tcp://127.0.0.1:"
    )
    assert err.count("\n") == 1 and "Traceback" not in err


def test_batches_keep_document_order() -> None:
    from kgraph.engines import BATCH_MAX_DOCS, _batches
    from kgraph.ingest import read_documents

    seed = next(SEEDS.glob("001_*.txt"))
    document = read_documents(seed, "x")[0]
    documents = [document] * (BATCH_MAX_DOCS * 2 + 3)
    batches = _batches(documents)
    assert [d for batch in batches for d in batch] == documents
    assert all(len(batch) <= BATCH_MAX_DOCS for batch in batches)
