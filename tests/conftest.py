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


def digest(path: Path) -> str:
    """SHA-256 of a file: compare files by this, so a mismatch of megabytes is one line
    (pytest's diff of two large byte strings takes minutes)."""
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()
