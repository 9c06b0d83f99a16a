"""How the passages of the entity recall benchmark were chosen (prints the draw).

    python benchmarks/data/entities/select.py [--write]

Only texts of spent node-precision splits are used, so that this draw takes nothing from the
splits other engineers are drawing: xwlb items only from the days listed in
benchmarks/data/nodes/{dev,test,test2}/days.txt, pfr paragraphs only from the People's Daily
pages listed there. One ``random.Random(2034)``:

* xwlb: an item is a ``### `` section of a day (the day's closing ``---``/更新时间戳 footer cut
  off its last item) of 200–2000 characters. ``rng.sample`` takes 20 of the sorted days that
  have such an item, then, day by day in the sampled order, ``rng.choice`` takes one item of
  the day (one item per day). File ``xwlb-YYYYMMDD-N.md``, N the item's number in the day:
  the day's first line ``# 《新闻联播》 (YYYYMMDD)``, a blank line, the item verbatim.
* pfr: a paragraph is the sentences ``pfr-DATE-PAGE-ARTICLE-PARA-sN`` of one paragraph id,
  joined; 80–1500 characters, with at least one PER, ORG or LOC span in the corpus tags. The
  sorted candidates are shuffled and taken in that order, at most two a page, until 10. File
  ``pfr-YYYYMMDD-N.txt`` (N counts the day's paragraphs in id order): ``人民日报 1998年1月D日``,
  then the paragraph.

``--write`` (re)writes the files into ``passages/``, byte for byte the same.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPORA = ROOT.parent / "shared" / "corpora"
SPLITS = ("dev", "test", "test2")
SEED = 2034
XWLB_ITEMS, PFR_PARAGRAPHS, PER_PAGE = 20, 10, 2


def spent() -> tuple[list[str], list[str]]:
    """The xwlb days (YYYY-MM-DD) and pfr pages (YYYYMMDD-PP) of the spent node splits."""
    days, pages = set(), set()
    for split in SPLITS:
        for line in (ROOT / "benchmarks/data/nodes" / split / "days.txt").read_text().splitlines():
            if line.startswith("xwlb "):
                days.add(line[5:].strip())
            elif line.startswith("pfr "):
                pages.add(line[4:].strip())
    return sorted(days), sorted(pages)


def items(text: str) -> list[str]:
    """The ``### `` items of a day, the day's footer (---, 更新时间戳) cut off the last."""
    found = ["### " + part for part in text.split("\n### ")[1:]]
    if found:
        found[-1] = re.split(r"\n+---\n", found[-1])[0]
    return [item.strip("\n") for item in found]


def draw() -> tuple[list[tuple[str, int, str]], list[tuple[str, str]]]:
    """(day, item number, item) of the xwlb draw and (paragraph id, text) of the pfr draw."""
    days, pages = spent()
    with gzip.open(CORPORA / "xwlb_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        xwlb = {r["date"]: items(r["text"]) for r in map(json.loads, handle) if r["date"] in days}
    eligible = {
        day: [(n, it) for n, it in enumerate(xwlb[day], 1) if 200 <= len(it) <= 2000]
        for day in days
        if day in xwlb
    }
    rng = random.Random(SEED)
    picked_days = rng.sample(sorted(d for d, its in eligible.items() if its), XWLB_ITEMS)
    xwlb_picks = [(day, *rng.choice(eligible[day])) for day in picked_days]

    paragraphs: dict[str, str] = defaultdict(str)
    tagged: set[str] = set()
    with gzip.open(CORPORA / "pfr199801.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            pid = record["id"][4:].rsplit("-s", 1)[0]
            if pid[:11] not in pages:
                continue
            paragraphs[pid] += record["text"]
            if any(e["type"] in ("PER", "ORG", "LOC") for e in record["entities"]):
                tagged.add(pid)
    candidates = sorted(p for p, t in paragraphs.items() if 80 <= len(t) <= 1500 and p in tagged)
    rng.shuffle(candidates)
    per_page: dict[str, int] = defaultdict(int)
    pfr_picks: list[tuple[str, str]] = []
    for pid in candidates:
        if len(pfr_picks) == PFR_PARAGRAPHS:
            break
        if per_page[pid[:11]] < PER_PAGE:
            per_page[pid[:11]] += 1
            pfr_picks.append((pid, paragraphs[pid]))
    return xwlb_picks, pfr_picks


def main() -> None:
    write = "--write" in sys.argv
    out = HERE / "passages"
    xwlb_picks, pfr_picks = draw()
    for day, number, item in xwlb_picks:
        compact = day.replace("-", "")
        name = f"xwlb-{compact}-{number}.md"
        print(f"{name}  xwlb_dev.jsonl.gz, day {day}, item {number}, {len(item)} chars")
        if write:
            text = f"# 《新闻联播》 ({compact})\n\n{item}\n"
            (out / name).write_text(text, encoding="utf-8")
    by_day: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pid, text in pfr_picks:
        by_day[pid[:8]].append((pid, text))
    for day, found in sorted(by_day.items()):
        for k, (pid, text) in enumerate(sorted(found), 1):
            name = f"pfr-{day}-{k}.txt"
            print(f"{name}  pfr199801.jsonl.gz, paragraph {pid}, {len(text)} chars")
            if write:
                header = f"人民日报 1998年1月{int(day[6:])}日"
                (out / name).write_text(f"{header}\n{text}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
