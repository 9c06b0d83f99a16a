"""RDF export: the knowledge graph as Turtle, N-Triples and JSON-LD, with provenance.

Every edge ``u -[relation]-> v`` becomes the direct triple ``<u> kg:relation <v>``
and also an ``rdf:Statement`` (IRI minted from a hash of the triple) that carries
``kg:weight`` and ``prov:wasDerivedFrom`` the source documents. Each evidence
sentence becomes an ``oa:Annotation`` whose body is that statement
(``kg:supports``, a sub-property of ``oa:hasBody``) and whose target is a span of
the source document, selected by character offsets (``oa:TextPositionSelector``)
and by the sentence itself (``oa:TextQuoteSelector``). So SPARQL walks from a
fact to the document, offsets and sentence that support it.

No blank nodes are emitted (every node gets a hash-minted IRI) and the writers
sort what they write, so the same graph gives byte-identical files. IRIs are
ASCII: ``{base}{type}/{pinyin-slug}-{hash}``; Chinese appears only in literals.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import quote

import networkx as nx
from pypinyin import Style, lazy_pinyin, pinyin
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS, SKOS, XSD

from kgraph.export import ExportOptions, register
from kgraph.fileio import write_atomic
from kgraph.records import RELATION_TYPES

__all__ = [
    "KG",
    "PREFIXES",
    "date_literal",
    "graph_to_rdf",
    "node_iri",
    "slugify",
    "write_rdf",
]

log = logging.getLogger(__name__)

KG = Namespace("https://kgraph.example.org/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")
TIME = Namespace("http://www.w3.org/2006/time#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")

# Prefixes of the written Turtle and JSON-LD, and the ones `kgraph query` predeclares.
PREFIXES: dict[str, str] = {
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "kg": str(KG),
    "oa": str(OA),
    "org": str(ORG),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
    "time": str(TIME),
    "wd": str(WIKIDATA),
    "xsd": str(XSD),
}

# Path segment of the minted IRIs, per node type.
TYPE_SEGMENTS: dict[str, str] = {
    "Person": "person",
    "Organization": "organization",
    "Place": "place",
    "Date": "date",
    "Position": "position",
    "Document": "document",
    "Event": "event",
    "PolicyConcept": "concept",
    "Statement": "statement",
}

# Names whose Chinese labels get a derived Hanyu Pinyin label (long phrases would only be noise).
PINYIN_TYPES = frozenset({"Person", "Organization", "Place"})

ZH = "zh"
# Lower case, as SPARQL engines (Oxigraph) store language tags: every file says the same.
ZH_PINYIN = "zh-latn-pinyin"
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
QID = re.compile(r"^Q[1-9][0-9]*$")
NON_SLUG = re.compile(r"[^a-z0-9]+")
SLUG_MAX = 48
URL_UNSAFE = re.compile(r"[\s<>\"{}|\\^`]")

# ---------------------------------------------------------------- IRIs


def short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def slugify(label: str) -> str:
    """ASCII slug of a label: toneless pinyin for Chinese characters, lowercased, hyphenated.

    >>> slugify("中华全国总工会")
    'zhong-hua-quan-guo-zong-gong-hui'
    """
    syllables = lazy_pinyin(unicodedata.normalize("NFKC", label), style=Style.NORMAL)
    slug = NON_SLUG.sub("-", "-".join(syllables).lower()).strip("-")
    if len(slug) > SLUG_MAX:
        slug = slug[:SLUG_MAX].rsplit("-", 1)[0] if "-" in slug[:SLUG_MAX] else slug[:SLUG_MAX]
    return slug


def split_node_id(node_id: str, node_type: str | None = None) -> tuple[str, str]:
    """``"Person:习近平"`` -> ``("Person", "习近平")``; the type attribute wins over the prefix."""
    prefix, sep, label = node_id.partition(":")
    if sep and prefix in TYPE_SEGMENTS and (node_type is None or node_type == prefix):
        return prefix, label
    return node_type or "Thing", node_id


def node_iri(node_id: str, base_iri: str, node_type: str | None = None) -> URIRef:
    """The stable IRI of a graph node: ``{base}{type}/{slug}-{hash of the node id}``."""
    kind, label = split_node_id(node_id, node_type)
    segment = TYPE_SEGMENTS.get(kind, "thing")
    slug = slugify(label)
    digest = short_hash(f"{kind}:{label}")
    return URIRef(
        f"{base_iri}{segment}/{slug}-{digest}" if slug else f"{base_iri}{segment}/{digest}"
    )


def document_iri(doc: str, base_iri: str) -> URIRef:
    """The IRI of a source document, from its id (the path relative to the input root)."""
    return node_iri(f"Document:{doc}", base_iri)


def url_ref(url: str) -> URIRef | Literal:
    """An IRI for a web address when it is one; otherwise the address as a literal."""
    url = url.strip()
    if re.match(r"^https?://", url) and not URL_UNSAFE.search(url):
        return URIRef(quote(url, safe=":/?#[]@!$&'()*+,;=%~-._"))
    return Literal(url)


# ---------------------------------------------------------------- literals


def date_literal(value: str) -> Literal:
    """An ISO 8601 date, year-month or year as a typed XSD literal (plain if it is none)."""
    value = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            dt.date.fromisoformat(value)
            return Literal(value, datatype=XSD.date)
        if re.fullmatch(r"\d{4}-\d{2}", value) and 1 <= int(value[5:]) <= 12:
            return Literal(value, datatype=XSD.gYearMonth)
        if re.fullmatch(r"\d{4}", value):
            return Literal(value, datatype=XSD.gYear)
    except ValueError:
        pass
    return Literal(value)


TIME_PROPERTY = {
    XSD.date: TIME.inXSDDate,
    XSD.gYearMonth: TIME.inXSDgYearMonth,
    XSD.gYear: TIME.inXSDgYear,
}


def derive_pinyin(label: str) -> str:
    """Tone-marked pinyin of a Chinese label, one syllable per character."""
    return " ".join(item[0] for item in pinyin(label, style=Style.TONE, errors="default"))


# ---------------------------------------------------------------- terms


class NT(str):
    """A term already written in N-Triples syntax: ``<iri>``, ``"text"@zh``, ``"1"^^<type>``.

    The builder keeps terms as these strings rather than rdflib objects: a large
    graph has millions of triples, and rdflib's term objects made the export
    several times slower and heavier than everything else a build does.
    """

    __slots__ = ()


def _term(term: URIRef | Literal | NT) -> NT:
    return term if type(term) is NT else NT(_nt_term(term))


def _iri(iri: str) -> NT:
    return NT(f"<{iri}>")


def _text(value: str) -> NT:
    return NT(f'"{_escape(value)}"')


_RDF_TYPE = _iri(str(RDF.type))
_NON_NEGATIVE = str(XSD.nonNegativeInteger)
# The terms of every fact and piece of evidence, made once (namespace lookups are slow).
_T = {
    name: _iri(str(term))
    for name, term in {
        "Statement": RDF.Statement,
        "subject": RDF.subject,
        "predicate": RDF.predicate,
        "object": RDF.object,
        "weight": KG.weight,
        "derived": PROV.wasDerivedFrom,
        "hasBody": OA.hasBody,
        "supports": KG.supports,
        "SpecificResource": OA.SpecificResource,
        "hasSource": OA.hasSource,
        "hasSelector": OA.hasSelector,
        "TextPositionSelector": OA.TextPositionSelector,
        "start": OA.start,
        "end": OA.end,
        "TextQuoteSelector": OA.TextQuoteSelector,
        "exact": OA.exact,
        "Annotation": OA.Annotation,
        "motivatedBy": OA.motivatedBy,
        "supporting": KG.supporting,
        "hasTarget": OA.hasTarget,
    }.items()
}


# ---------------------------------------------------------------- graph -> RDF


class _Builder:
    """Accumulates the triples of one graph; minted auxiliary nodes are added once."""

    def __init__(self, graph: nx.MultiDiGraph, base_iri: str) -> None:
        self.graph = graph
        self.base = base_iri
        # A plain set, not an rdflib Graph: the writers below serialise it
        # directly, which is several times faster than going through a store.
        self.triples: set[tuple[NT, NT, NT]] = set()
        self.iris: dict[str, NT] = {}
        self.extra_nodes: dict[str, dict[str, object]] = {}
        self.spans: set[str] = set()
        # A source document is known both by its node id and by its path (evidence `doc`).
        self.doc_iris: dict[str, NT] = {}
        for node, data in graph.nodes(data=True):
            self.iris[node] = self._mint(node, data)
            if data.get("file"):
                self.doc_iris[str(data["file"])] = self.iris[node]

    def _mint(self, node: str, data: dict[str, object]) -> NT:
        if data.get("file"):
            return _iri(document_iri(str(data["file"]), self.base))
        return _iri(node_iri(node, self.base, str(data["type"]) if data.get("type") else None))

    def add(self, s: URIRef | NT, p: URIRef | NT, o: URIRef | Literal | NT) -> None:
        self.triples.add((_term(s), _term(p), _term(o)))

    def iri(self, node: str) -> NT:
        if node not in self.iris:
            self.iris[node] = _iri(node_iri(node, self.base))
        return self.iris[node]

    def ref(self, node_id: str, attrs: dict[str, object]) -> NT:
        """The IRI of a node that may not be in the graph; if not, describe it minimally."""
        if node_id not in self.graph and node_id not in self.extra_nodes:
            self.extra_nodes[node_id] = attrs
        return self.iri(node_id)

    def doc_ref(self, doc: str) -> NT:
        if doc in self.doc_iris:
            return self.doc_iris[doc]
        iri = self.ref(f"Document:{doc}", {"type": "Document", "label": doc, "file": doc})
        self.doc_iris[doc] = iri
        return iri

    # -- nodes

    def add_labels(self, s: URIRef, kind: str, data: dict[str, object]) -> None:
        label = str(data.get("label") or "")
        if label:
            self.add(s, RDFS.label, Literal(label, lang=ZH))
            self.add(s, SKOS.prefLabel, Literal(label, lang=ZH))
        for alias in data.get("aliases") or ():
            if alias and alias != label:
                self.add(s, SKOS.altLabel, Literal(str(alias), lang=ZH))
        if data.get("label_en"):
            english = Literal(str(data["label_en"]), lang="en")
            self.add(s, RDFS.label, english)
            self.add(s, SKOS.prefLabel, english)
        romanised = str(data.get("pinyin") or "")
        if not romanised and kind in PINYIN_TYPES and HAN.search(label):
            romanised = derive_pinyin(label)
        if romanised:
            self.add(s, RDFS.label, Literal(romanised, lang=ZH_PINYIN))
            self.add(s, SKOS.prefLabel, Literal(romanised, lang=ZH_PINYIN))

    def add_node(self, node: str, data: dict[str, object]) -> None:
        kind, _ = split_node_id(node, str(data["type"]) if data.get("type") else None)
        if kind not in TYPE_SEGMENTS:
            log.warning("rdf: node %r has no known type; skipped", node)
            return
        s = self.iri(node)
        self.add(s, RDF.type, KG[kind])
        self.add_labels(s, kind, data)
        if data.get("wikidata") and QID.match(str(data["wikidata"])):
            self.add(s, SKOS.exactMatch, WIKIDATA[str(data["wikidata"])])
        if isinstance(data.get("count"), int):
            self.add(s, KG.mentionCount, Literal(int(data["count"])))
        for doc in data.get("docs") or ():
            self.add(s, KG.mentionedIn, self.doc_ref(str(doc)))
        if kind == "Document" and data.get("file"):
            self.add_source_document(s, data)
        elif kind == "Date":
            self.add_date(s, str(data.get("value") or data.get("label") or ""))
        elif kind == "PolicyConcept":
            self.add(s, SKOS.inScheme, KG.PolicyConcepts)
            group = str(data.get("group") or "")
            if group and group != data.get("label"):
                parent = self.ref(
                    f"PolicyConcept:{group}", {"type": "PolicyConcept", "label": group}
                )
                self.add(s, SKOS.broader, parent)
            else:
                self.add(s, SKOS.topConceptOf, KG.PolicyConcepts)
        elif kind == "Statement":
            if data.get("speaker"):
                self.add(s, KG.speaker, self.iri(str(data["speaker"])))
            if data.get("date"):
                self.add(s, DCTERMS.date, date_literal(str(data["date"])))
            if data.get("text"):
                self.add(s, KG.text, Literal(str(data["text"]), lang=ZH))

    def add_source_document(self, s: URIRef, data: dict[str, object]) -> None:
        self.add(s, RDF.type, KG.SourceDocument)
        self.add(s, DCTERMS.identifier, Literal(str(data["file"])))
        if data.get("title"):
            self.add(s, DCTERMS.title, Literal(str(data["title"]), lang=ZH))
        if not data.get("label"):
            self.add(s, RDFS.label, Literal(str(data.get("title") or data["file"]), lang=ZH))
        if data.get("date"):
            self.add(s, DCTERMS.date, date_literal(str(data["date"])))
        if data.get("source_url"):
            self.add(s, DCTERMS.source, url_ref(str(data["source_url"])))
        if data.get("publisher"):
            name = str(data["publisher"])
            publisher = self.ref(f"Organization:{name}", {"type": "Organization", "label": name})
            self.add(s, DCTERMS.publisher, publisher)

    def add_date(self, s: URIRef, value: str) -> None:
        if "/" in value:
            self.add(s, RDF.type, TIME.Interval)
            begin, _, end = value.partition("/")
            for bound, prop in ((begin, TIME.hasBeginning), (end, TIME.hasEnd)):
                if bound:
                    attrs = {"type": "Date", "label": bound, "value": bound}
                    self.add(s, prop, self.ref(f"Date:{bound}", attrs))
            return
        self.add(s, RDF.type, TIME.Instant)
        literal = date_literal(value)
        if literal.datatype in TIME_PROPERTY:
            self.add(s, TIME_PROPERTY[literal.datatype], literal)
        elif value:
            self.add(s, KG.value, literal)

    # -- edges

    def add_edge(self, u: str, v: str, relation: str, data: dict[str, object]) -> None:
        if relation not in RELATION_TYPES:
            log.warning("rdf: unknown relation %r on %s -> %s; skipped", relation, u, v)
            return
        s, p, o = self.iri(u), _iri(f"{KG}{relation}"), self.iri(v)
        add = self.triples.add
        add((s, p, o))
        fact = _iri(f"{self.base}fact/{short_hash(f'{s} {p} {o}', 16)}")
        add((fact, _RDF_TYPE, _T["Statement"]))
        add((fact, _T["subject"], s))
        add((fact, _T["predicate"], p))
        add((fact, _T["object"], o))
        if isinstance(data.get("weight"), int):
            add((fact, _T["weight"], NT(f'"{int(data["weight"])}"^^<{XSD.integer}>')))
        for item in data.get("evidence") or ():
            self.add_evidence(fact, item)

    def add_evidence(self, fact: NT, item: dict[str, object]) -> None:
        doc_id, start, end = str(item["doc"]), int(item["start"]), int(item["end"])
        doc = self.doc_ref(doc_id)
        add = self.triples.add
        add((fact, _T["derived"], doc))
        # The span (target + selectors) and its annotation are shared by every fact
        # read from the same sentence; they are written once.
        span_iri = f"{self.base}span/{short_hash(f'{doc_id}#{start}-{end}', 16)}"
        annotation = _iri(f"{self.base}evidence/{short_hash(f'<{span_iri}>', 16)}")
        add((annotation, _T["hasBody"], fact))
        add((annotation, _T["supports"], fact))
        if span_iri in self.spans:
            return
        self.spans.add(span_iri)
        span = _iri(span_iri)
        position, quote_selector = _iri(f"{span_iri}/position"), _iri(f"{span_iri}/quote")
        add((span, _RDF_TYPE, _T["SpecificResource"]))
        add((span, _T["hasSource"], doc))
        add((span, _T["hasSelector"], position))
        add((span, _T["hasSelector"], quote_selector))
        add((position, _RDF_TYPE, _T["TextPositionSelector"]))
        add((position, _T["start"], NT(f'"{start}"^^<{_NON_NEGATIVE}>')))
        add((position, _T["end"], NT(f'"{end}"^^<{_NON_NEGATIVE}>')))
        add((quote_selector, _RDF_TYPE, _T["TextQuoteSelector"]))
        add((quote_selector, _T["exact"], _text(str(item.get("text", "")))))
        add((annotation, _RDF_TYPE, _T["Annotation"]))
        add((annotation, _T["motivatedBy"], _T["supporting"]))
        add((annotation, _T["hasTarget"], span))

    def build(self) -> set[tuple[NT, NT, NT]]:
        for node, data in sorted(self.graph.nodes(data=True)):
            self.add_node(node, data)
        edges = sorted(self.graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
        for u, v, key, data in edges:
            self.add_edge(u, v, str(data.get("relation") or key), data)
        # Auxiliary nodes can mint further ones (an interval's bounds); loop until done.
        done: set[str] = set()
        while pending := sorted(set(self.extra_nodes) - done):
            for node in pending:
                done.add(node)
                self.add_node(node, self.extra_nodes[node])
        return self.triples


Triple = tuple[NT, NT, NT]


def graph_to_triples(graph: nx.MultiDiGraph, base_iri: str) -> set[Triple]:
    """The RDF triples of the knowledge graph (no blank nodes), terms in N-Triples syntax."""
    return _Builder(graph, base_iri).build()


def graph_to_rdf(graph: nx.MultiDiGraph, base_iri: str) -> Graph:
    """Convert the knowledge graph to an :class:`rdflib.Graph` (no blank nodes)."""
    rdf = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace)
    rdf.parse(data=to_ntriples(graph_to_triples(graph, base_iri)), format="nt")
    return rdf


# ---------------------------------------------------------------- writers


def _escape(text: str) -> str:
    out = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    # Other control characters are legal only as escapes.
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", lambda m: f"\\u{ord(m.group()):04X}", out)


def _nt_term(term: URIRef | Literal) -> str:
    if isinstance(term, Literal):
        body = f'"{_escape(str(term))}"'
        if term.language:
            return f"{body}@{term.language}"
        if term.datatype and term.datatype != XSD.string:
            return f"{body}^^<{term.datatype}>"
        return body
    return f"<{term}>"


def to_ntriples(triples: Iterable[Triple]) -> str:
    """Sorted N-Triples (plain tuple order is line order: an IRI never holds ``>``)."""
    return "".join(f"{s} {p} {o} .\n" for s, p, o in sorted(triples))


def write_rdf(graph: nx.MultiDiGraph, out_dir: Path, base_iri: str) -> dict[str, Path]:
    """Write ``graph.ttl``, ``graph.nt`` and ``graph.jsonld`` into ``out_dir``.

    N-Triples is written here, sorted; Oxigraph (Rust) reads it back and writes
    Turtle and JSON-LD in the same order, far faster than a Python serialiser.
    """
    import pyoxigraph as ox

    ntriples = to_ntriples(graph_to_triples(graph, base_iri))
    data = ntriples.encode("utf-8")

    def reread() -> Iterator[ox.Triple]:
        # Streaming parser to writer, with no Python list of a million triples between.
        return ox.parse(data, format=ox.RdfFormat.N_TRIPLES)

    out_dir = Path(out_dir)
    turtle = ox.serialize(reread(), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    jsonld = ox.serialize(reread(), format=ox.RdfFormat.JSON_LD)
    return {
        "ttl": write_atomic(out_dir / "graph.ttl", turtle),
        "nt": write_atomic(out_dir / "graph.nt", ntriples),
        "jsonld": write_atomic(out_dir / "graph.jsonld", jsonld + b"\n"),
    }


@register("rdf")
def export_rdf(graph: nx.MultiDiGraph, out_dir: Path, options: ExportOptions) -> Path:
    """Exporter entry point: writes the three RDF files, returns the Turtle path."""
    return write_rdf(graph, out_dir, options.base_iri)["ttl"]
