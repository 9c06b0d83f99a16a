"""`kgraph serve`: the SPARQL 1.1 Protocol endpoint over a real loopback socket; refused
updates and SERVICE, CORS, limits."""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, GET, JSON, POST, POSTDIRECTLY, XML, SPARQLWrapper

from kgraph import serve
from kgraph.cli import main
from kgraph.export.rdf import write_rdf
from kgraph.serve import SparqlServer, make_server, negotiate
from rdf_sample import sample_graph
from test_query import Listener

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
    sparql.setQuery("ASK { ?s kg:holdsPosition ?o }")  # kg: is predeclared
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


# ---------------------------------------------------------------- hostile use


def raw_request(
    server: SparqlServer, method: str, path: str, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(f"{server.url}{path}", method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        "select * {{ service silent <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
        "SELECT * {{ ?x ?y ?z FILTER(?x<?y)SERVICE<http://127.0.0.1:{port}/>{{?s ?p ?o}} }}",
        "PREFIX x: <http://127.0.0.1:{port}/>\nSELECT * {{ SERVICE x:sparql {{ ?s ?p ?o }} }}",
    ],
)
def test_service_is_refused_and_sends_nothing(server: SparqlServer, template: str) -> None:
    listener = Listener()
    text = template.format(port=listener.port)
    try:
        body, _, status = fetch(server, text)
        assert status == 400 and body.startswith(b"SERVICE (federated query) is not allowed")
        body, _, status = fetch(
            server, "", data=text.encode(), content_type="application/sparql-query"
        )
        assert status == 400 and b"SERVICE" in body
    finally:
        assert listener.close() == []


