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
import re
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import accumulate, pairwise
from pathlib import Path

from kgraph.extract.positions import (
    INNER_UNIT,
    INNER_UNIT_END,
    STATUS_MARKS,
    TRAILING_MODIFIER,
    TRAILING_MODIFIERS,
    UNITS,
    is_known_body,
    is_owner,
    shared_owner,
    titles,
)
from kgraph.records import (
    Document,
    DocumentExtraction,
    Evidence,
    Mention,
    Relation,
    Sentence,
    in_text_order,
)
from kgraph.text import halfwidth, read_words

__all__ = ["EXTRACTORS", "Context", "extract", "extract_document", "extract_text", "register"]

# Bump when extraction changes in a way that makes cached results stale.
EXTRACTOR_VERSION = "6"


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

    return [
        _after_clause_verb(_without_verb_before(text, _without_verb(text, m)))
        for m in default_tagger().tag(text)
        if not _ordinary_word(m)
    ]


# Verbs that end a clause's subject and open its object: an organisation or place the model
# ran across one (海南博鳌会见国际货币基金组织) is the name after it.
_CLAUSE_VERB = re.compile(
    r"会见|会晤|会谈|接见|出席|参加|致电|致信|表示|强调|指出|宣布|签署|发起|提起|访问|抵达|前往"
)


# Words of direction or course before a place that are not part of its name: 北起黑龙江黑河,
# 管内永定河, 流经澜沧江.
_PLACE_LEAD = re.compile(
    r"^(?:[东南西北](?:起|至|到|接|邻|临|抵)|管内|辖区内?|境内|流经|途经|位于|地处|来到|前往|抵达)"
)


def _after_clause_verb(mention: Mention) -> Mention:
    if mention.type not in ("Organization", "Place"):
        return mention
    cut = 0
    for verb in _CLAUSE_VERB.finditer(mention.text):
        cut = verb.end()
    lead = _PLACE_LEAD.match(mention.text) if mention.type == "Place" else None
    if lead and not cut:
        cut = lead.end()
    if not cut or len(mention.text) - cut < 2:
        return mention
    return replace(mention, start=mention.start + cut, text=mention.text[cut:])


def _without_verb(text: str, mention: Mention) -> Mention:
    """``谌贻琴作|交流发言``, ``韩正在|京``: a name the CRF ran into the verb after it.

    The last character is cut when it begins a cue word there (作交流发言, 出席,
    主持) or is 在 before a place: given names rarely end in these.
    """
    if mention.type != "Person" or len(mention.text) < 3:
        return mention
    if "·" in mention.text:
        # 艾哈迈德·本·穆罕默德·萨利姆|提交: no transliteration ends in a verb of what one does
        # (菲勒蒙·扬|宣誓: a last part of one character)
        verb = _VERB_AFTER_DOTTED.search(mention.text.rsplit("·", 1)[1])
        if verb is None or verb.start() < 1:
            return mention
        return replace(mention, end=mention.end - 2, text=mention.text[:-2])
    from kgraph.extract.frames import event_cues

    last = mention.end - 1
    cue = event_cues().pattern.match(text, last)
    before_place = text[last] == "在" and _PLACE_AFTER.match(text, mention.end)
    if (cue and len(cue.group()) > 1) or before_place:
        return replace(mention, end=last, text=mention.text[:-1])
    return mention


def _without_verb_before(text: str, mention: Mention) -> Mention:
    """``请|辞第十四届全国政协``: a body or place the CRF began inside the verb before it
    (a cue word of two characters or more that runs into it) begins after the verb."""
    if mention.type not in ("Organization", "Place"):
        return mention
    from kgraph.extract.frames import event_cues

    for back in (1, 2):
        cue = (
            event_cues().pattern.match(text, mention.start - back)
            if mention.start >= back
            else None
        )
        if cue and len(cue.group()) > back and mention.end - cue.end() >= 2:
            cut = cue.end() - mention.start
            return replace(mention, start=cue.end(), text=mention.text[cut:])
    return mention


_VERB_AFTER_DOTTED = re.compile(
    r"(?:提交|提出|表示|指出|强调|宣布|签署|会见|会晤|访问|出席|主持|发表|认为|介绍|呼吁|要求|"
    r"称赞|赞扬|批评|承认|否认|透露|告诉|宣誓|当选|就任)$"
)
_PLACE_AFTER = re.compile(r"京|沪|这里|此|[\u4e00-\u9fff]{1,6}(?:省|市|区|县|州|国|岛)")


@cache
def _not_names() -> frozenset[str]:
    return read_words(Path(__file__).resolve().parents[1] / "data" / "not_names.txt")


@cache
def _frequent_pairs() -> frozenset[str]:
    return read_words(Path(__file__).resolve().parents[1] / "data" / "frequent_pairs.txt")


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


def _after_a_colon(mention: Mention) -> Mention | None:
    """``央视网消息（新闻联播）：第十四届全国人民代表大会…``: a body or a place the tagger ran
    over a colon starts after it (none, when one character is left)."""
    if mention.type not in ("Organization", "Place"):
        return mention
    cut = max(mention.text.rfind("："), mention.text.rfind(":")) + 1
    if not cut:
        return mention
    if len(mention.text) - cut < 2:
        return None
    return replace(mention, start=mention.start + cut, text=mention.text[cut:])


def _owner_whole(event: Mention, flats: list[Mention]) -> Mention:
    """``柬埔寨皇家法律与经济大学|毕业典礼``: an event whose owner begins inside a body's name
    takes the whole name (the event's own boundary stopped at the body's 与)."""
    if event.type != "Event" or event.value != event.text:
        return event
    body = next(
        (
            f
            for f in flats
            if f.type in ("Organization", "Place") and f.start < event.start < f.end < event.end
        ),
        None,
    )
    if body is None:
        return event
    name = body.text[: event.start - body.start] + event.text
    return replace(event, start=body.start, text=name, value=name)


def _crosses(container: Mention, flats: list[Mention]) -> bool:
    return any(
        f.start < container.end
        and container.start < f.end
        and not (container.start <= f.start and f.end <= container.end)
        for f in flats
    )


def _post_or_titled_name(body: Mention, title_start: int, post_end: int) -> bool:
    """Whether a body the CRF read ends where a post does (中央纪委常委), inside it at the
    国家 of 国家主席 (古巴国家|主席), or runs on from it into a name (塞拉利昂人民党总书记科罗马),
    not into a body's word (…常委会)."""
    if body.end < post_end:
        # (美国财政部|长鲁宾, 中国人大|代表: the body the corpora annotate, the post's owner;
        # 古巴国家|主席: the 国家 of 国家主席 makes no body of the country; 美国国防|部长: a
        # run cut inside a word, no body's name)
        return body.text[title_start - body.start :] == "国家" or (
            body.end - title_start >= 2 and not is_owner(body.text)
        )
    rest = body.text[post_end - body.start :]
    return rest == "" or (2 <= len(rest) <= 5 and not _ORG_WORD.search(rest))


def merge(candidates: list[tuple[int, Mention]], length: int) -> list[Mention]:
    """Resolve overlaps among ``(tier, mention)`` candidates; returns mentions by position."""

    def rank(items: list[tuple[int, Mention]]) -> list[Mention]:
        items.sort(key=lambda c: (c[0], -(c[1].end - c[1].start), c[1].start, c[1].type))
        return [m for _tier, m in items]

    candidates = candidates + _titles_after_names(candidates)
    # A title that runs on from a name the CRF ends early (外交部 | 长 of 外交部长, 日本前官房 |
    # 长官) is one post: the name would leave an orphan piece behind.
    posts = {
        (m.start, m.end)
        for _t, m in candidates
        if m.type == "Position" and (not m.owner or m.text in titles().foreign)
    }
    # (中央纪委常委、监察部副部长: a body the CRF ran into a post is only the post's owner)
    owned = {
        (m.start - len(m.owner or ""), m.start, m.end)
        for _t, m in candidates
        if m.type == "Position" and m.owner
    }
    titled = [(m.start, m.end) for _t, m in candidates if m.type == "Position"]
    flat_candidates = [
        (t, m)
        for t, m in candidates
        if m.type not in CONTAINER_TYPES
        and not (
            m.type == "Organization"
            and any(start == m.start and m.end < end <= m.end + 2 for start, end in posts)
        )
        and not (
            m.type == "Organization"
            and any(
                start == m.start and title < m.end and _post_or_titled_name(m, title, end)
                for start, title, end in owned
            )
        )
        # (美国众|议长: one character of a title is no organisation)
        and not (
            m.type == "Organization"
            and m.end - m.start == 1
            and any(start <= m.start and m.end < end for start, end in titled)
        )
    ]
    flats = [m for m in map(_after_a_colon, _take(rank(flat_candidates), bytearray(length))) if m]
    containers = [
        m
        for m in (
            _owner_whole(m, flats)
            for m in _take(
                rank([(t, m) for t, m in candidates if m.type in CONTAINER_TYPES]),
                bytearray(length),
            )
        )
        if not _crosses(m, flats)
    ]
    return sorted(flats + containers, key=in_text_order)


