"""The second half of the RDF export, in a helper process: sort, write, convert.

:func:`kgraph.export.rdf.write_rdf` makes the triples (that needs the graph) and
pipes them, as N-Triples lines in no order and possibly repeated, to this process,
which writes the sorted, distinct lines (``graph.nt``) and has Oxigraph turn them
into Turtle and JSON-LD. Sorting and serialising were half of the RDF export and
need nothing of the graph, so they run beside the building process, which meanwhile
writes the other formats, in a process of its own that holds a sorted run of lines
at a time, not a copy of the graph (a forked exporter maps all of its parent).

Line order is triple order: an IRI never holds ``>``, and the space after a term
sorts before anything that could continue it, so the bytes are those of one sort
of every triple.

    python -c "from kgraph.export.ntsort import main; main()" OUT SCRATCH FORMATS PREFIXES
"""

from __future__ import annotations

import heapq
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable
from contextlib import ExitStack
from pathlib import Path
from typing import BinaryIO

__all__ = ["SPILL_LINES", "main", "sort_lines"]

SPILL_LINES = 200_000  # distinct lines held at once; beyond, a sorted run goes to a file
_WRITE = 50_000  # lines joined per write


def _write(lines: Iterable[bytes], handle: BinaryIO) -> None:
    buffer: list[bytes] = []
    for line in lines:
        buffer.append(line)
        if len(buffer) >= _WRITE:
            handle.write(b"".join(buffer))
            buffer.clear()
    handle.write(b"".join(buffer))


def sort_lines(source: BinaryIO, handle: BinaryIO, folder: Path) -> None:
    """The lines of ``source``, sorted and distinct, to ``handle``, in bounded memory:
    full sets go to scratch files in ``folder`` as sorted runs, which are then merged."""
    runs: list[Path] = []
    held: set[bytes] = set()

    def spill() -> None:
        fd, name = tempfile.mkstemp(prefix=".graph.", suffix=".run.tmp", dir=folder)
        runs.append(Path(name))
        with os.fdopen(fd, "wb") as run:
            _write(sorted(held), run)
        held.clear()

    with ExitStack() as stack:
        try:
            for line in source:
                held.add(line)
                if len(held) >= SPILL_LINES:
                    spill()
            if not runs:
                _write(sorted(held), handle)
                return
            spill()
            files = [stack.enter_context(run.open("rb")) for run in runs]
            previous = b""

            def distinct() -> Iterable[bytes]:
                nonlocal previous
                for line in heapq.merge(*files):
                    if line != previous:  # a triple made in two runs is written once
                        previous = line
                        yield line

            _write(distinct(), handle)
        finally:
            stack.close()
            for run in runs:
                run.unlink(missing_ok=True)


def convert(scratch: Path, out_dir: Path, formats: list[str], prefixes: dict[str, str]) -> None:
    """``graph.{fmt}`` for each of ``formats`` (ttl, nt, jsonld) from sorted N-Triples."""
    import pyoxigraph as ox

    from kgraph.fileio import atomic_output

    for fmt in formats:
        with atomic_output(out_dir / f"graph.{fmt}") as handle:
            if fmt == "nt":
                with open(scratch, "rb") as source:
                    shutil.copyfileobj(source, handle, 1 << 20)
                continue
            # Streaming parser to writer: no list of a million triples in between.
            triples = ox.parse(path=scratch, format=ox.RdfFormat.N_TRIPLES)
            if fmt == "ttl":
                ox.serialize(triples, handle, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
            else:
                ox.serialize(triples, handle, format=ox.RdfFormat.JSON_LD)
                handle.write(b"\n")


def main(argv: list[str] | None = None) -> None:
    out, scratch, formats, prefixes = argv or sys.argv[1:]
    out_dir, scratch_path = Path(out), Path(scratch)
    try:
        with open(scratch_path, "wb") as handle:
            sort_lines(sys.stdin.buffer, handle, out_dir)
        convert(scratch_path, out_dir, [f for f in formats.split(",") if f], json.loads(prefixes))
    finally:
        scratch_path.unlink(missing_ok=True)
