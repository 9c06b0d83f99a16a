"""The offline HTML explorer: one self-contained ``graph.html`` built with pyvis.

The page must open from disk on a machine with no network, so vis-network (the
copy pyvis ships, kept under ``static/``) and the explorer's own script and
style are inlined by our Jinja template instead of pyvis' CDN template.

Corpus text is data, never markup: the graph travels as JSON inside a
``<script type="application/json">`` block with ``<``, ``>``, ``&`` and
U+2028/U+2029 escaped, and the script renders it with ``textContent`` only.

Big graphs stay interactive because positions are computed here (physics is
off in the browser) and only the ``max_nodes`` most central nodes are kept.
"""

from __future__ import annotations

import heapq
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyvis.edge import Edge
from pyvis.network import Network

from kgraph.export import ExportOptions, register
from kgraph.fileio import write_atomic

__all__ = [
    "NODE_STYLES",
    "RELATION_COLOURS",
    "central_nodes",
    "export_html",
    "layout_positions",
    "render_html",
    "script_json",
]

TEMPLATE_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"
TEMPLATE_NAME = "graph.html.j2"

EVIDENCE_CAP = 20  # sentences embedded per node and per edge; the panel says how many exist
LABEL_MAX_CHARS = 14  # longer labels (statements, concepts) are shortened on the canvas
LAYOUT_SEED = 20231023
# networkx' spring layout is dense (numpy only) below 500 nodes; above that it
# needs scipy and gets slow, so the rest of a big graph is placed around this core.
SPRING_CORE_MAX = 450
Row = tuple[str, int, int, str]  # an evidence sentence: doc, start, end, text
BIG_GRAPH_EDGES = 3000  # above this, edges are hidden while dragging and zooming
FONT_FACE = (
    '"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif'
)


@dataclass(frozen=True)
class NodeStyle:
    colour: str
    shape: str  # a vis-network shape that draws its label below, so ``size`` applies
    name_zh: str  # legend text


NODE_STYLES: dict[str, NodeStyle] = {
    "Person": NodeStyle("#d62728", "dot", "人物"),
    "Organization": NodeStyle("#1f77b4", "square", "机构"),
    "Place": NodeStyle("#2ca02c", "triangle", "地点"),
    "Date": NodeStyle("#7f7f7f", "diamond", "日期"),
    "Position": NodeStyle("#9467bd", "triangleDown", "职务"),
    "Document": NodeStyle("#8c564b", "hexagon", "文件"),
    "Event": NodeStyle("#ff7f0e", "star", "事件"),
    "PolicyConcept": NodeStyle("#17becf", "dot", "政策概念"),
    "Statement": NodeStyle("#e377c2", "diamond", "讲话"),
}
OTHER_STYLE = NodeStyle("#bcbd22", "dot", "其他")

RELATION_COLOURS: dict[str, str] = {
    "holdsPosition": "#9467bd",
    "positionIn": "#c5b0d5",
    "memberOf": "#1f77b4",
    "leads": "#d62728",
    "participatedIn": "#ff7f0e",
    "spokeAt": "#e377c2",
    "metWith": "#8c564b",
    "issued": "#2ca02c",
    "signedBy": "#17becf",
    "authorOf": "#bcbd22",
    "occurredOn": "#7f7f7f",
    "locatedIn": "#98df8a",
    "subOrganizationOf": "#aec7e8",
    "emphasized": "#ffbb78",
    "mentions": "#d0d0d0",
    "coOccursWith": "#c7c7c7",
    "duplicateOf": "#333333",
}
# Symmetric or bulk relations: drawn without arrows, thin and grey, and ranked
# last when a node's evidence list is capped (typed relations say more).
BACKGROUND_RELATIONS = frozenset({"coOccursWith", "mentions"})

# Characters that must not appear raw inside a <script> element: "<" and ">"
# could close it, "&" matters to XHTML readers, U+2028/9 break older JS parsers.
_SCRIPT_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@register("html")
def export_html(graph: nx.MultiDiGraph, out_dir: Path, options: ExportOptions) -> Path:
    """Write ``out_dir/graph.html``, the offline explorer of ``graph``."""
    return write_atomic(Path(out_dir) / "graph.html", render_html(graph, options.max_nodes))


