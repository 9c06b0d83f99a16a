"""The events benchmark: its gold files are well-formed and its scorer matches what it should.

None of these tests depends on how well today's extractor does: the end-to-end test only
checks that a real passage goes through kgraph.build and the scorer with sane numbers.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "eval_events.py"


def _load_module():
    spec = importlib.util.spec_from_file_location("eval_events", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_events"] = module
    spec.loader.exec_module(module)
    return module


ev = _load_module()
SMALL = "xwlb-20221128-2.md"  # two items of one day: 李克强 and 栗战书 each meet 呼日勒苏赫


def _gold(split: str) -> dict[str, dict]:
    return {record["file"]: record for record in ev.read_gold(split)}


@pytest.mark.parametrize("split", ev.SPLITS)
def test_gold_is_well_formed(split):
    gold = _gold(split)
    files = [p.name for p in ev.passage_files(split)]
    assert sorted(gold) == sorted(files), "one gold line per passage file"
    for name, record in gold.items():
        path = ev.DATA / split / name
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0]
        if name.startswith("xwlb-"):
            assert first == f"# 《新闻联播》 ({name[5:13]})", name
            assert "### " in text and "央视网消息" in text, name
        elif name.startswith(("msra-", "pd98dev-", "cluener-")):  # one sentence, no date line
            assert len(text.splitlines()) == 1 and not first.startswith("人民日报"), name
        elif name.startswith("resume-"):  # dev6, test21: a career note, its lines as written
            assert len(text.splitlines()) >= 2 and not first[:1].isdigit(), name
        else:
            assert name.startswith("pfr-") and first.startswith("人民日报 1998年1月"), name

        def names(kind: str, values, text=text, name=name) -> None:
            for value in values:
                assert value and value in text, f"{name}: {kind} {value!r} not in the text"

        def posts(kind: str, values, text=text, name=name) -> None:
            # a post distributed over a list is its body, its unit and its title, each written
            # in the text (山东三维石化工程股份有限公司董事、副总经理 -> …公司副总经理)
            for value in values:
                assert value and any(
                    value[:i] in text and value[i:j] in text and value[j:] in text
                    for i in range(len(value))
                    for j in range(i, len(value))
                ), f"{name}: {kind} {value!r} not in the text"

        assert set(record) == {"file", "events", "relations", "tenures"}, name
        for event in record["events"]:
            assert event["event_type"] in ev.EVENT_TYPES, (name, event)
            assert event["date"] is None or ev.ISO_DATE.match(event["date"]), (name, event)
            assert event["participants"], (name, event)
            names("participant", event["participants"])
            for role in ("chaired", "spokeAt", "accompanied"):
                names(role, event[role])
                assert set(event[role]) <= set(event["participants"]), (name, role, event)
        for relation in record["relations"]:
            assert relation["relation"] in ev.GOLD_RELATIONS, (name, relation)
            names(relation["relation"], [relation["head"]])
            check = posts if relation["relation"] == "holdsPosition" else names
            check(relation["relation"], [relation["tail"]])
        for tenure in record["tenures"]:
            assert tenure["kind"] in ("since", "until"), (name, tenure)
            assert tenure["date"] is None or ev.ISO_DATE.match(tenure["date"]), (name, tenure)
            names("tenure", [tenure["person"]])
            posts("tenure", [tenure["post"]])
            assert {
                "relation": "holdsPosition",
                "head": tenure["person"],
                "tail": tenure["post"],
            } in record["relations"], (name, tenure)


def test_splits_do_not_share_passages():
    dev = {p.read_text(encoding="utf-8") for p in ev.passage_files("dev")}
    test = {p.read_text(encoding="utf-8") for p in ev.passage_files("test")}
    assert not dev & test
    assert len(ev.read_gold("dev")) >= 50 and len(ev.read_gold("test")) >= 25


def _perfect_graph(record: dict, doc: str) -> nx.MultiDiGraph:
    """The graph a perfect extractor would give for one passage (all evidence in ``doc``)."""
    graph = nx.MultiDiGraph()
    evidence = [{"doc": doc, "start": 0, "end": 1, "text": "…"}]

    def node(kind: str, label: str) -> str:
        key = f"{kind}:{label}"
        graph.add_node(key, type=kind, label=label, aliases=[], docs=[doc])
        return key

    def edge(head: str, tail: str, relation: str, **extra) -> None:
        graph.add_edge(
            head, tail, key=relation, relation=relation, weight=1, evidence=evidence, **extra
        )

    for n, event in enumerate(record["events"]):
        e = f"Event:{n}"
        graph.add_node(
            e, type="Event", label=str(n), aliases=[], docs=[doc], event_type=event["event_type"]
        )
        if event["date"]:
            graph.nodes[e]["date"] = event["date"]
        for person in event["participants"]:
            edge(node("Person", person), e, "participatedIn")
        for role in ("chaired", "spokeAt", "accompanied"):
            for person in event[role]:
                edge(node("Person", person), e, role)
    for relation in record["relations"]:
        tail_type = {"metWith": "Person", "holdsPosition": "Position", "issued": "Document"}[
            relation["relation"]
        ]
        tenure = {
            t["kind"]: t["date"] or "2000-01-01"
            for t in record["tenures"]
            if (t["person"], t["post"]) == (relation["head"], relation["tail"])
        }
        edge(
            node("Person", relation["head"]),
            node(tail_type, relation["tail"]),
            relation["relation"],
            **tenure,
        )
    return graph


def test_a_perfect_graph_scores_one():
    record = _gold("dev")["xwlb-20230628-1.md"]  # conference, appointments, tenures, lecture
    result, misses = ev.score_graph(_perfect_graph(record, "xwlb-20230628-1.md#1"), [record])
    assert misses == []
    assert result["events"]["recall"] == 1.0
    assert (
        result["events"]["event_type_accuracy"] == 1.0 and result["events"]["date_accuracy"] == 1.0
    )
    assert result["must_relation_recall"]["recall"] == 1.0
    assert result["typed_relation_precision"]["precision"] == 1.0
    assert result["tenures"]["recall"] == 1.0
    assert result["cross_item_violations"] == {"edges": 0, "events": 0}


def test_wrong_facts_are_counted_against_the_tool():
    record = _gold("dev")[SMALL]
    graph = _perfect_graph(record, f"{SMALL}#1")
    # one event node with the wrong type and date, an invented meeting across the items
    graph.nodes["Event:0"]["event_type"] = "Conference"
    graph.nodes["Event:0"]["date"] = "2022-11-27"
    ev_items = [
        {"doc": f"{SMALL}#1", "start": 0, "end": 1, "text": ""},
        {"doc": f"{SMALL}#2", "start": 0, "end": 1, "text": ""},
    ]
    graph.add_edge(
        "Person:王毅", "Person:白玛赤林", key="metWith", relation="metWith", evidence=ev_items
    )
    graph.add_edge(
        "Person:王毅", "Event:1", key="chaired", relation="chaired", evidence=ev_items[:1]
    )
    result, misses = ev.score_graph(graph, [record])
    assert result["events"]["recall"] == 1.0
    assert (
        result["events"]["event_type_accuracy"] == 0.5 and result["events"]["date_accuracy"] == 0.5
    )
    assert result["relations"]["metWith"]["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert result["role_precision"]["precision"] < 1.0
    assert result["cross_item_violations"]["edges"] == 1
    assert any("cross-item metWith" in line for line in misses)


def test_names_posts_documents_and_dates():
    assert ev.same_post("国务院副总理", {"副总理"}) and ev.same_post("副总理", {"国务院副总理"})
    assert not ev.same_post("国务院总理", {"国务院副总理"})
    assert ev.same_document(
        "关于加快公共数据资源开发利用的意见", {"《关于加快公共数据资源开发利用的意见》"}
    )
    assert ev.same_date("2023-05-22", "2023-05-22/2023-05-24") and ev.same_date(None, None)
    assert not ev.same_date(None, "2023-05-22") and not ev.same_date("2023-05", "2023-05-22")
    assert ev.passage_of("dev/xwlb-20221128-2.md#2") == (
        "xwlb-20221128-2.md",
        "dev/xwlb-20221128-2.md#2",
    )


def test_items_from_offsets_when_the_doc_id_names_the_whole_file():
    text = (ev.DATA / "dev" / SMALL).read_text(encoding="utf-8")
    headings = {SMALL: ev.item_starts(text)}
    assert len(headings[SMALL]) == 2
    first, second = text.index("李克强28日"), text.index("栗战书28日")
    assert ev.item_of(f"dev/{SMALL}", first, headings) == f"{SMALL}#1"
    assert ev.item_of(f"dev/{SMALL}", second, headings) == f"{SMALL}#2"
    assert ev.item_of(f"dev/{SMALL}#2", first, headings) == f"dev/{SMALL}#2"  # an item id is kept
    # a metWith edge evidenced in both items is a cross-item violation
    record = _gold("dev")[SMALL]
    graph = _perfect_graph(record, f"dev/{SMALL}")
    for _h, _t, data in graph.edges(data=True):
        data["evidence"] = [{"doc": f"dev/{SMALL}", "start": first, "end": first + 1, "text": ""}]
    graph.add_edge(
        "Person:李克强",
        "Person:栗战书",
        key="metWith",
        relation="metWith",
        evidence=[
            {"doc": f"dev/{SMALL}", "start": s, "end": s + 1, "text": ""} for s in (first, second)
        ],
    )
    result, _misses = ev.score_graph(graph, [record], {SMALL: text})
    assert result["cross_item_violations"]["edges"] == 1


def test_a_real_passage_end_to_end(tmp_path):
    """Build a real two-item passage and score it; assumes no number of today's tool."""
    split = tmp_path / "dev"
    split.mkdir()
    shutil.copy(ev.DATA / "dev" / SMALL, split / SMALL)
    (split / "gold.jsonl").write_text(
        (ev.DATA / "dev" / "gold.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()[[r["file"] for r in ev.read_gold("dev")].index(SMALL)]
        + "\n",
        encoding="utf-8",
    )
    gold = ev.read_gold("dev", data=tmp_path)
    graph = ev.build_split("dev", data=tmp_path)
    result, misses = ev.score_graph(graph, gold, ev.passage_texts("dev", data=tmp_path))
    record = gold[0]
    assert result["passages"] == 1
    assert result["events"]["gold"] == len(record["events"]) == 2
    facts = sum(
        len(e["participants"]) + len(e["chaired"]) + len(e["spokeAt"]) + len(e["accompanied"])
        for e in record["events"]
    )
    assert result["must_relation_recall"]["gold"] == facts + len(record["relations"]) + len(
        record["tenures"]
    )
    for value in (
        result["events"]["recall"],
        result["must_relation_recall"]["recall"],
        result["typed_relation_precision"]["precision"],
    ):
        assert value is None or 0.0 <= value <= 1.0
    assert all(isinstance(line, str) for line in misses)
    text = ev.markdown(result, "dev")
    assert text.startswith("events benchmark") and "| event recall |" in text
