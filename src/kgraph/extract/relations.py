"""Relations between mentions, from the structure of sentences and documents.

Patterns read the *sequence* of typed mentions and the short stretches of text
between them, never the words of a particular text: a chain of posts joined
by ``、`` right before a name, a post distributed over a list of names, a list
of organisations before ``联合印发`` and a 《title》, ``X同Y会谈``. The cue words
(参加, 发表讲话, 会见, 印发, 强调, …) are data: ``ontology/relation_cues.tsv``.

Sentence patterns are functions ``(text, mentions, evidence) -> relations``
registered in :data:`PATTERNS`. :func:`document_relations` adds what needs the
whole document: bylines and photo credits (``authorOf``), signature blocks
(``signedBy``/``issued``), "the event just reported" for ``参加上述活动`` and
``作了发言``, and attributed speech (``X强调`` …) that runs on over the
following sentences of its paragraph (``emphasized`` and Statement records).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache

from kgraph.records import Document, Evidence, Mention, Relation, Sentence, Statement

__all__ = ["PATTERNS", "cues", "document_relations", "extract_relations"]

Pattern = Callable[[str, list[Mention], Evidence], Iterator[Relation]]
PATTERNS: list[Pattern] = []

LIST_SEPARATORS = frozenset("、和及与,，")
CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?]")
HEAD_TITLE = re.compile(r"^(?!副).*(?:主席|书记|部长|主任|院长|总理|局长|厅长|省长|市长|县长|区长|校长|"
                        r"社长|会长|理事长|董事长|总经理|总裁|总干事|署长|行长|检察长|司令员|首相|总统)$")
# Placeholder tail of a relation whose event is "the one just reported" (参加上述活动, 作了发言).
CURRENT_EVENT = "⟨current event⟩"
MAX_SPEECH_GAP = 6  # characters between a speaker and 强调/指出: room for 总书记, 同志, 首先


def pattern(func: Pattern) -> Pattern:
    PATTERNS.append(func)
    return func


@cache
def cues() -> dict[str, tuple[str, ...]]:
    """Cue words by signal (participate, speak, meet, with, issue, say, byline, photo, unit)."""
    from kgraph.lexicons import ontology_dir

    table: dict[str, list[str]] = {}
    path = ontology_dir() / "relation_cues.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("cue\t"):
            continue
        cue, signal = line.split("\t")[:2]
        table.setdefault(signal.strip(), []).append(cue.strip())
    return {signal: tuple(sorted(words, key=len, reverse=True)) for signal, words in table.items()}


def _has(text: str, signal: str) -> bool:
    return any(cue in text for cue in cues()[signal])


def _gap(text: str, left: Mention, right: Mention) -> str:
    return text[left.end : right.start]


def _clauses(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions grouped by clause (stretches between commas and stops)."""
    bounds = [m.end() for m in CLAUSE_BREAK.finditer(text)]
    groups: dict[int, list[Mention]] = {}
    for mention in mentions:
        clause = sum(1 for b in bounds if b <= mention.start)
        groups.setdefault(clause, []).append(mention)
    return [groups[k] for k in sorted(groups)]


def _person_run(text: str, mentions: list[Mention], first: int) -> list[Mention]:
    """Persons starting at index ``first`` joined by list separators (徐留平、杨宇栋、高凤林)."""
    run = [mentions[first]]
    index = first + 1
    while index < len(mentions) and mentions[index].type == "Person":
        gap = _gap(text, run[-1], mentions[index])
        if len(gap) != 1 or gap not in LIST_SEPARATORS:
            break
        run.append(mentions[index])
        index += 1
    return run


def _position_chain(text: str, mentions: list[Mention], last: int) -> list[tuple[Mention, Mention | None]]:
    """Posts ending at index ``last`` joined by ``、``, each with the organisation right before it.

    ``中共中央政治局常委、中央书记处书记`` comes as Organization, Position,
    Organization, Position: the chain walks back over both kinds.
    """
    chain: list[tuple[Mention, Mention | None]] = []
    index = last
    while index >= 0:
        mention = mentions[index]
        if mention.type == "Position":
            before = mentions[index - 1] if index > 0 else None
            owner = before if before and before.type in ("Organization", "Place") and before.end == mention.start else None
            chain.append((mention, owner))
        elif mention.type not in ("Organization", "Place"):
            break
        if index == 0:
            break
        gap = _gap(text, mentions[index - 1], mention)
        if gap and gap != "、":
            break
        index -= 1
    chain.reverse()
    return chain


