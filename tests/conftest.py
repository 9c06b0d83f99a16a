from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPORA = ROOT.parent / "shared" / "corpora"


def seed_path(prefix: str) -> Path:
    """The seed file whose name starts with ``prefix`` (``"001"``)."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.fixture(scope="session")
def seeds_build():
    """One build of seeds/ shared by the tests that only read it."""
    import kgraph

    return kgraph.build([SEEDS])


def build(tmp_path: Path, *texts: str, name: str = "{}.txt") -> nx.MultiDiGraph:
    """The graph of a build of ``texts``, one file each (a new folder a build)."""
    import kgraph

    folder = tmp_path / f"build{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    for number, text in enumerate(texts):
        (folder / name.format(number)).write_text(text, encoding="utf-8")
    return kgraph.build([folder], warn=lambda message: None).graph


# 新闻联播 2024-02-28: a state visit both items of the page report (a welcome, then the talks)
TWO_ITEM_VISIT_PAGE = (
    "# 《新闻联播》 (20240228)\n\n### 习近平举行仪式欢迎塞拉利昂总统访华\n\n"
    "国家主席习近平28日下午在人民大会堂北大厅举行仪式，欢迎塞拉利昂共和国总统朱利叶斯·马达·比奥"
    "对我国进行国事访问。\n\n### 习近平同塞拉利昂总统会谈\n\n"
    "2月28日下午，国家主席习近平在人民大会堂同来华进行国事访问的塞拉利昂总统比奥举行会谈。\n"
)


def labels(graph: nx.MultiDiGraph, kind: str) -> set[str]:
    """The labels of the nodes of ``kind``."""
    return {data["label"] for _node, data in graph.nodes(data=True) if data["type"] == kind}


def nodes(tmp_path: Path, kind: str, *texts: str, name: str = "{}.txt") -> set[str]:
    """The node labels of ``kind`` of a build of ``texts``: what the node-repair tests read."""
    return labels(build(tmp_path, *texts, name=name), kind)


def edges(graph: nx.MultiDiGraph, relation: str, *attributes: str) -> set[tuple[Any, ...]]:
    """The ``relation`` edges as (head label, tail label, each of ``attributes`` or None)."""
    label = {node: data["label"] for node, data in graph.nodes(data=True)}
    return {
        (label[head], label[tail], *(data.get(a) for a in attributes))
        for head, tail, data in graph.edges(data=True)
        if data["relation"] == relation
    }


def digest(path: Path) -> str:
    """SHA-256 of a file: compare files by this, so a mismatch of megabytes is one line
    (pytest's diff of two large byte strings takes minutes)."""
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()