def test_a_missed_service_still_cannot_reach_the_network() -> None:
    """The workers' own defence: their process has no network at all."""
    listener = Listener()
    code = (
        "import sys, pyoxigraph as ox\n"
        "from kgraph.query import isolate_network\n"
        "if not isolate_network(): sys.exit(3)\n"
        f"list(ox.Store().query('SELECT * {{ SERVICE <http://127.0.0.1:{listener.port}/> "
        "{ ?s ?p ?o } }'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    received = listener.close()
    if result.returncode == 3:
        pytest.skip("no network namespaces here")
    assert result.returncode != 0 and received == []


def test_update_forms_are_refused(server: SparqlServer) -> None:
    for text in (
        "PREFIX ex: <urn:x#>\nDELETE WHERE { ?s ?p ?o }",
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "CLEAR ALL",
        "DROP GRAPH <urn:g>",
    ):
        body, _, status = fetch(server, text)
        assert status == 400 and body.startswith(b"SPARQL Update ("), text
        assert body.endswith(b"is not allowed: the graph is read-only\n"), text


def test_no_cors_header_by_default(server: SparqlServer) -> None:
    status, headers, _ = raw_request(
        server, "GET", "/sparql?query=ASK%7B%7D", {"Origin": "https://evil.example"}
    )
    assert status == 200
    assert not any(name.lower().startswith("access-control-") for name in headers)
    status, headers, _ = raw_request(
        server,
        "OPTIONS",
        "/sparql",
        {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert status == 204
    assert not any(name.lower().startswith("access-control-") for name in headers)
    status, headers, _ = raw_request(server, "GET", "/")
    assert "Access-Control-Allow-Origin" not in headers


@pytest.fixture(scope="module")
def strict_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparqlServer]:
    out = tmp_path_factory.mktemp("strict")
    ttl = write_rdf(sample_graph(), out, "https://kgraph.example.org/id/")["ttl"]
    server = make_server(
        [ttl],
        port=0,
        timeout=10,
        html=out / "graph.html",
        quiet=True,
        workers=1,
        cors="http://localhost:3000",
        max_rows=1,
        max_bytes=4000,
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_cors_names_only_the_given_origin(strict_server: SparqlServer) -> None:
    status, headers, _ = raw_request(
        strict_server, "GET", "/sparql?query=ASK%7B%7D", {"Origin": "http://localhost:3000"}
    )
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "http://localhost:3000"
    status, headers, _ = raw_request(
        strict_server,
        "OPTIONS",
        "/sparql",
        {"Origin": "http://localhost:3000", "Access-Control-Request-Method": "POST"},
    )
    assert status == 204 and headers["Access-Control-Allow-Origin"] == "http://localhost:3000"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    # Another origin is never echoed back.
    _, headers, _ = raw_request(
        strict_server, "GET", "/sparql?query=ASK%7B%7D", {"Origin": "https://evil.example"}
    )
    assert headers["Access-Control-Allow-Origin"] == "http://localhost:3000"


def test_result_limits(strict_server: SparqlServer) -> None:
    assert len(expected_persons()) > 1
    body, content_type, status = fetch(strict_server, PERSONS, "text/csv")
    assert status == 400 and content_type.startswith("text/plain")
    assert body.decode() == (
        "result too large: more than 1 rows (--max-rows); add LIMIT or narrow the query\n"
    )
    body, _, status = fetch(strict_server, PERSONS + " LIMIT 1", "text/csv")
    assert status == 200 and len(body.decode().splitlines()) == 2
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    body, _, status = fetch(strict_server, construct)
    assert status == 400 and b"more than 1 triples" in body
    wide = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 1"
    body, _, status = fetch(strict_server, 'SELECT ?x { VALUES ?x { "%s" } }' % ("x" * 5000))
    assert status == 400 and b"more than 4000 bytes (--max-bytes)" in body
    body, _, status = fetch(strict_server, wide, "application/sparql-results+json")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 1


def test_limited_results_keep_every_term_exact(server: SparqlServer) -> None:
    """Counted rows go back through TSV: every kind of term must survive unchanged."""
    text = """SELECT ?a ?b ?c ?d ?e WHERE {
        VALUES (?a ?b ?c ?d ?e) {
          ("tab\\there \\"quoted\\"\\nline"@zh-Latn <urn:x#y> 42 UNDEF "3.5"^^xsd:decimal)
          ("中文" UNDEF true "x"^^<urn:type> "")
        }
        BIND(BNODE() AS ?f)
    }"""
    body, _, status = fetch(server, text, "application/sparql-results+json")
    assert status == 200
    rows = json.loads(body)["results"]["bindings"]
    assert rows[0]["a"]["value"] == 'tab\there "quoted"\nline'
    assert rows[0]["a"]["xml:lang"].lower() == "zh-latn"
    assert rows[0]["b"] == {"type": "uri", "value": "urn:x#y"}
    assert rows[0]["c"]["value"] == "42" and "d" not in rows[0]
    assert rows[0]["e"]["datatype"].endswith("#decimal")
    assert rows[1]["a"]["value"] == "中文" and "b" not in rows[1]
    assert rows[1]["d"] == {"type": "literal", "value": "x", "datatype": "urn:type"}


def test_binds_to_loopback_by_default(server: SparqlServer) -> None:
    assert server.server_address[0] == "127.0.0.1"
    parser = argparse.ArgumentParser()
    serve.add_arguments(parser)
    args = parser.parse_args([])
    assert args.host == "127.0.0.1" and args.cors is None


@pytest.mark.parametrize(
    "argv",
    [
        ["--cors", "*"],
        ["--cors", "http://localhost:3000/path"],
        ["--cors", "localhost"],
        ["--timeout", "0"],
        ["--max-rows", "-1"],
    ],
)
def test_bad_options_are_one_line_usage_errors(
    argv: list[str], capsys: pytest.CaptureFixture
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["serve", *argv])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("kgraph serve: error: argument ") and err.count("\n") == 1


def test_the_request_log_shows_control_characters_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    import socket

    ttl = write_rdf(sample_graph(), tmp_path, "https://kgraph.example.org/id/")["ttl"]
    server = make_server([ttl], port=0, html=tmp_path / "graph.html", workers=1)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with socket.create_connection(server.server_address[:2], timeout=10) as connection:
            connection.sendall(b"GET /\x1b[2J\x1b]0;owned\x07 HTTP/1.0\r\n\r\n")
            assert connection.recv(100).startswith(b"HTTP/1.0 404")
    finally:
        server.shutdown()
        server.server_close()
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "GET /\\x1b[2J\\x1b]0;owned\\x07 HTTP/1.0" in err
