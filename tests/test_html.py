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

from conftest import TWO_ITEM_VISIT_PAGE, digest
from kgraph.export import EXPORTERS, ExportOptions
from kgraph.export import html as html_module
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


def write_page(graph: nx.MultiDiGraph, out_dir: Path, options: ExportOptions | None = None) -> Path:
    """Run the html exporter; the path of the page it wrote."""
    written = export_html(graph, Path(out_dir), options or ExportOptions())
    paths = written if isinstance(written, list) else [written]
    assert [path.name for path in paths] == ["graph.html"]
    return paths[0]


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
    first = write_page(seed_graph(), tmp_path / "a")
    second = write_page(seed_graph(reverse=True), tmp_path / "b")
    assert digest(first) == digest(second)
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
    shown = set(data["overview"])
    assert len(shown) == 40 == data["meta"]["shownNodes"]
    assert data["meta"]["totalNodes"] == 300 == data["meta"]["embeddedNodes"]  # below the cap
    # importance counts typed relations only: coOccursWith is bulk
    typed: dict[str, set[str]] = {node: set() for node in graph}
    for u, v, attrs in graph.edges(data=True):
        if attrs["relation"] != "coOccursWith" and u != v:
            typed[u].add(v)
            typed[v].add(u)
    weakest_kept = min(len(typed[node]) for node in shown)
    assert all(len(typed[node]) <= weakest_kept for node in set(graph) - shown)
    embedded = {node["id"] for node in data["nodes"]}
    assert all(edge["from"] in embedded and edge["to"] in embedded for edge in data["edges"])
    assert "kgraph build --max-nodes 0" not in html  # everything is embedded
    assert central_nodes(graph, 40) == central_nodes(graph.copy(), 40)  # ties broken by id
    assert "kgraph build --max-nodes" not in render_html(graph, max_nodes=0)


def test_embedded_expansion_data_is_bounded() -> None:
    graph = synthetic_graph(3000, 9000)
    data = page_data(render_html(graph, max_nodes=100))
    assert len(data["overview"]) == 100
    assert len(data["nodes"]) == html_module.EMBED_MIN_NODES < 3000
    bulk = [e for e in data["edges"] if e["kg"]["relation"] in data["backgroundRelations"]]
    assert len(bulk) <= html_module.BULK_EDGES_PER_NODE * len(data["nodes"])
    typed = [e for e in data["edges"] if e["kg"]["relation"] not in data["backgroundRelations"]]
    embedded = {node["id"] for node in data["nodes"]}
    expected = sum(
        1
        for u, v, attrs in graph.edges(data=True)
        if attrs["relation"] != "coOccursWith" and u in embedded and v in embedded
    )
    assert len(typed) == expected  # every typed edge between embedded nodes, for expansion
    assert all("x" in node for node in data["nodes"] if node["id"] in set(data["overview"]))
    assert not any("x" in node for node in data["nodes"] if node["id"] not in set(data["overview"]))
    assert "kgraph build --max-nodes 0" in render_html(graph, max_nodes=100)


def test_overview_is_focused_on_typed_relations_and_clustered() -> None:
    graph = nx.MultiDiGraph()

    def node(node_type: str, label: str, count: int = 1, **extra: object) -> str:
        graph.add_node(f"{node_type}:{label}", type=node_type, label=label, aliases=[],
                       count=count, docs=["d.txt"], **extra)  # fmt: skip
        return f"{node_type}:{label}"

    def edge(u: str, v: str, relation: str, weight: int = 1) -> None:
        graph.add_edge(u, v, key=relation, relation=relation, weight=weight, evidence=[])

    chatter = node("Person", "话多", count=99)  # co-occurs with everything, no typed relation
    doc = node("Document", "d.txt", file="d.txt", source_document=True)
    groups = []
    for g in range(3):
        members = [node("Person", f"人{g}{i}") for i in range(5)]
        org = node("Organization", f"机构{g}")
        for member in members:
            edge(member, org, "memberOf", 2)
            edge(doc, member, "mentions")
            edge(chatter, member, "coOccursWith", 50)
        groups.append([*members, org])
    edge(groups[0][0], groups[1][0], "metWith")
    data = page_data(render_html(graph, max_nodes=18))
    assert chatter not in data["overview"] and doc not in data["overview"]
    assert {n["id"] for n in data["nodes"]} >= {chatter, doc}  # reachable by search
    clusters = {n["id"]: n["kg"]["cluster"] for n in data["nodes"]}
    for members in groups:  # each organisation with its members is one cluster
        assert len({clusters[m] for m in members}) == 1 and clusters[members[0]] >= 0
    assert len({clusters[members[0]] for members in groups}) == 3
    assert [c["size"] for c in data["clusters"]] == [6, 6, 6]
    assert {c["label"] for c in data["clusters"]} == {"机构0", "机构1", "机构2"}
    by_id = {n["id"]: n for n in data["nodes"]}

    # a cluster sits together: members are closer to their organisation than to the others
    def dist(a: str, b: str) -> float:
        return ((by_id[a]["x"] - by_id[b]["x"]) ** 2 + (by_id[a]["y"] - by_id[b]["y"]) ** 2) ** 0.5

    for g, members in enumerate(groups):
        other = groups[(g + 1) % 3][-1]
        assert sum(dist(m, members[-1]) for m in members[:-1]) < sum(
            dist(m, other) for m in members[:-1]
        )
    assert data["backgroundRelations"] == ["coOccursWith", "mentions"]
    assert "PingFang SC" in data["options"]["nodes"]["font"]["face"]


