"""How the passages of ``test4/`` were chosen (run it to see the draw; it writes nothing).

    python benchmarks/data/events/select_test4.py [--write]

Candidates: odd days of the month only (another annotator takes even days); no xwlb day
and no pfr paragraph listed in the sources table of README.md (dev, test, test2, dev2,
test3); no xwlb day listed in benchmarks/data/nodes/*/days.txt and no pfr page
(DATE-PAGE) listed there; no xwlb day written anywhere under tests/ (as YYYY-MM-DD,
YYYYMMDD, YYYY/MM/DD or YYYY年M月D日), nor one of the 20 days tests/test_real_corpus.py
reads, and no pfr page (DATE-PAGE) that a file under tests/ names. The kinds, their
keyword tests and quotas are test3's (KINDS, PFR_KINDS); the candidates of a kind are
shuffled with one ``random.Random(2032)`` and taken in that order, skipping a day (xwlb)
already taken, a pfr day already used twice, and the drawn candidates listed in
PASSED_OVER (they name no person by a full name, or, for the appointment kinds, no
appointed or removed person). ``--write`` writes the passage files. The splits left out are
named (SPLITS, NODES_SPLITS), so later splits do not change the draw; the dates under tests/
are read as they are, so the draw is the one of the tree it was committed with.
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
    read_pfr,
    read_xwlb,
    show,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

PFR_TOTAL = 14
# the splits whose texts the draw leaves out: of this benchmark (rows of README.md's sources
# table) and of benchmarks/data/nodes (days.txt); named, so that later splits change nothing
SPLITS = ("dev", "test", "test2", "dev2", "test3")
NODES_SPLITS = ("dev", "test", "test2", "test3", "test4", "test5", "test6")
PASSED_OVER = {
    "19980109-12-001-004",  # appointment kind: 免去 is 避免去, no one appointed (a letter)
    "19980125-01-004-012",  # 孔子, 荀子 only
    "19980109-01-002-022",  # appointment kind: 每任命一位管理干部, no one appointed
    "19980123-05-012-003",  # 国家环保局领导, the byline 晓江 only
    ("2022-12-03", (8,)),  # irrigation works: no person
    ("2022-12-27", (2,)),  # appointment kind: 审议了有关任免案, no one named
    ("2024-04-09", (11,)),  # 国内联播快讯: no person, no named issuer
    ("2023-03-21", (8,)),  # 国内联播快讯: no person, an untitled 通知
    ("2024-04-13", (4,)),  # decision kind: no person (免去 = spares), as in test3
}


def excluded() -> tuple[set[str], set[str], set[str]]:
    """xwlb days, pfr paragraphs and pfr pages (YYYYMMDD-PP) that the draw may not use."""
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Sources of the passages", 1)[1]
    rows = [line.split("|") for line in table.splitlines() if line.startswith("| ")]
    table = "\n".join("|".join(row) for row in rows if row[1].strip() in SPLITS)
    days = set(re.findall(r"xwlb_dev.jsonl.gz, day ([\d-]+)", table))
    paragraphs = set(re.findall(r"pfr199801.jsonl.gz, paragraph ([\d-]+)", table))
    pfr_pages: set[str] = set()
    for path in (ROOT / "benchmarks" / "data" / "nodes" / n / "days.txt" for n in NODES_SPLITS):
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
    # the 20 days tests/test_real_corpus.py builds: every (825 // 20)-th day of the corpus
    with gzip.open(CORPORA / "xwlb_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        all_days = [json.loads(line)["date"] for line in handle]
    days.update(all_days[:: len(all_days) // 20][:20])
    return days, paragraphs, pfr_pages


def select() -> tuple[list[tuple[str, tuple[str, tuple[int, ...]]]], list[tuple[str, str]]]:
    used_days, used_paragraphs, excluded_pages = excluded()
    xwlb = read_xwlb()
    days = sorted(d for d in xwlb if int(d[8:]) % 2 == 1 and d not in used_days)

    def pool(kind: str) -> list[tuple[str, tuple[int, ...]]]:
        return item_pool(xwlb, days, kind)

    multi = multi_items(xwlb, days)

    rng = random.Random(2032)
    taken: set[str] = set()
    picks: list[tuple[str, tuple[str, tuple[int, ...]]]] = []

    def draw(candidates: list[tuple[str, tuple[int, ...]]], n: int, kind: str) -> None:
        candidates = list(candidates)
        rng.shuffle(candidates)
        for candidate in candidates:
            if n == 0:
                break
            if candidate in PASSED_OVER or candidate[0] in taken:
                continue
            taken.add(candidate[0])
            picks.append((kind, candidate))
            n -= 1

    draw(sorted(multi), 5, "multi")
    for kind, n in QUOTA:
        draw(pool(kind), n, kind)

    paragraphs, has_person = read_pfr()
    texts = {
        pid: text
        for pid, text in paragraphs.items()
        if int(pid[6:8]) % 2 == 1
        and pid[:11] not in excluded_pages
        and pid not in used_paragraphs
        and 80 <= len(text) <= 1500
        and pid in has_person
    }
    per_day: dict[str, int] = defaultdict(int)
    pfr: list[tuple[str, str]] = []
    chosen: set[str] = set()
    # no paragraph of an odd day is left for the inspection and document kinds (test3 took
    # the last ones, or they lie on an excluded page): their three places go to a last draw
    # among the paragraphs of any kind
    any_kind = ("any", PFR_TOTAL, lambda b: any(test(b) for _, _, test in PFR_KINDS))
    for kind, n, test in [*PFR_KINDS, any_kind]:
        if kind == "any":
            n = PFR_TOTAL - len(pfr)
        candidates = sorted(pid for pid, text in texts.items() if test(text))
        rng.shuffle(candidates)
        for pid in candidates:
            if n == 0:
                break
            if pid in PASSED_OVER or pid in chosen or per_day[pid[:8]] >= 2:
                continue
            chosen.add(pid)
            per_day[pid[:8]] += 1
            pfr.append((kind, pid))
            n -= 1
    # appointment decisions, drawn last so that the draws above stay as they were
    draw(pool("decision"), 2, "decision")
    return picks, pfr


def main() -> None:
    show(select(), HERE / "test4", write="--write" in sys.argv)


if __name__ == "__main__":
    main()
