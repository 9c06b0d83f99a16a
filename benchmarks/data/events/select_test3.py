"""How the passages of ``test3/`` were chosen (run it to see the draw; it writes nothing).

    python benchmarks/data/events/select_test3.py [--write]

Candidates: odd days of the month only; no xwlb day and no pfr paragraph listed in the
sources table of README.md (dev, test, test2); no day listed in
benchmarks/data/nodes/*/days.txt. Each kind of news has a keyword test (KINDS, PFR_KINDS);
the candidates of a kind are shuffled with one ``random.Random(2026)`` and taken in that
order, skipping a day (xwlb) already taken, a pfr day already used twice, and the drawn
candidates listed in PASSED_OVER (they name no person by a full name, or, for the
appointment kinds, no appointed or removed person). ``--write`` writes the passage files.
"""

from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from pathlib import Path

from draws import (
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

PASSED_OVER = {
    "19980115-05-005-004",  # 余校长 only
    ("2023-08-09", (13,)),  # 国际联播快讯: no person
    ("2023-09-17", (9,)),  # torch relay: no person
    ("2023-03-25", (7,)),  # skills contest: no person
    ("2024-04-11", (5,)),  # building projects: no person
    ("2024-12-23", (4,)),  # appointment kind: the appointed are not named
    ("2024-12-13", (5,)),  # appointment kind: 任免案 without names
    ("2024-04-13", (4,)),  # decision kind: no person (免去 = spares)
}


def excluded() -> tuple[set[str], set[str], set[str]]:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Sources of the passages", 1)[1]
    table = "\n".join(line for line in table.splitlines() if not line.startswith("| test3 "))
    days = set(re.findall(r"xwlb_dev.jsonl.gz, day ([\d-]+)", table))
    paragraphs = set(re.findall(r"pfr199801.jsonl.gz, paragraph ([\d-]+)", table))
    pfr_days: set[str] = set()
    for path in (ROOT / "benchmarks" / "data" / "nodes").glob("*/days.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("xwlb "):
                days.add(line[5:].strip())
            elif line.startswith("pfr "):
                pfr_days.add(line[4:12])
    return days, paragraphs, pfr_days


def select() -> tuple[list[tuple[str, tuple[str, tuple[int, ...]]]], list[tuple[str, str]]]:
    used_days, used_paragraphs, nodes_pfr_days = excluded()
    xwlb = read_xwlb()
    days = sorted(d for d in xwlb if int(d[8:]) % 2 == 1 and d not in used_days)

    def pool(kind: str) -> list[tuple[str, tuple[int, ...]]]:
        return item_pool(xwlb, days, kind)

    multi = multi_items(xwlb, days)

    rng = random.Random(2026)
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
        and pid[:8] not in nodes_pfr_days
        and pid not in used_paragraphs
        and 80 <= len(text) <= 1500
        and pid in has_person
    }
    per_day: dict[str, int] = defaultdict(int)
    pfr: list[tuple[str, str]] = []
    chosen: set[str] = set()
    for kind, n, test in PFR_KINDS:
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
    show(select(), HERE / "test3", write="--write" in sys.argv)


if __name__ == "__main__":
    main()
