"""Build a knowledge graph from files: ingest -> segment -> extract -> resolve -> graph -> export.

Exit status of ``kgraph build``: 0 when every file was read, 3 when some were
skipped (each named on stderr with the reason) but the graph was still
written, 2 for usage errors (a missing path, nothing to read).
"""

from __future__ import annotations

import argparse
import gc
import os
import pickle
import sys
import time
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kgraph.cache import ExtractionCache
from kgraph.export import (
    DEFAULT_FORMATS,
    FORMATS,
    PROVENANCE_LEVELS,
    ExportOptions,
    export_all,
    parse_formats,
)
from kgraph.fileio import printable
from kgraph.graph import build_graph
from kgraph.ingest import IngestError, UsageError, discover, read_documents
from kgraph.records import Document, DocumentExtraction
from kgraph.resolve import find_duplicates
from kgraph.spill import Extractions, Packed
from kgraph.worker import extract_group, extract_one, extract_packed

__all__ = ["EXIT_PARTIAL", "KnowledgeGraph", "build", "load"]

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_PARTIAL = 3
DEFAULT_INPUT = "seeds"
DEFAULT_OUTPUT = "output"
PROGRESS_MIN_FILES = 20  # below this many files (or characters) a progress bar is noise
PROGRESS_MIN_CHARS = 200_000
TASK_CHARS = 30_000  # documents of one file sent to a worker together, up to this many characters
UNSUPPORTED_LISTED = 10  # unsupported files named in the one line that lists them
CACHE_FOLDER = ".kgraph-cache"
EPILOG = """examples:
  kgraph build                         # seeds/ -> output/
  kgraph build corpus/ notes.txt -o out/ --jobs 4
exit status: 0 all files read; 3 some files skipped (named on stderr), graph written; 2 usage error
"""


@dataclass
class KnowledgeGraph:
    """The result of a build: the NetworkX graph, with the records it came from."""

    graph: nx.MultiDiGraph
    documents: list[Document]
    extractions: Sequence[DocumentExtraction]  # on disk (kgraph.spill) after a build
    duplicates: dict[str, str]
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    seconds: float = 0.0
    sentences: int = 0  # counted at the build: ``release`` drops the extractions
    base_iri: str = ExportOptions.base_iri

    @property
    def rdf(self):  # -> rdflib.Graph; imported lazily, rdflib is slow to import
        from kgraph.export.rdf import graph_to_rdf

        return graph_to_rdf(self.graph, self.base_iri)

    def release(self) -> None:
        """Drop what only the graph's construction needed (the extractions, the texts of
        the documents), so that the export reuses that memory instead of adding to it."""
        if isinstance(self.extractions, Extractions):
            self.extractions.close()
        self.extractions = []
        for document in self.documents:
            document.raw = document.text = ""
            document.offsets = array("l")

    def summary(self) -> dict[str, object]:
        entities = Counter(
            data["type"] for _, data in self.graph.nodes(data=True) if "file" not in data
        )
        relations = Counter(r for _, _, r in self.graph.edges(keys=True))
        return {
            "documents": len(self.documents),
            "duplicates": len(self.duplicates),
            "skipped": len(self.skipped),
            "sentences": self.sentences,
            "entities": dict(sorted(entities.items())),
            "relations": dict(sorted(relations.items())),
            "seconds": round(self.seconds, 2),
        }


def _read_all(
    pairs: list[tuple[Path, str]],
    warn: Callable[[str], None],
    keep_boilerplate: bool = False,
    on_read: Callable[[list[Document]], None] | None = None,
) -> tuple[list[Document], list[tuple[str, str]]]:
    """Every document of ``pairs``; those of each file handed to ``on_read`` once read."""
    documents: list[Document] = []
    skipped: list[tuple[str, str]] = []
    for path, doc_id in pairs:
        reason: str | None = None  # why the file is skipped
        try:
            # One document per file, or a page's and one per item of it (part_of the page).
            read = read_documents(path, doc_id, keep_boilerplate=keep_boilerplate)
        except IngestError as error:
            reason = str(error)
        except MemoryError:
            raise
        except Exception as error:  # a bug of ours on this file: reported, the build goes on
            reason = (
                f"reading it failed ({type(error).__name__}: {error}); "
                "please report this with the file"
            )
        if reason is not None:
            skipped.append((str(path), reason))
            warn(f"kgraph: skipped {path}: {reason}")
            continue
        for document in read:
            for note in document.warnings:
                warn(f"kgraph: warning: {path}: {note}")
        documents.extend(read)
        if on_read is not None:
            on_read(read)
    return documents, skipped


