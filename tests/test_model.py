"""One graph contract: the ontology, the HTML legend and the built graph agree with the model."""

from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS

from conftest import ROOT
from kgraph.model import (
    EVENT_TYPES,
    NODE_TYPES,
    RELATIONS,
    document_node_id,
    node_id,
)

KG_TTL = ROOT / "ontology" / "kgraph.ttl"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(KG_TTL)


def test_ontology_declares_every_node_type_and_relation(ontology: Graph) -> None:
    from kgraph.export.rdf import KG

    classes = set(ontology.subjects(RDF.type, OWL.Class))
    assert {KG[t] for t in NODE_TYPES} <= classes
    properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty))
    assert {KG[r] for r in RELATIONS} <= properties
    declared = {
        str(p)[len(str(KG)) :]
        for p in properties
        if str(p).startswith(str(KG)) and (p, RDFS.domain, None) in ontology
    }
    # Every relation the ontology declares between entities is one the model knows.
    assert declared - set(RELATIONS) <= {"eventType", "speaker", "mentionedIn", "supports", "post"}


def test_roles_are_sub_properties_of_participation_in_the_ontology(ontology: Graph) -> None:
    from kgraph.export.rdf import KG

    for name, spec in RELATIONS.items():
        parents = set(ontology.objects(KG[name], RDFS.subPropertyOf))
        if spec.parent:
            assert KG[spec.parent] in parents, name


def test_ontology_lists_the_event_types(ontology: Graph) -> None:
    from kgraph.export.rdf import KG

    assert set(ontology.subjects(RDF.type, KG.EventType)) == {KG[t] for t in EVENT_TYPES}


def test_html_legend_has_a_style_for_every_node_type() -> None:
    from kgraph.export.html import NODE_STYLES

    assert set(NODE_STYLES) == set(NODE_TYPES)


def test_ids_are_minted_in_one_place_and_refuse_unknown_types() -> None:
    assert node_id("Person", "习近平") == "Person:习近平"
    assert document_node_id("seeds/a.txt") == "Document:seeds/a.txt"
    with pytest.raises(ValueError, match="unknown node type"):
        node_id("Persn", "习近平")


def test_built_graph_follows_the_contract(seeds_build) -> None:
    seeds_graph = seeds_build.graph
    for node, data in seeds_graph.nodes(data=True):
        assert data["type"] in NODE_TYPES, node
        assert isinstance(data["label"], str) and data["label"], node
        assert isinstance(data["aliases"], list) and isinstance(data["docs"], list), node
        if data["type"] == "PolicyConcept" and "group" in data:
            assert isinstance(data["group"], list), node
    sources = [n for n, d in seeds_graph.nodes(data=True) if d.get("source_document")]
    assert len({seeds_graph.nodes[n]["file"] for n in sources}) == 5
    # 004 is a newspaper page in plain text: its three reports (a headline, then 本报讯…
    # or （上接第1版）) are items of the page, and the letter above them is the page's own text
    page = next(n for n in sources if n.endswith("004_27c6be5e85c048ef.txt"))
    items = sorted(u for u, v, key in seeds_graph.in_edges(page, keys=True) if key == "partOf")
    assert [seeds_graph.nodes[i]["title"] for i in items] == [
        "四部门开展基层劳动人事争议调解组织建设行动",
        "习近平同哥伦比亚总统佩特罗会谈",
        "全总工会理论和劳动关系智库基地文献资料中心揭牌仪式在京举行",
    ]
    assert len(sources) == 5 + len(items)
    for u, v, key, data in seeds_graph.edges(keys=True, data=True):
        spec = RELATIONS[key]
        assert data["relation"] == key
        assert seeds_graph.nodes[u]["type"] in spec.domain, (u, key, v)
        assert seeds_graph.nodes[v]["type"] in spec.range, (u, key, v)
        for item in data["evidence"]:
            assert set(item) == {"doc", "start", "end", "text"}


def test_help_imports_no_rdf_stack_or_model() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from kgraph.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    main(['--help'])\n"
        "heavy = {'rdflib', 'pyoxigraph', 'pycrfsuite', 'jieba', 'rjieba', 'networkx'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
