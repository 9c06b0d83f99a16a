"""The offline HTML explorer: self-contained, deterministic, and corpus text stays data.

The graphs here follow the graph model (see kgraph.export) and are built from
the real seed texts: every evidence sentence is cut from a seed file at its
real offsets. ``seed_graph`` and ``hostile_graph`` are shared with
test_browser.py.
"""

from __future__ import annotations

import json
import random
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from kgraph.export import EXPORTERS, ExportOptions
from kgraph.export.html import central_nodes, export_html, render_html, script_json

ROOT = Path(__file__).resolve().parents[1]
DOC_A = "seeds/000_cc6376245e4762b1.txt"  # 人民日报 print layout, full-width punctuation
DOC_B = "seeds/001_bf8f93f96d8ac429.txt"  # the same story as a web page, ASCII commas

# (type, label, aliases, extra attributes)
ENTITIES: list[tuple[str, str, list[str], dict[str, str]]] = [
    (
        "Person",
        "习近平",
        [],
        {"label_en": "Xi Jinping", "pinyin": "Xí Jìnpíng", "wikidata": "Q15031"},
    ),
    ("Person", "蔡奇", [], {"label_en": "Cai Qi", "pinyin": "Cài Qí"}),
    ("Person", "王东明", [], {"pinyin": "Wáng Dōngmíng"}),
    ("Person", "徐留平", [], {"pinyin": "Xú Liúpíng"}),
    (
        "Organization",
        "中华全国总工会",
        ["全国总工会"],
        {"label_en": "All-China Federation of Trade Unions"},
    ),
    ("Position", "国家主席", [], {"label_en": "President of the People's Republic of China"}),
    ("Position", "中共中央总书记", [], {"label_en": "General Secretary"}),
    ("Position", "中华全国总工会主席", [], {}),
    ("Place", "中南海", [], {"pinyin": "Zhōngnánhǎi"}),
    ("Place", "北京", [], {"label_en": "Beijing"}),
    ("Event", "集体谈话", [], {}),
    ("Date", "2023-10-23", ["10月23日"], {"value": "2023-10-23"}),
]

# (head label, relation, tail label, words the evidence sentence must contain)
RELATIONS: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("习近平", "holdsPosition", "国家主席", ("国家主席", "习近平")),
    ("习近平", "holdsPosition", "中共中央总书记", ("中共中央总书记", "习近平")),
    ("王东明", "holdsPosition", "中华全国总工会主席", ("中华全国总工会主席王东明",)),
    ("中华全国总工会主席", "positionIn", "中华全国总工会", ("中华全国总工会主席",)),
    ("习近平", "participatedIn", "集体谈话", ("习近平", "集体谈话")),
    ("蔡奇", "participatedIn", "集体谈话", ("蔡奇参加集体谈话",)),
    ("集体谈话", "locatedIn", "中南海", ("中南海", "集体谈话")),
    ("集体谈话", "occurredOn", "2023-10-23", ("10月23日", "集体谈话")),
    ("习近平", "coOccursWith", "中华全国总工会", ("习近平", "中华全国总工会")),
    ("徐留平", "coOccursWith", "中华全国总工会", ("徐留平", "全国总工会")),
]

HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_SCRIPT = "</script><script>alert(1)</script>"


def _sentences(raw: str) -> list[tuple[int, int, str]]:
    """Sentences of a raw file with their offsets: split after 。！？ and at line ends."""
    return [
        (match.start(), match.end(), match.group())
        for match in re.finditer(r"[^。！？\n]+[。！？]?", raw)
        if match.group().strip()
    ]


def _evidence(raws: dict[str, str], words: tuple[str, ...]) -> list[dict[str, object]]:
    found = []
    for doc, raw in sorted(raws.items()):
        for start, end, text in _sentences(raw):
            if all(word in text for word in words):
                found.append({"doc": doc, "start": start, "end": end, "text": text})
    return found


