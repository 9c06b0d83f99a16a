"""``graph.graphml`` for Gephi and yEd.

GraphML has no list type, so list attributes (``aliases``, ``docs``,
``evidence``) are written as JSON strings; everything else keeps its type.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kgraph.export import ExportOptions, register
from kgraph.fileio import write_atomic

__all__ = ["generate_graphml", "write_graphml"]

FILENAME = "graph.graphml"


def _flat(attrs: dict[str, object]) -> dict[str, object]:
    return {
        key: json.dumps(value, ensure_ascii=False, sort_keys=True)
        if isinstance(value, (list, dict))
        else value
        for key, value in sorted(attrs.items())
    }


def generate_graphml(graph: nx.MultiDiGraph) -> str:
    flat = nx.MultiDiGraph()
    for node in sorted(graph.nodes):
        flat.add_node(node, **_flat(graph.nodes[node]))
    for source, target, key, attrs in sorted(
        graph.edges(keys=True, data=True), key=lambda e: e[:3]
    ):
        flat.add_edge(source, target, key=key, **_flat(attrs))
    return "\n".join(nx.generate_graphml(flat, prettyprint=True)) + "\n"


@register("graphml")
def write_graphml(graph: nx.MultiDiGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    return [write_atomic(Path(out_dir) / FILENAME, generate_graphml(graph))]
