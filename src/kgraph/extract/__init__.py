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
from functools import cache
from itertools import pairwise
from pathlib import Path

from kgraph.extract.dictionary import COMMON_FREQUENCY, jieba_dictionary, jieba_words
from kgraph.extract.document_repairs import (
    days_told_before,
    members_of_the_session,
    names_across,
    names_after_frames,
    narrative_years,
    new_paragraph,
    posts_of_the_electing_place,
    unglue_speech,
    without_first_jobs_of_leaders,
    without_unspoken,
)
from kgraph.extract.lexical import (
    _ADMIN_LEVEL,
    _BODY_END,
    _NOTE_OPENER,
    _ORG_WORD,
    _PERSON_AFTER,
    _REGION_KIND,
    _TOWN_CHARS,
    _TOWN_ENDING,
    _TRANSLITERATION,
    CONTAINER_TYPES,
    MINISTER_TITLES,
    _chinese_name,
    _compound_portfolios,
    _country,
    _dictionary_names,
    _distribute_owners,
    _known_place,
    _lexicon_type,
    _word_like,
    covered,
)
from kgraph.extract.positions import QUOTED_PARTY, STATUS_MARKS, is_owner, split_status, titles
from kgraph.extract.sentence_repairs import graph_repairs
from kgraph.lexicons import ontology_dir
from kgraph.records import (
    Document,
    DocumentExtraction,
    Evidence,
    Mention,
    Relation,
    Sentence,
    in_text_order,
)
from kgraph.text import read_words

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


@register("dictionary", tier=4)
def _dictionary(text: str, context: Context) -> list[Mention]:
    from kgraph.extract.lexical import dictionary_people

    return dictionary_people(text)


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
    from kgraph.extract.cues import event_cues

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
    from kgraph.extract.cues import event_cues

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
    # 长官, 日本内阁官房 | 长官) is one post: the name would leave an orphan piece behind.
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
            and any(start <= m.start and m.end < end <= m.end + 2 for start, end in posts)
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


def _issued_titles_whole(
    text: str, candidates: list[tuple[int, Mention]]
) -> list[tuple[int, Mention]]:
    """A document's title written without brackets is whole (a plan an issuing verb takes,
    印发|军委主席负责制学习教育规划; a letter 致…的信; a notice 关于…的通知): a name the tagger read
    across its ends (印发军委) gives way; the names inside it stay. (A title in brackets keeps
    its rule: a name across them leaves no title, 美国《纽约时报》 no document.)"""
    titles = [
        (m.start, m.end)
        for _t, m in candidates
        if m.type == "Document"
        and m.source == "rules"
        and m.value is None
        and text[m.start - 1 : m.start] != "《"
    ]
    return [
        (tier, m)
        for tier, m in candidates
        if m.type in CONTAINER_TYPES
        or not any(m.start < start < m.end or m.start < end < m.end for start, end in titles)
    ]


def _known_names_whole(candidates: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """A name the tables know whole (人力资源和社会保障部) wins over the tagger's piece of it
    (社会保障部): the tagger's names inside it, and none across its ends, give way."""
    tagged = [m for _t, m in candidates if m.source == "crf"]
    top = min((t for t, m in candidates if m.source == "crf"), default=0)
    spans = {(m.start, m.end) for m in tagged if m.type != "Person"}
    persons = {(m.start, m.end) for m in tagged if m.type == "Person"}
    posts = {m.start for _t, m in candidates if m.type == "Position"}
    known_bodies = {
        (m.start, m.end)
        for _t, m in candidates
        if m.source == "lexicon" and m.type == "Organization"
    }
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
            if (m.source == "lexicon" and _whole_over_pieces(m, tagged))
            or _body_of_a_known_body(m, known_bodies, tagged)
            else tier,
            m,
        )
        for tier, m in candidates
    ]