def seed_graph(reverse: bool = False) -> nx.MultiDiGraph:
    """A small graph in the kgraph model from two seed files; ``reverse`` flips insertion order."""
    raws = {doc: (ROOT / doc).read_text(encoding="utf-8") for doc in (DOC_A, DOC_B)}
    nodes: list[tuple[str, dict[str, object]]] = []
    for node_type, label, aliases, extra in ENTITIES:
        surface = [label, *aliases]
        docs = sorted(doc for doc, raw in raws.items() if any(s in raw for s in surface))
        count = sum(raw.count(s) for raw in raws.values() for s in surface)
        attrs = {"type": node_type, "label": label, "aliases": sorted(aliases), "count": count}
        nodes.append((f"{node_type}:{label}", {**attrs, "docs": docs, **extra}))
    titles = {
        DOC_A: "习近平在同中华全国总工会新一届领导班子成员集体谈话时强调",
        DOC_B: "江西省农业农村厅转载",
    }
    for doc in (DOC_A, DOC_B):
        attrs = {"type": "Document", "label": titles[doc], "aliases": [], "count": 1}
        attrs.update(docs=[doc], file=doc, title=titles[doc], date="2023-10-24")
        nodes.append((f"Document:{doc}", {**attrs, "publisher": "新华社"}))
    by_label = {attrs["label"]: node for node, attrs in nodes}
    edges: list[tuple[str, str, str, dict[str, object]]] = []
    for head, relation, tail, words in RELATIONS:
        evidence = _evidence(raws, words)
        assert evidence, f"no seed sentence contains {words}"
        attrs = {"relation": relation, "weight": len(evidence), "evidence": evidence}
        edges.append((by_label[head], by_label[tail], relation, attrs))
    for doc in (DOC_A, DOC_B):
        for label in ("习近平", "中华全国总工会"):
            evidence = [ev for ev in _evidence(raws, (label,)) if ev["doc"] == doc][:3]
            attrs = {"relation": "mentions", "weight": len(evidence), "evidence": evidence}
            edges.append((f"Document:{doc}", by_label[label], "mentions", attrs))
    graph = nx.MultiDiGraph()
    for node, attrs in reversed(nodes) if reverse else nodes:
        graph.add_node(node, **attrs)
    for head, tail, key, attrs in reversed(edges) if reverse else edges:
        graph.add_edge(head, tail, key=key, **attrs)
    return graph


def hostile_graph() -> nx.MultiDiGraph:
    """Markup and script in every corpus-derived string: labels, aliases, sentences, file names."""
    doc = f"seeds/{HOSTILE_SCRIPT}{HOSTILE_IMG}.txt"
    sentence = f"新华社电 {HOSTILE_IMG} 会见 {HOSTILE_SCRIPT} 时强调\u2028&amp;"
    graph = nx.MultiDiGraph()
    graph.add_node(
        f"Person:{HOSTILE_IMG}",
        type="Person",
        label=HOSTILE_IMG,
        aliases=[HOSTILE_SCRIPT, "张三"],
        count=3,
        docs=[doc],
        label_en=HOSTILE_SCRIPT,
    )
    graph.add_node(
        f"Organization:{HOSTILE_SCRIPT}",
        type="Organization",
        label=HOSTILE_SCRIPT,
        aliases=[],
        count=2,
        docs=[doc],
    )
    graph.add_node(
        f"Document:{doc}",
        type="Document",
        label=HOSTILE_IMG,
        aliases=[],
        count=1,
        docs=[doc],
        file=doc,
        title=HOSTILE_SCRIPT,
        source_url="javascript:alert(1)",
    )
    evidence = [{"doc": doc, "start": 0, "end": len(sentence), "text": sentence}]
    graph.add_edge(
        f"Person:{HOSTILE_IMG}",
        f"Organization:{HOSTILE_SCRIPT}",
        key="metWith",
        relation="metWith",
        weight=1,
        evidence=evidence,
    )
    graph.add_edge(
        f"Document:{doc}",
        f"Person:{HOSTILE_IMG}",
        key="mentions",
        relation="mentions",
        weight=1,
        evidence=evidence,
    )
    return graph


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 7) -> nx.MultiDiGraph:
    """A random graph in the model with Chinese labels, for size and speed checks."""
    rng = random.Random(seed)
    types = ["Person", "Organization", "Place", "Date", "Position", "Event", "PolicyConcept"]
    chars = "国家发展改革委员会人民政府工会中华全国总北京上海广东省市区县主席书记部长经济社会"
    graph = nx.MultiDiGraph()
    ids = []
    for index in range(n_nodes):
        node_type = types[index % len(types)]
        label = "".join(rng.choice(chars) for _ in range(rng.randint(2, 6))) + str(index)
        node = f"{node_type}:{label}"
        ids.append(node)
        doc = f"corpus/{index % 50:03d}.txt"
        graph.add_node(
            node,
            type=node_type,
            label=label,
            aliases=[f"别名{index}"],
            count=1 + index % 9,
            docs=[doc],
        )
    relations = ["coOccursWith", "coOccursWith", "memberOf", "holdsPosition", "locatedIn"]
    for index in range(n_edges):
        # preferential: low indices are hubs, so the graph has a core like real news graphs
        u = ids[int(len(ids) * rng.random() ** 2)]
        v = ids[rng.randrange(len(ids))]
        relation = relations[index % len(relations)]
        head = graph.nodes[u]["label"]
        tail = graph.nodes[v]["label"]
        text = f"{head}与{tail}在会议上共同出席。"
        doc = graph.nodes[u]["docs"][0]
        evidence = [{"doc": doc, "start": index * 10, "end": index * 10 + len(text), "text": text}]
        graph.add_edge(
            u,
            v,
            key=f"{relation}{index}",
            relation=relation,
            weight=1 + index % 4,
            evidence=evidence,
        )
    return graph


