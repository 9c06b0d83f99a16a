"""``graph.graphml`` for Gephi and yEd.

GraphML has no list type, so list attributes (``aliases``, ``docs``, …) are
written as JSON strings; everything else keeps its type (``long``, ``double``,
``boolean``, ``string``). The file is UTF-8 (Chinese as characters, not as
``&#…;`` references), written here rather than by networkx's writer, which is
slower and escapes every non-ASCII character.

An edge's evidence sentences live in ``graph.json`` and the RDF; here an edge
carries ``evidence_count`` and, for typed relations (not the bulk ``mentions``
and ``coOccursWith``), ``evidence`` (the ``[doc, start, end]`` of at most
:data:`EVIDENCE_PER_EDGE` sentences, JSON) and ``sentence``, the first one's text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from kgraph.export import ExportOptions, register
from kgraph.fileio import write_pieces
from kgraph.model import BULK_RELATIONS

__all__ = ["EVIDENCE_PER_EDGE", "generate_graphml", "write_graphml"]

FILENAME = "graph.graphml"
EVIDENCE_PER_EDGE = 12
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML 1.0
_HEADER = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)


# Any character _xml changes: most values have none, and one search is cheaper than the
# five passes that replace them.
_SPECIAL = re.compile('[&<>"\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')


def _xml(text: str) -> str:
    if not _SPECIAL.search(text):
        return text
    text = _NOT_XML.sub("\ufffd", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;")


def _flat(attrs: Mapping[str, Any]) -> dict[str, object]:
    return {
        key: json.dumps(value, ensure_ascii=False, sort_keys=True)
        if isinstance(value, (list, dict, tuple))
        else value
        for key, value in attrs.items()
        if value is not None
    }


def _edge_raw(relation: str, attrs: Mapping[str, Any]) -> dict[str, Any]:
    flat = dict(attrs)
    evidence = flat.pop("evidence", None)
    if isinstance(evidence, list):
        flat["evidence_count"] = int(flat.get("evidence_count", len(evidence)))
        kept = evidence[:EVIDENCE_PER_EDGE]
        if kept and relation not in BULK_RELATIONS:  # bulk edges: the count only
            flat["evidence"] = [[str(e["doc"]), int(e["start"]), int(e["end"])] for e in kept]
            flat["sentence"] = str(kept[0].get("text", ""))
    return flat


def _type_name(kinds: set[type]) -> str:
    if kinds == {bool}:
        return "boolean"
    if kinds == {int}:
        return "long"
    if kinds and kinds <= {int, float}:
        return "double"
    return "string"


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _xml(str(value))


def _elements(
    graph: nx.MultiDiGraph, edges: list[tuple[str, str, str, dict[str, Any]]]
) -> Iterator[tuple[str, tuple[str, ...], dict[str, Any]]]:
    """("node", (id,), attributes) and ("edge", (source, target, key), attributes), sorted
    (``edges``: the graph's, sorted)."""
    for node in sorted(graph.nodes):
        yield "node", (node,), graph.nodes[node]
    for u, v, key, data in edges:
        yield "edge", (u, v, key), _edge_raw(str(data.get("relation") or key), data)


def _pieces(graph: nx.MultiDiGraph) -> Iterator[str]:
    """The file, piece by piece: one pass finds each attribute's type, the second writes."""
    # Sorted once for both passes (a list of references to the graph's own dicts).
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3])
    kinds: dict[tuple[str, str], set[type]] = {}
    for kind, _, attrs in _elements(graph, edges):
        for name, value in attrs.items():
            if value is not None:
                found = str if isinstance(value, (list, dict, tuple)) else type(value)
                kinds.setdefault((kind, name), set()).add(found)
    ids = {spec: f"d{i}" for i, spec in enumerate(sorted(kinds))}
    types = {spec: _type_name(found) for spec, found in kinds.items()}
    yield _HEADER
    for (kind, name), key_id in ids.items():
        yield (
            f'  <key id="{key_id}" for="{kind}" attr.name="{_xml(name)}" '
            f'attr.type="{types[(kind, name)]}" />\n'
        )
    yield '  <graph edgedefault="directed">\n'
    for kind, ends, raw in _elements(graph, edges):
        attrs = _flat(raw)
        if kind == "node":
            out = [f'    <node id="{_xml(ends[0])}">\n']
        else:
            u, v, key = ends
            out = [f'    <edge source="{_xml(u)}" target="{_xml(v)}" id="{_xml(key)}">\n']
        for name in sorted(attrs):
            value = attrs[name]
            if types[(kind, name)] == "string" and not isinstance(value, bool):
                value = str(value)
            out.append(f'      <data key="{ids[(kind, name)]}">{_value(value)}</data>\n')
        out.append(f"    </{kind}>\n")
        yield "".join(out)
    yield "  </graph>\n</graphml>\n"


def generate_graphml(graph: nx.MultiDiGraph) -> str:
    return "".join(_pieces(graph))


@register("graphml")
def write_graphml(graph: nx.MultiDiGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    return [write_pieces(Path(out_dir) / FILENAME, _pieces(graph))]
