"""Load a build into a triple store, one named graph per source document.

``kgraph push OUTPUT_DIR --store URL`` sends the RDF of a build (``graph.nt``,
else ``graph.ttl``, else ``graph.jsonld``) to any store that speaks the SPARQL
1.1 Graph Store HTTP Protocol (Oxigraph ``/store``, Fuseki ``/DATASET/data``,
GraphDB ``/repositories/ID/rdf-graphs/service``, …), with one HTTP ``PUT`` per
named graph, so each graph is replaced as a whole:

* ``{prefix}document/{slug}-{hash}``, one per input file (the items of a page go
  with the page): the file's own description and what was read from it — the
  ``kg:mentionedIn`` links to it, the statements it holds, the direct triples and
  the reified facts it supports (``prov:wasDerivedFrom`` it), the annotations,
  spans and selectors of its sentences. A fact stated in two files is in both
  graphs, so rebuilding one file and pushing again replaces only what that file
  says;
* ``{prefix}corpus``: what belongs to no single file — the entities (types,
  labels, Wikidata links, mention counts), the weights of facts, tenures, and the
  edges that carry no provenance (``coOccursWith`` and, under
  ``--provenance none``, every edge);
* ``{prefix}ontology``: ``ontology/kgraph.ttl``, so ``rdfs:subPropertyOf*``
  queries work in the store.

``{prefix}index`` lists the graphs of the last complete push (``dcterms:hasPart``):
a file deleted from the corpus has its graph removed (HTTP ``DELETE``) on the
next push. ``prefix`` is ``--graph`` (default: the build's base IRI + ``graph/``). Query the
union with ``GRAPH ?g { … }`` (or the store's union-default-graph option).
Credentials: ``--user`` and ``--password`` (HTTP Basic) or ``--token`` (Bearer);
``KGRAPH_STORE_PASSWORD`` and ``KGRAPH_STORE_TOKEN`` keep them off the command line.
Only the standard library speaks HTTP here (``urllib``).
"""

from __future__ import annotations

import argparse
import base64
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kgraph.model import DEFAULT_BASE_IRI, KG_NAMESPACE, PREFIXES, RELATIONS

__all__ = ["PushError", "StoreClient", "add_arguments", "partition", "push", "run"]

EPILOG = """examples:
  kgraph push output --store http://localhost:7878/store            # Oxigraph
  kgraph push output --store http://localhost:3030/kg/data --user admin   # Fuseki
  kgraph push output --store URL --graph https://example.org/graphs/ --token "$TOKEN"
exit status: 0 every graph loaded; 1 the store failed midway (what was not loaded is listed);
2 usage error (no build in OUTPUT_DIR, a bad option)
"""

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
RDF_FILES = (
    ("graph.nt", ox.RdfFormat.N_TRIPLES),
    ("graph.ttl", ox.RdfFormat.TURTLE),
    ("graph.jsonld", ox.RdfFormat.JSON_LD),
)
CONTENT_TYPE = "application/n-triples"
DEFAULT_TIMEOUT = 60.0

_RDF = PREFIXES["rdf"]
_OA = PREFIXES["oa"]
RDF_TYPE = ox.NamedNode(f"{_RDF}type")
RDF_STATEMENT = ox.NamedNode(f"{_RDF}Statement")
RDF_SUBJECT = ox.NamedNode(f"{_RDF}subject")
RDF_PREDICATE = ox.NamedNode(f"{_RDF}predicate")
RDF_OBJECT = ox.NamedNode(f"{_RDF}object")
SOURCE_DOCUMENT = ox.NamedNode(f"{KG_NAMESPACE}SourceDocument")
KG_STATEMENT = ox.NamedNode(f"{KG_NAMESPACE}Statement")
MENTIONED_IN = ox.NamedNode(f"{KG_NAMESPACE}mentionedIn")
PART_OF = ox.NamedNode(f"{KG_NAMESPACE}partOf")
WEIGHT = ox.NamedNode(f"{KG_NAMESPACE}weight")
DERIVED = ox.NamedNode(f"{PREFIXES['prov']}wasDerivedFrom")
HAS_SOURCE = ox.NamedNode(f"{_OA}hasSource")
HAS_SELECTOR = ox.NamedNode(f"{_OA}hasSelector")
HAS_TARGET = ox.NamedNode(f"{_OA}hasTarget")
# Role relations (chaired ⊑ participatedIn) are written with their parent too.
_ROLES: dict[str, list[str]] = defaultdict(list)
for _spec in RELATIONS.values():
    if _spec.parent:
        _ROLES[f"{KG_NAMESPACE}{_spec.parent}"].append(f"{KG_NAMESPACE}{_spec.name}")


