"""`kgraph serve`: the SPARQL 1.1 Protocol endpoint over a real loopback socket."""

from __future__ import annotations

import csv
import io
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, GET, JSON, POST, POSTDIRECTLY, XML, SPARQLWrapper

from kgraph.export.rdf import write_rdf
from kgraph.serve import SparqlServer, make_server, negotiate
from rdf_sample import sample_graph

PERSONS = """PREFIX kg: <https://kgraph.example.org/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name FILTER (lang(?name) = "zh") }
ORDER BY ?name"""
# Four-way cross product of every triple: far too slow to finish within the timeout.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparqlServer]:
    out = tmp_path_factory.mktemp("serve")
    ttl = write_rdf(sample_graph(), out, "https://kgraph.example.org/id/")["ttl"]
    (out / "graph.html").write_text("<!doctype html><title>知识图谱</title>\n", encoding="utf-8")
    server = make_server([ttl], port=0, timeout=1.5, html=out / "graph.html", quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def expected_persons() -> list[str]:
    graph = sample_graph()
    return sorted(d["label"] for _, d in graph.nodes(data=True) if d["type"] == "Person")


def client(server: SparqlServer, method: str, fmt: str) -> SPARQLWrapper:
    sparql = SPARQLWrapper(f"{server.url}/sparql")
    sparql.setMethod(method)
    sparql.setReturnFormat(fmt)
    return sparql


@pytest.mark.parametrize("method", [GET, POST])
def test_select_as_json(server: SparqlServer, method: str) -> None:
    sparql = client(server, method, JSON)
    sparql.setQuery(PERSONS)
    bindings = sparql.queryAndConvert()["results"]["bindings"]
    assert [b["name"]["value"] for b in bindings] == expected_persons()


@pytest.mark.parametrize("method", [GET, POST])
def test_select_as_csv(server: SparqlServer, method: str) -> None:
    sparql = client(server, method, CSV)
    sparql.setQuery(PERSONS)
    rows = list(csv.DictReader(io.StringIO(sparql.queryAndConvert().decode("utf-8"))))
    assert [r["name"] for r in rows] == expected_persons()


def test_post_query_body_and_ask_as_xml(server: SparqlServer) -> None:
    sparql = client(server, POST, XML)
    sparql.setRequestMethod(POSTDIRECTLY)
    sparql.setQuery("ASK { ?s kg:metWith ?o }")  # kg: is predeclared
    document = sparql.queryAndConvert()
    assert document.getElementsByTagName("boolean")[0].firstChild.data == "true"


def test_construct_as_turtle(server: SparqlServer) -> None:
    text = "CONSTRUCT { ?s org:holds ?o } WHERE { ?s kg:holdsPosition ?o }"
    body, content_type, _ = fetch(server, text)
    assert content_type.startswith("text/turtle")
    triples = Graph().parse(data=body.decode("utf-8"), format="turtle")
    holds = [e for e in sample_graph().edges(keys=True) if e[2] == "holdsPosition"]
    assert len(triples) == len(holds)
    body, content_type, _ = fetch(server, text, "application/n-triples")
    assert content_type.startswith("application/n-triples")
    assert len(body.decode("utf-8").splitlines()) == len(holds)


def fetch(
    server: SparqlServer,
    text: str,
    accept: str = "*/*",
    data: bytes | None = None,
    content_type: str | None = None,
) -> tuple[bytes, str, int]:
    url = f"{server.url}/sparql" + ("" if data else "?" + urllib.parse.urlencode({"query": text}))
    headers = {"Accept": accept} | ({"Content-Type": content_type} if content_type else {})
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.read(), response.headers["Content-Type"], response.status
    except urllib.error.HTTPError as error:
        return error.read(), error.headers["Content-Type"], error.code


def test_accept_header_picks_tsv(server: SparqlServer) -> None:
    body, content_type, status = fetch(server, PERSONS, "text/tab-separated-values, */*;q=0.1")
    assert status == 200 and content_type.startswith("text/tab-separated-values")
    assert body.decode("utf-8").splitlines()[1:] == [f'"{n}"@zh' for n in expected_persons()]


def test_updates_are_refused(server: SparqlServer) -> None:
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    body, _, status = fetch(server, update)
    assert status == 400 and b"read-only" in body
    form = urllib.parse.urlencode({"update": update}).encode()
    _, _, status = fetch(server, "", data=form, content_type="application/x-www-form-urlencoded")
    assert status == 400
    _, _, status = fetch(server, "", data=update.encode(), content_type="application/sparql-update")
    assert status == 400
    # The data is unchanged.
    body, _, _ = fetch(server, "ASK { <urn:a> <urn:b> <urn:c> }", "text/csv")
    assert body.strip().endswith(b"false")


def test_bad_query_is_400(server: SparqlServer) -> None:
    body, _, status = fetch(server, "SELECT ?x WHERE {")
    assert status == 400 and body.startswith(b"bad SPARQL")


def test_timeout_stops_the_query_and_the_server_recovers(server: SparqlServer) -> None:
    body, _, status = fetch(server, ENDLESS)
    assert status == 503 and b"longer than" in body
    sparql = client(server, GET, JSON)
    sparql.setQuery(PERSONS)
    assert len(sparql.queryAndConvert()["results"]["bindings"]) == len(expected_persons())


def test_html_view_at_root(server: SparqlServer) -> None:
    with urllib.request.urlopen(f"{server.url}/", timeout=10) as response:
        assert response.headers["Content-Type"].startswith("text/html")
        assert "知识图谱" in response.read().decode("utf-8")
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(f"{server.url}/../../etc/passwd", timeout=10)
    assert info.value.code == 404


def test_negotiate() -> None:
    offered = ["application/sparql-results+json", "text/csv"]
    assert negotiate("*/*", offered) == offered[0]
    assert negotiate("text/csv;q=0.9, application/sparql-results+json;q=0.5", offered) == "text/csv"
    assert negotiate("text/*", offered) == "text/csv"
    assert negotiate("image/png", offered) is None


def test_missing_data_fails_before_binding(tmp_path: Path) -> None:
    from kgraph.query import QueryError

    with pytest.raises(QueryError, match="no such data file"):
        make_server([tmp_path / "missing.ttl"], port=0)
