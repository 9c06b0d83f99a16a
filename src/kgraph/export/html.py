"""The offline HTML explorer: one self-contained ``graph.html`` built with pyvis.

The page must open from disk on a machine with no network, so vis-network (the
copy pyvis ships, kept under ``static/``) and the explorer's own script and
style are inlined by our Jinja template instead of pyvis' CDN template.

Corpus text is data, never markup: the graph travels as JSON inside a
``<script type="application/json">`` block with ``<``, ``>``, ``&`` and
U+2028/U+2029 escaped, and the script renders it with ``textContent`` only.

What the page holds, and its bounds:

* the **overview** (the first view): the ``max_nodes`` most important entities,
  importance counted over typed relations only (``mentions`` and
  ``coOccursWith`` are bulk and do not count), never Document or Statement
  nodes; positions are computed here (physics is off in the browser), laid out
  by Louvain community (fixed seed) so clusters sit together;
* the **expansion data**: more nodes the page can load on a double-click, a
  search, a path or a ``#name`` link: at most
  ``max(EMBED_MIN_NODES, EMBED_FACTOR * max_nodes)`` nodes in order of
  importance (entities first, a fifth of the room kept for documents and
  statements), every typed edge between them, and at most
  ``BULK_EDGES_PER_NODE`` bulk edges per embedded node (heaviest first);
* per node at most ``EVIDENCE_CAP`` sentences (``EVIDENCE_CAP_EXPANSION`` for
  nodes outside the overview), per edge ``EDGE_EVIDENCE_CAP`` (typed) or
  ``BULK_EVIDENCE_CAP`` (bulk), per profile section ``PROFILE_ROWS`` rows;
  the panel says how many more exist.

``max_nodes <= 0`` puts every entity in the overview and embeds every node.
The same graph always gives the same bytes.
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
from kgraph.model import BULK_RELATIONS, ROLE_RELATIONS

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

EVIDENCE_CAP = 20  # sentences embedded per overview node; the panel says how many exist
EVIDENCE_CAP_EXPANSION = 5  # per node outside the overview
EDGE_EVIDENCE_CAP = 6  # per typed edge
BULK_EVIDENCE_CAP = 2  # per mentions / coOccursWith edge
EMBED_MIN_NODES = 2000  # nodes embedded for expansion: max(this, EMBED_FACTOR * max_nodes)
EMBED_FACTOR = 4
BULK_EDGES_PER_NODE = 2  # bulk edges embedded per embedded node, heaviest first
PROFILE_ROWS = 40  # rows per profile section (posts, events, people met, …)
LABEL_MAX_CHARS = 14  # longer labels (statements, concepts) are shortened on the canvas
LAYOUT_SEED = 20231023
CLUSTER_SEED = 20231023
# Documents and attributed statements are reached from the panel, a search or a
# double-click, never put in the overview: there are as many as articles.
OVERVIEW_HIDDEN_TYPES = frozenset({"Document", "Statement"})
# networkx' spring layout is dense (numpy only) below 500 nodes; above that it
# needs scipy and gets slow, so the rest of a big graph is placed around this core.
SPRING_CORE_MAX = 450
SPRING_SPREAD = 4.0  # spring length of the layout, times 1/sqrt(nodes)
Row = tuple[str, int, int, str]  # an evidence sentence: doc, start, end, text
BIG_GRAPH_EDGES = 3000  # above this, edges are hidden while dragging and zooming
# Fonts with Chinese glyphs on macOS, Windows and Linux, in that order of preference.
FONT_FACE = (
    '"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",'
    '"Source Han Sans SC","WenQuanYi Micro Hei",sans-serif'
)
# Cluster colours (the largest clusters first); the other clusters are grey.
CLUSTER_PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#393b79", "#637939", "#843c39",
    "#7b4173", "#3182bd", "#e6550d", "#31a354",
)  # fmt: skip
CLUSTER_OTHER = "#b0b0b0"
CLUSTER_MIN_SIZE = 3  # smaller clusters are listed together as "other"


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
    "chaired": "#ad494a",
    "spokeAt": "#e377c2",
    "accompanied": "#e7ba52",
    "metWith": "#8c564b",
    "issued": "#2ca02c",
    "signedBy": "#17becf",
    "authorOf": "#bcbd22",
    "occurredOn": "#7f7f7f",
    "locatedIn": "#98df8a",
    "subOrganizationOf": "#aec7e8",
    "emphasized": "#ffbb78",
    "partOf": "#a0a0a0",
    "sameEventAs": "#dbdb8d",
    "duplicateOf": "#333333",
    "mentions": "#d0d0d0",
    "coOccursWith": "#c7c7c7",
}
# Bulk relations: drawn without arrows, thin and grey, off when the page opens, left
# out of the importance measure, and ranked last when a node's evidence is capped.
BACKGROUND_RELATIONS = frozenset(BULK_RELATIONS | {"coOccursWith", "mentions"})
# the most specific first
ROLES: tuple[str, ...] = ("chaired", "spokeAt", "accompanied", "participatedIn")
if set(ROLES[:-1]) != set(ROLE_RELATIONS):  # pragma: no cover - the model changed
    ROLES = (*sorted(ROLE_RELATIONS), "participatedIn")

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
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@register("html")
def export_html(graph: nx.MultiDiGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    """Write ``out_dir/graph.html``, the offline explorer of ``graph``."""
    return [write_atomic(Path(out_dir) / "graph.html", render_html(graph, options.max_nodes))]


def render_html(graph: nx.MultiDiGraph, max_nodes: int = 500, title: str = "kgraph") -> str:
    """The explorer page as a string; ``max_nodes <= 0`` keeps every node."""
    typed = _typed_graph(graph)
    ranked = _ranked_nodes(graph, typed)
    hidden = OVERVIEW_HIDDEN_TYPES
    overview = [node for node in ranked if _type(graph, node) not in hidden]
    if max_nodes > 0:
        overview = overview[:max_nodes]
        cap = max(EMBED_MIN_NODES, EMBED_FACTOR * max_nodes)
        in_overview = set(overview)
        # entities first; a fifth of the room for documents and statements
        entities = [n for n in ranked if n not in in_overview and _type(graph, n) not in hidden]
        others = _documents_and_statements(graph, ranked)
        room = cap - len(overview)
        others = others[: max(room // 5, room - len(entities))]
        embedded = overview + entities[: room - len(others)] + others
    else:
        embedded = ranked
    # A real copy, not a subgraph view: views filter every lookup and are slow on big graphs.
    view = graph if len(embedded) == len(graph) else graph.subgraph(embedded).copy()
    clusters, cluster_of = _clusters(_induced(typed, embedded), ranked, set(overview))
    positions = layout_positions(_induced(typed, overview), overview, cluster_of, graph)
    edges = _embedded_edges(view, set(overview), cap_bulk=max_nodes > 0)
    net = _pyvis_network(graph, view, edges, positions)
    data = _page_data(graph, view, edges, net, max_nodes, overview, clusters, cluster_of)
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
    """The ``max_nodes`` most important nodes, most important first.

    Importance is counted over typed relations only (bulk ``mentions`` and
    ``coOccursWith`` say little): the number of distinct neighbours, then the
    summed edge weight, then the mention count; ties go to the smaller id, so
    the choice is deterministic.
    """
    ranked = _ranked_nodes(graph, _typed_graph(graph))
    return ranked[:max_nodes] if 0 < max_nodes < len(graph) else ranked


def _type(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("type", ""))


def _typed_graph(graph: nx.MultiDiGraph) -> nx.Graph:
    """The undirected simple graph of the typed relations, edge weight summed, nodes sorted."""
    weights: dict[tuple[str, str], int] = defaultdict(int)
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        if u == v or str(attrs.get("relation", key)) in BACKGROUND_RELATIONS:
            continue
        weights[(u, v) if u < v else (v, u)] += max(1, _int(attrs.get("weight", 1)))
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    simple.add_weighted_edges_from((u, v, w) for (u, v), w in sorted(weights.items()))
    return simple


def _induced(typed: nx.Graph, nodes: list[str]) -> nx.Graph:
    """The subgraph of ``typed`` on ``nodes``, nodes and edges in sorted order.

    (A networkx subgraph view iterates its node set when it is the smaller side, so its
    order, and Louvain's and the layout's results, would follow the hash seed.)
    """
    keep = set(nodes)
    induced = nx.Graph()
    induced.add_nodes_from(sorted(keep))
    induced.add_weighted_edges_from(
        sorted(
            (min(u, v), max(u, v), w)
            for u, v, w in typed.edges(keep, data="weight")
            if u in keep and v in keep
        )
    )
    return induced


def _ranked_nodes(graph: nx.MultiDiGraph, typed: nx.Graph) -> list[str]:
    def rank(node: str) -> tuple[int, int, int, str]:
        count = _int(graph.nodes[node].get("count", 0))
        strength = sum(w for _, _, w in typed.edges(node, data="weight"))
        return (-typed.degree(node), -strength, -count, node)

    return sorted(graph.nodes, key=rank)


def _documents_and_statements(graph: nx.MultiDiGraph, ranked: list[str]) -> list[str]:
    """Document and Statement nodes, alternately, in the order they are worth embedding.

    Documents by importance; statements by the importance of their speaker,
    so the statements a profile in the overview lists come first.
    """
    rank = {node: index for index, node in enumerate(ranked)}
    documents = [n for n in ranked if _type(graph, n) == "Document"]
    statements = [n for n in ranked if _type(graph, n) == "Statement"]
    statements.sort(key=lambda n: (rank.get(str(graph.nodes[n].get("speaker")), len(rank)), n))
    mixed = [n for pair in zip(documents, statements) for n in pair]
    shorter = min(len(documents), len(statements))
    return mixed + documents[shorter:] + statements[shorter:]


def _clusters(
    typed: nx.Graph, ranked: list[str], overview: set[str]
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Louvain communities of the typed relations (fixed seed), largest in the overview first.

    Returns the cluster table (name = its most important member, size in the
    overview, colour) and each node's cluster index.
    """
    rank = {node: index for index, node in enumerate(ranked)}
    # Louvain iterates sets of nodes: string nodes would make the communities depend on
    # the interpreter's hash seed, integers (in a sorted order) do not.
    names = sorted(n for n in typed if typed.degree(n) > 0)
    number = {name: index for index, name in enumerate(names)}
    connected = nx.Graph()
    connected.add_nodes_from(range(len(names)))
    connected.add_weighted_edges_from(
        sorted(
            (min(number[u], number[v]), max(number[u], number[v]), w)
            for u, v, w in typed.edges(data="weight")
        )
    )
    found = nx.community.louvain_communities(connected, weight="weight", seed=CLUSTER_SEED)
    groups = [sorted((names[i] for i in group), key=rank.__getitem__) for group in found]
    groups += [[node] for node in sorted(typed, key=rank.__getitem__) if typed.degree(node) == 0]

    def order(group: list[str]) -> tuple[int, int, int]:
        return (-sum(node in overview for node in group), -len(group), rank[group[0]])

    groups.sort(key=order)
    table: list[dict[str, Any]] = []
    cluster_of: dict[str, int] = {}
    for index, group in enumerate(groups):
        shown = sum(node in overview for node in group)
        if shown < CLUSTER_MIN_SIZE:
            break
        for node in group:
            cluster_of[node] = index
        colour = CLUSTER_PALETTE[index] if index < len(CLUSTER_PALETTE) else CLUSTER_OTHER
        table.append({"id": index, "lead": group[0], "size": shown, "colour": colour})
    return table, cluster_of


