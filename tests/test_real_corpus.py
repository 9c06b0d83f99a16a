"""A build of real daily news transcripts, as users scrape them (Markdown with inline HTML).

Twenty days spread over 2022–2024 of ``../shared/corpora/xwlb_dev.jsonl.gz``, each its own
``.md`` file, built once for the module: no markup in what the graph says, one node per real
person, places never people, and every multi-item page split into items whose facts stay in
their item.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import networkx as nx
import pytest

from conftest import CORPORA
from kgraph.identity import post_rank
from kgraph.lexicons import lexicon

XWLB = CORPORA / "xwlb_dev.jsonl.gz"
DAYS = 20
MARKUP = re.compile(r"<[a-z/]|^#|\]\(|https?://|\*\*|查看原文")
# Foreign leaders who recur in the transcripts, by the short form the news uses.
LEADERS = (
    "普京", "拜登", "特朗普", "马克龙", "卢拉", "朔尔茨", "古特雷斯", "莫迪",
    "埃尔多安", "泽连斯基", "内塔尼亚胡", "岸田文雄", "布林肯", "拉夫罗夫", "苏纳克",
)  # fmt: skip


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory):
    if not XWLB.exists():
        pytest.skip(f"{XWLB} is not here")
    import kgraph

    with gzip.open(XWLB, "rt", encoding="utf-8") as handle:
        days = [json.loads(line) for line in handle]
    folder: Path = tmp_path_factory.mktemp("xwlb-days")
    step = len(days) // DAYS
    for day in days[::step][:DAYS]:
        (folder / f"{day['date']}.md").write_text(day["text"], encoding="utf-8")
    return kgraph.build([folder], jobs=2, warn=lambda message: None)


def test_real_corpus_no_markup_in_labels_or_evidence(build) -> None:
    graph: nx.MultiDiGraph = build.graph
    for _node, data in graph.nodes(data=True):
        assert not MARKUP.search(data["label"]), data["label"]
    for _u, _v, data in graph.edges(data=True):
        for item in data["evidence"]:
            assert not MARKUP.search(item["text"]), item["text"]


def test_real_corpus_pages_are_split_into_dated_items(build) -> None:
    graph = build.graph
    items = [n for n, d in graph.nodes(data=True) if d.get("source_document") and "#" in n]
    assert len(items) > 10 * DAYS
    for item in items:
        (page,) = [v for _, v, k in graph.out_edges(item, keys=True) if k == "partOf"]
        assert graph.nodes[item].get("date"), item
        assert graph.nodes[page]["file"] == graph.nodes[item]["file"]
    # a fact's sentences all come from one item: nothing joins two stories
    for _u, _v, key, data in graph.edges(keys=True, data=True):
        if key in ("participatedIn", "chaired", "spokeAt", "accompanied", "metWith"):
            docs = {item["doc"] for item in data["evidence"]}
            assert all("#" in doc for doc in docs), docs


def test_real_corpus_one_node_per_foreign_leader(build) -> None:
    graph = build.graph
    found = 0
    for short in LEADERS:
        nodes = {
            n
            for n, d in graph.nodes(data=True)
            if d["label"] == short or short in d["aliases"] or d["label"].endswith(f"·{short}")
        }
        if nodes:
            found += 1
            assert len(nodes) == 1, (short, nodes)
            assert graph.nodes[next(iter(nodes))]["type"] == "Person", nodes
    assert found >= 8


def test_real_corpus_no_country_or_city_is_a_person(build) -> None:
    places = lexicon()
    for node, data in build.graph.nodes(data=True):
        if data["type"] == "Person":
            entry = places.get("Place", data["label"])
            assert entry is None or places.get("Person", data["label"]) is not None, node


def test_real_corpus_no_person_is_both_a_leader_and_a_worker(build) -> None:
    graph = build.graph
    for node, data in graph.nodes(data=True):
        if data["type"] != "Person":
            continue
        ranks = {
            rank[1]
            for _, post, key in graph.out_edges(node, keys=True)
            if key == "holdsPosition" and (rank := post_rank(graph.nodes[post]["label"]))
        }
        assert ranks != {"national", "rank_and_file"}, node


def test_real_corpus_events_carry_types_dates_and_roles(build) -> None:
    graph = build.graph
    events = [d for _, d in graph.nodes(data=True) if d["type"] == "Event"]
    assert all(d.get("event_type") for d in events)
    dated = [d for d in events if d.get("date")]
    assert len(dated) > DAYS
    roles = {k for _, _, k in graph.edges(keys=True)}
    assert {"chaired", "spokeAt", "participatedIn", "metWith"} <= roles
