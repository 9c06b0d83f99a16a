"""The records that flow between pipeline stages.

ingest -> Document; segment -> Sentence; extract -> Mention, Relation;
resolve -> Entity. Every record that points into a text carries character
offsets (Python ``str`` indices, end exclusive).

Two offset spaces exist and the field names say which one is meant:

* ``start``/``end`` on a :class:`Sentence`, on a :class:`Mention` that belongs
  to a document, and on :class:`Evidence` are offsets into ``Document.raw``,
  the decoded ORIGINAL file, so a user can be shown where a fact came from.
* A :class:`Mention` returned by :func:`kgraph.extract` for a bare piece of
  text has offsets into that text (``doc`` is empty).

Cleaning (rejoining PDF lines, dropping repeated paragraphs and web trailers)
produces ``Document.text``; ``Document.offsets[i]`` is the position in ``raw``
of ``text[i]``, so any cleaned offset maps back with :meth:`Document.raw_span`.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field, fields
from operator import attrgetter

from kgraph.model import EvidenceItem

__all__ = [
    "Document",
    "DocumentExtraction",
    "Entity",
    "EventInfo",
    "Evidence",
    "Mention",
    "Relation",
    "Sentence",
    "Statement",
    "in_text_order",
]


@dataclass(slots=True)
class Document:
    """One input file after decoding and cleaning."""

    id: str  # stable identifier: the path relative to the input root, POSIX style
    path: str  # the path as given on the command line
    raw: str  # decoded original text; every document offset points here
    text: str  # cleaned text that the later stages read
    offsets: array  # array('l'): offsets[i] is the index in ``raw`` of ``text[i]``
    title: str = ""
    date: str | None = None  # ISO 8601 date of publication, from dateline or signature
    publisher: str | None = None  # agency or paper: 新华社, 本报, …
    source_url: str | None = None
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    part_of: str | None = None  # an item of a multi-item page: the page's id
    removed: int = 0  # lines ingest dropped as boilerplate, summaries, container headings
    # the day the text's 今天 and 昨天 are told on, when not ``date``: the page's, for an item
    # its opening dates to an earlier day (韩国总统尹锡悦3日晚… on the page of the 4th)
    today: str | None = None

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` to the span of ``raw`` it came from."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.raw)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True, slots=True)
class Sentence:
    doc: str  # Document.id
    index: int  # position of the sentence in its document
    start: int  # offset in Document.raw
    end: int
    text: str  # cleaned sentence text (PDF line breaks removed)
    clean_start: int  # offset of ``text`` in Document.text


@dataclass(frozen=True, slots=True)
class Mention:
    """A typed span of text, the output of the extractors."""

    start: int
    end: int
    type: str  # one of kgraph.model.ENTITY_TYPES
    text: str
    # Normalised value where the type has one: ISO 8601 for dates, the full
    # title for a short 《…》 form, the canonical name once resolved.
    value: str | None = None
    doc: str = ""  # Document.id, empty for text given to kgraph.extract
    sentence: int = -1  # Sentence.index in ``doc``
    source: str = ""  # which extractor produced it: crf, lexicon, rules, …
    # A post's owner as written (全总 in 全总副主席), so later stages never re-split the post.
    owner: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    doc: str
    start: int  # offsets of the sentence in Document.raw
    end: int
    text: str  # the sentence

    def as_dict(self) -> EvidenceItem:
        return {"doc": self.doc, "start": self.start, "end": self.end, "text": self.text}


def in_text_order(mention: Mention) -> tuple[int, int, str]:
    """Sort key of mentions: by start, the longer first, then by type."""
    return (mention.start, -mention.end, mention.type)


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed, directed link between two mentions found in one sentence."""

    relation: str  # one of kgraph.model.RELATION_TYPES
    head: Mention
    tail: Mention
    evidence: Evidence
    # holdsPosition from an appointment (任命, 当选) or a removal (免去): ISO dates
    since: str | None = None
    until: str | None = None
    # holdsPosition told of a time before the text's (时任, 曾任, 原国务院总理): the
    # document's date is no day the person is seen in the post
    former: bool = False


@dataclass(frozen=True, slots=True)
class EventInfo:
    """What a document says of one event: its kind and, when the text lets one know, its day."""

    label: str  # the event's canonical name, the ``value`` of its mentions
    event_type: str  # one of kgraph.model.EVENT_TYPES
    date: str | None = None  # ISO 8601 day or interval
    # An event named only by a word (会谈, 考察): that word and who led it, so that
    # reports that miss the leader's name can be joined to the one that gives it.
    word: str = ""
    principal: str = ""
    # An undated event of a story that opens after an event it does not report (欢迎仪式后，…,
    # an item of a page): that event's type; the page's item before may date it.
    after: str = ""


@dataclass(slots=True)
class Entity:
    """One real-world thing: the resolved union of its mentions."""

    id: str  # stable node id derived from type and canonical label
    type: str
    label: str  # canonical Chinese name
    aliases: set[str] = field(default_factory=set)
    count: int = 0
    docs: set[str] = field(default_factory=set)
    value: str | None = None  # ISO 8601 for dates
    attrs: dict[str, object] = field(default_factory=dict)  # label_en, wikidata, pinyin, …


@dataclass(frozen=True, slots=True)
class Statement:
    """Attributed speech: who said it, when, in which sentences, naming which concepts."""

    speaker: Mention
    concepts: tuple[Mention, ...]
    evidence: tuple[Evidence, ...]  # the sentences of the statement, in order
    date: str | None = None  # ISO 8601: the date of the document it was reported in
    opens_at: int = 0  # where in the first sentence what is said begins (after 习近平指出)


@dataclass(slots=True)
class DocumentExtraction:
    """Everything the extract stage found in one document: a pure function's result."""

    doc: str
    sentences: list[Sentence]
    mentions: list[Mention]
    relations: list[Relation]
    statements: list[Statement] = field(default_factory=list)
    events: list[EventInfo] = field(default_factory=list)


def _pickle_by_fields(cls: type) -> None:
    """Pickle ``cls`` as its constructor and field values.

    A slotted dataclass otherwise pickles through a Python-level ``__getstate__`` /
    ``__setstate__`` pair per object; records cross process boundaries by the
    million (worker results, the build's spill file), and this halves the cost.
    """
    values = attrgetter(*(f.name for f in fields(cls) if f.init))

    def reduce(self: object) -> tuple[type, tuple[object, ...]]:
        return cls, values(self)

    setattr(cls, "__reduce__", reduce)  # noqa: B010  (mypy: no assignment to a method)


for _record in (
    Document,
    Sentence,
    Mention,
    Evidence,
    Relation,
    EventInfo,
    Entity,
    Statement,
    DocumentExtraction,
):
    _pickle_by_fields(_record)
