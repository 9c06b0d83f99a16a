"""What the draws of the event splits share (select_test3.py, select_dev3.py, select_test4.py,
select_test5.py, select_test13.py, select_test14.py, select_test17.py; select_dev4.py and
select_test16.py for the README they read): where the corpora are, the kinds of item and paragraph
and their keyword tests, how a day's transcript is cut into items, the candidates every draw reads
(items of a kind, multi-item passages, People's Daily paragraphs), the files under tests/ and
benchmarks/ a draw's exclusions read, the People's Daily draw of test14 and test17, the README
without a draw's own split, and how a draw is printed and written. Each draw keeps what is its
own (seed, quotas, exclusions), so that it still redoes the draw it was committed with."""

from __future__ import annotations

import gzip
import json
import random
import re
from collections import defaultdict
from collections.abc import Callable, Container, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CORPORA = ROOT.parent / "shared" / "corpora"

MEETING = "会见|会谈|会晤|通电话"
KINDS = {  # kind: test on (item title, item body)
    "meeting": lambda t, b: re.search(MEETING, t),
    "conference": lambda t, b: (
        "主持" in b and re.search("讲话|出席|发言", b) and not re.search(MEETING, t)
    ),
    "inspection": lambda t, b: re.search("考察|调研|视察", t) and re.search("陪同|一同|参加", b),
    "appointment": lambda t, b: re.search("任命|免去|任免", b) or "当选" in t,
    "award": lambda t, b: re.search("颁奖|表彰|授予|仪式|签署|签约", t),
    "union": lambda t, b: re.search("总工会|劳模|劳动模范|工人", b),
    "issued": lambda t, b: "印发" in b,
    "decision": lambda t, b: re.search("任命[^。]{0,40}为|免去", b),
}

QUOTA = [
    ("meeting", 4), ("conference", 4), ("inspection", 3), ("appointment", 2),
    ("award", 2), ("union", 2), ("issued", 2),
]  # fmt: skip

# the first draft of the tests, still the one that picks the multi-item passages
MULTI_KINDS = dict(
    KINDS,
    inspection=lambda t, b: re.search("考察|调研|视察", t) and re.search("陪同|一同", b),
    appointment=lambda t, b: re.search("任命|免去|任免|当选", b),
)

ANY_KIND = ["meeting", "conference", "inspection", "appointment", "award", "union", "issued"]
PFR_KINDS = [  # kind, quota, test on the paragraph
    ("meeting", 3, lambda b: re.search(MEETING, b)),
    ("conference", 3, lambda b: (
        re.search("主持|讲话|致辞|出席|发言", b) and re.search("会议|大会|座谈会|典礼|开幕|会上", b)
    )),
    ("inspection", 2, lambda b: re.search("考察|调研|视察", b) and re.search("陪同|一同", b)),
    ("appointment", 2, lambda b: re.search("任命|免去|任免|当选", b)),
    ("award", 2, lambda b: re.search("颁奖|表彰|授予|仪式|签署|签约", b)),
    ("union", 1, lambda b: re.search("总工会|劳模|劳动模范|工人", b)),
    ("issued", 1, lambda b: "印发" in b),
]  # fmt: skip


def draw_kinds(
    texts: dict[int, str],
    kinds: list[tuple[str, int, str]],
    tests: list[tuple[str, int, str]],
    total: int,
    seed: int,
    passed_over: Container[int] = (),
    excluded: Callable[[str], bool] | None = None,
) -> list[tuple[str, int]]:
    """Each kind's candidates (``kinds``: kind, quota, test) shuffled by one
    ``random.Random(seed)`` and taken up to its quota, then ``any`` (a candidate passing one of
    ``tests``) up to ``total``; a candidate already drawn, of a text already drawn, passed over
    or ``excluded`` is skipped (test19's MSRA draw, test20's, dev6's, test21's and test22's)."""
    rng = random.Random(seed)
    chosen: set[int] = set()
    chosen_texts: set[str] = set()
    drawn: list[tuple[str, int]] = []
    any_test = "|".join(f"(?:{test})" for _, _, test in tests)
    for kind, quota, test in [*kinds, ("any", total, any_test)]:
        n = min(quota, total - len(drawn))
        pool = sorted(i for i, text in texts.items() if re.search(test, text))
        rng.shuffle(pool)
        for i in pool:
            if n <= 0:
                break
            if i in chosen or i in passed_over or texts[i] in chosen_texts:
                continue
            if excluded is not None and excluded(texts[i]):
                continue
            chosen.add(i)
            chosen_texts.add(texts[i])
            drawn.append((kind, i))
            n -= 1
    return drawn