def _date_from_copies(documents: list[Document], duplicates: dict[str, str]) -> None:
    """A copy whose dateline lacks the year (a reposted dispatch) takes its article's date."""
    by_article: dict[str, list[Document]] = {}
    for document in documents:
        by_article.setdefault(duplicates.get(document.id, document.id), []).append(document)
    for copies in by_article.values():
        dates = sorted({d.date for d in copies if d.date and len(d.date) == 10})
        if len(dates) == 1:
            for document in copies:
                if not document.date:
                    document.date = dates[0]


class _Streaming:
    """Extraction in worker processes that starts while the corpus is still being read.

    Reading (and the duplicate fingerprints, which need every document) used to run on
    one core before the first document reached a worker. Now a file's documents go to
    the workers, as one task, as soon as it is read, except those without a date: a copy
    of an article may take its date from another copy (:func:`_date_from_copies`, known
    only once every document is read), and extraction reads the date. Those wait for the
    end of reading. Results are taken in the order the tasks were sent, as they come.
    """

    def __init__(self, jobs: int, cache: ExtractionCache | None) -> None:
        self.jobs = jobs
        self.cache = cache
        self.spilled = Extractions()
        self.pool: ProcessPoolExecutor | None = None  # started at the first task
        self.pending: deque[tuple[list[Document], Future[list[Packed]]]] = deque()
        self.held: list[list[Document]] = []  # no date yet: sent by send_held
        self.chars = 0  # of the documents sent
        self.done = 0  # of those extracted
        self.bar: Any = None

    def read(self, documents: list[Document]) -> None:
        """Called with each file's documents as it is read."""
        self._send([d for d in documents if d.date])
        undated = [d for d in documents if not d.date]
        if undated:
            self.held.append(undated)
        self.collect(wait=False)

    def send_held(self) -> None:
        for documents in self.held:
            self._send(documents)
        self.held = []

    def _send(self, documents: list[Document]) -> None:
        todo = []
        for document in documents:
            found = self.cache.get(document) if self.cache else None
            if found is None:
                todo.append(document)
            else:
                self.spilled.add(found)
        if self.pool is None and todo:
            self.pool = ProcessPoolExecutor(max_workers=self.jobs)
        # A big file (a page of a thousand items) is cut into several tasks, for every worker.
        task: list[Document] = []
        size = 0
        for index, document in enumerate(todo):
            task.append(document)
            size += len(document.text)
            if size >= TASK_CHARS or index + 1 == len(todo):
                assert self.pool is not None
                self.pending.append((task, self.pool.submit(extract_packed, task)))
                self.chars += size
                task, size = [], 0

    def collect(self, wait: bool) -> None:
        """Spill the finished extractions, in order (with ``wait``, all of them)."""
        while self.pending and (wait or self.pending[0][1].done()):
            documents, future = self.pending.popleft()
            for document, record in zip(documents, future.result(), strict=True):
                if self.cache:
                    self.cache.put(document, pickle.loads(record[2]))
                self.spilled.add_pickled(record)
                self.done += len(document.text)
                if self.bar:
                    self.bar.update(len(document.text))

    def close(self) -> None:
        if self.bar:
            self.bar.close()
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


def _bar(total: int, unit: str, show: bool) -> Any:
    """A progress bar on stderr (tqdm), or None when it would be noise."""
    if not show or not total:
        return None
    from tqdm import tqdm

    return tqdm(
        total=total, unit=unit, unit_scale=unit == "char", file=sys.stderr, desc="extracting"
    )


def _extract_all(
    documents: list[Document],
    jobs: int,
    cache: ExtractionCache | None,
    show: bool,
    engine: str = "local",
    scheduler: str | None = None,
) -> Extractions:
    """Each document's extraction, from the cache or extracted, spilled to disk as it comes."""
    spilled = Extractions(d.id for d in documents)
    todo: list[Document] = []
    for document in documents:
        found = cache.get(document) if cache else None
        if found is None:
            todo.append(document)
        else:
            spilled.add(found)

    def keep(document: Document, fresh: DocumentExtraction) -> None:
        if cache:
            cache.put(document, fresh)
        spilled.add(fresh)

    if engine == "dask":  # kgraph.engines: the same per-document function on a Dask cluster
        from kgraph.engines import extract_dask

        bar = _bar(len(todo), "doc", show)
        try:
            done = extract_dask(todo, jobs, scheduler, bar.update if bar else None)
        finally:
            if bar:
                bar.close()
        for document, fresh in zip(todo, done):
            keep(document, fresh)
        return spilled
    # Counted in characters, sentence by sentence in this process: a single huge
    # file shows its progress too.
    bar = _bar(sum(len(d.text) for d in todo), "char", show)
    try:
        # Below a few documents, starting processes (each loading the model) costs more
        # than it saves.
        if jobs > 1 and len(todo) >= 2 * jobs:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                for document, extraction in zip(todo, pool.map(extract_one, todo, chunksize=1)):
                    keep(document, extraction)
                    if bar:
                        bar.update(len(document.text))
        else:
            step = bar.update if bar else None
            for document in todo:
                keep(document, extract_group([document], step)[0])
    finally:
        if bar:
            bar.close()
    return spilled


