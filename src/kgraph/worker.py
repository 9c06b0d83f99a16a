"""The work a process does: extract one document, or the documents of one file, as a pure
function of the documents, so the build's process pool and a Dask cluster
(:mod:`kgraph.engines`) map the same function and give the same records.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from kgraph.extract import extract_document
from kgraph.records import Document, DocumentExtraction, Sentence
from kgraph.segment import split_sentences
from kgraph.spill import Packed, packed
from kgraph.text import TableError

__all__ = ["extract_group", "extract_one", "extract_packed"]


def extract_one(document: Document) -> DocumentExtraction:
    """The per-document work: a pure function, so it maps over processes."""
    return extract_group([document])[0]


def extract_group(
    documents: list[Document], progress: Callable[[int], object] | None = None
) -> list[DocumentExtraction]:
    """:func:`extract_document` of each of ``documents`` (a file's), the CRF tagging all
    their sentences in one batch first (:meth:`kgraph.extract.crf.CRFTagger.ahead`): the
    tagger's numpy decoder pays on a batch, not on a sentence at a time, and the items
    of a page are a few sentences each. The result is the same as one by one."""
    from kgraph.extract.crf import default_tagger

    sentences = [split_sentences(document) for document in documents]
    with default_tagger().ahead(s.text for group in sentences for s in group):
        return [_extract_or_report(d, group, progress) for d, group in zip(documents, sentences)]


def _extract_or_report(
    document: Document, sentences: list[Sentence], progress: Callable[[int], object] | None
) -> DocumentExtraction:
    """:func:`extract_document`; a fault in it loses that document's facts, loudly, and
    never the rest of the corpus (a bug of ours is no reason to stop a month's build)."""
    try:
        return extract_document(document, sentences, progress)
    except (TableError, OSError, MemoryError):
        raise  # the set-up is wrong (a table, the model, the machine): every document fails
    except Exception as error:  # a bug on this text: reported, and the build goes on
        print(
            f"kgraph: {document.path}: extraction failed ({type(error).__name__}: {error}); "
            "its text is kept without entities. Please report this with the file.",
            file=sys.stderr,
        )
        return DocumentExtraction(document.id, sentences, [], [])


def extract_packed(documents: list[Document]) -> list[Packed]:
    """:func:`extract_group`, each record pickled for the spill file in the worker."""
    return [packed(extraction) for extraction in extract_group(documents)]
