"""How the passages of ``test5/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test5.py [--write]

select_test4.py with these changes. Candidates: days of the month of either parity; no xwlb
day and no pfr paragraph listed in the sources table of README.md (dev, test, test2, dev2,
test3, dev3, test4); no xwlb day listed in benchmarks/data/nodes/*/days.txt (dev, test,
test2 … test8) and no pfr page (DATE-PAGE) listed there; no day (xwlb or pfr) of a passage
of benchmarks/data/entities/passages/; no xwlb day written anywhere under tests/ (as
YYYY-MM-DD, YYYYMMDD, YYYY/MM/DD or YYYY年M月D日), nor one of the 20 days
tests/test_real_corpus.py reads, and no pfr page (DATE-PAGE) that a file under tests/ names.
The kinds, their keyword tests and quotas are test4's (KINDS, PFR_KINDS, the last ``any``
draw filling the pfr places the kinds leave); the candidates of a kind are shuffled with one
``random.Random(2035)`` and taken in that order, skipping a day (xwlb) already taken, a pfr
day already used twice, and the drawn candidates listed in PASSED_OVER (they name no person
by a full name, or, for the appointment kinds, no appointed or removed person). The splits
left out are named (SPLITS, NODES_SPLITS), so later splits do not change the draw; the dates
under tests/ are read as they are, so the draw is the one of the tree it was committed with.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

from draws import (
    CORPORA,
    PFR_KINDS,
    QUOTA,
    item_pool,
    multi_items,
    pfr_paragraphs,
    read_xwlb,
    show,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

PFR_TOTAL = 14
# the splits whose texts the draw leaves out: of this benchmark (rows of README.md's sources
# table) and of benchmarks/data/nodes (days.txt); named, so that later splits change nothing
SPLITS = ("dev", "test", "test2", "dev2", "test3", "dev3", "test4")
NODES_SPLITS = ("dev", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8")
PASSED_OVER: set = {
    "19980109-01-002-022",  # appointment kind: 每任命一位管理干部, no one appointed (as test4)
    ("2024-04-13", (4,)),  # appointment kind: 免去了不少物流环节, no person (as test4)
    ("2023-05-03", (13,)),  # appointment kind: 各自任命代表, no one appointed by name
    ("2023-08-30", (8,)),  # union kind (施工人员): flood recovery, no person
    ("2023-11-29", (4,)),  # union kind (施工人员): farmland works, no person
    ("2022-12-25", (12,)),  # union kind (铁路工人): 国际联播快讯, no person
    ("2022-12-03", (8,)),  # union kind: irrigation works, no person (as test4)
    ("2023-04-02", (5,)),  # union kind (工人们): Fujian industries, no person
    ("2024-06-14", (10,)),  # union kind (招不上工人): Shandong services, no person
    ("2023-07-01", (8,)),  # union kind (环卫工人): heat wave measures, no person
    ("2023-02-01", (10,)),  # union kind (英国工会): strikes in Britain, no person
    ("2023-02-01", (5,)),  # union kind (产业工人): Gansu industries, no person
    ("2024-07-10", (10,)),  # decision kind: 由联合国机构任命的独立专家组, no one named
}


def excluded(
    splits: tuple[str, ...], nodes_splits: tuple[str, ...] = NODES_SPLITS
) -> tuple[set[str], set[str], set[str], set[str]]:
    """xwlb days, pfr paragraphs, pfr pages (YYYYMMDD-PP) and pfr days that the draw may not use
    (the passages of ``splits`` among them, and the days of the nodes splits ``nodes_splits``)."""
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Sources of the passages", 1)[1]
    rows = [line.split("|") for line in table.splitlines() if line.startswith("| ")]
    table = "\n".join("|".join(row) for row in rows if row[1].strip() in splits)
    days = set(re.findall(r"xwlb_dev.jsonl.gz, day ([\d-]+)", table))
    paragraphs = set(re.findall(r"pfr199801.jsonl.gz, paragraph ([\d-]+)", table))
    pfr_pages: set[str] = set()
    pfr_days: set[str] = set()
    for path in (ROOT / "benchmarks" / "data" / "nodes" / n / "days.txt" for n in nodes_splits):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("xwlb "):
                days.add(line[5:].strip())
            elif line.startswith("pfr "):
                pfr_pages.add(line[4:].strip())
    for path in sorted((ROOT / "tests").rglob("*")):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for y, m, d in re.findall(r"(20[12]\d)[-/]?([01]\d)[-/]?([0-3]\d)", text):
            days.add(f"{y}-{m}-{d}")
        for y, m, d in re.findall(r"(20[12]\d)年(\d{1,2})月(\d{1,2})日", text):
            days.add(f"{y}-{int(m):02d}-{int(d):02d}")
        pfr_pages.update(re.findall(r"(199801\d\d-\d\d)-\d{3}-\d{3}", text))
    # the days of the passages of benchmarks/data/entities (xwlb and pfr: the whole day)
    for path in (ROOT / "benchmarks" / "data" / "entities" / "passages").iterdir():
        found = re.match(r"(xwlb|pfr)-(\d{4})(\d\d)(\d\d)-", path.name)
        if found and found.group(1) == "xwlb":
            days.add(f"{found.group(2)}-{found.group(3)}-{found.group(4)}")
        elif found:
            pfr_days.add(found.group(2) + found.group(3) + found.group(4))
    # the 20 days tests/test_real_corpus.py builds: every (825 // 20)-th day of the corpus
    with gzip.open(CORPORA / "xwlb_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        all_days = [json.loads(line)["date"] for line in handle]
    days.update(all_days[:: len(all_days) // 20][:20])
    return days, paragraphs, pfr_pages, pfr_days


def select(
    seed: int = 2035,
    splits: tuple[str, ...] = SPLITS,
    passed_over: set = PASSED_OVER,
    xwlb_total: int = 0,
    nodes_splits: tuple[str, ...] = NODES_SPLITS,
) -> tuple[list[tuple[str, tuple[str, tuple[int, ...]]]], list[tuple[str, str]]]:
    """The draw: test5's with its defaults; a later split gives its own seed, the splits it leaves
    out and its passed-over candidates, and ``xwlb_total`` fills the xwlb places the kinds leave
    with a last draw from the appointment kind (test6); ``nodes_splits`` names the nodes splits
    whose days are left out (test7 adds test9)."""
    used_days, used_paragraphs, excluded_pages, excluded_pfr_days = excluded(splits, nodes_splits)
    xwlb = read_xwlb()
    days = sorted(d for d in xwlb if d not in used_days)

    def pool(kind: str) -> list[tuple[str, tuple[int, ...]]]:
        return item_pool(xwlb, days, kind)

    multi = multi_items(xwlb, days)

    rng = random.Random(seed)
    taken: set[str] = set()
    picks: list[tuple[str, tuple[str, tuple[int, ...]]]] = []

    def draw(candidates: list[tuple[str, tuple[int, ...]]], n: int, kind: str) -> None:
        candidates = list(candidates)
        rng.shuffle(candidates)
        for candidate in candidates:
            if n == 0:
                break
            if candidate in passed_over or candidate[0] in taken:
                continue
            taken.add(candidate[0])
            picks.append((kind, candidate))
            n -= 1

    draw(sorted(multi), 5, "multi")
    for kind, n in QUOTA:
        draw(pool(kind), n, kind)

    texts = pfr_paragraphs(excluded_pfr_days, excluded_pages, used_paragraphs)
    per_day: dict[str, int] = defaultdict(int)
    pfr: list[tuple[str, str]] = []
    chosen: set[str] = set()
    # as in test4, the places a kind cannot fill go to a last draw among the paragraphs of any
    # kind
    any_kind = ("any", PFR_TOTAL, lambda b: any(test(b) for _, _, test in PFR_KINDS))
    for kind, n, test in [*PFR_KINDS, any_kind]:
        if kind == "any":
            n = PFR_TOTAL - len(pfr)
        candidates = sorted(pid for pid, text in texts.items() if test(text))
        rng.shuffle(candidates)
        for pid in candidates:
            if n == 0:
                break
            if pid in passed_over or pid in chosen or per_day[pid[:8]] >= 2:
                continue
            chosen.add(pid)
            per_day[pid[:8]] += 1
            pfr.append((kind, pid))
            n -= 1
    # appointment decisions, drawn last so that the draws above stay as they were
    draw(pool("decision"), 2, "decision")
    if xwlb_total:
        # the decision kind may have no candidate left; its places go to a last draw from the
        # appointment kind's test, which contains the decision test (as dev3 drew the pfr kinds
        # it lacked from looser tests)
        draw(pool("appointment"), xwlb_total - len(picks), "fallback")
    return picks, pfr


def main() -> None:
    show(select(), HERE / "test5", write="--write" in sys.argv)


if __name__ == "__main__":
    main()
