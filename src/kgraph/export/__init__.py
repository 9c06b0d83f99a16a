"""Exporters: each takes the knowledge graph and writes one file format.

An exporter is registered once, by name, with :func:`register`; the pipeline
calls every registered exporter in a fixed order, so adding a format means
adding a module here, not editing the pipeline. Every exporter writes through
:func:`kgraph.fileio.write_atomic` and must be deterministic: the same graph
gives byte-identical files.
"""

from __future__ import annotations

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
    "defer",
    "deferring",
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


# Work an exporter left running in a helper process, and whether it may (export_all).
_PENDING: list[Callable[[], None]] = []
_DEFERRING: list[bool] = [False]


def deferring() -> bool:
    """May an exporter leave its files to a helper process (see :func:`defer`)?"""
    return _DEFERRING[0]


def defer(wait: Callable[[], None]) -> None:
    """An exporter whose files a helper process finishes hands over how to wait for it
    (raising if it failed); :func:`export_all` waits before it returns."""
    _PENDING.append(wait)


def export_all(
    graph: nx.MultiDiGraph, out_dir: Path, options: ExportOptions | None = None
) -> list[Path]:
    """Run the exporters of ``options.formats``; returns the files written.

    The exporters run one after the other in this process: a forked exporter maps
    every page of the builder's heap, so the process tree's resident memory doubled
    at the export (the peak of a build). The RDF runs first: the triples are made
    here, but sorted and serialised by a small helper process (not a fork) while
    the other formats are written.
    """
    from kgraph.export import graphml, html, json_graph, rdf  # noqa: F401  (registration)

    options = options or ExportOptions()
    # Only the exporters of the requested formats (an exporter unknown to FORMATS always runs).
    wanted = {FORMATS[f][0] for f in options.formats}
    known = {exporter for exporter, _ in FORMATS.values()}
    names = sorted(n for n in EXPORTERS if n in wanted or n not in known)
    written: dict[str, list[Path]] = {}
    _DEFERRING[0] = True
    try:
        for name in sorted(names, key=lambda n: n != "rdf"):
            written[name] = EXPORTERS[name](graph, Path(out_dir), options)
    finally:
        _DEFERRING[0] = False
        waits, _PENDING[:] = list(_PENDING), []
        for wait in waits:
            wait()
    return [path for name in names for path in written[name]]
