"""Extract: text -> typed mentions, and a document -> mentions and relations.

Extraction is a set of small extractors, each a function from a piece of text
(and its context) to candidate mentions; :data:`EXTRACTORS` lists them with the
tier that decides overlaps. Candidates are merged into one flat, non-overlapping
list: a lower tier wins an overlap, and within a tier the longer span wins.
Adding an extractor means writing the function and registering it here.
Each wrapper imports its module on first use, so importing one extractor (or
``kgraph`` itself) does not load them all.

:func:`extract_document` is a pure function from a document to records so it
can be cached by content hash and mapped over processes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from kgraph.records import Document, DocumentExtraction, Evidence, Mention, Sentence

__all__ = ["EXTRACTORS", "Context", "extract", "extract_document", "register"]

# Bump when extraction changes in a way that makes cached results stale.
EXTRACTOR_VERSION = "1"


@dataclass(frozen=True, slots=True)
class Context:
    """What an extractor may know beyond the text itself."""

    reference: dt.date | None = None  # the document's date, for 23日下午, 过去5年, …


Extractor = Callable[[str, Context], list[Mention]]


@dataclass(frozen=True, slots=True)
class Registered:
    name: str
    tier: int  # lower wins an overlap: curated knowledge and rules before statistics
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

    return extract_positions(text)


@register("events", tier=2)
def _events(text: str, context: Context) -> list[Mention]:
    from kgraph.extract.events import extract_events

    return extract_events(text)


@register("lexicon", tier=2)
def _lexicon(text: str, context: Context) -> list[Mention]:
    from kgraph.extract.lexicon import match_lexicon

    return match_lexicon(text)


@register("crf", tier=3)
def _crf(text: str, context: Context) -> list[Mention]:
    from kgraph.extract.crf import default_tagger

    return default_tagger().tag(text)


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
        out.append(Mention(mention.start, cut, "Organization", organisation, source=mention.source))
        out.append(
            Mention(cut, mention.end, "Position", mention.text[len(organisation):],
                    value=mention.value or mention.text, source=mention.source)
        )
    return out


def merge(candidates: list[tuple[int, Mention]]) -> list[Mention]:
    """Resolve overlaps among ``(tier, mention)`` candidates; returns mentions by position."""
    ranked = sorted(candidates, key=lambda c: (c[0], -(c[1].end - c[1].start), c[1].start, c[1].type))
    taken = bytearray()
    chosen: list[Mention] = []
    for _tier, mention in ranked:
        if mention.end <= mention.start:
            continue
        if len(taken) < mention.end:
            taken.extend(b"\0" * (mention.end - len(taken)))
        if any(taken[mention.start : mention.end]):
            continue
        taken[mention.start : mention.end] = b"\1" * (mention.end - mention.start)
        chosen.append(mention)
    chosen.sort(key=lambda m: (m.start, m.end, m.type))
    return _split_posts(chosen)


def extract(text: str, *, reference: dt.date | None = None) -> list[Mention]:
    """Typed mentions in ``text`` (offsets into ``text``), flat and ordered."""
    if not text or text.isspace():
        return []
    context = Context(reference=reference)
    candidates = [(r.tier, m) for r in EXTRACTORS for m in r.func(text, context)]
    return merge(candidates)


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
            sentence.text, local, Evidence(sentence.doc, sentence.start, sentence.end, sentence.text)
        )
    ]
    relations, statements = document_relations(document, sentences, per_sentence, sentence_relations)

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
    )