class PushError(Exception):
    """A one-line reason the push stopped."""


# ---------------------------------------------------------------- what goes where


@dataclass
class Partition:
    """The named graphs of a build: graph IRI -> its triples, in push order."""

    prefix: str
    graphs: dict[str, list[ox.Triple]] = field(default_factory=dict)
    documents: int = 0

    @property
    def triples(self) -> int:
        return sum(len(t) for t in self.graphs.values())


def _document_graph(prefix: str, doc: ox.NamedNode) -> str:
    tail = doc.value.rsplit("/document/", 1)[-1] if "/document/" in doc.value else doc.value
    return f"{prefix}document/{urllib.parse.quote(tail, safe='-._~')}"


def base_of(triples: list[ox.Triple]) -> str:
    """The build's base IRI, read from its source documents' IRIs ({base}document/…)."""
    for t in triples:
        subject = t.subject
        if (
            t.predicate == RDF_TYPE
            and t.object == SOURCE_DOCUMENT
            and isinstance(subject, ox.NamedNode)
            and "/document/" in subject.value
        ):
            return subject.value.rsplit("document/", 1)[0]
    return DEFAULT_BASE_IRI


def partition(
    triples: list[ox.Triple], prefix: str, ontology: list[ox.Triple] | None = None
) -> Partition:
    """Assign every triple to the graphs of the files it was read from, else the corpus graph."""
    documents = {
        t.subject for t in triples if t.predicate == RDF_TYPE and t.object == SOURCE_DOCUMENT
    }
    statements = {
        t.subject for t in triples if t.predicate == RDF_TYPE and t.object == KG_STATEMENT
    }
    parent = {
        t.subject: t.object
        for t in triples
        if t.predicate == PART_OF and t.subject in documents and t.object in documents
    }

    def file_of(doc: Any) -> Any:
        seen = set()
        while doc in parent and doc not in seen:
            seen.add(doc)
            doc = parent[doc]
        return doc

    span_doc: dict = {}
    selector_span: dict = {}
    annotation_span: dict = {}
    fact_docs: dict = defaultdict(set)
    facts: set = set()
    spo: dict = defaultdict(dict)  # fact -> {subject|predicate|object: term}
    node_docs: dict = defaultdict(set)
    for t in triples:
        s, p, o = t.subject, t.predicate, t.object
        if p == HAS_SOURCE:
            span_doc[s] = o
        elif p == HAS_SELECTOR:
            selector_span[o] = s
        elif p == HAS_TARGET:
            annotation_span[s] = o
        elif p == DERIVED:
            fact_docs[s].add(o)
        elif p == RDF_TYPE and o == RDF_STATEMENT:
            facts.add(s)
        elif p in (RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT):
            spo[s][p] = o
        elif p == MENTIONED_IN:
            node_docs[s].add(o)
    edge_docs: dict = defaultdict(set)  # (s, p, o) of a direct triple -> documents
    for fact in facts:
        parts = spo.get(fact, {})
        key = (parts.get(RDF_SUBJECT), parts.get(RDF_PREDICATE), parts.get(RDF_OBJECT))
        edge_docs[key] |= fact_docs.get(fact, set())

    corpus = f"{prefix}corpus"
    graphs: dict[str, list[ox.Triple]] = defaultdict(list)
    names: dict = {}

    def doc_graphs(docs) -> list[str]:
        out = set()
        for doc in docs:
            doc = file_of(doc)
            if doc not in names:
                names[doc] = _document_graph(prefix, doc)
            out.add(names[doc])
        return sorted(out) or [corpus]

    for t in triples:
        s, p, o = t.subject, t.predicate, t.object
        if s in documents:
            targets = doc_graphs([s])
        elif p in (MENTIONED_IN, DERIVED, HAS_SOURCE):
            targets = doc_graphs([o])
        elif s in span_doc:
            targets = doc_graphs([span_doc[s]])
        elif s in selector_span:
            targets = doc_graphs([span_doc[selector_span[s]]])
        elif s in annotation_span:
            targets = doc_graphs([span_doc[annotation_span[s]]])
        elif s in facts:
            targets = [corpus] if p == WEIGHT else doc_graphs(fact_docs.get(s, ()))
        elif s in statements:
            targets = doc_graphs(node_docs.get(s, ()))
        else:
            docs = set(edge_docs.get((s, p, o), ()))
            for role in _ROLES.get(p.value, ()):
                docs |= edge_docs.get((s, ox.NamedNode(role), o), set())
            targets = doc_graphs(docs)
        for name in targets:
            graphs[name].append(t)

    ordered: dict[str, list[ox.Triple]] = {}
    if ontology:
        ordered[f"{prefix}ontology"] = ontology
    ordered[corpus] = graphs.pop(corpus, [])
    for name in sorted(graphs):
        ordered[name] = graphs[name]
    return Partition(prefix=prefix, graphs=ordered, documents=len(graphs))


