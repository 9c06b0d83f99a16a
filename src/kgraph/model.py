"""The graph model: the one contract every stage and exporter shares.

A leaf module (it imports nothing from kgraph and no third-party package), so
``kgraph --help``, the SPARQL commands and every stage can read it for free.
It holds

* the node types and the relations, with what they connect and which relation
  a role refines (``chaired`` ⊑ ``participatedIn``);
* event kinds (``event_type`` of an Event node);
* node-id minting: :func:`node_id` is the only place an id is made, and nothing
  parses an id back: type and label are node attributes;
* the RDF namespaces and prefixes;
* ``TypedDict`` s for node, edge and evidence attributes.

``ontology/kgraph.ttl`` declares the same classes and properties, and the HTML
legend lists the same types; ``tests/test_model.py`` checks that they agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, TypedDict

__all__ = [
    "ENTITY_TYPES",
    "EVENT_TYPES",
    "NODE_TYPES",
    "PREFIXES",
    "RELATIONS",
    "RELATION_TYPES",
    "ROLE_RELATIONS",
    "EdgeAttributes",
    "EvidenceItem",
    "NodeAttributes",
    "RelationSpec",
    "document_node_id",
    "node_id",
]

# --------------------------------------------------------------------------- node types

# What the extractors find in text.
ENTITY_TYPES: Final[tuple[str, ...]] = (
    "Person",
    "Organization",
    "Place",
    "Date",
    "Position",
    "Document",
    "Event",
    "PolicyConcept",
)
# Every node type of the graph: the extracted ones plus attributed speech.
NODE_TYPES: Final[tuple[str, ...]] = (*ENTITY_TYPES, "Statement")

# ``event_type`` of an Event node.
EVENT_TYPES: Final[tuple[str, ...]] = (
    "Meeting",
    "Conference",
    "Inspection",
    "Visit",
    "Ceremony",
    "Award",
    "Signing",
    "Appointment",
    "Other",
)

# --------------------------------------------------------------------------- relations

_AGENTS = ("Person", "Organization")
_ANY = NODE_TYPES


@dataclass(frozen=True, slots=True)
class RelationSpec:
    """A relation: which node types it joins, and the relation it refines, if any."""

    name: str
    domain: tuple[str, ...]
    range: tuple[str, ...]
    parent: str | None = None  # rdfs:subPropertyOf; the graph and RDF carry the parent too
    bulk: bool = False  # many, weakly informative edges: sampled evidence, not reified in RDF


RELATIONS: Final[dict[str, RelationSpec]] = {
    spec.name: spec
    for spec in (
        RelationSpec("holdsPosition", ("Person",), ("Position",)),
        RelationSpec("positionIn", ("Position",), ("Organization", "Place")),
        RelationSpec("memberOf", ("Person",), ("Organization",)),
        RelationSpec("leads", ("Person",), ("Organization",)),
        RelationSpec("participatedIn", _AGENTS, ("Event",)),
        RelationSpec("chaired", ("Person",), ("Event",), parent="participatedIn"),
        RelationSpec("spokeAt", ("Person",), ("Event",), parent="participatedIn"),
        RelationSpec("accompanied", ("Person",), ("Event",), parent="participatedIn"),
        RelationSpec("metWith", ("Person",), ("Person",)),
        RelationSpec("issued", _AGENTS, ("Document",)),
        RelationSpec("signedBy", ("Document",), ("Organization", "Person")),
        RelationSpec("authorOf", ("Person",), ("Document",)),
        RelationSpec("occurredOn", ("Event", "Document"), ("Date",)),
        RelationSpec("locatedIn", ("Event", "Place", "Organization"), ("Place",)),
        RelationSpec("subOrganizationOf", ("Organization",), ("Organization",)),
        RelationSpec("emphasized", ("Person",), ("PolicyConcept",)),
        RelationSpec("mentions", ("Document", "Statement"), _ANY, bulk=True),
        RelationSpec("coOccursWith", _ANY, _ANY, bulk=True),
        RelationSpec("partOf", ("Document",), ("Document",)),
        RelationSpec("sameEventAs", ("Event",), ("Event",)),
        RelationSpec("duplicateOf", ("Document",), ("Document",)),
    )
}
RELATION_TYPES: Final[tuple[str, ...]] = tuple(RELATIONS)
# Person -> Event roles that refine participatedIn.
ROLE_RELATIONS: Final[tuple[str, ...]] = tuple(
    name for name, spec in RELATIONS.items() if spec.parent == "participatedIn"
)
BULK_RELATIONS: Final[frozenset[str]] = frozenset(n for n, s in RELATIONS.items() if s.bulk)

# --------------------------------------------------------------------------- ids


def node_id(node_type: str, name: str) -> str:
    """The id of the node of ``node_type`` named ``name``; ids are opaque, never parsed."""
    if node_type not in NODE_TYPES:
        raise ValueError(f"unknown node type {node_type!r}; known: {', '.join(NODE_TYPES)}")
    return f"{node_type}:{name}"


def document_node_id(doc_id: str) -> str:
    """The node of a source document (or an item of one), from its document id."""
    return node_id("Document", doc_id)


# --------------------------------------------------------------------------- attributes


class EvidenceItem(TypedDict):
    """A sentence that supports an edge: ``original[start:end]`` of document ``doc``."""

    doc: str
    start: int
    end: int
    text: str


class _NodeRequired(TypedDict):
    type: str  # one of NODE_TYPES
    label: str  # canonical Chinese name
    aliases: list[str]  # sorted, without the label
    count: int  # mentions, copies of one article counted once
    docs: list[str]  # sorted document ids


class NodeAttributes(_NodeRequired, total=False):
    value: str  # ISO 8601 (Date nodes)
    label_en: str
    pinyin: str  # toneless Hanyu Pinyin, syllables separated by spaces
    wikidata: str  # QID
    group: list[str]  # PolicyConcept: the concepts it is listed under
    kind: str  # Place: country, province, city, …
    # resolution across the corpus (kgraph.identity)
    confidence: float  # below 1.0: how sure the mentions' assignment to this node is
    namesake_of: str  # a person split from another of the same name: that node's id
    split_reason: str  # what sets this person apart (工程师, 乍得总统)
    # source documents (type Document, source_document True) and their items
    source_document: bool
    file: str  # the input file (for an item: the page's file)
    title: str
    date: str  # ISO 8601 (documents, events, statements)
    publisher: str
    source_url: str
    # Event nodes
    event_type: str  # one of EVENT_TYPES
    # Statement nodes
    speaker: str  # node id of the speaker
    text: str


class _EdgeRequired(TypedDict):
    relation: str  # one of RELATION_TYPES; also the edge key
    weight: int  # articles that state it
    evidence: list[EvidenceItem]


class EdgeAttributes(_EdgeRequired, total=False):
    evidence_count: int  # sentences that state it, when ``evidence`` keeps only a sample
    # holdsPosition tenures
    since: str  # ISO date of an appointment (任命, 当选, 任)
    until: str  # ISO date of a removal (免去, 不再担任)
    observed: list[str]  # sorted ISO dates of the documents showing the person in the post then


# --------------------------------------------------------------------------- RDF namespaces

KG_NAMESPACE: Final = "https://kgraph.example.org/ontology#"
DEFAULT_BASE_IRI: Final = "https://kgraph.example.org/id/"

# Prefixes of the written Turtle and JSON-LD, and the ones `kgraph query` predeclares.
PREFIXES: Final[dict[str, str]] = {
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "kg": KG_NAMESPACE,
    "oa": "http://www.w3.org/ns/oa#",
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "time": "http://www.w3.org/2006/time#",
    "wd": "http://www.wikidata.org/entity/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
