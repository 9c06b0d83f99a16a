"""Traditional Chinese (Big5, or UTF-8 from Hong Kong and Taiwan) is read as well as Simplified.

The Traditional texts are real Simplified ones (the seeds, People's Daily sentences
on 钱其琛) converted with OpenCC, the library kgraph converts back with.
"""

from __future__ import annotations

import re

import opencc
import pytest

from conftest import seed_path
from kgraph.extract import extract_document
from kgraph.ingest import read_document
from kgraph.segment import split_sentences
from kgraph.traditional import is_traditional, to_simplified

# People's Daily, 31 December 1998 (the PFR corpus).
QIAN_QICHEN = (
    "本报比勒陀利亚１２月３０日电中国国务院副总理兼外交部长钱其琛和南非外交部长恩佐３０日"
    "在这里举行记者招待会，分别阐述了两国关于中南关系正常化和台湾问题的立场。\n"
    "钱其琛说，近年来，中国的上海市与夸—纳省开展了多领域的经济合作，先后建立了家电、五金、"
    "搪瓷、文具等企业，取得了明显的经济效益。\n"
)


def _traditional(text: str, config: str = "s2tw") -> str:
    return opencc.OpenCC(config + ".json").convert(text)


def _extraction(path):
    document = read_document(path)
    return document, extract_document(document, split_sentences(document))


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize(
    ("config", "encoding"), [("s2tw", "big5"), ("s2tw", "utf-8"), ("s2hk", "utf-8")]
)
def test_traditional_qian_qichen_is_found_and_labelled_in_simplified(tmp_path, config, encoding):
    text = _traditional(QIAN_QICHEN, config)
    assert "錢其琛" in text and "外交部長" in text
    path = tmp_path / "hk.txt"
    path.write_bytes(text.encode(encoding))
    document, extraction = _extraction(path)
    assert document.encoding == encoding.replace("-", "_").replace("utf_8", "utf-8")
    assert document.raw == text  # raw is the file as written
    assert len(document.text) == len(document.offsets)
    found = {(m.type, m.text) for m in extraction.mentions}
    assert ("Person", "钱其琛") in found
    assert ("Organization", "中国国务院") in found
    assert {("Position", "副总理"), ("Position", "外交部长")} <= found
    for mention in extraction.mentions:
        # offsets point at the mention as written, its label is the Simplified form
        assert to_simplified(document.raw[mention.start : mention.end]) == mention.text
    people = [m for m in extraction.mentions if m.type == "Person" and m.text == "钱其琛"]
    assert all(document.raw[m.start : m.end] == "錢其琛" for m in people)
    posts = {
        (r.head.text, r.tail.value or r.tail.text)
        for r in extraction.relations
        if r.relation == "holdsPosition"
    }
    assert {"钱其琛", "恩佐"} == {head for head, _post in posts}
    assert ("恩佐", "南非外交部长") in posts  # 外交部長 shares the 部 of its ministry
    for relation in extraction.relations:
        evidence = relation.evidence
        assert document.raw[evidence.start : evidence.end] == evidence.text  # as written
        assert "錢其琛" in evidence.text or "钱其琛" not in to_simplified(evidence.text)


@pytest.mark.parametrize(
    ("prefix", "encoding"), [("004", "big5"), ("004", "utf-8"), ("001", "big5"), ("000", "utf-8")]
)
def test_traditional_seed_gives_what_the_simplified_seed_gives(tmp_path, prefix, encoding):
    simplified = seed_path(prefix)
    text = _traditional(simplified.read_text(encoding="utf-8"))
    assert is_traditional(text)
    path = tmp_path / simplified.name  # the same document id
    path.write_bytes(text.encode(encoding))
    document, extraction = _extraction(path)
    original, expected = _extraction(simplified)
    assert document.raw == text
    # Cleaned alike, then read in Simplified: the round trip differs only where
    # Simplified has two characters for one Traditional (藉此/借此, 瞭解/了解).
    assert list(document.offsets) == list(original.offsets)
    differences = sum(a != b for a, b in zip(document.text, original.text))
    assert len(document.text) == len(original.text)
    assert differences <= len(document.text) // 400
    found = {(m.type, m.text, m.start, m.end) for m in extraction.mentions}
    assert found == {(m.type, m.text, m.start, m.end) for m in expected.mentions}
    types = {m.type for m in extraction.mentions}
    assert {"Person", "Position", "Organization"} <= types
    assert {(r.relation, r.head.text, r.tail.text) for r in extraction.relations} == {
        (r.relation, r.head.text, r.tail.text) for r in expected.relations
    }
    evidence = [r.evidence for r in extraction.relations]
    evidence += [e for s in extraction.statements for e in s.evidence]
    assert evidence
    for item in evidence:
        written = document.raw[item.start : item.end]
        assert _flat(written) == _flat(item.text)  # up to the line breaks a PDF left
    # The Simplified labels, the Traditional quotes.
    assert any(to_simplified(e.text) != e.text for e in evidence)


