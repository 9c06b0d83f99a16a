"""RDF export of the real pipeline's graph: IRIs, labels, dates, provenance, round trips."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from kgraph.export import EXPORTERS, ExportOptions
from kgraph.export.rdf import KG, OA, TIME, graph_to_rdf, node_iri, slugify, write_rdf
from kgraph.model import RELATIONS
from rdf_sample import ROOT, SEED, build_seeds, sample_graph

BASE = "https://kgraph.example.org/id/"


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return sample_graph()


@pytest.fixture(scope="module")
def rdf(graph: nx.MultiDiGraph) -> Graph:
    return graph_to_rdf(graph, BASE)


@pytest.fixture(scope="module")
def seeds_rdf() -> tuple[nx.MultiDiGraph, Graph]:
    graph = build_seeds()
    return graph, graph_to_rdf(graph, BASE)


def iri(graph: nx.MultiDiGraph, node: str) -> URIRef:
    return node_iri(node, graph.nodes[node], BASE)


def source_node(graph: nx.MultiDiGraph) -> str:
    return next(n for n, d in graph.nodes(data=True) if d.get("source_document"))


def test_iris_are_ascii_pinyin_slugs_with_a_hash(graph: nx.MultiDiGraph, rdf: Graph) -> None:
    xi = iri(graph, "Person:习近平")
    assert str(xi).startswith(f"{BASE}person/xi-jin-ping-")
    # Same pinyin, different characters: the hash keeps them apart.
    assert slugify("工会") == slugify("公会")
    work = {"type": "Organization", "label": "工会"}
    assert node_iri("Organization:工会", work, BASE) != node_iri(
        "Organization:公会", {**work, "label": "公会"}, BASE
    )
    for term in {t for triple in rdf for t in triple if isinstance(t, URIRef)}:
        assert str(term).isascii(), term
    assert not any(isinstance(t, BNode) for triple in rdf for t in triple)


def test_labels_aliases_and_wikidata(graph: nx.MultiDiGraph, rdf: Graph) -> None:
    xi = iri(graph, "Person:习近平")
    labels = set(rdf.objects(xi, RDFS.label))
    assert Literal("习近平", lang="zh") in labels
    assert Literal("Xi Jinping", lang="en") in labels
    assert (xi, SKOS.exactMatch, URIRef("http://www.wikidata.org/entity/Q15031")) in rdf
    assert set(rdf.objects(xi, SKOS.altLabel))  # 习近平总书记 and the curated forms


def test_one_romanisation_tone_marked_pinyin_from_the_graph(
    seeds_rdf: tuple[nx.MultiDiGraph, Graph],
) -> None:
    graph, rdf = seeds_rdf
    assert graph.nodes["Person:蔡奇"]["pinyin"] == "cài qí"
    assert graph.nodes["Place:中南海"]["pinyin"] == "zhōng nán hǎi"
    pinyin = {
        str(o)
        for o in rdf.objects(None, RDFS.label)
        if getattr(o, "language", None) == "zh-latn-pinyin"
    }
    assert "cài qí" in pinyin and "zhōng nán hǎi" in pinyin
    # Every romanised label is the graph's own attribute: no second, toneless form.
    assert pinyin == {d["pinyin"] for _, d in graph.nodes(data=True) if d.get("pinyin")}


def test_broader_points_at_the_real_parent_concept(
    seeds_rdf: tuple[nx.MultiDiGraph, Graph],
) -> None:
    graph, rdf = seeds_rdf
    broader = list(rdf.subject_objects(SKOS.broader))
    assert broader
    for _child, parent in broader:
        labels = [str(o) for o in rdf.objects(parent, RDFS.label)]
        assert labels and not any(label.startswith("[") for label in labels), labels
    children = [n for n, d in graph.nodes(data=True) if "新发展理念" in (d.get("group") or [])]
    assert children
    for child in children:
        parent = node_iri(
            "PolicyConcept:新发展理念", {"type": "PolicyConcept", "label": "新发展理念"}, BASE
        )
        assert (iri(graph, child), SKOS.broader, parent) in rdf


def test_dates_use_xsd_and_owl_time(graph: nx.MultiDiGraph, rdf: Graph) -> None:
    day = iri(graph, "Date:2023-10-23")
    assert (day, RDF.type, TIME.Instant) in rdf
    assert (day, TIME.inXSDDate, Literal("2023-10-23", datatype=XSD.date)) in rdf
    intervals = [
        n for n, d in graph.nodes(data=True) if d["type"] == "Date" and "/" in d.get("value", "")
    ]
    for node in intervals:
        assert (iri(graph, node), RDF.type, TIME.Interval) in rdf
        assert rdf.value(iri(graph, node), TIME.hasBeginning) is not None


def test_source_document_metadata(graph: nx.MultiDiGraph, rdf: Graph) -> None:
    node = source_node(graph)
    doc = iri(graph, node)
    assert (doc, RDF.type, KG.SourceDocument) in rdf
    assert rdf.value(doc, DCTERMS.identifier) == Literal(graph.nodes[node]["docs"][0])
    assert rdf.value(doc, DCTERMS.date) == Literal("2023-10-23", datatype=XSD.date)
    assert isinstance(rdf.value(doc, DCTERMS.source), URIRef)
    publisher = rdf.value(doc, DCTERMS.publisher)
    assert (publisher, RDFS.label, Literal("新华社", lang="zh")) in rdf


def test_every_edge_is_a_direct_triple_and_a_weighted_statement(
    graph: nx.MultiDiGraph, rdf: Graph
) -> None:
    for u, v, relation in graph.edges(keys=True):
        assert (iri(graph, u), KG[relation], iri(graph, v)) in rdf
        parent = RELATIONS[relation].parent
        if parent:
            assert (iri(graph, u), KG[parent], iri(graph, v)) in rdf
    # The default provenance reifies the typed facts; bulk edges are direct triples only.
    facts = set(rdf.subjects(RDF.type, RDF.Statement))
    typed = [r for _, _, r in graph.edges(keys=True) if not RELATIONS[r].bulk]
    assert len(facts) == len(typed) < graph.number_of_edges()
    for fact in facts:
        assert isinstance(rdf.value(fact, KG.weight).toPython(), int)


def test_evidence_offsets_point_at_the_sentence_in_the_original_file(rdf: Graph) -> None:
    raw = (ROOT / SEED).read_text(encoding="utf-8")
    rows = rdf.query(
        """
        SELECT ?start ?end ?exact WHERE {
          ?fact rdf:subject ?s ; rdf:predicate kg:holdsPosition ; rdf:object ?o .
          ?annotation kg:supports ?fact ; oa:hasTarget ?span .
          ?span oa:hasSource ?d ; oa:hasSelector ?pos , ?quote .
          ?pos oa:start ?start ; oa:end ?end .
          ?quote oa:exact ?exact .
        }""",
        initNs={"kg": KG, "oa": OA, "rdf": RDF},
    )
    rows = list(rows)
    assert len(rows) >= 3  # 习近平's three posts at least
    for start, end, exact in rows:
        assert raw[int(start) : int(end)].replace("\n", "") == str(exact)


def test_unknown_relations_and_types_fail_loudly(graph: nx.MultiDiGraph) -> None:
    bad = graph.copy()
    bad.add_edge("Person:习近平", "Place:中南海", key="visited", relation="visited", weight=1)
    with pytest.raises(ValueError, match="unknown relation 'visited'"):
        graph_to_rdf(bad, BASE)
    bad = graph.copy()
    bad.add_node("Thing:x", type="Thing", label="x")
    with pytest.raises(ValueError, match="Thing"):
        graph_to_rdf(bad, BASE)


def test_files_round_trip_and_parse_with_oxigraph(
    graph: nx.MultiDiGraph, rdf: Graph, tmp_path: Path
) -> None:
    paths = write_rdf(graph, tmp_path, BASE)
    formats = {"ttl": ("turtle", ox.RdfFormat.TURTLE), "nt": ("nt", ox.RdfFormat.N_TRIPLES)}
    formats["jsonld"] = ("json-ld", ox.RdfFormat.JSON_LD)
    for kind, (rdflib_format, ox_format) in formats.items():
        parsed = Graph().parse(paths[kind], format=rdflib_format)
        assert isomorphic(parsed, rdf), kind
        assert len(list(ox.parse(path=str(paths[kind]), format=ox_format))) == len(rdf)


def test_output_is_byte_identical_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    script = (
        "import sys; sys.path.insert(0, sys.argv[2]); from pathlib import Path;"
        "from rdf_sample import sample_graph; from kgraph.export.rdf import write_rdf;"
        f"write_rdf(sample_graph(), Path(sys.argv[1]), {BASE!r})"
    )
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        tests_dir = str(Path(__file__).parent)
        subprocess.run([sys.executable, "-c", script, str(out), tests_dir], check=True, env=env)
        outputs.append(
            {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.nt", "graph.jsonld")}
        )
    assert outputs[0] == outputs[1]
    lines = outputs[0]["graph.nt"].decode().splitlines()
    assert lines == sorted(lines)


def test_registered_exporter_returns_every_file_it_writes(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    paths = EXPORTERS["rdf"](graph, tmp_path / "default", ExportOptions())
    assert [p.name for p in paths] == ["graph.ttl"]  # N-Triples and JSON-LD on request
    paths = EXPORTERS["rdf"](graph, tmp_path / "all", ExportOptions(formats="all"))
    assert sorted(paths) == sorted((tmp_path / "all").iterdir())
    assert sorted(p.name for p in paths) == ["graph.jsonld", "graph.nt", "graph.ttl"]
