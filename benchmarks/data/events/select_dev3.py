"""How the passages of ``dev3/`` were chosen (run it to see the draw; it writes nothing).

    python benchmarks/data/events/select_dev3.py [--write]

Candidates: even days of the month only (another annotator takes odd days); no xwlb day
and no pfr paragraph listed in the sources table of README.md (dev, test, test2, dev2,
test3); no day listed in benchmarks/data/nodes/*/days.txt (xwlb days, and the days of the
pfr pages listed there); no xwlb day written anywhere under tests/ (as YYYY-MM-DD or
YYYYMMDD); no pfr page that a file under tests/ names (``pfr-19980116-06-…`` ids), and no
xwlb item or pfr paragraph that shares 40 characters with a file under tests/ (the texts
the tests quote). Each kind of news has a keyword test (KINDS, PFR_KINDS); the candidates
of a kind are shuffled with one ``random.Random(2033)`` and taken in that order, skipping
a day (xwlb) already taken, a pfr day already used twice, and the drawn candidates listed
in PASSED_OVER (they name no person by a full name, or, for the appointment kinds, no
appointed or removed person). Two pfr kinds have no free candidate on even days (see
PFR_FALLBACK): what they lack is drawn last, from a looser test. ``--write`` writes the
passage files. The draw was made on the tree of commit da28b3b: dates added to tests/ later
would change it.
"""

from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from pathlib import Path

