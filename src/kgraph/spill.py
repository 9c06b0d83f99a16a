"""The extractions of a build, kept on disk rather than in memory.

A corpus's extraction records (sentences, mentions, relations) take about 50 MB per
million characters in memory, and a build used to hold all of them from the first
extracted document to the last written file. :class:`Extractions` writes each record
to an anonymous temporary file as it arrives and reads them back one at a time, each
time the aggregation walks the corpus (the corpus-level decisions walk it first, the
graph then document by document), so what stays in memory is one document's records.

The file is this process's own scratch (created unlinked, gone when closed), so its
records are pickles: several times faster to write and read than the cache's checked
JSON, which exists for entries that outlive a build.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from kgraph.records import DocumentExtraction

__all__ = ["Extractions", "Packed", "packed"]

Packed = tuple[str, int, bytes]  # (document id, sentences, the pickled record)


def packed(extraction: DocumentExtraction) -> Packed:
    """A record as :meth:`Extractions.add_pickled` stores it."""
    data = pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL)
    return extraction.doc, len(extraction.sentences), data


class Extractions(Sequence[DocumentExtraction]):
    """Extraction records on disk, in the order of the document ids given at creation.

    A read-only sequence (records added with :meth:`add`, in any order); each
    iteration reads the file again. ``sentences`` counts the sentences stored.
    """

    def __init__(self, order: Iterable[str] = ()) -> None:
        self._order = list(order)
        self._spans: dict[str, tuple[int, int]] = {}  # doc -> (offset, length) in the file
        # Open for the life of the object (closed by close() or when it is collected).
        self._file = tempfile.TemporaryFile(prefix="kgraph-extractions-")  # noqa: SIM115
        self.sentences = 0

    def add(self, extraction: DocumentExtraction) -> None:
        self.add_pickled(packed(extraction))

    def add_pickled(self, record: Packed) -> None:
        """Add a record :func:`packed` elsewhere (a worker process: the building process
        then neither unpickles it from the worker nor pickles it again for the file)."""
        doc, sentences, data = record
        offset = self._file.seek(0, os.SEEK_END)
        self._file.write(data)
        self._spans[doc] = (offset, len(data))
        self.sentences += sentences

    def set_order(self, order: Iterable[str]) -> None:
        """The order of iteration: records may be added before the corpus is all read."""
        self._order = list(order)

    def _read(self, doc: str) -> DocumentExtraction:
        offset, length = self._spans[doc]
        self._file.seek(offset)
        found = pickle.loads(self._file.read(length))
        assert isinstance(found, DocumentExtraction)
        return found

    def _docs(self) -> list[str]:
        return [doc for doc in self._order if doc in self._spans]

    def __iter__(self) -> Iterator[DocumentExtraction]:
        for doc in self._docs():
            yield self._read(doc)

    def __len__(self) -> int:
        return len(self._spans)

    @overload
    def __getitem__(self, index: int) -> DocumentExtraction: ...

    @overload
    def __getitem__(self, index: slice) -> list[DocumentExtraction]: ...

    def __getitem__(self, index: int | slice) -> DocumentExtraction | list[DocumentExtraction]:
        docs = self._docs()
        if isinstance(index, slice):
            return [self._read(doc) for doc in docs[index]]
        return self._read(docs[index])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by content

    def close(self) -> None:
        self._file.close()