def build(
    paths: Iterable[str | Path] = (DEFAULT_INPUT,),
    *,
    jobs: int = 1,
    cache: ExtractionCache | None = None,
    progress: bool = False,
    warn: Callable[[str], None] | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    keep_boilerplate: bool = False,
) -> KnowledgeGraph:
    """Read ``paths`` (files and folders) and build the knowledge graph.

    ``keep_boilerplate`` keeps the lines cleaning would remove as boilerplate.

    ``jobs`` > 1 extracts in that many processes; ``cache`` reuses the
    extraction of documents that did not change since an earlier build;
    ``engine="dask"`` extracts on a Dask cluster (:mod:`kgraph.engines`: a local
    one of ``jobs`` processes, or the one at ``scheduler``).
    The result is the same whatever ``jobs``, ``cache`` and ``engine``.
    """
    started = time.perf_counter()
    warn = warn or (lambda message: print(printable(message), file=sys.stderr))
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if scheduler:  # a scheduler address means a Dask build
        engine = "dask"
    unsupported: list[Path] = []
    pairs = discover(paths, unsupported)
    if unsupported:  # listed once, never ignored silently (warn escapes the names)
        names = ", ".join(str(p) for p in unsupported[:UNSUPPORTED_LISTED])
        more = ", …" if len(unsupported) > UNSUPPORTED_LISTED else ""
        count = len(unsupported)
        warn(f"kgraph: skipped {count} unsupported file{'s' * (count != 1)}: {names}{more}")

    def show(documents: list[Document]) -> bool:
        return progress and (
            len(documents) >= PROGRESS_MIN_FILES
            or sum(len(d.text) for d in documents) >= PROGRESS_MIN_CHARS
        )

    # Below a few files, starting processes (each loading the model) costs more than it saves.
    if engine == "local" and jobs > 1 and len(pairs) >= 2 * jobs:
        stream = _Streaming(jobs, cache)
        try:
            documents, skipped = _read_all(pairs, warn, keep_boilerplate, stream.read)
            duplicates = find_duplicates(documents)
            _date_from_copies(documents, duplicates)
            stream.send_held()
            stream.bar = _bar(stream.chars, "char", show(documents))
            if stream.bar:
                stream.bar.update(stream.done)
            stream.collect(wait=True)
        finally:
            stream.close()
        extractions = stream.spilled
        extractions.set_order(d.id for d in documents)
    else:
        documents, skipped = _read_all(pairs, warn, keep_boilerplate)
        duplicates = find_duplicates(documents)
        _date_from_copies(documents, duplicates)
        extractions = _extract_all(documents, jobs, cache, show(documents), engine, scheduler)
    graph = build_graph(documents, extractions, duplicates)
    return KnowledgeGraph(
        graph=graph,
        documents=documents,
        extractions=extractions,
        duplicates=duplicates,
        skipped=skipped,
        seconds=time.perf_counter() - started,
        sentences=extractions.sentences,
    )


def load(path: str | Path = DEFAULT_OUTPUT) -> nx.MultiDiGraph:
    """Read a built graph back: ``path`` is the output folder or its ``graph.json``."""
    from kgraph.export.json_graph import FILENAME, read_json

    path = Path(path)
    return read_json(path / FILENAME if path.is_dir() else path)


