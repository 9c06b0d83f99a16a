"""An on-disk cache of per-document extractions, for incremental builds.

Extraction is a pure function of the document (its id, its original text and
the date it is read against) and of the extractor (code version and model), so
its result is stored under a hash of exactly those: changing one file of a
thousand re-extracts that file only. Entries are pickles written atomically; a
damaged or foreign entry is treated as a miss, never as an error. The cache
is local working state: only point it at a folder you trust.
"""

from __future__ import annotations

import hashlib
import pickle
from functools import cache
from pathlib import Path

from kgraph import __version__
from kgraph.fileio import write_atomic
from kgraph.records import Document, DocumentExtraction

__all__ = ["ExtractionCache"]


@cache
def _extractor_fingerprint() -> str:
    """The code version, the extractor version and the bytes of the shipped model and tables."""
    from kgraph.extract import EXTRACTOR_VERSION
    from kgraph.lexicons import ontology_dir

    digest = hashlib.sha256(f"{__version__}/{EXTRACTOR_VERSION}".encode())
    data = Path(__file__).parent / "data"
    for path in sorted([*data.glob("*"), *ontology_dir().glob("*.tsv")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class ExtractionCache:
    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0

    def key(self, document: Document) -> str:
        digest = hashlib.sha256(_extractor_fingerprint().encode())
        for part in (document.id, document.date or "", document.raw):
            digest.update(part.encode("utf-8", errors="surrogatepass"))
            digest.update(b"\0")
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, document: Document) -> DocumentExtraction | None:
        path = self._path(self.key(document))
        try:
            with path.open("rb") as handle:
                found = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            self.misses += 1
            return None
        if not isinstance(found, DocumentExtraction) or found.doc != document.id:
            self.misses += 1
            return None
        self.hits += 1
        return found

    def put(self, document: Document, extraction: DocumentExtraction) -> None:
        write_atomic(self._path(self.key(document)), pickle.dumps(extraction, protocol=5))
