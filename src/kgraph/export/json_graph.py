"""``graph.json``: networkx node-link JSON, what :func:`kgraph.load` reads back.

One node or link per line. The evidence sentences are stored once: a top-level
``sentences`` table holds, per document, its evidence sentences as
``[start, end, text]`` (sorted), and an edge's ``evidence`` lists
``[doc, index]`` references into it, at most :data:`EVIDENCE_PER_EDGE` of them,
with ``evidence_count`` the number the graph holds for the edge; ``relation``,
always the link's ``key``, is not repeated. :func:`parse_json` expands the
references again, so a loaded graph's edges carry ``evidence`` as
``{doc, start, end, text}`` dicts, as the built graph does, and ``evidence_count``
only where sentences were left out. Files written before the table existed
(evidence dicts inline) load too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from kgraph.export import ExportOptions, register
from kgraph.fileio import write_pieces

__all__ = ["EVIDENCE_PER_EDGE", "generate_json", "parse_json", "read_json", "write_json"]

FILENAME = "graph.json"
EVIDENCE_PER_EDGE = 12  # sentences kept inline per edge; evidence_count says how many exist


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _sentence_key(item: dict[str, Any]) -> tuple[str, int, int, str]:
    return str(item["doc"]), int(item["start"]), int(item["end"]), str(item.get("text", ""))


def _pieces(graph: nx.MultiDiGraph) -> Iterator[str]:
    """Node-link JSON, one node, link or document's sentences per line (no indent encoder),
    piece by piece; keys in sorted order: directed, graph, links, multigraph, nodes,
    sentences."""
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1]))
    # Every sentence once, per document, in text order; edges point at them by index.
    table: dict[str, set[tuple[int, int, str]]] = {}
    for _, _, _, data in edges:
        for item in (data.get("evidence") or ())[:EVIDENCE_PER_EDGE]:
            doc, start, end, text = _sentence_key(item)
            table.setdefault(doc, set()).add((start, end, text))
    sentences = {doc: sorted(rows) for doc, rows in sorted(table.items())}
    del table
    index = {
        (doc, start, end, text): i
        for doc, rows in sentences.items()
        for i, (start, end, text) in enumerate(rows)
    }

    def listing(lines: Iterator[str], open_: str, close: str) -> Iterator[str]:
        yield open_ + "\n"
        for i, line in enumerate(lines):
            yield (",\n" if i else "") + line
        yield "\n" + close

    def links() -> Iterator[str]:
        for source, target, key, data in edges:
            attrs = dict(data)
            evidence = attrs.get("evidence")
            if isinstance(evidence, list):
                attrs["evidence"] = [
                    [str(item["doc"]), index[_sentence_key(item)]]
                    for item in evidence[:EVIDENCE_PER_EDGE]
                ]
                attrs["evidence_count"] = int(data.get("evidence_count", len(evidence)))
            if attrs.get("relation") == key:
                del attrs["relation"]  # the key is the relation (restored on load)
            yield _dumps({**attrs, "source": source, "target": target, "key": key})

    nodes = (_dumps({**graph.nodes[node], "id": node}) for node in sorted(graph.nodes))
    table_lines = (
        f"{_dumps(doc)}: {_dumps([list(row) for row in rows])}" for doc, rows in sentences.items()
    )
    yield f'{{\n"directed": {_dumps(graph.is_directed())},\n"graph": {_dumps(graph.graph)},\n'
    yield '"links": '
    yield from listing(links(), "[", "]")
    yield f',\n"multigraph": {_dumps(graph.is_multigraph())},\n"nodes": '
    yield from listing(nodes, "[", "]")
    yield ',\n"sentences": '
    yield from listing(table_lines, "{", "}")
    yield "\n}\n"


def generate_json(graph: nx.MultiDiGraph) -> str:
    """Node-link JSON, one node, link or document's sentences per line."""
    return "".join(_pieces(graph))


def _expand(data: dict[str, Any]) -> dict[str, Any]:
    """Turn ``[doc, index]`` evidence references back into ``{doc, start, end, text}``."""
    sentences = data.pop("sentences", None)
    if sentences is None:
        return data  # an older file: evidence inline
    for link in data.get("links", ()):
        link.setdefault("relation", link.get("key"))
        refs = link.get("evidence")
        if isinstance(refs, list):
            expanded = []
            for ref in refs:
                if isinstance(ref, dict):
                    expanded.append(ref)
                    continue
                doc, i = ref
                start, end, text = sentences[doc][i]
                expanded.append({"doc": doc, "start": start, "end": end, "text": text})
            link["evidence"] = expanded
            if link.get("evidence_count") == len(expanded):
                del link["evidence_count"]  # nothing left out: the list says it all
    return data


def parse_json(text: str) -> nx.MultiDiGraph:
    data = _expand(json.loads(text))
    graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
    return nx.MultiDiGraph(graph)


def read_json(path: str | Path) -> nx.MultiDiGraph:
    return parse_json(Path(path).read_text(encoding="utf-8"))


@register("json")
def write_json(graph: nx.MultiDiGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    return [write_pieces(Path(out_dir) / FILENAME, _pieces(graph))]