# --------------------------------------------------------------------------- command line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    def _base_iri(text: str) -> str:
        """``--base``: an absolute IRI ending in ``/`` or ``#``, checked before any work
        (the message is escaped where it is printed)."""
        import re

        import pyoxigraph

        if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", text):
            raise argparse.ArgumentTypeError(f"not an absolute IRI (no scheme): {text}")
        if not text.endswith(("/", "#")):
            raise argparse.ArgumentTypeError(f"must end with / or #: {text}")
        try:
            pyoxigraph.NamedNode(text + "x")
        except ValueError as error:
            reason = " ".join(str(error).split())[:100]
            raise argparse.ArgumentTypeError(f"not a valid IRI: {text} ({reason})") from None
        return text

    parser.add_argument(
        "paths",
        nargs="*",
        default=[DEFAULT_INPUT],
        metavar="PATH",
        help="files and folders to read (.txt .md .html, folders recursively; default: seeds/)",
    )
    parser.add_argument(
        "-o", "--output", default=DEFAULT_OUTPUT, help="output folder (default: output/)"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="processes for extraction (default: the number of CPUs)",
    )
    parser.add_argument(
        "--base",
        default=ExportOptions.base_iri,
        type=_base_iri,
        help="base IRI of the RDF resources, ending in / or # (default: %(default)s)",
    )
    parser.add_argument(
        "--max-nodes",
        type=int,
        default=ExportOptions.max_nodes,
        help="nodes the HTML view holds, the most central first (default: %(default)s)",
    )
    parser.add_argument(
        "--keep-boilerplate",
        action="store_true",
        help="keep the lines cleaning removes as boilerplate (menus, share bars, "
        "disclaimers, link lists, site chrome)",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="re-extract every file (the cache lives in OUTPUT/.kgraph-cache)",
    )
    parser.add_argument(
        "--provenance",
        choices=PROVENANCE_LEVELS,
        default=ExportOptions.provenance,
        help="RDF provenance: facts = typed facts reified with their sentences (default); "
        "full = mentions and coOccursWith too; none = direct triples only",
    )

    def _formats(text: str) -> tuple[str, ...]:
        try:
            return parse_formats(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    parser.add_argument(
        "--formats",
        type=_formats,
        default=DEFAULT_FORMATS,
        metavar="LIST",
        help=f"files to write, comma-separated, from {','.join(FORMATS)} or all "
        f"(default: {','.join(DEFAULT_FORMATS)})",
    )
    parser.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="where extraction runs: local processes (default) or a Dask cluster "
        "(pip install 'kgraph[dask]'; a LocalCluster of --jobs workers without --scheduler)",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (implies --engine dask)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary")


def format_summary(summary: dict[str, object]) -> str:
    def counts(mapping: object) -> str:
        assert isinstance(mapping, dict)
        return ", ".join(f"{name} {count}" for name, count in mapping.items()) or "none"

    return (
        f"{summary['documents']} documents ({summary['duplicates']} duplicates, "
        f"{summary['skipped']} skipped), {summary['sentences']} sentences\n"
        f"entities: {counts(summary['entities'])}\n"
        f"relations: {counts(summary['relations'])}\n"
        f"{summary['seconds']} s"
    )


def run(args: argparse.Namespace) -> int:
    """``kgraph build``: everything goes to a staging folder inside the output folder
    and is published as one set (:mod:`kgraph.publish`), under an exclusive lock."""
    from kgraph import publish
    from kgraph.fileio import printable

    def warn(message: str) -> None:
        print(printable(message), file=sys.stderr)

    def fail(message: str) -> int:
        warn(f"kgraph build: error: {message}")
        return EXIT_USAGE

    output = Path(args.output)
    if args.jobs < 1:
        return fail("--jobs must be at least 1")
    # A build allocates millions of small, acyclic objects (records, triples): with
    # the default thresholds the cyclic collector rescans them over and over.
    gc.set_threshold(100_000, 50, 100)
    with publish.build_guard():
        try:
            lock = publish.OutputLock(output).acquire()
        except publish.OutputBusy as error:
            return fail(str(error))
        except OSError as error:
            return fail(f"cannot use the output folder {output}: {error.strerror or error}")
        with lock:
            publish.recover(output, warn)
            try:
                cache = None if args.no_cache else ExtractionCache(output / CACHE_FOLDER, warn=warn)
                result = build(
                    args.paths,
                    jobs=args.jobs,
                    cache=cache,
                    progress=not args.quiet,
                    warn=warn,
                    engine=getattr(args, "engine", "local"),
                    keep_boilerplate=getattr(args, "keep_boilerplate", False),
                    scheduler=getattr(args, "scheduler", None),
                )
            except UsageError as error:
                return fail(str(error))
            if not result.documents:
                return fail("no readable documents in the given paths")
            options = ExportOptions(
                base_iri=args.base,
                max_nodes=args.max_nodes,
                provenance=getattr(args, "provenance", ExportOptions.provenance),
                formats=getattr(args, "formats", DEFAULT_FORMATS),
            )
            result.release()
            started = time.perf_counter()
            with publish.Staging(output) as staging:
                staged = export_all(result.graph, staging.path, options)
                written = staging.publish(staged)
            result.seconds += time.perf_counter() - started  # the summary includes the export
    if not args.quiet:
        print(format_summary(result.summary()), file=sys.stderr)
        removed = sum(document.removed for document in result.documents)
        if removed and not getattr(args, "keep_boilerplate", False):
            warn(f"removed {removed:,} boilerplate lines (use --keep-boilerplate to keep them)")
        warn("wrote " + ", ".join(str(p) for p in written))
    return EXIT_PARTIAL if result.skipped else EXIT_OK
