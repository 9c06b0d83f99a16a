"""Candidate policy concepts: head-noun and quotation patterns on real sentences."""

from __future__ import annotations

import gzip
import itertools
import json
import re

import pytest

from conftest import CORPORA, SEEDS
from kgraph.extract.concepts import (
    HEADS,
    concept_candidates,
    discover_concepts,
    match_concept_candidates,
)

PFR = CORPORA / "pfr199801.jsonl.gz"


def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def seed_sentence(*needles: str) -> str:
    for text in seed_texts():
        for sentence in re.split(r"(?<=[。！？])", text):
            if all(needle in sentence for needle in needles):
                return sentence.strip()
    raise LookupError(needles)


def values(text: str) -> list[str]:
    return [m.value or "" for m in match_concept_candidates(text)]


def test_a_reform_after_a_verb_is_a_candidate() -> None:
    sentence = seed_sentence("深化工会系统改革")
    mentions = match_concept_candidates(sentence)
    assert [m.value for m in mentions] == ["工会系统改革"]
    mention = mentions[0]
    assert sentence[mention.start : mention.end] == mention.text == "工会系统改革"
    assert mention.type == "PolicyConcept"
    assert mention.source == "concept-pattern"


def test_known_concepts_are_left_to_the_lexicon() -> None:
    sentence = seed_sentence("推进产业工人队伍建设改革")
    terms = [c.term for c in concept_candidates(sentence)]
    assert "产业工人队伍建设改革" in terms  # the pattern sees it …
    assert "产业工人队伍建设改革" not in values(sentence)  # … but the lexicon owns it


def test_numbered_shorthand_in_quotes() -> None:
    sentence = seed_sentence("“五个坚持”")
    mention = next(m for m in match_concept_candidates(sentence) if m.value == "五个坚持")
    assert mention.text == "五个坚持"
    assert sentence[mention.start - 1] + sentence[mention.end] == "“”"


def test_quoted_name_before_a_head_keeps_both() -> None:
    text = "各地积极推进“两权分离”改革，成效明显。"
    assert values(text) == ["两权分离改革"]
    mention = match_concept_candidates(text)[0]
    assert mention.text == "“两权分离”改革"


@pytest.mark.parametrize(
    "text",
    [
        "他是一名高级工程师。",  # the head inside a longer word
        "坚持改革开放不动摇。",
        "要自觉运用改革的办法解决问题。",  # a verb phrase, not a name
        "继续深化改革，扩大开放。",
        "认真贯彻党的二十大精神。",  # the gist of a congress is a document, not a concept
        "学习贯彻习近平总书记重要讲话精神。",
        "建立健全工作机制。",  # a generic head needs a longer modifier
        "这一战略意义重大。",
        "“五一”期间，游客众多。",  # a date in quotes
        "联合国改革问题。",  # an actor and a head
    ],
)
def test_precision_guards(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # 新闻联播 2023-03-22, 2023-02-10, 2023-01-03, 2024-07-24: a head before the noun it
        # modifies (战略 as "strategic", 改革 of a consensus) is no name.
        "俄方期待同中方新一届政府密切协调合作，认真落实两国元首共识，加强两国全面战略协作伙伴关系。",
        "进入新时代，在两国领导人战略引领下，中柬命运共同体建设不断走深走实。",
        "三是深化多边战略协调，共同捍卫真正的多边主义。",
        "最大限度凝聚改革共识、激发改革活力，推动各项改革举措精准落地、取得实效。",
    ],
)
def test_a_head_that_modifies_the_next_noun_is_no_concept(text: str) -> None:
    assert values(text) == []


def test_a_concept_before_a_verb_stays() -> None:
    # 新闻联播 2022-12-14: the head before a verb or a comma ends the name.
    assert values("加快培育完整内需体系，促进形成强大国内市场，支撑畅通国内经济循环。") == [
        "培育完整内需体系"
    ]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # 新闻联播 2024-03-22 and 2022-11-03: the concept begins after a verb of what is done
        # with it (感悟, 维护), as after 弘扬 or 坚持
        (
            "李希还来到嘉兴南湖革命纪念馆，重温党的历史、感悟红船精神，要求纪检监察干部传承弘扬党的"
            "光荣传统，以昂扬奋进的精神状态走好新征程。",
            "红船精神",
        ),
        (
            "愿同中方共同维护多边贸易体系与规则，促进地区稳定与开放，推动世界可持续发展。",
            "多边贸易体系",
        ),
    ],
)
def test_a_concept_begins_after_the_verb_done_with_it(text: str, concept: str) -> None:
    assert concept in values(text)
    assert not any(value.startswith(("感悟", "维护")) for value in values(text))


def test_candidates_are_disjoint_and_exact() -> None:
    for text in seed_texts():
        mentions = match_concept_candidates(text)
        for mention in mentions:
            assert text[mention.start : mention.end] == mention.text
        for left, right in itertools.pairwise(mentions):
            assert left.end <= right.start


def test_discovery_ranks_by_spread_then_frequency() -> None:
    ranked = discover_concepts(seed_texts())
    assert ranked == discover_concepts(seed_texts())  # deterministic
    terms = [term for term, _count, _docs in ranked]
    assert "工会系统改革" in terms[:3]
    _term, count, docs = ranked[terms.index("工会系统改革")]
    assert docs >= 3
    assert count >= docs
    keys = [(-docs, -count, term) for term, count, docs in ranked]
    assert keys == sorted(keys)
    # Known concepts are left out unless asked for.
    assert "产业工人队伍建设改革" not in terms
    known = [term for term, _c, _d in discover_concepts(seed_texts(), include_known=True)]
    assert "产业工人队伍建设改革" in known


def test_min_count_filters() -> None:
    ranked = discover_concepts(seed_texts(), min_count=3)
    assert ranked
    assert all(count >= 3 for _term, count, _docs in ranked)


@pytest.mark.skipif(not PFR.is_file(), reason="shared corpora not available")
def test_1998_peoples_daily() -> None:
    """Old news has its own vocabulary; the patterns find it without curated help."""
    with gzip.open(PFR, "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in itertools.islice(handle, 6000)]
    terms = {term for term, _count, _docs in discover_concepts(texts)}
    hits = [m for text in texts for m in match_concept_candidates(text)]
    assert len(hits) >= 50
    # Every precise hit ends in a concept head or is a numbered shorthand.
    for mention in hits:
        value = mention.value or ""
        assert value.endswith(tuple(HEADS)) or re.match(r"[二两三四五六七八九十双]", value), value
    # Quoted numbered slogans of the time are found.
    assert any(re.match(r"[二两三四五六七八九十]", term) for term in terms)