def render_html(graph: nx.MultiDiGraph, max_nodes: int = 500, title: str = "kgraph") -> str:
    """The explorer page as a string; ``max_nodes <= 0`` keeps every node."""
    kept = central_nodes(graph, max_nodes)
    # A real copy, not a subgraph view: views filter every lookup and are slow on big graphs.
    view = graph if len(kept) == len(graph) else graph.subgraph(kept).copy()
    positions = layout_positions(view, kept)
    net = _pyvis_network(graph, view, positions)
    data = _page_data(graph, view, net, max_nodes)
    environment = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        keep_trailing_newline=True,
    )
    return environment.get_template(TEMPLATE_NAME).render(
        title=title,
        meta=data["meta"],
        vis_js=_static_script("vis-network.min.js"),
        vis_css=_static_style("vis-network.css"),
        explorer_js=_static_script("explorer.js"),
        explorer_css=_static_style("explorer.css"),
        data_json=script_json(data),
    )


def script_json(value: Any) -> str:
    """JSON that is safe to place verbatim inside a ``<script>`` element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in _SCRIPT_ESCAPES:  # str.replace is far faster than translate here
        text = text.replace(raw, escaped)
    # A lone surrogate (from a decoder's surrogateescape) cannot be written as UTF-8;
    # as a JSON escape it survives and JSON.parse accepts it.
    return _LONE_SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def central_nodes(graph: nx.MultiDiGraph, max_nodes: int) -> list[str]:
    """The ``max_nodes`` most central nodes, most central first.

    Centrality is the number of distinct neighbours, then the summed edge
    weight, then the mention count; ties go to the smaller id, so the choice
    is deterministic.
    """
    return _ranked_nodes(graph)[:max_nodes] if 0 < max_nodes < len(graph) else _ranked_nodes(graph)


def _ranked_nodes(graph: nx.MultiDiGraph) -> list[str]:
    neighbours: dict[str, set[str]] = defaultdict(set)
    strength: dict[str, int] = defaultdict(int)
    for u, v, attrs in graph.edges(data=True):
        if u == v:
            continue
        neighbours[u].add(v)
        neighbours[v].add(u)
        weight = _int(attrs.get("weight", 1))
        strength[u] += weight
        strength[v] += weight

    def rank(node: str) -> tuple[int, int, int, str]:
        count = _int(graph.nodes[node].get("count", 0))
        return (-len(neighbours[node]), -strength[node], -count, node)

    return sorted(graph.nodes, key=rank)


def layout_positions(view: nx.MultiDiGraph, ranked: list[str]) -> dict[str, tuple[int, int]]:
    """Pixel positions for the nodes of ``view``; ``ranked`` lists them most central first.

    The ``SPRING_CORE_MAX`` most central connected nodes get a seeded spring
    layout; every other connected node is put on a small spiral around its most
    central already placed neighbour (breadth first from the core), components
    that never touch the core start on a row below it, and isolated nodes go on
    a grid under everything.
    """
    rank = {node: index for index, node in enumerate(ranked)}
    simple = nx.Graph()
    simple.add_nodes_from(ranked)
    simple.add_edges_from(sorted((u, v) for u, v in view.edges() if u != v))
    connected = [node for node in ranked if simple.degree(node) > 0]
    isolated = [node for node in ranked if simple.degree(node) == 0]

    core = sorted(connected[:SPRING_CORE_MAX])
    positions: dict[str, tuple[float, float]] = {}
    radius = max(250.0, 90.0 * math.sqrt(len(core)))
    if core:
        core_graph = nx.Graph()
        core_graph.add_nodes_from(core)
        core_graph.add_edges_from(sorted(simple.subgraph(core).edges()))
        spring = nx.spring_layout(core_graph, seed=LAYOUT_SEED, iterations=60)
        points = np.array([spring[node] for node in core], dtype=float) * radius
        sizes = np.array([_node_size(_int(view.nodes[node].get("count", 0))) for node in core])
        widths = np.array([_label_width(str(view.nodes[node].get("label", node))) for node in core])
        points = _separate(points, sizes, widths)
        for node, (x, y) in zip(core, points.tolist(), strict=True):
            positions[node] = (x, y)

    _place_satellites(simple, connected, positions, rank, below=radius + 200.0)
    top = max((y for _, y in positions.values()), default=0.0) + 150.0
    columns = max(1, math.ceil(math.sqrt(len(isolated) * 3)))
    left = -(columns - 1) * 70.0 / 2
    for index, node in enumerate(isolated):
        positions[node] = (left + (index % columns) * 70.0, top + (index // columns) * 70.0)
    return {node: (round(x), round(y)) for node, (x, y) in positions.items()}


def _separate(
    points: np.ndarray, sizes: np.ndarray, label_widths: np.ndarray, gap: float = 28.0
) -> np.ndarray:
    """Push apart nodes whose shapes or labels overlap after the spring layout.

    Labels are wide and short, but a circle of half the label width keeps the
    arithmetic simple and still keeps neighbouring names readable.
    """
    shapes = sizes[:, None] + sizes[None, :] + gap
    labels = (label_widths[:, None] + label_widths[None, :]) / 2.0 + 8.0
    needed = np.maximum(shapes, labels)
    index = np.arange(len(points))
    # Coincident points have no direction: part them along a fixed diagonal, one each way.
    tie_break = np.sign(index[None, :] - index[:, None])[..., None] * -0.7071
    for _ in range(40):
        delta = points[:, None, :] - points[None, :, :]
        distance = np.sqrt((delta**2).sum(axis=2))
        np.fill_diagonal(distance, np.inf)
        overlap = np.clip(needed - distance, 0.0, None)
        if not overlap.any():
            break
        safe = np.where(distance == 0.0, 1.0, distance)
        direction = np.where(distance[..., None] == 0.0, tie_break, delta / safe[..., None])
        points = points + (direction * (overlap / 2.0)[..., None]).sum(axis=1) * 0.5
    return points


def _place_satellites(
    simple: nx.Graph,
    connected: list[str],
    positions: dict[str, tuple[float, float]],
    rank: dict[str, int],
    below: float,
) -> None:
    golden_angle = math.pi * (3.0 - math.sqrt(5.0))
    children: dict[str, int] = defaultdict(int)
    frontier: list[tuple[int, str]] = []
    for node in positions:
        for other in simple[node]:
            if other not in positions:
                heapq.heappush(frontier, (rank[other], other))
    orphan_slots = 0
    pending = iter(connected)
    while True:
        if frontier:
            _, node = heapq.heappop(frontier)
            if node in positions:
                continue
            anchor = min((n for n in simple[node] if n in positions), key=rank.__getitem__)
            children[anchor] += 1
            step = children[anchor]
            angle = step * golden_angle
            distance = 45.0 + 14.0 * math.sqrt(step)
            ax, ay = positions[anchor]
            positions[node] = (ax + distance * math.cos(angle), ay + distance * math.sin(angle))
        else:
            node = next((n for n in pending if n not in positions), "")
            if not node:
                return
            # A component that never touches the core: start it on a row below.
            row, column = divmod(orphan_slots, 8)
            positions[node] = ((column - 3.5) * 260.0, below + row * 260.0)
            orphan_slots += 1
        for other in simple[node]:
            if other not in positions:
                heapq.heappush(frontier, (rank[other], other))


def _pyvis_network(
    graph: nx.MultiDiGraph, view: nx.MultiDiGraph, positions: dict[str, tuple[int, int]]
) -> Network:
    """The vis-network items, built with pyvis (ids, styles, positions, tooltips)."""
    net = Network(directed=True)
    for node in sorted(view.nodes):
        attrs = view.nodes[node]
        style = NODE_STYLES.get(str(attrs.get("type", "")), OTHER_STYLE)
        label = str(attrs.get("label", node))
        x, y = positions[node]
        net.add_node(
            node,
            label=_short(label),
            shape=style.shape,
            color=style.colour,
            size=_node_size(_int(attrs.get("count", 0))),
            x=x,
            y=y,
            title=_node_tooltip(attrs, label),  # plain text: vis 9 shows it with innerText
        )
    parallel: dict[tuple[str, str], int] = defaultdict(int)
    for index, (u, v, key, attrs) in enumerate(_sorted_edges(view)):
        relation = str(attrs.get("relation", key))
        pair = (min(u, v), max(u, v))
        nth = parallel[pair]
        parallel[pair] += 1
        background = relation in BACKGROUND_RELATIONS
        options: dict[str, Any] = {
            "id": f"e{index}",
            "color": RELATION_COLOURS.get(relation, "#999999"),
            "width": 1 if background else 2,
            "title": _edge_tooltip(graph, u, v, relation, _int(attrs.get("weight", 1))),
        }
        if background:
            options["arrows"] = ""
        if nth:  # bend parallel edges apart so each stays clickable
            side = "curvedCW" if nth % 2 else "curvedCCW"
            options["smooth"] = {
                "enabled": True,
                "type": side,
                "roundness": 0.15 * ((nth + 1) // 2),
            }
        # Edge() directly: Network.add_edge checks membership in a list (O(E*N)).
        net.edges.append(Edge(u, v, directed=True, **options).options)
    return net


def _page_data(
    graph: nx.MultiDiGraph, view: nx.MultiDiGraph, net: Network, max_nodes: int
) -> dict[str, Any]:
    """Everything the page script needs, as plain sorted JSON data."""
    docs = _document_table(graph, view)
    doc_index = {doc["id"]: index for index, doc in enumerate(docs)}

    nodes = []
    for item in net.nodes:
        node = item["id"]
        attrs = view.nodes[node]
        details: dict[str, Any] = {
            key: value
            for key, value in sorted(attrs.items())
            if key not in {"docs", "aliases", "count"} and isinstance(value, str | int)
        }
        details["type"] = str(attrs.get("type", ""))
        details["label"] = str(attrs.get("label", node))
        details["aliases"] = sorted(str(alias) for alias in attrs.get("aliases", []))
        details["count"] = _int(attrs.get("count", 0))
        details["docs"] = sorted(doc_index[d] for d in set(attrs.get("docs", [])) if d in doc_index)
        evidence = _node_evidence(graph, node)
        details["evidence"] = [row for row, _ in evidence[:EVIDENCE_CAP]]
        details["evidenceVia"] = [via for _, via in evidence[:EVIDENCE_CAP]]
        details["evidenceTotal"] = len(evidence)
        nodes.append({**item, "kg": details})

    edges = []
    for item, (_u, _v, key, attrs) in zip(net.edges, _sorted_edges(view), strict=True):
        evidence = _evidence_rows(attrs)
        edge_docs = {str(doc) for doc in attrs.get("docs", [])} | {row[0] for row in evidence}
        details = {
            "relation": str(attrs.get("relation", key)),
            "weight": _int(attrs.get("weight", 1)),
            "docs": sorted(doc_index[d] for d in edge_docs if d in doc_index),
            "evidence": evidence[:EVIDENCE_CAP],
            "evidenceTotal": len(evidence),
        }
        edges.append({**item, "kg": details})

    # Sentences are stored once and referred to by index: many edges share them.
    sentences = sorted({row for item in (*nodes, *edges) for row in item["kg"]["evidence"]})
    sentence_index = {row: index for index, row in enumerate(sentences)}
    for item in (*nodes, *edges):
        item["kg"]["evidence"] = [sentence_index[row] for row in item["kg"]["evidence"]]

    type_counts = _counts(node["kg"]["type"] for node in nodes)
    relation_counts = _counts(edge["kg"]["relation"] for edge in edges)
    big = len(edges) > BIG_GRAPH_EDGES
    return {
        "meta": {
            "totalNodes": graph.number_of_nodes(),
            "totalEdges": graph.number_of_edges(),
            "shownNodes": len(nodes),
            "shownEdges": len(edges),
            "maxNodes": max_nodes,
            "documents": len(docs),
        },
        "types": [
            {
                "name": name,
                "count": count,
                "colour": NODE_STYLES.get(name, OTHER_STYLE).colour,
                "shape": NODE_STYLES.get(name, OTHER_STYLE).shape,
                "nameZh": NODE_STYLES.get(name, OTHER_STYLE).name_zh,
            }
            for name, count in sorted(type_counts.items(), key=_type_order)
        ],
        "relations": [
            {"name": name, "count": count, "colour": RELATION_COLOURS.get(name, "#999999")}
            for name, count in sorted(relation_counts.items(), key=_relation_order)
        ],
        "backgroundRelations": sorted(BACKGROUND_RELATIONS),
        "docs": docs,
        "sentences": [list(row) for row in sentences],
        "nodes": nodes,
        "edges": edges,
        "options": {
            "autoResize": True,
            "physics": {"enabled": False},
            "layout": {"improvedLayout": False, "randomSeed": 1},
            "interaction": {
                "hover": True,
                "tooltipDelay": 150,
                "hideEdgesOnDrag": big,
                "hideEdgesOnZoom": big,
                "keyboard": False,
            },
            "nodes": {
                "borderWidth": 1,
                "font": {"face": FONT_FACE, "size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
            },
            "edges": {
                "smooth": False,
                "selectionWidth": 1,
                "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            },
        },
    }


def _document_table(graph: nx.MultiDiGraph, view: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Every source document the view refers to, with its metadata when the graph has it."""
    ids: set[str] = set()
    for _, attrs in view.nodes(data=True):
        ids.update(str(doc) for doc in attrs.get("docs", []))
    for _, _, attrs in view.edges(data=True):
        ids.update(str(doc) for doc in attrs.get("docs", []))
        ids.update(row[0] for row in _evidence_rows(attrs))
    sources = {
        str(attrs["file"]): attrs for _, attrs in graph.nodes(data=True) if attrs.get("file")
    }
    table = []
    for doc in sorted(ids - {""}):
        source = sources.get(doc, {})
        row = {"id": doc}
        for key in ("title", "date", "publisher", "source_url"):
            if isinstance(source.get(key), str) and source[key]:
                row[key] = source[key]
        table.append(row)
    return table


