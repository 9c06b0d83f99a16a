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

import gzip
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

from draws import (
    ANY_KIND,
    CORPORA,
    KINDS,
    MULTI_KINDS,
    PFR_KINDS,
    QUOTA,
    body,
    items,
    title,
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
    with gzip.open(CORPORA / "xwlb_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        xwlb = {r["date"]: items(r["text"]) for r in map(json.loads, handle)}
    days = sorted(d for d in xwlb if int(d[8:]) % 2 == 1 and d not in used_days)

    def matches(item: str, kinds: list[str], tests: dict = KINDS) -> bool:
        return any(tests[k](title(item), body(item)) for k in kinds)

    def pool(kind: str) -> list[tuple[str, tuple[int, ...]]]:
        return [
            (day, (n,))
            for day in days
            for n, item in enumerate(xwlb[day], 1)
            if 200 <= len(item) <= 2500 and matches(item, [kind])
        ]

    multi = []  # 2 or 3 consecutive items, each 200-1500 characters, two of them of a kind
    for day in days:
        its = xwlb[day]
        for i in range(len(its)):
            for k in (2, 3):
                group = its[i : i + k]
                if len(group) < k or sum(map(len, group)) > 3500:
                    continue
                if not all(200 <= len(g) <= 1500 for g in group):
                    continue
                if sum(matches(g, ANY_KIND, MULTI_KINDS) for g in group) >= 2:
                    multi.append((day, tuple(range(i + 1, i + k + 1))))

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

    paragraphs: dict[str, str] = defaultdict(str)
    has_person: set[str] = set()
    with gzip.open(CORPORA / "pfr199801.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            pid = record["id"][4:].rsplit("-s", 1)[0]
            paragraphs[pid] += record["text"]
            if any(e["type"] == "PER" for e in record["entities"]):
                has_person.add(pid)
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
    picks, pfr = select()
    out = HERE / "test3"
    write = "--write" in sys.argv
    if write:
        with gzip.open(CORPORA / "xwlb_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
            xwlb = {r["date"]: items(r["text"]) for r in map(json.loads, handle)}
    for kind, (day, numbers) in picks:
        name = f"xwlb-{day.replace('-', '')}-1.md"
        print(f"{kind:12} {name}  day {day}, items {','.join(map(str, numbers))}")
        if write:
            chosen = "\n\n".join(xwlb[day][n - 1].strip("\n") for n in numbers)
            text = f"# 《新闻联播》 ({day.replace('-', '')})\n\n{chosen}\n"
            (out / name).write_text(text, encoding="utf-8")
    by_day: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for kind, pid in pfr:
        by_day[pid[:8]].append((pid, kind))
    sentences: dict[str, str] = defaultdict(str)
    if write:
        with gzip.open(CORPORA / "pfr199801.jsonl.gz", "rt", encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    sentences[record["id"][4:].rsplit("-s", 1)[0]] += record["text"]
    for day, found in sorted(by_day.items()):
        for k, (pid, kind) in enumerate(sorted(found), 1):
            name = f"pfr-{day}-{k}.txt"
            print(f"{kind:12} {name}  paragraph {pid}")
            if write:
                text = f"人民日报 1998年1月{int(day[6:])}日\n{sentences[pid]}\n"
                (out / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
