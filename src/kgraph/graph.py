"""Graph: documents, mentions and relations -> a ``networkx.MultiDiGraph``.

The model (the contract the exporters read):

* node id ``"{Type}:{canonical name}"``; attributes ``type``, ``label``,
  ``aliases`` (sorted), ``count``, ``docs`` (sorted), and where known
  ``value`` (ISO 8601, dates), ``label_en``, ``wikidata``, ``group``, ``pinyin``;
  source files are ``Document`` nodes with ``file``, ``title``, ``date``,
  ``publisher``, ``source_url``.
* edge key = relation name; attributes ``relation``, ``weight`` and
  ``evidence`` (``{doc, start, end, text}`` dicts, sorted).

Copies of one article (see :func:`kgraph.resolve.find_duplicates`) count once:
a count or weight is summed over articles, taking the largest figure among
the copies of each, while evidence is kept from every copy.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import combinations
from typing import cast

import networkx as nx

from kgraph.extract import CONTAINER_TYPES
from kgraph.extract.cues import event_type_of
from kgraph.extract.frame_slots import ROLES, date_mention, short_title
from kgraph.extract.positions import STATUS_MARKS, TRAILING_MODIFIERS
from kgraph.identity import resolve_identities
from kgraph.lexicons import canonical, entity_info, lexicon
from kgraph.model import (
    BULK_RELATIONS,
    RELATIONS,
    EdgeAttributes,
    EvidenceItem,
    NodeAttributes,
    document_node_id,
    node_id,
)
from kgraph.records import (
    Document,
    DocumentExtraction,
    Entity,
    EventInfo,
    Evidence,
    Mention,
    Relation,
    Statement,
)
from kgraph.resolve import NAMED_TYPES, entity_key, is_entity
from kgraph.traditional import as_written

__all__ = ["MAX_EVIDENCE", "build_graph"]

MAX_EVIDENCE = 12  # sentences kept per typed relation (round-robin over documents)
# mentions and coOccursWith edges are many and their sentences repetitive: keep a few.
MAX_EVIDENCE_BULK = 3
MAX_EVIDENCE_DOCUMENTS = 64  # documents a typed relation's evidence always covers
MAX_STATEMENT_TEXT = 600  # characters of a statement kept on its node
# Days (ahead, after) of a dated event in which a report that gives no day is of it: a
# talk the same leader holds again months later is another talk; a named occasion is
# announced weeks ahead and recalled for months.
TOLD_SOON_AFTER = (0, 7)
RECALLED_WITHIN = (31, 120)
# A name with its year or 首届 names one occasion, whenever a report tells of it.
ONE_OCCASION = re.compile(r"[0-9０-９]{4}|首届")
MAX_COOCCURRING = 12  # entities of one sentence that pair up: bounds the quadratic term
COOCCURRENCE_TYPES = frozenset(
    {"Person", "Organization", "Place", "PolicyConcept", "Event", "Document", "Position"}
)


class _Tally:
    """Counts per (item, document), folded to a total where copies of an article count once.

    Only the documents of an article that has copies keep counts per document (the
    total takes the largest among them); any other adds to a plain sum, so an edge
    costs an int rather than a dict per document (this was a tenth of a build's memory).
    """

    def __init__(self, article_of: dict[str, str]) -> None:
        self.article_of = article_of
        copies = Counter(article_of.values())
        self.copied = {doc for doc, article in article_of.items() if copies[article] > 1}
        self.plain: dict[object, int] = defaultdict(int)
        self.counts: dict[object, dict[str, int]] = defaultdict(lambda: defaultdict(int))

    def add(self, item: object, doc: str) -> None:
        if doc in self.copied:
            self.counts[item][doc] += 1
        else:
            self.plain[item] += 1

    def move(self, old: object, new: object) -> None:
        """Count what was counted for ``old`` for ``new``."""
        if old in self.plain:
            self.plain[new] += self.plain.pop(old)
        for doc, count in self.counts.pop(old, {}).items():
            self.counts[new][doc] += count

    def total(self, item: object) -> int:
        best: dict[str, int] = {}
        for doc, count in self.counts.get(item, {}).items():
            article = self.article_of.get(doc, doc)
            best[article] = max(best.get(article, 0), count)
        return self.plain.get(item, 0) + sum(best.values())


def _pinyin(label: str) -> str:
    """Hanyu Pinyin with tone marks, a syllable per character: 中南海 -> zhōng nán hǎi."""
    from pypinyin import Style

    from kgraph.romanize import pinyin

    return " ".join(item[0] for item in pinyin(label, Style.TONE))


def _keep_evidence(
    items: Iterable[Evidence],
    limit: int,
    shared: dict[Evidence, EvidenceItem],
    documents: int = 0,
) -> list[EvidenceItem]:
    """A bounded, deterministic sample: round-robin over documents, in text order, and at
    least one sentence of each of the first ``documents`` documents (who reads a fact per
    document finds it in every one that states it, up to that bound).

    The dict of a sentence is made once and ``shared`` by every edge that keeps it: a
    sentence states many edges (a dozen co-occurrences), and a dict per edge and
    sentence was most of the graph's memory. Readers must not mutate them.
    """
    by_doc: dict[str, list[Evidence]] = defaultdict(list)
    for item in sorted(set(items), key=lambda e: (e.doc, e.start, e.end)):
        by_doc[item.doc].append(item)
    limit = max(limit, min(len(by_doc), documents))
    kept: list[Evidence] = []
    depth = 0
    while len(kept) < limit and any(depth < len(v) for v in by_doc.values()):
        for doc in sorted(by_doc):
            if depth < len(by_doc[doc]) and len(kept) < limit:
                kept.append(by_doc[doc][depth])
        depth += 1
    kept.sort(key=lambda e: (e.doc, e.start, e.end))
    return [shared.get(e) or shared.setdefault(e, e.as_dict()) for e in kept]


def _inside_name(mention: Mention, containers: dict[int, list[Mention]]) -> bool:
    """A name that is the whole of an event or document here, or part of a concept's name.

    (马克思 in 马克思主义 names no person; 中国共产党第十五次全国代表大会 tagged
    both as an organisation and as an event is the event.) Persons inside a
    document's title (《习近平关于…论述摘编》) stay: the title names them.
    ``containers`` holds the document's container mentions by sentence.
    """
    if mention.type in CONTAINER_TYPES:
        return False
    return any(
        (c.start, c.end) == (mention.start, mention.end)
        or (c.type == "PolicyConcept" and c.start <= mention.start and mention.end <= c.end)
        for c in containers.get(mention.sentence, ())
    )


def _named(mention: Mention, key: tuple[str, str], containers: dict[int, list[Mention]]) -> bool:
    """Does the mention get a node: it names something, and not as part of a longer name?"""
    return is_entity(mention, key[1]) and not _inside_name(mention, containers)


def _other_ranks(title: str) -> tuple[str, ...]:
    """What before ``title`` makes it another post: 副主席 is no 主席, nor are 执行主席 or 名誉主席
    (but 常务副省长 is one of the 副省长)."""
    return ("副",) if title.startswith("副") else ("副", *TRAILING_MODIFIERS.split("|"))


def _attach_bare_titles(
    evidence: dict[tuple[str, str, str], list[Evidence]],
    tally: _Tally,
    bare_titles: dict[str, str],
    labels: dict[str, str],
) -> list[tuple[tuple[str, str, str], tuple[str, str, str]]]:
    """``习近平总书记`` names the post 总书记 that 习近平 holds in full elsewhere (中共中央总书记).

    A holdsPosition edge to a bare title (``bare_titles``: node id -> title, posts
    named with no owner) moves to the full post the same person holds whose
    title it is (the bare title's node stays: documents mention it).
    Returns the moves, ``(old edge, new edge)``.
    """
    moves = []
    held: dict[str, list[str]] = defaultdict(list)
    for source, relation, target in evidence:
        if relation == "holdsPosition":
            held[source].append(target)
    for person, posts in held.items():
        for bare in posts:
            title = bare_titles.get(bare)
            if title is None:
                continue
            # the shortest such post: 习近平主席 is 国家主席 rather than 中央军委主席
            # (not 美国前总统 or 印尼当选总统: a post once or not yet held is another post;
            # nor 全国政协副主席 or 主席团常务主席: a deputy's or a modified title is another)
            other = (*STATUS_MARKS, *_other_ranks(title))
            full = sorted(
                (
                    p
                    for p in posts
                    if p != bare
                    and labels[p].endswith(title)
                    and not labels[p][: -len(title)].endswith(other)
                ),
                key=lambda p: (len(labels[p]), p),
            )
            if not full:
                continue
            old, new = (person, "holdsPosition", bare), (person, "holdsPosition", full[0])
            evidence[new].extend(evidence.pop(old))
            tally.move(old, new)
            moves.append((old, new))
    return moves


def _same_events(reports: list[tuple[str | None, EventInfo]]) -> dict[str, str]:
    """Reports of one event named only by a word (集体谈话 on 2023-10-23) that miss a detail.

    ``reports`` pairs each event with the date of the document that reports it. When a
    word and a leader come with exactly one day in the corpus, a report that gives no day,
    in a document of that day or of the week after it (or of no day), is that event. Their
    labels map to the fuller report's.

    A report that names no leader joins no one's: a word and a day are not enough (the
    Solomon Islands parliament's 会议 of 2 May 2024 is not 张国清's of that day, nor a bank's
    签署 the one 普京 led).
    """
    # (word, leader) -> the dated labels and their days
    dated: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    undated: dict[tuple[str, str], dict[str, set[str | None]]] = defaultdict(
        lambda: defaultdict(set)
    )
    for doc_date, info in reports:
        if not info.word:
            continue
        label = canonical("Event", info.label)
        if info.date and info.principal:
            dated[(info.word, info.principal)][label] = info.date
        elif info.principal:
            undated[(info.word, info.principal)][label].add(doc_date)
    same: dict[str, str] = {}
    # A commentary that recalls 习近平's 集体谈话 without its day: the one the corpus dates.
    # Not a talk months later that a story gives no day (李强同夏巴兹举行会谈 on the page of
    # 7 June is not the one dated 27 March): the same leader does the same thing again.
    for key, labels in undated.items():
        if len(dated.get(key, ())) != 1:
            continue
        ((target, day),) = dated[key].items()
        if len(day) < len("2023-10-23"):
            continue  # (a month or a year: too vague to join on)
        same.update(
            (label, target)
            for label, doc_dates in labels.items()
            if all(_reported_near(day, doc_date, *TOLD_SOON_AFTER) for doc_date in doc_dates)
        )
    # 中非领导人对话会 named in passing, or in a story that gives no day (its label then
    # says the story's), and 中非领导人对话会（2023-08-22）, the day a story gave: the one
    # dated report the corpus has of that name, unless the name recurs and the report is far
    # from its day (港澳地区全国政协委员联组会 meets each March, 中共中央政治局会议 each month).
    dated_names: dict[str, dict[str, str]] = defaultdict(dict)
    passing: dict[str, dict[str, set[str | None]]] = defaultdict(lambda: defaultdict(set))
    for doc_date, info in reports:
        base, _, qualifier = info.label.partition("（")
        if info.word or not qualifier:
            continue
        base = canonical("Event", base)
        label = canonical("Event", info.label)
        if info.date:
            dated_names[base][label] = info.date
        else:
            passing[base][label].add(doc_date)
        passing[base][base].add(doc_date)
    for base, labels in passing.items():
        if len(dated_names.get(base, ())) != 1:
            continue
        ((target, day),) = dated_names[base].items()
        same.update(
            (label, target)
            for label, doc_dates in labels.items()
            if label != target
            and (
                ONE_OCCASION.search(base)
                or all(_reported_near(day, doc_date, *RECALLED_WITHIN) for doc_date in doc_dates)
            )
        )
    for label, target in _same_meetings(info for _doc_date, info in reports).items():
        same.setdefault(label, target)
    return same


# The words of a meeting's label that name one kind of meeting (通电话 and 通话 are one call)
_MEETING_WORDS = {"会见": "会见", "会谈": "会谈", "会晤": "会晤", "通电话": "通话", "通话": "通话"}


def _same_meetings(reports: Iterable[EventInfo]) -> dict[str, str]:
    """One meeting of two sides on one day, told from either side: ``阿卜杜拉希扬同费萨尔会晤``
    and ``费萨尔同阿卜杜拉希扬会晤`` of 2023-06-17, ``拜登同内塔尼亚胡通电话`` and ``…通话``.
    Not two kinds of meeting (会谈 in the day and a 小范围会晤 at night are two)."""
    kinds: dict[tuple[str, str, frozenset[str]], Counter[str]] = defaultdict(Counter)
    for info in reports:
        word = _MEETING_WORDS.get(info.word)
        if info.event_type != "Meeting" or word is None or not info.principal:
            continue
        if info.date is None or len(info.date) != len("2023-06-17"):
            continue
        base = info.label.partition("（")[0]
        if base.startswith((f"{info.principal}同", f"{info.principal}、")) and base.endswith(
            info.word
        ):  # (A同B会晤, A、B会晤)
            others = base[len(info.principal) + 1 : -len(info.word)]
        elif base.startswith(f"{info.principal}{info.word}"):
            others = base[len(info.principal) + len(info.word) :]
        else:
            continue
        sides = frozenset([info.principal, *others.split("、")])
        if len(sides) >= 2 and all(sides):
            kinds[(info.date, word, sides)][canonical("Event", info.label)] += 1
    same: dict[str, str] = {}
    for labels in kinds.values():
        if len(labels) > 1:
            target = max(labels, key=labels.__getitem__)  # (the most told, else the first)
            same.update((label, target) for label in labels if label != target)
    return same


def _reported_near(day: str, doc_date: str | None, before: int, after: int) -> bool:
    """Whether a document of ``doc_date`` (None: undated) may report, without its day, the
    event of ``day`` (ISO: a day, month, year or interval): from ``before`` days ahead of
    its first day to ``after`` days after its last."""
    if doc_date is None:
        return True
    first, _, last = day.partition("/")
    try:
        doc = date.fromisoformat(doc_date[:10])
        start, end = _first_day(first), _last_day(last or first)
    except ValueError:
        return False
    return start - timedelta(days=before) <= doc <= end + timedelta(days=after)


def _first_day(value: str) -> date:
    """The first day of an ISO day, month (``2024-06``) or year."""
    return date.fromisoformat(value if len(value) == 10 else f"{value}-01-01"[:10])


def _last_day(value: str) -> date:
    """The last day of an ISO day, month or year."""
    if len(value) == 10:
        return date.fromisoformat(value)
    if len(value) == 4:
        return date(int(value), 12, 31)
    year, month = divmod(int(value[:4]) * 12 + int(value[5:7]), 12)  # the next month's
    return date(year, month + 1, 1) - timedelta(days=1)


def _node_attributes(entity: Entity) -> NodeAttributes:
    attrs: NodeAttributes = {
        "type": entity.type,
        "label": entity.label,
        "aliases": sorted(entity.aliases - {entity.label}),
        "count": entity.count,
        "docs": sorted(entity.docs),
    }
    if entity.value:
        attrs["value"] = entity.value
    for field, value in sorted(entity.attrs.items()):
        attrs[field] = value  # type: ignore[literal-required]  # curated fields, see entity_info
    return attrs


def _most_told_day(days: Counter[str]) -> str:
    """The date most reports of an event give, a month or a year counting for each day in it
    (党的二十大: 2022-10-16 told by the most, not a day a passing mention took from its story);
    a tie goes to the more precise date, then the earlier."""

    def support(day: str) -> tuple[int, int, str]:
        told = sum(count for other, count in days.items() if day.startswith(other))
        return -told, -len(day), day

    return min(days, key=support)


def _with_days_after(
    extraction: DocumentExtraction, dated_after: dict[tuple[str, str], str]
) -> list[Relation]:
    """The extraction's relations, and ``occurredOn`` for each event an item before dated
    (see :func:`_dated_by_items_before`), evidenced by the first sentence that puts someone
    there."""
    relations = list(extraction.relations)
    done: set[str] = set()
    for relation in extraction.relations:
        event = relation.tail
        label = event.value or ""
        day = dated_after.get((extraction.doc, label))
        if day is None or label in done or relation.relation not in ROLES:
            continue
        done.add(label)
        relations.append(Relation("occurredOn", event, date_mention(day, event), relation.evidence))
    return relations


def _dated_by_items_before(
    documents: list[Document], reports: list[tuple[str, EventInfo]]
) -> dict[tuple[str, str], str]:
    """``(item, event label) -> day``: an item of a page that opens after an event it does not
    report (欢迎仪式后，李强同哈西娜举行会谈) tells of the day of that event, as the page's
    latest item before it that reports one of its type, led by the same person, dated it (李强
    举行仪式…, 10日上午). Any other day, or no such item, leaves the event undated."""
    order = {document.id: position for position, document in enumerate(documents)}
    by_id = {document.id: document for document in documents}
    dated: dict[tuple[str, str], str] = {}
    # (page, event type, principal) -> the day of the latest such event of its items so far
    last_day: dict[tuple[str, str, str], str | None] = {}
    for doc, info in sorted(reports, key=lambda report: order[report[0]]):
        page = by_id[doc].part_of
        if page is None or not info.principal:
            continue
        if info.after and info.date is None:
            day = last_day.get((page, info.after, info.principal))
            if day is not None:
                dated[(doc, info.label)] = day
        else:
            one_day = info.date if info.date and len(info.date) == 10 else None
            last_day[(page, info.event_type, info.principal)] = one_day
    return dated


def build_graph(
    documents: list[Document],
    extractions: Sequence[DocumentExtraction],
    duplicates: dict[str, str],
) -> nx.MultiDiGraph:
    """Assemble the knowledge graph; ``duplicates`` maps a copy to its original.

    ``extractions`` is walked four times (events, twice for identities, then the
    graph, a document at a time) and never indexed: it may be kept on disk
    (:class:`kgraph.spill.Extractions`). The events are few; they are kept.
    """
    graph = nx.MultiDiGraph()
    by_id = {d.id: d for d in documents}
    article_of = {doc.id: duplicates.get(doc.id, doc.id) for doc in documents}

    reports: list[tuple[str, EventInfo]] = []
    named: dict[str, set[str]] = defaultdict(set)  # doc -> the events its mentions name
    for extraction in extractions:
        reports += ((extraction.doc, info) for info in extraction.events)
        named[extraction.doc].update(
            m.value for m in extraction.mentions if m.type == "Event" and m.value
        )
    dated_after = _dated_by_items_before(documents, reports)

    def dated(doc: str, info: EventInfo) -> EventInfo:
        day = dated_after.get((doc, info.label))
        return replace(info, date=day) if day else info

    reports = [(doc, dated(doc, info)) for doc, info in reports]
    same_event = _same_events([(by_id[doc].date, info) for doc, info in reports])
    # An event two items of one page report is kept apart per item on that page: no event
    # joins two items (a page's items are separate stories; the pages of two days may share
    # one, so the items of other pages keep the one node: 党的二十大 is one congress).
    items_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc, info in reports:
        named[doc].add(info.label)
    for doc, events_named in named.items():
        page = by_id[doc].part_of
        if page is None:
            continue
        for name in events_named:
            label = canonical("Event", name)
            items_of[(same_event.get(label, label), page)].add(doc)
    per_item = {label_page for label_page, docs in items_of.items() if len(docs) > 1}

    identities = resolve_identities(documents, extractions)
    # doc -> (curated person, whom the document names by that person's short form instead):
    # an event named after 萨德尔·扎帕罗夫 where 扎帕罗夫 is the premier is named after him
    renamed: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (doc, entity_type, name), other in sorted(identities.doc_names.items()):
        if entity_type == "Person" and other != name and lexicon().get("Person", name):
            renamed[doc].append((name, other))

    # an event's label qualified by its item or article -> the name it qualifies, whose words
    # say the event's type (not the title's: 二十大（王沪宁会见…） is no meeting)
    qualified: dict[str, str] = {}
    # an item's node of an event kept apart per item -> the event's node: one congress
    item_events: dict[str, str] = {}

    def event_name(label: str, doc: str) -> str:
        label = same_event.get(label, label)
        page = by_id[doc].part_of
        per_this_item = page is not None and (label, page) in per_item
        for curated, other in renamed.get(doc, ()):
            label = label.replace(curated, other)
        if per_this_item:
            item_label = f"{label}（{short_title(by_id[doc].title) or doc}）"
            qualified[item_label] = item_events[item_label] = label
            return item_label
        return label

    unsure: dict[tuple[str, str], float] = {}  # node key -> lowest confidence of its mentions

    def key_of(mention: Mention) -> tuple[str, str]:
        if mention.source == "self":  # the source document itself
            return "Document", mention.doc
        entity_type, name = entity_key(mention)
        if entity_type in NAMED_TYPES:
            entity_type, name, confidence = identities.resolve(
                mention.doc, entity_type, name, mention.start
            )
            if confidence < 1.0:
                key = (entity_type, name)
                unsure[key] = min(confidence, unsure.get(key, 1.0))
        elif entity_type == "Event" and mention.value:
            name = event_name(name, mention.doc)
        elif entity_type == "Event":
            # A generic event (会谈, 国事访问) is one event per article (an item of a page
            # is an article; a copy is not): qualify it, as frames qualify a bare label.
            article = by_id[article_of.get(mention.doc, mention.doc)]
            where = short_title(article.title) or article.id
            label = f"{name}（{article.date}，{where}）" if article.date else f"{name}（{where}）"
            qualified[label] = name
            name = label
        return entity_type, name

    ids: dict[tuple[str, str], str] = {}

    def nid(key: tuple[str, str]) -> str:
        """The node id of ``key``, one string per node: edges hold millions of references."""
        found = ids.get(key)
        if found is None:
            found = ids[key] = node_id(*key)
        return found

    mention_tally = _Tally(article_of)
    entities: dict[tuple[str, str], Entity] = {}
    bare_titles: dict[str, str] = {}  # Position node id -> title, for posts named without owner

    def entity(key: tuple[str, str], mention: Mention, doc: str) -> Entity:
        found = entities.get(key)
        if found is None:
            found = entities[key] = Entity(id=nid(key), type=key[0], label=key[1])
        found.docs.add(doc)
        if mention.type == "Date" and mention.value:
            found.value = mention.value
        return found

    edge_tally = _Tally(article_of)
    evidence: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    statements: dict[tuple, list[Statement]] = {}
    # holdsPosition tenures: dates of appointments and removals, per edge
    since: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    until: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    # … and the days of the documents that show the holding (not one told as held before)
    seen: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    event_info: dict[str, EventInfo] = {}  # event label -> what its documents say of it
    event_days: dict[str, Counter[str]] = defaultdict(Counter)  # … and the dates they give

    for extraction in extractions:
        document = by_id[extraction.doc]
        document_node = document_node_id(document.id)
        # One Evidence per sentence, quoted as the file wrote it (Traditional stays Traditional).
        quoted = {
            s.index: Evidence(document.id, s.start, s.end, as_written(document, s))
            for s in extraction.sentences
        }
        per_sentence: dict[int, set[tuple[str, str]]] = defaultdict(set)
        containers: dict[int, list[Mention]] = defaultdict(list)
        for mention in extraction.mentions:
            if mention.type in CONTAINER_TYPES:
                containers[mention.sentence].append(mention)

        for mention in extraction.mentions:
            key = key_of(mention)
            if not _named(mention, key, containers):
                continue
            mention_tally.add(key, document.id)
            if mention.type == "Position" and not mention.owner:
                bare_titles[nid(key)] = key[1]
            # A post is named in full (全国总工会副主席), though its mention is the title alone.
            found = entity(key, mention, document.id)
            alias = (
                mention.value
                if mention.type in ("Position", "Person") and mention.value
                else mention.text
            )
            if not (key[0] == "Person" and alias != key[1] and lexicon().get("Person", alias)):
                # (a curated person the mention was read as is no alias of the namesake it
                # was resolved to: 扎帕罗夫 after 吉尔吉斯斯坦总理 is not 萨德尔·扎帕罗夫)
                found.aliases.add(alias)
            # The form as written, where extraction read a converted text (錢其琛 for 钱其琛).
            written = document.raw[mention.start : mention.end]
            if written != mention.text and len(written) == len(mention.text):
                found.aliases.add(written)
            per_sentence[mention.sentence].add(key)
            edge = (document_node, "mentions", nid(key))
            edge_tally.add(edge, document.id)
            evidence[edge].append(quoted[mention.sentence])
        for relation in _with_days_after(extraction, dated_after):
            head, tail = key_of(relation.head), key_of(relation.tail)
            if head == tail or not (
                _named(relation.head, head, containers) and _named(relation.tail, tail, containers)
            ):
                continue
            spec = RELATIONS[relation.relation]
            if head[0] not in spec.domain or tail[0] not in spec.range:
                continue  # 尼泊尔 tagged a Person held 尼泊尔总理; the corpus knows it is a place
            # An end that no mention names (the parent in 人社部办公厅, a dateline's
            # date) still becomes a node.
            for key, mention in ((head, relation.head), (tail, relation.tail)):
                if mention.source != "self" and key not in entities:
                    entity(key, mention, document.id).aliases.add(mention.text)
            edge = (nid(head), relation.relation, nid(tail))
            edge_tally.add(edge, document.id)
            evidence[edge].append(relation.evidence)
            parent = RELATIONS[relation.relation].parent
            if parent:  # a role is also a participation
                implied = (edge[0], parent, edge[2])
                edge_tally.add(implied, document.id)
                evidence[implied].append(relation.evidence)
            if relation.since:
                since[edge].add(relation.since)
            if relation.until:
                until[edge].add(relation.until)
            if relation.relation == "holdsPosition" and document.date and not relation.former:
                seen[edge].add(document.date)
        for report in extraction.events:
            info = dated(document.id, report)
            label = event_name(canonical("Event", info.label), document.id)
            known = event_info.setdefault(label, info)
            if known.date is None and info.date:
                event_info[label] = info
            if info.date:
                event_days[label][info.date] += 1
        for statement in extraction.statements:
            speaker = key_of(statement.speaker)
            if not _named(statement.speaker, speaker, containers):
                continue
            concepts = sorted({key_of(c) for c in statement.concepts})
            article = article_of.get(document.id, document.id)
            said = (article, speaker, tuple(concepts), statement.evidence[0].text[:40])
            statements.setdefault(said, []).append(statement)
        for index, keys in per_sentence.items():
            pairing = sorted(k for k in keys if k[0] in COOCCURRENCE_TYPES)[:MAX_COOCCURRING]
            for left, right in combinations(pairing, 2):
                edge = (nid(left), "coOccursWith", nid(right))
                edge_tally.add(edge, document.id)
                evidence[edge].append(quoted[index])

    for document in sorted(documents, key=lambda d: d.id):
        attrs: NodeAttributes = {
            "type": "Document",
            "label": document.title or document.id,
            "aliases": [],
            "count": 1,
            "docs": [document.id],
            "source_document": True,
            "file": document.part_of or document.id,
            "title": document.title,
        }
        if document.date:
            attrs["date"] = document.date
        if document.publisher:
            attrs["publisher"] = document.publisher
        if document.source_url:
            attrs["source_url"] = document.source_url
        graph.add_node(document_node_id(document.id), **attrs)
        if document.part_of:
            edge = (document_node_id(document.id), "partOf", document_node_id(document.part_of))
            edge_tally.add(edge, document.id)
            evidence.setdefault(edge, [])

    for item_label, label in sorted(item_events.items()):
        item = entities.get(("Event", item_label))
        if item is None:
            continue
        whole = entities.get(("Event", label))
        if whole is None:
            # (an event two items of each page that names it name has no node of its own yet)
            whole = entities[("Event", label)] = Entity(nid(("Event", label)), "Event", label)
        whole.docs |= item.docs
        whole.aliases |= item.aliases
        by_item = event_info.get(item_label)
        if by_item is not None:
            event_info.setdefault(label, by_item)
        event_days[label].update(event_days.get(item_label, {}))
        edge = (item.id, "sameEventAs", whole.id)
        for doc in sorted(item.docs):
            edge_tally.add(edge, doc)
        evidence.setdefault(edge, [])

    for key in sorted(entities):
        found = entities[key]
        found.count = max(1, mention_tally.total(key))
        for field, value in entity_info(found.type, found.label).items():
            if field == "aliases":
                found.aliases.update(cast("list[str]", value))
            elif value and field != "label":
                found.attrs[field] = value
        if found.type in ("Person", "Place", "Organization") and "pinyin" not in found.attrs:
            found.attrs["pinyin"] = _pinyin(found.label)
        if key in unsure:
            found.attrs["confidence"] = round(unsure[key], 3)
        split = identities.split_of(found.label) if found.type == "Person" else None
        if split is not None and not split.main:
            found.attrs["namesake_of"] = node_id("Person", split.name)
            found.attrs["split_reason"] = split.reason
        if found.type == "Event":
            reported = event_info.get(found.label)
            found.attrs["event_type"] = (
                reported.event_type
                if reported
                else event_type_of(qualified.get(found.label, found.label))
            )
            if event_days.get(found.label):
                found.attrs["date"] = _most_told_day(event_days[found.label])
        graph.add_node(found.id, **_node_attributes(found))

    for (_article, speaker, concepts, _opening), copies in sorted(statements.items()):
        first = min(copies, key=lambda st: (st.evidence[0].doc, st.evidence[0].start))
        statement_id = node_id("Statement", f"{first.evidence[0].doc}#{first.evidence[0].start}")
        # what is said, not the sentence's lead (央视网消息（新闻联播）：习近平总书记指出，)
        text = "".join(e.text for e in first.evidence)[first.opens_at :].lstrip("，,：: ")
        graph.add_node(
            statement_id,
            type="Statement",
            label=f"{speaker[1]}：{text[:24]}…" if len(text) > 24 else f"{speaker[1]}：{text}",
            aliases=[],
            count=len(copies),
            docs=sorted({e.doc for st in copies for e in st.evidence}),
            speaker=nid(speaker),
            text=text[:MAX_STATEMENT_TEXT],
            **({"date": first.date} if first.date else {}),
        )
        spoken = [e for st in copies for e in st.evidence]
        for concept in concepts:
            edge = (statement_id, "mentions", nid(concept))
            edge_tally.add(edge, first.evidence[0].doc)
            evidence[edge].extend(spoken)

    labels = {nid(key): key[1] for key in entities}
    for old, new in _attach_bare_titles(evidence, edge_tally, bare_titles, labels):
        since[new] |= since.pop(old, set())
        until[new] |= until.pop(old, set())
        seen[new] |= seen.pop(old, set())
    shared: dict[Evidence, EvidenceItem] = {}
    for edge in sorted(evidence):
        source, name, target = edge
        bulk = name in BULK_RELATIONS
        kept = _keep_evidence(
            evidence[edge],
            MAX_EVIDENCE_BULK if bulk else MAX_EVIDENCE,
            shared,
            0 if bulk else MAX_EVIDENCE_DOCUMENTS,
        )
        edge_attrs: EdgeAttributes = {
            "relation": name,
            "weight": edge_tally.total(edge),
            "evidence": kept,
        }
        sentences_seen = len(set(evidence[edge]))
        if sentences_seen > len(kept):
            edge_attrs["evidence_count"] = sentences_seen  # how many the sample stands for
        if name == "holdsPosition":
            if since.get(edge):
                edge_attrs["since"] = min(since[edge])
            # (2012年9月至2013年4月任A; 2013年4月至今任A: held on from where a span ended, no
            # end; a later start alone may be a misread, 岸田文雄 日本首相 since 2024-10-01)
            if until.get(edge) and max(until[edge]) not in since.get(edge, ()):
                edge_attrs["until"] = max(until[edge])
            if seen.get(edge):
                edge_attrs["observed"] = sorted(seen[edge])
        graph.add_edge(source, target, key=name, **edge_attrs)

    # A document the texts cite takes the day it was issued (印发, a signature's date): the
    # earliest, and a day rather than its month or year (2023-07-19, not 2023).
    for source, target, name in graph.edges(keys=True):
        cited = graph.nodes[source]
        if (
            name == "occurredOn"
            and cited["type"] == "Document"
            and not cited.get("source_document")
        ):
            day = graph.nodes[target].get("value")
            known = cited.get("date")
            if day and (
                not known
                or (day.startswith(known) and day != known)
                or (day < known and not known.startswith(day))
            ):
                cited["date"] = day

    for copy, original in sorted(duplicates.items()):
        graph.add_edge(
            document_node_id(copy),
            document_node_id(original),
            key="duplicateOf",
            relation="duplicateOf",
            weight=1,
            evidence=[],
        )
    return graph
