"""A small knowledge graph in the pipeline's model, read by hand from a real seed text.

Used by the RDF, query and serve tests until (and alongside) the real pipeline:
every evidence offset is located in the seed file itself, so the offsets are real.
"""

from __future__ import annotations

import functools
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = "seeds/001_bf8f93f96d8ac429.txt"
DOC = f"Document:{SEED}"


def sentence_containing(raw: str, needle: str) -> dict[str, object]:
    """The evidence dict of the sentence (up to 。 or a line break) that contains ``needle``."""
    at = raw.index(needle)
    start = max(raw.rfind("。", 0, at), raw.rfind("\n", 0, at)) + 1
    stops = [i for i in (raw.find("。", at), raw.find("\n", at)) if i >= 0]
    end = min(stops) + 1 if stops else len(raw)
    if raw[end - 1] == "\n":
        end -= 1
    return {"doc": SEED, "start": start, "end": end, "text": raw[start:end]}


def sample_graph() -> nx.MultiDiGraph:
    raw = (ROOT / SEED).read_text(encoding="utf-8")
    graph = nx.MultiDiGraph()

    def node(node_id: str, **attrs: object) -> None:
        kind, _, label = node_id.partition(":")
        attrs.setdefault("aliases", [])
        attrs.setdefault("count", raw.count(label) or 1)
        attrs.setdefault("docs", [SEED])
        graph.add_node(node_id, type=kind, label=label, **attrs)

    def edge(u: str, v: str, relation: str, *needles: str) -> None:
        evidence = sorted(
            (sentence_containing(raw, n) for n in needles),
            key=lambda e: (e["doc"], e["start"], e["end"]),
        )
        graph.add_edge(
            u, v, key=relation, relation=relation, weight=len(evidence), evidence=evidence
        )

    graph.add_node(
        DOC,
        type="Document",
        label=raw.splitlines()[0].strip(),
        title=raw.splitlines()[0].strip(),
        file=SEED,
        date="2023-10-23",
        publisher="新华社",
        source_url="http://www.news.cn/politics/leaders/2023-10/23/c_1129963167.htm",
        aliases=[],
        count=1,
        docs=[SEED],
    )
    node(
        "Person:习近平",
        aliases=["习近平总书记"],
        label_en="Xi Jinping",
        pinyin="Xí Jìnpíng",
        wikidata="Q15031",
    )
    node("Person:蔡奇", label_en="Cai Qi")
    node("Position:总书记")
    node("Position:国家主席")
    node("Position:中央军委主席")
    node("Organization:中共中央", aliases=["党中央"])
    node("Organization:中华全国总工会", aliases=["全国总工会", "全总"], wikidata="Q1071416")
    node("Organization:中央军委")
    node("Place:中南海")
    node("Place:北京")
    node("Event:中华全国总工会新一届领导班子成员集体谈话", aliases=["集体谈话"])
    node("Date:2023-10-23", value="2023-10-23", aliases=["10月23日"])
    node("Date:2018/2023", value="2018/2023", aliases=["过去5年"])
    node("PolicyConcept:党的全面领导", group="党的领导")
    node("PolicyConcept:强国建设", group="中国式现代化")
    node("PolicyConcept:民族复兴", group="中国式现代化")
    node("PolicyConcept:产业工人队伍建设改革")
    graph.add_node(
        "Statement:习近平@2023-10-23#1",
        type="Statement",
        label="习近平：坚持党对工会的全面领导",
        speaker="Person:习近平",
        date="2023-10-23",
        text="坚持党对工会的全面领导,任何时候、任何情况下都不能动摇、不能偏离。",
        aliases=[],
        count=1,
        docs=[SEED],
    )

    lead = "中共中央总书记、国家主席、中央军委主席习近平"
    edge("Person:习近平", "Position:总书记", "holdsPosition", lead)
    edge("Person:习近平", "Position:国家主席", "holdsPosition", lead)
    edge("Person:习近平", "Position:中央军委主席", "holdsPosition", lead)
    edge("Position:总书记", "Organization:中共中央", "positionIn", lead)
    edge("Position:中央军委主席", "Organization:中央军委", "positionIn", lead)
    event = "Event:中华全国总工会新一届领导班子成员集体谈话"
    edge("Person:习近平", event, "spokeAt", "集体谈话并发表重要讲话")
    edge("Person:习近平", event, "participatedIn", "集体谈话并发表重要讲话")
    edge("Person:蔡奇", event, "participatedIn", "蔡奇参加集体谈话")
    edge(event, "Place:中南海", "locatedIn", "下午在中南海")
    edge(event, "Date:2023-10-23", "occurredOn", "下午在中南海")
    edge("Person:习近平", "PolicyConcept:党的全面领导", "emphasized", "坚持党对工会的全面领导,任何")
    edge(
        "Person:习近平",
        "PolicyConcept:强国建设",
        "emphasized",
        "积极投身全面推进强国建设",
        "积极投身强国建设民族复兴伟业",
    )
    edge("Person:习近平", "PolicyConcept:民族复兴", "emphasized", "积极投身全面推进强国建设")
    edge(
        "PolicyConcept:强国建设",
        "PolicyConcept:民族复兴",
        "coOccursWith",
        "积极投身全面推进强国建设",
        "积极投身强国建设民族复兴伟业",
    )
    edge(
        "PolicyConcept:民族复兴",
        "PolicyConcept:强国建设",
        "coOccursWith",
        "积极投身全面推进强国建设",
        "积极投身强国建设民族复兴伟业",
    )
    edge("Person:习近平", "Person:蔡奇", "metWith", "蔡奇参加集体谈话")
    edge(DOC, "Person:习近平", "mentions", lead)
    edge(DOC, "Organization:中华全国总工会", "mentions", "同中华全国总工会新一届领导班子")
    edge(
        "Organization:中华全国总工会", "Organization:中共中央", "subOrganizationOf", "工会是党领导"
    )
    edge(
        "Organization:中共中央",
        "Organization:中华全国总工会",
        "leads",
        "坚持党对工会的全面领导,任何",
    )
    return graph


@functools.cache
def _built_seeds() -> nx.MultiDiGraph:
    from kgraph.pipeline import build

    return build([str(ROOT / "seeds")], warn=lambda message: None).graph


def build_seeds() -> nx.MultiDiGraph:
    """The real pipeline's graph of the seeds (built once per session; do not modify it).

    Skips while the pipeline is incomplete."""
    try:
        return _built_seeds()
    except ImportError as error:
        pytest.skip(f"pipeline incomplete: {error}")
    except FileNotFoundError as error:
        if "model" not in str(error):
            raise
        pytest.skip(f"pipeline incomplete: {error}")
