"""kgraph: knowledge graphs from Chinese policy and news texts.

>>> import kgraph
>>> kg = kgraph.build(["seeds"])          # KnowledgeGraph: .graph (NetworkX), .rdf (rdflib)
>>> graph = kgraph.load("output")          # networkx.MultiDiGraph from output/graph.json
>>> kgraph.extract("中华全国总工会主席王东明作了汇报。")  # list[Mention]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "Mention", "__version__", "build", "extract", "load"]

# The extract stage's package is callable (``kgraph.extract(text)``), so the
# function and the package are one object. It imports its extractors lazily.
import kgraph.extract as extract

if TYPE_CHECKING:
    from kgraph.pipeline import KnowledgeGraph, build, load
    from kgraph.records import Mention

# Imported on first use: `kgraph --help` should not pay for jieba, the CRF model and rdflib.
_LAZY = {
    "build": "kgraph.pipeline",
    "load": "kgraph.pipeline",
    "KnowledgeGraph": "kgraph.pipeline",
    "Mention": "kgraph.records",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kgraph' has no attribute {name!r}")
