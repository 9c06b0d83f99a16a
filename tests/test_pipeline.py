"""The whole pipeline on the seeds: graph model, duplicates, CLI, exports, determinism."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
import rdflib

import kgraph
from conftest import ROOT, SEEDS, digest
from kgraph.cli import main
from kgraph.export.graphml import generate_graphml
from kgraph.export.json_graph import generate_json, parse_json
from kgraph.model import NODE_TYPES


def test_pipeline_graph_model(seeds_build):
    graph = seeds_build.graph
    assert isinstance(graph, nx.MultiDiGraph)
    for node, data in graph.nodes(data=True):
        assert data["type"] in NODE_TYPES
        assert node == f"{data['type']}:{data['label']}" or data["type"] in (
            "Document",
            "Statement",
        )
        assert isinstance(data["aliases"], list) and isinstance(data["docs"], list)
        assert data["count"] >= 1
        if data["type"] == "Date":
            assert data["value"][:4].isdigit()
    for _source, _target, key, data in graph.edges(keys=True, data=True):
        assert key == data["relation"]
        assert data["weight"] >= 1 or key == "duplicateOf"
        for item in data["evidence"]:
            # (an item of a page, file#n, quotes its page's file)
            original = (SEEDS.parent / item["doc"].split("#")[0]).read_text(encoding="utf-8")
            quoted = original[item["start"] : item["end"]]
            assert "".join(quoted.split()) == "".join(item["text"].split())


def test_pipeline_finds_the_three_copies_of_one_article(seeds_build):
    copies = {
        Path(copy).name[:3]: Path(original).name[:3]
        for copy, original in seeds_build.duplicates.items()
    }
    assert copies == {"001": "000", "002": "000"}
    graph = seeds_build.graph
    assert graph.has_edge(
        "Document:seeds/001_bf8f93f96d8ac429.txt",
        "Document:seeds/000_cc6376245e4762b1.txt",
        key="duplicateOf",
    )


def test_pipeline_counts_facts_of_copies_once_with_evidence_from_each(seeds_build):
    graph = seeds_build.graph
    data = graph.get_edge_data("Person:蔡奇", "Position:中共中央政治局常委", key="holdsPosition")
    assert data is not None
    docs = {item["doc"] for item in data["evidence"]}
    assert {"seeds/000_cc6376245e4762b1.txt", "seeds/001_bf8f93f96d8ac429.txt"} <= docs
    assert data["weight"] == 1  # the same report, told twice


def test_pipeline_document_nodes_carry_metadata(seeds_build):
    node = seeds_build.graph.nodes["Document:seeds/001_bf8f93f96d8ac429.txt"]
    assert node["date"] == "2023-10-23"
    assert node["publisher"] == "新华社"
    assert node["source_url"].startswith("http://nync.jiangxi.gov.cn/")
    # 000 has no year in its dateline: it takes the date of its article's other copy
    assert (
        seeds_build.graph.nodes["Document:seeds/000_cc6376245e4762b1.txt"]["date"] == "2023-10-23"
    )


def test_pipeline_json_round_trip_is_lossless(seeds_build):
    text = generate_json(seeds_build.graph)
    again = parse_json(text)
    assert sorted(again.nodes(data=True)) == sorted(seeds_build.graph.nodes(data=True))
    assert sorted(again.edges(keys=True, data=True), key=lambda e: e[:3]) == sorted(
        seeds_build.graph.edges(keys=True, data=True), key=lambda e: e[:3]
    )
    assert generate_json(again) == text


def test_pipeline_graphml_is_readable_with_lists_as_json(seeds_build):
    text = generate_graphml(seeds_build.graph)
    back = nx.parse_graphml(text, force_multigraph=True)
    assert back.number_of_nodes() == seeds_build.graph.number_of_nodes()
    assert json.loads(back.nodes["Person:习近平"]["aliases"])


def test_pipeline_cli_end_to_end(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(SEEDS), "-o", str(out), "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "8 documents (2 duplicates, 0 skipped)" in err  # 5 files, one a page of 3 items
    assert "entities:" in err and "relations:" in err
    for name in ("graph.json", "graph.graphml", "graph.ttl", "graph.html"):
        assert (out / name).stat().st_size > 0
    graph = kgraph.load(out)
    assert graph.number_of_nodes() > 50
    rdf = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    assert len(rdf) > 100
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?https?:""", html)


def test_pipeline_rebuild_matches_committed_output(tmp_path):
    """The committed output/ is the build of seeds/, byte for byte."""
    out = tmp_path / "out"
    assert main(["build", str(SEEDS), "-o", str(out), "--jobs", "2", "--quiet"]) == 0
    committed = ROOT / "output"
    names = sorted(p.name for p in committed.iterdir() if p.is_file())
    assert "graph.json" in names
    for name in names:
        assert digest(out / name) == digest(committed / name), name


def test_pipeline_skips_bad_files_keeps_the_rest(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(next(SEEDS.glob("001_*.txt")), corpus / "good.txt")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    status = main(["build", str(corpus), "-o", str(tmp_path / "out"), "--jobs", "1"])
    err = capsys.readouterr().err
    assert status == 3
    assert "empty.txt: empty file" in err and "image.txt: binary file" in err
    assert "Traceback" not in err
    assert kgraph.load(tmp_path / "out").has_node("Person:习近平")


def test_pipeline_usage_errors_exit_2(tmp_path, capsys):
    assert main(["build", str(tmp_path / "missing")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


@pytest.mark.slow
def test_pipeline_console_script_runs(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "kgraph.cli", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith("kgraph ")


SEED_PERSONS = {  # read off the seed texts by hand
    "习近平",
    "蔡奇",
    "王东明",
    "徐留平",
    "杨宇栋",
    "高凤林",
    "石泰峰",
    "李干杰",
    "李书磊",
    "陈文清",
    "刘金国",
    "王小洪",
    "古斯塔沃·佩特罗",  # the curated full name; the seeds say 佩特罗
    "王毅",
    "李丹青",
    "罗荣波",
    "尤亚辉",
    "闻言",
}


def test_pipeline_seed_persons_are_exactly_the_people_named(seeds_build):
    persons = {d["label"] for _, d in seeds_build.graph.nodes(data=True) if d["type"] == "Person"}
    assert persons == SEED_PERSONS
    aliases = seeds_build.graph.nodes["Person:习近平"]["aliases"]
    assert {"习近平总书记", "习近平主席"} <= set(aliases)  # titles do not make new persons
