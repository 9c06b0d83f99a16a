"""Resolve: mentions -> entities, and documents -> articles.

Two kinds of sameness are decided here:

* **Documents that carry the same article** (a Xinhua dispatch, the same
  dispatch reposted by a portal, the speech as a PDF): their facts count once.
  Detection compares fingerprints, a sample of the 8-character shingles of
  each text (those whose hash is 0 modulo ``SAMPLE``), through an inverted
  index, so the cost grows with the corpus, not with its square.
* **Mentions that name the same thing** (全总 / 全国总工会 / 中华全国总工会):
  they become one entity, keyed by type and canonical name.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from itertools import chain, repeat

from kgraph.extract.positions import split_status
from kgraph.lexicons import canonical, entity_info, lexicon, ontology_dir
from kgraph.records import Document, Mention
from kgraph.text import read_words

__all__ = ["entity_key", "find_duplicates", "is_entity"]

SHINGLE = 8
SAMPLE = 4  # keep one shingle in SAMPLE on average
# Share of the smaller text's fingerprints found in the larger. A report and the
# speech it reports share about three quarters; a commentary or a newspaper page
# that quotes half of an article is not a copy of it (measured on the seeds: 0.75
# against 0.49 and 0.41).
CONTAINMENT = 0.6
MIN_FINGERPRINTS = 20  # texts too short to judge are never duplicates


_NOT_ALNUM = re.compile(r"[\W_]+")
# A count of places (六省, 两州, 多国, 三个村): several, no one place.
_COUNTED_PLACES = re.compile(
    r"^(?:[两几多数各诸]|[一二三四五六七八九十百]+个?)(?:省|市|县|区|国|村|镇|乡)$|^[两几多数各]州$"
    r"|^[\u4e00-\u9fff]{1,4}(?:多地|各地)$"  # 俄多地: several places of Russia
    r"|^[一二三四五六七八九十两几多数各]+大(?:军区|战区|洲|洋|城市|水系|流域|区域)$"  # 七大军区
)


# What is everywhere, no one place: 全国新华书店, 全球各地.
_NATIONWIDE = re.compile(r"^(?:全国|全球|全世界|各地|各国|世界各地)")


def _fingerprints(text: str) -> set[int]:
    # Letters and digits only; one regex pass, not a list of characters (a 50 MB file
    # made that list 1.2 GB).
    key = _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text))
    prints = set()
    for i in range(len(key) - SHINGLE + 1):
        # CRC-32: stable across runs (unlike hash()) and three times cheaper than blake2b.
        value = zlib.crc32(key[i : i + SHINGLE].encode())
        if value % SAMPLE == 0:
            prints.add(value)
    return prints


def find_duplicates(documents: Iterable[Document]) -> dict[str, str]:
    """Map each document that repeats an earlier article to that article's first copy.

    Documents are taken in id order; a document is a copy of the first earlier
    document that holds at least ``CONTAINMENT`` of the smaller one's
    fingerprints. Returns ``{copy_id: original_id}`` (originals are not keys).
    """
    index: dict[int, list[int]] = defaultdict(list)
    ids: list[str] = []
    sizes: list[int] = []
    original_of: dict[str, str] = {}
    for document in sorted(documents, key=lambda d: d.id):
        prints = _fingerprints(document.text)
        position = len(ids)
        ids.append(document.id)
        sizes.append(len(prints))
        if len(prints) >= MIN_FINGERPRINTS:
            # Counted in C (Counter over the chained postings): a phrase every day repeats
            # has a posting per earlier document, so this grows with the corpus squared.
            shared = Counter(chain.from_iterable(map(index.get, prints, repeat(()))))
            # A copy shares at least CONTAINMENT * MIN_FINGERPRINTS: most documents share a
            # print or two with a thousand others, and are dropped here at once.
            least = CONTAINMENT * MIN_FINGERPRINTS
            for other in sorted(o for o, count in shared.items() if count >= least):
                smaller = min(len(prints), sizes[other])
                if smaller >= MIN_FINGERPRINTS and shared[other] >= CONTAINMENT * smaller:
                    original_of[document.id] = original_of.get(ids[other], ids[other])
                    break
        for value in prints:
            index[value].append(position)
    return original_of


def entity_key(mention: Mention) -> tuple[str, str]:
    """``(type, canonical name)`` of the entity a mention names."""
    if mention.type == "Date":
        return "Date", mention.value or mention.text
    if mention.type == "Position":
        return "Position", canonical_post(mention)
    # (a Person's value is whom a pronoun stands for: 我 in what 江泽民 says is 江泽民)
    if mention.type in ("Document", "Event", "Person") and mention.value:
        return mention.type, canonical(mention.type, mention.value)
    return mention.type, canonical(mention.type, mention.text)


def canonical_post(mention: Mention) -> str:
    """``全国总工会副主席`` -> ``中华全国总工会副主席``: the owner takes its canonical name.

    The extractor split the post once and carries the owner on the mention.
    """
    post = mention.value or mention.text
    owner = mention.owner
    if not owner or not post.startswith(owner):
        return post
    # (印尼当选 | 总统, 美国前 | 总统: the body before the mark of a post not yet or once held,
    # the mark staying with the title)
    body, _mark = split_status(owner)
    owner_name = canonical("Organization", body)
    if owner_name == body:
        owner_name = canonical("Place", body)
    local = _LOCAL_PARTY_COMMITTEE.match(owner_name)
    if local is not None and lexicon().get("Place", local.group(1)) is not None:
        owner_name = owner_name[2:]  # (中共四川省委书记 is 四川省委书记: the one post)
    title = post[len(body) :]
    if title in ("主席", "副主席") and body.endswith("共和国") and owner_name != body:
        # 越南社会主义共和国主席, 老挝人民民主共和国主席: the republic's head of state, as
        # the texts name it with the country's short name (越南国家主席)
        title = "国家" + title
    named = owner_name + title
    if named.startswith("中国"):
        return _STATE_POSTS_OF_CHINA.get(named[2:], named)
    return named


# China's state posts after the country's name (中华人民共和国主席, 中国国务院副总理) are the
# posts Chinese texts name without it (国家主席, 国务院副总理); 中国驻法国大使 keeps it.
_STATE_POSTS_OF_CHINA = {
    "主席": "国家主席",
    "副主席": "国家副主席",
    "国家主席": "国家主席",
    "国家副主席": "国家副主席",
    "总理": "国务院总理",
    "副总理": "国务院副总理",
    "国务院总理": "国务院总理",
    "国务院副总理": "国务院副总理",
}


# A province's, city's or county's party committee, named with the Party before it
_LOCAL_PARTY_COMMITTEE = re.compile(r"中共([\u4e00-\u9fff]{2,10}?(?:省|市|自治区|县|区|州))委")


@cache
def generic_names() -> frozenset[str]:
    return read_words(ontology_dir() / "generic_names.txt")


NAMED_TYPES = frozenset({"Person", "Organization", "Place"})
# A country's army by its one-character short form (乌军, 俄军): no person's name starts so.
_ARMY_OF = re.compile(r"^[乌俄美以英法德日韩朝叙伊黎巴]军")


# The readers whose one-character person is a node: a frame's slot, a career note's subject
ONE_CHARACTER = ("frame", "note")


def is_entity(mention: Mention, name: str) -> bool:
    """Does this mention, resolved to ``name``, deserve a node of its own?

    Kept as mentions (annotated corpora label them) but not made nodes: a
    one-character name the tables cannot expand (中, 哥 in 中哥两国), a pair of
    such abbreviations (中哥, 中拉), a generic word (工会, 中心), and a span
    that cuts through quotation marks.
    """
    if mention.type not in NAMED_TYPES:
        return True
    # (a one-character name is one where a list of titled names gives it, 议长贝, and where a
    # career note names its subject by it, 孙先生1996年…)
    if (len(name) == 1 and not (mention.type == "Person" and mention.source in ONE_CHARACTER)) or (
        name in generic_names()
    ):
        return False
    if mention.type == "Person" and _ARMY_OF.match(name):
        return False  # 乌军反攻: a country's army and what it does
    if mention.type in ("Place", "Organization") and _COUNTED_PLACES.match(name):
        return False
    if mention.type == "Place" and _NATIONWIDE.match(name) and not entity_info("Place", name):
        return False  # 全国新华书店: bookstores nationwide, no one place
    if (
        mention.type == "Place"
        and not entity_info("Place", name)
        and (name in lexicon().titles or "河湖" in name)
    ):
        return False  # 科威特埃米尔: a title; 西藏自治区河湖: the rivers and lakes of a region
    if (
        mention.type == "Place"
        and len(name) == 2
        and "中" in name
        and not entity_info("Place", name)
    ):
        return False
    return name.count("“") == name.count("”") and name.count("《") == name.count("》")
