"""Extract: text -> typed mentions, and a document -> mentions and relations.

Extraction is a set of small extractors, each a function from a piece of text
(and its context) to candidate mentions, registered in :data:`EXTRACTORS` with
a tier. Candidates are merged in two layers:

* **flat entities** (Person, Organization, Place, Date, Position) never
  overlap one another. A lower tier wins an overlap, and within a tier the
  longer span. The CRF comes first: measured on People's Daily, letting the
  curated lexicon or the rules override its person/organisation/place spans
  costs ten points of F1 (the annotation calls 广州松日队 an organisation,
  not 广州 a place), so the lexicon only fills the gaps the CRF leaves.
* **containers** (Document, Event, PolicyConcept) may hold flat entities
  (《毛泽东、邓小平新闻思想研究》, 邓小平理论, 第十六届英联邦运动会) but never
  overlap one another or cut through a flat entity.

Adding an extractor means writing the function and registering it here. Each
wrapper imports its module on first use, so importing one extractor (or
``kgraph`` itself) does not load them all.

:func:`extract_document` is a pure function from a document to records so it
can be cached by content hash and mapped over processes.
"""

from __future__ import annotations

import datetime as dt
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from kgraph.records import Document, DocumentExtraction, Evidence, Mention, Sentence
from kgraph.text import read_words

__all__ = ["EXTRACTORS", "Context", "extract", "extract_document", "register"]

# Bump when extraction changes in a way that makes cached results stale.
EXTRACTOR_VERSION = "3"


@dataclass(frozen=True, slots=True)
class Context:
    """What an extractor may know beyond the text itself."""

    reference: dt.date | None = None  # the document's date, for 23日下午, 过去5年, …


Extractor = Callable[[str, Context], list[Mention]]


@dataclass(frozen=True, slots=True)
class Registered:
    name: str
    tier: int  # lower wins an overlap within its layer
    func: Extractor


EXTRACTORS: list[Registered] = []


def register(name: str, tier: int) -> Callable[[Extractor], Extractor]:
    def decorator(func: Extractor) -> Extractor:
        EXTRACTORS.append(Registered(name, tier, func))
        EXTRACTORS.sort(key=lambda r: (r.tier, r.name))
        return func

    return decorator


@register("documents", tier=0)
def _documents(text: str, context: Context) -> list[Mention]:
    from kgraph.extract.documents import extract_documents

    return extract_documents(text)


@register("dates", tier=1)
def _dates(text: str, context: Context) -> list[Mention]:
    from kgraph.extract.dates import extract_dates

    return extract_dates(text, context.reference)


@register("positions", tier=2)
def _positions(text: str, context: Context) -> list[Mention]:
    from kgraph.extract.positions import extract_positions

    return _split_posts(extract_positions(text))


@register("events", tier=1)
def _events(text: str, context: Context) -> list[Mention]:
    from kgraph.extract.events import extract_events

    return extract_events(text)


@register("lexicon", tier=3)
def _lexicon(text: str, context: Context) -> list[Mention]:
    from kgraph.extract.lexicon import match_lexicon

    return match_lexicon(text)


@register("crf", tier=0)
def _crf(text: str, context: Context) -> list[Mention]:
    from kgraph.extract.crf import default_tagger

    return [m for m in default_tagger().tag(text) if not _ordinary_word(m)]


@cache
def _not_names() -> frozenset[str]:
    return read_words(Path(__file__).resolve().parents[1] / "data" / "not_names.txt")


def _ordinary_word(mention: Mention) -> bool:
    """A "person" that the corpora only ever use as a word (周密部署: careful arrangements)."""
    if mention.type != "Person" or mention.text not in _not_names():
        return False
    from kgraph.lexicons import lexicon

    return lexicon().get("Person", mention.text) is None  # a curated person stays


@register("concept-pattern", tier=4)
def _concepts(text: str, context: Context) -> list[Mention]:
    from kgraph.extract.concepts import match_concept_candidates

    return match_concept_candidates(text)


def _split_posts(mentions: list[Mention]) -> list[Mention]:
    """``中华全国总工会主席`` -> Organization ``中华全国总工会`` + Position ``主席``.

    The Position keeps the full post as its value, so the graph has the post
    *of that organisation*, while the mentions stay flat, as annotated corpora
    (and users highlighting text) expect.
    """
    from kgraph.extract.positions import split_post

    out: list[Mention] = []
    for mention in mentions:
        if mention.type != "Position":
            out.append(mention)
            continue
        organisation, title = split_post(mention.text)
        if not organisation or not title or not mention.text.startswith(organisation):
            out.append(mention)
            continue
        cut = mention.start + len(organisation)
        out.append(
            Mention(
                mention.start, cut, _owner_type(organisation), organisation, source=mention.source
            )
        )
        out.append(
            Mention(
                cut,
                mention.end,
                "Position",
                mention.text[len(organisation) :],
                value=mention.value or mention.text,
                source=mention.source,
                owner=organisation,
            )
        )
    return out