# ---------------------------------------------------------------- HTTP


class StoreClient:
    """SPARQL 1.1 Graph Store HTTP Protocol, indirect graph identification (``?graph=``)."""

    def __init__(
        self,
        url: str,
        user: str | None = None,
        password: str | None = None,
        token: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.url = url
        self.timeout = timeout
        self.last_type = ""
        self.headers = {"User-Agent": "kgraph-push"}
        if token:
            self.headers["Authorization"] = f"Bearer {token}"
        elif user is not None:
            pair = f"{user}:{password or ''}".encode()
            self.headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")

    def graph_url(self, graph: str) -> str:
        joiner = "&" if "?" in self.url else "?"
        return f"{self.url}{joiner}{urllib.parse.urlencode({'graph': graph})}"

    def request(
        self, method: str, graph: str, body: bytes | None = None, missing_ok: bool = False
    ) -> bytes | None:
        """One request on ``graph``; None when ``missing_ok`` and the graph does not exist."""
        headers = dict(self.headers)
        if body is not None:
            headers["Content-Type"] = CONTENT_TYPE
        if method == "GET":
            headers["Accept"] = f"{CONTENT_TYPE}, text/turtle;q=0.9"
        request = urllib.request.Request(
            self.graph_url(graph), data=body, headers=headers, method=method
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                self.last_type = response.headers.get_content_type()
                return response.read()
        except urllib.error.HTTPError as error:
            if missing_ok and error.code == 404:
                return None
            raise PushError(self._refusal(error, graph)) from None
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, ConnectionRefusedError):
                why = "connection refused (is the store running, and is this its address?)"
            elif isinstance(reason, TimeoutError):
                why = f"no answer within {self.timeout:g} s"
            else:
                why = str(getattr(reason, "strerror", None) or reason)
            raise PushError(f"cannot reach the store at {self.url}: {why}") from None
        except TimeoutError:
            raise PushError(
                f"the store at {self.url} did not answer within {self.timeout:g} s"
            ) from None
        except OSError as error:
            raise PushError(f"cannot reach the store at {self.url}: {error}") from None

    def _refusal(self, error: urllib.error.HTTPError, graph: str) -> str:
        status = f"HTTP {error.code} {error.reason}"
        if error.code in (401, 403):
            given = "the credentials given" if "Authorization" in self.headers else "no credentials"
            return (
                f"the store at {self.url} refused access ({status}) with {given}; "
                "give --user and --password, or --token"
            )
        if error.code in (404, 405):
            return (
                f"{self.url} refused a graph store request ({status}); is it the store's "
                "Graph Store Protocol endpoint (Oxigraph: /store, Fuseki: /DATASET/data)?"
            )
        try:
            detail = " ".join(error.read(300).decode("utf-8", "replace").split())
        except OSError:
            detail = ""
        return f"the store refused graph <{graph}> ({status}){': ' + detail if detail else ''}"

    def put(self, graph: str, triples: list[ox.Triple]) -> None:
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) if triples else b""
        self.request("PUT", graph, body)

    def get(self, graph: str) -> list[ox.Triple] | None:
        """The triples of ``graph``, or None when the store has no such graph."""
        body = self.request("GET", graph, missing_ok=True)
        if body is None:
            return None
        fmt = ox.RdfFormat.TURTLE if "turtle" in self.last_type else ox.RdfFormat.N_TRIPLES
        try:
            return list(ox.parse(body, format=fmt))
        except (SyntaxError, ValueError) as error:
            raise PushError(f"cannot read graph <{graph}> from the store: {error}") from None

    def delete(self, graph: str) -> None:
        self.request("DELETE", graph, missing_ok=True)


