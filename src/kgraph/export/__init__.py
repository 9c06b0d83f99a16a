"""Exporters: each takes the knowledge graph and writes one file format.

An exporter is registered once, by name, with :func:`register`; the pipeline
calls every registered exporter in a fixed order, so adding a format means
adding a module here, not editing the pipeline. Every exporter writes through
:func:`kgraph.fileio.write_atomic` and must be deterministic: the same graph
gives byte-identical files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

__all__ = ["EXPORTERS", "ExportOptions", "Exporter", "export_all", "register"]


@dataclass(frozen=True)
class ExportOptions:
    base_iri: str = "https://kgraph.example.org/id/"
    max_nodes: int = 500  # the HTML view keeps the most central nodes


Exporter = Callable[[nx.MultiDiGraph, Path, ExportOptions], Path]
EXPORTERS: dict[str, Exporter] = {}


def register(name: str) -> Callable[[Exporter], Exporter]:
    def decorator(func: Exporter) -> Exporter:
        EXPORTERS[name] = func
        return func

    return decorator


def export_all(
    graph: nx.MultiDiGraph, out_dir: Path, options: ExportOptions | None = None
) -> list[Path]:
    """Run every registered exporter; returns the files written."""
    from kgraph.export import graphml, html, json_graph, rdf  # noqa: F401  (registration)

    options = options or ExportOptions()
    return [EXPORTERS[name](graph, Path(out_dir), options) for name in sorted(EXPORTERS)]