def layout_positions(
    view: nx.Graph | nx.MultiDiGraph,
    ranked: list[str],
    cluster_of: dict[str, int] | None = None,
    attributes: nx.MultiDiGraph | None = None,
) -> dict[str, tuple[int, int]]:
    """Pixel positions for the nodes ``ranked`` (most important first) over the edges of ``view``.

    The ``SPRING_CORE_MAX`` most important connected nodes get a seeded spring
    layout in which edges inside a cluster pull harder, so clusters sit
    together; every other connected node is put on a small spiral around its
    most important already placed neighbour (breadth first from the core),
    components that never touch the core start on a row below it, and
    isolated nodes go on a grid under everything. Labels and counts (for the
    room each node needs) are read from ``attributes`` (default: ``view``).
    """
    nodes = (attributes if attributes is not None else view).nodes
    cluster_of = cluster_of or {}
    rank = {node: index for index, node in enumerate(ranked)}
    simple = nx.Graph()
    simple.add_nodes_from(ranked)
    simple.add_edges_from(sorted((u, v) for u, v in view.edges() if u != v and u in rank))
    connected = [node for node in ranked if simple.degree(node) > 0]
    isolated = [node for node in ranked if simple.degree(node) == 0]

    core = sorted(connected[:SPRING_CORE_MAX])
    positions: dict[str, tuple[float, float]] = {}
    radius = max(250.0, 90.0 * math.sqrt(len(core)))
    if core:
        core_graph = nx.Graph()
        core_graph.add_nodes_from(core)
        for u, v in sorted(simple.subgraph(core).edges()):
            same = cluster_of.get(u, -1) == cluster_of.get(v, -2)
            core_graph.add_edge(u, v, weight=3.0 if same else 0.3)
        # A long spring length (k) spreads the dense core of a news graph evenly, so
        # the overlap removal below has little left to do.
        spread = SPRING_SPREAD / math.sqrt(len(core))
        spring = nx.spring_layout(
            core_graph, seed=LAYOUT_SEED, iterations=60, weight="weight", k=spread
        )
        points = np.array([spring[node] for node in core], dtype=float) * radius
        sizes = np.array([_node_size(_int(nodes[n].get("count", 0))) for n in core])
        widths = np.array([_label_width(str(nodes[n].get("label", n))) for n in core])
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


