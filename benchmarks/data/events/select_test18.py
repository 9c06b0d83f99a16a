"""How the passages of ``test18/`` (held out) and ``dev5/`` (development) were chosen (run it to
see the draw; ``--write`` writes both).

    python benchmarks/data/events/select_test18.py [--write]

The day rule of the earlier xwlb draws (no day that any file under tests/ or benchmarks/ names)
ran out in test14. These two splits use an **item** rule instead: a news item of the transcripts
may be drawn when no developer can have read it. An item is left out when

* its day is a day of a nodes split (``benchmarks/data/nodes/*/days.txt``: whole days whose
  nodes were judged), one of the 20 days ``tests/test_real_corpus.py`` builds, or the day of a
  passage of ``benchmarks/data/entities/passages/``;
* it is listed in ``probed_xwlb.txt`` (day and item number, as ``draws.items`` counts them): the
  9,488 items whose text (a stretch of it, as below) is in any file developers kept while
  probing in sessions 10 to 17 (probe builds whose outputs they read and diffed, dumps of days):
  listed once, from those files, because they do not live in the repository;
* it shares a stretch of 14 characters (Chinese, digits and Chinese punctuation) with any file
  under tests/, benchmarks/, src/ or ontology/ or with README.md, among the stretches that occur in
  at most two items of the whole corpus (a repeated formula such as ``央视网消息（新闻联播）`` or a
  leader's title chain is no sign that the item was read): so no item of an earlier split, and no
  item a test or a rule quotes.

The free items (200-2500 characters) are drawn by the kinds of ``draws.KINDS`` and ``QUOTA``,
at most one item a day: test18 first (``random.Random(2118)``: the quota of each kind, twice over,
then items of any kind), then dev5 from what is left (``random.Random(2105)``, the quota once).

The exclusions read the repository as it is, so the draw is the one of the tree it was committed
with: a later file quoting a stretch of a free item shrinks the pool and reshuffles it (check out
the commit that added this script to redo it).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

from draws import ANY_KIND, QUOTA, ROOT, matches, read_xwlb, xwlb_passage

HERE = Path(__file__).resolve().parent
WINDOW = 14
STRETCH = re.compile(rf"[\u4e00-\u9fff，、“”《》（）：；0-9]{{{WINDOW},}}")
TEST18 = 36
OWN = ("test18", "dev5")  # the draw's own outputs, not read for the exclusions


def windows(text: str) -> set[str]:
    runs = STRETCH.findall(text)
    return {run[i : i + WINDOW] for run in runs for i in range(len(run) - WINDOW + 1)}


def left_out_days(xwlb: dict[str, list[str]]) -> set[str]:
    days: set[str] = set()
    for path in (ROOT / "benchmarks" / "data" / "nodes").glob("*/days.txt"):
        days.update(line[5:].strip() for line in path.read_text(encoding="utf-8").splitlines()
                    if line.startswith("xwlb "))  # fmt: skip
    all_days = list(xwlb)  # (in the corpus's order, as tests/test_real_corpus.py reads it)
    days.update(all_days[:: len(all_days) // 20][:20])
    for path in (ROOT / "benchmarks" / "data" / "entities" / "passages").iterdir():
        found = re.match(r"xwlb-(\d{4})(\d\d)(\d\d)-", path.name)
        if found:
            days.add("-".join(found.groups()))
    return days


def read_windows(own: tuple[str, ...] = OWN) -> set[str]:
    """The 14-character stretches of every text file of the repository a developer wrote or
    read (the draw's ``own`` split folders aside)."""
    seen: set[str] = set()
    paths = [ROOT / "README.md"]
    for top in ("tests", "benchmarks", "src", "ontology"):
        paths += sorted(p for p in (ROOT / top).rglob("*") if p.is_file())
    for path in paths:
        if set(own) & set(path.relative_to(ROOT).parts) or "__pycache__" in path.parts:
            continue
        if path.suffix in {".md", ".txt", ".py", ".jsonl", ".json", ".tsv", ".ttl"}:
            seen |= windows(path.read_text(encoding="utf-8", errors="replace"))
    return seen


def free_items(
    xwlb: dict[str, list[str]], probe_lists: tuple[str, ...] = ("probed_xwlb.txt",),
    own: tuple[str, ...] = OWN,
) -> list[tuple[str, int]]:  # fmt: skip
    lines = [line for name in probe_lists for line in (HERE / name).read_text().splitlines()]
    probed = {(day, int(n)) for day, n in (line.split() for line in lines)}
    common = Counter(w for its in xwlb.values() for item in its for w in windows(item))
    seen = {w for w in read_windows(own) if common[w] <= 2}
    days = left_out_days(xwlb)
    return [
        (day, n)
        for day in sorted(xwlb)
        if day not in days
        for n, item in enumerate(xwlb[day], 1)
        if 200 <= len(item) <= 2500 and (day, n) not in probed and not windows(item) & seen
    ]


def draw(
    xwlb: dict[str, list[str]], free: list[tuple[str, int]], seed: int, quotas: list, total: int,
    taken_days: set[str],
) -> list[tuple[str, tuple[str, int]]]:  # fmt: skip
    """Each kind's free items shuffled by one ``random.Random(seed)`` and taken up to its quota,
    then items of any kind up to ``total``; one item a day (``taken_days`` grows)."""
    rng = random.Random(seed)
    picks: list[tuple[str, tuple[str, int]]] = []
    for kind, quota in [*quotas, ("any", total)]:
        tests = ANY_KIND if kind == "any" else [kind]
        pool = [(d, n) for d, n in free if matches(xwlb[d][n - 1], tests)]
        rng.shuffle(pool)
        quota = min(quota, total - len(picks))
        for day, n in pool:
            if quota <= 0:
                break
            if day in taken_days:
                continue
            taken_days.add(day)
            picks.append((kind, (day, n)))
            quota -= 1
    return picks


def main() -> None:
    xwlb = read_xwlb()
    free = free_items(xwlb)
    print(f"{len(free)} free items on {len({d for d, _ in free})} days", file=sys.stderr)
    days: set[str] = set()
    test18 = draw(xwlb, free, 2118, [(k, 2 * q) for k, q in QUOTA], TEST18, days)
    dev5 = draw(xwlb, free, 2105, QUOTA, sum(q for _, q in QUOTA), days)
    for split, picks in (("test18", test18), ("dev5", dev5)):
        show(split, picks, xwlb)


def show(split: str, picks: list[tuple[str, tuple[str, int]]], xwlb: dict[str, list[str]]) -> None:
    """Print a split's drawn items; with ``--write``, write each as ``split/xwlb-DAY-1.md``."""
    out = HERE / split
    if "--write" in sys.argv:
        out.mkdir(exist_ok=True)
    for kind, (day, n) in picks:
        name = f"xwlb-{day.replace('-', '')}-1.md"
        print(f"{split:7} {kind:11} {name}  day {day}, item {n}")
        if "--write" in sys.argv:
            (out / name).write_text(xwlb_passage(day, xwlb[day], (n,)), encoding="utf-8")


if __name__ == "__main__":
    main()
