"""`kgraph query`: SPARQL over the exported graph, the ready-made queries, errors."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path

import pytest

from kgraph import query
from kgraph.export.rdf import write_rdf
from kgraph.query import QueryError, run_query
from rdf_sample import ROOT, SEED, build_seeds, sample_graph

QUERIES = sorted((ROOT / "queries").glob("*.rq"))


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("rdf")
    return [write_rdf(sample_graph(), out, "https://kgraph.example.org/id/")["ttl"]]


def select(text: str, data: list[Path]) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(run_query(text, data, "csv"))))


def test_select_in_three_formats(data: list[Path]) -> None:
    text = """SELECT ?post WHERE {
        ?p rdfs:label "习近平"@zh ; kg:holdsPosition ?x . ?x rdfs:label ?post
        FILTER (lang(?post) = "zh") } ORDER BY ?post"""
    posts = [row["post"] for row in select(text, data)]
    expected = sorted(
        v.split(":", 1)[1]
        for _, v, r in sample_graph().out_edges("Person:习近平", keys=True)
        if r == "holdsPosition"
    )
    assert posts == expected
    bindings = json.loads(run_query(text, data, "json"))["results"]["bindings"]
    assert [b["post"]["value"] for b in bindings] == expected
    table = run_query(text, data, "table")
    assert table.splitlines()[0].startswith("?post") and "总书记" in table
    assert table.rstrip().endswith(f"({len(expected)} rows)")


def test_ontology_is_loaded_so_sub_property_paths_work(data: list[Path]) -> None:
    direct = "ASK { ?s org:holds ?o }"
    via_ontology = "ASK { ?s ?p ?o . ?p rdfs:subPropertyOf* org:holds }"
    assert run_query(direct, data).strip() == "false"  # no inference, only the ontology
    assert run_query(via_ontology, data).strip() == "true"
    assert json.loads(run_query(via_ontology, data, "json")) == {"head": {}, "boolean": True}


def test_construct_returns_triples(data: list[Path]) -> None:
    text = "CONSTRUCT { ?s org:holds ?o } WHERE { ?s kg:holdsPosition ?o }"
    lines = run_query(text, data, "csv").splitlines()
    assert len(lines) == 3
    assert all("<http://www.w3.org/ns/org#holds>" in line for line in lines)


def test_query_file_and_command_line(data: list[Path], capsys: pytest.CaptureFixture) -> None:
    parser = argparse.ArgumentParser()
    query.add_arguments(parser)
    path = str(ROOT / "queries" / "who_holds_which_post.rq")
    args = parser.parse_args([path, "--data", str(data[0]), "--format", "csv"])
    assert query.run(args) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {(r["person"], r["post"]) for r in rows} >= {
        ("习近平", "总书记"),
        ("习近平", "国家主席"),
    }
    assert {r["organization"] for r in rows if r["post"] == "总书记"} == {"中共中央"}


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_every_ready_query_answers_on_the_sample_graph(path: Path, data: list[Path]) -> None:
    rows = select(str(path), data)
    assert rows, path.name
    assert all(any(value for value in row.values()) for row in rows)


def test_ready_queries_give_the_facts_of_the_graph(data: list[Path]) -> None:
    attended = select(str(ROOT / "queries" / "who_attended_event.rq"), data)
    assert {r["participant"] for r in attended} == {"习近平", "蔡奇"}
    assert {r["place"] for r in attended} == {"中南海"}
    aliases = select(str(ROOT / "queries" / "organization_aliases.rq"), data)
    union = next(r for r in aliases if r["organization"] == "中华全国总工会")
    assert set(union["aliases"].split("、")) == {"全国总工会", "全总"}
    co = select(str(ROOT / "queries" / "co_occurring_concepts.rq"), data)
    assert [(r["other"], r["weight"]) for r in co] == [("民族复兴", "2")]
    raw = (ROOT / SEED).read_text(encoding="utf-8")
    evidence = select(str(ROOT / "queries" / "evidence_of_fact.rq"), data)
    assert evidence
    for row in evidence:
        assert row["document"] == SEED
        assert raw[int(row["start"]) : int(row["end"])] == row["sentence"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SELECT ?x WHERE { ?x ", "bad SPARQL"),
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "bad SPARQL"),
        ("queries/no_such_query.rq", "no such query file"),
    ],
)
def test_errors_are_one_line(text: str, message: str, data: list[Path]) -> None:
    with pytest.raises(QueryError, match=message) as info:
        run_query(text, data)
    assert "\n" not in str(info.value)


def test_missing_and_broken_data_files(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="no such data file"):
        run_query("ASK {}", [tmp_path / "missing.ttl"])
    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    with pytest.raises(QueryError, match="cannot load"):
        run_query("ASK {}", [broken])


def test_ready_queries_run_on_a_real_build(tmp_path: Path) -> None:
    graph = build_seeds()
    data = [write_rdf(graph, tmp_path, "https://kgraph.example.org/id/")["ttl"]]
    posts = select(str(ROOT / "queries" / "who_holds_which_post.rq"), data)
    holds = [(u, v) for u, v, r in graph.edges(keys=True) if r == "holdsPosition"]
    assert len({(r["person"], r["post"]) for r in posts}) == len(holds)
    for path in QUERIES:
        select(str(path), data)  # every query at least runs on real output