def _node_evidence(graph: nx.MultiDiGraph, node: str) -> list[tuple[Row, list[str]]]:
    """The sentences behind a node's edges, each with the relation it supports.

    Each sentence comes with ``[relation, other node id, other node label]`` so
    the page can say why it is there (a speaker's "emphasized" sentence need
    not name the speaker). Typed relations come first; documents are
    interleaved round-robin so every document stays represented when capped.
    """
    best: dict[Row, tuple[int, str, str]] = {}
    incident = [*graph.out_edges(node, data=True), *graph.in_edges(node, data=True)]
    for u, v, attrs in incident:
        relation = str(attrs.get("relation", ""))
        via = (int(relation in BACKGROUND_RELATIONS), relation, v if u == node else u)
        for row in _evidence_rows(attrs):
            best[row] = min(best.get(row, via), via)
    by_doc: dict[str, list[tuple[tuple[int, str, str], Row]]] = defaultdict(list)
    for row, via in best.items():
        by_doc[row[0]].append((via, row))
    columns = [
        sorted(by_doc[doc], key=lambda item: (item[0][0], item[1][1:], item[0]))
        for doc in sorted(by_doc)
    ]
    ordered: list[tuple[Row, list[str]]] = []
    for depth in range(max((len(column) for column in columns), default=0)):
        for column in columns:
            if depth < len(column):
                (_, relation, other), row = column[depth]
                label = str(graph.nodes[other].get("label", other))
                ordered.append((row, [relation, other, label]))
    return ordered