def _body_of_a_known_body(
    body: Mention, known: set[tuple[int, int]], tagged: list[Mention]
) -> bool:
    """``同古共中央政治局委员``: the post grammar's owner, opened by a body the tables know
    (古共中央) and ending where the tagger's piece of it ends (中央政治局, the tagger misled by
    同古), is the body."""
    return (
        body.type == "Organization"
        and body.source == "rules"
        and any(start == body.start and end < body.end for start, end in known)
        and any(
            t.type == "Organization" and body.start < t.start and t.end == body.end for t in tagged
        )
    )


# What a foundation named after people has after their names (何梁何利|基金); the tables'
# other foundations open with a place or a field (中国宋庆龄基金会), no name the tagger reads
NAMED_AFTER_TAIL = re.compile(r"基金会?")


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
        # (何梁|何利|基金: the founders a foundation the tables know is named after, in its name)
        def piece(t: Mention) -> bool:
            return (
                (
                    t.end - t.start >= 2
                    and t.type == "Person"
                    and _BODY_END.search(t.text) is not None
                )
                or (t.type == known.type and (t.end - t.start >= 2 or t.type == "Organization"))
                # (统一|俄罗斯|党: a country inside the name; 俄联邦|安全会议: one the name opens
                # with, when the rest is a body's name of its own length, not 北京|大学)
                or (t.type == "Place" and known.start < t.start and t.end < known.end)
                or (t.type == "Place" and len(inside) == 1 and known.end - t.end >= 4)
            )

        return shorter and (
            all(piece(t) for t in inside)
            or (
                all(t.type == "Person" for t in inside)
                and min(t.start for t in inside) == known.start
                and NAMED_AFTER_TAIL.fullmatch(
                    known.text[max(t.end for t in inside) - known.start :]
                )
                is not None
            )
        )
    if known.type == "Person":
        return shorter and all(t.type == "Person" for t in inside)
    if not shorter or any(t.type not in ("Person", "Place") for t in inside):
        return False
    # (圣多美和普林西比, 委内瑞拉玻利瓦尔共和国: a name with 和 inside is no chain of places,
    # unless a piece begins with it: 天津市|和平区)
    return any(t.type == "Person" for t in inside) or any(
        char in "和及与" and all(t.start != known.start + at for t in inside)
        for at, char in enumerate(known.text)
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


def _titled_aliases(candidates: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """``习主席``, ``习总书记``: a person the tables name by the family name and a title; the
    title inside the alias is no post of its own (it would win over the name, and the family
    name alone is no one)."""
    aliases = [
        m
        for _t, m in candidates
        if m.type == "Person" and m.source == "lexicon" and m.value and m.value != m.text
    ]
    return [
        (tier, m)
        for tier, m in candidates
        if not (m.type == "Position" and any(a.start < m.start and m.end == a.end for a in aliases))
    ]


def _titles_off_names(candidates: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """``科威特埃米尔|纳瓦夫``: a name the tagger ran on from the title before it (or from the
    title's owner: ``卡塔尔埃米尔塔米姆``), where the tables know the name after the title, is
    that name; the title stays a post."""
    title_ends = {
        start: m.end
        for _t, m in candidates
        if m.type == "Position"
        for start in (m.start, m.start - len(m.owner or ""))
    }
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


def _bodies_of_once_held_posts(
    candidates: list[tuple[int, Mention]],
) -> list[tuple[int, Mention]]:
    """``美国前国防部|长``: a body the tagger read in the title of a post its country's holder
    once held is the title's, no organisation (the annotated corpora call it one, so
    :func:`extract` keeps it); a body that is the post's owner stays (美国国防部|长)."""
    once_held = [
        m for _t, m in candidates if m.type == "Position" and m.owner and split_status(m.owner)[1]
    ]
    return [
        (tier, m)
        for tier, m in candidates
        if not (
            m.type == "Organization"
            and any(p.start == m.start and m.end < p.end <= m.end + 2 for p in once_held)
        )
    ]


# Words that open no part of a body's name: what a post's reading ran across after the tagger's
# body (公明党|愿秉持公明党创始人, 三星|等４大企业集团会长, 市邮电局|当宣传科长)
_NOT_IN_A_BODY = re.compile(r"[等当愿后向对在为把被将要的]")


def _owners_over_cut_bodies(candidates: list[tuple[int, Mention]]) -> list[tuple[int, Mention]]:
    """``武汉大学|会计系主任``: the body a post's reading names whole as its owner
    (武汉大学会计系) wins over the tagger's piece of it from the same start (武汉大学), which
    would leave the rest (会计系) no one's and the post no owner. (The annotated corpora often
    label the piece, so :func:`extract` keeps it.)"""
    bodies = [m for _t, m in candidates if m.type == "Organization" and m.source == "crf"]
    owners = [
        m
        for _t, m in candidates
        if m.type == "Organization"
        and m.source == "rules"
        and any(
            b.start == m.start
            # (美国国立卫生研究院|前|院长: a mark of a post once held is no part of the body)
            and b.end < m.start + len(split_status(m.text)[0])
            and not _NOT_IN_A_BODY.match(m.text, b.end - m.start)
            for b in bodies
        )
        and any(
            p.type == "Position" and p.owner == m.text and p.start == m.end for _u, p in candidates
        )
    ]
    # (成人教育学院|学生会副主席: every piece the tagger read inside the owner goes)
    return [
        (tier, m)
        for tier, m in candidates
        if not (m in bodies and any(o.start <= m.start and m.end <= o.end for o in owners))
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
        candidates = _known_names_whole(_titles_off_names(_titled_aliases(candidates)))
        candidates = _owners_over_cut_bodies(_bodies_of_once_held_posts(candidates))
        candidates += _posts_over_bodies(candidates)
        candidates = _issued_titles_whole(text, candidates)
    merged = _brackets_paired(text, merge(candidates, len(text)))
    if known_whole:
        merged = _where_after_at(text, merged)
    merged = _ministers_by_name(text, _names_before_ranks(text, merged))
    merged = _short_names_before_titles(text, merged)
    merged = _owners_in_place(text, _repair_names(text, merged))
    merged = _envoys(text, _leaders_envoys(_permanent_representatives(text, merged)))
    merged = _embassies(text, _places_by_context(text, merged))
    merged = _names_after_posts(text, _compound_portfolios(text, merged))
    return _leaders_of_someone(_distribute_owners(text, merged))


def _leaders_of_someone(mentions: list[Mention]) -> list[Mention]:
    """A title that is a post only before its holder (positions.OWNED_ONLY: 真主党领导人纳斯鲁拉)
    and no person after it is no post (台湾当局领导人发表…, 中越两党领导人亲自擘画: leaders
    spoken of, no one named), nor is what its reading took for its owner a body (国家卫生健康委
    医疗应急司负责人介绍: no 急司)."""
    from kgraph.extract.positions import OWNED_ONLY, titles

    persons = {m.start for m in mentions if m.type == "Person"}
    unheld = {
        m
        for m in mentions
        if m.type == "Position" and m.end not in persons and titles().title_of(m.text) in OWNED_ONLY
    }
    owners = {(m.start - len(m.owner), m.start, m.owner) for m in unheld if m.owner}
    return [
        m
        for m in mentions
        if m not in unheld and not (m.source == "rules" and (m.start, m.end, m.text) in owners)
    ]


_OPENS = {"（": "）", "(": ")", "【": "】", "“": "”", "《": "》", "〔": "〕"}
_CLOSES = {close: opening for opening, close in _OPENS.items()}


def _unpaired(name: str) -> tuple[int, int]:
    """Where ``name``'s unpaired brackets leave a name: past its last unpaired closing
    bracket, before its first unpaired opening one (``(0, len(name))`` when all pair)."""
    start, opened = 0, []
    for index, char in enumerate(name):
        if char in _OPENS:
            opened.append(index)
        elif char in _CLOSES:
            if opened and name[opened[-1]] == _CLOSES[char]:
                opened.pop()
            elif index == len(name) - 1:
                return start, index  # 蔡扬蒙）: a byline's bracket closes after the name
            else:
                start, opened = index + 1, []
    if opened and opened[0] == start:
        # “2022中国(曲阜)国际孔子文化节 第八届尼山世界文明论坛: the quote the name opens
        start, opened = start + 1, opened[1:]
    return start, opened[0] if opened else len(name)


def _same(mention: Mention, text: str) -> str | None:
    """The value of ``mention`` renamed ``text``, where its value was its name."""
    return text if mention.value is not None and mention.value == mention.text else None


def _brackets_paired(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name never holds half a pair of brackets.

    The tagger and the cue grammar read across a headline's section mark or a quote's end
    (``【第33届夏季奥林匹克运动会】中国射击队``, ``“反对美日韩军事同盟”“美军``): the name is the
    part after the unpaired closing bracket, before an unpaired opening one. A body or place
    whose bracket opened before it takes the brackets in, with the body or place the brackets
    follow (``俄罗斯国家杜马（议会下院）国际事务委员会``, ``哈萨克斯坦“阿玛纳特”党``); with no
    such body or place it is a piece of a longer name and none (``推进“一带一路”建设工作领导小组
    办公室``), but for a known place after its epithet in quotes (``“齐鲁粮仓”山东省``).
    A name's own abbreviation in brackets (``第十五次缔约方大会（COP15）第二阶段会议``) stays
    inside it: an event read from the bracket on joins the event that ends there. A name the
    closing bracket of a signature ends (``（浙江省公安厅副厅长蔡扬蒙）``) is the person before
    it; a body or place there is one the tables know, or a run of the signature's names
    (``（河南方城县交警大队王云山丰雪州孙蕊）``), none.
    """
    out: list[Mention] = []
    for m in mentions:
        if m.type == "Event" and m.text[0] in _OPENS and out:
            before = out[-1]
            if before.type == "Event" and before.end == m.start:
                joined = before.text + m.text
                # (《生物多样性公约》第十五次缔约方大会: a value named by more than its text)
                value = before.value
                value = value + m.text if value and value.endswith(before.text) else None
                out[-1] = replace(before, end=m.end, text=joined, value=value)
                continue
        start, end = _unpaired(m.text)
        if (
            end < len(m.text)
            and m.text[end] in _CLOSES
            and m.type != "Person"
            and _lexicon_type(m.text[start:end]) is None
        ):
            continue
        if (
            start
            and m.text[start - 1] in _CLOSES
            and end == len(m.text)
            and m.type in ("Organization", "Place")
        ):
            closing = m.text[start - 1]
            opening = _opened_before(text, m, closing)
            bracketed = next(
                (o for o in out if o.end == opening and o.type in ("Organization", "Place")),
                None,
            )
            if bracketed is not None:
                out = [o for o in out if o.type in CONTAINER_TYPES or o.start < bracketed.start]
                whole = text[bracketed.start : m.end]
                out.append(replace(m, start=bracketed.start, text=whole, value=None))
                continue
            epithet = closing == "”" and _lexicon_type(m.text[start:]) == "Place"
            if opening is not None and not epithet:
                continue  # （兴隆湖）|综合性科学中心 of 成渝: a piece of a name begun before
        owner = m.owner
        if owner:
            owner = owner[_unpaired(owner)[0] :] or None
        if (start, end) == (0, len(m.text)) and owner == m.owner:
            out.append(m)
        elif end - start >= 2:
            name = m.text[start:end]
            value = owner + name if owner and m.type == "Position" else _same(m, name)
            out.append(
                replace(
                    m, start=m.start + start, end=m.start + end, text=name, owner=owner, value=value
                )
            )
    return out


def _opened_before(text: str, name: Mention, closing: str) -> int | None:
    """Where the bracket a name's unpaired ``closing`` one closes opened, in the same clause
    before the name (None when it did not)."""
    opening = _CLOSES[closing]
    for index in range(name.start - 1, max(-1, name.start - 20), -1):
        char = text[index]
        if char == opening:
            return index
        if char == closing or char in "，。；：！？、\n":
            return None
    return None


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
_LIST_JOINS = re.compile(r"[、和及与或]|、[\u4e00-\u9fff]{2,4}、")


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
    unknown organisations of the list are places too (``荷台达``). A country's name of three or
    more characters is never a person (``马尔代夫当选总统穆伊兹``).
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

    for mention in named:
        # 马尔代夫当选总统穆伊兹: a country's transliterated name is no one's (a two-character
        # one may be: 马里, 文莱)
        if mention.type == "Person" and len(mention.text) > 2 and _country(mention.text):
            place(mention)
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


# Words that qualify a body without being part of its name: 宣传好|人民代表大会, 广大|政协;
# the time of a post held in it (时任|浙江省委书记, 现任|市委书记); a letter sent to it
# (复信|美中航空遗产基金会主席, 致电|国际奥委会).
_ORG_LEAD = re.compile(
    r"^(?:好|广大|各级|有关|相关|全体|时任|现任|曾任|原任|[致复回]信|[致复]电|[致复]函)"
)
# … and after it: 民革|全党.
_ORG_TAIL = re.compile(r"(?:全党|全体|全军|全会系统|全网)$")
# An organisation's name cut at 与 (中国|物流与采购|联合会, 中国社会科学院|民族学与|人类学研究所):
# the run between a body or place and a body word, with a conjunction in it.
_JOINED_NAME_GAP = re.compile(r"[\u4e00-\u9fff]{1,6}与[\u4e00-\u9fff]{0,6}")
_BARE_GAP = re.compile(r"与[\u4e00-\u9fff]{1,6}")  # 中国物流|与采购|联合会: a bare body word
_BODY_WORD = re.compile(r"(?:联合会|协会|学会|研究所|研究院|研究中心|委员会|商会|联盟)$")
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
            and titles().kind(rank.text) == "rank"
        ):
            out[index] = Mention(body.start, body.end - 2, "Person", name, source="rules")
    return out


# The kinds of title a leader's short name stands before (苏林国家主席, 科尔总理)
LEADERS_TITLE_KINDS = frozenset({"party", "state", "foreign"})
# What may come right before such a name: the start, a pause, a joining word or a title
NAME_OPENERS = frozenset("，,、：:和与同及对向请")


@cache
def _short_names() -> frozenset[str]:
    """The short forms of people the tables only resolve (~苏林, ~科尔: common words or
    names alone)."""
    from kgraph.lexicons import lexicon

    return frozenset(
        form
        for entry in lexicon().entries.values()
        if entry.type == "Person"
        for form in (entry.name, *entry.aliases)
        if form not in entry.matchable and "·" not in form and 2 <= len(form) <= 3
    )


def _short_names_before_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """``阮富仲总书记和苏林国家主席``, ``科尔总理``: a short name the tables only resolve is a
    person right before a leader's title, after a pause, a joining word or another title."""
    out = list(mentions)
    for post in mentions:
        if post.type != "Position" or titles().kind(post.text) not in LEADERS_TITLE_KINDS:
            continue
        for size in (3, 2):
            start = post.start - size
            if start < 0 or text[start : post.start] not in _short_names():
                continue
            there = [m for m in out if m.start < post.start and start < m.end and m is not post]
            misread = [
                m
                for m in there
                if (m.start, m.end) == (start, post.start)
                and m.type in ("Place", "Organization")
                and m.source == "crf"
            ]
            if there != misread:
                break  # (a name, or a body or place the tables know, read there)
            if (
                start == 0
                or text[start - 1] in NAME_OPENERS
                or any(m.type == "Position" and m.end == start for m in out)
            ):
                # (今年8月，苏林|总书记: the tagger's place is the name)
                out = [m for m in out if m not in misread]
                name = text[start : post.start]
                out.append(Mention(start, post.start, "Person", name, source="rules"))
            break
    return sorted(out, key=in_text_order) if out != mentions else mentions


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
        quoted = QUOTED_PARTY.search(text, owner_start, post.start)
        if quoted is not None:
            # 玻利维亚“争取社会主义运动”党 | 主席: a party named in quotes, whatever the tagger
            # read inside them, then the country it is of
            owner, end = quoted.group(), quoted.start()
            before = [m for m in before if m.end <= end]
        for flat in sorted(before, key=lambda m: -m.end):
            # 中华人民共和国驻南非共和国 | 特命全权大使: the mission's country, 驻, the host
            # 美国前 | 总统, 印尼当选 | 总统: the mark of a post once or not yet held
            gap = text[flat.end : end]
            if not owner and flat.type == "Place" and _portfolio(gap, post.text):
                # 英国 | 财政 | 大臣, 伊拉克 | 外事 | 顾问: the country's minister of what the
                # noun between them names (no owner 英国财政)
                post = replace(post, start=flat.end, text=gap + post.text)
                owner, end = flat.text, flat.start
                break
            link = gap if (owner and gap == "驻") or (not owner and gap in STATUS_MARKS) else ""
            if not owner and gap and post.owner == flat.text + gap and _known_place(post.owner):
                link = gap  # 瑞士|联邦委员: the place the tables name 瑞士联邦, the tagger 瑞士
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


MINISTERS = (*MINISTER_TITLES, "顾问")  # the titles a portfolio's noun may open


def _portfolio(gap: str, title: str) -> bool:
    """Whether ``gap`` is the portfolio of a minister's ``title`` after a country (财政 of
    财政大臣, 外事 of 外事顾问): a common noun of the dictionary (not an act, 会见; not the
    affairs of the place before it, 沙特…中国事务大臣)."""
    from kgraph.extract.cues import event_cues

    if title not in MINISTERS:
        return False  # (every owned post's gap is asked: most are no minister's)
    count, tag = jieba_dictionary().get(gap, (0, ""))
    return (
        count >= 100  # (a word of the language, not one the dictionary barely knows)
        and tag in ("n", "vn", "an")
        and gap not in ("事务", "问题")
        and event_cues().pattern.fullmatch(gap) is None
    )


# Groups addressed as 同志 (全党同志, 各位同志), not names.
_COLLECTIVES = frozenset({"全党", "全体", "各位", "广大", "老", "有关", "同行", "党员", "领导"})
# A name that opens its clause and is followed by 同志: 信长星同志任…
_COMRADE = re.compile(r"(?:^|(?<=[：:，,；;。、\s]))([\u4e00-\u9fff]{2,3})(?=同志)")
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
    from kgraph.extract.cues import event_cues
    from kgraph.extract.positions import names_after_title, titles

    taken = covered(text, mentions)
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
    mentions = _japanese_names_after_posts(text, mentions, taken)
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
            # (…驻华大使西莱斯、日本驻华大使金杉宪治、…: four characters, the whole item, and
            # no words: not 希腊总理|高级代表、发展部部长…)
            or (
                len(name) == 4
                and not common_word(name)
                and _between_titled_names(text, titled, mention, end)
            )
            # (浙江省委书记易炼红点燃火种盆: after a post of its body)
            or (bool(mention.owner) and _name_then_verb(text, name, end))
            # (骆源|所作的: the tagger's span may take 所; then no name is vouched for)
            or (len(name) in (2, 3) and name[-1] != "所" and text.startswith(_MADE_THE_REPORT, end))
        ):
            added.append(Mention(start, end, "Person", name, source="rules"))
    if not added:
        return mentions
    return sorted(mentions + added, key=in_text_order)


def _name_then_verb(text: str, name: str, end: int) -> bool:
    """``易炼红|点燃``: three characters, then a two-character verb of the dictionary, the
    boundary cutting no word. Not 和新任|联合国… (a conjunction, then words), 方勤正|带领 (an
    adverb before the verb), 简短交|谈 (交谈 across the end)."""
    if len(name) != 3 or name[0] in "和与及或并" or name[-1] in "正在将也又已曾还就才都均便":
        return False
    word = text[end : end + 2]
    return (
        len(word) == 2
        and jieba_dictionary().get(word, (0, ""))[1] == "v"
        and jieba_words().get(text[end - 1 : end + 1], 0) < COMMON_FREQUENCY
        and not common_word(name)
    )


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
    return name.endswith("地") and jieba_words().get(name[:-1], 0) >= COMMON_FREQUENCY


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


@cache
def _japanese_surnames() -> frozenset[str]:
    return read_words(ontology_dir() / "japanese_surnames.txt")


# What ends a Japanese name after its post: a foreign name's ends, a verb of saying (日本外相
# 上川阳子说), an adverb (日本首相桥本曾开过…, 岸田文雄就…), or a common word (今天, 表示, 会谈)
_AFTER_JAPANESE_NAME = _AFTER_FOREIGN_NAME | frozenset("说称率向为是的就曾已还都又再均便亦")


def _japanese_name_after(text: str, post: Mention) -> int | None:
    """Where the name of a Japanese post's holder right after it ends: a Japanese family name
    and up to three characters of a given name, up to what ends a name (日本防卫大臣木原稔|今天,
    日本财务大臣铃木俊一|今天, 日本公明党党首山口那津男|等), or None."""
    if not (post.value or post.text).startswith("日本"):
        # (日本内阁官房长官松野博一、经济产业大臣西村康稔: the list's posts are all Japan's)
        clause = re.split("[，。；,;]", text[max(0, post.start - _LIST_REACH) : post.start])[-1]
        if post.value not in (None, post.text) or "日本" not in clause:
            return None
    start = post.end
    family = next((n for n in (3, 2, 1) if text[start : start + n] in _japanese_surnames()), 0)
    if not family or (
        family == 1 and jieba_words().get(text[start : start + 2], 0) >= COMMON_FREQUENCY
    ):
        return None  # (日本首相原定于…: 原定 is a word)
    for stop in range(start + max(family, 2), start + family + 4):
        if stop >= len(text):
            return None
        if _ends_a_japanese_name(text, stop):
            return stop
    return None


def _ends_a_japanese_name(text: str, at: int) -> bool:
    char = text[at]
    return (
        not "\u4e00" <= char <= "\u9fff"
        or char in _AFTER_JAPANESE_NAME
        or jieba_words().get(text[at : at + 2], 0) >= _ENDING_WORD
    )


_ENDING_WORD = 100  # how common the word after a name must be to end it (今天, 会谈, 递交)
_LIST_REACH = 40  # how far back in its clause a list of titled names may name the country


def _japanese_names_after_posts(
    text: str, mentions: list[Mention], taken: bytearray
) -> list[Mention]:
    """A Japanese post's holder the tagger missed or cut (日本财务大臣铃木俊|一): the name
    :func:`_japanese_name_after` reads, unless it crosses another mention or the tagger found
    a name the tables know or one that ends where a name may."""
    if "日本" not in text:
        return mentions  # (every sentence passes here: most name no post of Japan)
    mended = list(mentions)
    for post in mentions:
        stop = _japanese_name_after(text, post) if post.type == "Position" else None
        if stop is None:
            continue
        tagged = next((m for m in mentions if m.type == "Person" and m.start == post.end), None)
        if tagged is not None and (
            # (日本首相桥本龙太郎|在: the tagger's name ends where a name may; 太郎 is a word too)
            tagged.value or tagged.end >= len(text) or _ends_a_japanese_name(text, tagged.end)
        ):
            continue
        # (经济产业大臣西村|康稔: a place the tagger read in the name is no place)
        inside = [m for m in mentions if m is not tagged and m.start < stop and post.end < m.end]
        if any(
            m.type not in ("Place", "Organization") or m.start < post.end or m.end > stop
            for m in inside
        ):
            continue
        found = Mention(post.end, stop, "Person", text[post.end : stop], source="rules")
        for replaced in (*inside, *([tagged] if tagged is not None else [])):
            mended.remove(replaced)
        mended.append(found)
        taken[post.end : stop] = b"\1" * (stop - post.end)
    return sorted(mended, key=in_text_order)


# ----------------------------------------------------------------- names mended for the graph


def common_word(text: str) -> bool:
    """Whether ``text`` is a word of jieba's dictionary (:func:`_word_like`) that the training
    corpora never name a person by (目录, 漫画; not 孔子)."""
    return _word_like(text, jieba_words()) and text not in _dictionary_names()


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


def _reference(document: Document) -> dt.date | None:
    """The day the document's 今天 means, which its partial dates are read against."""
    day = document.today or document.date
    if not day or len(day) != 10:
        return None
    try:
        return dt.date.fromisoformat(day)
    except ValueError:
        return None


def _graph_mentions(text: str, reference: dt.date | None) -> list[Mention]:
    """The mentions of one sentence as the graph takes them: :func:`extract`, then the repairs
    the annotated corpora would not have (they label some of these otherwise)."""
    return graph_repairs(text, _tagged(text, reference, known_whole=True))


def extract_document(
    document: Document,
    sentences: list[Sentence],
    progress: Callable[[int], object] | None = None,
) -> DocumentExtraction:
    """Mentions and relations of one document, with offsets into ``document.raw``."""
    from kgraph.extract.actors import actors_by_role, speaker_as_me
    from kgraph.extract.discourse import document_relations
    from kgraph.extract.documents import resolve_short_titles
    from kgraph.extract.headers import chronicle_headings
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
    texts = [s.text for s in sentences]
    per_sentence = posts_of_the_electing_place(texts, names_across(texts, per_sentence))
    members_of_the_session(texts, per_sentence)
    days_told_before(document, sentences, per_sentence)
    # A chronicle's month without its year is of the year it last named (１９３５年１月…。６月).
    narrative_years(
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
        if new_paragraph(document, sentences, index):
            speaking = None  # a new paragraph: what was said before is no longer being said
        speaking = speaker_as_me(sentence.text, per_sentence[index], sentence.index, speaking)
        per_sentence[index][:] = unglue_speech(per_sentence[index])
    per_sentence = names_after_frames(texts, per_sentence)
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
        local[:] = unglue_speech(local)
    mended: list[Relation] = []
    for relation in relations:
        head, tail = unglue_speech([relation.head]), unglue_speech([relation.tail])
        if head and tail:
            mended.append(replace(relation, head=head[0], tail=tail[0]))
    relations = list(dict.fromkeys(mended))  # (a fact two readers found once)
    relations = formerly_held(texts, relations)
    relations = without_first_jobs_of_leaders(relations)
    statements = [
        replace(st, speaker=unglue_speech([st.speaker])[0])
        for st in statements
        if unglue_speech([st.speaker])
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

    per_sentence, relations = without_unspoken(sentences, per_sentence, relations)
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


class _CallableModule(types.ModuleType):
    """The package itself is callable: ``kgraph.extract(text)`` is :func:`extract`.

    So the public function and the stage's package share one name without one
    shadowing the other (``kgraph.extract.crf`` stays reachable).
    """

    def __call__(self, text: str, *, reference: dt.date | None = None) -> list[Mention]:
        return extract(text, reference=reference)


sys.modules[__name__].__class__ = _CallableModule