def _known_names_whole(candidates: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """A name the tables know whole (人力资源和社会保障部) wins over the tagger's piece of it
    (社会保障部): the tagger's names inside it, and none across its ends, give way."""
    tagged = [m for _t, m in candidates if m.source == "crf"]
    top = min((t for t, m in candidates if m.source == "crf"), default=0)
    spans = {(m.start, m.end) for m in tagged if m.type != "Person"}
    persons = {(m.start, m.end) for m in tagged if m.type == "Person"}
    posts = {m.start for _t, m in candidates if m.type == "Position"}
    return [
        (
            # (欧尔班当天连任…: a person the tables know, read whole as a body, is that person;
            # 科摩罗总统阿扎利: a country the tables know, read as a person, owns the post after)
            top - 1
            if m.source == "lexicon"
            and (
                (m.type == "Person" and (m.start, m.end) in spans)
                or (m.type == "Place" and (m.start, m.end) in persons and m.end in posts)
            )
            else top
            if m.source == "lexicon" and _whole_over_pieces(m, tagged)
            else tier,
            m,
        )
        for tier, m in candidates
    ]


def _whole_over_pieces(known: Mention, tagged: list[Mention]) -> bool:
    """Whether the tagger's names inside ``known`` (and none across its ends) are pieces of
    it that should give way to it."""
    size = known.end - known.start
    # (an organisation: a place the tables know whole, 北京人民大会堂, is a chain of two;
    # a town: a place the tables know whole that the tagger cut into persons, 梅利|托波尔 of
    # 梅利托波尔, 迈|吉达尔|沙姆斯; a person the tagger cut short: 穆罕默德·穆伊|兹将于…)
    wanted = {"Organization": 0, "Person": 3, "Place": 4}.get(known.type)
    if wanted is None or size < wanted:
        return False
    inside = [t for t in tagged if known.start <= t.start and t.end <= known.end]
    if not inside or any(
        t.start < known.end and known.start < t.end for t in tagged if t not in inside
    ):
        return False
    shorter = all(t.end - t.start < size for t in inside)
    if known.type == "Organization":
        # (中|埃|塞关系: one-character pieces are two countries' short forms, left alone;
        # 国家|林草局 read as a person: a "person" that ends as bodies end is a piece)
        # (联|大主席: a body of one character is none)
        return shorter and all(
            (t.end - t.start >= 2 and t.type == "Person" and _BODY_END.search(t.text))
            or (t.type == known.type and (t.end - t.start >= 2 or t.type == "Organization"))
            for t in inside
        )
    if known.type == "Person":
        return shorter and all(t.type == "Person" for t in inside)
    return (
        shorter
        and any(t.type == "Person" for t in inside)
        and all(t.type in ("Person", "Place") for t in inside)
    )


def _titles_after_names(candidates: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """``柬埔寨人民党主席``: a title (党主席) that begins inside an organisation's name also
    offers its known shorter tail (主席), so the name and the post both survive."""
    known = titles().labels
    ends = {m.end: m for _t, m in candidates if m.type == "Organization"}
    out: list[tuple[int, Mention]] = []
    for tier, m in candidates:
        if m.type != "Position" or m.owner:
            continue
        for cut in range(m.start + 1, m.end - 1):
            name = ends.get(cut)
            if name is not None and name.start < m.start and m.text[cut - m.start :] in known:
                tail = m.text[cut - m.start :]
                owned = replace(m, start=cut, text=tail, owner=name.text, value=name.text + tail)
                out.append((tier, owned))
                break
    return out


def _titles_off_names(candidates: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """``科威特埃米尔|纳瓦夫``: a name the tagger ran on from the title before it, where the
    tables know the name after the title, is that name; the title stays a post."""
    title_ends = {m.start: m.end for _t, m in candidates if m.type == "Position"}
    known = {
        (m.start, m.end) for _t, m in candidates if m.type == "Person" and m.source == "lexicon"
    }
    return [
        (tier, m)
        for tier, m in candidates
        if not (
            m.type == "Person"
            and m.source == "crf"
            and (title_ends.get(m.start, m.end), m.end) in known
        )
    ]


def _posts_over_bodies(candidates: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """``阿尔及利亚内政部|长``, ``农业及渔业部|长``: a body the tagger ends on the first
    character of the title it owns (部 of 部长) is, with the title, one post. (The annotated
    corpora call the body an organisation, so :func:`extract` leaves it.)"""
    bodies = [m for _t, m in candidates if m.type == "Organization" and m.source == "crf"]
    ends = {m.end: m for m in bodies}
    starts = {m.start: m for m in bodies}
    out: list[tuple[int, Mention]] = []
    for tier, m in candidates:
        if m.type != "Position":
            continue
        body = ends.get(m.start + 1) if not m.owner else None
        if body is not None and body.start < m.start:
            out.append((tier, replace(m, start=body.start, text=body.text + m.text[1:])))
        # 美军参谋长联席会议|主席: a body run from the owner into a foreign title of several
        # words, up to a word of it (not 以色列国防部|长: the title's last character, the
        # owner's post; not 国家发展改革委党组|成员: a body of the owner, whose post it is)
        opens = m.start - len(m.owner or "")
        body = starts.get(opens) if m.owner and m.text in titles().foreign else None
        if body is not None and m.start < body.end <= m.end - 2:
            whole = body.text + m.text[body.end - m.start :]
            out.append((tier, replace(m, start=opens, text=whole, owner=None)))
    return out


def extract(text: str, *, reference: dt.date | None = None) -> list[Mention]:
    """Typed mentions in ``text`` (offsets into ``text``), ordered by position.

    Persons, organisations, places, dates and posts never overlap; a document,
    event or concept may contain them (see :func:`merge`).
    """
    return _tagged(text, reference, known_whole=False)


def _tagged(text: str, reference: dt.date | None, known_whole: bool) -> list[Mention]:
    """:func:`extract`; with ``known_whole``, a name the tables know whole wins over the
    tagger's piece of it (the graph wants 人力资源和社会保障部; the annotated corpora, which
    score :func:`extract`, often label the piece)."""
    if not text or text.isspace():
        return []
    context = Context(reference=reference)
    candidates = [(r.tier, m) for r in EXTRACTORS for m in r.func(text, context)]
    if known_whole:
        candidates = _known_names_whole(_titles_off_names(candidates))
        candidates += _posts_over_bodies(candidates)
    merged = merge(candidates, len(text))
    if known_whole:
        merged = _where_after_at(text, merged)
    merged = _ministers_by_name(text, _names_before_ranks(text, merged))
    merged = _owners_in_place(text, _repair_names(text, merged))
    merged = _envoys(text, _leaders_envoys(_permanent_representatives(text, merged)))
    merged = _embassies(text, _places_by_context(text, merged))
    return _distribute_owners(text, _names_after_posts(text, merged))


# 在京, 在韩: one character for where, after 在 (not part of the name after it; 在华美国商会 is
# the chamber's name)
_WHERE_AFTER_AT = frozenset("京沪津港澳台韩美日俄英法德")


def _where_after_at(text: str, mentions: list[Mention]) -> list[Mention]:
    """``在京中共中央政治局委员``, ``在韩中国人民志愿军烈士``: the tagger ran the one character
    of 在京 (in Beijing), 在韩 (in Korea) into the body after it; the body starts after it."""
    out: list[Mention] = []
    for m in mentions:
        if (
            m.type == "Organization"
            and len(m.text) >= 4
            and m.text[0] in _WHERE_AFTER_AT
            and text[m.start - 1 : m.start] == "在"
            and text[m.start : m.end] == m.text
            and (is_owner(m.text[1:]) or m.text[1:].startswith(("中国", "中华", "中共")))
        ):
            m = replace(m, start=m.start + 1, text=m.text[1:], value=None)
        out.append(m)
    return out


def _title_shares_a_character(text: str, mentions: list[Mention]) -> list[Mention]:
    """``保守党党首约翰逊``, ``民主党党首菅直人``: the tagger's body takes the title's first
    character (保守党党|首), so the post loses its owner and then itself; ``南澳州州督孙芳安``:
    the tagger's place does, and the title (州督) is lost with it. The body or place ends
    before the title, and the post is the owner's (for the graph only, as :func:`_ministers`)."""
    titles_at = {m.start: m for m in mentions if m.type == "Position"}
    out: list[Mention] = []
    for m in mentions:
        post = titles_at.get(m.end - 1) if m.type == "Organization" else None
        if (
            post is None
            and m.type == "Place"  # (not a body: 德国社民党|首届, the first session)
            and len(m.text) >= 3
            and not _LONG_WORD.match(text, m.end)  # (…省|长期: for long)
        ):
            post = next(
                (
                    Mention(m.end - 1, m.end - 1 + size, "Position", word, source="rules")
                    for size in (4, 3, 2)
                    if (word := text[m.end - 1 : m.end - 1 + size]) in titles().labels
                    and len(word) == size
                    # (上海市|长宁区: a word the tagger read after the place keeps its character)
                    and not any(m.end < o.end and o.start < m.end - 1 + size for o in mentions)
                ),
                None,
            )
        if post is None or len(m.text) < 3 or not post.text.startswith(text[m.end - 1]):
            out.append(m)
            continue
        owner = m.text[:-1]
        out.append(replace(m, end=m.end - 1, text=owner, value=None))
        if post.start not in titles_at:
            out.append(post)  # (the title the tagger's span hid)
        titles_at[post.start] = replace(post, value=owner + post.text, owner=owner)
    return [titles_at.get(m.start, m) if m.type == "Position" else m for m in out]


# 长 that opens a word of its own after a body (统计局长期, 外交部长远): no head of it
_LONG_WORD = re.compile(r"长[期远久足达效城江河寿廊度臂治篇征]")


def _ministers(text: str, mentions: list[Mention]) -> list[Mention]:
    """``澳大利亚外交部长``, ``美国国防部长``, ``美国联邦航空管理局长``, ``玉溪行署人事科长``: a
    ministry (a bureau, a department, a section, an institute, a factory) and its 部长 (局长,
    厅长, 署长, 科长, 处长, 所长, 厂长) share the 部, so the tagger's 澳大利亚外交部 leaves
    长 behind and the post is lost (the corpora annotate the ministry: this is for the graph
    only, not :func:`extract`). The span is the post: the known title it ends with (外交部长,
    else 部长) after the owner the tables know (澳大利亚), or the whole span as the title when
    the owner is not a known name."""
    from kgraph.extract.positions import is_owner, titles
    from kgraph.lexicons import lexicon, normalize_key

    taken = {m.start for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        if not (
            m.type == "Organization"
            and m.text.endswith(("部", "局", "厅", "署", "科", "处", "所", "厂"))
            and text[m.end : m.end + 1] == "长"
            and not _LONG_WORD.match(text, m.end)
            and m.end not in taken
        ):
            out.append(m)
            continue
        full = m.text + "长"
        title = next(
            (full[i:] for i in range(len(full) - 1) if full[i:] in titles().labels), full[-2:]
        )
        owner = full[: -len(title)]
        if owner and is_owner(owner):
            known = lexicon().aliases
            kind = "Place" if ("Place", normalize_key(owner)) in known else "Organization"
            out.append(replace(m, end=m.start + len(owner), type=kind, text=owner, value=None))
            out.append(
                Mention(
                    m.start + len(owner),
                    m.end + 1,
                    "Position",
                    title,
                    value=full,
                    source="rules",
                    owner=owner,
                )
            )
        else:
            out.append(replace(m, end=m.end + 1, type="Position", text=full, value=None))
    return out


# Words after a list that make its names places: 米兰、卡塞塔等多地, 阿夫杰耶夫卡等方向. The
# list may end in one more name no model tagged (宰马尔和贝达等多地), and the last tagged
# name may have lost its last characters (阿夫杰耶|夫卡等方向): they are taken back.
# A count and a kind of place after a list or a name: 等4个省, 在内的6座城镇, 等多个定居点.
_COUNTED_PLACES_KIND = (
    r"[多几\d一二三四五六七八九十]+[个座](?:城市|城镇|小镇|村庄|村镇|定居点|居民点|省份?|州)"
    r"(?![长委级政会府])"
)
_PLACE_CUE_AFTER = re.compile(
    r"(?P<rest>[^\W\d_等的和及与在、]{1,2})?(?:[、和及与][\u4e00-\u9fff]{1,6}?)?"
    r"(?:等|及其?)(?:多地|各地|地区|城市|方向|地(?![方位步址点下道图球])|国家|港口|村镇|乡镇"
    # 塔伊兹、贝达和荷台达等省份, 库尔斯克、布良斯克等州: provinces and states by their kind
    r"|省份|省区|州(?![长委政])"
    # 务川、松桃、纳雍等贫困县: counties or cities counted by their kind
    r"|(?:一些|[多几\d一二三四五六七八九十]+个)?(?:少数民族|民族|贫困|重点|边境|沿边|山区){0,2}"
    r"(?:县|县区|区县|县市|市县)"
    r"(?![长委级域城政])"
    # 巴士拉、穆萨纳等4个省, 楠泰尔等多个城市: towns and provinces by their count and kind
    r"|" + _COUNTED_PLACES_KIND + r""
    r")"
)
# Words that make the name after them a place: 加沙地带南部城市汗尤尼斯, 也门首都萨那.
_PLACE_CUE_BEFORE = re.compile(
    r"(?:城市|首都|首府|省会|州府|城镇|小镇|小城|边城|重镇|港口|港城|村庄|地处|位于|坐落[于在]"
    r"|途经|流经|开往|驶往|飞往|运往|发往|(?<![战军])[东南西北中]部"
    # a settlement (定居点克拉斯诺耶), a town's outskirts (北郊…), that state's town (该州戴德维尔)
    r"|定居点|居民点|[东南西北]郊|该[州省]"
    # a battle's object is a town: 仍在争夺索列达尔, 攻占, 收复
    r"|争夺|攻占|占领|夺取|收复|围攻|撤出)了?(?:——|—)?$"
)
# Words that make the name before them a place: 胡拉、库宁等多地, 拜特拉希亚当地官员, a station
# (孔圣米克洛什-陶什站至…, 巴图塔加氢站).
_PLACE_CUE_RIGHT_AFTER = re.compile(
    r"等多?地(?![方位步址点下道图球])|当地(?!时间)"
    # a front is named after a town (库皮扬斯克、尼古拉耶夫-克里沃罗格方向的进攻)
    r"|方向(?![盘感性])"
    # what lies round a town (普拉克明附近, 巴赫穆特以北, 基辅郊区)
    r"|附近(?!的人)|一带|郊区|市郊|以[东南西北](?![方面部约])|定居点|居民点"
    r"|(?:[—\-－][\u4e00-\u9fff]{1,4})?(?:加氢站|加油站|火车站|高铁站|车站|站(?=[至到和与，。、）]))"
    # one of a count of towns (包括贝尔蒂奥加在内的6座城镇, 楠泰尔等多个城市)
    r"|(?:等|在内的)" + _COUNTED_PLACES_KIND
)
# A region's kind after the rest of a transliteration the tagger left out of a "person"
# (伊万诺-弗兰科夫|斯克州, 卡斯蒂利亚-拉曼|查自治区): the person is the region.
_REGION_KIND = re.compile(r"(?:自治区|自治共和国|共和国|大区|州|省|市|镇|村)(?![长委民场政])")
# What makes a list of names one of brands or firms: 吉利、赛力斯、小鹏等品牌, 华为、比亚迪、迈瑞等
# 一批…企业.
_BRANDS_AFTER = re.compile(
    r"等(?![地国省市县区州城])(?:[多几\d]+[家个])?(?:一批|多家)?[^\W等]{0,12}?"
    r"(?:品牌|企业|公司|车企|厂商|集团)(?!领导|负责人|高管|代表|员工|职工|董事|经理|老总|主管)"
)
# A word for a firm right before a foreign name (德国企业|比泽尔): the name is the firm's.
_FIRM_BEFORE = re.compile(r"(?:企业|公司|车企|药企|厂商|制造商|生产商|集团|品牌)$")
# … and firms counted by 家 (阿里云等12家新入驻企业, 沃尔玛、巴斯夫等14家跨国公司负责人): a count of
# firms, never of people, so their heads after it and a name like a Chinese one change nothing.
_FIRMS_COUNTED_AFTER = re.compile(
    r"等[多几\d一二三四五六七八九十百]+家[^\W等]{0,12}?(?:品牌|企业|公司|车企|厂商|集团)"
)
# How transliterated town names end (-ivka, -sk, -grad, -pol, -burg): 马克耶夫卡, 库尔斯克.
_TOWN_ENDING = re.compile(r"(?:夫卡|斯克|格勒|波尔|堡)$")
_LIST_JOINS = re.compile(r"[、和及与或]|、[\u4e00-\u9fff]{2,4}、")
# Organisation words: a name ending in one stays an organisation in a list of places.
_ORG_WORD = re.compile(r"[会部局委院厅署办党社团司所校军队]$|公司$|集团$|中心$|组织$|政府$|银行$")


def _province(name: str) -> bool:
    """Whether ``name`` is a Chinese province, region or municipality the tables know."""
    from kgraph.lexicons import lexicon, normalize_key

    canonical = lexicon().aliases.get(("Place", normalize_key(name)))
    entry = lexicon().get("Place", canonical) if canonical else None
    return entry is not None and entry.kind in ("province", "autonomous_region", "municipality")


def _places_by_context(text: str, mentions: list[Mention]) -> list[Mention]:
    """A "person" the text treats as a place is a place: foreign towns the model calls people.

    A name the tables do not know as a person becomes a Place when a place word stands
    right before it (``城市汗尤尼斯``, ``首都萨那``), or when it is listed (``、``, ``和``)
    with places and no known people, and the list has more places than such names
    (``长宁、普陀、静安、黄浦``) or ends in 等地, 等多地, 等方向 (``米兰、卡塞塔等多地``), where
    unknown organisations of the list are places too (``荷台达``).
    """
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    named = [m for m in mentions if m.type in ("Person", "Organization", "Place")]
    retyped: dict[int, Mention] = {}
    by_id = {id(m): m for m in mentions}

    def free(mention: Mention) -> bool:
        return (mention.type, normalize_key(mention.text)) not in aliases and not (
            mention.type == "Organization" and (mention.owner or _ORG_WORD.search(mention.text))
        )

    def place(mention: Mention, end: int | None = None) -> None:
        retyped[id(mention)] = replace(
            mention,
            type="Place",
            end=end or mention.end,
            text=text[mention.start : end or mention.end],
        )

    countries = {m.end for m in named if m.type == "Place" and _country(m.text)}
    posts = {m.start for m in mentions if m.type == "Position"}
    post_ends = {m.end for m in mentions if m.type == "Position"}
    # 加利福尼亚州的|埃默里维尔: a foreign name after a state or province and 的 is its town
    countries |= {
        m.end + 1
        for m in named
        if m.type == "Place"
        and len(m.text) >= 3
        and m.text[-1] in "州省邦"
        and text[m.end : m.end + 1] == "的"
        and not _country(m.text)
    }
    # 顿涅茨克地区的|乌曼斯科耶: a foreign name after a region and 的 is its town
    countries |= {
        m.end + 3 for m in named if m.type == "Place" and text[m.end : m.end + 3] == "地区的"
    }
    # 亚拉巴马州|戴德维尔: a foreign name right after a state is its town (no post between)
    countries |= {
        m.end
        for m in named
        if m.type == "Place"
        and len(m.text) >= 3
        and m.text[-1] in "州邦"
        and not _country(m.text)
        and not any(  # 罗斯托夫州莫罗佐夫|斯克机场: a name cut before its ending is no town
            o.start == m.end and text[o.end : o.end + 1] in _TOWN_CHARS for o in named
        )
    }
    # 田纳西州孟菲斯、: a foreign name right after a state, then a list's comma, is its town
    states = {
        m.end
        for m in named
        if m.type == "Place"
        and len(m.text) >= 3
        and m.text[-1] in "州省邦"
        and not _country(m.text)
        and any(
            o.type == "Person" and o.start == m.end and text[o.end : o.end + 1] in ("、", "等")
            for o in named
        )
    }
    # 在贵州松桃，: a name right after a province the sentence is in, then a comma, is a county
    states |= {
        m.end
        for m in named
        if m.type == "Place"
        and text[m.start - 1 : m.start] == "在"
        and _province(m.text)
        and any(
            o.type == "Person"
            and o.start == m.end
            and len(o.text) <= 3
            and text[o.end : o.end + 1] in ("，", "、")
            for o in named
        )
    }
    countries |= states
    for mention in named:
        region = _region_after(text, mention) if mention.type == "Person" else None
        if region is not None and free(mention):
            place(mention, region)
            continue
        if (
            mention.type == "Person"
            and free(mention)
            and (
                _PLACE_CUE_BEFORE.search(text, 0, mention.start)
                or (  # 开往波兰|马拉舍维奇: a foreign name right after its country is a town
                    # (or after a state and 的)
                    mention.start in countries
                    and "·" not in mention.text
                    and (not _chinese_name(mention.text) or mention.start in states)
                    and not _PERSON_AFTER.match(text[mention.end :])
                    and mention.end not in posts  # 佛罗里达州的德桑蒂斯|州长
                )
                or (
                    len(mention.text) >= 4
                    and "·" not in mention.text
                    and _TOWN_ENDING.search(mention.text)
                )
                or ("·" not in mention.text and _PLACE_CUE_RIGHT_AFTER.match(text, mention.end))
            )
        ):
            place(mention, _region_after(text, mention, foreign=False))
        elif (
            mention.type == "Person"
            and free(mention)
            and _FIRM_BEFORE.search(text, 0, mention.start)
            and not _chinese_name(mention.text)
            and mention.end not in posts
        ):  # 德国企业|比泽尔: a foreign name right after a word for a firm is the firm's
            retyped[id(mention)] = replace(mention, type="Organization", value=mention.text)
    run: list[Mention] = []
    ending: list[Mention | None] = [*named, None]
    for item in ending:
        if item is not None and run and _LIST_JOINS.fullmatch(text, run[-1].end, item.start):
            run.append(item)
            continue
        people = [m for m in run if m.type == "Person"]
        if (
            people
            and _FIRMS_COUNTED_AFTER.match(text, run[-1].end)
            and not any(m.start in post_ends for m in people)  # 行长金立群等10家…负责人
        ):
            for m in people:
                if free(m):
                    retyped[id(m)] = replace(m, type="Organization")
        elif len(run) >= 2 and people and _BRANDS_AFTER.match(text, run[-1].end):
            # 吉利、小米、赛力斯、小鹏等品牌: names of a list of brands or firms are firms
            for m in people:  # (葛洲坝集团乔生祥、黄华平等公司领导: people stay people)
                if free(m) and not _chinese_name(m.text):
                    retyped[id(m)] = replace(m, type="Organization")
        elif len(run) >= 2 and people and all(free(m) for m in people):
            # a "person" the tables know as a place counts as one (大马士革、苏韦达、拉塔基亚、
            # 塔尔图斯: 塔尔图斯 is a town of the tables the model took for a person)
            placed = [m for m in people if _known_place(m.text)]
            places = [m for m in run if m.type == "Place"] + placed
            unknown = len(people) - len(placed)
            cue = _PLACE_CUE_AFTER.match(text, run[-1].end)
            if any(_chinese_name(m.text) for m in people) and (
                # (清莱、华欣、苏梅岛等地: a list that ends in 等地 needs as many places as names)
                (len(places) < unknown if cue else len(places) <= unknown)
                or any(text[a.end] != "、" for a in run[:-1])
            ):
                pass  # 王五和北京、上海等地: a Chinese name needs a list of places around it
            elif cue:
                for m in run:
                    if m.type != "Place" and free(m):
                        place(m, m.end + len(cue.group("rest") or "") if m is run[-1] else None)
            elif len(places) > unknown:
                for m in people:
                    place(m)
        run = [item] if item is not None else []
    if not retyped:
        return mentions
    # 帕拉斯科维耶|夫卡镇: a place taken on over the rest of its name takes the piece there
    grown = [r for key, r in retyped.items() if r.type == "Place" and r.end > by_id[key].end]
    return [
        retyped.get(id(m), m)
        for m in mentions
        if id(m) in retyped
        or not any(g.start < m.start and m.end <= g.end and m.type == "Place" for g in grown)
    ]


def _region_after(text: str, mention: Mention, foreign: bool = True) -> int | None:
    """Where the region a foreign "person" opens ends: one to three characters of a
    transliteration, then a region's kind (伊万诺-弗兰科夫|斯克州的乌军用机场: the place
    伊万诺-弗兰科夫斯克州); None when no such region follows. With ``foreign`` False, a name
    written like a Chinese one is read too (a place already: 该州刘易斯|顿市)."""
    if (foreign and _chinese_name(mention.text)) or "·" in mention.text:
        return None
    for size in (1, 2, 3):
        rest = text[mention.end : mention.end + size]
        if len(rest) < size or not all(char in _TOWN_CHARS for char in rest):
            return None
        kind = _REGION_KIND.match(text, mention.end + size)
        if kind:
            return kind.end()
    return None


# Words that qualify a body without being part of its name: 宣传好|人民代表大会, 广大|政协.
_ORG_LEAD = re.compile(r"^(?:好|广大|各级|有关|相关|全体)")
# … and after it: 民革|全党.
_ORG_TAIL = re.compile(r"(?:全党|全体|全军|全会系统|全网)$")
# An organisation's name cut at 与 (中国|物流与采购|联合会, 中国社会科学院|民族学与|人类学研究所):
# the run between a body or place and a body word, with a conjunction in it.
_JOINED_NAME_GAP = re.compile(r"[\u4e00-\u9fff]{1,6}与[\u4e00-\u9fff]{0,6}")
_BARE_GAP = re.compile(r"与[\u4e00-\u9fff]{1,6}")  # 中国物流|与采购|联合会: a bare body word
_BODY_WORD = re.compile(r"(?:联合会|协会|学会|研究所|研究院|研究中心|委员会|商会|联盟)$")
# A model or craft number after a name: 伊尔—86, 神舟十八号: a product, not a body or a place.
# After a person's name, what makes it the name of a thing: a prize, a ship, a cup.
_NAMED_THING = re.compile(
    # a ship named after a person with a title (“伊丽莎白女王”号, “戈尔什科夫海军元帅”号)
    r"(?:女王|国王|王子|海军元帅|元帅|将军|总统)[”\"」』]号"
    r"|[”\"」』]?(?:号(?![召称令])|奖(?![励惩赏])|杯|舰(?!队)|级(?!别)"
    # a prize of a field (诺贝尔经济学奖, 诺贝尔和平奖)
    r"|(?:经济|物理|化|医|生理学或医|数|文)学奖|和平奖"
    r"|(?:太空|天文|射电)?望远镜|(?:洲际|巡航|弹道|战术)?导弹|(?:运载)?火箭|波段|(?:探针)?卫星|飞船"
    r"|战机|战斗机"
    r"|(?:主战)?坦克|步兵战车|装甲车|(?:发射)?装置|航母|潜艇|无人机|客机|(?:多管)?火箭炮|榴弹炮|高铁|铁路|高速公路"
    # a volcano, a temple, a shop, a disease (伊布火山, 帕特农神庙, 易初莲花超市, 埃博拉出血热)
    r"|火山|神庙|超市|出血热|病毒|高速(?!发展|增长|运转|运行|移动|行驶)|武装(?!部队)"
    # a craft's number (探月工程嫦娥六号: 程嫦娥 is a cut), a laboratory or a school named after
    # someone (嘉庚创新实验室, 粟裕希望小学), a games' organising committee (杭州亚组委)
    r"|[一二三四五六七八九十]{1,3}号(?![召称令])|(?:创新|重点|联合|国家)?实验室|希望小学|组委"
    r"|大队(?!长))"
)
# … and before it: a storm is named like a person (台风“普拉桑”, 飓风“米尔顿”), so are a fire
# and a mascot (林火“帕克”, 吉祥物“蓉宝”).
_NAMED_THING_BEFORE = re.compile(r"(?:台风|飓风|风暴|热带气旋|林火|山火|野火|吉祥物)[“\"「『]?$")
# What a name in quotes is, said right after the quote (“威拉德”快艇, “帕拉丁”自行火炮,
# 名为“帕克”的林火, “萨尔马特”洲际战略弹道导弹), or what it does (“杜苏芮”已减弱为强热带风暴,
# “伊恩”在佛州登陆): a thing, a fire or a storm, no person.
_QUOTED_THING = re.compile(
    r"[”\"」』](?:的?(?:林火|山火|野火)|快艇|舰艇|(?:自行|牵引)?(?:火炮|榴弹炮)|(?:反导|防空|导弹)系统"
    r"|(?:洲际|巡航|弹道|战术|战略|反舰|防空|高超音速|超音速|地对空|空对地){1,3}导弹"
    r"|(?:已|再次|逐渐|随后)?(?:(?:减弱|增强|加强|升级)为|强度(?:减弱|增强|加强)"
    r"|(?:在[\u4e00-\u9fff]{1,8}?)?登陆))"
)
# … and a list of roads by their short names (乌玛、连霍等高速公路, 京港澳和沪昆等高速).
_ROADS_LISTED = re.compile(
    r"(?:[、和及与][\u4e00-\u9fff]{1,6}?)*等(?:多条|[\d一二三四五六七八九十]+条)?"
    r"(?:高速公路|高速(?!发展|增长)|高铁|铁路|公路|国道|省道)"
)
_MODEL_AFTER = re.compile(r"[—\-－][0-9０-９]+")
_CRAFT = re.compile(r"[一二三四五六七八九十百零〇0-9０-９]+号$")


def _repair_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Organisations and places the model cut or ran on, mended from their own words.

    * a body word after ``X与Y`` joins the body or place before it (中国物流与采购联合会);
    * a leading qualifier or a trailing 全党 goes (宣传好|人民代表大会, 民革|全党);
    * a party cut before 党 takes it back (共和|党籍 -> 共和党);
    * a place that no table knows, run into a province, state or city after it, is one with it
      (不列颠|哥伦比亚省);
    * an organisation or place followed by a model number (伊尔—86) or made of one (神舟十八号)
      is a craft: no mention.
    """
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases

    def known(kind: str, name: str) -> bool:
        return (kind, normalize_key(name)) in aliases

    flats = sorted((m for m in mentions if m.type not in CONTAINER_TYPES), key=lambda m: m.start)
    others = [m for m in mentions if m.type in CONTAINER_TYPES]
    out: list[Mention] = []
    for mention in flats:
        kind, start, end = mention.type, mention.start, mention.end
        if kind not in ("Organization", "Place") or mention.owner or mention.value:
            out.append(mention)
            continue
        name = text[start:end]
        if _MODEL_AFTER.match(text, end) or _CRAFT.search(name):
            continue
        previous = out[-1] if out else None
        body_cut_at_and = (
            kind == "Organization"
            and previous is not None
            and previous.type in ("Organization", "Place")
            and _BODY_WORD.search(name)
            and (
                _JOINED_NAME_GAP.fullmatch(text, previous.end, start)
                or (_BODY_WORD.fullmatch(name) and _BARE_GAP.fullmatch(text, previous.end, start))
            )
        )
        place_cut_before_level = (
            kind == "Place"
            and previous is not None
            and previous.type == "Place"
            and previous.end == start
            and not previous.value
            and len(previous.text) >= 2
            and not known("Place", previous.text)
            and not known("Place", name)
            and not _ADMIN_LEVEL.fullmatch(previous.text)
            and name[-1] in "省州市县区邦"
        )
        if previous is not None and (body_cut_at_and or place_cut_before_level):
            out.pop()
            start = previous.start
        name = text[start:end]
        if kind == "Organization" and not known(kind, name):
            lead = _ORG_LEAD.match(name)
            if lead and len(name) - lead.end() >= 2:
                start += lead.end()
            tail = _ORG_TAIL.search(text, start, end)
            if tail and (
                tail.start() - start >= 2 or (tail.group() == "夫妇" and tail.start() > start)
            ):  # 敦|夫妇: a one-character name is no node, and never with 夫妇 glued on
                end = tail.start()
            if (
                end - start >= 3
                and text[end - 1] == "会"
                and text[end : end + 1] in ("同", "商", "签")
                and known(kind, text[start : end - 1])
            ):  # 国家发展改革委|会同: the body, then the verb 会同 (jointly with)
                end -= 1
            if (
                end - start <= 3
                and text[end : end + 1] == "党"
                and text[end + 1 : end + 2] not in ("委", "组", "支", "员", "的", "和", "")
            ):
                end += 1
        if (start, end) == (mention.start, mention.end):
            out.append(mention)
        else:
            out.append(replace(mention, start=start, end=end, text=text[start:end]))
    return sorted(out + others, key=in_text_order)


_MISSION = re.compile(r"(?:大使馆|使馆|总领事馆|领事馆|总领馆|代表处|办事处)$")


def _embassies(text: str, mentions: list[Mention]) -> list[Mention]:
    """An embassy is an organisation, of the country before 驻: 伊朗驻沙特大使馆.

    A "place" ending in 大使馆, 领事馆… is the mission; when the text has ``X驻`` right
    before it and X is a place or organisation, the mission is X's (one mention).
    """
    out: list[Mention] = []
    for mention in mentions:
        if mention.type != "Place" or not _MISSION.search(mention.text):
            out.append(mention)
            continue
        start = mention.start
        if start >= 1 and text[start - 1] == "驻" and out:
            last = out[-1]
            if last.end == start - 1 and last.type in ("Place", "Organization"):
                out.pop()
                start = last.start
        out.append(
            replace(mention, type="Organization", start=start, text=text[start : mention.end])
        )
    return out


# 中国常驻联合国代表, 中国驻世贸组织副代表: a country's envoy to a body (not 代表团, the mission)
_ENVOY_TO_BODY = re.compile(r"(?:副|特别)?代表(?![团处室会])")


# A country's envoys to another: 美国驻华大使, 中国驻大阪总领事
_ENVOY_TITLES = frozenset(
    {"大使", "副大使", "特命全权大使", "总领事", "副总领事", "领事", "公使", "副公使", "参赞",
     "副参赞", "武官", "代办", "副代办", "临时代办"}
)  # fmt: skip
# Who is new to a post, no part of its name: 突尼斯新任驻叙利亚|大使
NEW_TO_THE_POST = re.compile(r"新任|首任|首位|现任")
# 驻, after what tells which envoy: 中国前驻美, 突尼斯新任驻叙利亚, 叙利亚首位驻沙特
ENVOY_LINK = re.compile(rf"[前原]?(?:{NEW_TO_THE_POST.pattern})?常?驻")


def _permanent_representatives(text: str, mentions: list[Mention]) -> list[Mention]:
    """``中国常驻联合国代表张军``: the country, 常驻 (or 驻), the body and 代表 are one post,
    代表 titled by all before it (代表 alone is no title: 人大代表, 代表中方)."""
    added = []
    for place, body in pairwise(mentions):
        link = text[place.end : body.start]
        title = _ENVOY_TO_BODY.match(text, body.end)
        if (
            place.type == "Place"
            and body.type == "Organization"
            and link in ("常驻", "驻")
            and title is not None
            and not any(m.start < title.end() and title.start() < m.end for m in mentions)
        ):
            owner = place.text + link + body.text
            added.append(
                Mention(
                    title.start(), title.end(), "Position", title.group(),
                    value=owner + title.group(), source="rules", owner=owner,
                )
            )  # fmt: skip
    return sorted(mentions + added, key=in_text_order) if added else mentions


def _envoys(text: str, mentions: list[Mention]) -> list[Mention]:
    """An envoy's post is named by the countries before it, ``X驻Y`` (``美国驻华大使``,
    ``突尼斯新任驻叙利亚大使``, ``中国前驻美大使``; Y alone in ``召回驻西班牙大使``): not
    大使, which every ambassador would share, nor 东盟大使 of 驻东盟大使. Also where the tagger
    read the sender, 驻 and the host as one body (``美国驻洪都拉斯|大使``)."""
    out: list[Mention] = []
    for post in mentions:
        host = out[-1] if out else None
        if (
            post.type != "Position"
            or post.text not in _ENVOY_TITLES
            or host is None
            or host.end != post.start
            or host.type not in ("Place", "Organization")
            # (驻东盟|大使: the host the post extractor took for the owner)
            or post.owner not in (None, host.text)
        ):
            out.append(post)
            continue
        sender = out[-2] if len(out) > 1 else None
        if host.type == "Organization" and "驻" in host.text[1:-1]:
            owner = host.text
        elif (
            sender is not None
            and sender.type in ("Place", "Organization")
            and ENVOY_LINK.fullmatch(text, sender.end, host.start)
        ):
            # (突尼斯新任驻叙利亚|大使: the post is 突尼斯驻叙利亚大使, whoever is new to it)
            link = NEW_TO_THE_POST.sub("", text[sender.end : host.start])
            owner = text[sender.start : sender.end] + link + host.text
        elif text[host.start - 1 : host.start] == "驻":
            # (俄驻美大使: a country's one character the tagger left)
            one = host.start - 2
            owner = text[one if one >= 0 and _country(text[one]) else one + 1 : host.end]
        else:
            out.append(post)
            continue
        if text.startswith("馆", post.end):
            # (缩小俄罗斯驻爱沙尼亚大使馆规模: the mission, a body, not the post; its countries
            # are in its name)
            start = post.end - len(owner + post.text)
            out = [m for m in out if not start <= m.start < post.start]
            out.append(
                Mention(start, post.end + 1, "Organization", text[start : post.end + 1],
                        source="rules")
            )  # fmt: skip
            continue
        out.append(replace(post, owner=owner, value=owner + post.text))
    return out


def _leaders_envoys(mentions: list[Mention]) -> list[Mention]:
    """``俄罗斯总统特使马尔格洛夫``, ``被任命为…总统特别代表``: a leader's envoy is one post,
    the leader's title and the envoy's, not the leader's title (the envoy is no president).
    Not after the leader's name (``习近平主席特使``: 习近平 holds 主席)."""
    from kgraph.extract.relations import ENVOY_TITLES

    out: list[Mention] = []
    for post in mentions:
        leader = out[-1] if out else None
        named = out[-2] if len(out) > 1 else None
        if (
            post.type == "Position"
            and post.text in ENVOY_TITLES
            and leader is not None
            and leader.type == "Position"
            and leader.end == post.start
            and not (named is not None and named.type == "Person" and named.end == leader.start)
        ):
            out[-1] = replace(
                leader,
                end=post.end,
                text=leader.text + post.text,
                value=(leader.value or leader.text) + post.text,
            )
            continue
        out.append(post)
    return out


_SERVICES = ("海军", "陆军", "空军")


def _names_before_ranks(text: str, mentions: list[Mention]) -> list[Mention]:
    """``…舰队司令巴克海军少将``: the tagger's body ``巴克海军`` between a post and a rank is the
    post holder's name, then the service of his rank."""
    out = list(mentions)
    for index in range(1, len(out) - 1):
        before, body, rank = out[index - 1], out[index], out[index + 1]
        name = body.text[:-2]
        if (
            body.type == "Organization"
            and body.text.endswith(_SERVICES)
            and 2 <= len(name) <= 4
            and before.type == "Position"
            and before.end == body.start
            and rank.type == "Position"
            and rank.start == body.end
            and titles().labels.get(rank.text, ("", ""))[1] == "rank"
        ):
            out[index] = Mention(body.start, body.end - 2, "Person", name, source="rules")
    return out


def _ministers_by_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """``梅尔克特部长这次访华``: the tagger's body ``梅尔克特部`` is a foreign name and the title
    部长 after it (a transliteration names no ministry; 外交部 and 国防部 are words)."""
    out = []
    for m in mentions:
        # (the tagger's body ends on 部, a post of the positions' grammar on 部长)
        body = m.text + text[m.end : m.end + 1] if m.type == "Organization" else m.text
        stem = body[:-2]
        if (
            m.type in ("Organization", "Position")
            and body.endswith("部长")
            and len(stem) >= 2
            and all(char in _TRANSLITERATION for char in stem)
            and _lexicon_type(stem) in (None, "Person")
        ):
            title = m.start + len(stem)
            out.append(Mention(m.start, title, "Person", stem, source="rules"))
            out.append(Mention(title, title + 2, "Position", "部长", source="rules"))
        else:
            out.append(m)
    return out


# Characters of transliterated names (阿, 维, 索, 雷 …): what the tagger may leave after one.
_TRANSLITERATION = frozenset(
    "阿埃艾奥欧乌伊尼娜纳诺努内妮尔德特达多杜迪蒂托塔泰斯丝萨桑索苏希谢舍沙卡克科库基吉加嘉"
    "格戈古贡哈赫霍胡惠拉兰朗劳勒雷蕾里莉利琳卢鲁罗洛略伦玛曼梅蒙米莫穆姆默帕佩皮普彼波珀"
    "奇齐契切乔琼韦维威沃瓦温翁雅亚扬耶约泽扎茨兹宾贝比布巴拜邦鲍佐祖旺莱"
)


def _transliteration_after(text: str, end: int, taken: bytearray, most: int = 2) -> int:
    """Where a foreign name the tagger cut at ``end`` really ends: one or two free characters
    of transliterations that begin no word, then a comma, a particle or a word (卡托尼|韦雷、,
    塔夫拉|达当天); ``end`` when there are none."""
    words = _dictionary_words()
    for size in (2, 1)[2 - most :]:
        stop = end + size
        if stop > len(text) or any(taken[end:stop]):
            continue
        piece = text[end:stop]
        if not all(char in _TRANSLITERATION for char in piece):
            continue
        if any(text[end : end + n] in words for n in (2, 3, 4) if end + n <= len(text)):
            continue
        if stop == len(text) or text[stop] in _NAME_BOUNDARY or text[stop] in _ONE_AFTER_NAME:
            return stop
        if any(text[stop : stop + n] in words for n in (2, 3, 4) if stop + n <= len(text)):
            return stop
    return end


# Adverbs a name's last character may open: 尼吉特|地拿出 (特地), 某某亲|自; and prepositions
# (程耳凭|借影片《无名》获得最佳导演).
_ADVERB_AFTER_NAME = re.compile(
    r"特地|特意|亲自|随即|立即|专程|已经|曾经|凭借|借助|依靠|率先|首次|再次|一直|同时"
    # and verbs of winning (汪顺摘|得铜牌)
    r"|摘得|夺得|赢得"
)


def _inside_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a longer 《…》 title (《骆驼祥子》)."""
    left = text.rfind("《", 0, start)
    if left < 0 or text.find("》", left, start) >= 0:
        return False
    right = text.find("》", end)
    return right >= 0 and text.find("《", end, right) < 0 and (left + 1, right) != (start, end)


def _chinese_name(name: str) -> bool:
    from kgraph.extract.crf import SURNAMES

    return (2 <= len(name) <= 3 and name[0] in SURNAMES) or (
        len(name) == 4 and name[:2] in SURNAMES
    )


def _owners_in_place(text: str, mentions: list[Mention]) -> list[Mention]:
    """A post's owner is the organisation or place that ends right before it, as merged.

    The post grammar guesses the owner from the run of text before the title; the merge
    may give that run to other entities. The owner becomes the organisations and places
    that end right at the post (``中华全国台湾同胞联谊会`` for ``胞联谊会副会长``,
    ``巴尔的摩市`` for ``摩市市长``, ``日本央行`` for ``央行行长``), and the post has none
    when a person's name or a gap sits there (``拜登|总统``, ``共和|党籍得州州长``).
    """
    out = list(mentions)
    flats = [m for m in mentions if m.type not in CONTAINER_TYPES]
    for index, post in enumerate(out):
        if post.type != "Position" or not post.owner:
            continue
        owner_start = post.start - len(post.owner)
        before = [m for m in flats if m.end > owner_start and m.start < post.start]
        if not before:
            continue
        owner = ""
        end = post.start
        for flat in sorted(before, key=lambda m: -m.end):
            # 中华人民共和国驻南非共和国 | 特命全权大使: the mission's country, 驻, the host
            # 美国前 | 总统, 印尼当选 | 总统: the mark of a post once or not yet held
            gap = text[flat.end : end]
            link = gap if (owner and gap == "驻") or (not owner and gap in STATUS_MARKS) else ""
            if flat.end != end - len(link) or flat.type not in ("Organization", "Place"):
                break
            owner, end = flat.text + link + owner, flat.start
        if owner == post.owner:
            continue
        if owner:
            out[index] = replace(post, owner=owner, value=owner + post.text)
        else:
            out[index] = replace(post, owner=None, value=None)
    return out


# Groups addressed as 同志 (全党同志, 各位同志), not names.
_COLLECTIVES = frozenset({"全党", "全体", "各位", "广大", "老", "有关", "同行", "党员", "领导"})
# A name that opens its clause and is followed by 同志: 信长星同志任…
_COMRADE = re.compile(r"(?:^|(?<=[：:，,；;。、\s]))([\u4e00-\u9fff]{2,3})(?=同志)")
# The name a career note opens with: 石红艳，女，| 高勇：男，| 仝凤广先生，
_NOTE_OPENER = re.compile(
    r"(?:^|(?<=[\n。；;]))[ \t]*([\u4e00-\u9fff]{2,3})"
    r"(?=[，,：:][ \t]*[男女][，,。；;\s]|(?:先生|女士)[，,：:])"
)
# A married woman's name of Hong Kong after a title (陈方安生于…), and what may end a
# three-character name right before the word after it (张明华|说)
_MARRIED_NAME = re.compile(
    r"(\w)(\w)[\u4e00-\u9fff]{2}(?=于|在|表示|说|指出|强调|出席|会见|[，,、。])"
)
_AFTER_A_NAME = frozenset("说称在于等和与及也都是为将已又还曾")
# Between a name and its verb: 辛格分别致辞, 王五等出席.
# (主席沙理士宣布辞去…, 总统X今天宣布任命…: the day and the announcing verb before the cue)
_NAME_TO_VERB = re.compile(
    r"(?:分别|等人?|也|均|都|同志|先生|女士)?(?:今天|昨天|当天|日前|近日)?(?:宣布)?"
)
# 听取了…副主任委员骆源作的关于…的报告: the one who made the report heard
_MADE_THE_REPORT = "作的"


def _names_after_posts(text: str, mentions: list[Mention]) -> list[Mention]:
    """``代理主席辛格分别致辞``, ``信长星同志任``: names the CRF missed where the text vouches.

    Only where the run after the post starts like a name (a surname, or a
    transliteration's middle dot) and is followed by an event cue (致辞, 出席,
    会见): the verb vouches that the run is its subject.
    """
    from kgraph.extract.crf import SURNAMES
    from kgraph.extract.frames import event_cues
    from kgraph.extract.positions import names_after_title, titles

    taken = bytearray(len(text))
    for mention in mentions:
        taken[mention.start : mention.end] = b"\1" * (mention.end - mention.start)
    added = []
    for found in (*_COMRADE.finditer(text), *_NOTE_OPENER.finditer(text)):
        # 信长星同志任…: a name standing alone before 同志 is a person; so is the name of
        # 石红艳，女，… (a career note's subject)
        start, end = found.span(1)
        name = found.group(1)
        if (
            not any(taken[start:end])
            and (name[0] in SURNAMES or name[:2] in SURNAMES)
            and name not in _COLLECTIVES
        ):
            added.append(Mention(start, end, "Person", name, source="rules"))
            taken[start:end] = b"\1" * (end - start)
    post_ends = {m.end for m in mentions if m.type == "Position"}
    titled = [m for m in mentions if m.type == "Person" and m.start in post_ends]
    for mention in mentions:
        if mention.type != "Position" or mention.end >= len(text) or taken[mention.end]:
            continue
        if titles().occupation(mention.text):
            continue  # (俄罗斯经济学家已多次指出: a job's word is said of many, names the tagger's)
        foreign = _foreign_name_after(text, mentions, mention, taken)
        if foreign:
            # 欢迎埃塞俄比亚总理阿比对我国进行正式访问: a foreign post's holder, a short
            # transliteration the tagger left, ended by a preposition or a list's mark
            added.append(Mention(mention.end, foreign, "Person", text[mention.end : foreign]))
            continue
        spans = names_after_title(text, mention.end)
        if not spans:
            continue
        start, end = spans[0]
        married = _MARRIED_NAME.match(text, start)
        if (
            married is not None
            and married.group(1) in SURNAMES
            and married.group(2) in SURNAMES
            and married.group()[3] not in _AFTER_A_NAME  # (张明华|说: a three-character name)
            and not any(taken[start : married.end()])
        ):
            # 政务司司长陈方安生于…: a married woman's name of Hong Kong, her husband's surname
            # before her own (范徐丽泰, 叶刘淑仪)
            added.append(Mention(start, married.end(), "Person", married.group(), source="rules"))
            continue
        if any(taken[start:end]):
            continue
        name = text[start:end]
        if "·" not in name and name[0] not in SURNAMES and name[:2] not in SURNAMES:
            continue
        if _adverb(name):
            continue  # (主席成功地访问美国, 总统高兴地说: how the holder acts, not a name)
        verb = _NAME_TO_VERB.match(text, end)  # always matches: every part is optional
        if (
            (verb is not None and event_cues().pattern.match(text, verb.end()))
            or (len(name) in (2, 3) and _between_titled_names(text, titled, mention, end))
            # (骆源|所作的: the tagger's span may take 所; then no name is vouched for)
            or (len(name) in (2, 3) and name[-1] != "所" and text.startswith(_MADE_THE_REPORT, end))
        ):
            added.append(Mention(start, end, "Person", name, source="rules"))
    if not added:
        return mentions
    return sorted(mentions + added, key=in_text_order)


def _between_titled_names(text: str, titled: list[Mention], post: Mention, end: int) -> bool:
    """``联想集团副总裁李勤、中科院副院长严义埙、科利华集团总裁宋朝弟等``: a run after a post,
    in a list of 、 whose item before or after it is a name the tagger found after a post
    (``titled``), is a name too."""
    if text[end : end + 1] not in ("、", "等"):
        return False
    for m in titled:
        before = post.start - m.end
        if 0 < before <= _LIST_ITEM_REACH and text[m.end] == "、":
            return True  # (…李勤、中科院副院长|严义埙)
        if text[end : end + 1] == "、" and 0 < m.start - end <= _LIST_ITEM_REACH:
            return True
    return False


_LIST_ITEM_REACH = 16  # how far the next titled name of a list may be: a body's name and a post


def _adverb(name: str) -> bool:
    """``成功地``, ``高兴地``: a common word made an adverb by 地, not a name."""
    return name.endswith("地") and _dictionary_words().get(name[:-1], 0) >= _COMMON_WORD


# What ends a foreign name right after its holder's post: a preposition, an adverb of time, a
# list's mark (总理阿比对我国…, 总统拉马福萨在…, 总统乔科、总理…)
_AFTER_FOREIGN_NAME = frozenset("对在于将等、，,。和与同及也")


def _foreign_name_after(
    text: str, mentions: list[Mention], post: Mention, taken: bytearray
) -> int | None:
    """Where the short foreign name right after a foreign country's post ends (2-6
    characters of transliterations, then what ends a name: 塞舌尔总统拉姆卡拉旺，), or None."""
    if not any(m.type == "Place" and m.end == post.start and _country(m.text) for m in mentions):
        return None
    for size in range(2, 7):
        stop = post.end + size
        if stop >= len(text) or any(taken[post.end : stop]):
            return None
        if not all(char in _TRANSLITERATION for char in text[post.end : stop]):
            return None
        if text[stop] in _AFTER_FOREIGN_NAME:
            return stop
    return None


# One administrative level of an address: 河南省, 漯河市, 源汇区, 双龙街道.
_ADMIN_LEVEL = re.compile(
    r".+?(?:特别行政区|自治区|自治州|自治县|自治旗|街道|地区|省|市|区|县|旗|盟|州|镇|乡)"
)


# Military commands named like areas: organisations (天津警备区, 北京卫戍区, 某军分区)
_MILITARY_COMMANDS = ("警备区", "卫戍区", "军分区")
# Facilities: places (as the gazetteer's venues are), even when the model calls them bodies.
_FACILITY_END = re.compile(
    r"(?:核电站|水电站|电站|大坝|水库|水利枢纽|大桥|隧道|机场|码头|火车站|高铁站|体育场|体育馆|广场"
    r"|油田|气田|煤矿|公园|景区|会议厅|礼堂|(?<=[\u4e00-\u9fff]{2})[东南西北]站|客运站|汽车站"
    # hotels and guesthouses, old academies and stations, named as where things happen
    # (位于西湖国宾馆丁家山南麓, 在岳麓书院，凝望…, 驶出德卡鲁尔车站)
    r"|宾馆|饭店|酒店|书院|车站|港站)$"
)
# Gatherings and ideas named like bodies: 纳什维尔民众集会, 柬中命运共同体.
_NOT_A_BODY_END = re.compile(
    r"(?:集会|游行|论坛|峰会|博览会|展览会|运动会|研讨会|座谈会|招待会|发布会|音乐会|命运共同体)$"
)
# After a body's name, what makes the phrase a system or a craft: 人民代表大会制度, 福建舰.
_BODY_THING_AFTER = re.compile(r"[”\"」』]?(?:制度|体制|舰|空间站|飞船|卫星|航母)")
# A body's last 协 that opens a word after it (中塞自由贸易协|定, 香港园区协|同发展): no body.
_XIE_WORD = re.compile(r"[定同议调作商]")
_XIE_BODIES = frozenset(["政协", "科协", "作协", "侨协", "记协", "文协", "美协", "书协", "剧协"])
# After a place's name, what makes it a people or an armed group: 库尔德武装, 库尔德族.
_PEOPLE_AFTER = re.compile(r"武装|族")


# Generic words that, after a place's name, make an institution or a venue of it (not a
# place run into a word, as 宝鸡|河道 is): 西藏图书馆 is a library, 天安门广场 a square.
_INSTITUTIONS = frozenset({"博物馆", "图书馆", "纪念馆", "美术馆", "科技馆"})
_VENUES = frozenset({"广场"})


# Prepositions (and 中 of 其中) a short form may follow though they make a word with its first
# character: 向|东盟, 以|东盟为中心, 其中|东盟参展企业.
_BEFORE_SHORT_FORM = frozenset("向以在从对与和同其于为把被给让往朝中")
# A language in a list of languages (阿拉伯文、葡萄牙文、德文、斯瓦希里文…版): 文 and the list.
_LANGUAGE_BEFORE = re.compile(r"文[、和及与]$")
_LANGUAGE_AFTER = re.compile(r"[、和及与][\u4e00-\u9fff]{1,6}?文|版")
# A section of a route before it (龙龙高铁|梅龙段): the section, no person.
_ROUTE_BEFORE = re.compile(r"(?:高铁|铁路|高速|公路|城际|[线路])$")


def _language_of_list(text: str, m: Mention) -> bool:
    """葡萄牙文、德文、斯瓦希里文…版: a name ending in 文 in a list of languages is a language."""
    return (
        m.text[-1:] == "文"
        and len(m.text) >= 2
        and bool(_LANGUAGE_BEFORE.search(text, 0, m.start) or _LANGUAGE_AFTER.match(text, m.end))
    )


def _words_round_name(text: str, m: Mention) -> bool:
    """A "person" the words round it show is no one: a language of a list (``德文、斯瓦希里文``),
    a craft (``祝融号``) or a people (``塔吉克|族``), a route's section (``龙龙高铁梅龙段``), a
    known place before a numeral (``哈密十|三间房``),
    or one that a word of jieba's dictionary of four or more characters, no name of the training
    corpora, runs into from the left (``五|谷丰登``)."""
    from kgraph.lexicons import lexicon, normalize_key

    name = m.text
    if text[m.start : m.end] != name or len(name) < 2 or "·" in name:
        return False
    if _language_of_list(text, m):
        return True
    if name[-1] == "号" or text[m.end : m.end + 1] == "族":
        return True  # 天问一号携带祝融号: a craft; （塔吉克族）: a people
    if name[-1] == "段" and _ROUTE_BEFORE.search(text, 0, m.start):
        return True
    aliases = lexicon().aliases
    if name[-1] in "一二三四五六七八九十" and ("Place", normalize_key(name[:-1])) in aliases:
        return True
    if ("Person", normalize_key(name)) in aliases or not _CJK_NAME.fullmatch(name):
        return False
    found, names = _dictionary(), _dictionary_names()
    for start in range(max(0, m.start - 2), m.start):
        for end in range(m.end, min(len(text), m.end + 2) + 1):
            word = text[start:end]
            if end - start >= 4 and word in found and word not in names:
                return True  # 五|谷丰登: the name's first character closes a word of an idiom
    return False


def _named_things(text: str, mentions: list[Mention]) -> list[Mention]:
    """What the graph should not take for a person, a body or a place, though corpora do.

    The annotated corpora keep 尤伯 of 尤伯杯 a person, so these apply to documents only:

    * a person's name that names a prize, a cup or a ship (诺贝尔奖, “西奥多·罗斯福”号) or a
      storm (台风“普拉桑”) is no person, a body or place before 舰, 空间站 (福建舰,
      “天宫”空间站) or 制度 (人民代表大会制度) none, nor a place before 武装 or 族
      (库尔德武装: a people);
    * a facility is a place (卡霍夫卡水电站), a gathering or an idea no organisation
      (民众集会, 命运共同体);
    * a name with half a bracket (新疆双口岸通行中欧（中亚) is a cut through a headline, a body
      whose last 协 opens the word after it (中塞自由贸易协|定) a cut through a word;
    * a known place run into a generic word (宝鸡河道) is the place.
    """
    from kgraph.lexicons import lexicon, normalize_key
    from kgraph.resolve import generic_names

    aliases = lexicon().aliases
    out: list[Mention] = []
    for m in mentions:
        if m.type == "Person" and (
            _NAMED_THING.match(text, m.end)
            or _ROADS_LISTED.match(text, m.end)
            or _NAMED_THING_BEFORE.search(text, 0, m.start)
            or _words_round_name(text, m)
        ):
            continue
        if m.type == "Place" and not m.value and _language_of_list(text, m):
            continue  # 葡萄牙文、德文: languages, no place
        if (
            m.type == "Place"
            and text[m.end : m.end + 1] == "部"
            and m.text + "部" in generic_names()
        ):
            continue  # 我国中东|部, 贵州西北|部: a side of a place, not 中东 (the Middle East)
        if (
            m.type == "Organization"
            and m.value
            and len(m.text) <= 3
            and text[m.start - 1 : m.start] not in _BEFORE_SHORT_FORM
            and _dictionary_words().get(text[m.start - 1 : m.start + 1], 0) >= _OPENED_WORD
        ):
            continue  # 全|国新办涉税, 人民城市人民|建: a known short form begun inside a word
        if m.type not in ("Organization", "Place") or m.value or m.owner:
            out.append(m)
            continue
        name = m.text
        if (
            _BODY_THING_AFTER.match(text, m.end)
            or (
                m.type == "Organization"
                and name.endswith("协")
                and _XIE_WORD.match(text, m.end)
                and name[-2:] not in _XIE_BODIES  # 政协|同…: the body, then 同
                and ("Organization", normalize_key(name)) not in aliases
            )
            or name.count("（") != name.count("）")
            or name.count("(") != name.count(")")
            or (m.type == "Organization" and _NOT_A_BODY_END.search(name))
            or (m.type == "Place" and _PEOPLE_AFTER.match(text, m.end))
        ):
            continue
        if (
            m.type == "Organization"
            and _FACILITY_END.search(name)
            and not any(
                ("Organization", normalize_key(name[:i])) in aliases for i in range(2, len(name))
            )
        ):  # 中国石油长庆油田 is a company's branch
            out.append(replace(m, type="Place"))
            continue
        if m.type == "Place" and name.endswith(_MILITARY_COMMANDS):
            out.append(replace(m, type="Organization"))  # 天津警备区: a command, not an area
            continue
        cut = next(
            (
                i
                for i in range(len(name) - 1, 1, -1)
                if name[i:] in generic_names() and ("Place", normalize_key(name[:i])) in aliases
            ),
            None,
        )
        if m.type == "Place" and cut is not None and name[cut:] in _INSTITUTIONS:
            out.append(replace(m, type="Organization"))  # 西藏图书馆: an institution
            continue
        if m.type == "Place" and cut is not None and name[cut:] not in _VENUES:
            out.append(replace(m, end=m.start + cut, text=name[:cut]))
            continue
        out.append(m)
    return out


# ----------------------------------------------------------------- names mended for the graph

# A gathering, a show or a congress named like a body is an event, not an organisation:
# 中国网络视听大会, 古埃及文明大展, 十五大, 九三学社十二大, 二十届三中全会. The people's congresses
# (全国人民代表大会) and the UN General Assembly are bodies, as is every name the tables know.
_EVENT_END = re.compile(
    r"(?:(?<!人民代表)(?<!联合国)大会|(?<!政治协商)(?<!部长)会议|全会|年会|论坛|峰会|博览会|展览会?"
    r"|交易会|洽谈会|推介会|大展|特展|文明展|艺术展|会展|展会|(?<![发进拓开扩])展|(?<![环季调关细礼章])节"
    r"|大赛|锦标赛|运动会|嘉年华|文博会|长街宴|地震|庙会|灯会"
    # games by their short names: 亚运会, 全运会, 大运会, 冬奥会, 残奥会, 青奥会 (not 奥委会)
    r"|运会|奥会|世大运"
    r"|宣介会|协商会|宣讲会|报告会|恳谈会|对接会|说明会|见面会|茶话会|联欢会|团拜会)$"
)
# … and a body the model cut from the event it names (中国网络|视听大会): the run after it.
# … or from a report's title (中国网络|视听发展研究报告).
_EVENT_AFTER = re.compile(
    r"[^\W开行办加席的在和与将于等召]{0,4}?"
    r"(?:大会|会议|论坛|峰会|博览会|展览会|交易会|大展|特展|电影节|艺术节|文化节)"
    r"|[^\W的了在和与及]{0,8}?(?:研究报告|发展报告|白皮书|蓝皮书)"
)
# Words before a kind of body that name no one body: 上级法院, 驻外使馆, 各级党委, 某集团军.
_ORG_NO_OWNER = re.compile(
    r"^(?:上级|下级|各级|基层|驻外|驻多国|驻各国|驻当地|多国|多家|各地|各国|外国|境外|国外|海外|地方"
    r"|新一届|本届|上届|历届|新一任)"
    r"|某"
    # one body of a kind, or the bodies of two countries, none named (两国政府委员会)
    r"|^(?:一家|一所|一个|这家|那家|该|[两三四五六七八九十]国)"
)
# Verbs after a place that end a "name" the model ran on (吉林长春|组织, 广东|加快方舱医院).
_VERB_AFTER_PLACE = re.compile(
    r"组织|加快|开展|推进|举办|召开|实施|启动|加强|部署|发布|出台|印发|建成|打造|增派|派遣|派出"
)


def _place_then_verb(name: str) -> bool:
    """吉林长春|组织, 广东|加快方舱医院: known places, then a verb (中国|民间组织 is a name)."""
    at = 0
    while True:
        step = next((i for i in range(len(name) - 1, at + 1, -1) if _known_place(name[at:i])), None)
        if step is None:
            break
        at = step
    return at > 0 and bool(_VERB_AFTER_PLACE.match(name, at))


# What makes a name a kind of body or a set of bodies: 联合国机构, 民政系统.
_ORG_KIND_END = re.compile(r"(?:单位|系统|雷达站?|设施|基地|基站)$")
# A format or a generation of a technology (4K, 5G): no body.
_FORMAT = re.compile(r"[0-9]+[A-Za-z]")
# A numbered congress (十五大, 民革十四大, 二十大): an event, whatever the model typed it.
_CONGRESS = re.compile(r"[一二三四五六七八九十]+大$")
# Things with a model, a maker or a craft's name: 天舟五号货运飞船, 美制陆军|战术导弹.
_CRAFT_END = re.compile(r"(?:飞船|卫星|火箭|导弹|战机|航母|空间站|舰)$")
_THING_AFTER_BODY = re.compile(r"(?:战术)?导弹|战机|坦克|装甲车|雷达|火炮|榴弹炮")
# A bare unit after 和 or 与 inside a longer name: 难民救济和|工程处, 货币与|资本市场部.
_BARE_UNIT = re.compile(r"[\u4e00-\u9fff]{1,4}(?:处|部|科|室|司)")
_UNIT_AFTER_AND = re.compile(r"[\u4e00-\u9fff][和与]$")
# Verbs no place's name holds (宁夏扬黄灌区计划引黄河, 德余高速连接贵州, 回京), a satellite
# (风云三号G星), and the games a city's name runs into (杭州亚|运会).
_PLACE_VERB = re.compile(
    r"计划|连接|通达|前往|抵达|^回|^赴|^的|^空袭|凯旋|飞天|合龙|升空|返回$|发射$|贯通$|通车$"
)
_SATELLITE = re.compile(r"号[A-Z0-9]*星$")
_GAMES_AFTER = re.compile(r"运会|残运会")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ROAD_AFTER = re.compile(r"高速|高铁|铁路|公路|航线")
# A body's term: 第十七届|中央委员会 is no one body without its party.
_TERM = re.compile(r"^第?[一二三四五六七八九十百]+届")
# Kinds of body, named without a place or a body that owns them: 民政部门, 金融机构.
_KIND_OF_BODY = re.compile(r"(?:部门|机构|指挥部)$")


def _has_owner(name: str) -> bool:
    """加拿大环境部门, 联合国儿童基金会: a place or a known body opens the name."""
    return any(
        _known_place(name[:i]) or _lexicon_type(name[:i]) == "Organization"
        for i in range(2, len(name) - 1)
    )


# Money, not a body: 水利发展基金 (a 基金会 is a body).
# … 俄前|防长 ("former"), and ideas, seasons and ways of working named like bodies.
_OF_A_KIND = re.compile(
    r"(?:基金|(?<=.)[前原]|机制|事务|互联互通|管党治党|旺季|交汇|监测|管制|监管|公报|白皮书|蓝皮书)$"
)
# Verbs no organisation's name holds: 习近平复信|斯梅戴雷沃钢厂, 中泰缅老四国警方启动合作…
_VERB_IN_NAME = re.compile(
    r"复信|致信|启动|超额完成|退党|按照|举行|召开|打击|称(?!号)|围绕|通达|深化|共促|打造|落实|隶属|全力"
    # 中国人民银行指导商业银行, 调整货币政策委员会: a body's verb, then another body
    r"|指导(?!委员会|中心|小组|组)|调整"
)
# 闫盛红及兵团教育局党组: a list, not one name (埃及 is a country, 比尔及梅琳达·盖茨 a couple).
_LIST_IN_NAME = re.compile(r"(?<=..)(?<!埃)及(?=..)")
# The words a body's name ends with (部, 委员会, 公司, 海关, 银行, 俱乐部 …).
_BODY_END = re.compile(
    r"(?:[会部局委院厅署办室党社团司所校学网门军队处组盟站台馆报厂营旅师连舰关]|公司|集团|中心"
    r"|(?<![通运执进发实举飞出旅履推施流先同并试步航])行|防总|[联协]"
    r"|(?:(?<=务)|(?<=卫)|(?<=藏)|(?<=产业)|(?<=科学)|(?<=环境)|(?<=劳动)|(?<=交通)|(?<=水产))省"
    r"|组织|中央|频道|共同体|联合体|核电|电机|园区|工业园|油田"
    # (玉溪行署人事科, 教务处教务科: a section of a body, not 学科, 外科)
    r"|(?<=人事|教务|财务|总务|保卫|宣传|组织|秘书|办公|计划|技术|生产|供应|销售|安全|档案)科"
    r"|政府|议会|国会|机构|联盟|法庭|股份|部队|武装|军方|警方|媒体|人大|政协|内阁|杜马|航空|证券"
    r"|造船|工坊|影业|传媒|科技|电子|汽车|控股|能源|石油|石化|电力|电网|铁路|航运|船舶|重工|钢铁"
    r"|矿业|化工|制药|药业|食品|乳业|保险|信托|基金|财团|剧团|剧院|联赛|女排|女篮|男篮|男足|女足)$"
)


# What a body is, said before its name: 美国智库|大西洋理事会, 英国媒体|卫报 (the name follows).
_DESCRIPTOR = re.compile(
    r"(?<=.)(?:智库|媒体|网站|评级机构|民调机构|咨询机构|研究机构|非政府组织|慈善机构|反对派|武装组织)"
    r"(?=[\u4e00-\u9fff]{3})"
)
# Kinds of team or unit (考察队, 机动小组, 暴力团): generic even after the country or army
# they belong to (乌军机动小组, 日本暴力团); a delegation of a country is one body.
_UNIT_KIND_END = re.compile(r"(?:队|小组|分队|团)$")
# … and kinds of company or co-operative (捷克|贸易公司, 四川|农村信用社): some, not one.
_COMPANY_KIND = re.compile(r"^(?:公司|企业|工厂|贸易公司|信用社|农村信用社)$")


# What follows a known person's name and is no part of it: 韩正|赞, 李强|在.
_VERB_AFTER_KNOWN_NAME = frozenset(
    "赞称说在和与同对向将已也还又则即是为指表会致讲谈出主视考访应率携从等就的以被给请于到回要并送"
)
# How common (jieba's count) a word a known name's last character seems to open must be.
_OPENED_WORD = 1000


def _opens_word(text: str, at: int) -> bool:
    """``韩正希|望``, ``李希来|到``: the character at ``at`` opens a common word of two or three
    characters (希望, 来到) that names nobody."""
    found = _dictionary()
    for size in (2, 3):
        word = found.get(text[at : at + size])
        if word and word[0] >= _OPENED_WORD and not word[1].startswith(_NAME_TAGS):
            return True
    return False


# Directions after a place's name: 巴赫穆特|西南 (south-west of it).
_DIRECTION_END = re.compile(r"(?:东南|西南|东北|西北|以东|以西|以南|以北|郊区|附近|一带)$")


# The kinds of place or structure a place's name ends with (钱凯港, 拉法口岸, 中老铁路,
# 国会大厦, 松花江, 石家庄机场, 豫园) …
_PLACE_NAME_END = re.compile(
    r"(?:港|口岸|铁路|高铁|高速公路|高速|机场|水电站|核电站|电站|大厦|大桥|隧道|水库|大坝|车站|[江河湖]"
    r"|园|广场|公园|景区)"
)
# … and what ends a place's name after them (港珠澳大桥, 黄山风景区, 珠江新城, 长江经济带).
_PLACE_WORD_END = re.compile(
    r"[区城口岛洲州县市镇乡村路街道桥湾池带峡湖江河山门寺宫殿楼馆站园场廊线库岸端阁厂头]$"
)


def _common_words_after_place(name: str) -> int:
    """钱凯港|开港, 拉法口岸|陆路, 中老铁路|国际货物, 松花江|堤坝, 白鹤滩水电站|16台: a place
    ending in its kind, then only common words of the dictionary (or a count) that end no
    place's name: where the place ends (0 when nothing follows it so)."""
    import rjieba

    kinds = [k for k in _PLACE_NAME_END.finditer(name) if k.start() >= 2 and k.end() < len(name)]
    if not kinds:
        return 0
    words = _dictionary()
    bounds = set(accumulate(len(piece) for piece in rjieba.cut(name)))
    for kind in reversed(kinds):
        at = kind.end()
        rest = name[at:]
        if (
            kind.start() < 2
            or not rest
            or (at not in bounds and len(kind.group()) < 2)
            or _PLACE_WORD_END.search(rest)
            or "的" in rest  # 宜昌三峡大坝|的左岸坝: left to the run-on rule of a known place
        ):
            continue
        if _known_place(rest) or _lexicon_type(rest) is not None:
            continue
        rest = _DIGIT_RUN.sub("", rest)
        if len(rest) >= 2 and _BODY_END.search(rest):
            continue  # 太原铁路|分局, 云龙湖|实验室: a body named after the place
        pieces = rjieba.cut(rest) if rest else []
        if all(
            (entry := words.get(piece)) is not None
            and entry[0] >= _SLOT_WORD
            and not entry[1].startswith(_NAMING_TAGS)
            for piece in pieces
        ):
            return at
    return 0


# Digits of a count inside a name (白鹤滩水电站|16台).
_DIGIT_RUN = re.compile(r"^[0-9０-９]+")


def _two_place_names(name: str) -> bool:
    """浙江建德: a province the tables know, then a county or city without its level."""
    return len(name) >= 4 and any(
        _known_place(name[:k]) and (_known_place(name[k:]) or _place_without_level(name[k:]))
        for k in range(2, len(name) - 1)
    )


# A village's, a community's or a street's body of a kind (村党支部, 社区卫生服务中心, 街道党工委):
# which village's, the name does not say.
_LOCAL_LEVEL = re.compile(r"^(?:村|社区|街道)")
_LOCAL_BODY = re.compile(r"(?:党支部|党总支|党委|党工委|委会|卫生室|卫生服务中心|服务中心|服务站)$")


# A party committee, a union or a league branch inside a body (集团公司|党委, 支队|党委, 公司|工会).
_BODY_INSIDE = re.compile(r"(?:党委|党组|党支部|党总支|党工委|党组织|纪委|工会|团委)$")


# A level of government alone (自治区, 省, 县, 镇): what the story's place is, named by level.
_ADMIN_LEVEL_ONLY = re.compile(r"自治区|自治州|自治县|特区|[省市县区镇乡村州盟旗]")


def _committee_of_nothing(name: str) -> bool:
    """集团公司党委, 支队党委, 段党委, 公司工会: the committee of a body whose name names
    nothing (``_names_nothing``) is no particular one, whichever body the story is about."""
    inside = _BODY_INSIDE.search(name)
    return (
        inside is not None
        and inside.start() >= 1
        and not _ADMIN_LEVEL_ONLY.fullmatch(name, 0, inside.start())  # 自治区纪委: left to levels
        and _names_nothing(name[: inside.start()])
    )


def _local_kind(name: str) -> bool:
    level = _LOCAL_LEVEL.match(name)
    return level is not None and bool(_LOCAL_BODY.fullmatch(name, level.end()))


def _generic_unit(name: str) -> bool:
    from kgraph.resolve import generic_names

    for cut in range(1, min(len(name) - 1, 5)):
        head, rest = name[:cut], name[cut:]
        if (
            len(rest) >= 2
            and (_UNIT_KIND_END.search(rest) or _COMPANY_KIND.search(rest))
            and rest in generic_names()
            and rest not in ("代表团", "主席团")
            and (
                _country(head) is not None
                or (len(head) == 2 and head[-1] in "军方")
                or (_modifier(head) and _UNIT_KIND_END.search(rest) and rest[-2:] != "集团")
            )
        ):
            return True
    return False


# The jieba tags of a word that names something (a place, a person, a body, a brand, a short form).
_NAMING_TAGS = ("ns", "nr", "nz", "nt", "j")
# What a name may hold that no ordinary word does: Latin letters, digits, quotes, brackets, a dot.
_NAME_MARK = re.compile(r"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９“”\"《》（）()·]")


# A word of jieba's dictionary rarer than this is mostly a name's (金盏, 储粮 of 中储粮).
_RARE_WORD = 100


@lru_cache(maxsize=8192)
def _names_nothing(name: str) -> bool:
    """国际研究中心, 联络委员会, 保险资产管理公司: a body's "name" made only of ordinary words, with
    no naming element: no place, body or person the tables know, no country's short form
    (乌|议会, 古共中央), no Latin letters, digits or quotes, and no word that jieba's dictionary
    tags a name, has as a rare one (金盏|中学队, 中|储粮|集团) or does not know at all
    (遨海|科技公司). Common words only (路透社 is one) are no proof of a generic body: what
    stands before the name decides (``_cut_off_head``)."""
    import rjieba

    if _NAME_MARK.search(name) or _country(name[0]) is not None:
        return False
    if any(
        _known_place(name[i:j]) or _lexicon_type(name[i:j]) is not None
        for i in range(len(name) - 1)
        for j in range(i + 2, len(name) + 1)
    ):
        return False
    found = _dictionary()
    for word in rjieba.cut(name):
        entry = found.get(word)
        if (
            entry is None
            or (entry[0] < _RARE_WORD and not _BODY_END.search(word))  # 文物局, 分厂: kinds
            or entry[1].startswith(_NAMING_TAGS)
        ):
            return False
    return True


# The tags of the word right before a body that make it a part of the body's name the tagger
# cut off (大数据|国际研究中心, 部长级|联络委员会, 亚洲|冬季运动会代表团), not a verb or a word
# of grammar before a whole name (设立|总部, 和|中央主题教育领导小组).
_MODIFIER_TAGS = ("n", "vn", "b", "an", "j", "l", "ns")
# … but a word for what the body is (执政党|国民力量党, 国有企业|人民布厂) or when it was
# (新任|冶金部, 井冈山斗争时期|红军) stands before whole names.
_WHAT_OR_WHEN = re.compile(
    r"(?:党|派|企业|公司|集团|机构|组织|媒体|智库|团体|单位|部门|新任|前任|现任|首任|历任|时期|期间"
    r"|年代|正值)$"
)
# Words that make a body of a kind one of some, none named (当地|工信局, 一家|研究所, 多家|…).
_SOME_BEFORE = re.compile(
    r"(?:当地|本地|各|某|该|一家|一所|这家|那家|多家|几家|数家|两家|每家|一些|部分|所有|其他|其它"
    # … or a count of them (50个|现代产业学院, 8支|巡诊医疗队)
    r"|[0-9０-９一二三四五六七八九十百千两几多]+[个家所支座批])$"
)
# A body's name that opens with its level is whole after 和 (部署和|中央主题教育领导小组).
_LEVEL_HEAD = re.compile(r"中央|国家|全国|国务院|中国")
# The bodies a city or a county has of its own (not an army: 长治|八路军太行纪念馆).
_LOCAL_BODY_END = re.compile(r"(?:[局厅委办厂院所校站馆社会队团]|公司|中心|集团)$")
# The kinds of place that own bodies named after them (海口市|教育局, 新疆|八一棉纺织厂).
_OWNING_PLACES = frozenset(
    {
        "province",
        "autonomous_region",
        "municipality",
        "sar",
        "prefecture",
        "county",
        "city",
        "capital",
    }
)


def _cut_off_head(text: str, start: int, name: str) -> int | None:
    """可持续发展大数据|国际研究中心, 叙利亚问题阿拉伯部长级|联络委员会: a body whose name
    names nothing, right after a noun of the same run of words, is the tail of a longer name
    the tagger cut, no body of its own (0); after a province, a city or a county the tables
    know (海口市|教育局, 遵义市|铁合金有限责任公司) it is that place's body, and the place is
    the head of its name (the place's length). None: no cut."""
    import rjieba

    from kgraph.lexicons import lexicon, normalize_key

    if start == 0 or not _CJK.match(text[start - 1]) or not _names_nothing(name):
        return None
    if _SOME_BEFORE.search(text, max(0, start - 6), start):
        return 0  # 当地|团委, 各|…: some body of a kind, none named
    left = text[max(0, start - 10) : start]
    left = left[max((i + 1 for i, c in enumerate(left) if not _CJK.match(c)), default=0) :]
    run = left + name
    at = 0
    for piece in rjieba.cut(run):
        if (
            at < len(left) < at + len(piece)
            and (at + len(piece) - len(left) >= 2 or left[-1] not in _BEFORE_SHORT_FORM)
            and _dictionary_words().get(piece, 0) >= _COMMON_WORD
        ):
            # 马克思|主义理论研究…办公室, 示|范区理事会: cut inside a word (not 从|中储粮集团)
            return 0
        at += len(piece)
    tagged = rjieba.tag(left)
    if len(tagged) >= 2 and tagged[-1][0] in "和与":
        word, tag = tagged[-2]  # 民族和|宗教委员会, 发展和|改革委员会: 和 inside the name
        if (
            len(word) >= 2
            and tag in ("n", "vn")
            and _names_nothing(word)
            and not _LEVEL_HEAD.match(name)
        ):
            return 0
    word, tag = tagged[-1]
    lex = lexicon()
    found = lex.aliases.get(("Place", normalize_key(word))) if len(word) >= 2 else None
    entry = lex.get("Place", found) if found else None
    if entry is not None:  # 海口市|教育局; 亚洲|冬季运动会代表团 (a country's is left to
        # _foreign_bodies: 乌克兰|国民警卫队)
        if entry.kind == "country":
            return None
        if entry.kind not in _OWNING_PLACES:
            return 0
        return len(word) if _LOCAL_BODY_END.search(name) else None
    if (
        len(word) < 2
        or not tag.startswith(_MODIFIER_TAGS)
        or tag.startswith(("nr", "nt"))
        or _WHAT_OR_WHEN.search(word)
    ):
        return None
    return 0


def _modifier(word: str) -> bool:
    """高水平, 援外: a common word of the dictionary that no table knows and that names no place
    or body (jieba tags 高水平 a person's name), so a kind of unit after it (高水平|医疗队) is
    still a kind."""
    count, tag = _dictionary().get(word, (0, ""))
    return (
        len(word) >= 2
        and count >= _COMMON_WORD
        and not tag.startswith(("ns", "nt", "nz"))
        and not _known_place(word)
        and _lexicon_type(word) is None
    )


def _no_body_after_owner(name: str) -> bool:
    """美国宾夕法尼亚州费城, 新疆尼勒克, 中国网络, 匈牙利总理欧尔班: a place or a body the
    tables know, then words that end no body's name: no organisation (a place, a piece of
    a longer name, a post and a person)."""
    return (
        len(name) >= 4
        and not _BODY_END.search(name)
        and (_has_owner(name) or _country(name[0]) is not None or _starts_with_place(name))
    )


def _joined_by_verb(name: str) -> bool:
    """中央广播电视总台联合上海市人民政府: 联合 (jointly with) before a place the tables know."""
    at = name.find("联合", 2)
    return at > 0 and any(_known_place(name[at + 2 : i]) for i in range(at + 4, len(name) + 1))


# After a body the tables know, words that make a set of its parts: 联合国|机构.
_KINDS_OF = frozenset({"机构", "部门", "系统", "单位", "机关", "下属机构", "各部门", "所属单位"})
# A side (中方, 俄方, 哈方): a country acting, never an organisation of its own.
_SIDE = re.compile(r"^[\u4e00-\u9fff]方$")
# Edge punctuation a span should not keep: 宁夏—.
_EDGE_PUNCT = "—－-–~～·・、，,"
# Verbs a person's name is glued to (祝贺|斯塔默, 赖德|称, 巴育|夫妇): never part of a name.
_VERB_BEFORE_NAME = re.compile(
    r"^(?:祝贺|致电|致函|会见|会晤|接见|欢迎|感谢|邀请|陪同|看望|慰问|宴请|任命|授予)"
)
# … and words that open a name too (向 and 祝 are surnames): cut only before a known name.
_WORD_BEFORE_NAME = re.compile(r"^(?:祝|向|同|与|和|对|据|让|请|在|由|给)")
_AFTER_NAME = re.compile(r"(?:称|说|夫妇|夫人|一行|等人|等|葬礼)$")
# After a name, what makes it a place: 戴拉米|空军基地, 霍尔果斯|口岸, 恩图曼|市.
_FACILITY_AFTER = re.compile(r"(?:空军基地|海军基地|军事基地|机场|口岸|港口|难民营)")
_PLACE_KIND_AFTER = re.compile(
    r"(?:基地|港(?![澳台股元币])|市(?![场民值长委政])|镇(?!压)|村(?!民)|地区|大区|省(?!长)|州(?!长)"
    r"|[东南西北]{1,2}(?:方向|部|郊|侧)|以[东南西北]|郊区)"
)
# … and the structure a name the model took for a person's belongs to (培森柳江特|大桥).
_FACILITY_NAME_AFTER = re.compile(r"(?:特?大桥|隧道|水库|大坝|水电站|大道)")
# Words a place's name never ends with: 杰宁|及, 平凉|至, 集宁|经, 埃塞|愿.
_WORD_AFTER_PLACE = frozenset("至及经时并和与愿")
# … and the words a division (its 市, 县, 省 or 州) may run into: 贾斯珀市|约三分之一, unless
# the character goes on with the name (市中区, 城南街道, 县城).
_ADMIN_END = frozenset("市县省州")
_PLACE_AFTER_ADMIN = frozenset("东南西北中区镇乡村街路道湾岛山河湖港城新老内外")
_WORD_AFTER_ADMIN = frozenset("约在和与及至等对将已向从为")
# After a person's name, a piece of music or a law named after them (拉德斯基进行曲).
_WORK_AFTER = re.compile(r"进行曲|圆舞曲|奏鸣曲|定律|效应|定理|公式|猜想")


@lru_cache(maxsize=65536)
def _lexicon_type(name: str) -> str | None:
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    key = normalize_key(name)
    return next((t for t in ("Person", "Place", "Organization") if (t, key) in aliases), None)


def _starts_with_place(name: str) -> bool:
    """康涅狄格州|诺威奇: a "person" that opens with a state or province the tables know."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    return any(
        name[i - 1] in "州省市县区国" and ("Place", normalize_key(name[:i])) in aliases
        for i in range(2, len(name) - 1)
    )


def _place_without_level(name: str) -> bool:
    """锡林浩特, 吴桥, 霍尔果斯: a county or city the gazetteer knows with its 市/县/区."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    return len(name) >= 2 and any(
        ("Place", normalize_key(name + level)) in aliases
        for level in ("市", "县", "区", "州", "旗")
    )


def _foreign_halves(mentions: list[Mention]) -> list[Mention]:
    """``卡托尼|韦雷``: two "persons" side by side that the tables do not know, the first no
    Chinese name, the second none or made of a transliteration's characters, are the two
    halves of one transliterated name."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases

    def unknown(m: Mention) -> bool:
        return (
            m.type == "Person"
            and not m.value
            and "·" not in m.text
            and _CJK_NAME.fullmatch(m.text) is not None
            and ("Person", normalize_key(m.text)) not in aliases
        )

    def unknown_place(m: Mention) -> bool:
        return (
            m.type == "Place"
            and 2 <= len(m.text) <= 4
            and _CJK_NAME.fullmatch(m.text) is not None
            and _ADMIN_LEVEL.fullmatch(m.text) is None  # (加兰县|杰西维尔: a county, a town)
            and _lexicon_type(m.text) is None
        )

    def transliterated_body(m: Mention) -> bool:
        return (
            m.type == "Organization"
            and 2 <= len(m.text) <= 4
            and all(c in _TRANSLITERATION for c in m.text)
            and _lexicon_type(m.text) is None
        )

    out: list[Mention] = []
    for m in mentions:
        previous = out[-1] if out else None
        if previous is None or previous.end != m.start:
            out.append(m)
            continue
        if (
            unknown(previous)
            and unknown(m)
            and len(previous.text) >= 2
            and not _chinese_name(previous.text)
            and (not _chinese_name(m.text) or all(c in _TRANSLITERATION for c in m.text))
        ):
            out[-1] = replace(previous, end=m.end, text=previous.text + m.text)
            continue
        if (
            # 康斯坦|丁内斯库总统: a "place" no table knows, then the rest of one foreign name
            # (亚马孙|雨林: a word)
            unknown_place(previous)
            and unknown(m)
            and len(m.text) >= 3
            and not _chinese_name(m.text)
        ) or (
            # 应阿莱克|桑达尔·武契奇总统邀请: a "body" of a transliteration's characters, then a
            # dotted foreign name, is the name's first part
            transliterated_body(previous) and m.type == "Person" and "·" in m.text
        ):
            out[-1] = replace(m, start=previous.start, text=previous.text + m.text)
            continue
        out.append(m)
    return out


def _whole_foreign_name(
    text: str, mention: Mention, taken: bytearray
) -> tuple[int, int, str] | None:
    """托|卡耶夫, 绍伊|古, 阿夫杰耶夫|卡: a transliteration the model cut, taken back whole.

    The span grows by up to three characters on either side, over characters no other
    mention holds, to a name the tables know (Person or Place), or, for a name that is
    no Chinese name, by up to two after it to a town's ending (-ivka, -sk).
    """
    best: tuple[int, int, str] | None = None
    for grow in range(1, 5):
        for left in range(grow + 1):
            right = grow - left
            if left > 3 or right > 3:
                continue
            start, end = mention.start - left, mention.end + right
            if start < 0 or end > len(text) or any(taken[start : mention.start]):
                continue
            if any(taken[mention.end : end]):
                continue
            piece = text[start:end]
            if not all("\u4e00" <= char <= "\u9fff" for char in piece):
                continue
            kind = _lexicon_type(piece)
            if kind in ("Person", "Place"):
                return start, end, kind
            if (
                best is None
                and left == 0
                and not _chinese_name(mention.text)
                and len(piece) >= 4
                and _TOWN_ENDING.search(piece)
            ):
                best = (start, end, "Place")
        if best is not None:
            return best
    return None


# Characters of the end of a transliterated town's name (…耶|夫卡镇, …马|拉什省).
_TOWN_CHARS = _TRANSLITERATION | frozenset("夫什顿弗福丁")


def _towns_across(text: str, mentions: list[Mention]) -> list[Mention]:
    """``阿夫杰|耶夫卡焦化厂``: a known town the model cut between a name and a body is the body's.

    A person or place no table knows, right before an organisation, with a place the tables
    know running from its start into the organisation, is one organisation with it; so is a
    country's one-character short form opening a clause before a body (``，俄|武装力量总参谋部``).
    """
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    drop: set[int] = set()
    joined: dict[int, Mention] = {}
    for first, second in pairwise(ordered):
        if (
            first.type == "Place"
            and len(first.text) == 1
            and second.type == "Organization"
            and first.end == second.start
            and len(second.text) >= 4
            and not second.value
            and not second.owner
            and ("Organization", normalize_key(second.text)) not in aliases
            and not _CJK.match(text, max(first.start - 1, 0), first.start)
        ):  # ，俄|武装力量总参谋部: the country's one-character short form opens the name
            drop.add(id(first))
            joined[id(second)] = replace(
                second, start=first.start, text=text[first.start : second.end]
            )
            continue
        if (
            first.type in ("Person", "Place")
            and second.type == "Organization"
            and first.end == second.start
            and not first.value
            and not second.owner
            and (first.type, normalize_key(first.text)) not in aliases
            and any(
                ("Place", normalize_key(text[first.start : end])) in aliases
                for end in range(second.start + 1, second.end - 1)
            )
        ):
            drop.add(id(first))
            joined[id(second)] = replace(
                second, start=first.start, text=text[first.start : second.end], value=None
            )
            continue
        if (
            first.type == "Person"
            and second.type == "Place"
            and first.end == second.start
            and not first.value
            and not second.value
            and "·" not in first.text
            and not _chinese_name(first.text)
            and ("Person", normalize_key(first.text)) not in aliases
            and ("Place", normalize_key(second.text)) not in aliases
            and 2 <= len(second.text) <= 4
            and all(char in _TOWN_CHARS for char in second.text[:-1])
            and _REGION_KIND.fullmatch(second.text[-1])
        ):  # 帕拉斯科维耶|夫卡镇, 卡赫拉曼马|拉什省: the tagger cut one town's name in two
            drop.add(id(first))
            joined[id(second)] = replace(
                second, start=first.start, text=text[first.start : second.end], value=None
            )
    if not drop:
        return mentions
    return [joined.get(id(m), m) for m in mentions if id(m) not in drop]


# A product's name: a series (太行|系列航空发动机), a model in quotes (“太行110”).
_SERIES_AFTER = re.compile(r"系列")
_MODEL_NAME = re.compile(r"[“\"][\u4e00-\u9fff]{2,4}[0-9A-Z]+[”\"]")
_SPACE = re.compile(r"[\s\u3000\xa0]")
_WORD_RUN = re.compile(r"[^\s\u3000\xa0]{2,}")
# How companies' names end (京东物流, 宁德时代新能源科技): a name the model called a place.
_COMPANY_END = re.compile(
    r"(?:物流|科技|传媒|控股|集团|公司|股份|银行|证券|保险|电子|汽车|能源|石化|重工|钢铁|矿业"
    r"|化工|制药|药业|食品|乳业|影业|快递|航空公司)$"
)
# A monarch's or pope's number after the name (穆罕默德六世, 莱齐耶三世), not 世纪 or 世界.
_REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世(?![纪界代])")
# Landforms a "person" may be named like (吕梁山脉): the place.
_LANDFORM_END = re.compile(r"(?:山脉|高原|平原|盆地|丘陵|草原|半岛|群岛)$")
_DIGITS = frozenset("0123456789０１２３４５６７８９")
# One character after a name that is no part of it: a verb, a particle, a kin or courtesy word.
_ONE_AFTER_NAME = frozenset(
    "说称讲道问答笑等们了的呢吗啊吧也都又还就才去来走到看听写读将并而后前时里中上下外内处者家氏"
    "总哥姐弟妹叔姨爷奶伯妈爸嫂婶爹娘儿女子生君老仔摄绘作赞会"
    "在与和同及或跟对向给于被为把是已从自由经让使令赴访率致送要并"
)
# A part of a place by its side, taken for a body ending in 部: 中东部, 江西中南部.
_SIDE_OF = re.compile(r"[东南西北中]{1,2}部$")
# A body's last character that opens a word with the text after it: 华北局|地 (局地, parts of).
_BODY_VERB = re.compile(r"局地")
# A former post's party group after its body: 上海市人大常委会|原党组(书记).
_FORMER_GROUP = re.compile(r"(?<=..)[原前](?:党组|党委)$")
# Verbs whose complement 起 the tagger may take for the start of a body: 成立起, 建起.
_BUILT = frozenset("立建搭筑办")
# Foreign titles the tagger runs into the name after them: 埃米尔纳瓦夫, 苏丹易卜拉欣.
_FOREIGN_TITLE = re.compile(r"^(?:埃米尔|国王|王储|亲王|首相|总统|总理)")
# (总理府广场, 总统府, 王宫: a seat of the title-holder, no title before a name)
_PLACE_KIND_END = re.compile(
    r"[省州市县区镇乡村岛湖河江山港站路街国场府宫馆堂厦楼园]$|^[府宫]|^官邸"
)
# Where a place's name has run on into other words: 的, 各(大), a country's army (乌军).
_PLACE_RUN_ON = re.compile(r"的|各大?|[乌俄美以]军$")
# What a place is, said before its name: 粮食大省湖南, 制造业强省江苏, 千年古城西安.
_PLACE_DESCRIPTOR = re.compile(
    r"^[\u4e00-\u9fff]{1,4}?(?:大省|强省|大市|强市|大县|强县|古城|名城|古都)"
)
_QUOTE_BEFORE = re.compile(r"[“\"「『]")
_SEASON_END = re.compile(r"(?:冰雪|旅游|购物|消费|文化|美食|艺术|音乐)[季节]$")
_CRUDE_AFTER = re.compile(r"原油|期货")
_PROVINCE_ABBR = frozenset(
    "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕甘陇青宁新港澳台"
)
# What a name in a list or a clause starts after.
_NAME_BOUNDARY = frozenset('、，,；;：:。“”"（）() \u3000\n')
# Punctuation that ends a clause: no name runs over it (瓦塘镇，东至山东).
_CLAUSE_PUNCT = re.compile(r"[，。；：！？,;:!?]")
# A count of things inside a span (一处, 一名, 多家): what follows is one of the place's or the
# body's things, not part of the name (第一医院 is a name).
_COUNT_IN_NAME = re.compile(r"(?<![第十百])(?:[一两几数多]|[二三四五六七八九十]+)[名处家座所个]")
# … or one of its facilities without a measure word (休斯敦|一机场: an airport of Houston)
_ONE_OF_ITS = re.compile(
    r"(?<![第十百统唯单专万])一(?:机场|港口|码头|车站|医院|学校|大学|工厂|商场|超市|酒店|社区|小区)"
)
# Two bodies joined by 与, each with the word a body's name ends in.
_LEFT_BODY = r"[\u4e00-\u9fff]{2,}?(?:[局委厅署办院关部司]|公司|集团|中心|政府|大学|银行|片区)"
_TWO_BODIES = re.compile(
    rf"({_LEFT_BODY})与([\u4e00-\u9fff]{{2,}}(?:[局委厅署办院关部司]|公司|集团|中心|政府|大学|银行))"
)
# A level's bare character (or 省级, 县里), then a body (省财政厅, 市公安交通管理局, 县委县政府,
# 省级儿童医院): whose, the text leaves out. Not the words a level's character opens (市场监管局).
_BARE_LEVEL = re.compile(r"^(?:[省市县区州]级|[省市县]里|[省市县区州])(?=[\u4e00-\u9fff]{2})")
_LEVEL_WORDS = frozenset(
    {"市场", "省会", "县城", "区域", "乡村", "市民", "市区", "镇江", "区块", "州长", "市长", "省长",
     "县长", "区长", "市值", "市井", "省道", "县道", "区间", "区别", "州立", "市郊", "县域", "市域"}
)  # fmt: skip
# A place's level, then ordinary words (盛泽镇|民营企业).
_LEVELS = "省市县区镇乡村"
_FACILITY_START = re.compile(r"机场|码头|广场|公园|大桥|车站|火车站|港口|景区|水库|大道|中心")
# A direction or a coast after a country: 约旦|南部城市亚喀巴, 美国|西海岸洛杉矶港.
_DIRECTION_START = re.compile(r"[东南西北中]{1,2}(?:部|海岸|沿海|边|侧|郊|方)|沿海|境内|全境")
_TWO_PLACES = re.compile(
    r"([\u4e00-\u9fff]{2,}[河江湖山村镇乡])[和与及、]([\u4e00-\u9fff]{2,}[河江湖山村镇乡])"
)
_LEVEL_END = re.compile(r"(?:街道|[县区镇乡])$")
# What a place's name may be followed by within it (朝鲜|半岛, 巴拿马|运河): kinds of place.
_PLACE_TAIL_KINDS = re.compile(
    r"(?:共和国|王国|联邦|公国|酋长国|半岛|海峡|运河|群岛|海域|地区|地带|本土|全境|境内|沿海|边境)$"
)


# … and a body the tables know, 与 (or 愿同, 联合) and another body (中央广播电视总台与国际皮划艇
# 联合会签约, 全国人大愿同尼联邦院, 中央广播电视总台联合中央党史和文献研究院).
_AND_BODY = re.compile(r"与|愿同|联合|委托")


def _known_body_and_body(name: str) -> re.Match[str] | None:
    """``中央广播电视总台|与|东风汽车集团``: a body the tables know, 与 (愿同, 联合), then a name
    ending as a body's does, are two bodies (``经济合作与发展组织`` opens with no known body).
    The match's groups are the two bodies."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    if ("Organization", normalize_key(name)) in aliases:
        return None
    for joiner in _AND_BODY.finditer(name):
        left, right = name[: joiner.start()], name[joiner.end() :]
        # (中国全国人大愿同巴议会: the known body may have its country before it)
        known = left.removeprefix("中国") if len(left) > 4 else left
        if (
            len(known) >= 2
            and len(right) >= 3
            and ("Organization", normalize_key(known)) in aliases
            and _BODY_END.search(right)
            # (东部战区联合作战指挥中心: 联合 opens a name, unless a body the tables know follows;
            # so does 委托 of 中共中央宣传部委托文化和旅游部)
            and (
                joiner.group() not in ("联合", "委托")
                or ("Organization", normalize_key(right)) in aliases
            )
        ):
            return re.fullmatch(f"({re.escape(left)}){joiner.group()}({re.escape(right)})", name)
    return None


def _named_body(name: str) -> bool:
    """金陵海关, 联合国儿童基金会: a body named by a place, a body or a name of its own, not
    a kind of work (边境保护局 of 美国海关与边境保护局 is one body's name)."""
    count, tag = _dictionary().get(name[:2], (0, ""))
    return (
        _has_owner(name + "_") or count < _COMMON_WORD or tag.startswith(("ns", "nr", "nt", "nz"))
    )


def _bare_level_body(name: str) -> bool:
    """省财政厅, 市公安交通管理局, 县委县政府: a body of a province, city or county the name
    does not say (市场监管局 opens with a word, 市场)."""
    return (
        bool(_BARE_LEVEL.match(name))
        and name[:2] not in _LEVEL_WORDS
        and bool(_BODY_END.search(name))
    )


def _word_after_level(name: str) -> int:
    """盛泽镇民营企业 -> 3: the length of the place when its level (镇, 市 …) is followed by
    ordinary words of the dictionary (民营, 企业) that end no place's name nor name a
    facility (杨村|机场); 0 else."""
    for i in range(2, len(name) - 2):
        rest = name[i + 1 :]
        if name[i] not in _LEVELS or rest[-1] in _PLACE_GOES_ON:
            continue
        count, tag = _dictionary().get(rest[:2], (0, ""))
        if (
            count >= _COMMON_WORD
            and tag[:2] not in ("ns", "nt", "nz", "nr")
            and not _FACILITY_END.search(rest)
            and not _FACILITY_START.match(rest)
        ):
            return i + 1
        return 0
    return 0


def _place_then_place(name: str) -> int:
    """以色列纳哈里亚 -> 3, 石狮蚶江镇 -> 2: where a country (or a city the gazetteer knows)
    ends and a place in it begins; 0 else. Not when a longer head is a place too (印度|尼西亚,
    印度|洋), when the rest is a word of the dictionary, a kind of place or a direction
    (朝鲜半岛, 巴拿马运河, 约旦|南部城市亚喀巴), nor a country's state with its level (巴西|兰省
    is 巴西兰省, 俄|罗斯托夫州)."""
    from kgraph.resolve import generic_names

    if len(name) < 4 or _PLACE_TAIL_KINDS.search(name) or not _CJK_NAME.fullmatch(name):
        return 0
    words = _dictionary()
    for k in range(len(name) - 2, 1, -1):
        head, rest = name[:k], name[k:]
        count, tag = words.get(rest, (0, ""))
        village = len(rest) >= 3 and rest[-1] in "镇乡村江河湖"
        if (
            rest in generic_names()
            or rest[0] in _PLACE_GOES_ON
            or (count >= _COMMON_WORD and not tag.startswith("ns") and not village)
            or _DIRECTION_START.match(rest)
            or any(_known_place(name[:j]) for j in range(k + 1, len(name)))
            # 龙泉|关镇: a town or village is not named by one character, 龙泉关镇 is one name
            or rest[1:2] in ("镇", "乡", "村")
        ):
            continue
        if _country(head) is not None and rest[-1] not in "州省县市邦区":
            return k
        if village and (_known_place(head) or _named_level(head)):
            return k
    return 0


def _named_level(head: str) -> bool:
    """谢家湾街道, 大悟县: a name, then its level (经济开发区 is a kind of place)."""
    from kgraph.resolve import generic_names

    level = _LEVEL_END.search(head)
    if not level or level.start() < 2 or head in generic_names():
        return False
    count, tag = _dictionary().get(head[:2], (0, ""))
    return count < _COMMON_WORD or tag.startswith(("ns", "nr"))


def _places_of(name: str) -> list[tuple[int, int]]:
    """The places a span names, as (start, end) in it: two joined by 和 (石坝河和瓦峪河), each
    cut where a country or city ends and a place in it begins (宝鸡|石坝河)."""
    pair = _TWO_PLACES.fullmatch(name)
    parts = [(0, len(name))]
    if pair:
        parts = [(0, pair.end(1)), (pair.start(2), len(name))]
    pieces: list[tuple[int, int]] = []
    for a, b in parts:
        cuts = _places_in_place(name[a:b])
        pieces.extend(zip([a, *(a + c for c in cuts)], [*(a + c for c in cuts), b]))
    return pieces


def _places_in_place(name: str) -> list[int]:
    """The cuts of :func:`_place_then_place`, again in what follows each (辽宁|大连|石河村)."""
    cuts: list[int] = []
    at = 0
    while cut := _place_then_place(name[at:]):
        at += cut
        cuts.append(at)
    return cuts


def _dotted_head(text: str, start: int, taken: bytearray) -> int:
    """Where a dotted foreign name really starts when the tagger cut its first part to one or
    two characters (、雪克来|提·扎克尔): the characters before it up to a list's comma, a quote
    or the start of the text, at most three, no other mention's and no word of the
    dictionary; ``start`` when nothing is cut."""
    at = start
    while at > 0 and start - at < 4 and _CJK.match(text, at - 1) and not taken[at - 1]:
        at -= 1
    if at == start or start - at >= 4 or (at > 0 and text[at - 1] not in _NAME_BOUNDARY):
        return start
    if any(
        _dictionary_words().get(text[i:j], 0) >= _COMMON_WORD
        for i in range(at, start)
        for j in range(i + 2, start + 1)
    ):
        return start  # 列车长|米尔班·艾依提: a word before the name, not a part of it
    return at


def _mend_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Persons, organisations and places mended or dropped from their own words and context.

    For documents only (the annotated corpora label some of these otherwise):

    * an event named like a body (a name ending in 大会, 会议, 论坛, 博览会, 展, 节, a numbered
      congress like 十五大) is no organisation, nor a body the model cut from the event's name
      (中国网络 of 中国网络视听大会);
    * a body without its owner (上级法院, 驻外使馆, 某集团军, 民政部 of 民政部门, 联合国机构),
      a side (俄方), a craft (天舟五号货运飞船) is no organisation; a country and its team
      (韩国队) none either;
    * two bodies the tables know, run together (中共中央国务院), are two;
    * a person's name glued to a verb (祝贺斯塔默, 赖德称, 巴育夫妇) loses the verb; a
      transliteration the model cut (托|卡耶夫, 阿夫杰耶夫|卡) is taken back whole;
    * a "person" that is a known county or city without its 市/县 (锡林浩特), or that a place
      word follows (戴拉米空军基地, 霍尔果斯口岸), is a place;
    * a place cut from a number (254万|山区) or made of two abbreviations before a road
      (德余|高速) is none.
    """
    from kgraph.lexicons import lexicon, normalize_key
    from kgraph.resolve import generic_names

    aliases = lexicon().aliases
    mentions = _foreign_halves(_towns_across(text, mentions))
    taken = bytearray(len(text))
    for m in mentions:
        if m.type not in CONTAINER_TYPES:
            taken[m.start : m.end] = b"\1" * (m.end - m.start)
    out: list[Mention] = []
    absorbed: dict[int, int] = {}  # end -> start of a dropped body that owns the post after it
    for m in mentions:
        if m.type == "Position" and m.owner and m.start in absorbed:
            start = absorbed[m.start]
            if text[start : m.start] == m.owner:
                out.append(replace(m, start=start, text=text[start : m.end]))
                continue
        if m.type not in ("Person", "Organization", "Place") or m.owner:
            out.append(m)
            continue
        if m.type == "Organization" and m.text.endswith("部") and text[m.end : m.end + 1] == "门":
            continue  # 民政部门: civil-affairs departments, not the ministry
        if m.type == "Place" and m.text[:1] in "万亿千百" and text[m.start - 1 : m.start].isdigit():
            continue  # 254万|山区: a number, not 万山区
        if m.type == "Person" and text.startswith("主义", m.end):
            continue  # 马克思|主义理论研究…: a doctrine, no one named
        if m.type == "Person" and not m.value and m.text in titles().labels:
            # 沙特国王萨勒曼、王储兼首相穆罕默德: a title the tagger read as a name
            out.append(replace(m, type="Position", source="rules"))
            continue
        if m.type in ("Person", "Place") and text.startswith(("牌", "”牌"), m.end):
            continue  # “龙丹”牌婴儿配方乳品: a brand, no one and nowhere
        if (
            m.type == "Person"
            and not m.value
            and _country(m.text)
            and any(p.type == "Position" and p.start == m.end for p in mentions)
        ):
            m = replace(m, type="Place")  # 非盟轮值主席科摩罗总统阿扎利: the country of the post
        if _CONGRESS.search(m.text):
            continue
        regnal = _REGNAL.match(text, m.end) if m.type in ("Person", "Place") else None
        if (
            regnal
            and not _chinese_name(m.text)
            and "\u4e00" <= m.text[-1] <= "\u9fff"
            and (m.type == "Person" or not _known_place(m.text))
        ):  # 摩洛哥国王穆罕默德|六世, 腓特烈|十世国王: a monarch's number is part of the name
            end = regnal.end()
            m = replace(m, end=end, text=text[m.start : end], value=None, type="Person")
        if m.value:
            if not (
                m.type == "Organization"
                and _EVENT_AFTER.match(text, m.end)
                and not _ORG_WORD.search(m.text)
                and "\u4e00" <= text[m.end : m.end + 1] <= "\u9fff"
            ):  # 中国网|络视听大会: a known name inside an event's
                out.append(m)
            continue
        start, end, kind = m.start, m.end, m.type
        while end - start > 2 and text[end - 1] in _EDGE_PUNCT:
            end -= 1
        while end - start > 2 and text[start] in _EDGE_PUNCT:
            start += 1
        name = text[start:end]
        if kind in ("Place", "Organization") and _SPACE.search(name):
            # 北京市委 福建省委: two names a headline separates by a space; what ends no
            # body's name (基础设施 of 摧毁巴武装组织基础设施 巴武装组织称…) is none
            for part in _WORD_RUN.finditer(text, start, end):
                piece = part.group()
                if (kind, normalize_key(piece)) in aliases or (
                    _BODY_END.search(piece) if kind == "Organization" else _known_place(piece)
                ):
                    out.append(replace(m, start=part.start(), end=part.end(), text=piece))
            continue
        stop = _CLAUSE_PUNCT.search(name)
        if kind in ("Place", "Organization") and stop and stop.start() >= 2:
            end = start + stop.start()  # 瓦塘镇，东至山东: a name ends at a comma
            name = text[start:end]
        count = _COUNT_IN_NAME.search(name) or _ONE_OF_ITS.search(name)
        if kind in ("Place", "Organization") and count and count.start() >= 2:
            # 基辅市|一处军工厂, 黎真主党武装|一名炮兵部队: "one of its …" is no part of a name
            end = start + count.start()
            name = text[start:end]
            if _known_place(name) or (name[-1] in _LEVELS and _known_place(name[:-1])):
                kind = "Place"
            elif kind == "Place" or not _BODY_END.search(name):
                continue
        known = (kind, normalize_key(name)) in aliases
        if kind == "Place" and text.startswith("·", end):
            continue  # 加纳|·加央克珠: the first part of a name, not Ghana
        if kind == "Person" and not known and _CJK.match(name):
            while end - start > 2 and text[end - 1] in _DIGITS:
                end -= 1  # 陈梦4:2: the name, then the score
            name = text[start:end]
            known = ("Person", normalize_key(name)) in aliases
        if kind == "Person" and not known:
            verb = _VERB_BEFORE_NAME.match(name)
            word = _WORD_BEFORE_NAME.match(name)
            if verb and len(name) - verb.end() >= 2:
                start += verb.end()
            elif word and ("Person", normalize_key(name[word.end() :])) in aliases:
                start += word.end()
            tail = _AFTER_NAME.search(text, start, end)
            if tail and (
                tail.start() - start >= 2 or (tail.group() == "夫妇" and tail.start() > start)
            ):  # 敦|夫妇: a one-character name is no node, and never with 夫妇 glued on
                end = tail.start()
            elif (
                end - start in (3, 4)
                and text[end - 1] == "作"
                and (text[end : end + 1] in "的了" or _REPORT_AHEAD.match(text, end))
            ):
                end -= 1  # 刘奇作|的报告, 邵鸿作|提案工作情况报告: the name and its verb
            elif (
                end - start in (3, 4)
                and text[end - 1] in "摄绘"
                and _chinese_name(text[start : end - 1])
                and not _CJK.match(text, end)
            ):
                end -= 1  # （新华社记者高广志摄）: the name, then "photo by"
            elif end - start >= 3 and text[end - 1 : end + 1] == "附近":
                end, kind = end - 1, "Place"  # 在阿夫杰耶夫卡附|近: a place, and "near" it
            name = text[start:end]
            known = ("Person", normalize_key(name)) in aliases
            if (
                not known
                and len(name) in (3, 4)
                and (name[-1] in _VERB_AFTER_KNOWN_NAME or _opens_word(text, end - 1))
                and ("Person", normalize_key(name[:-1])) in aliases
            ):  # 韩正|赞, 韩正|希望: a name the tables know, and the verb after it
                end -= 1
                name = text[start:end]
                known = True
            if _WORK_AFTER.match(text, end) or (
                _inside_title(text, start, end) and not _known_place(name)
            ):
                continue  # 《骆驼祥子》: a piece of a work's title, no person
            if (
                not known
                and name[-1] in "前后里内外旁边上下"
                and len(name) >= 3
                and _dictionary().get(name[:-1], (0, "nr"))[0] >= 100
                and not _dictionary()[name[:-1]][1].startswith(_NAME_TAGS)
            ):
                continue  # 日本首相官邸前, 秘书长领导下: a word, then where or under it
            if not known and not _chinese_name(name):
                # (a dotted name by one character at most: 阿拉丁·布鲁杰尔|迪访巴)
                grown = _transliteration_after(text, end, taken, 1 if "·" in name else 2)
                if grown > end and not _TOWN_ENDING.search(
                    text[start:grown]
                ):  # 卡托尼|韦雷、, 塔夫拉|达当天: the rest of a foreign name
                    end = grown
                    name = text[start:end]
                    known = ("Person", normalize_key(name)) in aliases
            if (
                not known and end - start >= 3 and _ADVERB_AFTER_NAME.match(text, end - 1)
            ):  # 尼吉特|地拿出: the name's last character opens an adverb (特地)
                end -= 1
                name = text[start:end]
                known = ("Person", normalize_key(name)) in aliases
            if (
                not known
                and end - start == 2
                and _chinese_name(name)
                and end + 1 < len(text)
                and _CJK.match(text, end)
                and not taken[end]
                and text[end] not in _ONE_AFTER_NAME
                and text[end + 1] in _NAME_BOUNDARY
            ):  # 中央内政部部长潘庭|濯，: one character between a name and a comma is the name's
                end += 1
                name = text[start:end]
                known = ("Person", normalize_key(name)) in aliases
        if (
            kind in ("Person", "Place")
            and not known
            and len(name) == 2
            and name[1] == "间"
            and text[start - 1 : start] in _PROVINCE_ABBR
        ):
            continue  # 京津、京张间: a route between two cities, no name
        if not known and any(
            text[start : end + j] in generic_names() for j in (1, 2, 3) if end + j <= len(text)
        ):
            continue  # 鲁班|工坊: cut from the name of a kind of programme or body
        if (
            kind in ("Organization", "Place")
            and not known
            and (_SERIES_AFTER.match(text, end) or _MODEL_NAME.match(text, start - 1))
        ):
            continue  # 太行|系列航空发动机, “太行110”: a product's name
        if kind == "Person" and not known and 0 < name.find("·") <= 2:
            head = _dotted_head(text, start, taken)
            if head < start:  # 、雪克来|提·扎克尔、: the first part of the name, cut
                start = head
                name = text[start:end]
                known = ("Person", normalize_key(name)) in aliases
        if (
            kind == "Person"
            and not known
            and name[:1] == "尔"
            and start > 0
            and _CJK.match(text, start - 1)
            and not taken[start - 1]
        ):  # 别|尔德穆哈梅多夫: no transliteration starts with 尔, the name was cut after one
            start -= 1
            name = text[start:end]
            known = ("Person", normalize_key(name)) in aliases
        if kind in ("Person", "Place") and not known:
            whole = _whole_foreign_name(text, replace(m, start=start, end=end, text=name), taken)
            if whole is not None:
                start, end, kind = whole
                taken[start:end] = b"\1" * (end - start)
                name = text[start:end]
                known = True
        if kind == "Person" and not known and _short_forms_only(name):
            continue  # 德意总理会面: two countries' short forms, no person
        if kind == "Person" and not known and _lexicon_type(name) == "Organization":
            kind = "Organization"  # 徐工: a company the tables know, no person
            known = True
        facility = _FACILITY_NAME_AFTER.match(text, end)
        if kind == "Person" and not known and "·" not in name and facility:
            end, kind = facility.end(), "Place"  # 培森柳江特|大桥: the bridge, not a person
            name = text[start:end]
        if (
            kind == "Person"
            and not known
            and "·" not in name
            and (
                (_place_without_level(name) and not _chinese_name(name))  # 马龙 is a player too
                or (len(name) >= 4 and _starts_with_place(name))
                or _FACILITY_AFTER.match(text, end)
                or (not _chinese_name(name) and _PLACE_KIND_AFTER.match(text, end))
                or _two_place_names(name)
                or (not _chinese_name(name) and len(name) >= 3 and name[-1] in "洋湾岛峡")
                or (len(name) >= 4 and _LANDFORM_END.search(name))
            )
        ):
            kind = "Place"
        if (
            kind == "Organization"
            and not known
            and len(name) >= 4
            and start >= 1
            and not taken[start - 1]
            and ("Place", normalize_key(text[start - 1])) in aliases
            and not _CJK.match(text, start - 2 if start >= 2 else 0)
        ):  # ，俄|武装力量总参谋部: the country's one-character short form opens the name
            start -= 1
            name = text[start:end]
        if (
            kind == "Organization"
            and not known
            and _chinese_name(name)
            and len(name) <= 3
            and any(p.type == "Position" and p.end == start for p in mentions)
            and not _BODY_END.search(name)
        ):  # 董事长|武钢: a name after a post is the person holding it
            kind = "Person"
        if (
            kind == "Organization"
            and not known
            and len(name) >= 3
            and name[-1] == name[-2]
            and _BODY_END.search(name[:-1])
        ):  # 保守党|党首: the body, and the first character of the post after it
            end -= 1
            name = text[start:end]
            known = ("Organization", normalize_key(name)) in aliases
        if kind == "Organization" and not known:
            side = _SIDE_OF.search(name)
            if side and side.start() == 0:
                continue  # 中东部部分地区: a part of the country, no body
            if side and _known_place(name[: side.start()]):
                end, kind = start + side.start(), "Place"  # 江西|中南部: the province, its part
                name = text[start:end]
                known = True
        if kind == "Organization" and not known and len(name) >= 3:
            if _BODY_VERB.match(text, end - 1):
                # 华北局|地, 北方局|地 (局地: parts of): the region, then a word
                end -= 1
                name = text[start:end]
                known = ("Organization", normalize_key(name)) in aliases
                if not known and not _BODY_END.search(name):
                    if _known_place(name):
                        kind = "Place"
                    else:
                        continue
            former = _FORMER_GROUP.search(name)
            if former and _BODY_END.search(name[: former.start()]):
                end = start + former.start()  # 上海市人大常委会|原党组书记: 原 opens the post
                name = text[start:end]
            verb = _VERB_IN_NAME.search(name)
            if verb and ("Organization", normalize_key(name[: verb.start()])) in aliases:
                end = start + verb.start()  # 中国人民银行|指导商业银行: the body, then its verb
                name = text[start:end]
                known = True
            if name[0] == "届" and len(name) >= 4:
                start += 1  # 第19届|亚奥理事会: the count of a session, then the body
                name = text[start:end]
            if name[0] == "起" and text[start - 1 : start] in _BUILT:
                start += 1  # 成立起|花木研究院: the verb's complement, then the body
                name = text[start:end]
        if (
            kind == "Place"
            and not known
            and len(name) == 2
            and name[0] in _PROVINCE_ABBR
            and name[1] in "同与和及至并"
        ):
            continue  # 在京|同: the city's short form, then a preposition
        if kind in ("Person", "Place") and not known and "·" not in name:
            title = _FOREIGN_TITLE.match(name)
            cut = title.end() if title else 0
            rest = name[cut:]
            if (
                cut
                and len(rest) >= 2
                and not _known_place(rest)
                and not _PLACE_KIND_END.search(rest)
            ):
                start += cut  # 埃米尔|纳瓦夫: a title, then the person who holds it
                name, kind = rest, "Person"
                known = ("Person", normalize_key(name)) in aliases
        if kind == "Place" and not known:
            cut = _common_words_after_place(name)
            if cut:  # 钱凯港|开港, 国会大厦|安保, 白鹤滩水电站|16台: the place, then common words
                end = start + cut
                name = text[start:end]
                known = _known_place(name)
        if kind == "Place" and not known:
            direction = _DIRECTION_END.search(name)
            if direction and (direction.start() >= 3 or _known_place(name[: direction.start()])):
                end = start + direction.start()  # 巴赫穆特|西南: the place, then where from it
                name = text[start:end]
                known = _known_place(name)
        if kind == "Organization" and not known and _FORMAT.fullmatch(name):
            continue  # 4K, 5G: a format, no body
        if (
            kind == "Organization"
            and not known
            and start >= 3
            and text[start - 1] in "－—-"
            and _BODY_END.search(name)
        ):
            before = next((o for o in mentions if o.type == "Place" and o.end == start - 1), None)
            if before is not None:  # 巴西－|中国友好协会: the association of both countries
                start = before.start
                name = text[start:end]
        if kind == "Organization" and not known:
            descriptor = _DESCRIPTOR.search(name)
            if descriptor and _BODY_END.search(name):
                # 美国智库|大西洋理事会: what the body is, said before its name, is no part of it
                start += descriptor.end()
                name = text[start:end]
                known = ("Organization", normalize_key(name)) in aliases
        if (
            kind == "Organization"
            and not known
            and not _BODY_END.search(name)
            and not _FACILITY_END.search(name)  # 大藤峡水利枢纽: a place, made one below
        ):
            if _lexicon_type(name) == "Place":
                kind = "Place"  # 纽芬兰: a province the model took for a body
            elif len(name) >= 3 or name in _frequent_pairs():
                # 暴雪, 立国, 龙腾狮跃庆新春, 野村公司交易证券: no body's name ends so
                absorbed[end] = start
                continue
        if kind == "Organization" and not known:
            owner_cut = _cut_off_head(text, start, name)
            if owner_cut == 0:
                absorbed[end] = start
                continue
            if owner_cut:  # 海口市|教育局: the place's body, the place the head of its name
                out = [o for o in out if not (o.type == "Place" and o.end == start)]
                start -= owner_cut
                name = text[start:end]
                known = ("Organization", normalize_key(name)) in aliases
        if kind == "Organization" and not known:
            if (
                _EVENT_END.search(name)
                or (
                    _EVENT_AFTER.match(text, end)
                    and not _ORG_WORD.search(name)
                    and not name.endswith(("人大", "政协"))
                )
                or _ORG_NO_OWNER.search(name)
                or _ORG_KIND_END.search(name)
                or _CRAFT_END.search(name)
                or _THING_AFTER_BODY.match(text, end)
                or _SIDE.match(name)
                or _OF_A_KIND.search(name)
                or _VERB_IN_NAME.search(name)
                or (_LIST_IN_NAME.search(name) and "·" not in name)
                or _no_body_after_owner(name)
                or _joined_by_verb(name)
                or (_KIND_OF_BODY.search(name) and not _has_owner(name))
                or (
                    _BARE_UNIT.fullmatch(name)
                    and _UNIT_AFTER_AND.search(text, 0, start)
                    and not _has_owner(name)
                )
                or _TERM.sub("", name) in generic_names()
                or _generic_unit(name)
                or _local_kind(name)
                or _committee_of_nothing(name)
                or _bare_level_body(name)
                or any(
                    ("Organization", normalize_key(name[:i])) in aliases and name[i:] in _KINDS_OF
                    for i in range(2, len(name) - 1)
                )
                or (name.endswith("部") and text[end : end + 1] == "门")
                or (name.endswith("队") and _lexicon_type(name[:-1]) == "Place")
            ):
                # 书记处 of 书记处第一书记: no node, but still the owner the post begins with
                absorbed[end] = start
                continue
            if _place_then_verb(name) or _parties(name):
                continue
            pair = _TWO_BODIES.fullmatch(name)
            if not (pair and _named_body(pair.group(2))):
                pair = _known_body_and_body(name)
            if pair:  # 江苏自贸试验区南京片区|与|金陵海关: two bodies, joined by 与
                left, right = pair.group(1), pair.group(2)
                ltype = "Place" if left.endswith("区") else "Organization"
                cut = start + len(left)
                out.append(replace(m, start=start, end=cut, type=ltype, text=left))
                out.append(replace(m, start=end - len(right), end=end, text=right))
                continue
            halves = [
                i
                for i in range(2, len(name) - 1)
                if ("Organization", normalize_key(name[:i])) in aliases
                and ("Organization", normalize_key(name[i:])) in aliases
            ]
            if halves:
                cut = start + halves[0]
                out.append(replace(m, start=start, end=cut, text=text[start:cut]))
                out.append(replace(m, start=cut, end=end, text=text[cut:end]))
                continue
        if (
            kind in ("Place", "Person")
            and not known
            and len(name) >= 3
            and name[-1] in _WORD_AFTER_PLACE
            and _known_place(name[:-1])
        ):  # 杰宁|及, 平凉|至, 埃塞|愿: a preposition, a conjunction or a verb after the place
            end, kind = end - 1, "Place"
            name = text[start:end]
            known = True
        if (
            kind == "Place"
            and not known
            and len(name) >= 4
            and name[-2] in _ADMIN_END
            and name[-1] not in _PLACE_AFTER_ADMIN
            and (
                name[-1] in _WORD_AFTER_ADMIN
                or _dictionary_words().get(text[end - 1 : end + 1], 0) >= 100
            )
        ):  # 临江市|江水向市区倒灌, 贾斯珀市|约三分之一: the place ends at its 市, 县, 省 or 州
            end -= 1
            name = text[start:end]
            known = ("Place", normalize_key(name)) in aliases
        if kind == "Place" and not known and _COMPANY_END.search(name) and len(name) >= 4:
            kind = "Organization"  # 京东物流: a company, named like one
        if kind == "Place" and not known and _short_forms_only(name):
            continue  # 美加, 中埃塞: two countries' short forms, no one place
        if (
            kind == "Place"
            and not known
            and len(name) == 3
            and name[1] in "与和"
            and (_country(name[0]) or _country(name[2]))
        ):
            continue  # 伊与美: Iran and the USA, by their short forms
        if kind == "Place" and not known and name[0] in "省市县区" and _known_place(name[1:]):
            start += 1  # 桐乡|市乌镇: the level of the city before, then the town
            name = text[start:end]
            known = True
        if (
            kind == "Place"
            and not known
            and len(name) >= 3
            and _known_place(name[1:])
            and _country(name[0])
        ):  # 美|佐治亚州: the country's short form, then a place of it
            out.append(replace(m, start=start, end=start + 1, text=name[0], value=None))
            start += 1
            name = text[start:end]
            known = True
        if kind == "Place" and not known:
            run_on = _PLACE_RUN_ON.search(name, 2)
            if run_on and _known_place(name[: run_on.start()]):
                # 呼和浩特|的滑雪场, 吉林|各大滑雪场, 顿涅茨克|乌军: the place, then other words
                end = start + run_on.start()
                name = text[start:end]
                known = True
        if (
            kind == "Place"
            and len(name) == 2
            and name[1] in "东西南北"
            and text[end : end + 1] == "方"
            and _country(name[0])
        ):
            continue  # 美西方: the United States and the West
        if kind == "Place" and not known:
            descriptor = _PLACE_DESCRIPTOR.match(name)
            if descriptor and _known_place(name[descriptor.end() :]):
                start += descriptor.end()  # 粮食大省|湖南: what the place is, said before its name
                name = text[start:end]
                known = True
        if kind == "Place" and (
            (
                text[end : end + 1] == "号"
                and (text[start - 2 : start] == "班列" or _QUOTE_BEFORE.match(text, start - 1))
            )
            or (not known and (_SEASON_END.search(name) or _CRUDE_AFTER.match(text, end)))
        ):
            continue  # 中欧班列长安号 (a train), 哈尔滨冰雪季 (a season), 伦敦布伦特原油 (a crude)
        if kind == "Place" and not known:
            level = _word_after_level(name)
            if level:  # 盛泽镇|民营企业: the town, then an ordinary word
                end = start + level
                name = text[start:end]
                known = _known_place(name)
        if kind == "Place" and not known and len(name) == 2 and _ROAD_AFTER.match(text, end):
            continue  # 德余|高速: two cities' abbreviations naming a road
        if (
            kind == "Place"
            and not known
            and (
                _PLACE_VERB.search(name)
                or _CRAFT_END.search(name)
                or _SATELLITE.search(name)
                or _GAMES_AFTER.match(text, end)
            )
        ):
            continue  # 德余高速连接贵州, 风云三号G星, 杭州亚|运会
        pieces = _places_of(name) if kind == "Place" and not _known_place(name) else []
        if len(pieces) > 1:  # 以色列|纳哈里亚, 石狮|蚶江镇, 宝鸡|石坝河|和|瓦峪河
            for a, b in pieces:
                out.append(replace(m, start=start + a, end=start + b, type=kind, text=name[a:b]))
            continue
        if (start, end, kind) == (m.start, m.end, m.type):
            out.append(m)
        else:
            out.append(replace(m, start=start, end=end, type=kind, text=text[start:end]))
    return sorted(out, key=in_text_order)


# The kinds of state body every country has, whose bare name the tables give to China's:
# 国防部, 外交部, 最高法院, 共产党. Preceded by another country they are that country's.
_NATIONAL_BODY = re.compile(
    r"(?:部|局|署|委员会|法院|检察院|议会|国会|党|政府|银行|军|警察|海警|航天局)$"
)


# A country's forces and guards, named without the country: 乌克兰|国民警卫队.
_NATIONAL_FORCE = re.compile(r"国民警卫队|海岸警卫队|国防军|武装部队|武装力量|边防部队|共和国卫队")


def _country(name: str) -> str | None:
    """The canonical name of a foreign country written ``name`` (俄罗斯, 俄, 美), else None."""
    from kgraph.lexicons import lexicon, normalize_key

    lex = lexicon()
    found = lex.aliases.get(("Place", normalize_key(name)))
    entry = lex.get("Place", found) if found else None
    if entry is None or entry.kind != "country" or found == "中国":
        return None
    return found


def _foreign_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """``俄罗斯|国防部``, ``乌|国防部``, ``日本|共产党``: a body the tables know by its bare name
    (China's), right after another country's name, is that country's body: one mention for
    the whole span, never China's ministry. Only for the graph (the corpora annotate the
    country and the body apart)."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    places = {m.end: m for m in mentions if m.type == "Place"}
    dropped: set[int] = set()
    out: list[Mention] = []
    for m in mentions:
        if (
            m.type != "Organization"
            or not (m.value or _NATIONAL_FORCE.fullmatch(m.text))
            or m.owner
            or not (_NATIONAL_BODY.search(m.text) or _NATIONAL_FORCE.fullmatch(m.text))
            or _starts_with_place(m.text)
        ):
            out.append(m)
            continue
        start = m.start
        before = places.get(m.start)
        if before is not None and _country(before.text):
            start = before.start
            dropped.add(id(before))
        elif (
            m.start >= 1
            and _country(text[m.start - 1])
            and not any(x.start < m.start <= x.end for x in mentions if x is not m)
            and not (m.start >= 2 and ("Place", normalize_key(text[m.start - 2])) in aliases)
        ):  # 乌国防部, not 中俄|国防部长 (two countries' ministers)
            start = m.start - 1
        if start == m.start:
            out.append(m)
            continue
        out.append(replace(m, start=start, text=text[start : m.end], value=None))
    return [m for m in out if id(m) not in dropped]


def _foreign_base(name: str) -> str | None:
    """``俄罗斯国防部`` -> ``国防部``: the bare body of a foreign country's name, else None."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    for i in range(1, min(len(name) - 1, 8)):
        body = name[i:]
        if (
            _NATIONAL_BODY.search(body)
            and ("Organization", normalize_key(body)) in aliases
            and _country(name[:i])
        ):
            return body
    return None


def _bare_foreign_bodies(items: list[list[Mention]]) -> list[list[Mention]]:
    """In a story that names 俄罗斯国防部 and never China's, a bare 国防部 is not China's
    either: it loses its node (which ministry it is the text leaves to the reader), so that
    no country's ministry is joined to China's. ``items`` are the mentions of one document
    (a story of a page), a list per sentence."""
    flat = [m for local in items for m in local if m.type == "Organization" and not m.owner]
    foreign = {base for m in flat if (base := _foreign_base(m.text))}
    if not foreign:
        return items
    chinese = {m.text[len(p) :] for m in flat for p in ("中国", "中华人民共和国", "我国")
               if m.text.startswith(p)}  # fmt: skip
    bare = foreign - chinese
    return [
        [m for m in local if not (m.type == "Organization" and not m.owner and m.text in bare)]
        for local in items
    ]


def _places_named_as_people(items: list[list[Mention]]) -> list[list[Mention]]:
    """吴桥, 舒兰: a two- or three-character "person" whose name with 市, 县, 区 or 镇 is a
    place the same document names is that place (a person is not written like a county
    he shares a name with in one story)."""
    places = {m.text for local in items for m in local if m.type == "Place"}
    if not places:
        return items
    people = {
        m.text
        for local in items
        for m in local
        if m.type == "Person"
        and 2 <= len(m.text) <= 3
        and any(m.text + level in places for level in ("市", "县", "区", "镇"))
    }
    if not people:
        return items
    return [
        [replace(m, type="Place") if m.type == "Person" and m.text in people else m for m in local]
        for local in items
    ]


def _firms_named_as_people(items: list[list[Mention]]) -> list[list[Mention]]:
    """比泽尔: a foreign "person" of a name the same document gives a body (德国企业比泽尔 …
    2023年，比泽尔开启了…) is that body (a Chinese name is left a person's)."""
    bodies = {m.text for local in items for m in local if m.type == "Organization"}
    people = {
        m.text
        for local in items
        for m in local
        if m.type == "Person" and m.text in bodies and not _chinese_name(m.text)
    }
    if not people:
        return items
    return [
        [
            replace(m, type="Organization") if m.type == "Person" and m.text in people else m
            for m in local
        ]
        for local in items
    ]


_OPENING_QUOTE = re.compile(r'[“"「『]')


def _things_named_as_people(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """哈勃: a "person" whose name the document writes in quotes before a kind of thing
    (“哈勃”太空望远镜, “艾布拉姆斯”主战坦克) or after a storm's (飓风“奥蒂斯”) is that thing
    where it stands alone too (“哈勃”所拍的照片, “奥蒂斯”导致), unless the tables know the name as
    a person's."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    candidates = {
        m.text
        for local in items
        for m in local
        if m.type == "Person"
        and len(m.text) >= 2
        and ("Person", normalize_key(m.text)) not in aliases
    }
    # (only the sentences that open a quotation: most open none, and this runs per document)
    quoting = [text for text in texts if _OPENING_QUOTE.search(text)]
    things = {
        name
        for name in candidates
        if any(
            _NAMED_THING.match(text, found.end())
            or _QUOTED_THING.match(text, found.end())
            # (飓风“奥蒂斯” … “奥蒂斯”导致: a storm where the document names it one)
            or _NAMED_THING_BEFORE.search(text, 0, found.start())
            for text in quoting
            for found in re.finditer(f"(?<={_OPENING_QUOTE.pattern}){re.escape(name)}", text)
        )
    }
    if not things:
        return items
    return [[m for m in local if not (m.type == "Person" and m.text in things)] for local in items]


@cache
def _dictionary() -> dict[str, tuple[int, str]]:
    """jieba's own dictionary (shipped with the package): word -> (frequency, part of speech)."""
    import jieba

    found: dict[str, tuple[int, str]] = {}
    with jieba.dt.get_dict_file() as handle:
        for raw in handle:
            parts = raw.decode("utf-8").split()
            if len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) > 0:
                found[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return found


@cache
def _dictionary_words() -> dict[str, int]:
    """jieba's own dictionary: word -> its frequency."""
    return {word: count for word, (count, _tag) in _dictionary().items()}


# How common a word of the dictionary must be: rarer ones are mostly names (赫什 has 5).
_COMMON_WORD = 10


@cache
def _dictionary_names() -> frozenset[str]:
    """Words of jieba's dictionary the training corpora name a person by (孔子, 彭丽媛)."""
    return read_words(Path(__file__).resolve().parents[1] / "data" / "dictionary_names.txt")


# What marks a name as a person's where it stands: a word for who the person is just before it
# (记者, 获得者, 音乐家, 议长, 选手, 村民 …; most posts are Position mentions), a verb of saying,
# a courtesy, a byline's 摄 or what a person does (执导) just after.
_PERSON_BEFORE = re.compile(
    r"(?:[者长员师手士官]|(?<!国)家|主任|主席|书记|总统|总理|首相|大使|代表|委员|同志|先生|"
    r"女士|夫人|丈夫|妻子|儿子|女儿|父亲|母亲|学生|医生|村民|居民|农民|牧民|渔民|工人|职工|"
    r"党员|烈士|英雄|模范|[爷奶哥姐弟妹叔姨])[”\s]*$"
)
_PERSON_AFTER = re.compile(
    r"^[”\s]*(?:同志|先生|女士|老人|夫妇|一家|等人|说|称|表示|指出|强调|介绍|认为|回忆|告诉|"
    r"坦言|笑着|报道|撰文|写道|执导|主演|导演|担任|出任|当选|率领|带领|摄|[（(]记者|本人|"
    # (袁步兵本人先后6次被如东农业系统评为先进个人: one honoured or appointed)
    r"(?:先后|曾|多次)?[0-9一二三四五六七八九十]*次?被[^，。；,;]{0,12}?(?:评为|授予|任命为|选为|聘为))"
)
# The titles a deputy or a member of a committee is addressed by, after the name
_ADDRESSED_AS = frozenset({"委员", "常委", "代表"})
# A list of names: another person's name beside this one, with only a comma or 和 between.
_NAME_LIST = re.compile(r"^\s?(?:[、，,/和与及]|以及)\s?$")


_FAMILY_NAME_AFTER = re.compile(
    _PERSON_AFTER.pattern + r"|^(?:将|在|于|与|同|和|也|还|已|曾|就|对|则|又|并|[，。、；])"
)


def _family_names(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """``日本首相岸田文雄…。…岸田将不再担任日本首相``: the family name of a four-character
    name (Japanese names: 岸田 of 岸田文雄), alone where a person stands (a verb, a comma
    after it) and inside no other name, is that person (text 岸田, value the full name).
    ``items`` are the mentions of one document, a list per sentence."""
    full: dict[str, set[str]] = {}
    for local in items:
        for m in local:
            if m.type == "Person" and len(m.text) == 4 and _CJK_NAME.fullmatch(m.text):
                full.setdefault(m.text[:2], set()).add(m.text)
    heads = {head: names.pop() for head, names in full.items() if len(names) == 1}
    if not heads:
        return items
    pattern = re.compile("|".join(map(re.escape, sorted(heads))))
    out: list[list[Mention]] = []
    for text, local in zip(texts, items):
        added: list[Mention] = []
        for found in pattern.finditer(text):
            start, end = found.span()
            inside = any(m.start < end and start < m.end for m in local)
            # (…的岸田: a word right before it may make it part of another; a title may not)
            glued = (
                start > 0
                and _CJK_NAME.match(text[start - 1]) is not None
                and not _PERSON_BEFORE.search(text, 0, start)
            )
            if inside or glued or not _FAMILY_NAME_AFTER.match(text[end:]):
                continue
            sentence = local[0].sentence if local else -1
            added.append(
                Mention(
                    start,
                    end,
                    "Person",
                    found.group(),
                    heads[found.group()],
                    sentence=sentence,
                    source="rules",
                )
            )
        out.append(sorted(local + added, key=in_text_order) if added else local)
    return out


def _surnames_titled(items: list[list[Mention]]) -> list[list[Mention]]:
    """``去年江主席访美``: a family name alone before a title (the corpora tag 江 of 江主席 a
    person) is the person a curated alias names so (江主席 -> 江泽民, ontology/people.tsv); the
    mention keeps its text, its value is the full name. ``items`` are the mentions of one
    document, a list per sentence."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    out: list[list[Mention]] = []
    for local in items:
        titles = {m.start: m.text for m in local if m.type == "Position"}
        out.append(
            [
                replace(m, value=aliases[key])
                if m.type == "Person"
                and len(m.text) == 1
                and m.end in titles
                and (key := ("Person", normalize_key(m.text + titles[m.end]))) in aliases
                else m
                for m in local
            ]
        )
    return out


# One-character adverbs a verb may follow a name with: 袁胜正带领团队, 王五也表示.
_ADVERB_CHARS = frozenset("正也还都就又便才曾将已先再仍亦均")


def _titled_persons_everywhere(items: list[list[Mention]]) -> list[list[Mention]]:
    """A name the document gives a post (``当选副总统乌略亚``) is that person wherever the
    tagger read it as a place or a body (``乌略亚感谢中方…``), unless the tables know it so."""
    from kgraph.lexicons import lexicon, normalize_key

    titled: set[str] = set()
    for local in items:
        post_ends = {m.end for m in local if m.type == "Position"}
        titled |= {
            m.text
            for m in local
            if m.type == "Person" and len(m.text) >= 2 and m.start in post_ends
        }
    if not titled:
        return items
    aliases = lexicon().aliases

    def retyped(m: Mention, persons: dict[int, str]) -> Mention:
        if m.type in ("Place", "Organization") and persons.get(m.end) == m.text:
            return replace(m, type="Person", value=None)
        if m.type == "Position" and m.owner is not None and persons.get(m.start) == m.owner:
            return replace(
                m, value=m.text, owner=None
            )  # (向基罗总督转达: his title, not his post's owner)
        return m

    out: list[list[Mention]] = []
    for local in items:
        persons = {
            m.end: m.text
            for m in local
            if m.type in ("Place", "Organization")
            and m.text in titled
            and (m.type, normalize_key(m.text)) not in aliases
        }
        out.append([retyped(m, persons) for m in local])
    return out


def _names_seen_elsewhere(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """The document's persons of three characters or more (or with a ·), tagged where no
    mention covers another occurrence of them; a name the document also gives another type
    is left alone."""
    from kgraph.lexicons import lexicon, normalize_key

    typed: dict[str, set[str]] = {}
    for local in items:
        for m in local:
            typed.setdefault(m.text, set()).add(m.type)
    aliases = lexicon().aliases
    # 国家副主席韩正…。开幕式前，韩正专程赴…: a two-character leader the tables know, whom
    # the tagger read as 韩 (Korea) where no title comes first
    # (…外交部长加蒂…。当晚，他同加蒂举行了会谈: a two-character transliteration, no word)
    words = _dictionary_words()
    known = {
        t
        for t, kinds in typed.items()
        if "Person" in kinds
        and len(t) == 2
        and (
            ("Person", normalize_key(t)) in aliases
            or (
                kinds == {"Person"}
                and all(char in _TRANSLITERATION for char in t)
                and words.get(t, 0) < _COMMON_WORD
            )
        )
    }
    names = sorted(
        (
            t
            for t, kinds in typed.items()
            if (kinds == {"Person"} and (len(t) >= 3 or "·" in t)) or t in known
        ),
        key=len,
        reverse=True,
    )
    if not names:
        return items
    pattern = re.compile("|".join(map(re.escape, names)))
    out: list[list[Mention]] = []
    for index, (text, local) in enumerate(zip(texts, items)):
        added: list[Mention] = []
        dropped: list[Mention] = []
        for found in pattern.finditer(text):
            inside = [m for m in local if m.start < found.end() and found.start() < m.end]
            if inside and not (
                found.group() in known
                and all(
                    m.type != "Person" and found.start() <= m.start and m.end <= found.end()
                    for m in inside
                )
            ):
                continue
            dropped += inside
            added.append(
                Mention(
                    found.start(),
                    found.end(),
                    "Person",
                    found.group(),
                    sentence=index,
                    source="crf",
                )
            )
        kept = [m for m in local if m not in dropped]
        out.append(sorted(kept + added, key=in_text_order) if added else local)
    return out


@cache
def _visits_to_places() -> tuple[str, ...]:
    """The verbs of a visit that name where (访英, 访华; ontology/event_cues.tsv), which the
    tagger may run into the visitor's name (将邀请阿外长阿塔夫访英)."""
    from kgraph.extract.cues import event_cues

    return tuple(
        word
        for word, cue in event_cues().by_word.items()
        if cue.event_type == "Visit" and len(word) == 2 and word.startswith("访") and word != "访问"
    )


def _names_run_on(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """A "person" that is a name the same document gives alone, plus what the tagger ran into
    it, is that name: an adverb before a verb (``袁胜正带领团队…。袁胜和团队…``: a
    two-character Chinese name, 袁胜), 时 before a comma (``分别会见…德索萨、…。会见德索萨时，…``:
    德索萨) or a visit's verb (``邀请阿外长阿塔夫访英，阿塔夫已…``). A name the tables know is
    left alone. ``items`` are the mentions of one document, a list per sentence."""
    from kgraph.lexicons import lexicon, normalize_key

    alone = {m.text for local in items for m in local if m.type == "Person"}
    aliases = lexicon().aliases
    visits = _visits_to_places()

    def run_on(m: Mention, text: str) -> int:
        """How many characters the tagger ran into the name (0: none)."""
        if m.type != "Person" or text[m.start : m.end] != m.text:
            return 0
        if ("Person", normalize_key(m.text)) in aliases:
            return 0
        if m.text.endswith(visits) and m.text[:-2] in alone:
            return 2
        name, last = m.text[:-1], m.text[-1:]
        if name not in alone:
            return 0
        adverb = (
            len(name) == 2
            and _chinese_name(name)
            and last in _ADVERB_CHARS
            and _CJK_NAME.match(text, m.end) is not None
        )
        return int(adverb or (last == "时" and text[m.end : m.end + 1] in ("，", ",")))

    return [
        [
            replace(m, end=m.end - cut, text=m.text[:-cut]) if (cut := run_on(m, text)) else m
            for m in local
        ]
        for text, local in zip(texts, items)
    ]


def _names_cut_short(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """A person or place that, with the one or two characters before it or the one after it,
    is a person's name the same document gives is that person, when no other mention holds
    them (``为单多吉和夫人…`` tagged 多吉, ``李强同萨尔维举行会谈`` tagged 萨尔, where the
    document names 单多吉 and 萨尔维); a name the tables know is left alone. ``items`` are the
    mentions of one document, a list per sentence."""
    from kgraph.lexicons import lexicon, normalize_key

    alone = {m.text for local in items for m in local if m.type == "Person"}
    aliases = lexicon().aliases

    def whole(m: Mention, text: str, local: list[Mention]) -> Mention:
        if m.type not in ("Person", "Place") or (m.type, normalize_key(m.text)) in aliases:
            return m
        if m.type == "Place" and any(o.type == "Position" and o.start == m.end for o in local):
            return m  # (同达|达埃总督: a post the positions stage gave the place already)
        for start, end in ((m.start - 1, m.end), (m.start - 2, m.end), (m.start, m.end + 1)):
            if start >= 0 and end <= len(text) and text[start:end] in alone:
                if any(o is not m and o.start < end and o.end > start for o in local):
                    return m
                return replace(
                    m, start=start, end=end, type="Person", text=text[start:end], value=None
                )
        return m

    return [[whole(m, text, local) for m in local] for text, local in zip(texts, items)]


# One character between two names the tagger ran together (德索萨请韩正转达, A同B会谈)
_JOINING_CHARS = frozenset("请同和与向对及跟给")


def _names_run_together(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """A "person" made of two names the document gives alone (or the tables know) and one
    character between them (``德索萨请韩正转达``: 德索萨 and 韩正) is the two persons; one made of
    such a name and the first character of a post the tables know after it (``韩正副|主席``) is
    the name. ``items`` are the mentions of one document, a list per sentence."""
    from kgraph.lexicons import lexicon, normalize_key

    alone = {m.text for local in items for m in local if m.type == "Person"}
    aliases = lexicon().aliases
    posts = titles().pattern

    def named(name: str) -> bool:
        return name in alone or ("Person", normalize_key(name)) in aliases

    def parts(m: Mention, text: str) -> list[Mention]:
        name = m.text
        if (
            m.type != "Person"
            or text[m.start : m.end] != name
            or ("Person", normalize_key(name)) in aliases
        ):
            return [m]
        for at in range(2, len(name) - 2):
            if name[at] in _JOINING_CHARS and named(name[:at]) and named(name[at + 1 :]):
                first = replace(m, end=m.start + at, text=name[:at], value=None)
                second = replace(m, start=m.start + at + 1, text=name[at + 1 :], value=None)
                return [first, second]
        post_at = m.end - 1
        if len(name) >= 3 and named(name[:-1]) and posts.match(text, post_at) is not None:
            return [replace(m, end=post_at, text=name[:-1], value=None)]
        return [m]

    return [[part for m in local for part in parts(m, text)] for text, local in zip(texts, items)]


# A run of Chinese characters (bound once: an earlier binding that also took · and - was
# shadowed by this one for every caller, and was dropped)
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]+")

# Prepositions the tagger runs into the name after them: 应|武契奇总统多次邀请, 冠军被|兰星宇获得.
_LEAD_WORDS = frozenset("应被对同向由与给让把将经据跟替和而并且")
# … of them, those no family name begins with: cut even before a name given once (and the
# conjunctions: 而|西摩·赫什的调查).
_NO_FAMILY_LEADS = frozenset("被对与给让把据跟替和而并且")
# Titles a foreign name may carry glued on: 王后|卡米拉, 巴|特使|埃弗迪卡哈 (巴: Pakistan).
_GLUED_TITLES = re.compile(
    r"^[\u4e00-\u9fff]?(?:王后|国王|女王|王储|王子|公主|亲王|首相|总统|总理|特使|大使|外长|议长)"
)


# Countries by one character (中方愿同马方一道: 马方 is Malaysia's side), and what a side is.
_COUNTRY_CHARS = frozenset(
    "中美俄日韩朝英法德意西葡荷比卢瑞奥希土伊以巴印孟越老柬泰缅马新菲澳加墨古委哈吉乌塔蒙阿埃沙卡科"
    "洪尼秘智"  # 洪方 (Honduras), 尼方, 秘方 (Peru), 智方 (Chile)
)


def _no_names(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """Persons that name no one: a country's side in talks (``中方愿同马方一道``: 马方, 卢方,
    孟方, when the document speaks of 中方 or 双方), an armed group (``巴武装称``), and a family
    name with a title (``李院士说``: Academician Li, no name)."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    known = titles().labels
    sides = any("中方" in text or "双方" in text for text in texts)

    def none(m: Mention) -> bool:
        if m.type not in ("Person", "Place") or (m.type, normalize_key(m.text)) in aliases:
            return False
        name = m.text
        if sides and len(name) == 2 and name[1] == "方" and name[0] in _COUNTRY_CHARS:
            return True  # (a side is no place either: 愿同孟方加强交流)
        if (
            sides
            and len(name) == 3
            and name[1] == "方"
            and name[0] in _COUNTRY_CHARS
            and name[2] in _SIDE_VERBS
        ):
            return True  # 孟方|愿同中方深化双边关系: the side and its verb
        return (
            m.type == "Person"
            and (
                name.endswith("武装")
                or (len(name) >= 3 and name[-1] in "局厅署")  # 国家林草局: a body
                # 美媒报道: a country's media (外媒: foreign media), no one
                or (
                    len(name) == 2
                    and name[1] == "媒"
                    and (name[0] in _COUNTRY_CHARS or name[0] == "外")
                )
                or (len(name) == 2 and name[1] == "老" and _chinese_name(name))  # 93岁的杨老
                or (len(name) >= 3 and _chinese_name(name[:1] + "某") and name[1:] in known)
            )
        )

    return [[m for m in local if not none(m)] for local in items]


# What a side in talks does right after its name (孟方|愿同, 卢方|将, 马方|支持).
_SIDE_VERBS = frozenset("愿将称表同对在也还支高赞欢感认希")


# How common (jieba's count) a word after a preposition is to be no name: 夫人, 代表, 专家.
_COMMON_AFTER_LEAD = 100


def _words_before_names(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """A "person" that begins with a preposition (``应|武契奇``, ``被|兰星宇``) or with a title
    (``王后|卡米拉``, ``巴特使|埃弗迪卡哈``) is the name after it: when the document names that
    person alone, or the word is no family name's (被, 对 …), or the name is foreign. A name
    the tables know is left alone. ``items`` are the mentions of one document, by sentence."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    alone = {m.text for local in items for m in local if m.type == "Person"}
    words = _dictionary_words()

    def known(name: str) -> bool:
        return ("Person", normalize_key(name)) in aliases

    def cut(m: Mention) -> int:
        if len(m.text) < 3 or known(m.text) or "·" in m.text[:3] or m.text[1] in "-－":
            return 0  # (让-诺埃尔·巴罗: a name's first part before its hyphen)
        rest = m.text[1:]
        if m.text[0] in _LEAD_WORDS and (
            rest in alone or known(rest) or m.text[0] in _NO_FAMILY_LEADS
        ):
            return 1
        title = _GLUED_TITLES.match(m.text)
        if title is None or len(m.text) - title.end() < 2:
            return 0
        rest = m.text[title.end() :]
        if rest in alone or known(rest) or not (_chinese_name(m.text) or _chinese_name(rest)):
            return title.end()
        return 0

    out: list[list[Mention]] = []
    for text, local in zip(texts, items):
        mended = []
        for m in local:
            lead = cut(m) if m.type == "Person" and text[m.start : m.end] == m.text else 0
            if lead > 1:  # the title (two characters) is a post: 王后, 特使 (not 巴 of 巴特使)
                end = m.start + lead
                post = replace(m, type="Position", start=end - 2, end=end, value=None)
                mended.append(replace(post, text=text[end - 2 : end]))
            if lead == 1 and words.get(m.text[1:], 0) >= _COMMON_AFTER_LEAD:
                continue  # 和|夫人, 对|代表, 和|专家: a preposition and a common word, no name
            if lead:
                m = replace(m, start=m.start + lead, text=m.text[lead:], value=None)
            mended.append(m)
        out.append(mended)
    return out


# Parts of speech of jieba's dictionary that name a person or a place.
_NAME_TAGS = ("nr", "ns", "nt", "nz")
# … and those of a transliterated name or a place: 哈尼 of 哈尼亚 (Haniyeh).
_FOREIGN_TAGS = ("nrt", "ns")


def common_word(text: str) -> bool:
    """Whether ``text`` is a word of jieba's dictionary (:func:`_word_like`) that the training
    corpora never name a person by (目录, 漫画; not 孔子)."""
    return _word_like(text, _dictionary_words()) and text not in _dictionary_names()


def _word_like(name: str, words: dict[str, int]) -> bool:
    """A "person" written like a word: a common word of jieba's dictionary (希冀), one of three
    or four characters the dictionary has at all (余波未平, 梅雨季, 祝酒辞), or three characters
    whose last two are a common word that names nobody (仓|占比, 党|育人)."""
    if words.get(name, 0) >= _COMMON_WORD:
        return True
    if len(name) not in (3, 4) or not _CJK_NAME.fullmatch(name):
        return False
    found = _dictionary()
    if name in found and found[name][1] not in _FOREIGN_TAGS:
        # two words the dictionary has (梅雨|季, 佩|香囊), neither a foreign name (哈尼|亚)
        return len(name) == 4 or any(
            name[:cut] in found
            and name[cut:] in found
            and found[name[:cut]][1] not in _FOREIGN_TAGS
            and found[name[cut:]][1] not in _FOREIGN_TAGS
            for cut in (1, 2)
        )
    if len(name) == 3:
        tail = found.get(name[1:])
        return tail is not None and tail[0] >= 1000 and not tail[1].startswith(_NAME_TAGS)
    halves = (found.get(name[:2]), found.get(name[2:]))
    # two common words that name nobody (洪水|洪峰): no four-character name is made so
    return all(h is not None and h[0] >= 1000 and not h[1].startswith(_NAME_TAGS) for h in halves)


def _post_of_name_before(mention: Mention, local: list[Mention]) -> bool:
    """习近平主席|英明: the post right before the word follows a name, and is that name's."""
    return any(
        o.type == "Position"
        and mention.start - 1 <= o.end <= mention.start
        and any(p.type == "Person" and p.end == o.start for p in local)
        for o in local
    )


# The items of a list around a name: the words after 、 up to the next 、, 等, 和 or comma, and
# the words before it back to the last 、
_NEXT_ITEM = re.compile(r"、([\u4e00-\u9fff]{2,4}?)(?=[、等和及，,。；;]|$)")
_PREVIOUS_ITEM = re.compile(r"(?:^|[、，,：:])([\u4e00-\u9fff]{2,4})、$")
# How common a thing's word must be (茶叶 1,496, 柑橘 433) to make a list one of things …
# … and a word for people is none (刘洋、专家、…: a list of people)
_PEOPLES_WORD = re.compile(
    r"[者长员师手士官家人工民生友兵]$|代表|同志|群众|干部|领导|嘉宾|选手|模范|英雄|烈士|家属|夫人"
)
_THING_WORD = 100


def _listed_with_a_thing(text: str, person: Mention, local: list[Mention]) -> bool:
    """``黄桃、茶叶、雷竹等特色农业``: a "person" listed beside a common noun of the dictionary that
    no mention covers is one of a list of things (a crop, a product), no one's name."""
    found = _dictionary()
    after = _NEXT_ITEM.match(text, person.end)
    before = _PREVIOUS_ITEM.search(text, max(0, person.start - 6), person.start)
    for item in (after, before):
        if item is None or any(
            m.start < item.end(1) and item.start(1) < m.end for m in local if m is not person
        ):
            continue
        entry = found.get(item.group(1))
        if (
            entry is not None
            and entry[1] == "n"
            and entry[0] >= _THING_WORD
            and not _PEOPLES_WORD.search(item.group(1))
        ):
            return True
    return False


def _ordinary_words_as_people(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """西红柿, 希冀, 桂圆: a "person" whose name is a word of jieba's dictionary that the
    training corpora never name a person by (``dictionary_names.txt``) and the tables do not
    know as a person, and that nowhere in the document stands as a person's
    name does (no post or person word before it, no verb of saying or courtesy after it, no
    other person's name beside it in a list) is that word, no person. ``items`` are the
    mentions of one document, a list per sentence."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases  # a name the tables know, as anything, is left to them
    words = None
    suspects: set[str] = set()
    for text, local in zip(texts, items):
        for m in local:
            if m.type != "Person" or not 2 <= len(m.text) <= 4 or "·" in m.text:
                continue
            if words is None:
                words = _dictionary_words()
            key = normalize_key(m.text)
            if (
                (_word_like(m.text, words) or _listed_with_a_thing(text, m, local))
                and m.text not in _dictionary_names()
                and not any((kind, key) in aliases for kind in ("Person", "Place", "Organization"))
            ):
                suspects.add(m.text)
    if not suspects:
        return items
    named: set[str] = set()  # suspects the document uses as a person's name somewhere
    for text, local in zip(texts, items):
        for m in local:
            if m.type != "Person" or m.text not in suspects or m.text in named:
                continue
            if (
                # 圣战组织（杰哈德）: the short form of the name before it
                text[m.start - 1 : m.start] in ("（", "(")
                # 丁文艺，男，: the name a career note opens with
                or (
                    (opener := _NOTE_OPENER.match(text, m.start)) is not None
                    and opener.group(1) == m.text
                )
                or (_PERSON_BEFORE.search(text, 0, m.start) and not _post_of_name_before(m, local))
                or _PERSON_AFTER.match(text[m.end :])
                # 王建国委员：, 谢伏瞻常委提出: the title a deputy or a member is addressed by
                # (not any post: 王宫大臣, 特聘教授)
                or any(
                    o.type == "Position" and o.start == m.end and o.text in _ADDRESSED_AS
                    for o in local
                )
                or (
                    any(
                        o.type == "Position"
                        and m.start - 1 <= o.end <= m.start
                        and text[o.end : m.start] != "的"  # 总书记的|殷切希望: no title
                        for o in local
                    )
                    and not _post_of_name_before(m, local)
                )
                or any(
                    o is not m
                    and o.type == "Person"
                    and o.text not in suspects
                    and (
                        _NAME_LIST.match(text[o.end : m.start])
                        or _NAME_LIST.match(text[m.end : o.start])
                    )
                    for o in local
                )
            ):
                named.add(m.text)
    words_only = suspects - named
    if not words_only:
        return items
    return [
        [m for m in local if not (m.type == "Person" and m.text in words_only)] for local in items
    ]


# How common (jieba's count) each word of a slot's "name" is when the name is only words.
_SLOT_WORD = 100


def _frame_words(mentions: list[Mention]) -> list[Mention]:
    """A person a frame read from a verb's slot, not the tagger (``通过安全认证的产品``,
    ``通过数字化、智能化的科技手段``, ``通过司法裁判``), is none when the "name" is one common word
    of jieba's dictionary or two of two characters each (司法|裁判, 卫星|遥感) that the
    training corpora never name a person by and the tables do not know. jieba's own tags
    are no guide (it tags 卫星 and 智能化 ``nr``); its counts are: a name it holds is rare."""
    from kgraph.lexicons import lexicon, normalize_key

    found = [m for m in mentions if m.type == "Person" and m.source == "frame"]
    if not found:
        return mentions
    counts = _dictionary()
    aliases = lexicon().aliases

    def common(word: str) -> bool:
        entry = counts.get(word)
        return entry is not None and entry[0] >= _SLOT_WORD and word not in _dictionary_names()

    def words(name: str) -> bool:
        if not _CJK_NAME.fullmatch(name) or any(
            (kind, normalize_key(name)) in aliases for kind in ("Person", "Place", "Organization")
        ):
            return False
        return common(name) or (len(name) == 4 and common(name[:2]) and common(name[2:]))

    # (议长贝代表外方发言: a one-character name closing a titled list is no word)
    drop = {id(m) for m in found if len(m.text) > 1 and words(m.text)}
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def _complete_orgs(text: str, mentions: list[Mention], names: frozenset[str]) -> list[Mention]:
    """An organisation the tagger cut from a longer name is given its whole name back.

    * the longer name is one the tables know (中央和|国家机关工委), or one the same document
      names in full elsewhere (``names``), and the text before the cut holds its head;
    * a known person's name right before a body of no owner is part of its name
      (周恩来|故居管理处, 胡志明|国家政治学院): a name and a body are never written together
      otherwise (an unknown "name" may still hold a verb here: 陈旭为|省高级人民法院).

    The mentions inside the longer span are dropped; a post the body owns follows it.
    """
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    ends = {m.end: m for m in mentions}
    grown: dict[int, tuple[int, str]] = {}  # id of an org -> (new start, old text)
    for m in mentions:
        if m.type != "Organization" or m.owner:
            continue
        start = next(
            (
                m.start - k
                for k in range(min(m.start, 12), 0, -1)
                if not _EDGE_PUNCT_OR_SPACE.search(text, m.start - k, m.start)
                and (
                    ("Organization", normalize_key(text[m.start - k : m.end])) in aliases
                    or text[m.start - k : m.end] in names
                )
            ),
            m.start,
        )
        before = ends.get(m.start)
        if (
            start == m.start
            and before is not None
            and before.type == "Person"
            and ("Person", normalize_key(before.text)) in aliases
            and not m.value
            and len(m.text) >= 4
            and not _has_owner(m.text)
            and not _starts_with_place(m.text)
        ):
            start = before.start
        if start < m.start:
            grown[id(m)] = (start, m.text)
    if not grown:
        return mentions
    spans = [(start, m.end) for m in mentions if id(m) in grown for start in [grown[id(m)][0]]]
    out: list[Mention] = []
    for m in mentions:
        if id(m) in grown:
            start = grown[id(m)][0]
            out.append(replace(m, start=start, text=text[start : m.end], value=None))
            continue
        if m.type not in CONTAINER_TYPES and any(
            a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in spans
        ):
            continue
        if m.type == "Position" and m.owner and m.value:
            body = next(
                (o for o in mentions if id(o) in grown and o.end == m.start and o.text == m.owner),
                None,
            )
            if body is not None and m.value.startswith(m.owner):
                head = text[grown[id(body)][0] : body.end]
                out.append(replace(m, value=head + m.value[len(m.owner) :], owner=head))
                continue
        out.append(m)
    return sorted(out, key=in_text_order)


_EDGE_PUNCT_OR_SPACE = re.compile(r"[\s，,。；;：:、“”\"（）()《》<>【】]")


def _inside_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """A two-character name the tables matched inside two words, across both of their
    boundaries, is no name: 发展|中国|家 (developing countries), 人|民进|行 (人民 进行); nor
    is a short post read across two words (北部地|区长|时间, 西安|市长|安区)."""
    import rjieba

    short = [
        m
        for m in mentions
        if (m.source == "lexicon" and m.type in ("Organization", "Place") and m.end - m.start == 2)
        or (m.type == "Position" and not m.owner and m.end - m.start <= 3)
    ]
    if not short:
        return mentions
    bounds = {0}
    at = 0
    for word in rjieba.cut(text):
        at += len(word)
        bounds.add(at)
    inside = {id(m) for m in short if m.start not in bounds and m.end not in bounds}
    return [m for m in mentions if id(m) not in inside] if inside else mentions


_DASHES = re.compile(r"[—－\-–]+")


def _parties(name: str) -> bool:
    """中国—东盟, 中日韩, 中国同海合会: countries or bodies the tables know, joined by a dash or
    同 or written as one-character short forms in a row, are the parties of something, not
    one body."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases

    def known(part: str) -> bool:
        key = normalize_key(part)
        return ("Place", key) in aliases or ("Organization", key) in aliases

    parts = _DASHES.split(name)
    if len(parts) > 1 and all(part and known(part) for part in parts):
        return True
    at = name.find("同", 2)  # 中国同海合会: China with the Gulf council
    if (
        at > 0
        and known(name[:at])
        and any(known(name[at + 1 : i]) for i in range(at + 3, len(name) + 1))
    ):
        return True
    return 2 <= len(name) <= 4 and all(_country(char) or char == "中" for char in name)


def _short_forms_only(name: str) -> bool:
    """美加 (美 + 加), 中埃塞 (中 + 埃塞), 美韩: a name made only of countries' short forms, one
    or two characters each, at least one of one character (美加州 is California, 粤港澳 and
    甘宁 regions of China)."""

    def split(rest: str, pieces: int, single: bool) -> bool:
        if not rest:
            return pieces >= 2 and single
        return any(
            (part == "中" or _country(part) is not None)
            and split(rest[size:], pieces + 1, single or size == 1)
            for size in (1, 2)
            if size <= len(rest)
            for part in [rest[:size]]
        )

    return 2 <= len(name) <= 4 and split(name, 0, False)


def _orphan_posts(text: str, mentions: list[Mention]) -> list[Mention]:
    """A post whose body is a kind of body (中央委员会, 十届全国委员会) takes the organisation
    a list of terms separates it from (台湾民主自治同盟第六届、七届|中央委员会主席 ->
    台湾民主自治同盟中央委员会主席); with none, or when its body is a unit cut after 和 or
    与 from a longer name (难民救济和|工程处主任), it is no post of its own. A kind of body
    no term separates from what comes before stays as it is (书记处书记)."""
    from kgraph.resolve import generic_names

    orgs = {m.end: m for m in mentions if m.type == "Organization"}
    out: list[Mention] = []
    for m in mentions:
        if m.type == "Position" and m.text.endswith("所长") and _STRENGTHS.match(text, m.end):
            continue  # 把农工党所长与中心大局所需…: its strengths, not the head of an institute
        if m.type != "Position" or not m.owner or not m.value or not m.value.startswith(m.owner):
            out.append(m)
            continue
        body = _TERM.sub("", m.owner)
        if _BARE_UNIT.fullmatch(m.owner) and _UNIT_AFTER_AND.search(text, 0, m.start):
            continue
        if body not in generic_names():
            out.append(m)
            continue
        terms = _TERMS_BEFORE.search(text, 0, m.start)
        at = terms.start() if terms else m.start
        if body == m.owner and at == m.start:
            out.append(m)  # 书记处书记: a kind of body no term cuts from its owner
            continue
        owner = orgs.get(at)
        if owner is None:
            continue
        head = owner.text + body
        out.append(replace(m, value=head + m.value[len(m.owner) :], owner=head))
    return out


# 所长 as "strengths" in the set phrase X所长 … Y所需 (with what X does best, what Y needs).
_STRENGTHS = re.compile(r"[^。；！？]{0,15}所需")
_TERMS_BEFORE = re.compile(r"(?:第?[一二三四五六七八九十百]+届[、，和及至]?)*$")


# (called on every piece of a name by the node repairs: the tables do not change in a run)
@lru_cache(maxsize=65536)
def _known_place(name: str) -> bool:
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    return len(name) >= 2 and any(
        ("Place", normalize_key(name + suffix)) in aliases for suffix in ("", "县", "市", "区")
    )


def _two_places(mentions: list[Mention]) -> list[Mention]:
    """``吐鲁番乌鲁木齐``, ``新疆尼勒克``: a span that is two places the gazetteer knows is two.

    Organisations too (the model calls 海南博鳌 one): the span is cut where both halves are
    places (the second maybe without its 县/市/区), the span itself is not a known name.
    """
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    out: list[Mention] = []
    for mention in mentions:
        text = mention.text
        if (
            mention.type not in ("Place", "Organization")
            or mention.value
            or mention.owner
            or len(text) < 4
            or (mention.type, normalize_key(text)) in aliases
            or (mention.type == "Organization" and _ORG_WORD.search(text))
        ):
            out.append(mention)
            continue
        cuts = [
            i for i in range(2, len(text) - 1) if _known_place(text[:i]) and _known_place(text[i:])
        ]
        if not cuts:
            out.append(mention)
            continue
        cut = cuts[0]
        out.append(replace(mention, type="Place", end=mention.start + cut, text=text[:cut]))
        out.append(replace(mention, type="Place", start=mention.start + cut, text=text[cut:]))
    return out


def _split_addresses(mentions: list[Mention]) -> list[Mention]:
    """``漯河市源汇区双龙街道`` -> three places, each inside the one before (see relations).

    A place span is cut at its administrative levels when every level is a name
    of two or more characters and what follows the last is a name too; a
    trailing venue in quotes (“暖心驿站) is dropped.
    """
    out: list[Mention] = []
    for mention in _two_places(mentions):
        levels = [m.group() for m in _ADMIN_LEVEL.finditer(mention.text)]
        rest = mention.text[sum(map(len, levels)) :]
        quoted = rest[:1] in ("“", '"', "「")
        if (
            mention.type != "Place"
            or mention.value
            or not (len(levels) >= 2 or (levels and quoted))
            or any(len(level) < 2 for level in levels)
            or (rest and not quoted and len(rest) < 2)
        ):
            out.append(mention)
            continue
        start = mention.start
        for level in [*levels, *([] if quoted or not rest else [rest])]:
            out.append(replace(mention, start=start, end=start + len(level), text=level))
            start += len(level)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (
            a.type == b.type == "Place"
            and a.end == b.start
            and len(b.text) >= 3
            and b.text[0] in "市县区"
            and (_known_place(b.text[1:]) or b.text[-1] in "镇乡村")
            and any(
                _known_place(a.text[-k:] + b.text[0]) for k in range(2, min(len(a.text), 5) + 1)
            )
        ):  # 湖南永州|市道县: the level ends the place before (永州市), 道县 is the next
            out[i - 1] = replace(a, end=a.end + 1, text=a.text + b.text[0], value=None)
            out[i] = replace(b, start=b.start + 1, text=b.text[1:], value=None)
    final: list[Mention] = []
    for m in out:
        name = m.text
        cut = next(
            (
                k
                for k in range(2, len(name) - 1)
                if m.type == "Place"
                and not m.value
                and not _known_place(name)
                and _known_place(name[:k])
                and _known_place(name[k:])
            ),
            None,
        )
        if cut is None:
            final.append(m)
        else:  # 湖南永州市: the province, then the city
            final.append(replace(m, end=m.start + cut, text=name[:cut]))
            final.append(replace(m, start=m.start + cut, text=name[cut:]))
    return final


# Posts of a collegial body, which a chain names without repeating the body (省委书记、常委、委员);
# a self-standing office (国家主席, 国务委员, 外长) never takes another post's owner.
_BODY_POSTS = re.compile(
    r"^副?(?:书记|常委|委员|主任|主任委员|秘书长|会长|理事长|主席"
    # (射洪县财政局党组书记、局长: the head of the body whose party group it is)
    r"|局长|厅长|部长|院长|校长|行长|所长|社长|署长|司长|处长|科长)$"
)
# … and of a firm, which a chain names once: 山东三维石化工程股份有限公司董事、副总经理
_FIRM = re.compile(r"(?:公司|集团|银行|厂|股份)$")
# A firm's name with a unit of it (…股份有限公司监审部)
_FIRM_AND_UNIT = re.compile(
    rf"(?P<firm>.+(?:公司|集团|银行|股份))[\u4e00-\u9fff]{{1,8}}{INNER_UNIT_END}"
)


def _unit_of_the_firm(owner: str, unit: str, joined: bool) -> bool:
    """Whether ``unit`` (科研所), after the posts of ``owner`` (a firm, or a unit of one), is a
    unit of that firm: joined to the chain by 、, or the unit the chain's owner already ends
    with (the tagger read it as a body of its own)."""
    if not (INNER_UNIT.fullmatch(unit) and not is_known_body(unit)):
        return False
    if joined:
        return _FIRM.search(_firm_of(owner)) is not None
    return owner.endswith(unit) and owner != unit and _firm_of(owner) != owner


def _firm_of(owner: str) -> str:
    """The firm of ``owner`` when it names one and a unit of it (…股份有限公司监审部), else
    ``owner``."""
    found = _FIRM_AND_UNIT.fullmatch(owner)
    return found["firm"] if found is not None else owner


_FIRM_POSTS = re.compile(
    r"^(?:副|常务副|执行|独立|独立非执行|非执行|外部|职工|职工代表)?(?:董事长|董事|总经理|总裁|经理"
    r"|监事|监事会主席|董事会秘书|总会计师|总工程师|总经济师|财务总监|财务负责人|行长|首席执行官"
    r"|总经理助理|总裁助理|董事长助理|厂长)$"
)


def _distribute_owners(text: str, mentions: list[Mention]) -> list[Mention]:
    """Posts in a chain joined by 、 or 兼 share the owner the chain names first.

    ``辽宁省委书记、常委、委员``: 常委 and 委员 are 辽宁省委's; ``国务院总理、党组书记``:
    the 党组 is 国务院's (国务院党组书记). A post with its own full owner keeps it.
    """
    out = list(mentions)
    owner: str | None = None
    previous_end = -1
    for index, mention in enumerate(out):
        if mention.type not in ("Position", "Organization", "Place"):
            owner, previous_end = None, -1
            continue
        joined = previous_end >= 0 and text[previous_end : mention.start] in ("、", "兼")
        contiguous = previous_end == mention.start
        if mention.type == "Position":
            unit = next((u for u in UNITS if mention.text.startswith(u)), None)
            if mention.owner and (joined or contiguous) and owner and mention.owner in UNITS:
                full = owner + mention.owner
                out[index] = replace(mention, owner=full, value=full + mention.text)
            elif mention.owner == "书记处" and joined and owner:
                # 全国总工会党组书记、副主席、书记处第一书记: the secretariat is the union's
                body = shared_owner(owner, "")
                out[index] = replace(mention, owner=body + mention.owner, value=body + mention.text)
            elif not mention.owner and joined and owner and unit and len(mention.text) > len(unit):
                # 国务院副总理、党组成员: a title that names its unit (党组成员) is the owner's
                full = owner + unit
                out[index] = replace(mention, owner=full, value=owner + mention.text)
            elif (
                not mention.owner
                and joined
                and owner
                and (
                    _BODY_POSTS.match(mention.text)
                    # (…有限公司党委书记、董事、副总经理: the firm's, whose party committee it is)
                    or (
                        _FIRM.search(_firm_of(shared_owner(owner, mention.text)))
                        and _FIRM_POSTS.match(mention.text)
                    )
                )
            ):
                # 全国总工会党组书记、副主席: the vice-chair is the union's, not its party group's
                body = shared_owner(owner, mention.text)
                if _FIRM_POSTS.match(mention.text):
                    body = _firm_of(body)  # (…公司监审部部长兼监事: the firm's, not the unit's)
                out[index] = replace(mention, owner=body, value=body + mention.text)
            elif mention.owner and owner and _unit_of_the_firm(owner, mention.owner, joined):
                # …有限责任公司副总工程师、科研所所长: the firm's research institute (read as a
                # body of its own by the tagger: then the chain's owner is already the firm's)
                if joined:
                    owner = _firm_of(owner) + mention.owner
                out[index] = replace(mention, owner=owner, value=owner + mention.text)
            elif (
                mention.owner
                and contiguous
                and owner
                and _foreign_party(owner)
                and owner != mention.owner
                and owner.endswith(mention.owner)
            ):
                # 越共中央政治局委员、中央书记处常务书记: the party the chain named first
                out[index] = replace(mention, owner=owner, value=owner + mention.text)
            elif mention.owner and mention.owner not in UNITS:
                owner = mention.owner
            previous_end = mention.end
        elif not joined:  # an owner opens a new chain unless it is the unit of the last
            previous_end = mention.end if mention.text in UNITS and owner else -1
            if previous_end < 0:
                owner, previous_end = None, mention.end
        else:
            # (中央宣传部副部长、文化和旅游部党组书记、部长: a body after 、 owns what follows,
            # unless it is a unit of the firm the chain is of: …公司副总工程师、科技质量管理部)
            if owner and _unit_of_the_firm(owner, mention.text, True):
                owner = _firm_of(owner) + mention.text
            elif mention.text.startswith("中央") and (party := _foreign_party(owner)):
                # (越共中央政治局委员、中央书记处…: the 中央 of the same party, not China's)
                owner = party + mention.text
            else:
                owner = owner if mention.text in UNITS else None
            previous_end = mention.end
    return out


def _foreign_party(owner: str | None) -> str:
    """The party a chain's owner names before its 中央 when it is not China's: 越共 of
    越共中央政治局, 老挝人革党 of 老挝人革党中央 ("" for 中共中央…, 全国人大常委会 …)."""
    if not owner or "中央" not in owner:
        return ""
    party = owner[: owner.index("中央")]
    china = ("中共", "中国共产党")
    return party if party.endswith(("共", "党")) and party not in (*china, "共", "党") else ""


def _without_first_jobs_of_leaders(relations: list[Relation]) -> list[Relation]:
    """``relations`` without the rank-and-file jobs a national leader's life story tells he
    once held (吴邦国…历任技术员、…): the first job of a career the graph keeps as posts, which
    the identity rules (``post_ranks.tsv``) would read as a second person of the name."""
    from kgraph.identity import post_rank

    def rank(post: Mention) -> str | None:
        found = post_rank(post.value or post.text)
        return found[1] if found else None

    leaders = {
        r.head.text
        for r in relations
        if r.relation == "holdsPosition" and rank(r.tail) == "national"
    }
    return [
        r
        for r in relations
        if not (
            r.relation == "holdsPosition"
            and r.former
            and r.head.text in leaders
            and rank(r.tail) == "rank_and_file"
        )
    ]


def extract_text(text: str, *, date: str | None = None, doc: str = "text") -> DocumentExtraction:
    """Everything :func:`extract_document` finds in a bare text (one document, no cleaning).

    ``date`` (ISO) is the document's date, against which 23日下午 and 昨天 resolve.
    """
    from array import array

    from kgraph.segment import split_sentences

    document = Document(
        id=doc, path=doc, raw=text, text=text, offsets=array("l", range(len(text))), date=date
    )
    return extract_document(document, split_sentences(document))


# A year the text writes out (１９３５年, 一九三五年), a month without one (６月, 同年10月).
_WRITTEN_YEAR = re.compile(r"^[0-9０-９〇零一二三四五六七八九]{4}年")
_BARE_MONTH = re.compile(
    r"^(?:同年)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?"
    r"(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号])?$"
)


def _new_paragraph(document: Document, sentences: list[Sentence], index: int) -> bool:
    """Whether sentence ``index`` opens a paragraph of ``document`` (not its first sentence)."""
    return (
        index > 0
        and "\n" in document.text[sentences[index - 1].clean_start : sentences[index].clean_start]
    )


YEAR_BOUND = ("以来", "之前", "以前", "以后", "之后", "至今", "起")


def _narrative_years(
    document: Document,
    sentences: list[Sentence],
    per_sentence: list[list[Mention]],
    reference: dt.date | None,
    headings: dict[int, str],
) -> None:
    """Re-date the months of a chronicle: after ``１９３５年１月，…`` a paragraph's ``６月`` is
    June 1935, not the June closest to the page's date. Only for years at least two before
    the page's (a news story's 2022年 figures say nothing of its 1月, a chronicle's do), or
    under a chronicle's heading (``１９９７年６月`` alone on its line: its entry's paragraphs)."""
    from kgraph.extract.dates import extract_dates

    if reference is None:
        return
    year: int | None = None
    entry_year: int | None = None  # the year of the chronicle's heading over the entry
    for index, local in enumerate(per_sentence):
        if index in headings:
            entry_year = int(headings[index][:4])
        if _new_paragraph(document, sentences, index):
            year = entry_year
        for position, m in enumerate(local):
            if m.type != "Date" or not m.value:
                continue
            if _WRITTEN_YEAR.match(m.text) and m.value[:4].isdigit():
                written = int(m.value[:4])
                # (这是1962年以来…首次…: a bound the story measures from, no chronicle's year)
                bound = sentences[index].text.startswith(YEAR_BOUND, m.end)
                year = written if written <= reference.year - 2 and not bound else None
            elif year is not None and _BARE_MONTH.match(halfwidth(m.text)):
                # the date resolver, told the middle of that year: its month, in that year
                redated = extract_dates(m.text, dt.date(year, 7, 1))
                if len(redated) == 1 and redated[0].value and redated[0].text == m.text:
                    local[position] = replace(m, value=redated[0].value)


def _reference(document: Document) -> dt.date | None:
    if not document.date or len(document.date) != 10:
        return None
    try:
        return dt.date.fromisoformat(document.date)
    except ValueError:
        return None


def _graph_mentions(text: str, reference: dt.date | None) -> list[Mention]:
    """The mentions of one sentence as the graph takes them: :func:`extract`, then the repairs
    the annotated corpora would not have (they label some of these otherwise)."""
    tagged = _title_shares_a_character(text, _tagged(text, reference, known_whole=True))
    mentions = _mend_names(text, _inside_words(text, _cut_boundaries(text, tagged)))
    mentions = _foreign_bodies(text, _orphan_posts(text, mentions))
    mentions = _ministers(text, _named_things(text, mentions))
    mentions = _routes_and_kinds(text, _split_addresses(_cut_boundaries(text, mentions)))
    mentions = _names_before_prepositions(text, _place_sides(_listed_people(mentions)))
    mentions = _names_before_wei(text, _noted_names(text, mentions))
    mentions = _two_town_fronts(text, _given_names_cut(text, mentions))
    mentions = _stations(text, _hyphenated_names(text, mentions))
    mentions = _bodies_run_on(text, _levels_before_bodies(text, mentions))
    # (…股份有限公司常务副总经理、董事: the chain's owner, found only now, is the next post's)
    mentions = _distribute_owners(text, _long_bodies_own_titles(text, mentions))
    return _governments_paired_with_committees(text, mentions)


# A place's government head named bare after its party committee's secretary: 省委书记|省长
_GOVERNMENT_HEAD = re.compile(r"(?:常务)?副?([省市县区州])长")


def _governments_paired_with_committees(text: str, mentions: list[Mention]) -> list[Mention]:
    """``江西省委书记尹弘和省长叶建春``: the governor named bare after the province's party
    secretary, joined by 和 or 、, governs that province (江西省省长), as a reader takes it;
    the level must match (省委 and 省长, 市委 and 市长)."""
    out = list(mentions)
    for index in range(2, len(out)):
        post, person, secretary = out[index], out[index - 1], out[index - 2]
        head = _GOVERNMENT_HEAD.fullmatch(post.text) if post.type == "Position" else None
        committee = secretary.owner or ""
        if (
            head is None
            or post.owner
            or person.type != "Person"
            or secretary.type != "Position"
            or secretary.end != person.start
            or text[person.end : post.start] not in ("和", "、")
            or not committee.endswith(head.group(1) + "委")
            or len(committee) < 4
        ):
            continue
        place = committee[:-1]  # 江西省委 -> 江西省
        out[index] = replace(post, owner=place, value=place + post.text)
    return out


# What stands between a body and its post and is the post's (分会|第一|副会长, 常委会|常务|副主任),
# after a unit of the body it may name (…股份有限公司|加工事业一部|总经理, …有限公司|财务部|主任)
_UNIT_OF_BODY = re.compile(
    r"(?:[\u4e00-\u9fff0-9一二三四五六七八九十]{0,6}(?:部|处|科|室|中心|办公室|分公司|车间|分厂))?"
    rf"(?:{TRAILING_MODIFIERS})?"
)


def _tagged_owner(body: str, title: str) -> bool:
    """Whether a body the tagger read right before ``title`` can own it: not a job's word or a
    rank (驻长沙部队|上校), not bodies in general (各高校|书记), not a name read as a body (隋军|
    委员, two characters), not a name cut at a bracket (（议会下院）|国际事务委员会)."""
    known = titles()
    return (
        len(body) >= 3
        and not body.startswith("各")
        and body.count("（") == body.count("）")
        and body.count("(") == body.count(")")
        and not known.occupation(title)
        and known.labels.get(title, ("", ""))[1] != "rank"
    )


def _long_bodies_own_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """``中国国际贸易促进委员会机械行业分会|会长``, ``湖北美标汽车制冷系统有限公司研发中心|主任``:
    a body the tagger read, too long for the positions' reach to find its start, right before a
    bare title is the post's owner (for the graph only, as :func:`_title_shares_a_character`)."""
    from kgraph.extract.positions import beyond_reach, is_owner

    plain = halfwidth(text)
    bodies = {m.end: m for m in mentions if m.type == "Organization"}
    out: list[Mention] = []
    for m in mentions:
        if m.type == "Position" and m.owner is None and m.value is None:
            body = next(
                (
                    b
                    for end, b in bodies.items()
                    if 0 <= m.start - end <= 8 and _UNIT_OF_BODY.fullmatch(text, end, m.start)
                ),
                None,
            )
            if body is not None and (
                (is_owner(body.text) and beyond_reach(plain, m.start))
                # (现任神剑股份|董事长: a body the tables cannot tell by its end, read by the
                # tagger right before the title; a job's word or a rank is no post of a body)
                or (not beyond_reach(plain, m.start) and _tagged_owner(body.text, m.text))
            ):
                owner = TRAILING_MODIFIER.sub("", text[body.start : m.start])
                m = replace(m, owner=owner, value=text[body.start : m.end])
        out.append(m)
    return out


# The bodies a place's name makes with a word the tagger may leave out: 重庆市|人民政府,
# 山西省|政府 (not the government's kind of spending or debt: 市政府采购, 省政府债券)
_PLACE_BODY = re.compile(
    r"人民政府|人民代表大会常务委员会|人大常委会|人民代表大会|人民法院|人民检察院|政协|人民政府办公厅"
    r"|政府(?!性|采购|债|购买|补贴|投资|引导基金|和社会资本)"
)
# An office a body's name and a short word make (国务院军转办, 省委农办, 市政府纠风办), before
# what ends a name: a date, a verb of holding, a comma
_OFFICE_AFTER = re.compile(
    # (not a verb of holding: 北京市政府共同主办, 省政府承办)
    r"(?!共同|联合)[\u4e00-\u9fff]{1,2}?(?<![主承协举创开合督交包兴筹代查操催经领试停申])办"
    r"(?=[0-9０-９今昨本在于和及、，,。：:主召举日近等的副向与同将已]|$)"
)
_OFFICE_OWNERS = re.compile(r"(?:国务院|中共中央|中央|[省市县区]委|[省市县区]政府)$")


def _bodies_run_on(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body the tagger cut before the word that makes it: a place's government
    (``由全国政协经济委员会、重庆市|人民政府联合召开的研讨会``), an office of a body
    (``国务院|军转办７日在京召开…``); nothing else may cover the word."""
    starts = {m.start for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        body = _PLACE_BODY.match(text, m.end) if m.type == "Place" else None
        if (
            body is not None
            and m.text.endswith(("省", "市", "县", "区", "州"))
            and not any(m.end <= at < body.end() for at in starts)
        ):
            m = replace(m, type="Organization", end=body.end(), text=text[m.start : body.end()])
        office = _OFFICE_AFTER.match(text, m.end) if m.type == "Organization" else None
        if (
            office is not None
            and _OFFICE_OWNERS.search(m.text)
            and not any(m.end <= at < office.end() for at in starts)
        ):
            m = replace(m, end=office.end(), text=text[m.start : office.end()], value=None)
        out.append(m)
    return out


# A level of government before a body it names (省人大常委会, 市政协, 县委), after what
# names the post it is part of: 选举李建国为|省|人大常委会主任
_LEVEL_BODY = re.compile(r"[省市县区州](?=人大|政协|委|政府|人民|高级人民法院|纪委|党委)")


def _levels_before_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """``选举李建国为省人大常委会主任``: the tagger's 人大常委会 left the 省 out; the body (or the
    post of it) takes the level back when nothing else holds it and it follows 为 or a list's
    comma."""
    out: list[Mention] = []
    for m in mentions:
        at = m.start - 1
        if (
            m.type in ("Organization", "Position")
            and at >= 1
            and text[at - 1] in "为任、，,："
            and _LEVEL_BODY.match(text, at)
            and not any(o.start <= at < o.end for o in mentions)
        ):
            level = text[at]
            value = level + m.value if m.value and m.value.startswith(m.text[:1]) else m.value
            owner = level + m.owner if m.owner and m.text.startswith(m.owner) else m.owner
            m = replace(m, start=at, text=text[at : m.end], value=value, owner=owner)
        out.append(m)
    return out


# A railway station named by its city and a side (南京南站, 郑州东站, 北京西站).
_STATION_SIDES = frozenset("东南西北")
_CITY_KINDS = frozenset({"municipality", "prefecture", "city", "capital", "county"})


def _city(name: str) -> bool:
    """A city or county of the gazetteer, by its name or a short form (南京, 唐山)."""
    from kgraph.lexicons import lexicon, normalize_key

    tables = lexicon()
    canonical = tables.aliases.get(("Place", normalize_key(name)))
    found = tables.get("Place", canonical) if canonical else None
    return found is not None and found.kind in _CITY_KINDS


def _stations(text: str, mentions: list[Mention]) -> list[Mention]:
    """``南京|南站``, ``唐山南|站``: a city the tables know, one of 东南西北 and 站 is that
    city's railway station, one place; the tagger takes the city and a bare 南站, or a
    "person" of the city and the side."""
    out: list[Mention] = []
    grown: list[Mention] = []
    for m in mentions:
        name = m.text
        if (
            m.type == "Place"
            and text[m.end : m.end + 1] in _STATION_SIDES
            and text[m.end + 1 : m.end + 2] == "站"
            and _city(name)
        ):
            end = m.end + 2
        elif (
            m.type in ("Person", "Place")
            and len(name) >= 3
            and name[-1] in _STATION_SIDES
            and text[m.end : m.end + 1] == "站"
            and _city(name[:-1])
        ):
            end = m.end + 1
        else:
            out.append(m)
            continue
        station = replace(m, type="Place", end=end, text=text[m.start : end], value=None)
        out.append(station)
        grown.append(station)
    if not grown:
        return mentions
    return [
        m
        for m in out
        if m in grown or not any(g.start <= m.start and m.end <= g.end for g in grown)
    ]


# Prepositions a known name may run into, with what follows them: 李希|在哈瓦那出席.
_PREPOSITION_AFTER_NAME = frozenset("在赴到于向同与对")
# Prepositions before a partner or a target that the tagger runs into a body's name
_GLUED_PREPOSITIONS = frozenset("同与跟向对")
# One-character verbs the tagger runs into the three-character name before them
_VERB_AFTER_NAME = frozenset("有饰说是在把被给让向对将")
_BEATING = frozenset({"力压", "力克", "力挫"})  # X力压Y: X beat Y
# A model's or a flight's number, Latin letters and digits (MQ-9, MU9191): no person's name.
_MODEL_NUMBER = re.compile(r"(?=.*\d)[A-Za-zＡ-Ｚａ-ｚ0-9０-９\-－]+")


def _names_before_prepositions(text: str, mentions: list[Mention]) -> list[Mention]:
    """A "person" that is a name the tables know, then a preposition and more words
    (``李希在哈瓦那``) or three characters or more (``尹锡悦|成韩国史``), is that name; so is one
    that took, before a name the tables know, the last character of a word (``允|许拉夫罗夫``:
    允许). A pair of names (``陈梦/王艺迪``) ends at its slash, and a model or a flight number
    (``MQ-9``, ``MU9191``) is no person."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    words = _dictionary_words()
    out: list[Mention] = []
    for m in mentions:
        if m.type == "Person" and _MODEL_NUMBER.fullmatch(m.text):
            continue  # MQ-9属于察打一体无人机, 航班号MU9191
        if (
            m.type in ("Organization", "Place")
            and len(m.text) >= 4
            and m.text[0] in _GLUED_PREPOSITIONS
            and text[m.start : m.end] == m.text
            and (m.type, normalize_key(m.text)) not in aliases
            and m.text[:2] not in words
            and not _known_place(m.text[:2])
        ):
            # 同|亚奥理事会代理主席辛格: the preposition is no part of the name (同济大学,
            # 向阳村, 对外经济贸易大学: a word of the dictionary opens them)
            m = replace(m, start=m.start + 1, text=m.text[1:], value=None)
        if m.type == "Place" and m.text.startswith("中共") and _known_place(m.text[2:]):
            # 中共|湖南岳阳市委书记: the party's name before its committee's place
            m = replace(m, start=m.start + 2, text=m.text[2:], value=None)
        slash = m.text.find("/")
        if m.type == "Person" and slash >= 2 and text[m.start : m.end] == m.text:
            m = replace(m, end=m.start + slash, text=m.text[:slash], value=None)
        if (
            m.type == "Person"
            and m.start > 0
            and len(m.text) >= 3
            and text[m.start : m.end] == m.text
            and ("Person", normalize_key(m.text[1:])) in aliases
            and ("Person", normalize_key(m.text)) not in aliases
            and words.get(text[m.start - 1 : m.start + 1], 0) >= _COMMON_AFTER_LEAD
        ):
            m = replace(m, start=m.start + 1, text=m.text[1:], value=None)
        if m.type == "Person" and text[m.start : m.end] == m.text and len(m.text) >= 4:
            cut = next(
                (
                    i
                    for i in range(len(m.text) - 1, 1, -1)
                    if (
                        m.text[i] in _PREPOSITION_AFTER_NAME
                        or (
                            len(m.text) - i >= 3
                            and i >= 3
                            and m.text[i] not in "和及与、"
                            and _chinese_name(m.text[:i])
                        )
                    )
                    and "·" not in m.text
                    and ("Person", normalize_key(m.text[:i])) in aliases
                ),
                0,
            )
            if cut and ("Person", normalize_key(m.text)) not in aliases:
                m = replace(m, end=m.start + cut, text=m.text[:cut], value=None)
        if (
            m.type == "Person"
            and len(m.text) == 4
            and text[m.start : m.end] == m.text
            and m.text[-1] in _VERB_AFTER_NAME
            and _chinese_name(m.text[:3])
            and not _chinese_name(m.text)  # (a compound surname's four: 欧阳自在)
            and ("Person", normalize_key(m.text)) not in aliases
        ):
            # 总制片人任大惠有这样一句话, 任宏昌饰刘罗锅: a one-character verb run into a name
            m = replace(m, end=m.end - 1, text=m.text[:3], value=None)
        if (
            m.type == "Person"
            and len(m.text) == 3
            and text[m.end - 1 : m.end + 1] in _BEATING
            and _chinese_name(m.text[:2])
            and ("Person", normalize_key(m.text)) not in aliases
        ):
            # 林珊力压队友李亚杰夺得…: 力 of 力压 (beat) run into a two-character name
            m = replace(m, end=m.end - 1, text=m.text[:2], value=None)
        out.append(m)
    return out


# Characters of the part of a foreign name after its hyphen (威廉-|亚历山大, 迪亚斯-|卡内尔).
_HYPHEN_PART = _TRANSLITERATION | frozenset("历山大")


def _hyphenated_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``古巴国家主席迪亚斯-卡内尔``: a foreign name the tagger cut at its hyphen goes on over
    the transliteration after it."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    out = list(mentions)
    pieces: list[Mention] = []  # mentions a name taken back whole covers
    for i, m in enumerate(out):
        if text[m.end : m.end + 1] not in ("-", "－"):
            continue
        # (会见威廉-亚历山大国王: the first part read as a short body the tables lack, which
        # does not end as bodies end)
        if m.type != "Person" and not (
            m.type == "Organization"
            and len(m.text) <= 4
            and not _BODY_END.search(m.text)
            and ("Organization", normalize_key(m.text)) not in aliases
        ):
            continue
        end = m.end + 1
        while end < len(text) and end - m.end <= 4 and text[end] in _HYPHEN_PART:
            end += 1
        inside = [o for o in out if o.start < end and m.end < o.end]
        # (迪亚斯-卡|内尔: a piece of the name the tagger read as a body the tables lack;
        # 威廉-|亚历山大国王: the rest of the name run into the title after it)
        titled = [o for o in inside if o.type == "Position" and o.end - end >= 2]
        if end - m.end >= 3 and all(
            o in titled
            or (
                o.type in ("Organization", "Place")
                and o.end <= end
                and (o.type, normalize_key(o.text)) not in aliases
            )
            for o in inside
        ):
            out[i] = replace(m, end=end, text=text[m.start : end], type="Person", value=None)
            pieces.extend(o for o in inside if o not in titled)
            for o in titled:
                out[out.index(o)] = replace(o, start=end, text=text[end : o.end], value=None)
    out = [o for o in out if o not in pieces]
    return [_hyphen_before(text, m, out) for m in out]


# How far before a hyphen the first part of a foreign name may begin (让-, 本-, 阿吉亚尔-).
_HYPHEN_HEAD = 4


def _hyphen_before(text: str, m: Mention, mentions: list[Mention]) -> Mention:
    """``国家安全部长本-|格维尔``, ``部长级代表让-|诺埃尔·巴罗``: a foreign name the tagger begins
    after a hyphen begins at the post, the word for a person or the punctuation before the first
    part of it (one to four characters, no other name)."""
    if m.type != "Person" or m.start < 2 or text[m.start - 1] not in ("-", "－"):
        return m
    hyphen = m.start - 1
    stops = {o.end for o in mentions if o.type == "Position"}
    for start in range(hyphen - 1, max(-1, hyphen - _HYPHEN_HEAD - 1), -1):
        if not _CJK.match(text, start) or any(
            o is not m and o.start <= start < o.end for o in mentions
        ):
            return m
        if (
            start in stops
            or start == 0
            or text[start - 1] in _NAME_BOUNDARY
            or _PERSON_BEFORE.search(text, 0, start)  # 部长级代表|让-
        ):
            return replace(m, start=start, text=text[start : m.end], value=None)
    return m


# What may follow a family name and 家 as the next word: a place or a kind of it (李家村, 张家口).
_FAMILY_PLACE = frozenset("村镇庄屯寨沟坪湾河山岭堡营口岗坡坝桥店园街巷楼院寺湖塘")


# What one makes (作) that is said right after a name: 邵鸿作|提案工作情况报告
_REPORT_AHEAD = re.compile(r"[^，,。；;、]{0,12}?(?:报告|说明|汇报)")
_LISTED_GIVEN_NAME = re.compile(r"[\u4e00-\u9fff]{1,2}(?=、)")


# 以X为团长/为首: the head a party is named by
_LEADER_AFTER_WEI = re.compile(r"为(?:团长|首|组长|队长|领队|总指挥|主任|主席|团团长)")


def _given_names_cut(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Chinese name the tagger cut where a word of the dictionary ends takes its last
    character back: ``杨家|玉力压众名将`` (杨家, the Yang family, is a word) is 杨家玉, and a
    Japanese name of a story of Japan cut before its 子 (``日本选手田岛宁|子分列第二``) is
    田岛宁子. A name the tables know is left alone."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    taken = {i for m in mentions for i in range(m.start, m.end)}
    words = None
    out: list[Mention] = []
    for m in mentions:
        end = m.end
        if (
            m.type == "Person"
            and end + 1 < len(text)
            and end not in taken
            and _CJK_NAME.match(text[end])
            and text[m.start : end] == m.text
            and ("Person", normalize_key(m.text)) not in aliases
        ):
            if words is None:
                words = _dictionary_words()
            nxt = text[end]
            family = (
                len(m.text) == 2
                and m.text[1] == "家"
                and _chinese_name(m.text)
                and nxt not in _ONE_AFTER_NAME
                and nxt not in _FAMILY_PLACE
                and text[end : end + 2] not in words
            )
            japanese = (
                len(m.text) == 3
                and nxt == "子"
                and "日本" in text[: m.start]
                and text[end : end + 2] not in words
                and end + 1 not in taken
            )
            if family or japanese:
                m = replace(m, end=end + 1, text=text[m.start : end + 1], value=None)
        listed = _LISTED_GIVEN_NAME.match(text, m.end) if m.type == "Person" else None
        if (
            listed is not None
            and len(m.text) == 1
            and text[m.start : m.end] == m.text
            # (the list's first entry or one after it; not 马鞍山的薛|家洼、)
            and (m.start == 0 or text[m.start - 1] in "、，,：:。；;\n")
            and _chinese_name(m.text + listed.group())
            and not any(i in taken for i in range(m.end, listed.end()))
        ):  # 刘|家义、方光华…: a list's surname the tagger cut from its given name
            m = replace(m, end=listed.end(), text=text[m.start : listed.end()], value=None)
        if (
            m.type == "Person"
            and len(m.text) == 2
            and m.start >= 2
            and text[m.start - 2] == "以"
            and m.start - 1 not in taken
            and _LEADER_AFTER_WEI.match(text, m.end)
            and text[m.start : m.end] == m.text
            and _chinese_name(text[m.start - 1 : m.end])
        ):  # 以朴|普熙为团长: the one a party is led by, whole between 以 and 为
            m = replace(m, start=m.start - 1, text=text[m.start - 1 : m.end], value=None)
        if (
            m.type == "Person"
            and len(m.text) >= 4
            and m.text[-1] in "二三四五六七八九两"
            and text[m.end : m.end + 2] in ("兄弟", "姐妹", "兄妹", "姊妹")
            and text[m.start : m.end] == m.text
        ):  # 马夫罗季|三兄弟: the brothers' count is no part of the name
            m = replace(m, end=m.end - 1, text=m.text[:-1], value=None)
        out.append(m)
    return out


# A side of a place and what stands there (白宫|东北侧大门, 码头|南边): no part of its name.
_SIDE_OF_PLACE = re.compile(r"(?:东北|东南|西北|西南|[东南西北])(?:侧|边)")


# Words of way before a place: 从|凯雷姆沙洛姆口岸, 可经|港珠澳大桥.
_WAY_BEFORE_PLACE = re.compile(r"^(?:从|可经|经由|经)")


def _place_sides(mentions: list[Mention]) -> list[Mention]:
    """A place run on into a side of it (``白宫东北侧大门``: the White House's north-east gate)
    is the place before the side; a name that is only a side is left alone. Two places the
    tagger joined over 和 (``杰巴利耶和汗尤尼斯``, one of them known) are the two, and a place
    that begins with a word of way (``从凯雷姆沙洛姆口岸``, ``经港珠澳大桥``) loses it."""
    out: list[Mention] = []
    for m in mentions:
        if m.type != "Place":
            out.append(m)
            continue
        side = _SIDE_OF_PLACE.search(m.text, 2)
        if side is not None:
            m = replace(m, end=m.start + side.start(), text=m.text[: side.start()], value=None)
        way = _WAY_BEFORE_PLACE.match(m.text)
        rest = m.text[way.end() :] if way else ""
        if (
            way
            and len(rest) >= 3
            and (
                any(_known_place(rest[:i]) for i in range(len(rest), 1, -1))
                # (从 and 可经 begin no name but 从化区 and 从江县)
                or (way.group() != "经" and len(rest) >= 4 and not rest.startswith(("化", "江")))
            )
        ):
            m = replace(m, start=m.start + way.end(), text=rest, value=None)
        two = _TWO_NAMES.fullmatch(m.text)
        if (
            two is not None
            and not two.group(1).endswith("共")  # 共和国
            and not two.group(2).startswith(("田", "平"))  # 和田, 和平
            and any(_known_place(side.removesuffix("市")) for side in two.groups())
        ):
            for first, last in (two.span(1), two.span(2)):
                start = m.start + first
                piece = m.text[first:last]
                out.append(replace(m, start=start, end=m.start + last, text=piece, value=None))
            continue
        out.append(m)
    return out


def _two_town_fronts(text: str, mentions: list[Mention]) -> list[Mention]:
    """A front named after two towns (``尼古拉耶夫-克里沃罗格方向``) is those two places."""
    out: list[Mention] = []
    for m in mentions:
        pieces = m.text.split("-")
        if (
            m.type == "Place"
            and len(pieces) == 2
            and all(len(piece) >= 2 for piece in pieces)
            and text.startswith("方向", m.end)
        ):
            cut = m.start + len(pieces[0])
            out.append(replace(m, end=cut, text=pieces[0], value=None))
            out.append(replace(m, start=cut + 1, text=pieces[1], value=None))
            continue
        out.append(m)
    return out


# Marks no person's name holds: a list's comma (阿克松、纯贡), a byline's bracket (（唐纯）).
_NOT_IN_A_NAME = re.compile(r"[、，,；;（）()【】\[\]]")
# Two names joined by 和 or 与, each of two characters or more (丁薛祥和斯克利亚尔): no name
# holds the word between (王和平 and 欧阳和平 keep a one-character side).
_TWO_NAMES = re.compile(r"([^和与·]{2,})[和与]([^和与]{2,})")


def _listed_people(mentions: list[Mention]) -> list[Mention]:
    """A "person" the tagger ran over a list's comma is the people listed (``阿克松、纯贡``:
    阿克松 and 纯贡), one that took a bracket in loses it (``（唐纯）``: 唐纯); a piece of one
    character is no name."""
    out: list[Mention] = []
    for m in mentions:
        two = _TWO_NAMES.fullmatch(m.text) if m.type == "Person" else None
        if two is not None:  # 丁薛祥和斯克利亚尔签署了…: two people joined by 和
            for first, last in (two.span(1), two.span(2)):
                start = m.start + first
                out.append(replace(m, start=start, end=m.start + last, text=m.text[first:last]))
            continue
        if m.type != "Person" or not _NOT_IN_A_NAME.search(m.text):
            out.append(m)
            continue
        for piece in re.finditer(r"[^、，,；;（）()【】\[\]]+", m.text):
            if len(piece.group()) >= 2:
                start = m.start + piece.start()
                out.append(
                    replace(m, start=start, end=start + len(piece.group()), text=piece.group())
                )
    return out


# What a note after a listed name says: 女, 男, 苗族
_NOTE_WORD = r"(?:女|男|[\u4e00-\u9fff]{1,3}族)"
# A name of a list the tagger missed, told by the note after it: 钱易（女）, 王正福（苗族）
_NOTED_NAME = re.compile(
    rf"(?:(?<=[、，,：:])|(?<=选举|任命))([\u4e00-\u9fff]{{2,4}})(?=[（(]{_NOTE_WORD}[、，,）)])"
)
# … or told by its place in a list of names: an item between 、 (or opening the list after a
# comma, or closing it before an election's 为 or an 等), a name's shape and no word.
_LISTED_NAME = re.compile(r"(?<=[、，,：:])([\u4e00-\u9fff]{2,3})(?=[、（(]|为|等)")
# A whole note after a listed name: （女）, （壮族）
_NAME_NOTE = re.compile(rf"[（(]{_NOTE_WORD}[）)]")


def _noted_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``沈仁道、卢松华、万嗣铨、钱易（女）、杜宜谨``: a list item the tagger left untagged is a
    person when a note of sex or nationality follows it and a person is listed next to it;
    ``张展霞（女）、康乐书、彭禹贤``, ``…主任，丁廷模、覃日飞``, ``…周述荣、全文甫为省人大…``:
    one of a name's shape is a person when the list names a person on each side of it (one
    side at the list's end)."""
    if "（" not in text and "(" not in text and "、" not in text:
        return mentions
    people = {m.end: m.start for m in mentions if m.type == "Person"}
    people_start = {m.start: m.end for m in mentions if m.type == "Person"}
    posts = {m.start for m in mentions if m.type in ("Position", "Organization")}

    def person_before(start: int) -> int:  # 、 then a person (and a note): where it starts
        if start < 2 or text[start - 1] != "、":
            return -1
        note = _NAME_NOTE.search(text, max(0, start - 8), start - 1)
        end = note.start() if note is not None and note.end() == start - 1 else start - 1
        return people.get(end, -1)

    def person_after(end: int) -> int:  # a note, then 、 and a person: where it ends
        note = _NAME_NOTE.match(text, end)
        at = note.end() if note is not None else end
        return people_start.get(at + 1, -1) if text[at : at + 1] == "、" else -1

    found: list[Mention] = []
    dropped: set[int] = set()
    candidates = [(m.span(1), True) for m in _NOTED_NAME.finditer(text)]
    candidates += [(m.span(1), False) for m in _LISTED_NAME.finditer(text)]
    taken: set[tuple[int, int]] = set()
    words = _dictionary_words()
    for (start, end), noted in candidates:
        if (start, end) in taken:
            continue
        inside = [m for m in mentions if m.start < end and start < m.end]
        # (司徒桂美: 桂 and 美, one character each, the tagger took for places)
        if any(len(m.text) > 1 or m.start < start or m.end > end for m in inside):
            continue
        name = text[start:end]
        if noted:
            close = text.find("）", end) if text[end] == "（" else text.find(")", end)
            # (选举千奋勇（蒙古族）为…主席: the one an election names, noted)
            elected = (
                text[start - 2 : start] in ("选举", "任命") and text[close + 1 : close + 2] == "为"
            )
            listed = elected or start - 1 in people or close + 2 in people_start
        elif not _chinese_name(name) or _word_like(name, words) or _lexicon_type(name):
            listed = False
        elif text[start - 1] == "、" and text[end] in "、（(":  # inside: a person each side
            listed = person_before(start) >= 0 and person_after(end) >= 0
        else:  # at an end: two persons on the other side (乌东德、白鹤滩等 is no list of names)
            if text[end] == "为" and end + 1 not in posts:  # 王好为被授予…: the name's 为
                continue
            before, after = person_before(start), person_after(end)
            listed = (before >= 0 and person_before(before) >= 0) or (
                after >= 0 and person_after(after) >= 0
            )
        if listed:
            found.append(Mention(start, end, "Person", name, source="rules"))
            taken.add((start, end))
            people[end] = start  # (a noted name is the neighbour of a listed one)
            people_start[start] = end
            dropped.update(id(m) for m in inside)
    if not found:
        return mentions
    kept = [m for m in mentions if id(m) not in dropped]
    return sorted([*kept, *found], key=lambda m: (m.start, m.end))


_NAMING_BEFORE = re.compile(r"选举|任命|推选|决定|通过")


def _names_before_wei(text: str, mentions: list[Mention]) -> list[Mention]:
    """``选举…刘敬民、张茅为副市长``: the 为 of the election is no part of the last name."""
    if "为" not in text:
        return mentions
    starts = {m.start: m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        post = starts.get(m.end)
        if (
            m.type == "Person"
            and len(m.text) >= 3
            and m.text.endswith("为")
            and post is not None
            and post.type == "Position"
            and _NAMING_BEFORE.search(text, 0, m.start)
        ):
            m = replace(m, end=m.end - 1, text=m.text[:-1], value=None)
        out.append(m)
    return out


# A bare kind of place the tagger cut from the name before it (平陆|运河, 茶卡|盐湖).
# (not 港, 湖, 江: 粤|港 is Guangdong and Hong Kong)
_BARE_KIND = frozenset(
    [
        "运河",
        "盐湖",
        "水库",
        "大桥",
        "机场",
        "隧道",
        "大坝",
        "铁路",
        "高铁",
        "高速公路",
        "港口",
        "码头",
    ]
)
# What ends the name of a route (平凉至庆阳铁路, 拉萨至那曲高速) or of a section of it (…段).
_ROUTE_NAME = re.compile(r"(?:铁路|高铁|高速公路|高速|公路|快速路|城际铁路)$")


def _routes_and_kinds(text: str, mentions: list[Mention]) -> list[Mention]:
    """A route the tagger cut at 至 is one place (平凉至|庆阳铁路: 平凉至庆阳铁路); a section
    (丽江至|香格里拉段) is the town it leads to; a bare kind of place right after a place is
    the end of its name (平陆|运河: 平陆运河); a people's name before 文 or 语 is a script or a
    language (维吾尔|文), no place."""
    out: list[Mention] = []
    for m in mentions:
        before = out[-1] if out else None
        joined = (
            before is not None and before.type == "Place" and m.type == "Place" and not before.owner
        )
        if (
            joined
            and before is not None
            and before.end + 1 == m.start
            and text[before.end] in "至到"
            and len(m.text) >= 3
            and _CJK_NAME.fullmatch(m.text)
        ):
            if _ROUTE_NAME.search(m.text):
                whole = text[before.start : m.end]
                out[-1] = replace(m, start=before.start, text=whole, value=None)
                continue
            if m.text.endswith("段"):
                m = replace(m, end=m.end - 1, text=m.text[:-1], value=None)
        elif joined and before is not None and before.end == m.start and m.text in _BARE_KIND:
            out[-1] = replace(before, end=m.end, text=before.text + m.text, value=None)
            continue
        if m.type == "Place" and _SCRIPT_AFTER.match(text, m.end):
            continue  # 维吾尔|文、哈萨克文: a script or a language, no place
        out.append(m)
    return out


# A script or a language after a people's or a country's name: 维吾尔文、, 西班牙语版 (not
# _LANGUAGE_AFTER, the list after a language, which this name once replaced unseen)
_SCRIPT_AFTER = re.compile(r"[文语](?:[、，,。；等和及与版]|字)")


# A post ending in 长 that the next word takes back (美国国防部长|期: 长期, "for long"): the body.
_LONG_AFTER = re.compile(r"期|远|久|足|达|效|时间|年累月")
# A place that names a road or a railway, then the port or station on it (霍尔果斯公路|口岸).
_ROUTE_END = re.compile(r"(?:公路|铁路|高速)$")
_ROUTE_FACILITY_AFTER = re.compile(r"口岸|站|港|货运站|物流园")


# Rulers' titles that are also countries' names (文莱苏丹: the sultan of Brunei; 苏丹: Sudan)
_RULERS_NAMED_LIKE_COUNTRIES = frozenset({"苏丹"})


def _cut_boundaries(text: str, mentions: list[Mention]) -> list[Mention]:
    """Spans the next word makes wrong: a post whose 长 opens 长期 (美国国防部长|期) is its
    body; a road or railway whose port follows (霍尔果斯公路|口岸) is the port, a Place; a
    post's owner cut from the name before it (北|马其顿共和国总统) takes the whole name."""
    out: list[Mention] = []
    ends = {o.end: o for o in mentions if o.type in ("Place", "Organization")}
    absorbed: set[int] = set()  # ids of the places a numbered body takes into its name
    persons_at = {o.start for o in mentions if o.type == "Person"}
    for m in mentions:
        before = ends.get(m.start)
        if (
            m.type == "Place"
            and m.text in _RULERS_NAMED_LIKE_COUNTRIES
            and before is not None
            and before.type == "Place"
            and _country(before.text)
            and m.end in persons_at
        ):
            # 文莱苏丹哈桑纳尔, 阿曼苏丹海赛姆: a ruler's title the gazetteer names as a country,
            # between a country and a name (not 苏丹总统布尔汉)
            m = replace(m, type="Position", value=before.text + m.text, owner=before.text)
        if (
            m.type == "Organization"
            and not m.owner
            and before is not None
            and before.type == "Place"
            and _NUMBERED_BODY.match(m.text)
        ):  # 包头市|第二医院: the place is the first part of the body's name
            absorbed.add(id(before))
            m = replace(m, start=before.start, text=before.text + m.text, value=None)
        before = ends.get(m.start)
        if (
            m.type == "Position"
            and m.owner
            and m.value
            and m.value.startswith(m.owner)
            and before is not None
            and before.text != m.owner
            and before.text.endswith(m.owner)
        ):  # 北|马其顿共和国总统: the post's owner is the whole name before it
            m = replace(m, owner=before.text, value=before.text + m.value[len(m.owner) :])
        if (
            m.type == "Position"
            and m.text.endswith("长")
            and _LONG_AFTER.match(text, m.end)
            and _BODY_END.search(m.text[:-1])
        ):
            body = m.text[:-1]
            if len(body) >= 3 and not any(
                o.type == "Organization" and o.start < m.end and m.start < o.end for o in mentions
            ):
                out.append(Mention(m.start, m.end - 1, "Organization", body, source=m.source))
            continue
        if (
            m.type == "Position"
            and m.text[-1:] + text[m.end : m.end + 1] in titles().labels
            and not text.startswith("邸", m.end + 1)
        ):  # 日本防卫厅长|官: the title the last character opens (not 市长|官邸, a residence)
            grown = text[m.end]
            m = replace(m, end=m.end + 1, text=m.text + grown, value=m.value and m.value + grown)
        if m.type == "Position" and _party_cut(text, m, mentions):
            continue  # “公正俄罗斯—爱国者—为了真理”|党主席, “阿玛纳特”党主席: the party cut off
        if m.type == "Position" and (m.value or m.text).startswith("各"):
            if m.text.startswith("各"):
                continue  # 各级领导: no post of anyone
            # 各专门委员会|副主任: the post in every such body, of no one body
            m = replace(m, owner=None, value=None)
        if m.type == "Place" and not m.owner and text.startswith("段", m.end):
            route = _ROUTE_IN_NAME.search(m.text)
            if route and route.end() < len(m.text):  # 匈塞铁路|匈牙利段: the railway
                m = replace(m, end=m.start + route.end(), text=m.text[: route.end()], value=None)
        if m.type == "Organization" and not m.owner:
            if _CHIEFS_MEETING.match(text, m.end) and m.text[-1] in "局部厅处委":
                continue  # 全国新闻出版局|长会议: a meeting of bureau chiefs, no body
            known = _word_before_body(m)
            if known is not None:
                m = known
        if m.type == "Place" and m.text in _DIRECTIONS and text[m.end : m.end + 1] == "部":
            left = text[max(0, m.start - 1) : m.start + 1]
            if m.start >= 1 and _known_place(left):  # 巴|西南|部: Brazil's south
                out.append(replace(m, start=m.start - 1, end=m.start + 1, text=left, value=None))
            continue  # 广东|西南部: a part of the place before it, no place of its own
        if m.type == "Place" and not m.owner:
            cut = _place_into_word(text, m)
            if cut is not None:
                m = cut
            pair = _across_two_places(text, m, mentions)
            if pair:  # 江|西南|昌: 江西 and 南昌
                out.extend(pair)
                continue
        if m.type in ("Place", "Organization") and not m.owner and _ROUTE_END.search(m.text):
            after = _ROUTE_FACILITY_AFTER.match(text, m.end)
            if after:
                end = after.end()
                out.append(replace(m, end=end, type="Place", text=text[m.start : end], value=None))
                continue
        out.append(m)
    out = [m for m in out if id(m) not in absorbed]
    return sorted(out, key=in_text_order)


_DIRECTIONS = frozenset({"东南", "西南", "东北", "西北"})
_PARTY_HEADS = frozenset({"党主席", "党副主席", "党首", "党魁", "党总书记", "领袖"})


def _party_cut(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """A party's post whose party the tagger cut off: 党主席 after a quoted name or a word
    (俄罗斯“公正俄罗斯—爱国者—为了真理”|党主席), a post with half a quoted name in it
    (阿玛纳特”党主席), or a known party's short name that is the tail of a longer name the
    tagger cut (斯里兰卡统一|国民党领袖: no post of 中国国民党)."""
    from kgraph.lexicons import lexicon, normalize_key

    post = mention.value or mention.text
    if post.count("”") != post.count("“") or post.count('"') % 2:
        return True
    owner = mention.owner or ""
    party_start = mention.start - len(owner)
    if (
        owner.endswith("党")
        and lexicon().aliases.get(("Organization", normalize_key(owner))) not in (None, owner)
        and text.endswith(owner, 0, mention.start)
        and party_start > 0
        and _CJK.match(text, party_start - 1)
        and not any(m.end == party_start for m in mentions if m is not mention)
    ):
        return True
    return (
        not mention.owner
        and post in _PARTY_HEADS
        and mention.start > 0
        and (text[mention.start - 1] in '”"」』' or bool(_CJK.match(text, mention.start - 1)))
    )


# A body named by its number after its place (包头市|第二医院, 第一中学): not its term (第十届).
_NUMBERED_BODY = re.compile(
    r"第[一二三四五六七八九十\d]+(?!届)[\u4e00-\u9fff]*(?:医院|中学|小学|学校|中心)$"
)
# Characters that go on a place's name (安卡拉|市, 茶卡|盐湖), never the start of the next word.
_PLACE_GOES_ON = frozenset("市省县区州镇乡村岛山河湖海港湾峡谷江路街道城")


def _place_into_word(text: str, mention: Mention) -> Mention | None:
    """安卡拉|宣誓: a place no table knows that is a known place and one or two characters
    that, with the text after the span, make a word of the dictionary at least as common as
    ``_COMMON_WORD`` (宣誓) is the known place; None when it is not so."""
    name = mention.text
    if len(name) < 3 or _known_place(name):
        return None
    words = _dictionary_words()
    for size in (1, 2):
        head, rest = name[:-size], name[-size:]
        if len(head) < 2 or rest[0] in _PLACE_GOES_ON or not _known_place(head):
            continue
        if any(
            words.get(rest + text[mention.end : mention.end + more], 0) >= _COMMON_WORD
            for more in (1, 2)
            if mention.end + more <= len(text)
        ):
            return replace(mention, end=mention.end - size, text=head, value=None)
    return None


# A route, then the country or province its section (段) is in: 匈塞铁路|匈牙利段.
_ROUTE_IN_NAME = re.compile(r"^.+?(?:铁路|公路|高铁|高速|运河|管道)")
# A meeting of the heads of a kind of body (全国新闻出版局|长会议): the body's name is cut.
_CHIEFS_MEETING = re.compile(r"长(?:会议|座谈会|联席会议?|工作会议|研讨班|培训班)")


# Words that open the names of bodies (联邦最高法院 is not China's 最高法院).
_NAME_QUALIFIERS = frozenset(
    {"联邦", "国家", "全国", "中央", "地方", "国际", "世界", "人民", "最高", "自治", "共和国"}
)


def _word_before_body(mention: Mention) -> Mention | None:
    """践行|人民政协, 时代|人民政协: a body the tables know with a common word of the dictionary
    before it that is no place or body (a verb, a noun) is the known body; None else."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    name = mention.text
    if ("Organization", normalize_key(name)) in aliases:
        return None
    for size in (2, 3):
        head, body = name[:size], name[size:]
        count, tag = _dictionary().get(head, (0, ""))
        if (
            len(body) >= 3
            and ("Organization", normalize_key(body)) in aliases
            and count >= _COMMON_WORD
            and tag[:1] in ("v", "n", "a")
            and tag not in ("ns", "nt", "nz", "nr")
            and head not in _NAME_QUALIFIERS
            and not _known_place(head)
            and _lexicon_type(head) is None
        ):
            return replace(mention, start=mention.start + size, text=body, value=None)
    return None


def _across_two_places(text: str, mention: Mention, mentions: list[Mention]) -> list[Mention]:
    """江|西南|昌: a place the tagger read across two known places, one character taken from
    each (江西, 南昌), is those two places; [] when it is not so."""
    start, end = mention.start, mention.end
    if start < 1 or end >= len(text) or len(mention.text) != 2:
        return []
    left, right = text[start - 1 : start + 1], text[start + 1 : end + 1]
    if not (_known_place(left) and _known_place(right)):
        return []
    if any(o is not mention and o.start < end + 1 and start - 1 < o.end for o in mentions):
        return []
    return [
        replace(mention, start=start - 1, end=start + 1, text=left, value=None),
        replace(mention, start=start + 1, end=end + 1, text=right, value=None),
    ]


# Verbs of saying a name read from a clause may be (发言人|介绍说): no one's name.
_SPEECH_VERBS = frozenset(
    {
        "介绍",
        "表示",
        "补充",
        "强调",
        "指出",
        "解释",
        "透露",
        "证实",
        "宣布",
        "回应",
        "发言",
        "声明",
        "报道",
    }
)


_MESSAGES = frozenset(
    {"贺信", "贺电", "贺词", "致辞", "讲话", "指示", "批示", "回信", "复信", "来信"}
)


# jieba's tags of numerals, adjectives, adverbs and verbs (多次 m, 鲜明 a, 深刻 d, 介绍 v): a
# clause's reader takes no such word for its subject
_NOT_SUBJECT_TAGS = frozenset({"m", "mq", "a", "ad", "an", "d", "v", "vd", "vn"})


def _unglue_speech(mentions: list[Mention]) -> list[Mention]:
    """A person read from a clause with the verb of saying glued on (谢赫称, 介绍说) or with
    夫妇 (敦夫妇): the name without it, or none when what is left is itself a verb of saying or
    one character; a message read as a name after a post (主席|贺信并致辞) is none, nor a word
    of number or manner read as the clause's subject (总书记|多次|强调)."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    out: list[Mention] = []
    for m in mentions:
        if m.type == "Person" and m.text[:2] in _MESSAGES:
            continue  # 主席|贺信并致辞: the message, not a name after the post
        if (
            m.type == "Person"
            and m.source == "frame"
            and _dictionary().get(m.text, (0, ""))[1] in _NOT_SUBJECT_TAGS
            and ("Person", normalize_key(m.text)) not in aliases
            and m.text not in _dictionary_names()
        ):
            continue  # 总书记|多次|强调, 习主席|鲜明|提出, 发言人|介绍|说: no subject
        if m.type == "Person" and m.text.endswith("夫妇") and "·" not in m.text:
            if len(m.text) < 4:
                continue  # 外长|敦夫妇: a one-character name is no node
            m = replace(m, end=m.end - 2, text=m.text[:-2], value=None)
        if (
            m.type == "Person"
            and len(m.text) >= 3
            and m.text[-1] in "说称"
            and "·" not in m.text
            and ("Person", normalize_key(m.text)) not in aliases
        ):
            name = m.text[:-1]
            if name in _SPEECH_VERBS:
                continue
            m = replace(m, end=m.end - 1, text=name, value=None)
        out.append(m)
    return out


def extract_document(
    document: Document,
    sentences: list[Sentence],
    progress: Callable[[int], object] | None = None,
) -> DocumentExtraction:
    """Mentions and relations of one document, with offsets into ``document.raw``."""
    from kgraph.extract.discourse import document_relations
    from kgraph.extract.documents import resolve_short_titles
    from kgraph.extract.frames import actors_by_role, chronicle_headings, speaker_as_me
    from kgraph.extract.relations import extract_relations, formerly_held
    from kgraph.traditional import as_written

    reference = _reference(document)
    # An address is one span for the annotated corpora (and kgraph.extract) but a chain of
    # places for the graph: 漯河市源汇区双龙街道 -> three places, each inside the one before.
    per_sentence: list[list[Mention]] = []
    for s in sentences:
        per_sentence.append(
            [replace(m, sentence=s.index) for m in _graph_mentions(s.text, reference)]
        )
        if progress is not None:  # a bar on a huge file moves sentence by sentence
            progress(len(s.text))
    # A body cut from a name the document gives in full elsewhere gets it back.
    names = frozenset(
        m.text for local in per_sentence for m in local if m.type == "Organization" and not m.owner
    )
    per_sentence = [
        _complete_orgs(s.text, local, names) for s, local in zip(sentences, per_sentence)
    ]
    # … and in a story of another country's ministry, a bare 国防部 is not China's.
    per_sentence = _bare_foreign_bodies(per_sentence)
    # A "person" the document also names as a city or county (舒兰 / 舒兰市) is that place.
    per_sentence = _places_named_as_people(per_sentence)
    # … and one it also names as a firm (德国企业比泽尔 … 比泽尔开启了) is that firm.
    per_sentence = _firms_named_as_people(per_sentence)
    # … and one the document gives a thing (“哈勃”太空望远镜 … “哈勃”所拍的) is that thing.
    per_sentence = _things_named_as_people([s.text for s in sentences], per_sentence)
    # … and one run on from a preposition or a title before it is the name after it (应|武契奇).
    per_sentence = _words_before_names([s.text for s in sentences], per_sentence)
    # … and one that names no one (中方愿同马方一道, 巴武装称, 李院士说) is none.
    per_sentence = _no_names([s.text for s in sentences], per_sentence)
    # … and one named by a word of the dictionary, never standing as a name does, is that word.
    per_sentence = _ordinary_words_as_people([s.text for s in sentences], per_sentence)
    # … and the family name of a four-character name, alone, is that person (岸田).
    per_sentence = _family_names([s.text for s in sentences], per_sentence)
    # … and a family name alone before a title, the person named so (江|主席: 江泽民).
    per_sentence = _surnames_titled(per_sentence)
    # … and a name the document gives, run into an adverb before a verb or into 时 before a
    # comma, loses it (袁胜|正带领, 会见德索萨|时，).
    per_sentence = _names_run_on([s.text for s in sentences], per_sentence)
    # … and one the tagger cut from a name the document gives is that name (为单|多吉, 萨尔|维).
    per_sentence = _names_cut_short([s.text for s in sentences], per_sentence)
    # … and one the tagger ran from a name into another or into a post is each name
    # (德索萨请韩正转达, 韩正副|主席).
    per_sentence = _names_run_together([s.text for s in sentences], per_sentence)
    # A chronicle's month without its year is of the year it last named (１９３５年１月…。６月).
    _narrative_years(
        document,
        sentences,
        per_sentence,
        reference,
        chronicle_headings(document, sentences, per_sentence),
    )
    # Short forms (《通知》) resolve against full titles seen earlier in the document.
    flat = resolve_short_titles([m for local in per_sentence for m in local])
    position = 0
    speaking: str | None = None  # who speaks at the end of the sentence before
    for index, local in enumerate(per_sentence):
        per_sentence[index] = flat[position : position + len(local)]
        position += len(local)
        sentence = sentences[index]
        actors_by_role(sentence.text, per_sentence[index], sentence.index)
        if _new_paragraph(document, sentences, index):
            speaking = None  # a new paragraph: what was said before is no longer being said
        speaking = speaker_as_me(sentence.text, per_sentence[index], sentence.index, speaking)
        per_sentence[index][:] = _unglue_speech(per_sentence[index])
    # … and a name a frame read from a slot (通过|安全认证) is none when it is common words.
    per_sentence = [_frame_words(local) for local in per_sentence]
    # … and one a frame read run on from a preposition (对|代表) is mended the same way.
    per_sentence = _words_before_names([s.text for s in sentences], per_sentence)
    # A name read once (by the tagger or a frame), where the document gives it again and
    # nothing covers it (南非总统拉马福萨…。会谈后，拉马福萨向习近平授予…), is the same person.
    per_sentence = _names_seen_elsewhere([s.text for s in sentences], per_sentence)
    per_sentence = _titled_persons_everywhere(per_sentence)
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
    # Relations read names of their own (外长|敦夫妇): mended the same way.
    for local in per_sentence:
        local[:] = _unglue_speech(local)
    mended: list[Relation] = []
    for relation in relations:
        head, tail = _unglue_speech([relation.head]), _unglue_speech([relation.tail])
        if head and tail:
            mended.append(replace(relation, head=head[0], tail=tail[0]))
    relations = list(dict.fromkeys(mended))  # (a fact two readers found once)
    relations = formerly_held([s.text for s in sentences], relations)
    relations = _without_first_jobs_of_leaders(relations)
    statements = [
        replace(st, speaker=_unglue_speech([st.speaker])[0])
        for st in statements
        if _unglue_speech([st.speaker])
    ]

    def to_raw(mention: Mention) -> Mention:
        if mention.sentence < 0:  # the document itself, its dateline: no span in a sentence
            return replace(mention, doc=document.id)
        sentence = sentences[mention.sentence]
        start, end = document.raw_span(
            sentence.clean_start + mention.start, sentence.clean_start + mention.end
        )
        return replace(mention, start=start, end=end, doc=document.id)

    # Evidence quotes a sentence as written: Traditional where the file is (the
    # extractors read it converted to Simplified, character for character).
    written = {
        (s.start, s.end, s.text): as_written(document, s)
        for s in sentences
        if document.raw[s.start : s.end] != s.text
    }

    def quoted(evidence: Evidence) -> Evidence:
        text = written.get((evidence.start, evidence.end, evidence.text), evidence.text)
        return evidence if text == evidence.text else replace(evidence, text=text)

    per_sentence, relations = _unspoken(sentences, per_sentence, relations)
    return DocumentExtraction(
        doc=document.id,
        sentences=sentences,
        mentions=[to_raw(m) for local in per_sentence for m in local],
        relations=[
            replace(r, head=to_raw(r.head), tail=to_raw(r.tail), evidence=quoted(r.evidence))
            for r in relations
        ],
        statements=[
            replace(
                s,
                speaker=to_raw(s.speaker),
                concepts=tuple(to_raw(c) for c in s.concepts),
                evidence=tuple(quoted(e) for e in s.evidence),
            )
            for s in statements
        ],
        events=events,
    )


# The last words of a document's title (not a work's): what it names is real. Agreements
# (kgraph.extract.relations.AGREEMENT) and notices (kgraph.extract.documents.DOCUMENT_WORDS)
# are documents; so are laws, charters, plans and initiatives.
_DOCUMENT_TITLE_END = re.compile(r"(?:法|宪章|计划|倡议)$")


def _a_documents_title(title: str) -> bool:
    from kgraph.extract.documents import DOCUMENT_WORDS
    from kgraph.extract.relations import AGREEMENT

    return bool(
        _DOCUMENT_TITLE_END.search(title)
        or AGREEMENT.search(title)
        or re.search(f"(?:{DOCUMENT_WORDS})$", title)
    )


def _unspoken(
    sentences: list[Sentence], per_sentence: list[list[Mention]], relations: list[Relation]
) -> tuple[list[list[Mention]], list[Relation]]:
    """The mentions (and their relations) of what the document does not speak of.

    A job's word (医生, 科学家) names a post only where someone holds it: 中国医师节,
    世界顶尖科学家论坛, 广大教师 name no one's. A place named only inside the title of a
    work (《2024维也纳新年音乐会》, 《京都警魂》) is a word of the title; in a document's title
    it is a party or a place of signing (《…摩洛哥王国关于刑事司法协助的条约》, 《蒙特利尔议定书》).
    """
    from kgraph.lexicons import canonical

    def where(mention: Mention) -> tuple[int, int, int]:
        return (mention.sentence, mention.start, mention.end)

    held = {where(r.tail) for r in relations if r.relation == "holdsPosition"}
    jobs = titles()
    named_places = {
        canonical("Place", m.text)
        for sentence, local in zip(sentences, per_sentence)
        for m in local
        if m.type == "Place" and not _inside_title(sentence.text, m.start, m.end)
    }

    def unspoken(mention: Mention) -> bool:
        if mention.type == "Position":
            return where(mention) not in held and jobs.occupation(mention.text)
        if mention.type == "Place" and mention.sentence >= 0:
            if canonical("Place", mention.text) in named_places:
                return False
            text = sentences[mention.sentence].text
            if not _inside_title(text, mention.start, mention.end):
                return False
            return not _a_documents_title(text[: text.find("》", mention.end)])
        return False

    return (
        [[m for m in local if not unspoken(m)] for local in per_sentence],
        [r for r in relations if not unspoken(r.head) and not unspoken(r.tail)],
    )


class _CallableModule(types.ModuleType):
    """The package itself is callable: ``kgraph.extract(text)`` is :func:`extract`.

    So the public function and the stage's package share one name without one
    shadowing the other (``kgraph.extract.crf`` stays reachable).
    """

    def __call__(self, text: str, *, reference: dt.date | None = None) -> list[Mention]:
        return extract(text, reference=reference)


sys.modules[__name__].__class__ = _CallableModule
