"""Compact outputs: provenance levels of the RDF, formats on request, graph.json's sentence
table, GraphML in UTF-8 — on the pipeline's own build of the seeds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from kgraph.cli import main
from kgraph.export import DEFAULT_FORMATS, ExportOptions, export_all, parse_formats
from kgraph.export.graphml import generate_graphml
from kgraph.export.json_graph import generate_json, parse_json
from kgraph.export.rdf import graph_to_triples, to_ntriples
from kgraph.model import BULK_RELATIONS
from rdf_sample import ROOT, build_seeds

KGRAPH = (sys.executable, "-m", "kgraph.cli")
BASE = "https://kgraph.example.org/id/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
STATEMENT = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>"
PREDICATE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate>"
ANNOTATION = "<http://www.w3.org/ns/oa#Annotation>"
SUPPORTS = "<https://kgraph.example.org/ontology#supports>"
TARGET = "<http://www.w3.org/ns/oa#hasTarget>"


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return build_seeds()


def kg(relation: str) -> str:
    return f"<https://kgraph.example.org/ontology#{relation}>"


def reified(triples: set) -> dict[str, str]:
    """fact -> its predicate."""
    facts = {s for s, p, o in triples if p == RDF_TYPE and o == STATEMENT}
    return {s: o for s, p, o in triples if p == PREDICATE and s in facts}


def test_default_provenance_reifies_typed_facts_only(graph: nx.MultiDiGraph) -> None:
    triples = graph_to_triples(graph, BASE)
    facts = reified(triples)
    typed = [r for _, _, r in graph.edges(keys=True) if r not in BULK_RELATIONS]
    assert len(facts) == len(typed)
    assert not {kg(r) for r in BULK_RELATIONS} & set(facts.values())
    # Every edge, bulk or not, is still a direct triple.
    predicates = {p for _, p, _ in triples}
    assert {kg(r) for r in BULK_RELATIONS} <= predicates
    # Annotations support typed facts only; one annotation per sentence.
    supported = {o for _, p, o in triples if p == SUPPORTS}
    assert supported <= set(facts)
    annotations = {s for s, p, o in triples if p == RDF_TYPE and o == ANNOTATION}
    targets = {o for s, p, o in triples if p == TARGET and s in annotations}
    assert len(annotations) == len(targets)
    spans = {
        (e["doc"], e["start"], e["end"])
        for _, _, r, d in graph.edges(keys=True, data=True)
        if r not in BULK_RELATIONS
        for e in d["evidence"]
    }
    assert len(annotations) == len(spans)


def test_full_and_none(graph: nx.MultiDiGraph) -> None:
    facts_level = graph_to_triples(graph, BASE)
    full = graph_to_triples(graph, BASE, "full")
    none = graph_to_triples(graph, BASE, "none")
    assert none < facts_level < full
    assert len(reified(full)) == graph.number_of_edges()
    assert not reified(none)
    assert not {t for t in none if t[1] == RDF_TYPE and t[2] in (STATEMENT, ANNOTATION)}
    assert len(to_ntriples(full)) > 2 * len(to_ntriples(facts_level))
    with pytest.raises(ValueError, match="provenance"):
        graph_to_triples(graph, BASE, "some")


def test_graph_json_stores_each_sentence_once_and_loads_back(graph: nx.MultiDiGraph) -> None:
    text = generate_json(graph)
    data = json.loads(text)
    rows = [row for doc_rows in data["sentences"].values() for row in doc_rows]
    sentences = [
        (doc, row[0], row[1]) for doc, doc_rows in data["sentences"].items() for row in doc_rows
    ]
    assert len(sentences) == len(set(sentences)) and rows
    for link in data["links"]:
        assert link["evidence_count"] >= len(link["evidence"])
        for doc, index in link["evidence"]:
            assert 0 <= index < len(data["sentences"][doc])
    back = parse_json(text)
    assert sorted(back.nodes) == sorted(graph.nodes)
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        loaded = back.edges[u, v, key]
        assert loaded["relation"] == attrs["relation"] and loaded["weight"] == attrs["weight"]
        assert loaded["evidence"] == attrs["evidence"]  # {doc, start, end, text} dicts again
        # the count survives only where the evidence is a sample of more sentences
        assert loaded.get("evidence_count") == attrs.get("evidence_count")
    assert generate_json(graph) == text  # deterministic


def test_graph_json_of_the_older_inline_shape_still_loads(graph: nx.MultiDiGraph) -> None:
    data = nx.node_link_data(graph, edges="links")
    back = parse_json(json.dumps(data, ensure_ascii=False))
    u, v, key, attrs = next(iter(graph.edges(keys=True, data=True)))
    assert back.edges[u, v, key]["evidence"] == attrs["evidence"]


def test_graphml_is_utf8_and_readable(graph: nx.MultiDiGraph) -> None:
    text = generate_graphml(graph)
    assert "习近平" in text and "&#" not in text
    back = nx.parse_graphml(text, force_multigraph=True)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    edge = next(
        d for u, v, d in back.edges(data=True) if d["relation"] == "holdsPosition" and d["weight"]
    )
    assert isinstance(edge["weight"], int) and edge["evidence_count"] >= 1
    assert edge["sentence"] and json.loads(edge["evidence"])[0][1] >= 0
    bulk = next(d for u, v, d in back.edges(data=True) if d["relation"] == "mentions")
    assert "sentence" not in bulk and bulk["evidence_count"] >= 1
    assert json.loads(back.nodes["Person:习近平"]["docs"])
    assert generate_graphml(graph) == text


def test_formats_are_parsed_and_chosen(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    assert parse_formats("json, TTL,.nt") == ("ttl", "nt", "json")
    assert parse_formats("all") == ("ttl", "nt", "jsonld", "graphml", "json", "html")
    with pytest.raises(ValueError, match="unknown format xml"):
        parse_formats("ttl,xml")
    assert ExportOptions().formats == DEFAULT_FORMATS == ("ttl", "graphml", "json", "html")
    written = export_all(graph, tmp_path, ExportOptions(formats=("nt", "json")))
    assert sorted(p.name for p in written) == ["graph.json", "graph.nt"]
    assert len(list(ox.parse(path=str(tmp_path / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)))


def test_cli_formats_and_provenance(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    seed = ROOT / "seeds" / "001_bf8f93f96d8ac429.txt"
    out = tmp_path / "out"
    args = ["build", str(seed), "-o", str(out), "-j", "1", "-q", "--no-cache"]
    assert main([*args, "--formats", "nt,json", "--provenance", "none"]) == 0
    assert sorted(p.name for p in out.glob("graph.*")) == ["graph.json", "graph.nt"]
    assert STATEMENT not in (out / "graph.nt").read_text(encoding="utf-8")
    assert main([*args, "--formats", "nt", "--provenance", "full"]) == 0
    assert STATEMENT in (out / "graph.nt").read_text(encoding="utf-8")
    capsys.readouterr()
    for bad in (["--formats", "ttl,xml", "xml"], ["--provenance", "some", "some"]):
        with pytest.raises(SystemExit) as stop:
            main([*args, *bad[:2]])
        assert stop.value.code == 2
        err = capsys.readouterr().err
        assert bad[2] in err and err.count("\n") == 1


def test_default_outputs_are_byte_identical_across_hash_seeds(tmp_path: Path) -> None:
    seed = ROOT / "seeds" / "001_bf8f93f96d8ac429.txt"
    sets = []
    for hash_seed in ("1", "2"):
        out = tmp_path / hash_seed
        subprocess.run(
            [*KGRAPH, "build", str(seed), "-o", str(out), "-j", "1", "-q", "--no-cache"],
            check=True,
            env={**__import__("os").environ, "PYTHONHASHSEED": hash_seed},
        )
        sets.append({p.name: p.read_bytes() for p in sorted(out.glob("graph.*"))})
    assert sets[0] == sets[1] and len(sets[0]) == 4


def test_a_fact_many_documents_state_keeps_a_sentence_of_each(tmp_path):
    """Evidence is bounded, but a typed relation keeps one sentence of every document that
    states it (up to MAX_EVIDENCE_DOCUMENTS): who reads facts per document finds them all."""
    from kgraph.graph import MAX_EVIDENCE, MAX_EVIDENCE_DOCUMENTS
    from kgraph.pipeline import build

    days = MAX_EVIDENCE + 4
    assert days <= MAX_EVIDENCE_DOCUMENTS
    for day in range(1, days + 1):
        (tmp_path / f"2024-05-{day:02d}.txt").write_text(
            f"2024年5月{day}日\n国家主席习近平{day}日在人民大会堂会见来访的客人。\n",
            encoding="utf-8",
        )
    graph = build([tmp_path]).graph
    (data,) = [
        d
        for u, v, k, d in graph.edges(keys=True, data=True)
        if k == "holdsPosition" and graph.nodes[u]["label"] == "习近平"
    ]
    assert len({e["doc"] for e in data["evidence"]}) == days
