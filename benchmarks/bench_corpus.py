"""How a build scales with corpus size: wall time, peak memory, output size.

Takes whole days of the daily transcripts (``xwlb_dev.jsonl.gz``: one JSON line
per day, ``{date, source, text}``), in order, until each size (in millions of
characters) is reached, writes each day to ``YYYY-MM-DD.md`` and runs
``kgraph build -j JOBS`` on it in a child process. For each size it measures

* wall time of the build;
* peak RSS of the whole process tree (the build and its workers), polled from
  ``/proc`` (or psutil) every 0.2 s, and peak PSS (shared pages split between the
  processes sharing them: RSS counts a forked child's inherited pages twice);
* bytes of every output file, against the input's bytes;
* one ``jieba.posseg`` pass over the same text, in this process (dictionary
  loaded beforehand), as a yardstick for "how long does reading it take".

and prints a Markdown table.

    python benchmarks/bench_corpus.py --sizes 0.5,1,2,4 --jobs 2
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "xwlb_dev.jsonl.gz"
POLL_SECONDS = 0.2


def read_days(path: Path) -> list[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def take(days: list[dict[str, str]], chars: int) -> list[dict[str, str]]:
    """Whole days, in order, until ``chars`` characters are reached."""
    taken, total = [], 0
    for day in days:
        if total >= chars:
            break
        taken.append(day)
        total += len(day["text"])
    return taken


# ---------------------------------------------------------------- memory of a process tree


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(entry))
    return tree


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _pss(pid: int) -> int:
    """Proportional set size: shared pages (a forked child's copy of its parent's
    objects) split between the processes that share them, so a tree's sum counts
    them once."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def tree_pss(root: int) -> int:
    """Proportional set size of ``root`` and all its descendants (Linux), else 0."""
    if not os.path.isdir("/proc"):
        return 0
    return _tree_sum(root, _pss)


def _tree_sum(root: int, measure: Callable[[int], int]) -> int:
    """``measure`` summed over ``root`` and all its descendants (from /proc)."""
    tree = _children()
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += measure(pid)
        stack.extend(tree.get(pid, ()))
    return total


def tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants."""
    if not os.path.isdir("/proc"):
        import psutil

        try:
            process = psutil.Process(root)
            members = [process, *process.children(recursive=True)]
        except psutil.Error:
            return 0
        total = 0
        for member in members:
            with contextlib.suppress(psutil.Error):
                total += member.memory_info().rss
        return total
    return _tree_sum(root, _rss)


def run_measured(command: list[str]) -> tuple[float, int, int, int, str]:
    """Run ``command``; returns (wall seconds, peak tree RSS bytes, peak tree PSS bytes,
    exit status, stderr tail)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = peak_pss = 0
    stderr: list[bytes] = []
    reader = threading.Thread(target=lambda: stderr.append(process.stderr.read()), daemon=True)
    reader.start()
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        peak_pss = max(peak_pss, tree_pss(process.pid))
        time.sleep(POLL_SECONDS)
    reader.join()
    wall = time.perf_counter() - started
    tail = b"".join(stderr).decode("utf-8", "replace").strip().splitlines()[-3:]
    return wall, peak, peak_pss, process.returncode, " | ".join(tail)


def jieba_pass(texts: list[str]) -> float:
    import jieba
    import jieba.posseg as posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    started = time.perf_counter()
    for text in texts:
        for _ in posseg.cut(text):
            pass
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="0.5,1,2,4", help="millions of characters")
    parser.add_argument("--jobs", "-j", type=int, default=2)
    parser.add_argument("--work", type=Path, help="folder for inputs and outputs (default: temp)")
    parser.add_argument("--keep", action="store_true", help="keep the inputs and outputs")
    parser.add_argument("--no-jieba", action="store_true", help="skip the jieba.posseg pass")
    parser.add_argument(
        "--build-args", default="", help="more arguments for kgraph build, e.g. '--formats all'"
    )
    args = parser.parse_args(argv)

    days = read_days(args.corpus)
    work = args.work or Path(tempfile.mkdtemp(prefix="kgraph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        for size in (float(s) for s in args.sizes.split(",")):
            chosen = take(days, int(size * 1_000_000))
            corpus = work / f"corpus-{size:g}M"
            out = work / f"out-{size:g}M"
            shutil.rmtree(corpus, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
            corpus.mkdir()
            for day in chosen:
                (corpus / f"{day['date']}.md").write_text(day["text"], encoding="utf-8")
            input_bytes = sum(p.stat().st_size for p in corpus.iterdir())
            chars = sum(len(day["text"]) for day in chosen)
            command = [sys.executable, "-m", "kgraph.cli", "build", str(corpus), "-o", str(out)]
            command += ["-j", str(args.jobs), "-q", "--no-cache", *args.build_args.split()]
            wall, peak, peak_pss, status, tail = run_measured(command)
            outputs = {p.name: p.stat().st_size for p in sorted(out.glob("graph.*"))}
            jieba_seconds = None if args.no_jieba else jieba_pass([d["text"] for d in chosen])
            row = {
                "size": size,
                "days": len(chosen),
                "chars": chars,
                "input": input_bytes,
                "wall": wall,
                "peak": peak,
                "pss": peak_pss,
                "status": status,
                "outputs": outputs,
                "jieba": jieba_seconds,
            }
            rows.append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
            if status != 0:
                print(f"build of {size:g}M exited {status}: {tail}", file=sys.stderr)
            if not args.keep:
                shutil.rmtree(out, ignore_errors=True)
                shutil.rmtree(corpus, ignore_errors=True)
    finally:
        if not args.keep and not args.work:
            shutil.rmtree(work, ignore_errors=True)

    print(
        f"| M chars | days | input MB | build s (-j {args.jobs}) | peak RSS MB | peak PSS MB | "
        "output MB | output / input | jieba.posseg s | build / jieba |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        output = sum(row["outputs"].values())
        jieba_s = row["jieba"]
        ratio = f"{row['wall'] / jieba_s:.1f}×" if jieba_s else ""
        print(
            f"| {row['chars'] / 1e6:.2f} | {row['days']} | {row['input'] / 1e6:.1f} | "
            f"{row['wall']:.1f} | {row['peak'] / 2**20:.0f} | {row['pss'] / 2**20:.0f} | "
            f"{output / 1e6:.1f} | "
            f"{output / row['input']:.1f}× | "
            f"{'' if jieba_s is None else f'{jieba_s:.1f}'} | "
            f"{ratio} |"
        )
    print()
    names = sorted({name for row in rows for name in row["outputs"]})
    print("| M chars | " + " | ".join(f"{n} MB" for n in names) + " |")
    print("|---:|" + "---:|" * len(names))
    for row in rows:
        sizes = " | ".join(f"{row['outputs'].get(n, 0) / 1e6:.1f}" for n in names)
        print(f"| {row['chars'] / 1e6:.2f} | {sizes} |")
    return 0 if all(row["status"] == 0 for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
