"""Relations between the mentions of one sentence.

Patterns work on the structure of the mention sequence, not on words of any
particular text: a chain of posts joined by ``、`` directly before a name, a
post distributed over a list of names, an organisation directly before its
post. Each pattern is a function ``(sentence, mentions, evidence) -> relations``
registered in :data:`PATTERNS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kgraph.records import Evidence, Mention, Relation

__all__ = ["PATTERNS", "extract_relations"]

Pattern = Callable[[str, list[Mention], Evidence], Iterator[Relation]]
PATTERNS: list[Pattern] = []

LIST_SEPARATORS = frozenset("、和及与,，")
CHAIN_SEPARATORS = frozenset("、")


def pattern(func: Pattern) -> Pattern:
    PATTERNS.append(func)
    return func


def _gap(text: str, left: Mention, right: Mention) -> str:
    return text[left.end : right.start]


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


def _position_chain(text: str, mentions: list[Mention], last: int) -> list[Mention]:
    """Posts ending at index ``last`` and joined by ``、``, with the organisations inside them.

    ``中共中央政治局常委、中央书记处书记`` is mentioned as Organization, Position,
    Organization, Position: the chain walks back over both.
    """
    chain: list[Mention] = []
    index = last
    while index >= 0:
        mention = mentions[index]
        if mention.type == "Position":
            chain.append(mention)
        elif mention.type != "Organization" and mention.type != "Place":
            break
        if index == 0:
            break
        gap = _gap(text, mentions[index - 1], mention)
        if gap and gap not in CHAIN_SEPARATORS:
            break
        index -= 1
    chain.reverse()
    return chain


@pattern
def titled_persons(text: str, mentions: list[Mention], evidence: Evidence) -> Iterator[Relation]:
    """``中共中央总书记、国家主席、中央军委主席习近平``; ``全国总工会副主席徐留平、杨宇栋、高凤林``."""
    for index, mention in enumerate(mentions):
        if mention.type != "Person" or index == 0:
            continue
        previous = mentions[index - 1]
        if previous.type != "Position" or previous.end != mention.start:
            continue
        # Only the head of a list carries the title; the names after it share it.
        if index >= 2 and mentions[index - 2].type == "Person":
            continue
        chain = _position_chain(text, mentions, index - 1)
        for person in _person_run(text, mentions, index):
            for post in chain:
                yield Relation("holdsPosition", person, post, evidence)


@pattern
def post_of_organisation(
    text: str, mentions: list[Mention], evidence: Evidence
) -> Iterator[Relation]:
    """``中华全国总工会主席``: the post 主席 belongs to 中华全国总工会."""
    for left, right in zip(mentions, mentions[1:]):
        if left.type == "Organization" and right.type == "Position" and left.end == right.start:
            yield Relation("positionIn", right, left, evidence)


def extract_relations(text: str, mentions: list[Mention], evidence: Evidence) -> list[Relation]:
    """All relations the patterns find among ``mentions`` (offsets into ``text``)."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    found: dict[tuple[str, int, int, int, int], Relation] = {}
    for find in PATTERNS:
        for relation in find(text, ordered, evidence):
            key = (relation.relation, relation.head.start, relation.head.end,
                   relation.tail.start, relation.tail.end)
            found.setdefault(key, relation)
    return [found[key] for key in sorted(found)]