def _owner_type(name: str) -> str:
    """A post belongs to an organisation (全国总工会主席) or to a country (哥伦比亚总统)."""
    from kgraph.extract.lexicon import match_lexicon

    known = match_lexicon(name)
    if len(known) == 1 and known[0].start == 0 and known[0].end == len(name):
        return "Place" if known[0].type == "Place" else "Organization"
    return "Organization"


CONTAINER_TYPES = frozenset({"Document", "Event", "PolicyConcept"})


def _take(ranked: list[Mention], blocked: bytearray) -> list[Mention]:
    """Greedily keep mentions whose span is still free; marks what it keeps."""
    kept = []
    for mention in ranked:
        if mention.end <= mention.start or any(blocked[mention.start : mention.end]):
            continue
        blocked[mention.start : mention.end] = b"\1" * (mention.end - mention.start)
        kept.append(mention)
    return kept


def _crosses(container: Mention, flats: list[Mention]) -> bool:
    return any(
        f.start < container.end
        and container.start < f.end
        and not (container.start <= f.start and f.end <= container.end)
        for f in flats
    )


def merge(candidates: list[tuple[int, Mention]], length: int) -> list[Mention]:
    """Resolve overlaps among ``(tier, mention)`` candidates; returns mentions by position."""

    def rank(items: list[tuple[int, Mention]]) -> list[Mention]:
        items.sort(key=lambda c: (c[0], -(c[1].end - c[1].start), c[1].start, c[1].type))
        return [m for _tier, m in items]

    flat_candidates = [(t, m) for t, m in candidates if m.type not in CONTAINER_TYPES]
    flats = _take(rank(flat_candidates), bytearray(length))
    containers = [
        m
        for m in _take(
            rank([(t, m) for t, m in candidates if m.type in CONTAINER_TYPES]), bytearray(length)
        )
        if not _crosses(m, flats)
    ]
    return sorted(flats + containers, key=lambda m: (m.start, -m.end, m.type))


def extract(text: str, *, reference: dt.date | None = None) -> list[Mention]:
    """Typed mentions in ``text`` (offsets into ``text``), ordered by position.

    Persons, organisations, places, dates and posts never overlap; a document,
    event or concept may contain them (see :func:`merge`).
    """
    if not text or text.isspace():
        return []
    context = Context(reference=reference)
    candidates = [(r.tier, m) for r in EXTRACTORS for m in r.func(text, context)]
    return merge(candidates, len(text))


def _reference(document: Document) -> dt.date | None:
    if not document.date or len(document.date) != 10:
        return None
    try:
        return dt.date.fromisoformat(document.date)
    except ValueError:
        return None


def extract_document(document: Document, sentences: list[Sentence]) -> DocumentExtraction:
    """Mentions and relations of one document, with offsets into ``document.raw``."""
    from kgraph.extract.documents import resolve_short_titles
    from kgraph.extract.relations import document_relations, extract_relations

    reference = _reference(document)
    per_sentence = [
        [replace(m, sentence=s.index) for m in extract(s.text, reference=reference)]
        for s in sentences
    ]
    # Short forms (《通知》) resolve against full titles seen earlier in the document.
    flat = resolve_short_titles([m for local in per_sentence for m in local])
    position = 0
    for index, local in enumerate(per_sentence):
        per_sentence[index] = flat[position : position + len(local)]
        position += len(local)
    sentence_relations = [
        relation
        for sentence, local in zip(sentences, per_sentence)
        for relation in extract_relations(
            sentence.text,
            local,
            Evidence(sentence.doc, sentence.start, sentence.end, sentence.text),
        )
    ]
    relations, statements, events = document_relations(
        document, sentences, per_sentence, sentence_relations
    )

    def to_raw(mention: Mention) -> Mention:
        if mention.sentence < 0:  # the document itself, its dateline: no span in a sentence
            return replace(mention, doc=document.id)
        sentence = sentences[mention.sentence]
        start, end = document.raw_span(
            sentence.clean_start + mention.start, sentence.clean_start + mention.end
        )
        return replace(mention, start=start, end=end, doc=document.id)

    return DocumentExtraction(
        doc=document.id,
        sentences=sentences,
        mentions=[to_raw(m) for local in per_sentence for m in local],
        relations=[replace(r, head=to_raw(r.head), tail=to_raw(r.tail)) for r in relations],
        statements=[
            replace(s, speaker=to_raw(s.speaker), concepts=tuple(to_raw(c) for c in s.concepts))
            for s in statements
        ],
        events=events,
    )


class _CallableModule(types.ModuleType):
    """The package itself is callable: ``kgraph.extract(text)`` is :func:`extract`.

    So the public function and the stage's package share one name without one
    shadowing the other (``kgraph.extract.crf`` stays reachable).
    """

    def __call__(self, text: str, *, reference: dt.date | None = None) -> list[Mention]:
        return extract(text, reference=reference)


sys.modules[__name__].__class__ = _CallableModule