# ---------------------------------------------------------------- the command


def read_build(folder: Path) -> tuple[Path, list[ox.Triple]]:
    """The triples of the build in ``folder`` (or of the RDF file ``folder``)."""
    if folder.is_file():
        candidates = [(folder, fmt) for name, fmt in RDF_FILES if folder.name.endswith(name[5:])]
    else:
        candidates = [(folder / name, fmt) for name, fmt in RDF_FILES]
    for path, fmt in candidates:
        if path.is_file():
            try:
                return path, list(ox.parse(path=str(path), format=fmt))
            except (OSError, SyntaxError, ValueError) as error:
                raise PushError(f"cannot read {path}: {' '.join(str(error).split())}") from None
    raise PushError(
        f"no RDF in {folder} (graph.nt, graph.ttl or graph.jsonld): "
        "build it first, with --formats including ttl"
    )


def ontology_triples() -> list[ox.Triple]:
    from kgraph.lexicons import ontology_dir

    path = ontology_dir() / "kgraph.ttl"
    return list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))


@dataclass
class PushReport:
    loaded: list[tuple[str, int]] = field(default_factory=list)  # (graph, triples)
    pending: list[tuple[str, int]] = field(default_factory=list)  # not loaded, after an error
    removed: list[str] = field(default_factory=list)  # graphs of files no longer in the build
    stale: list[str] = field(default_factory=list)  # to remove, not removed after an error
    error: str | None = None


HAS_PART = ox.NamedNode(f"{PREFIXES['dcterms']}hasPart")


def index_triples(index: str, graphs: list[str]) -> list[ox.Triple]:
    """The index graph: which graphs the last complete push made (``dcterms:hasPart``)."""
    return [ox.Triple(ox.NamedNode(index), HAS_PART, ox.NamedNode(g)) for g in sorted(graphs)]