def test_traditional_detection_leaves_simplified_alone():
    for prefix in ("000", "001", "002", "003", "004"):
        document = read_document(seed_path(prefix))
        assert not is_traditional(document.raw)
        for i, char in enumerate(document.text):
            if char not in "\n ":
                assert document.raw[document.offsets[i]] == char
    # A Simplified text quoting a few Traditional characters is not converted.
    text = "钱其琛在香港会见了《明報》负责人。" * 3
    assert not is_traditional(text)
    assert read_documents_text(text) == text


def read_documents_text(text: str) -> str:
    from kgraph.ingest import documents_from_text

    return documents_from_text(text, "a.txt")[0].text


def test_traditional_conversion_is_character_for_character():
    text = _traditional(QIAN_QICHEN, "s2hk") + "乾隆年間，衞生部門發表了頭髮護理的著作。"
    simplified = to_simplified(text)
    assert len(simplified) == len(text)
    assert "钱其琛" in simplified and "外交部长" in simplified
    assert "乾隆" in simplified  # a phrase that keeps its characters in place is converted whole
    assert "卫生" in simplified  # a Hong Kong variant (衞)
    assert to_simplified(QIAN_QICHEN) == QIAN_QICHEN


def test_traditional_and_simplified_copies_are_one_node(tmp_path):
    import kgraph

    (tmp_path / "tw.txt").write_bytes(_traditional(QIAN_QICHEN).encode("big5"))
    (tmp_path / "cn.txt").write_text(QIAN_QICHEN.replace("３０日", "２９日"), encoding="utf-8")
    graph = kgraph.build([tmp_path], warn=lambda message: None).graph
    people = [n for n, data in graph.nodes(data=True) if data.get("type") == "Person"]
    assert "Person:钱其琛" in people
    assert not any("錢" in n for n in graph.nodes)
    node = graph.nodes["Person:钱其琛"]
    assert "錢其琛" in node["aliases"]  # the form as written
    assert node["docs"] == [f"{tmp_path.name}/cn.txt", f"{tmp_path.name}/tw.txt"]
    quoted = [
        item["text"]
        for _, _, key, data in graph.edges(keys=True, data=True)
        if key == "holdsPosition"
        for item in data["evidence"]
        if item["doc"].endswith("tw.txt")
    ]
    assert quoted and all("錢其琛" in text for text in quoted)  # the sentence as written


def test_traditional_gate_characters_are_all_traditional():
    from kgraph.traditional import _COMMON_TRADITIONAL, _table

    table = _table()
    characters = _COMMON_TRADITIONAL.pattern.strip("[]")
    assert len(characters) > 40 and all(ord(ch) in table for ch in characters)


def _with_readings(text: str) -> str:
    """``text`` as a Big5 mirror of a mainland site serves it: the pinyin of each character
    with more than one reading after it, tone marked, in brackets (國務(wù)院, 習(xí)近平)."""
    from pypinyin import Style, pinyin

    out = []
    for char in text:
        out.append(char)
        readings = pinyin(char, style=Style.TONE, heteronym=True)[0]
        if "\u4e00" <= char <= "\u9fff" and len(readings) > 1 and not readings[0].isascii():
            out.append(f"({readings[0]})")
    return "".join(out)


def test_a_mirror_sites_pinyin_readings_are_not_text(tmp_path):
    plain = _traditional(QIAN_QICHEN)
    annotated = _with_readings(plain)
    assert annotated.count("(") >= 10 and "(" not in plain
    (tmp_path / "plain.txt").write_text(plain, encoding="utf-8")
    (tmp_path / "mirror.txt").write_text(annotated, encoding="utf-8")
    document, extraction = _extraction(tmp_path / "mirror.txt")
    _, expected = _extraction(tmp_path / "plain.txt")
    assert document.raw == annotated
    assert "(" not in document.text
    found = [(m.type, m.text) for m in extraction.mentions]
    assert found == [(m.type, m.text) for m in expected.mentions]
    assert ("Person", "钱其琛") in found
    readings = re.compile(r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")
    for mention in extraction.mentions:  # offsets into the file as served, readings and all
        written = document.raw[mention.start : mention.end]
        assert to_simplified(readings.sub("", written)) == mention.text
    assert {(r.relation, r.head.text, r.tail.text) for r in extraction.relations} == {
        (r.relation, r.head.text, r.tail.text) for r in expected.relations
    }
    assert all("(" not in r.evidence.text for r in extraction.relations)
