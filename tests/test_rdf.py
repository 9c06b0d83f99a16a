"""RDF export: IRIs, labels, dates, provenance, determinism and round trips."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from kgraph.export import EXPORTERS, ExportOptions
from kgraph.export.rdf import KG, OA, TIME, graph_to_rdf, node_iri, slugify, write_rdf
from rdf_sample import ROOT, SEED, sample_graph

BASE = "https://kgraph.example.org/id/"


@pytest.fixture(scope="module")
def rdf() -> Graph:
    return graph_to_rdf(sample_graph(), BASE)


def iri(node_id: str) -> URIRef:
    return node_iri(node_id, BASE)


def test_iris_are_ascii_pinyin_slugs_with_a_hash(rdf: Graph) -> None:
    xi = iri("Person:习近平")
    assert str(xi).startswith(f"{BASE}person/xi-jin-ping-")
    # Same pinyin, different characters: the hash keeps them apart.
    assert slugify("工会") == slugify("公会")
    assert iri("Organization:工会") != iri("Organization:公会")
    assert iri("Person:习近平") == iri("Person:习近平")
    for term in {t for triple in rdf for t in triple if isinstance(t, URIRef)}:
        assert str(term).isascii(), term
    assert not any(isinstance(t, BNode) for triple in rdf for t in triple)


def test_labels_aliases_and_wikidata(rdf: Graph) -> None:
    xi = iri("Person:习近平")
    labels = set(rdf.objects(xi, RDFS.label))
    assert Literal("习近平", lang="zh") in labels
    assert Literal("Xi Jinping", lang="en") in labels
    assert Literal("Xí Jìnpíng", lang="zh-latn-pinyin") in labels
    assert Literal("习近平总书记", lang="zh") in set(rdf.objects(xi, SKOS.altLabel))
    assert (xi, SKOS.exactMatch, URIRef("http://www.wikidata.org/entity/Q15031")) in rdf
    # Pinyin is derived for names when the graph does not give it.
    cai_qi = set(rdf.objects(iri("Person:蔡奇"), SKOS.prefLabel))
    assert Literal("cài qí", lang="zh-latn-pinyin") in cai_qi


def test_dates_and_intervals_use_xsd_and_owl_time(rdf: Graph) -> None:
    day = iri("Date:2023-10-23")
    assert (day, RDF.type, TIME.Instant) in rdf
    assert (day, TIME.inXSDDate, Literal("2023-10-23", datatype=XSD.date)) in rdf
    span = iri("Date:2018/2023")
    assert (span, RDF.type, TIME.Interval) in rdf
    begin = rdf.value(span, TIME.hasBeginning)
    assert rdf.value(begin, TIME.inXSDgYear) == Literal("2018", datatype=XSD.gYear)


def test_source_document_metadata(rdf: Graph) -> None:
    doc = iri(f"Document:{SEED}")
    assert (doc, RDF.type, KG.SourceDocument) in rdf
    assert rdf.value(doc, DCTERMS.identifier) == Literal(SEED)
    assert rdf.value(doc, DCTERMS.date) == Literal("2023-10-23", datatype=XSD.date)
    assert isinstance(rdf.value(doc, DCTERMS.source), URIRef)
    publisher = rdf.value(doc, DCTERMS.publisher)
    assert (publisher, RDFS.label, Literal("新华社", lang="zh")) in rdf


def test_every_edge_is_a_direct_triple_and_a_weighted_statement(rdf: Graph) -> None:
    graph = sample_graph()
    for u, v, relation in graph.edges(keys=True):
        assert (iri(u), KG[relation], iri(v)) in rdf
    facts = set(rdf.subjects(RDF.type, RDF.Statement))
    assert len(facts) == graph.number_of_edges()
    emphasized = next(
        f
        for f in facts
        if rdf.value(f, RDF.object) == iri("PolicyConcept:强国建设")
        and rdf.value(f, RDF.predicate) == KG.emphasized
    )
    assert rdf.value(emphasized, KG.weight) == Literal(2)


def test_evidence_offsets_point_at_the_sentence_in_the_original_file(rdf: Graph) -> None:
    raw = (ROOT / SEED).read_text(encoding="utf-8")
    rows = rdf.query(
        """
        SELECT ?doc ?start ?end ?exact WHERE {
          ?fact rdf:subject ?s ; rdf:predicate kg:holdsPosition ; rdf:object ?o .
          ?annotation kg:supports ?fact ; oa:hasTarget ?span .
          ?span oa:hasSource ?d ; oa:hasSelector ?pos , ?quote .
          ?d dcterms:identifier ?doc .
          ?pos oa:start ?start ; oa:end ?end .
          ?quote oa:exact ?exact .
        }""",
        initNs={"kg": KG, "oa": OA, "rdf": RDF, "dcterms": DCTERMS},
    )
    rows = list(rows)
    assert len(rows) == 3  # three posts, each with one evidence sentence
    for doc, start, end, exact in rows:
        assert str(doc) == SEED
        assert raw[int(start) : int(end)] == str(exact)
        assert "习近平" in str(exact)


def test_unknown_relations_are_skipped(caplog: pytest.LogCaptureFixture) -> None:
    graph = sample_graph()
    graph.add_edge("Person:习近平", "Place:北京", key="visited", relation="visited", weight=1)
    rdf = graph_to_rdf(graph, BASE)
    assert not any(str(p).endswith("#visited") for p in rdf.predicates())
    assert "visited" in caplog.text


def test_files_round_trip_and_parse_with_oxigraph(rdf: Graph, tmp_path: Path) -> None:
    paths = write_rdf(sample_graph(), tmp_path, BASE)
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


def test_registered_exporter_writes_three_files(tmp_path: Path) -> None:
    path = EXPORTERS["rdf"](sample_graph(), tmp_path, ExportOptions())
    assert path == tmp_path / "graph.ttl"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.jsonld", "graph.nt", "graph.ttl"]
