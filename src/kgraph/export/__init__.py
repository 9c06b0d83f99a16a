"""Exporters: each takes the knowledge graph and writes one file format.

An exporter is registered once, by name, with :func:`register`; the pipeline
calls every registered exporter in a fixed order, so adding a format means
adding a module here, not editing the pipeline. Every exporter writes through
:func:`kgraph.fileio.write_atomic` and must be deterministic: the same graph
gives byte-identical files.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kgraph.model import DEFAULT_BASE_IRI

__all__ = [
    "DEFAULT_FORMATS",
    "EXPORTERS",
    "FORMATS",
    "PROVENANCE_LEVELS",
    "ExportOptions",
    "Exporter",
    "export_all",
    "parse_formats",
    "register",
]

# Every file format a build can write, the exporter that writes it, and its file name.
FORMATS: dict[str, tuple[str, str]] = {
    "ttl": ("rdf", "graph.ttl"),
    "nt": ("rdf", "graph.nt"),
    "jsonld": ("rdf", "graph.jsonld"),
    "graphml": ("graphml", "graph.graphml"),
    "json": ("json", "graph.json"),
    "html": ("html", "graph.html"),
}
DEFAULT_FORMATS: tuple[str, ...] = ("ttl", "graphml", "json", "html")
# How much provenance the RDF carries (see kgraph.export.rdf):
#   facts: typed facts reified, each with the sentences it was read from (the default);
#   full:  the bulk edges (mentions, coOccursWith) too;
#   none:  the direct triples only.
PROVENANCE_LEVELS: tuple[str, ...] = ("facts", "full", "none")


@dataclass(frozen=True)
class ExportOptions:
    base_iri: str = DEFAULT_BASE_IRI
    max_nodes: int = 500  # the HTML view keeps the most central nodes
    provenance: str = "facts"  # one of PROVENANCE_LEVELS
    formats: tuple[str, ...] = DEFAULT_FORMATS  # keys of FORMATS

    def __post_init__(self) -> None:
        if self.provenance not in PROVENANCE_LEVELS:
            raise ValueError(
                f"unknown provenance level {self.provenance!r}; "
                f"known: {', '.join(PROVENANCE_LEVELS)}"
            )
        object.__setattr__(self, "formats", parse_formats(self.formats))

    def wants(self, fmt: str) -> bool:
        return fmt in self.formats


def parse_formats(value: str | Iterable[str]) -> tuple[str, ...]:
    """``"ttl,json"`` (or a list of names) -> the formats in canonical order; ``all``
    means every format. Unknown names raise ValueError naming the known ones."""
    names = value.split(",") if isinstance(value, str) else list(value)
    names = [n.strip().lower().lstrip(".") for n in names if n.strip()]
    if "all" in names:
        return tuple(FORMATS)
    unknown = sorted(set(names) - set(FORMATS))
    if unknown:
        raise ValueError(
            f"unknown format {', '.join(unknown)}; known: {', '.join(FORMATS)} (or all)"
        )
    if not names:
        raise ValueError(f"no format given; known: {', '.join(FORMATS)}")
    return tuple(f for f in FORMATS if f in names)


# An exporter writes its files into the folder and returns every path it wrote.
Exporter = Callable[[nx.MultiDiGraph, Path, ExportOptions], list[Path]]
EXPORTERS: dict[str, Exporter] = {}


def register(name: str) -> Callable[[Exporter], Exporter]:
    def decorator(func: Exporter) -> Exporter:
        EXPORTERS[name] = func
        return func

    return decorator


PARALLEL_MIN_EDGES = 20_000  # below this, starting processes costs more than it saves
# What a forked exporter process reads: set just before the processes start, so they
# inherit the graph instead of receiving it pickled.
_SHARED: tuple[nx.MultiDiGraph, Path, ExportOptions] | None = None


def _export_one(name: str) -> list[Path]:
    assert _SHARED is not None
    graph, out_dir, options = _SHARED
    return EXPORTERS[name](graph, out_dir, options)


def export_all(
    graph: nx.MultiDiGraph, out_dir: Path, options: ExportOptions | None = None, jobs: int = 1
) -> list[Path]:
    """Run every registered exporter, in ``jobs`` processes; returns the files written.

    The exporters are independent, so on a large graph writing RDF in one
    process while another writes GraphML, HTML and JSON halves the wait. This
    process is one of the ``jobs``: it forks ``jobs - 1`` processes for the
    costliest exporters and runs the rest itself, so no forked copy of the graph
    sits idle. The objects that exist at the fork are frozen out of the cyclic
    collector (:func:`gc.freeze`), so the children do not copy their pages just
    to scan them.
    """
    global _SHARED
    from kgraph.export import graphml, html, json_graph, rdf  # noqa: F401  (registration)

    options = options or ExportOptions()
    # Only the exporters of the requested formats (an exporter unknown to FORMATS always runs).
    wanted = {FORMATS[f][0] for f in options.formats}
    known = {exporter for exporter, _ in FORMATS.values()}
    names = sorted(n for n in EXPORTERS if n in wanted or n not in known)
    if jobs < 2 or graph.number_of_edges() < PARALLEL_MIN_EDGES or not _can_fork():
        return [path for name in names for path in EXPORTERS[name](graph, Path(out_dir), options)]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # The costliest first: RDF in a child, the others here (jobs=2), or more children.
    order = sorted(names, key=lambda n: (n != "rdf", n))
    forked, here = order[: jobs - 1], order[jobs - 1 :]
    _SHARED = (graph, Path(out_dir), options)
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=len(forked), mp_context=context) as pool:
            futures = {name: pool.submit(_export_one, name) for name in forked}
            written = {name: EXPORTERS[name](graph, Path(out_dir), options) for name in here}
            written.update((name, future.result()) for name, future in futures.items())
    finally:
        gc.unfreeze()
        _SHARED = None
    return [path for name in names for path in written[name]]


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()
