"""RDF export: the knowledge graph as Turtle, N-Triples and JSON-LD, with provenance.

Every edge ``u -[relation]-> v`` becomes the direct triple ``<u> kg:relation <v>``
and also an ``rdf:Statement`` (IRI minted from a hash of the triple) that carries
``kg:weight`` and ``prov:wasDerivedFrom`` the source documents. Each evidence
sentence becomes an ``oa:Annotation`` whose body is that statement
(``kg:supports``, a sub-property of ``oa:hasBody``) and whose target is a span of
the source document, selected by character offsets (``oa:TextPositionSelector``)
and by the sentence itself (``oa:TextQuoteSelector``). So SPARQL walks from a
fact to the document, offsets and sentence that support it. One annotation is
written per evidence sentence and supports every fact read from it, so a
sentence and its selectors are stored once however many facts it states.

How much of this is written is the build's ``provenance`` level
(``kgraph build --provenance``): ``facts`` (the default) reifies the typed
facts with their evidence but writes the bulk edges (``mentions``,
``coOccursWith``: ``RelationSpec.bulk``) as direct triples only; ``full``
reifies those too; ``none`` writes the direct triples only.

No blank nodes are emitted (every node gets a hash-minted IRI) and the writers
sort what they write, so the same graph gives byte-identical files. IRIs are
ASCII: ``{base}{type}/{pinyin-slug}-{hash}``; Chinese appears only in literals.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

import networkx as nx
from pypinyin import Style
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from kgraph.export import ExportOptions, defer, deferring, register
from kgraph.model import (
    KG_NAMESPACE,
    NODE_TYPES,
    PREFIXES,
    RELATIONS,
    document_node_id,
    node_id,
)
from kgraph.romanize import lazy_pinyin

__all__ = [
    "KG",
    "PREFIXES",
    "date_literal",
    "graph_to_rdf",
    "node_iri",
    "slugify",
    "write_rdf",
]

KG = Namespace(KG_NAMESPACE)
OA = Namespace(PREFIXES["oa"])
PROV = Namespace(PREFIXES["prov"])
TIME = Namespace(PREFIXES["time"])
ORG = Namespace(PREFIXES["org"])
WIKIDATA = Namespace(PREFIXES["wd"])

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

ZH = "zh"
# Lower case, as SPARQL engines (Oxigraph) store language tags: every file says the same.
ZH_PINYIN = "zh-latn-pinyin"
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
    syllables = lazy_pinyin(unicodedata.normalize("NFKC", label), Style.NORMAL)
    slug = NON_SLUG.sub("-", "-".join(syllables).lower()).strip("-")
    if len(slug) > SLUG_MAX:
        slug = slug[:SLUG_MAX].rsplit("-", 1)[0] if "-" in slug[:SLUG_MAX] else slug[:SLUG_MAX]
    return slug


def node_iri(node: str, data: Mapping[str, Any], base_iri: str) -> URIRef:
    """The stable IRI of a graph node: ``{base}{type}/{slug of its name}-{hash of its id}``.

    The name is the label, except for source documents, whose IRI reads their
    path (``docs[0]``) rather than their headline.
    """
    node_type = data.get("type")
    if node_type not in TYPE_SEGMENTS or not data.get("label"):
        raise ValueError(
            f"node {node!r} needs a type (one of {', '.join(NODE_TYPES)}) and a label; "
            f"it has {dict(data)!r}"
        )
    name = data["docs"][0] if data.get("source_document") else data["label"]
    slug = slugify(str(name))
    digest = short_hash(node)
    segment = TYPE_SEGMENTS[node_type]
    return URIRef(
        f"{base_iri}{segment}/{slug}-{digest}" if slug else f"{base_iri}{segment}/{digest}"
    )


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


# ---------------------------------------------------------------- terms


class NT(str):
    """A term already written in N-Triples syntax: ``<iri>``, ``"text"@zh``, ``"1"^^<type>``.

    The builder keeps terms as these strings rather than rdflib objects: a large
    graph has millions of triples, and rdflib's term objects made the export
    several times slower and heavier than everything else a build does.
    """

    __slots__ = ()


_IRIS: dict[URIRef, NT] = {}  # the vocabulary's IRIs, converted once (they recur per node)


def _term(term: URIRef | Literal | NT) -> NT:
    if isinstance(term, NT):
        return term
    if isinstance(term, URIRef):
        found = _IRIS.get(term)
        if found is None:
            found = _IRIS[term] = NT(_nt_term(term))
        return found
    return NT(_nt_term(term))


def _lang(text: str, lang: str) -> NT:
    """``"text"@lang``, as :func:`_nt_term` writes it, without making an rdflib Literal
    (a tenth of the RDF export's time went into making and writing them)."""
    return NT(f'"{_escape(text)}"@{lang}')


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


Triple = tuple[NT, NT, NT]
# Triples held at once while writing: beyond this, a sorted run goes to a scratch file
# and the runs are merged (the triples of a 4 M-character corpus took 150 MB as one set).
SPILL_TRIPLES = 200_000


class _Builder:
    """Accumulates the triples of one graph; minted auxiliary nodes are added once."""

    def __init__(self, graph: nx.MultiDiGraph, base_iri: str, provenance: str = "facts") -> None:
        if provenance not in ("facts", "full", "none"):
            raise ValueError(f"unknown provenance level {provenance!r}; known: facts, full, none")
        self.graph = graph
        self.base = base_iri
        self.provenance = provenance
        # A plain set, not an rdflib Graph: the writers below serialise it
        # directly, which is several times faster than going through a store.
        self.triples: set[tuple[NT, NT, NT]] = set()
        self.iris: dict[str, NT] = {}
        self.extra_nodes: dict[str, Mapping[str, Any]] = {}
        self.spans: set[str] = set()
        for node, data in graph.nodes(data=True):
            self.iris[node] = self._mint(node, data)

    def _mint(self, node: str, data: Mapping[str, Any]) -> NT:
        return _iri(node_iri(node, data, self.base))

    def add(self, s: URIRef | NT, p: URIRef | NT, o: URIRef | Literal | NT) -> None:
        self.triples.add((_term(s), _term(p), _term(o)))

    def ref(self, node: str, attrs: Mapping[str, Any]) -> NT:
        """The IRI of a node that may not be in the graph; if not, describe it minimally."""
        if node not in self.iris:
            self.extra_nodes[node] = attrs
            self.iris[node] = self._mint(node, attrs)
        return self.iris[node]

    def doc_ref(self, doc: str) -> NT:
        """The source document (or item) an evidence span points into."""
        attrs = {"type": "Document", "label": doc, "docs": [doc], "source_document": True}
        return self.ref(document_node_id(doc), attrs)

    # -- nodes

    def add_labels(self, s: NT, data: Mapping[str, Any]) -> None:
        label = str(data.get("label") or "")
        if label:
            self.add(s, RDFS.label, _lang(label, ZH))
            self.add(s, SKOS.prefLabel, _lang(label, ZH))
        for alias in data.get("aliases") or ():
            if alias and alias != label:
                self.add(s, SKOS.altLabel, _lang(str(alias), ZH))
        if data.get("label_en"):
            english = _lang(str(data["label_en"]), "en")
            self.add(s, RDFS.label, english)
            self.add(s, SKOS.prefLabel, english)
        if data.get("pinyin"):
            romanised = _lang(str(data["pinyin"]), ZH_PINYIN)
            self.add(s, RDFS.label, romanised)
            self.add(s, SKOS.prefLabel, romanised)

    def add_node(self, node: str, data: Mapping[str, Any]) -> None:
        kind = data["type"]
        s = self.iris[node]
        self.add(s, RDF.type, KG[kind])
        self.add_labels(s, data)
        if data.get("wikidata") and QID.match(str(data["wikidata"])):
            self.add(s, SKOS.exactMatch, WIKIDATA[str(data["wikidata"])])
        if isinstance(data.get("count"), int):
            self.add(s, KG.mentionCount, Literal(int(data["count"])))
        for doc in data.get("docs") or ():
            if not data.get("source_document"):
                self.add(s, KG.mentionedIn, self.doc_ref(str(doc)))
        if data.get("source_document"):
            self.add_source_document(s, data)
        elif kind == "Date":
            self.add_date(s, str(data.get("value") or data.get("label") or ""))
        elif kind == "Event":
            if data.get("event_type"):
                self.add(s, KG.eventType, KG[str(data["event_type"])])
            if data.get("date"):
                self.add(s, DCTERMS.date, date_literal(str(data["date"])))
        elif kind == "PolicyConcept":
            self.add(s, SKOS.inScheme, KG.PolicyConcepts)
            parents = [g for g in data.get("group") or () if g and g != data.get("label")]
            for group in parents:
                # The parent concept's own node (its id is minted like any concept's).
                parent_id = node_id("PolicyConcept", group)
                attrs = {"type": "PolicyConcept", "label": group}
                self.add(
                    s, SKOS.broader, self.ref(parent_id, self.graph.nodes.get(parent_id, attrs))
                )
            if not parents:
                self.add(s, SKOS.topConceptOf, KG.PolicyConcepts)
        elif kind == "Statement":
            if data.get("speaker"):
                self.add(s, KG.speaker, self.iris[str(data["speaker"])])
            if data.get("date"):
                self.add(s, DCTERMS.date, date_literal(str(data["date"])))
            if data.get("text"):
                self.add(s, KG.text, _lang(str(data["text"]), ZH))

    def add_source_document(self, s: NT, data: Mapping[str, Any]) -> None:
        self.add(s, RDF.type, KG.SourceDocument)
        self.add(s, DCTERMS.identifier, Literal(str(data["docs"][0])))
        if data.get("title"):
            self.add(s, DCTERMS.title, _lang(str(data["title"]), ZH))
        if data.get("date"):
            self.add(s, DCTERMS.date, date_literal(str(data["date"])))
        if data.get("source_url"):
            self.add(s, DCTERMS.source, url_ref(str(data["source_url"])))
        if data.get("publisher"):
            name = str(data["publisher"])
            attrs = {"type": "Organization", "label": name}
            publisher = self.ref(node_id("Organization", name), attrs)
            self.add(s, DCTERMS.publisher, publisher)

    def add_date(self, s: NT, value: str) -> None:
        if "/" in value:
            self.add(s, RDF.type, TIME.Interval)
            begin, _, end = value.partition("/")
            for bound, prop in ((begin, TIME.hasBeginning), (end, TIME.hasEnd)):
                if bound:
                    attrs = {"type": "Date", "label": bound, "value": bound}
                    self.add(s, prop, self.ref(node_id("Date", bound), attrs))
            return
        self.add(s, RDF.type, TIME.Instant)
        literal = date_literal(value)
        if literal.datatype in TIME_PROPERTY:
            self.add(s, TIME_PROPERTY[literal.datatype], literal)
        elif value:
            self.add(s, KG.value, literal)

    # -- edges

    def add_edge(self, u: str, v: str, relation: str, data: Mapping[str, Any]) -> None:
        spec = RELATIONS.get(relation)
        if spec is None:
            raise ValueError(f"edge {u!r} -> {v!r} has unknown relation {relation!r}")
        s, p, o = self.iris[u], _iri(f"{KG}{relation}"), self.iris[v]
        add = self.triples.add
        add((s, p, o))
        if spec.parent:  # a role is also a participation: one pattern finds everyone there
            add((s, _iri(f"{KG}{spec.parent}"), o))
        if relation == "holdsPosition":
            self.add_tenure(s, o, data)
        if self.provenance == "none" or (spec.bulk and self.provenance != "full"):
            return  # the direct triple only: no statement, no annotation
        fact = _iri(f"{self.base}fact/{short_hash(f'{s} {p} {o}', 16)}")
        add((fact, _RDF_TYPE, _T["Statement"]))
        add((fact, _T["subject"], s))
        add((fact, _T["predicate"], p))
        add((fact, _T["object"], o))
        if isinstance(data.get("weight"), int):
            add((fact, _T["weight"], NT(f'"{int(data["weight"])}"^^<{XSD.integer}>')))
        for item in data.get("evidence") or ():
            self.add_evidence(fact, item)

    def add_tenure(self, person: NT, post: NT, data: Mapping[str, Any]) -> None:
        """A holdsPosition edge's dates as a W3C ORG membership (see ontology: kg:Tenure).

        ``org:memberDuring`` is an OWL-Time interval that begins on the
        appointment (``since``) and ends on the removal (``until``) where the
        texts give them; ``kg:observedOn`` lists the dates of the documents that
        show the person in the post, so "who held X on D" can be asked either way.

        An appointment after the removal is a second term (王毅, removed as foreign minister
        on 2022-12-30, appointed again on 2023-07-25): two memberships, one ending on the
        removal, one beginning on the appointment, each with the documents of its side.
        """
        since, until, observed = data.get("since"), data.get("until"), data.get("observed") or ()
        if not (since or until or observed):
            return
        if since and until and str(since) > str(until):
            again = [day for day in observed if str(day) >= str(since)]
            before = [day for day in observed if str(day) < str(since)]
            self._add_term(person, post, None, until, before, "")
            self._add_term(person, post, since, None, again, f" {since}")
            return
        self._add_term(person, post, since, until, observed, "")

    def _add_term(
        self,
        person: NT,
        post: NT,
        since: Any,
        until: Any,
        observed: Iterable[Any],
        term: str,
    ) -> None:
        """One membership of ``person`` in ``post`` (``term`` tells a second one apart)."""
        tenure = _iri(f"{self.base}tenure/{short_hash(f'{person} {post}{term}', 16)}")
        self.add(tenure, RDF.type, KG.Tenure)
        self.add(tenure, ORG.member, person)
        self.add(tenure, KG.post, post)
        for day in observed:
            self.add(tenure, KG.observedOn, date_literal(str(day)))
        if since or until:
            interval = _iri(f"{tenure[1:-1]}/during")
            self.add(tenure, ORG.memberDuring, interval)
            self.add(interval, RDF.type, TIME.Interval)
            for bound, prop in ((since, TIME.hasBeginning), (until, TIME.hasEnd)):
                if bound:
                    attrs = {"type": "Date", "label": str(bound), "value": str(bound)}
                    self.add(interval, prop, self.ref(node_id("Date", str(bound)), attrs))

    def add_evidence(self, fact: NT, item: Mapping[str, Any]) -> None:
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

    def build(self, spill: Callable[[set[Triple]], None] | None = None) -> set[Triple]:
        """Every triple; with ``spill``, handed over in sets of about ``SPILL_TRIPLES``
        (the rest is returned), so the whole set never sits in memory."""

        def check() -> None:
            if spill is not None and len(self.triples) >= SPILL_TRIPLES:
                spill(self.triples)
                self.triples = set()

        for node, data in sorted(self.graph.nodes(data=True)):
            self.add_node(node, data)
            check()
        edges = sorted(self.graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
        for u, v, key, data in edges:
            self.add_edge(u, v, str(data.get("relation") or key), data)
            check()
        # Auxiliary nodes can mint further ones (an interval's bounds); loop until done.
        done: set[str] = set()
        while pending := sorted(set(self.extra_nodes) - done):
            for node in pending:
                done.add(node)
                self.add_node(node, self.extra_nodes[node])
                check()
        return self.triples


def graph_to_triples(
    graph: nx.MultiDiGraph, base_iri: str, provenance: str = "facts"
) -> set[Triple]:
    """The RDF triples of the knowledge graph (no blank nodes), terms in N-Triples syntax."""
    return _Builder(graph, base_iri, provenance).build()


def graph_to_rdf(graph: nx.MultiDiGraph, base_iri: str, provenance: str = "facts") -> Graph:
    """Convert the knowledge graph to an :class:`rdflib.Graph` (no blank nodes)."""
    rdf = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace)
    rdf.parse(data=to_ntriples(graph_to_triples(graph, base_iri, provenance)), format="nt")
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


RDF_FORMATS = ("ttl", "nt", "jsonld")


def _lines(triples: Iterable[Triple], chunk: int = 50_000) -> Iterator[bytes]:
    """N-Triples lines, encoded in pieces of ``chunk`` triples."""
    batch: list[str] = []
    for s, p, o in triples:
        batch.append(f"{s} {p} {o} .\n")
        if len(batch) >= chunk:
            yield "".join(batch).encode("utf-8")
            batch.clear()
    yield "".join(batch).encode("utf-8")


def write_rdf(
    graph: nx.MultiDiGraph,
    out_dir: Path,
    base_iri: str,
    provenance: str = "facts",
    formats: Iterable[str] = RDF_FORMATS,
    background: bool = False,
) -> dict[str, Path]:
    """Write ``graph.ttl``, ``graph.nt`` and ``graph.jsonld`` (those of ``formats``).

    The triples are made here and piped, unsorted, to a helper process
    (:mod:`kgraph.export.ntsort`) that sorts them in bounded memory, writes the
    N-Triples and has Oxigraph (Rust) stream them into Turtle and JSON-LD in the same
    order. With ``background``, :func:`kgraph.export.export_all` waits for the helper
    (having written the other formats meanwhile); otherwise it is waited for here.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    formats = [f for f in RDF_FORMATS if f in set(formats)]
    fd, scratch = tempfile.mkstemp(prefix=".graph.", suffix=".nt.tmp", dir=out_dir)
    os.close(fd)
    # The helper imports kgraph from where this process found it (not from sys.path).
    code = f"import sys; sys.path.insert(0, {str(Path(__file__).parents[2])!r}); "
    code += "from kgraph.export.ntsort import main; main()"
    args = [out_dir, scratch, ",".join(formats), json.dumps(PREFIXES)]
    helper = subprocess.Popen([sys.executable, "-c", code, *map(str, args)], stdin=subprocess.PIPE)
    stdin = helper.stdin
    assert stdin is not None

    def wait() -> None:
        try:
            if helper.wait() != 0:
                raise RuntimeError(
                    f"the RDF writer (kgraph.export.ntsort) exited {helper.returncode}"
                )
        finally:
            Path(scratch).unlink(missing_ok=True)

    try:
        builder = _Builder(graph, base_iri, provenance)

        def send(triples: set[Triple]) -> None:
            for piece in _lines(triples):
                stdin.write(piece)

        send(builder.build(send))
        del builder
        stdin.close()
    except BaseException:
        helper.kill()
        helper.wait()
        Path(scratch).unlink(missing_ok=True)
        raise
    if background:
        defer(wait)
    else:
        wait()
    return {fmt: out_dir / f"graph.{fmt}" for fmt in formats}


@register("rdf")
def export_rdf(graph: nx.MultiDiGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    """Exporter entry point: writes the RDF files of ``options.formats``, returns their paths."""
    formats = [f for f in options.formats if f in RDF_FORMATS]
    written = write_rdf(
        graph, out_dir, options.base_iri, options.provenance, formats, background=deferring()
    )
    return list(written.values())