def profile_graph() -> nx.MultiDiGraph:
    """A person with dated posts, events in several roles, a meeting and emphasised concepts."""
    graph = nx.MultiDiGraph()

    def node(node_type: str, label: str, **extra: object) -> str:
        graph.add_node(f"{node_type}:{label}", type=node_type, label=label, aliases=[],
                       count=3, docs=["a.md", "b.md"], **extra)  # fmt: skip
        return f"{node_type}:{label}"

    def edge(u: str, v: str, relation: str, doc: str = "a.md", **extra: object) -> None:
        evidence = [{"doc": doc, "start": 0, "end": 4, "text": f"{u}{relation}{v}"}]
        graph.add_edge(u, v, key=relation, relation=relation, weight=1, evidence=evidence, **extra)

    for doc, date in (("a.md", "2023-03-11"), ("b.md", "2024-05-02")):
        attrs = {"type": "Document", "label": doc, "aliases": [], "count": 1, "docs": [doc]}
        graph.add_node(f"Document:{doc}", **attrs, file=doc, source_document=True, date=date)
    li = node("Person", "李强")
    wang = node("Person", "王毅")
    premier = node("Position", "国务院总理")
    council = node("Organization", "国务院")
    meeting = node("Event", "国务院常务会议", event_type="Meeting", date="2023-03-17")
    forum = node("Event", "博鳌论坛", event_type="Conference", date="2024-03")
    concept = node("PolicyConcept", "高质量发展")
    place = node("Place", "北京")
    edge(li, premier, "holdsPosition", since="2023-03-11", observed=["2023-03-17", "2024-05-02"])
    edge(wang, premier, "holdsPosition", until="2023-03-11")
    edge(premier, council, "positionIn")
    edge(li, council, "leads")
    edge(li, meeting, "chaired")
    edge(li, meeting, "participatedIn")
    edge(li, forum, "spokeAt", doc="b.md")
    edge(li, forum, "participatedIn", doc="b.md")
    edge(wang, meeting, "participatedIn")
    edge(meeting, place, "locatedIn")
    edge(li, wang, "metWith", doc="b.md")
    edge(li, concept, "emphasized")
    statement = node("Statement", "李强：高质量发展", speaker=li, date="2023-04-01", text="…")
    edge(statement, concept, "mentions")
    return graph