def _evidence_rows(attrs: dict[str, Any]) -> list[Row]:
    evidence = attrs.get("evidence", [])
    if not isinstance(evidence, list):
        return []
    rows = {
        (str(ev.get("doc", "")), _int(ev.get("start", 0)), _int(ev.get("end", 0)), ev["text"])
        for ev in evidence
        if isinstance(ev, dict) and isinstance(ev.get("text"), str)
    }
    return sorted(rows)


def _sorted_edges(view: nx.MultiDiGraph) -> list[tuple[str, str, str, dict[str, Any]]]:
    return sorted(
        view.edges(keys=True, data=True), key=lambda edge: (edge[0], edge[1], str(edge[2]))
    )


def _node_tooltip(attrs: dict[str, Any], label: str) -> str:
    node_type = str(attrs.get("type", ""))
    style = NODE_STYLES.get(node_type, OTHER_STYLE)
    lines = [label, f"{style.name_zh} {node_type}".strip()]
    english = " / ".join(str(attrs[key]) for key in ("label_en", "pinyin") if attrs.get(key))
    if english:
        lines.append(english)
    lines.append(f"提及 mentions: {_int(attrs.get('count', 0))}")
    return "\n".join(lines)


def _edge_tooltip(graph: nx.MultiDiGraph, u: str, v: str, relation: str, weight: int) -> str:
    head = str(graph.nodes[u].get("label", u))
    tail = str(graph.nodes[v].get("label", v))
    return f"{head} → {relation} → {tail}\nweight {weight}"