@pattern
def titled_persons(text: str, mentions: list[Mention], evidence: Evidence) -> Iterator[Relation]:
    """``中共中央总书记、国家主席习近平``; ``全国总工会副主席徐留平、杨宇栋、高凤林``.

    Every name of the list holds every post of the chain; a post of an
    organisation makes its holder ``leads`` (head posts) or ``memberOf`` it.
    """
    for index, mention in enumerate(mentions):
        if mention.type != "Person" or index == 0:
            continue
        previous = mentions[index - 1]
        if previous.type != "Position" or previous.end != mention.start:
            continue
        for person in _person_run(text, mentions, index):
            for post, owner in _position_chain(text, mentions, index - 1):
                yield Relation("holdsPosition", person, post, evidence)
                if owner is not None and owner.type == "Organization":
                    kind = "leads" if HEAD_TITLE.match(post.text) else "memberOf"
                    yield Relation(kind, person, owner, evidence)


@pattern
def title_after_name(text: str, mentions: list[Mention], evidence: Evidence) -> Iterator[Relation]:
    """``习近平总书记``, ``刘金国主席``: a title right after a name is that person's."""
    for left, right in zip(mentions, mentions[1:]):
        if left.type == "Person" and right.type == "Position" and left.end == right.start:
            yield Relation("holdsPosition", left, right, evidence)


@pattern
def post_of_organisation(text: str, mentions: list[Mention], evidence: Evidence) -> Iterator[Relation]:
    """``中华全国总工会主席``: the post 主席 belongs to 中华全国总工会."""
    for left, right in zip(mentions, mentions[1:]):
        if left.type == "Organization" and right.type == "Position" and left.end == right.start:
            yield Relation("positionIn", right, left, evidence)


def _current_event(sentence_text: str, near: Mention) -> Mention:
    return Mention(near.end, near.end, "Event", CURRENT_EVENT, sentence=near.sentence, source="anaphora")


@pattern
def participation(text: str, mentions: list[Mention], evidence: Evidence) -> Iterator[Relation]:
    """``X参加/出席/陪同 E``; ``X同Y…集体谈话并发表重要讲话``; ``X作了发言`` (the event just reported)."""
    for clause in _clauses(text, mentions):
        events = [m for m in clause if m.type == "Event"]
        for index, mention in enumerate(clause):
            if mention.type not in ("Person", "Organization"):
                continue
            after = [e for e in events if e.start >= mention.end]
            if after:
                event = after[0]
                between = text[mention.end : event.start]
                others = [m for m in clause if mention.end <= m.start < event.start and m.type == "Person"]
                preceded_by_with = text[max(0, mention.start - 1) : mention.start] in cues()["with"]
                if mention.type == "Person" and not others and (
                    _has(between, "participate") or _has(between, "with") or _has(between, "meet")
                    or len(between) <= 1
                ) or mention.type == "Organization" and preceded_by_with:
                    yield Relation("participatedIn", mention, event, evidence)
                if mention.type == "Person" and _has(text[event.end : _clause_end(text, event.end)], "speak"):
                    yield Relation("spokeAt", mention, event, evidence)
                continue
            if mention.type != "Person" or events:
                continue
            # No event named in the clause: 王毅参加上述活动, 徐留平、杨宇栋作了发言.
            following = clause[index + 1] if index + 1 < len(clause) else None
            if following is not None and following.type == "Person":
                continue  # only the last name of a list reads the verb after it
            tail = text[mention.end : _clause_end(text, mention.end)]
            if re.match(r"^[也等均都]?(?:参加|出席|列席|陪同)", tail):
                yield Relation("participatedIn", mention, _current_event(text, mention), evidence)
            elif re.match(r"^[也等均都]?(?:作了|作|发表了?|致)", tail) and _has(tail, "speak"):
                yield Relation("spokeAt", mention, _current_event(text, mention), evidence)


def _clause_end(text: str, start: int) -> int:
    found = re.compile(r"[；;。！？!?]").search(text, start)
    return found.start() if found else len(text)


@pattern
def meetings(text: str, mentions: list[Mention], evidence: Evidence) -> Iterator[Relation]:
    """``习近平同哥伦比亚总统佩特罗会谈``, ``X会见Y``, ``X与Y通电话``."""
    persons = [m for m in mentions if m.type == "Person"]
    for host in persons:
        for guest in persons:
            if guest.start <= host.end:
                continue
            between = text[host.end : guest.start]
            if any(p.start >= host.end and p.end <= guest.start for p in persons):
                break
            if CLAUSE_BREAK.search(between):
                break
            rest = text[guest.end : _clause_end(text, guest.end)]
            if _has(between, "meet") or (_has(between, "with") and _has(rest[:12], "meet")):
                yield Relation("metWith", host, guest, evidence)