def readme_without(text: str, split: str) -> str:
    """The events README as a draw reads it: without ``split``'s own section and rows of the
    sources table (they name the split's passages once committed, and would leave them out)."""
    text = re.sub(rf"\n## The {split} split\n.*?(?=\n## )", "\n", text, flags=re.S)
    return "\n".join(line for line in text.splitlines() if not line.startswith(f"| {split} |"))


def items(text: str) -> list[str]:
    """The ``### `` items of a day, the day's footer (---, 更新时间戳) cut off the last."""
    found = ["### " + part for part in text.split("\n### ")[1:]]
    if found:
        found[-1] = re.split(r"\n+---\n", found[-1])[0]
    return found


def title(item: str) -> str:
    return item.split("\n", 1)[0][4:]


def body(item: str) -> str:
    return item.split("\n", 1)[1] if "\n" in item else ""


def read_xwlb() -> dict[str, list[str]]:
    """Each day of the transcripts, as its items."""
    with gzip.open(CORPORA / "xwlb_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        return {r["date"]: items(r["text"]) for r in map(json.loads, handle)}


def matches(item: str, kinds: list[str], tests: dict = KINDS) -> bool:
    return any(tests[k](title(item), body(item)) for k in kinds)


def item_pool(
    xwlb: dict[str, list[str]], days: list[str], kind: str
) -> list[tuple[str, tuple[int, ...]]]:
    """Single items of a kind on ``days``, each 200-2500 characters, as (day, (number,))."""
    return [
        (day, (n,))
        for day in days
        for n, item in enumerate(xwlb[day], 1)
        if 200 <= len(item) <= 2500 and matches(item, [kind])
    ]


def multi_items(xwlb: dict[str, list[str]], days: list[str]) -> list[tuple[str, tuple[int, ...]]]:
    """2 or 3 consecutive items of a day, each 200-1500 characters, two of them of a kind."""
    multi = []
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
    return multi


def read_pfr() -> tuple[dict[str, str], set[str]]:
    """Every People's Daily paragraph (DATE-PAGE-ARTICLE-PARAGRAPH) with its text, and those
    with a person annotated."""
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
    return paragraphs, has_person


def repository_texts(own_text: Callable[[Path], str | None]) -> Iterator[str]:
    """The text of every file under tests/ and benchmarks/ as a draw reads it: ``own_text`` gives
    a file's text, or None for the draw's own files."""
    for top in ("tests", "benchmarks"):
        for path in sorted((ROOT / top).rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts:
                continue
            text = own_text(path)
            if text is not None:
                yield text


def entities_days() -> set[str]:
    """The days (YYYYMMDD) of the entities benchmark's People's Daily passages."""
    days: set[str] = set()
    for path in (ROOT / "benchmarks" / "data" / "entities" / "passages").iterdir():
        found = re.match(r"pfr-(\d{8})-", path.name)
        if found:
            days.add(found.group(1))
    return days


Kind = tuple[str, int, Callable[[str], object]]


def draw_paragraphs(
    texts: dict[str, str],
    kinds: list[Kind],
    total: int,
    per_day: int,
    passed_over: set[str],
    seed: int,
) -> list[tuple[str, str]]:
    """The People's Daily draw of test14 and test17: each kind's candidates (then ``any``, a
    paragraph passing any kind's test), shuffled by one ``random.Random(seed)``, taken in that
    order up to their quota and ``total``; then, the kinds' candidates run out, a last draw of
    paragraphs of any subject (kind or none), its own ``random.Random(seed)``. A paragraph
    already drawn or in ``passed_over``, or of a day that gives ``per_day`` already, is
    skipped."""
    rng = random.Random(seed)
    of_day: dict[str, int] = defaultdict(int)
    chosen: set[str] = set()
    drawn: list[tuple[str, str]] = []

    def take(kind: str, pid: str) -> bool:
        if pid in passed_over or pid in chosen or of_day[pid[:8]] >= per_day:
            return False
        chosen.add(pid)
        of_day[pid[:8]] += 1
        drawn.append((kind, pid))
        return True

    any_kind: Kind = ("any", total, lambda b: any(test(b) for _, _, test in PFR_KINDS))
    for kind, quota, test in [*kinds, any_kind]:
        n = min(quota, total - len(drawn))
        pool = sorted(pid for pid, text in texts.items() if test(text))
        rng.shuffle(pool)
        for pid in pool:
            if n <= 0:
                break
            n -= take(kind, pid)
    pool = sorted(texts)
    random.Random(seed).shuffle(pool)
    for pid in pool:
        if len(drawn) >= total:
            break
        take("all", pid)
    return drawn


def paragraph_texts() -> dict[str, str]:
    """Every People's Daily paragraph and its text: what a draw writes as a passage."""
    return read_pfr()[0]


def pfr_paragraphs(
    excluded_pfr_days: set[str], excluded_pages: set[str], used_paragraphs: set[str]
) -> dict[str, str]:
    """People's Daily paragraphs (DATE-PAGE-…) a draw may take: 80-1500 characters, a person
    annotated, on no page or day left out, in no split already."""
    paragraphs, has_person = read_pfr()
    return {
        pid: text
        for pid, text in paragraphs.items()
        if pid[:8] not in excluded_pfr_days
        and pid[:11] not in excluded_pages
        and pid not in used_paragraphs
        and 80 <= len(text) <= 1500
        and pid in has_person
    }


def xwlb_passage(day: str, items_of_day: list[str], numbers: tuple[int, ...]) -> str:
    """A passage of the transcripts: the day's first line, then the items ``numbers``."""
    chosen = "\n\n".join(items_of_day[n - 1].strip("\n") for n in numbers)
    return f"# 《新闻联播》 ({day.replace('-', '')})\n\n{chosen}\n"


def show_pfr(pfr: list[tuple[str, str]], out: Path, write: bool, width: int = 12) -> None:
    """Print the draw's People's Daily paragraphs (``pfr-DATE-K.txt``, K counting a day's in the
    order of their ids); with ``write``, write each into ``out`` under its page's date line."""
    by_day: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for kind, pid in pfr:
        by_day[pid[:8]].append((pid, kind))
    sentences = paragraph_texts() if write else {}
    for day, found in sorted(by_day.items()):
        for k, (pid, kind) in enumerate(sorted(found), 1):
            name = f"pfr-{day}-{k}.txt"
            print(f"{kind:{width}} {name}  paragraph {pid}")
            if write:
                text = f"人民日报 1998年1月{int(day[6:])}日\n{sentences[pid]}\n"
                (out / name).write_text(text, encoding="utf-8")


def show(
    drawn: tuple[list[tuple[str, tuple[str, tuple[int, ...]]]], list[tuple[str, str]]],
    out: Path,
    write: bool,
) -> None:
    """Print the draw (one transcript passage a day, ``xwlb-DATE-1.md``); with ``write``, write
    its passages into ``out``."""
    picks, pfr = drawn
    if write:
        out.mkdir(exist_ok=True)
    xwlb = read_xwlb() if write else {}
    for kind, (day, numbers) in picks:
        name = f"xwlb-{day.replace('-', '')}-1.md"
        print(f"{kind:12} {name}  day {day}, items {','.join(map(str, numbers))}")
        if write:
            (out / name).write_text(xwlb_passage(day, xwlb[day], numbers), encoding="utf-8")
    show_pfr(pfr, out, write)