def _node_size(count: int) -> int:
    return min(42, 10 + round(5 * math.log2(1 + max(count, 0))))


def _label_width(label: str) -> float:
    """Approximate width in pixels of a shortened label at the canvas font size (14 px)."""
    return sum(14.0 if ord(char) > 0x2E7F else 8.0 for char in _short(label))


def _short(label: str) -> str:
    return label if len(label) <= LABEL_MAX_CHARS else label[: LABEL_MAX_CHARS - 1] + "…"


def _counts(values: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for value in values:
        counts[value] += 1
    return dict(counts)


def _type_order(item: tuple[str, int]) -> tuple[int, str]:
    order = list(NODE_STYLES)
    return (order.index(item[0]) if item[0] in order else len(order), item[0])


def _relation_order(item: tuple[str, int]) -> tuple[int, str]:
    order = list(RELATION_COLOURS)
    return (order.index(item[0]) if item[0] in order else len(order), item[0])


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _static_script(name: str) -> str:
    text = (STATIC_DIR / name).read_text(encoding="utf-8")
    if "</script" in text.lower() or "<!--" in text:
        raise ValueError(f"{name} cannot be inlined in a <script> element")
    return text


def _static_style(name: str) -> str:
    text = (STATIC_DIR / name).read_text(encoding="utf-8")
    if "</style" in text.lower():
        raise ValueError(f"{name} cannot be inlined in a <style> element")
    return text
