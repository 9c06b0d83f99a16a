"""Throughput of entity extraction against jieba.posseg on the same text.

Takes at least ``--chars`` characters of corpus sentences (pd98_dev, then
cluener_train), joins them into documents of about 2,000 characters, and times
one pass of each extractor in this process:

* the CRF tagger (``kgraph.extract.crf``),
* the combined extractor ``kgraph.extract.extract`` when it is importable,
* the whole per-document extraction a build runs, ``extract_document``
  (mentions, sentence relations, event frames, statements),
* ``jieba.posseg.cut`` (the reference a user would otherwise reach for).

``--documents DIR`` times the same on real files instead (each file read by
kgraph's ingest, e.g. a folder of daily transcripts), which is what the
"no more than 1.3x" target of the events work is measured on.

Model and dictionary loading happen before the clock starts.

    python benchmarks/bench_extract.py
    python benchmarks/bench_extract.py --chars 1000000
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from kgraph.evaluate import read_gold  # noqa: E402
from kgraph.extract.crf import default_tagger  # noqa: E402

SOURCES = ("pd98_dev.jsonl", "cluener_train.jsonl", "msra_train.jsonl.gz")
DOCUMENT_SIZE = 2000


def corpus_documents(corpora: Path, min_chars: int) -> list[str]:
    """Documents of about DOCUMENT_SIZE chars made of corpus sentences, min_chars in all."""
    documents: list[str] = []
    current: list[str] = []
    size = total = 0
    for name in SOURCES:
        for record in read_gold(corpora / name):
            current.append(record["text"])
            size += len(record["text"])
            if size >= DOCUMENT_SIZE:
                documents.append("".join(current))
                total += size
                current, size = [], 0
                if total >= min_chars:
                    return documents
    if current:
        documents.append("".join(current))
    return documents


def chars_per_second(run: Callable[[str], Iterable[object]], documents: list[str]) -> float:
    run(documents[0])  # warm caches and lazy loads outside the clock
    started = time.perf_counter()
    for document in documents:
        for _ in run(document):
            pass
    return sum(map(len, documents)) / (time.perf_counter() - started)


def _whole_document(text: str) -> list[object]:
    """The per-document work of a build: sentences, mentions, relations, frames, statements."""
    from array import array

    from kgraph.extract import extract_document
    from kgraph.records import Document
    from kgraph.segment import split_sentences

    document = Document(
        id="bench", path="bench", raw=text, text=text, offsets=array("l", range(len(text)))
    )
    extraction = extract_document(document, split_sentences(document))
    return [*extraction.mentions, *extraction.relations]


def file_documents(folder: Path, min_chars: int) -> list[str]:
    """The cleaned text of the files in ``folder`` (kgraph's ingest), min_chars in all."""
    from kgraph.ingest import read_document

    documents: list[str] = []
    for path in sorted(folder.iterdir()):
        documents.append(read_document(path, path.name).text)
        if sum(map(len, documents)) >= min_chars:
            break
    return documents


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=REPO.parent / "shared" / "corpora")
    parser.add_argument("--chars", type=int, default=500_000)
    parser.add_argument("--documents", type=Path, help="a folder of files to read instead")
    args = parser.parse_args()

    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    documents = (
        file_documents(args.documents, args.chars)
        if args.documents
        else corpus_documents(args.corpora, args.chars)
    )
    total = sum(map(len, documents))
    print(f"{total:,} chars in {len(documents)} documents")

    rates: dict[str, float] = {}
    rates["jieba.posseg"] = chars_per_second(jieba.posseg.cut, documents)
    tagger = default_tagger()
    rates["kgraph crf"] = chars_per_second(tagger.tag, documents)
    try:
        from kgraph.extract import extract
    except ImportError:
        print("kgraph.extract.extract is not importable; skipped")
    else:
        rates["kgraph extract"] = chars_per_second(extract, documents)
        rates["extract_document"] = chars_per_second(_whole_document, documents)

    reference = rates["jieba.posseg"]
    print(f"{'extractor':<16}{'chars/s':>12}{'vs posseg':>11}")
    for name, rate in rates.items():
        print(f"{name:<16}{rate:>12,.0f}{rate / reference:>10.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