def push(
    part: Partition, client: StoreClient, log: Callable[[str], None] | None = None
) -> PushReport:
    """PUT every graph of ``part``, in order, stopping at the first failure; then remove
    the graphs an earlier push made (listed in ``{prefix}index``) that this build lacks
    (files deleted from the corpus) and write the new index."""
    report = PushReport()
    items = list(part.graphs.items())
    for i, (name, triples) in enumerate(items):
        try:
            client.put(name, triples)
        except PushError as error:
            report.error = str(error)
            report.pending = [(n, len(t)) for n, t in items[i:]]
            return report
        report.loaded.append((name, len(triples)))
        if log:
            log(name)
    index = f"{part.prefix}index"
    try:
        previous = client.get(index) or []
        before = {t.object.value for t in previous if isinstance(t.object, ox.NamedNode)}
        report.stale = sorted(g for g in before - set(part.graphs) if g.startswith(part.prefix))
        while report.stale:
            client.delete(report.stale[0])
            report.removed.append(report.stale.pop(0))
        client.put(index, index_triples(index, list(part.graphs)))
    except PushError as error:
        report.error = str(error)
    return report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("output", metavar="OUTPUT_DIR", help="a build's output folder")
    parser.add_argument(
        "--store",
        required=True,
        metavar="URL",
        help="the store's Graph Store Protocol endpoint, e.g. http://localhost:7878/store",
    )
    parser.add_argument(
        "--graph",
        metavar="IRI",
        help="prefix of the named graphs (default: the build's base IRI + graph/)",
    )
    parser.add_argument("--user", help="HTTP Basic user")
    parser.add_argument("--password", help="HTTP Basic password (or set KGRAPH_STORE_PASSWORD)")
    parser.add_argument("--token", help="Bearer token (or set KGRAPH_STORE_TOKEN)")
    parser.add_argument(
        "--no-ontology", action="store_true", help="do not push ontology/kgraph.ttl"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help="seconds to wait for each answer (default: %(default)s)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no report on success")


def run(args: argparse.Namespace) -> int:
    from kgraph.fileio import printable
    from kgraph.publish import check_output

    def say(message: str) -> None:
        print(printable(message), file=sys.stderr)

    def fail(message: str, status: int = EXIT_USAGE) -> int:
        say(f"kgraph push: error: {message}")
        return status

    url = args.store
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        return fail(f"--store must be an http:// or https:// URL: {url}")
    token = args.token or (os.environ.get("KGRAPH_STORE_TOKEN") if args.user is None else None)
    password = args.password
    if args.user is not None and password is None:
        password = os.environ.get("KGRAPH_STORE_PASSWORD")
    if token and args.user is not None:
        return fail("give either --user/--password or --token, not both")
    folder = Path(args.output)
    if not folder.exists():
        return fail(f"no such file or folder: {folder}")
    if folder.is_dir() and (problem := check_output(folder)):
        return fail(problem)
    started = time.perf_counter()
    try:
        path, triples = read_build(folder)
    except PushError as error:
        return fail(str(error))
    prefix = args.graph or f"{base_of(triples)}graph/"
    if not prefix.endswith(("/", "#")):
        prefix += "/"
    try:
        ox.NamedNode(f"{prefix}x")
    except ValueError:
        return fail(f"--graph is not an absolute IRI: {args.graph}")
    part = partition(triples, prefix, None if args.no_ontology else ontology_triples())
    client = StoreClient(url, args.user, password, token, args.timeout)
    report = push(part, client)
    loaded_triples = sum(n for _, n in report.loaded)
    if report.error:
        say(f"kgraph push: error: {report.error}")
        pending = sum(n for _, n in report.pending)
        if report.pending:
            say(
                f"loaded {len(report.loaded)} of {len(part.graphs)} graphs "
                f"({loaded_triples} triples); "
                f"not loaded: {len(report.pending)} graphs ({pending} triples):"
            )
            for name, count in report.pending:
                say(f"  {name} ({count} triples)")
        else:
            say(
                f"loaded all {len(part.graphs)} graphs ({loaded_triples} triples); "
                f"removed {len(report.removed)} graphs of files no longer built; not removed "
                f"({len(report.stale)}), and {part.prefix}index not updated:"
            )
            for name in report.stale:
                say(f"  {name}")
        return EXIT_FAILED
    if not args.quiet:
        say(
            f"pushed {path} to {url}: {len(part.graphs)} graphs, {loaded_triples} triples "
            f"({part.documents} document graphs under {prefix}document/, "
            f"{prefix}corpus{'' if args.no_ontology else f', {prefix}ontology'}) "
            f"in {time.perf_counter() - started:.2f} s"
        )
        if report.removed:
            say(f"removed {len(report.removed)} graphs of files no longer in the build:")
            for name in report.removed:
                say(f"  {name}")
    return EXIT_OK