def _embedded_edges(
    view: nx.MultiDiGraph, overview: set[str], cap_bulk: bool
) -> list[tuple[str, str, str, dict[str, Any]]]:
    """Every typed edge of ``view`` and its heaviest bulk edges, sorted.

    Bulk edges between overview nodes come first, then the heaviest; at most
    ``BULK_EDGES_PER_NODE`` per node of ``view`` when ``cap_bulk``.
    """
    typed: list[tuple[str, str, str, dict[str, Any]]] = []
    bulk: list[tuple[str, str, str, dict[str, Any]]] = []
    for u, v, key, attrs in view.edges(keys=True, data=True):
        relation = str(attrs.get("relation", key))
        (bulk if relation in BACKGROUND_RELATIONS else typed).append((u, v, key, attrs))
    cap = BULK_EDGES_PER_NODE * view.number_of_nodes()
    if cap_bulk and len(bulk) > cap:
        bulk.sort(
            key=lambda e: (
                -(e[0] in overview and e[1] in overview),
                -_int(e[3].get("weight", 1)),
                e[0],
                e[1],
                str(e[2]),
            )
        )
        bulk = bulk[:cap]
    return sorted(typed + bulk, key=lambda e: (e[0], e[1], str(e[2])))


def _pyvis_network(
    graph: nx.MultiDiGraph,
    view: nx.MultiDiGraph,
    edges: list[tuple[str, str, str, dict[str, Any]]],
    positions: dict[str, tuple[int, int]],
) -> Network:
    """The vis-network items, built with pyvis (ids, styles, positions, tooltips).

    Only overview nodes have a position; the page places the others next to
    the node they are loaded from.
    """
    net = Network(directed=True)
    for node in sorted(view.nodes):
        attrs = view.nodes[node]
        style = NODE_STYLES.get(str(attrs.get("type", "")), OTHER_STYLE)
        label = str(attrs.get("label", node))
        placed = {"x": positions[node][0], "y": positions[node][1]} if node in positions else {}
        net.add_node(
            node,
            label=_short(label),
            shape=style.shape,
            color=style.colour,
            size=_node_size(_int(attrs.get("count", 0))),
            title=_node_tooltip(attrs, label),  # plain text: vis 9 shows it with innerText
            **placed,
        )
    parallel: dict[tuple[str, str], int] = defaultdict(int)
    for index, (u, v, key, attrs) in enumerate(edges):
        relation = str(attrs.get("relation", key))
        pair = (min(u, v), max(u, v))
        nth = parallel[pair]
        parallel[pair] += 1
        background = relation in BACKGROUND_RELATIONS
        options: dict[str, Any] = {
            "id": f"e{index}",
            "color": RELATION_COLOURS.get(relation, "#999999"),
            "width": 1 if background else 2,
        }  # the tooltip ("A → relation → B", weight) is made by the page: it is all in the data
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
    graph: nx.MultiDiGraph,
    view: nx.MultiDiGraph,
    edge_list: list[tuple[str, str, str, dict[str, Any]]],
    net: Network,
    max_nodes: int,
    overview: list[str],
    clusters: list[dict[str, Any]],
    cluster_of: dict[str, int],
) -> dict[str, Any]:
    """Everything the page script needs, as plain sorted JSON data."""
    doc_dates = _document_dates(graph)
    docs = _document_table(graph, view, edge_list)
    doc_index = {doc["id"]: index for index, doc in enumerate(docs)}
    in_overview = set(overview)
    profiles = _Profiles(graph, doc_dates)

    nodes = []
    for item in net.nodes:
        node = item["id"]
        attrs = view.nodes[node]
        details: dict[str, Any] = {
            key: value
            for key, value in sorted(attrs.items())
            if key not in {"docs", "aliases", "count"}
            and isinstance(value, str | int)
            and not isinstance(value, bool)
        }
        details["type"] = str(attrs.get("type", ""))
        details["label"] = str(attrs.get("label", node))
        details["aliases"] = sorted(str(alias) for alias in attrs.get("aliases", []))
        details["count"] = _int(attrs.get("count", 0))
        details["docs"] = sorted(doc_index[d] for d in set(attrs.get("docs", [])) if d in doc_index)
        details["cluster"] = cluster_of.get(node, -1)
        cap = EVIDENCE_CAP if node in in_overview else EVIDENCE_CAP_EXPANSION
        evidence = _node_evidence(graph, node)
        details["evidence"] = [row for row, _ in evidence[:cap]]
        # [relation, other node id, its label]; the label only when the page lacks the node
        details["evidenceVia"] = [via[:2] if via[1] in view else via for _, via in evidence[:cap]]
        details["evidenceTotal"] = len(evidence)
        if details["type"] == "Event":
            when = _event_date(graph, node)
            if when:
                details["when"] = when
        profile = profiles.of(node)
        if profile:
            details["profile"] = profile
        nodes.append({**item, "kg": details})

    edges = []
    for item, (_u, _v, key, attrs) in zip(net.edges, edge_list, strict=True):
        relation = str(attrs.get("relation", key))
        edge_evidence = _evidence_rows(attrs)
        edge_docs = {str(doc) for doc in attrs.get("docs", [])} | {row[0] for row in edge_evidence}
        cap = BULK_EVIDENCE_CAP if relation in BACKGROUND_RELATIONS else EDGE_EVIDENCE_CAP
        details = {
            "relation": relation,
            "weight": _int(attrs.get("weight", 1)),
            "docs": sorted(doc_index[d] for d in edge_docs if d in doc_index),
            "evidence": edge_evidence[:cap],
            "evidenceTotal": len(edge_evidence),
        }
        for field in ("since", "until"):
            if _is_date(attrs.get(field)):
                details[field] = str(attrs[field])
        observed = sorted({str(d) for d in attrs.get("observed", []) or [] if _is_date(d)})
        if observed:
            details["observed"] = observed
        edges.append({**item, "kg": details})

    # Sentences are stored once and referred to by index: many edges share them.
    sentences = sorted({row for item in (*nodes, *edges) for row in item["kg"]["evidence"]})
    sentence_index = {row: index for index, row in enumerate(sentences)}
    for item in (*nodes, *edges):
        item["kg"]["evidence"] = [sentence_index[row] for row in item["kg"]["evidence"]]

    type_counts = _counts(node["kg"]["type"] for node in nodes)
    for name in OVERVIEW_HIDDEN_TYPES & {str(a.get("type", "")) for _, a in graph.nodes(data=True)}:
        type_counts.setdefault(name, 0)
    relation_counts = _counts(edge["kg"]["relation"] for edge in edges)
    big = len(edges) > BIG_GRAPH_EDGES
    labels = {node["id"]: node["kg"]["label"] for node in nodes}
    dates = [d["date"] for d in docs if d.get("date")]
    dates += [n["kg"]["when"] for n in nodes if n["kg"].get("when")]
    dates += [e["kg"][f] for e in edges for f in ("since", "until") if e["kg"].get(f)]
    days = sorted({day for d in dates for day in _date_bounds(d) if "-99" not in day})
    days = [day for day in days if len(day) == 10]
    return {
        "meta": {
            "totalNodes": graph.number_of_nodes(),
            "totalEdges": graph.number_of_edges(),
            "shownNodes": len(overview),
            "embeddedNodes": len(nodes),
            "embeddedEdges": len(edges),
            "maxNodes": max_nodes,
            "documents": len(docs),
            "dateRange": [days[0], days[-1]] if days else [],
        },
        "overview": sorted(overview),
        "clusters": [{**cluster, "label": labels[cluster["lead"]]} for cluster in clusters],
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
        "roles": list(ROLES),
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


# --------------------------------------------------------------------------- dates


def _is_date(value: Any) -> bool:
    """An ISO 8601 date (``2025-04-28``, ``2025-04``, ``2025``) or interval ``A/B``."""
    if not isinstance(value, str) or not value:
        return False
    return all(_ISO_DATE.match(part) for part in value.split("/", 1))


def _date_bounds(value: str) -> tuple[str, str]:
    """First and last day a date or interval covers, as comparable strings."""
    first, _, last = value.partition("/")
    last = last or first
    return first, last + "-99-99"[len(last) - 4 :] if len(last) < 10 else last


def _document_dates(graph: nx.MultiDiGraph) -> dict[str, str]:
    """The date of every dated source document (and item), by document id.

    A source document's ``docs`` is its own id; graphs from before the
    ``source_document`` flag are recognised by ``file``, which was the id.
    Nodes are read in id order, so the result never depends on insertion order.
    """
    dates: dict[str, str] = {}
    for node in sorted(graph.nodes):
        attrs = graph.nodes[node]
        if attrs.get("type") != "Document" or not _is_date(attrs.get("date")):
            continue
        if attrs.get("source_document"):
            for doc in attrs.get("docs", []) or []:
                dates.setdefault(str(doc), str(attrs["date"]))
    return dates


def _event_date(graph: nx.MultiDiGraph, node: str) -> str:
    """An Event's own ``date``, else the Date it ``occurredOn``."""
    date = graph.nodes[node].get("date")
    if _is_date(date):
        return str(date)
    for _, other, key, attrs in sorted(graph.out_edges(node, keys=True, data=True)):
        if str(attrs.get("relation", key)) == "occurredOn":
            value = graph.nodes[other].get("value")
            if _is_date(value):
                return str(value)
    return ""


def _document_table(
    graph: nx.MultiDiGraph,
    view: nx.MultiDiGraph,
    edges: list[tuple[str, str, str, dict[str, Any]]],
) -> list[dict[str, Any]]:
    """Every source document the page refers to, with its metadata when the graph has it."""
    ids: set[str] = set()
    for _, attrs in view.nodes(data=True):
        ids.update(str(doc) for doc in attrs.get("docs", []))
    for _, _, _, attrs in edges:
        ids.update(str(doc) for doc in attrs.get("docs", []))
        ids.update(row[0] for row in _evidence_rows(attrs))
    sources: dict[str, tuple[str, dict[str, Any]]] = {}
    for node in sorted(graph.nodes):  # a page before its items
        attrs = graph.nodes[node]
        if attrs.get("source_document"):
            sources.setdefault(str(attrs["file"]), (node, attrs))
    table = []
    for doc in sorted(ids - {""}):
        node = f"Document:{doc}"  # kgraph.model.document_node_id
        if node in graph and graph.nodes[node].get("type") == "Document":
            source = graph.nodes[node]
        else:
            node, source = sources.get(doc, ("", {}))
        row = {"id": doc}
        if node in view:
            row["node"] = node
        for key in ("title", "date", "publisher", "source_url"):
            if isinstance(source.get(key), str) and source[key]:
                row[key] = source[key]
        if "date" in row and not _is_date(row["date"]):
            del row["date"]
        table.append(row)
    return table


# --------------------------------------------------------------------------- profiles


def _span(dates: Iterable[str]) -> list[Any]:
    """``[first, last, how many]`` of a set of dates, or ``[]``."""
    unique = sorted(set(dates))
    return [unique[0], unique[-1], len(unique)] if unique else []


class _Profiles:
    """The structured side-panel profile of a Person, Organization, Event or Position."""

    def __init__(self, graph: nx.MultiDiGraph, doc_dates: dict[str, str]) -> None:
        self.graph = graph
        self.doc_dates = doc_dates
        # (speaker, concept) -> dates of the speaker's statements that mention the concept
        self.statement_dates: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.statements: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for node, attrs in graph.nodes(data=True):
            speaker = attrs.get("speaker")
            if attrs.get("type") != "Statement" or not isinstance(speaker, str):
                continue
            date = str(attrs.get("date", "")) if _is_date(attrs.get("date")) else ""
            if not date:
                known = [doc_dates[d] for d in attrs.get("docs", []) if d in doc_dates]
                date = min(known, default="")
            self.statements[speaker].append((date, node))
            if date:
                for _, concept, key in graph.out_edges(node, keys=True):
                    if key == "mentions" and graph.nodes[concept].get("type") == "PolicyConcept":
                        self.statement_dates[(speaker, concept)].add(date)

    def of(self, node: str) -> dict[str, Any] | None:
        kind = str(self.graph.nodes[node].get("type", ""))
        build = {
            "Person": self._person,
            "Organization": self._organization,
            "Event": self._event,
            "Position": self._position,
        }.get(kind)
        if build is None:
            return None
        sections = {name: rows for name, rows in build(node).items() if rows}
        return {
            name: {"rows": rows[:PROFILE_ROWS], "total": len(rows)}
            for name, rows in sorted(sections.items())
        } or None

    # -- helpers

    def _label(self, node: str) -> str:
        return str(self.graph.nodes[node].get("label", node))

    def _relation(self, key: str, attrs: dict[str, Any]) -> str:
        return str(attrs.get("relation", key))

    def _edges(self, node: str, relations: Iterable[str], out: bool = True):
        wanted = set(relations)
        edges = self.graph.out_edges if out else self.graph.in_edges
        for u, v, key, attrs in sorted(
            edges(node, keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))
        ):
            if self._relation(key, attrs) in wanted:
                yield (v if out else u), self._relation(key, attrs), attrs

    def _dates(self, attrs: dict[str, Any]) -> list[str]:
        docs = {row[0] for row in _evidence_rows(attrs)} | set(attrs.get("docs", []) or [])
        return sorted({self.doc_dates[d] for d in docs if d in self.doc_dates})

    def _tenure(self, person: str, post: str, attrs: dict[str, Any]) -> dict[str, Any]:
        observed = [str(d) for d in attrs.get("observed", []) or [] if _is_date(d)]
        row: dict[str, Any] = {
            "id": post,
            "label": self._label(post),
            "person": person,
            "personLabel": self._label(person),
            "observed": _span(observed or self._dates(attrs)),
            "weight": _int(attrs.get("weight", 1)),
        }
        for field in ("since", "until"):
            if _is_date(attrs.get(field)):
                row[field] = str(attrs[field])
        return row

    @staticmethod
    def _first(row: dict[str, Any]) -> tuple[str, str]:
        """Sort key of a tenure: when it is first known to hold, then when it ended."""
        first = row.get("since") or (row["observed"][0] if row.get("observed") else "9999")
        return (str(first), str(row.get("until") or "9999"))

    def _dated_people(self, node: str, relations: Iterable[str], out: bool) -> list[dict]:
        rows: dict[str, dict[str, Any]] = {}
        for other, relation, attrs in self._edges(node, relations, out):
            row = rows.setdefault(
                other,
                {"id": other, "label": self._label(other), "relations": [], "dates": []},
            )
            row["relations"] = sorted({*row["relations"], relation})
            row["dates"] = sorted({*row["dates"], *self._dates(attrs)})
            row["weight"] = row.get("weight", 0) + _int(attrs.get("weight", 1))
        result = []
        for row in rows.values():
            row["dates"] = _span(row["dates"])
            result.append(row)
        return sorted(result, key=lambda r: (-r["weight"], r["label"], r["id"]))

    # -- profiles

    def _person(self, node: str) -> dict[str, list[dict[str, Any]]]:
        posts = []
        for post, _, attrs in self._edges(node, ["holdsPosition"]):
            row = self._tenure(node, post, attrs)
            del row["person"], row["personLabel"]
            row["in"] = [
                [org, self._label(org)] for org, _, _ in self._edges(post, ["positionIn"])
            ][:3]
            posts.append(row)
        # the best attested posts first (a title read once may be a misreading)
        posts.sort(key=lambda r: (-r["weight"], self._first(r), r["label"]))

        events: dict[str, dict[str, Any]] = {}
        for event, relation, attrs in self._edges(node, ROLES):
            row = events.setdefault(
                event,
                {
                    "id": event,
                    "label": self._label(event),
                    "roles": [],
                    "date": _event_date(self.graph, event),
                    "docDates": [],
                },
            )
            row["roles"] = [r for r in ROLES if r in {*row["roles"], relation}]
            row["docDates"] = sorted({*row["docDates"], *self._dates(attrs)})
        event_rows = []
        for row in events.values():
            kind = self.graph.nodes[row["id"]].get("event_type")
            if isinstance(kind, str) and kind:
                row["eventType"] = kind
            row["docDates"] = _span(row["docDates"])
            event_rows.append(row)
        event_rows.sort(
            key=lambda r: (r["date"] or (r["docDates"][0] if r["docDates"] else "9999"), r["label"])
        )

        concepts = []
        for concept, _, attrs in self._edges(node, ["emphasized"]):
            spoken = self.statement_dates.get((node, concept), set())
            dates = sorted(spoken or set(self._dates(attrs)))
            concepts.append(
                {
                    "id": concept,
                    "label": self._label(concept),
                    "dates": dates[-12:],
                    "dateCount": len(dates),
                    "weight": _int(attrs.get("weight", 1)),
                }
            )
        concepts.sort(key=lambda r: (-r["weight"], r["label"], r["id"]))

        statements = [
            {"id": s, "label": self._label(s), "date": date}
            for date, s in sorted(self.statements.get(node, []), key=lambda x: (x[0] or "0", x[1]))
        ][::-1]
        return {
            "posts": posts,
            "events": event_rows,
            "met": self._dated_people(node, ["metWith"], True)
            + [
                row
                for row in self._dated_people(node, ["metWith"], False)
                if not self.graph.has_edge(node, row["id"], "metWith")
            ],
            "concepts": concepts,
            "organizations": self._dated_people(node, ["leads", "memberOf"], True),
            "statements": statements,
        }

    def _organization(self, node: str) -> dict[str, list[dict[str, Any]]]:
        tenures = []
        for post, _, _ in self._edges(node, ["positionIn"], out=False):
            for person, _, attrs in self._edges(post, ["holdsPosition"], out=False):
                tenures.append(self._tenure(person, post, attrs))
        tenures.sort(key=lambda r: (r["label"], self._first(r), r["personLabel"]))
        return {
            "tenures": tenures,
            "people": self._dated_people(node, ["leads", "memberOf"], out=False),
            "parts": self._dated_people(node, ["subOrganizationOf"], out=False),
            "parents": self._dated_people(node, ["subOrganizationOf"], out=True),
        }

    def _event(self, node: str) -> dict[str, list[dict[str, Any]]]:
        # an event two items of a page name: its one node gathers the people of each item's node
        accounts = [item for item, _, _ in self._edges(node, ["sameEventAs"], out=False)]
        agents: dict[str, set[str]] = defaultdict(set)
        for reported in (node, *accounts):
            for agent, relation, _ in self._edges(reported, ROLES, out=False):
                agents[agent].add(relation)
        participants = [
            {
                "id": agent,
                "label": self._label(agent),
                "roles": [r for r in ROLES if r in relations],
                "type": str(self.graph.nodes[agent].get("type", "")),
            }
            for agent, relations in agents.items()
        ]
        participants.sort(key=lambda r: (ROLES.index(r["roles"][0]), r["label"], r["id"]))
        places = [
            {"id": place, "label": self._label(place)}
            for place, _, _ in self._edges(node, ["locatedIn"])
        ]
        same = [w for w, _, _ in self._edges(node, ["sameEventAs"])] + accounts
        return {
            "participants": participants,
            "places": places,
            "same": [{"id": other, "label": self._label(other)} for other in same],
        }

    def _position(self, node: str) -> dict[str, list[dict[str, Any]]]:
        holders = [
            self._tenure(person, node, attrs)
            for person, _, attrs in self._edges(node, ["holdsPosition"], out=False)
        ]
        holders.sort(key=lambda r: (self._first(r), r["personLabel"]))
        return {
            "holders": holders,
            "in": [
                {"id": org, "label": self._label(org)}
                for org, _, _ in self._edges(node, ["positionIn"])
            ],
        }


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


def _node_tooltip(attrs: dict[str, Any], label: str) -> str:
    node_type = str(attrs.get("type", ""))
    style = NODE_STYLES.get(node_type, OTHER_STYLE)
    lines = [label, f"{style.name_zh} {node_type}".strip()]
    english = " / ".join(str(attrs[key]) for key in ("label_en", "pinyin") if attrs.get(key))
    if english:
        lines.append(english)
    lines.append(f"提及 mentions: {_int(attrs.get('count', 0))}")
    return "\n".join(lines)


def _node_size(count: int) -> int:
    return min(32, 8 + round(3.2 * math.log2(1 + max(count, 0))))


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
