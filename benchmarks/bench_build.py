"""Benchmark the whole build (extraction, graph, RDF, HTML) against one jieba.posseg pass.

Makes a corpus of real news sentences (People's Daily 1998 and MSRA from
../shared/corpora, cut into documents of ~2,000 characters), builds it with
``kgraph build`` in a child process per size (so each peak RSS is its own),
and times one jieba.posseg pass over the same text.

    python benchmarks/bench_build.py                  # 2 M characters, 1x
    python benchmarks/bench_build.py --scales 1 2 4   # linearity check
    python benchmarks/bench_build.py --chars 500000 --jobs 1

Prints one table row per scale: characters, seconds, chars/s, peak RSS, the
posseg seconds on the same text and the ratio build/posseg (target <= 2).
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
SOURCES = ("pfr199801.jsonl.gz", "msra_train.jsonl.gz")
DOC_CHARS = 2000


def sentences() -> list[str]:
    texts: list[str] = []
    for name in SOURCES:
        with gzip.open(CORPORA / name, "rt", encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle)
    return texts


def write_corpus(folder: Path, chars: int, pool: list[str]) -> int:
    """Documents of about DOC_CHARS characters until ``chars`` are written; returns the total."""
    total, number, buffer = 0, 0, []
    index = 0
    while total < chars:
        text = pool[index % len(pool)]
        index += 1
        buffer.append(text)
        total += len(text)
        if sum(len(t) for t in buffer) >= DOC_CHARS:
            (folder / f"doc{number:06d}.txt").write_text("\n".join(buffer) + "\n", encoding="utf-8")
            number, buffer = number + 1, []
    if buffer:
        (folder / f"doc{number:06d}.txt").write_text("\n".join(buffer) + "\n", encoding="utf-8")
    return total


def posseg_seconds(folder: Path) -> float:
    import jieba
    import jieba.posseg

    jieba.initialize()
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    started = time.perf_counter()
    for _ in jieba.posseg.cut(text):
        pass
    return time.perf_counter() - started


def build_in_child(folder: Path, out: Path, jobs: int) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of ``kgraph build`` run as a child process."""
    command = [
        sys.executable,
        "-m",
        "kgraph.cli",
        "build",
        str(folder),
        "-o",
        str(out),
        "--jobs",
        str(jobs),
        "--quiet",
    ]
    started = time.perf_counter()
    subprocess.run(command, check=True)
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, peak_kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--chars", type=int, default=2_000_000, help="characters at scale 1")
    parser.add_argument("--scales", type=int, nargs="+", default=[1])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    pool = sentences()
    print(
        f"{'scale':>5} {'chars':>10} {'build s':>8} {'chars/s':>9} {'peak MB':>8} "
        f"{'posseg s':>8} {'ratio':>6}"
    )
    for scale in args.scales:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "corpus"
            folder.mkdir()
            chars = write_corpus(folder, args.chars * scale, pool)
            seconds, peak = build_in_child(folder, Path(tmp) / "out", args.jobs)
            posseg = posseg_seconds(folder)
            print(
                f"{scale:>5} {chars:>10} {seconds:>8.1f} {chars / seconds:>9.0f} {peak:>8.0f} "
                f"{posseg:>8.1f} {seconds / posseg:>6.2f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
