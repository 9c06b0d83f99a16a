"""Real graphs for the RDF, SPARQL and SHACL tests: the pipeline's own output, not a hand-made one.

``sample_graph()`` is the build of one seed (the Xinhua report of the 23 October
talk); ``build_seeds()`` the build of all five. Both are built once per session;
callers get a copy they may change.
"""

from __future__ import annotations

import functools
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
SEED = "seeds/001_bf8f93f96d8ac429.txt"
DOC = f"Document:{Path(SEED).name}"


@functools.cache
def _built(*paths: str) -> nx.MultiDiGraph:
    from kgraph.pipeline import build

    return build([ROOT / p for p in paths], warn=lambda message: None).graph


def sample_graph() -> nx.MultiDiGraph:
    """The graph of one real seed text, built by the pipeline."""
    return _built(SEED).copy()


def build_seeds() -> nx.MultiDiGraph:
    """The graph of seeds/, built by the pipeline."""
    return _built("seeds").copy()
