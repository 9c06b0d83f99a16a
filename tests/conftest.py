from __future__ import annotations

from pathlib import Path

import pytest

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


def nodes(tmp_path: Path, kind: str, *texts: str, name: str = "{}.txt") -> set[str]:
    """The node labels of ``kind`` of a build of ``texts``, one file each (a new folder a
    build): what the node-repair tests read."""
    import kgraph

    folder = tmp_path / f"build{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    for number, text in enumerate(texts):
        (folder / name.format(number)).write_text(text, encoding="utf-8")
    kg = kgraph.build([folder], warn=lambda message: None)
    return {data["label"] for _node, data in kg.graph.nodes(data=True) if data["type"] == kind}


def digest(path: Path) -> str:
    """SHA-256 of a file: compare files by this, so a mismatch of megabytes is one line
    (pytest's diff of two large byte strings takes minutes)."""
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()