def test_profiles_of_person_organization_event_and_position() -> None:
    data = page_data(render_html(profile_graph()))
    nodes = {n["id"]: n["kg"] for n in data["nodes"]}
    li = nodes["Person:李强"]["profile"]
    (post,) = li["posts"]["rows"]
    assert post["label"] == "国务院总理" and post["since"] == "2023-03-11"
    assert post["observed"] == ["2023-03-17", "2024-05-02", 2]
    assert post["in"] == [["Organization:国务院", "国务院"]]
    events = [(r["date"], r["label"], r["roles"]) for r in li["events"]["rows"]]
    assert events == [
        ("2023-03-17", "国务院常务会议", ["chaired", "participatedIn"]),
        ("2024-03", "博鳌论坛", ["spokeAt", "participatedIn"]),
    ]
    assert [(r["label"], r["dates"]) for r in li["met"]["rows"]] == [
        ("王毅", ["2024-05-02"] * 2 + [1])
    ]
    (concept,) = li["concepts"]["rows"]
    assert concept["label"] == "高质量发展" and concept["dates"] == ["2023-04-01"]  # the statement
    council = nodes["Organization:国务院"]["profile"]
    tenures = [
        (r["personLabel"], r.get("since"), r.get("until")) for r in council["tenures"]["rows"]
    ]
    assert tenures == [("王毅", None, "2023-03-11"), ("李强", "2023-03-11", None)]
    assert [r["label"] for r in council["people"]["rows"]] == ["李强"]
    meeting = nodes["Event:国务院常务会议"]
    assert meeting["when"] == "2023-03-17" and meeting["event_type"] == "Meeting"
    participants = [(r["label"], r["roles"]) for r in meeting["profile"]["participants"]["rows"]]
    assert participants == [("李强", ["chaired", "participatedIn"]), ("王毅", ["participatedIn"])]
    assert [r["label"] for r in meeting["profile"]["places"]["rows"]] == ["北京"]
    holders = nodes["Position:国务院总理"]["profile"]["holders"]["rows"]
    assert [r["personLabel"] for r in holders] == ["王毅", "李强"]  # in order of tenure
    # dated edges carry their tenure for the time filter; the period spans every date
    tenure = next(e["kg"] for e in data["edges"] if e["kg"]["relation"] == "holdsPosition"
                  and e["from"] == "Person:李强")  # fmt: skip
    assert tenure["since"] == "2023-03-11" and tenure["observed"] == ["2023-03-17", "2024-05-02"]
    assert data["meta"]["dateRange"] == ["2023-03-11", "2024-05-02"]
    assert {d["id"]: d["date"] for d in data["docs"]} == {
        "a.md": "2023-03-11",
        "b.md": "2024-05-02",
    }


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
    reversed_graph = nx.MultiDiGraph()  # the same graph, built in the opposite order
    reversed_graph.add_nodes_from(reversed(list(graph.nodes(data=True))))
    reversed_graph.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    assert html == render_html(reversed_graph)
    data = page_data(html)
    assert data["meta"]["totalNodes"] == graph.number_of_nodes() == len(data["nodes"])
    xi = next(node for node in data["nodes"] if node["kg"]["label"] == "习近平")
    assert xi["kg"]["type"] == "Person" and len(xi["kg"]["evidence"]) == 20  # capped
    assert xi["kg"]["evidenceTotal"] > 20
    # each sentence is evidence of a real edge between 习近平 and the node it names
    embedded = {node["id"] for node in data["nodes"]}
    for index, via in zip(xi["kg"]["evidence"], xi["kg"]["evidenceVia"], strict=True):
        relation, other = via[:2]
        assert len(via) == (2 if other in embedded else 3)  # labels of nodes the page lacks
        doc, start, end, text = data["sentences"][index]
        edges = [*graph.get_edge_data(xi["id"], other, default={}).values()]
        edges += [*graph.get_edge_data(other, xi["id"], default={}).values()]
        supported = [
            attrs
            for attrs in edges
            if attrs["relation"] == relation
            and {"doc": doc, "start": start, "end": end, "text": text} in attrs["evidence"]
        ]
        assert supported, (relation, other, text)
    # typed relations come first when the list is capped
    relations = [via[0] for via in xi["kg"]["evidenceVia"]]
    assert relations[0] not in {"coOccursWith", "mentions"}


def test_an_event_kept_per_item_shows_each_items_people_on_its_one_node(tmp_path) -> None:
    """A state visit told by two items of a page (a welcome, then the talks) is a node per item
    and one node of the visit; the visit's profile gathers the items' people and links each
    item's node, and an item's links the visit (新闻联播 2024-02-28)."""
    from kgraph.pipeline import build

    (tmp_path / "20240228.md").write_text(TWO_ITEM_VISIT_PAGE, encoding="utf-8")
    data = page_data(render_html(build([tmp_path]).graph))
    nodes = {n["id"]: n["kg"] for n in data["nodes"]}
    trip = "Event:朱利叶斯·马达·比奥访问中国（2024-02）"
    profile = nodes[trip]["profile"]
    assert {r["label"] for r in profile["participants"]["rows"]} == {"朱利叶斯·马达·比奥"}
    items = [r["id"] for r in profile["same"]["rows"]]
    assert len(items) == 2 and all(item.startswith(trip + "（") for item in items)
    for item in items:
        assert [r["id"] for r in nodes[item]["profile"]["same"]["rows"]] == [trip]
