"""Extraction engines: where the per-document work of a build runs.

``local`` (the default) extracts in this process or in ``--jobs`` forked
processes (:func:`kgraph.pipeline._extract_all`). ``dask`` runs the same
per-document function as a Dask job: ``kgraph build --engine dask`` starts a
``LocalCluster`` (``--jobs`` worker processes, one thread each), or with
``--scheduler tcp://HOST:8786`` uses a running cluster whose workers have kgraph
installed (``pip install kgraph``). Only the extraction is distributed:

* out go the :class:`~kgraph.records.Document` records (decoded text, offsets,
  metadata), in batches;
* back come :class:`~kgraph.records.DocumentExtraction` records (sentences,
  mentions, relations, statements, events);
* reading, de-duplication, aggregation into the graph and the export stay on the
  client, so the output is byte-identical to a local build of the same inputs.

Each worker process loads the extraction models once (they are module-level
caches of :mod:`kgraph.extract`; :func:`_warm` fills them when a worker starts
taking work) and keeps them for every batch it runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from kgraph.records import Document, DocumentExtraction
from kgraph.worker import extract_one

__all__ = ["ENGINES", "EngineError", "extract_dask"]

ENGINES = ("local", "dask")
# Documents per task: big enough that scheduling costs little, small enough that the
# work spreads over the workers and the progress bar moves.
BATCH_CHARS = 200_000
BATCH_MAX_DOCS = 64
CONNECT_TIMEOUT = "20s"  # to reach a --scheduler


class EngineError(RuntimeError):
    """The engine cannot run: Dask missing, the scheduler unreachable."""


def _extract_batch(documents: list[Document]) -> list[DocumentExtraction]:
    """The task a worker runs: the local pipeline's per-document function, over a batch."""
    return [extract_one(document) for document in documents]


def _warm() -> bool:
    """Load the extractor's models in a worker once, before its first batch."""
    from kgraph.extract import extract

    extract("中华全国总工会主席王东明在北京作了汇报。")  # the CRF, jieba, the lexicons
    return True


def _batches(documents: Sequence[Document]) -> list[list[Document]]:
    batches: list[list[Document]] = []
    current: list[Document] = []
    size = 0
    for document in documents:
        if current and (size + len(document.text) > BATCH_CHARS or len(current) >= BATCH_MAX_DOCS):
            batches.append(current)
            current, size = [], 0
        current.append(document)
        size += len(document.text)
    if current:
        batches.append(current)
    return batches


def extract_dask(
    documents: Sequence[Document],
    jobs: int = 1,
    scheduler: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[DocumentExtraction]:
    """Extract ``documents`` on a Dask cluster; results in the order of ``documents``.

    Without ``scheduler`` a ``LocalCluster`` of ``jobs`` processes (one thread
    each) is started and stopped around the job. ``progress`` is called with the
    number of documents of each batch as it completes.
    """
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise EngineError(
            "--engine dask needs Dask: pip install 'kgraph[dask]' (dask[distributed])"
        ) from None
    if not documents:
        return []
    cluster = None
    try:
        if scheduler:
            try:
                client = Client(scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as error:
                raise EngineError(
                    f"cannot reach the Dask scheduler at {scheduler}: {error}"
                ) from None
        else:
            cluster = LocalCluster(
                n_workers=max(1, jobs),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)
        with client:
            client.run(_warm)
            batches = _batches(documents)
            futures = client.map(_extract_batch, batches, pure=False)
            position = {future.key: i for i, future in enumerate(futures)}
            results: list[list[DocumentExtraction] | None] = [None] * len(batches)
            for future in as_completed(futures):
                i = position[future.key]
                results[i] = future.result()
                future.release()
                if progress:
                    progress(len(batches[i]))
    finally:
        if cluster is not None:
            cluster.close()
    return [extraction for batch in results for extraction in batch or ()]