from draws import (
    MEETING,
    item_pool,
    multi_items,
    read_pfr,
    read_xwlb,
    show,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

QUOTA = [
    ("meeting", 3), ("conference", 3), ("inspection", 2), ("appointment", 2),
    ("award", 2), ("union", 1), ("issued", 1),
]  # fmt: skip
MULTI, DECISIONS = 4, 2
PFR_KINDS = [  # kind, quota, test on the paragraph
    ("meeting", 2, lambda b: re.search(MEETING, b)),
    ("conference", 2, lambda b: (
        re.search("主持|讲话|致辞|出席|发言", b) and re.search("会议|大会|座谈会|典礼|开幕|会上", b)
    )),
    ("inspection", 2, lambda b: re.search("考察|调研|视察", b) and re.search("陪同|一同", b)),
    ("appointment", 1, lambda b: re.search("任命|免去|任免|当选", b)),
    ("award", 1, lambda b: re.search("颁奖|表彰|授予|仪式|签署|签约", b)),
    ("union", 1, lambda b: re.search("总工会|劳模|劳动模范|工人", b)),
    ("issued", 1, lambda b: "印发" in b),
]  # fmt: skip
# On even days the pfr pools of two kinds are (nearly) empty: 考察/调研/视察 with 陪同/一同
# and 印发 match no free paragraph. What a kind lacks is drawn last, from a looser test.
PFR_FALLBACK = {
    "inspection": lambda b: re.search("考察|调研|视察|察看|看望|慰问", b),
    "issued": lambda b: re.search("印发|颁布|公布|发布", b),
}
PASSED_OVER = {
    ("2023-02-16", (4,)),  # appointment kind: 有关任免案 without names
    ("2024-05-16", (9,)),  # issued kind: 国内联播快讯, no person
    ("2023-10-20", (11,)),  # appointment kind: 有关任免案 without names
    ("2023-02-16", (12,)),  # issued kind: 国内联播快讯, no person
    ("2023-12-08", (4,)),  # appointment kind: the 73 sworn-in appointees are not named
    ("2023-12-18", (11,)),  # issued kind: 国内联播快讯, no person
    ("2024-11-28", (8,)),  # issued kind: no person
    ("2024-01-06", (2,)),  # issued kind: no person
    ("2023-02-02", (9,)),  # issued kind: 国内联播快讯, no person
    ("2024-12-18", (10,)),  # issued kind: no person (习近平 only in 习近平新时代…思想)
    ("2023-01-08", (3,)),  # issued kind: no person
    ("2024-08-18", (9,)),  # issued kind: 国内联播快讯, no person
    ("2024-11-12", (14,)),  # issued kind: 国内联播快讯, no person
    ("2023-09-06", (13,)),  # issued kind: 国内联播快讯, no person
    ("2024-01-02", (7,)),  # issued kind: 国内联播快讯, no person
}


WINDOW = 40  # an item or paragraph sharing this many characters with tests/ is left out


def tests_text() -> str:
    """Every text file under tests/, joined."""
    parts = []
    for path in sorted((ROOT / "tests").rglob("*")):
        if path.is_file():
            try:
                parts.append(path.read_text(encoding="utf-8"))
            except (UnicodeDecodeError, OSError):
                continue
    return "\n".join(parts)


def plain(text: str) -> str:
    """The words of a text: no markup, links, spaces, nor the xwlb items' opening formula."""
    text = re.sub(r"<[^>]+>|\[查看原文\]\([^)]*\)|\*\*", "", text)
    return re.sub(r"\s+", "", text.replace("央视网消息（新闻联播）：", ""))


def windows(text: str) -> set[str]:
    text = plain(text)
    return {text[i : i + WINDOW] for i in range(len(text) - WINDOW + 1)}


def quoted(text: str, seen: set[str]) -> bool:
    text = plain(text)
    return any(text[i : i + WINDOW] in seen for i in range(len(text) - WINDOW + 1))


def excluded() -> tuple[set[str], set[str], set[str], set[str]]:
    """Excluded xwlb days, pfr paragraphs, pfr days (nodes) and pfr pages (tests/)."""
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Sources of the passages", 1)[1]
    table = "\n".join(line for line in table.splitlines() if not line.startswith("| dev3 "))
    days = set(re.findall(r"xwlb_dev.jsonl.gz, day ([\d-]+)", table))
    paragraphs = set(re.findall(r"pfr199801.jsonl.gz, paragraph ([\d-]+)", table))
    pfr_days: set[str] = set()
    for path in (ROOT / "benchmarks" / "data" / "nodes").glob("*/days.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("xwlb "):
                days.add(line[5:].strip())
            elif line.startswith("pfr "):
                pfr_days.add(line[4:12])
    tests = tests_text()
    days.update(re.findall(r"20[12]\d-[01]\d-[0-3]\d", tests))
    days.update(f"{d[:4]}-{d[4:6]}-{d[6:]}" for d in re.findall(r"20[12]\d[01]\d[0-3]\d", tests))
    pfr_pages = set(re.findall(r"(1998\d{4}-\d{2})-\d{3}-\d{3}", tests))
    return days, paragraphs, pfr_days, pfr_pages


def select() -> tuple[list[tuple[str, tuple[str, tuple[int, ...]]]], list[tuple[str, str]]]:
    used_days, used_paragraphs, nodes_pfr_days, tests_pfr_pages = excluded()
    seen = windows(tests_text())
    xwlb = read_xwlb()
    days = sorted(d for d in xwlb if int(d[8:]) % 2 == 0 and d not in used_days)
    # an item the tests quote is blanked, so that no kind and no run takes it
    xwlb = {d: [("" if quoted(it, seen) else it) for it in xwlb[d]] for d in days}

    def pool(kind: str) -> list[tuple[str, tuple[int, ...]]]:
        return item_pool(xwlb, days, kind)

    multi = multi_items(xwlb, days)

    rng = random.Random(2033)
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

    draw(sorted(multi), MULTI, "multi")
    for kind, n in QUOTA:
        draw(pool(kind), n, kind)

    paragraphs, has_person = read_pfr()
    texts = {
        pid: text
        for pid, text in paragraphs.items()
        if int(pid[6:8]) % 2 == 0
        and pid[:8] not in nodes_pfr_days
        and pid[:11] not in tests_pfr_pages
        and pid not in used_paragraphs
        and 80 <= len(text) <= 1500
        and pid in has_person
        and not quoted(text, seen)
    }
    per_day: dict[str, int] = defaultdict(int)
    pfr: list[tuple[str, str]] = []
    chosen: set[str] = set()
    short: dict[str, int] = {}

    def draw_pfr(kind: str, n: int, test) -> int:
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
        return n

    for kind, n, test in PFR_KINDS:
        short[kind] = draw_pfr(kind, n, test)
    # appointment decisions, drawn last so that the draws above stay as they were
    draw(pool("decision"), DECISIONS, "decision")
    # then what a pfr kind lacked, from its looser test
    for kind, test in PFR_FALLBACK.items():
        if short[kind]:
            draw_pfr(kind + "*", short[kind], test)
    return picks, pfr


def main() -> None:
    show(select(), HERE / "dev3", write="--write" in sys.argv)


if __name__ == "__main__":
    main()