class _Resources(HTMLParser):
    """Collects every tag and the URL-bearing attributes of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.urls: list[str] = []
        self.scripts: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in {"src", "href", "srcset", "poster", "data", "action"} and value is not None:
                self.urls.append(value)
        if tag == "script":
            self.scripts.append(dict(attrs))


def page_data(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match, "the page has no data block"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def seed_html() -> str:
    return render_html(seed_graph())


def test_page_loads_nothing_from_the_network(seed_html: str) -> None:
    parser = _Resources()
    parser.feed(seed_html)
    assert parser.urls == []  # no src/href at all: scripts and styles are inline
    assert all("src" not in script for script in parser.scripts)
    assert "link" not in parser.tags
    for url in re.findall(r"url\(\s*['\"]?([^'\")]*)", seed_html):
        assert url.startswith("data:"), url
    assert "@import" not in seed_html
    assert "cdn.jsdelivr" not in seed_html and "cdnjs" not in seed_html
    assert "new vis.Network" in seed_html  # vis-network itself is inlined
    assert "Content-Security-Policy" in seed_html and "default-src 'none'" in seed_html


def test_same_graph_gives_identical_bytes(tmp_path: Path) -> None:
    first = export_html(seed_graph(), tmp_path / "a", ExportOptions())
    second = export_html(seed_graph(reverse=True), tmp_path / "b", ExportOptions())
    assert first.name == "graph.html"
    assert first.read_bytes() == second.read_bytes()
    assert EXPORTERS["html"] is export_html


def test_data_keeps_chinese_labels_details_and_evidence(seed_html: str) -> None:
    data = page_data(seed_html)
    nodes = {node["id"]: node for node in data["nodes"]}
    xi = nodes["Person:习近平"]
    assert xi["label"] == "习近平"
    assert xi["kg"]["label_en"] == "Xi Jinping" and xi["kg"]["pinyin"] == "Xí Jìnpíng"
    assert xi["shape"] == "dot" and nodes["Organization:中华全国总工会"]["shape"] == "square"
    assert xi["size"] > nodes["Person:徐留平"]["size"]  # 习近平 is mentioned far more often
    assert isinstance(xi["x"], int) and isinstance(xi["y"], int)
    # node evidence is the evidence of its edges, and points at the real file offsets
    raws = {doc: (ROOT / doc).read_text(encoding="utf-8") for doc in (DOC_A, DOC_B)}
    texts = []
    for index in xi["kg"]["evidence"]:
        doc, start, end, text = data["sentences"][index]
        assert raws[doc][start:end] == text
        texts.append(text)
    assert any("国家主席" in text and "习近平" in text for text in texts)
    assert {data["docs"][i]["id"] for i in xi["kg"]["docs"]} == {DOC_A, DOC_B}
    # typed relations come before co-occurrence and mentions in a capped list
    first = data["sentences"][xi["kg"]["evidence"][0]][3]
    assert "习近平" in first and ("集体谈话" in first or "国家主席" in first or "总书记" in first)
    co = [edge for edge in data["edges"] if edge["kg"]["relation"] == "coOccursWith"]
    assert co and all(edge["arrows"] == "" for edge in co)
    assert {doc["id"]: doc.get("title") for doc in data["docs"]}[DOC_A].startswith("习近平")
    assert data["meta"]["documents"] == 2 and "· 2 文件 documents" in seed_html
    # tooltips are plain text: vis-network 9 shows a string title with innerText
    assert xi["title"].splitlines()[:2] == ["习近平", "人物 Person"]


def test_script_json_escapes_everything_that_could_end_a_script() -> None:
    value = {"s": f"{HOSTILE_SCRIPT}{HOSTILE_IMG}&\u2028\u2029<!--"}
    text = script_json(value)
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in text
    assert json.loads(text) == value
    broken = {"s": "surrogateescape \udcb3 from a bad byte"}
    assert json.loads(script_json(broken)) == broken
    script_json(broken).encode("utf-8")  # writable as UTF-8


def test_hostile_strings_stay_data() -> None:
    html = render_html(hostile_graph())
    assert HOSTILE_IMG not in html
    assert "<script>alert" not in html
    assert "onerror=alert" not in html.replace("onerror=alert(1)\\u003e", "")
    parser = _Resources()
    parser.feed(html)
    assert parser.tags.count("script") == 3 and parser.tags.count("img") == 0
    data = page_data(html)  # the strings come back intact for the page to show as text
    labels = {node["kg"]["label"] for node in data["nodes"]}
    assert labels == {HOSTILE_IMG, HOSTILE_SCRIPT}
    assert HOSTILE_IMG in data["sentences"][0][3] and "\u2028" in data["sentences"][0][3]
    assert data["docs"][0]["id"].startswith(f"seeds/{HOSTILE_SCRIPT}")
    # the page script never feeds data to innerHTML
    script = (Path(render_html.__code__.co_filename).parent / "static" / "explorer.js").read_text()
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    assert "document.write" not in script


def test_big_graph_keeps_the_most_central_nodes_and_says_so() -> None:
    graph = synthetic_graph(300, 900)
    html = render_html(graph, max_nodes=40)
    data = page_data(html)
    shown = {node["id"] for node in data["nodes"]}
    assert len(shown) == 40 == data["meta"]["shownNodes"]
    assert data["meta"]["totalNodes"] == 300
    degree = {
        node: len(set(graph.predecessors(node)) | set(graph.successors(node)) - {node})
        for node in graph
    }
    weakest_kept = min(degree[node] for node in shown)
    assert all(degree[node] <= weakest_kept for node in set(graph) - shown)
    assert all(edge["from"] in shown and edge["to"] in shown for edge in data["edges"])
    assert "kgraph build --max-nodes 300" in html
    assert central_nodes(graph, 40) == central_nodes(graph.copy(), 40)  # ties broken by id
    assert "kgraph build --max-nodes" not in render_html(graph, max_nodes=0)


def test_positions_are_spread_out_and_isolated_nodes_sit_apart(seed_html: str) -> None:
    nodes = page_data(seed_html)["nodes"]
    points = {(node["x"], node["y"]) for node in nodes}
    assert len(points) == len(nodes)  # no two nodes on top of each other
    beijing = next(node for node in nodes if node["id"] == "Place:北京")  # no edges
    connected = [node["y"] for node in nodes if node["id"] != "Place:北京"]
    assert beijing["y"] > max(connected)


def test_model_attributes_never_reach_vis_options(seed_html: str) -> None:
    # vis-network reads "value", "group", "title", "hidden"… on its items: the graph's own
    # attributes (a Date's ISO value, a concept's group) live under "kg" instead.
    data = page_data(seed_html)
    vis_node_fields = {"id", "label", "shape", "color", "size", "x", "y", "title", "kg"}
    assert all(set(node) <= vis_node_fields for node in data["nodes"])
    date = next(node for node in data["nodes"] if node["id"] == "Date:2023-10-23")
    assert date["kg"]["value"] == "2023-10-23" and date["kg"]["aliases"] == ["10月23日"]
    assert all(not {"value", "group", "hidden"} & set(edge) for edge in data["edges"])
    assert data["options"]["physics"] == {"enabled": False}  # positions are precomputed


def test_empty_graph_still_gives_a_page() -> None:
    data = page_data(render_html(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["edges"] == [] and data["meta"]["totalNodes"] == 0


def test_real_seed_build_renders_with_its_evidence(seeds_build) -> None:
    graph = seeds_build.graph
    html = render_html(graph)
    assert html == render_html(graph.copy())
    data = page_data(html)
    assert data["meta"]["totalNodes"] == graph.number_of_nodes() == len(data["nodes"])
    xi = next(node for node in data["nodes"] if node["kg"]["label"] == "习近平")
    assert xi["kg"]["type"] == "Person" and len(xi["kg"]["evidence"]) == 20  # capped
    assert xi["kg"]["evidenceTotal"] > 20
    # each sentence is evidence of a real edge between 习近平 and the node it names
    for index, (relation, other, label) in zip(
        xi["kg"]["evidence"], xi["kg"]["evidenceVia"], strict=True
    ):
        doc, start, end, text = data["sentences"][index]
        assert graph.nodes[other]["label"] == label
        edges = [*graph.get_edge_data(xi["id"], other, default={}).values()]
        edges += [*graph.get_edge_data(other, xi["id"], default={}).values()]
        supported = [
            attrs
            for attrs in edges
            if attrs["relation"] == relation
            and {"doc": doc, "start": start, "end": end, "text": text} in attrs["evidence"]
        ]
        assert supported, (relation, label, text)
    # typed relations come first when the list is capped
    relations = [via[0] for via in xi["kg"]["evidenceVia"]]
    assert relations[0] not in {"coOccursWith", "mentions"}
