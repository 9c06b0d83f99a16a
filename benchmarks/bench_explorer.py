"""Time the explorer (graph.html) of a real build until it is interactive in headless Chromium.

Builds the first N days of the news transcripts (``xwlb_dev.jsonl.gz``), exports
``graph.html`` and opens it from disk with Playwright driving ``/usr/bin/chromium``
(what the browser tests use): the time from opening the file to vis-network's first
``afterDrawing`` is the time an analyst waits. Each size is opened ``--runs`` times; the
median is reported with the page's size. The target is 3 s for 100 days.

    python benchmarks/bench_explorer.py                    # 100 days, 3 runs
    python benchmarks/bench_explorer.py --days 30,100 --runs 5
    python benchmarks/bench_explorer.py --page output/graph.html
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

CHROMIUM = Path("/usr/bin/chromium")
XWLB = ROOT.parent / "shared" / "corpora" / "xwlb_dev.jsonl.gz"
TARGET_SECONDS = 3.0


def build_page(days: int, folder: Path) -> Path:
    """graph.html of a build of the first ``days`` days of the transcripts."""
    import kgraph
    from kgraph.export import export_all

    corpus = folder / "corpus"
    corpus.mkdir()
    with gzip.open(XWLB, "rt", encoding="utf-8") as lines:
        for line, _ in zip(lines, range(days)):
            day = json.loads(line)
            (corpus / f"{day['date']}.md").write_text(day["text"], encoding="utf-8")
    out = folder / "out"
    export_all(kgraph.build([corpus], jobs=2).graph, out)
    return out / "graph.html"


def time_to_interactive(page: Path, runs: int) -> list[float]:
    """Seconds from opening ``page`` to its network's first drawing, once per run."""
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1400, "height": 860})
            tab = context.new_page()
            started = time.perf_counter()
            tab.goto(page.resolve().as_uri())
            tab.wait_for_function("typeof network !== 'undefined'")
            tab.evaluate(
                "new Promise(done => { network.once('afterDrawing', done); network.redraw(); })"
            )
            times.append(time.perf_counter() - started)
            context.close()
        browser.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", default="100", help="comma-separated corpus sizes in days")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--page", type=Path, help="time this graph.html instead of building")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(f"bench_explorer: no Chromium at {CHROMIUM} (apt-get install chromium)")
    print("| corpus | page MB | interactive s (median) | runs |")
    print("|---|---:|---:|---|")
    if args.page is not None:
        times = time_to_interactive(args.page, args.runs)
        size = args.page.stat().st_size / 1e6
        print(f"| {args.page} | {size:.1f} | {statistics.median(times):.2f} | {times} |")
        return
    if not XWLB.exists():
        sys.exit(f"bench_explorer: no corpus at {XWLB}")
    for days in (int(d) for d in args.days.split(",")):
        with tempfile.TemporaryDirectory() as folder:
            page = build_page(days, Path(folder))
            times = time_to_interactive(page, args.runs)
            size = page.stat().st_size / 1e6
            rounded = [round(t, 2) for t in times]
            print(f"| {days} days | {size:.1f} | {statistics.median(times):.2f} | {rounded} |")
    print(f"target: under {TARGET_SECONDS:.0f} s for 100 days")


if __name__ == "__main__":
    main()
