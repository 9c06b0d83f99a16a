"""How the passages of ``test38/`` (held out) were chosen (run it to see the draw; ``--write``
writes them).

    python benchmarks/data/events/select_test38.py [--write]

test18's item rule (``select_test18.py``), on the tree of this commit: a news item of the
transcripts is free when no developer can have read it. It is left out when its day is one of
test18's left-out days, when it is listed in ``probed_xwlb.txt`` (sessions 10 to 17) or in
``probed_xwlb38.txt`` (the 4,572 items whose text, a rare 14-character stretch of it, is in a file
developers kept while probing in sessions 50 to 63: builds, dumps and logs of days they read;
listed once from those files, which do not live in the repository), or when it shares a rare
stretch with a file of the repository (every earlier split, test and rule quoting it).

The free items (200-2500 characters) are drawn as test18's were, by the kinds of
``draws.KINDS`` (each ``QUOTA`` twice over, then items of any kind), at most one a day, with
``random.Random(3838)``, 30 items.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from draws import QUOTA, ROOT, read_xwlb, xwlb_passage
from select_test18 import draw, left_out_days, windows

HERE = Path(__file__).resolve().parent
TOTAL = 30
OWN = ("test38",)  # the draw's own output, not read for the exclusions


def read_windows() -> set[str]:
    """The 14-character stretches of every text file of the repository but the draw's own."""
    seen: set[str] = set()
    paths = [ROOT / "README.md"]
    for top in ("tests", "benchmarks", "src", "ontology"):
        paths += sorted(p for p in (ROOT / top).rglob("*") if p.is_file())
    for path in paths:
        if set(OWN) & set(path.relative_to(ROOT).parts) or "__pycache__" in path.parts:
            continue
        if path.suffix in {".md", ".txt", ".py", ".jsonl", ".json", ".tsv", ".ttl"}:
            seen |= windows(path.read_text(encoding="utf-8", errors="replace"))
    return seen


def probed() -> set[tuple[str, int]]:
    lines: list[str] = []
    for name in ("probed_xwlb.txt", "probed_xwlb38.txt"):
        lines += (HERE / name).read_text(encoding="utf-8").splitlines()
    return {(day, int(n)) for day, n in (line.split() for line in lines)}


def free_items(xwlb: dict[str, list[str]]) -> list[tuple[str, int]]:
    common = Counter(w for its in xwlb.values() for item in its for w in windows(item))
    seen = {w for w in read_windows() if common[w] <= 2}
    days = left_out_days(xwlb)
    left_out = probed()
    return [
        (day, n)
        for day in sorted(xwlb)
        if day not in days
        for n, item in enumerate(xwlb[day], 1)
        if 200 <= len(item) <= 2500 and (day, n) not in left_out and not windows(item) & seen
    ]


def main() -> None:
    xwlb = read_xwlb()
    free = free_items(xwlb)
    print(f"{len(free)} free items on {len({d for d, _ in free})} days", file=sys.stderr)
    picks = draw(xwlb, free, 3838, [(k, 2 * q) for k, q in QUOTA], TOTAL, set())
    out = HERE / "test38"
    if "--write" in sys.argv:
        out.mkdir(exist_ok=True)
    for kind, (day, n) in picks:
        name = f"xwlb-{day.replace('-', '')}-1.md"
        print(f"test38  {kind:11} {name}  day {day}, item {n}")
        if "--write" in sys.argv:
            (out / name).write_text(xwlb_passage(day, xwlb[day], (n,)), encoding="utf-8")


if __name__ == "__main__":
    main()
