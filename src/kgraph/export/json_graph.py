"""``graph.json``: networkx node-link JSON, what :func:`kgraph.load` reads back."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kgraph.export import ExportOptions, register
from kgraph.fileio import write_atomic

__all__ = ["generate_json", "parse_json", "read_json", "write_json"]

FILENAME = "graph.json"


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def generate_json(graph: nx.MultiDiGraph) -> str:
    """Node-link JSON, one node or link per line: diffable, and fast (no indent encoder)."""
    data = nx.node_link_data(graph, edges="links")
    data["nodes"].sort(key=lambda n: n["id"])
    data["links"].sort(key=lambda e: (e["source"], e["key"], e["target"]))
    parts = []
    for key in sorted(data):
        if key in ("nodes", "links"):
            body = ",\n".join(_dumps(item) for item in data[key])
            parts.append(f"{_dumps(key)}: [\n{body}\n]")
        else:
            parts.append(f"{_dumps(key)}: {_dumps(data[key])}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def parse_json(text: str) -> nx.MultiDiGraph:
    graph = nx.node_link_graph(json.loads(text), directed=True, multigraph=True, edges="links")
    return nx.MultiDiGraph(graph)


def read_json(path: str | Path) -> nx.MultiDiGraph:
    return parse_json(Path(path).read_text(encoding="utf-8"))


@register("json")
def write_json(graph: nx.MultiDiGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    return [write_atomic(Path(out_dir) / FILENAME, generate_json(graph))]
