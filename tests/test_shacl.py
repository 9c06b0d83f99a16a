"""SHACL conformance of the RDF export, against ontology/shapes.ttl."""

from __future__ import annotations

import networkx as nx
import pyshacl
import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from kgraph.export.rdf import KG, graph_to_rdf, node_iri
from rdf_sample import ROOT, build_seeds, sample_graph

BASE = "https://kgraph.example.org/id/"


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ROOT / "ontology" / "shapes.ttl")


def conforms(data: Graph, shapes: Graph) -> tuple[bool, str]:
    ok, _, text = pyshacl.validate(data, shacl_graph=shapes, advanced=True)
    return ok, text


def test_sample_graph_conforms(shapes: Graph) -> None:
    ok, report = conforms(graph_to_rdf(sample_graph(), BASE), shapes)
    assert ok, report


def test_relation_with_wrong_domain_is_reported(shapes: Graph) -> None:
    graph = sample_graph()
    post = next(n for n, d in graph.nodes(data=True) if d["type"] == "Position")
    graph.add_edge("Place:中南海", post, key="holdsPosition", relation="holdsPosition")
    ok, report = conforms(graph_to_rdf(graph, BASE), shapes)
    assert not ok
    assert "HoldsPositionShape" in report


def test_statement_without_its_triple_is_reported(shapes: Graph) -> None:
    graph = sample_graph()
    rdf = graph_to_rdf(graph, BASE)
    xi = node_iri("Person:习近平", graph.nodes["Person:习近平"], BASE)
    rdf.remove((xi, KG.holdsPosition, None))
    ok, report = conforms(rdf, shapes)
    assert not ok
    assert "not asserted" in report


def test_every_class_and_relation_of_the_ontology_has_a_shape(shapes: Graph) -> None:
    from rdflib.namespace import OWL, SH

    ontology = Graph().parse(ROOT / "ontology" / "kgraph.ttl")
    # Union classes (kg:CoOccurring) only name a domain; nothing is typed with them.
    classes = {
        c
        for c in ontology.subjects(RDF.type, OWL.Class)
        if str(c).startswith(str(KG)) and (c, OWL.unionOf, None) not in ontology
    }
    targeted = set(shapes.objects(None, SH.targetClass))
    assert classes <= targeted, classes - targeted
    relations = {r for r in ontology.subjects(RDF.type, OWL.ObjectProperty)}
    from kgraph.model import RELATION_TYPES

    assert {KG[r] for r in RELATION_TYPES} <= relations
    assert {KG[r] for r in RELATION_TYPES} <= set(shapes.objects(None, SH.targetSubjectsOf))


def test_pipeline_output_conforms(shapes: Graph) -> None:
    graph = build_seeds()
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.number_of_edges() > 0
    ok, report = conforms(graph_to_rdf(graph, BASE), shapes)
    assert ok, report[:4000]


def test_every_relation_has_domain_range_and_bilingual_labels() -> None:
    from rdflib.namespace import RDFS

    from kgraph.model import RELATION_TYPES

    ontology = Graph().parse(ROOT / "ontology" / "kgraph.ttl")
    for relation in RELATION_TYPES:
        prop = KG[relation]
        assert ontology.value(prop, RDFS.domain) is not None, relation
        assert ontology.value(prop, RDFS.range) is not None, relation
        languages = {label.language for label in ontology.objects(prop, RDFS.label)}
        assert {"zh", "en"} <= languages, relation