@pattern
def issuing(text: str, mentions: list[Mention], evidence: Evidence) -> Iterator[Relation]:
    """``A与B、C联合印发《D》``: every issuer of the list issued D."""
    for index, document in enumerate(mentions):
        if document.type != "Document":
            continue
        issuers: list[Mention] = []
        for candidate in reversed(mentions[:index]):
            if candidate.type not in ("Organization", "Person", "Position"):
                break
            if candidate.type != "Position":
                issuers.append(candidate)
        if not issuers:
            continue
        last = max(issuers, key=lambda m: m.end)
        between = text[last.end : document.start]
        if _has(between, "issue") and not CLAUSE_BREAK.search(between):
            for issuer in issuers:
                yield Relation("issued", issuer, document, evidence)


@pattern
def places(text: str, mentions: list[Mention], evidence: Evidence) -> Iterator[Relation]:
    """``河南省漯河市源汇区``: each place lies in the one before; ``在P举行E``: E took place in P."""
    for left, right in zip(mentions, mentions[1:]):
        if left.type == "Place" and right.type == "Place" and left.end == right.start:
            yield Relation("locatedIn", right, left, evidence)
    events = [m for m in mentions if m.type == "Event"]
    if not events:
        return
    for place in mentions:
        if place.type == "Place" and text[max(0, place.start - 1) : place.start] == "在":
            nearest = min(events, key=lambda e: abs(e.start - place.start))
            yield Relation("locatedIn", nearest, place, evidence)


@pattern
def event_dates(text: str, mentions: list[Mention], evidence: Evidence) -> Iterator[Relation]:
    """An event reported in a sentence that dates it (``23日下午…集体谈话``)."""
    dates = [m for m in mentions if m.type == "Date" and m.value and len(m.value) == 10]
    if not dates:
        return
    for event in mentions:
        if event.type in ("Event",):
            yield Relation("occurredOn", event, dates[0], evidence)


@pattern
def sub_organisations(text: str, mentions: list[Mention], evidence: Evidence) -> Iterator[Relation]:
    """``人社部办公厅`` is a unit of ``人社部``: an organisation name followed by a unit word."""
    from kgraph.extract.lexicon import match_lexicon

    for mention in mentions:
        if mention.type != "Organization":
            continue
        for unit in cues()["unit"]:
            if mention.text.endswith(unit) and len(mention.text) > len(unit) + 1:
                parent_text = mention.text[: -len(unit)]
                known = [m for m in match_lexicon(parent_text) if m.type == "Organization"]
                if known and known[0].start == 0 and known[0].end == len(parent_text):
                    parent = Mention(mention.start, mention.start + len(parent_text), "Organization",
                                     parent_text, value=known[0].value, sentence=mention.sentence,
                                     source="unit")
                    yield Relation("subOrganizationOf", mention, parent, evidence)
                break


