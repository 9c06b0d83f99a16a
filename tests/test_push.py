"""kgraph push against a real Oxigraph server (the ``oxigraph`` binary of the PyPI package
``oxigraph``), and against small fake stores for the refusals."""

from __future__ import annotations

import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pyoxigraph as ox
import pytest

from kgraph.cli import main
from kgraph.push import ontology_triples

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CHANGED = "004_27c6be5e85c048ef.txt"  # no copy of it elsewhere in seeds/


def _oxigraph() -> str | None:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    return found if Path(found).exists() else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An Oxigraph server on a free port; yields its base URL."""
    binary = _oxigraph()
    if binary is None:
        pytest.skip("the oxigraph binary is not installed (pip install oxigraph)")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the oxigraph server did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


XSD = "http://www.w3.org/2001/XMLSchema#"
# Oxigraph stores integers by value: xsd:nonNegativeInteger comes back as xsd:integer.
INTEGERS = {f"{XSD}{name}" for name in ("nonNegativeInteger", "positiveInteger", "long", "int")}


def _datatype(datatype: str) -> str:
    if datatype == f"{XSD}string":
        return ""
    return f"{XSD}integer" if datatype in INTEGERS else datatype


def _key(term: object) -> tuple[str, ...]:
    """A term as the SPARQL JSON results describe it."""
    if isinstance(term, ox.NamedNode):
        return ("uri", term.value)
    if isinstance(term, ox.BlankNode):  # the ontology's lists: labels differ in the store
        return ("bnode",)
    assert isinstance(term, ox.Literal), term
    if term.language:
        return ("literal", term.value, f"@{term.language}")
    return ("literal", term.value, _datatype(term.datatype.value))


def _json_key(binding: dict[str, str]) -> tuple[str, ...]:
    if binding["type"] == "uri":
        return ("uri", binding["value"])
    if binding["type"] == "bnode":
        return ("bnode",)
    if "xml:lang" in binding:
        return ("literal", binding["value"], f"@{binding['xml:lang']}")
    return ("literal", binding["value"], _datatype(binding.get("datatype", "")))


def quads(url: str) -> dict[str, set[tuple]]:
    """Every named graph of the store and its triples, read back over SPARQL."""
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(f"{url}/query")
    client.setQuery("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    graphs: dict[str, set[tuple]] = {}
    for row in rows:
        triple = (_json_key(row["s"]), _json_key(row["p"]), _json_key(row["o"]))
        if ("bnode",) not in triple:
            graphs.setdefault(row["g"]["value"], set()).add(triple)
    return graphs


def local_triples(out: Path) -> set[tuple]:
    parsed = ox.parse(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    return {(_key(t.subject), _key(t.predicate), _key(t.object)) for t in parsed}


def build(corpus: Path, out: Path) -> None:
    assert main(["build", str(corpus), "-o", str(out), "-j", "1", "-q"]) == 0


def test_push_loads_every_triple_into_named_graphs_and_replaces_one_document(
    store: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    shutil.copytree(SEEDS, corpus)
    build(corpus, out)
    assert main(["push", str(out), "--store", f"{store}/store"]) == 0
    assert "pushed" in capsys.readouterr().err
    before = quads(store)
    base = "https://kgraph.example.org/id/graph/"
    documents = sorted(g for g in before if g.startswith(f"{base}document/"))
    assert len(documents) == 5  # one per file
    assert f"{base}corpus" in before and f"{base}ontology" in before
    index = before.pop(f"{base}index")
    assert {o[1] for _, _, o in index} == set(before)  # the index lists every graph pushed
    union = set().union(*before.values())
    ontology = {(_key(t.subject), _key(t.predicate), _key(t.object)) for t in ontology_triples()}
    ontology = {t for t in ontology if ("bnode",) not in t}
    assert local_triples(out) | ontology == union  # every triple arrived, nothing else
    assert before[f"{base}ontology"] == ontology
    # Nothing lands in the default graph.
    with urllib.request.urlopen(f"{store}/query?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D") as answer:
        assert b"false" in answer.read()

    # Change one file, rebuild, push again: its graph changes, no other file's graph does.
    path = corpus / CHANGED
    path.write_text(
        path.read_text(encoding="utf-8") + "\n\n国务院总理李强在北京会见了来访的客人。\n",
        encoding="utf-8",
    )
    build(corpus, out)
    assert main(["push", str(out), "--store", f"{store}/store", "-q"]) == 0
    after = quads(store)
    after.pop(f"{base}index")
    assert sorted(after) == sorted(before)
    changed = [g for g in documents if before[g] != after[g]]
    assert len(changed) == 1 and "004-27c6be5e85c048ef" in changed[0]
    assert local_triples(out) | ontology == set().union(*after.values())

    # A file deleted from the corpus: its graph goes on the next push, the others stay.
    (corpus / CHANGED).unlink()
    build(corpus, out)
    capsys.readouterr()
    assert main(["push", str(out), "--store", f"{store}/store"]) == 0
    assert "removed 1 graphs of files no longer in the build" in capsys.readouterr().err
    final = quads(store)
    assert sorted(final) == sorted([f"{base}index", *(g for g in after if g not in changed)])
    final.pop(f"{base}index")
    assert local_triples(out) | ontology == set().union(*final.values())


class _FakeStore(http.server.BaseHTTPRequestHandler):
    """Accepts ``accept`` PUTs, then answers ``status``; or demands credentials."""

    accept = 0
    status = 503
    token = ""
    seen: ClassVar[list[str]] = []

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        cls = type(self)
        if cls.token and self.headers.get("Authorization") != f"Bearer {cls.token}":
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="store"')
            self.end_headers()
            return
        if len(cls.seen) < cls.accept or cls.token:
            cls.seen.append(self.path)
            self.send_response(204)
            self.end_headers()
            return
        self.send_response(cls.status)
        self.end_headers()
        self.wfile.write(b"store is read-only today")

    def do_GET(self) -> None:
        self.send_response(404)
        self.end_headers()

    def do_DELETE(self) -> None:
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def fake_store() -> Iterator[tuple[str, type[_FakeStore]]]:
    handler = type("Handler", (_FakeStore,), {"seen": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/store", handler
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build")
    build(SEEDS, out)
    return out


def test_failure_midway_names_exactly_what_was_not_loaded(
    seed_build: Path, fake_store: tuple[str, type[_FakeStore]], capsys: pytest.CaptureFixture
) -> None:
    url, handler = fake_store
    handler.accept = 3
    assert main(["push", str(seed_build), "--store", url]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("kgraph push: error: the store refused graph <")
    assert "HTTP 503" in err[0] and "read-only today" in err[0]
    assert err[1].startswith("loaded 3 of 7 graphs") and "not loaded: 4 graphs" in err[1]
    pending = [line.split()[0] for line in err[2:]]
    assert len(pending) == 4 and all(
        p.startswith("https://kgraph.example.org/id/graph/") for p in pending
    )
    pushed = {urllib.parse.unquote(p.split("graph=", 1)[1]) for p in handler.seen}
    assert len(pushed) == 3 and not pushed & set(pending)


def test_unauthorised_unreachable_and_refused(
    seed_build: Path, fake_store: tuple[str, type[_FakeStore]], capsys: pytest.CaptureFixture
) -> None:
    url, handler = fake_store
    handler.token = "s3cret"
    assert main(["push", str(seed_build), "--store", url, "--user", "me", "--password", "x"]) == 1
    first = capsys.readouterr().err.splitlines()[0]
    assert "refused access (HTTP 401" in first and "--token" in first
    assert main(["push", str(seed_build), "--store", url, "--token", "s3cret", "-q"]) == 0
    assert capsys.readouterr().err == ""
    assert len(handler.seen) == 8  # 7 graphs and the index
    port = _free_port()
    assert main(["push", str(seed_build), "--store", f"http://127.0.0.1:{port}/store"]) == 1
    assert "connection refused" in capsys.readouterr().err.splitlines()[0]
    assert main(["push", str(seed_build), "--store", "ftp://example.org/"]) == 2
    assert main(["push", str(seed_build.parent / "absent"), "--store", url]) == 2


def test_push_of_a_folder_without_rdf_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["push", str(tmp_path), "--store", "http://127.0.0.1:9/store"]) == 2
    assert "no RDF in" in capsys.readouterr().err