def extract_relations(text: str, mentions: list[Mention], evidence: Evidence) -> list[Relation]:
    """All relations the sentence patterns find among ``mentions`` (offsets into ``text``)."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    found: dict[tuple, Relation] = {}
    for find in PATTERNS:
        for relation in find(text, ordered, evidence):
            key = (relation.relation, relation.head.start, relation.head.end, relation.head.type,
                   relation.tail.start, relation.tail.end, relation.tail.type)
            found.setdefault(key, relation)
    return [found[key] for key in sorted(found)]


# --------------------------------------------------------------------------- document level


def self_mention(document: Document) -> Mention:
    """The source document itself, as the head or tail of a relation."""
    return Mention(0, 0, "Document", document.id, doc=document.id, source="self")


def _same_paragraph(document: Document, left: Sentence, right: Sentence) -> bool:
    return "\n" not in document.text[left.clean_start + len(left.text) : right.clean_start]


def _bylines(
    document: Document, sentences: list[Sentence], per_sentence: list[list[Mention]]
) -> Iterator[Relation]:
    """A name alone on a line under the headline (``闻言``), ``记者X``, ``通讯员X``, ``X 摄``."""
    me = self_mention(document)
    for sentence, mentions in zip(sentences[:6], per_sentence[:6]):
        text = sentence.text
        alone = 2 <= len(text) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in text)
        if alone and not any(m.type != "Person" for m in mentions):
            person = Mention(0, len(text), "Person", text, sentence=sentence.index, source="byline")
            if not mentions:
                mentions.append(person)
            yield Relation("authorOf", mentions[0], me, _evidence(sentence))
    for sentence, mentions in zip(sentences, per_sentence):
        for mention in mentions:
            if mention.type != "Person":
                continue
            before = sentence.text[max(0, mention.start - 4) : mention.start]
            after = sentence.text[mention.end : mention.end + 2].strip()
            if any(before.endswith(cue) for cue in cues()["byline"]) or after.startswith("摄"):
                yield Relation("authorOf", mention, me, _evidence(sentence))


def _signatures(
    document: Document, sentences: list[Sentence], per_sentence: list[list[Mention]]
) -> Iterator[Relation]:
    """Organisations alone on their lines after the body sign the letter the document opens with."""
    letter = next(
        (m for mentions in per_sentence[:3] for m in mentions if m.type == "Document"), None
    )
    for index, (sentence, mentions) in enumerate(zip(sentences, per_sentence)):
        if index < 3 or len(mentions) != 1 or mentions[0].type != "Organization":
            continue
        if mentions[0].end - mentions[0].start != len(sentence.text):
            continue
        signer = mentions[0]
        target = letter or self_mention(document)
        yield Relation("signedBy", target, signer, _evidence(sentence))
        yield Relation("issued", signer, target, _evidence(sentence))


def _evidence(sentence: Sentence) -> Evidence:
    return Evidence(sentence.doc, sentence.start, sentence.end, sentence.text)


def _speaker(text: str, mentions: list[Mention]) -> tuple[Mention, int] | None:
    """``习近平强调`` / ``习近平总书记指出``: the speaker and where the reported speech starts."""
    for mention in mentions:
        if mention.type != "Person":
            continue
        window = text[mention.end : mention.end + MAX_SPEECH_GAP + 2]
        for cue in cues()["say"]:
            at = window.find(cue)
            if 0 <= at <= MAX_SPEECH_GAP and not CLAUSE_BREAK.search(window[:at]):
                return mention, mention.end + at + len(cue)
    return None


def _statements(
    document: Document, sentences: list[Sentence], per_sentence: list[list[Mention]]
) -> tuple[list[Relation], list[Statement]]:
    relations: list[Relation] = []
    statements: list[Statement] = []
    speaker: Mention | None = None
    concepts: list[Mention] = []
    said: list[Evidence] = []

    def close() -> None:
        if speaker is not None and said:
            statements.append(Statement(speaker, tuple(concepts), tuple(said), document.date))

    previous: Sentence | None = None
    for sentence, mentions in zip(sentences, per_sentence):
        if previous is not None and not _same_paragraph(document, previous, sentence):
            close()
            speaker, concepts, said = None, [], []
        previous = sentence
        found = _speaker(sentence.text, mentions)
        start = 0
        if found is not None:
            close()
            speaker, start = found
            concepts, said = [], []
        if speaker is None:
            continue
        said.append(_evidence(sentence))
        for mention in mentions:
            if mention.type == "PolicyConcept" and mention.start >= start:
                concepts.append(mention)
                relations.append(Relation("emphasized", speaker, mention, _evidence(sentence)))
    close()
    return relations, statements


def document_relations(
    document: Document,
    sentences: list[Sentence],
    per_sentence: list[list[Mention]],
    sentence_relations: list[Relation],
) -> tuple[list[Relation], list[Statement]]:
    """Relations that need the whole document; resolves "the event just reported".

    ``per_sentence`` holds each sentence's mentions (sentence offsets, with
    ``sentence`` set) and may gain byline persons.
    """
    relations: list[Relation] = list(_bylines(document, sentences, per_sentence))
    relations.extend(_signatures(document, sentences, per_sentence))
    spoken, statements = _statements(document, sentences, per_sentence)
    relations.extend(spoken)
    # The event a sentence without one refers to is the last event reported before it.
    last_event: dict[int, Mention] = {}
    latest: Mention | None = None
    for sentence, mentions in zip(sentences, per_sentence):
        last_event[sentence.index] = latest
        for mention in mentions:
            if mention.type == "Event":
                latest = mention
    for relation in sentence_relations:
        if relation.tail.text == CURRENT_EVENT:
            event = last_event.get(relation.tail.sentence)
            if event is None:
                continue
            relation = replace(relation, tail=event)
        relations.append(relation)
    if document.date:
        dateline = next((s for s in sentences if document.date[5:7].lstrip("0") + "月" in s.text), sentences[0]) if sentences else None
        if dateline is not None:
            date = Mention(0, 0, "Date", document.date, value=document.date, doc=document.id, source="dateline")
            relations.append(Relation("occurredOn", self_mention(document), date, _evidence(dateline)))
    return relations, statements
