"""How the passages of ``test13/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test13.py [--write]

select_test12.py with another seed (random.Random(2072)), test12 left out too, and the days of
the nodes split test16. Candidates: days of the month of either parity; no xwlb day and no pfr
paragraph listed in the sources table of README.md (dev, test, test2, dev2, test3, dev3, test4,
test5 … test12); no xwlb day listed in benchmarks/data/nodes/*/days.txt (dev, test, test2 …
test16) and no pfr page (DATE-PAGE) listed there; no day (xwlb or pfr) of a passage of
benchmarks/data/entities/passages/; no xwlb day written anywhere under tests/ (as YYYY-MM-DD,
YYYYMMDD, YYYY/MM/DD or YYYY年M月D日), nor one of the 20 days tests/test_real_corpus.py reads, and
no pfr page (DATE-PAGE) that a file under tests/ names (select_test5.py's ``excluded``, as every
split since test5). The splits left out are named (SPLITS, NODES_SPLITS, test5 … test16), so
later splits do not change the draw; the dates under tests/ are read as they are, so the draw is
the one of the tree it was committed with.

New in test13: the free xwlb days have run out for a draw of one passage per day (test12 found 20
of its 26). By these rules 28 xwlb days are free (most of them named under benchmarks/ only as
the day of a candidate an earlier draw passed over; by the nodes splits' stricter rule, no file
under tests/ or benchmarks/ naming the day, far fewer are left). So:

* A day may give **up to 3 items** (the ``### `` items of the day, counted as ``draws.items``
  counts them, as every earlier split): a passage of one item takes one of the day's three, a
  multi-item passage as many as it holds, and no item is drawn twice. The passages of a day are
  named ``xwlb-DAY-1.md``, ``-2``, ``-3`` in the order of their first item (as dev's
  ``xwlb-20240322-*``).
* The kinds, their keyword tests and quotas are test11/test12's (``draws.KINDS``, ``QUOTA``, the
  multi-item draw of 5, the ``decision`` draw of 2, the ``fallback`` draw from the appointment
  kind, select_test10.py's ``fill_any`` among the items of any kind), redone here with the day
  limit of 3 items instead of 1 passage, to XWLB_TOTAL = 24 xwlb passages. The candidates of a
  kind are shuffled with one ``random.Random(2072)`` and taken in that order, skipping the drawn
  candidates listed in PASSED_OVER (select_test12.py's and the ones this draw added; they name no
  person by a full name, or, for the appointment kinds, no appointed or removed person).
* The kinds have almost no candidate left that is not passed over, so a last draw ``fill_all``
  (its own ``random.Random(2072)``) takes the items of **any subject** (kind or none, 200-2500
  characters) of the free days, with the same day limit and PASSED_OVER, until 24 xwlb passages
  are drawn.
* pfr (People's Daily, January 1998): 14 paragraphs as before (80-1500 characters, a PER entity,
  at most 2 a day), but weighted toward appointments and removals so that the split measures
  tenures: a first kind ``appointment13`` of quota 5 (APPOINTMENT13: 任命, 免去, 任免, 当选,
  就任, 就职, 辞职, 辞去, 出任, 不再担任, 接替, 任…职务; the appointment kind's test widened, as
  dev3 widened the tests of the kinds it lacked), then test12's PFR_KINDS and quotas, the total
  capped at 14, the last ``any`` draw filling the pfr places the kinds leave. An
  appointment-kind paragraph that names no appointed, removed or elected person is passed over
  (PASSED_OVER, as every split).

The draw: every candidate of a kind on the free days had been passed over by an earlier split,
so the multi-item, kind, decision, fallback and ``fill_any`` draws take nothing, and ``fill_all``
takes the 24 xwlb passages (38 items it drew were passed over, no person named). pfr: 5
``appointment13`` paragraphs (one passed over: 任何…职务), 3 meeting, 3 conference, 1 of the old
appointment kind (避免去 passed over, as test4), 2 award; the cap leaves nothing to the rest.
"""

from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from pathlib import Path

import select_test12
from draws import (
    ANY_KIND,
    PFR_KINDS,
    QUOTA,
    item_pool,
    matches,
    multi_items,
    pfr_paragraphs,
    read_xwlb,
    show_pfr,
    xwlb_passage,
)
from select_test5 import HERE, NODES_SPLITS, SPLITS, excluded

SEED = 2072
XWLB_TOTAL = 24
PFR_TOTAL = 14
ITEMS_PER_DAY = 3
APPOINTMENT13 = re.compile(
    "任命|免去|任免|当选|就任|就职|辞职|辞去|出任|不再担任|接替|任[^。；]{0,30}职务"
)
PFR_KINDS13 = [("appointment13", 5, lambda b: APPOINTMENT13.search(b)), *PFR_KINDS]
PASSED_OVER: set = select_test12.PASSED_OVER | {
    # new in test13 (kinds as drawn; no person named, or for the appointment kinds none appointed)
    # pfr
    "19980109-12-001-004",  # appointment kind: 避免去 read as 免去, no one removed (test4, 6, 8)
    "19980126-08-008-004",  # appointment13: 任何与他现在职务 read as 任…职务, no one appointed
    # xwlb, the fill_all draw (items of any subject), in the order drawn
    ("2024-12-21", (6,)),  # 纪检监察机关 on petty corruption, no person
    ("2024-06-14", (8,)),  # summer sowing, no person
    ("2023-05-23", (9,)),  # 平陆运河 works begin, no person
    ("2023-12-28", (7,)),  # respiratory diseases (国家卫生健康委 press conference), no person
    ("2023-05-03", (12,)),  # 中国代表 unnamed at the WTO, no person
    ("2024-02-24", (4,)),  # 元宵 festivities, no person
    ("2023-03-18", (10,)),  # graduates' employment, no person
    ("2023-11-10", (2,)),  # autumn grain purchases, no person
    ("2023-05-23", (13,)),  # 国内联播快讯, no person
    ("2023-01-30", (2,)),  # Guangdong's development, no person
    ("2023-01-30", (4,)),  # Heilongjiang's grain, no person
    ("2024-11-03", (3,)),  # 西气东输 pipeline, no person
    ("2024-06-27", (7,)),  # 夏季达沃斯 guests unnamed, no person
    ("2023-05-23", (7,)),  # 中国西藏发展论坛, guests unnamed, no person
    ("2024-07-13", (7,)),  # rains in the south, no person
    ("2023-02-18", (7,)),  # 引江补汉 works, no person
    ("2024-06-27", (4,)),  # 专题宣介会, party leaders unnamed (习近平 only in 习近平新时代…思想)
    ("2023-03-20", (10,)),  # 天网2023 launched by offices, no person
    ("2023-12-28", (4,)),  # wetlands, no person
    ("2022-12-25", (5,)),  # high-tech zones, no person
    ("2024-03-14", (10,)),  # Gaza fighting, no person named
    ("2024-02-17", (13,)),  # Gaza fighting, no person named
    ("2024-06-14", (9,)),  # Liaoning's talent policy, no person
    ("2024-02-24", (9,)),  # cold-weather warning, no person
    ("2024-09-16", (4,)),  # 宣讲 of the plenum, no person
    ("2023-08-15", (9,)),  # 国内联播快讯, no person
    ("2024-06-27", (6,)),  # 嫦娥六号, 相关负责人 unnamed, no person
    ("2023-08-15", (11,)),  # media forum in Nairobi, no person
    ("2023-11-10", (9,)),  # UNESCO centre in Shanghai, no person
    ("2024-04-23", (8,)),  # 国内联播快讯, no person
    ("2023-05-23", (12,)),  # 雅万高铁 tests, no person
    ("2023-05-03", (8,)),  # May Day tourism, no person
    ("2023-01-07", (11,)),  # shootings in the US, no person named
    ("2023-02-18", (8,)),  # spring flowers, no person
    ("2023-05-03", (9,)),  # May Day visitors to Hong Kong and Macao, no person
    ("2022-12-03", (11,)),  # 国内联播快讯, no person
    ("2023-01-07", (2,)),  # Shanghai's development, no person
    ("2023-01-30", (3,)),  # Tianjin's development, no person
}

Pick = tuple[str, tuple[str, tuple[int, ...]]]


def select13(
    seed: int, splits: tuple[str, ...], nodes_splits: tuple[str, ...], passed_over: set
) -> tuple[list[Pick], list[tuple[str, str]]]:
    """select_test5.select with a day limit of ITEMS_PER_DAY items (not one passage) and the pfr
    kinds of PFR_KINDS13; then fill_any and fill_all, each with its own random.Random(seed)."""
    used_days, used_paragraphs, excluded_pages, excluded_pfr_days = excluded(splits, nodes_splits)
    xwlb = read_xwlb()
    days = sorted(d for d in xwlb if d not in used_days)

    def pool(kind: str) -> list[tuple[str, tuple[int, ...]]]:
        return item_pool(xwlb, days, kind)

    multi = multi_items(xwlb, days)

    rng = random.Random(seed)
    taken: dict[str, set[int]] = defaultdict(set)  # day -> its items drawn
    picks: list[Pick] = []

    def fits(candidate: tuple[str, tuple[int, ...]]) -> bool:
        day, numbers = candidate
        return (
            candidate not in passed_over
            and not taken[day] & set(numbers)
            and len(taken[day]) + len(numbers) <= ITEMS_PER_DAY
        )

    def draw(candidates: list, n: int, kind: str, shuffle: random.Random = rng) -> None:
        candidates = list(candidates)
        shuffle.shuffle(candidates)
        for candidate in candidates:
            if n <= 0:
                break
            if not fits(candidate):
                continue
            taken[candidate[0]].update(candidate[1])
            picks.append((kind, candidate))
            n -= 1

    draw(sorted(multi), 5, "multi")
    for kind, n in QUOTA:
        draw(pool(kind), n, kind)

    texts = pfr_paragraphs(excluded_pfr_days, excluded_pages, used_paragraphs)
    per_day: dict[str, int] = defaultdict(int)
    pfr: list[tuple[str, str]] = []
    chosen: set[str] = set()
    any_kind = ("any", PFR_TOTAL, lambda b: any(test(b) for _, _, test in PFR_KINDS13))
    for kind, n, test in [*PFR_KINDS13, any_kind]:
        n = min(n, PFR_TOTAL - len(pfr))
        candidates = sorted(pid for pid, text in texts.items() if test(text))
        rng.shuffle(candidates)
        for pid in candidates:
            if n <= 0:
                break
            if pid in passed_over or pid in chosen or per_day[pid[:8]] >= 2:
                continue
            chosen.add(pid)
            per_day[pid[:8]] += 1
            pfr.append((kind, pid))
            n -= 1
    draw(pool("decision"), 2, "decision")
    draw(pool("appointment"), XWLB_TOTAL - len(picks), "fallback")

    def every(tests: list[str] | None) -> list[tuple[str, tuple[int, ...]]]:
        return sorted(
            (day, (n,))
            for day in days
            for n, item in enumerate(xwlb[day], 1)
            if 200 <= len(item) <= 2500 and (tests is None or matches(item, tests))
        )

    # select_test10.fill_any, with the day limit: items of any kind, its own Random(seed)
    draw(every(ANY_KIND), XWLB_TOTAL - len(picks), "any", random.Random(seed))
    # new in test13: items of any subject, its own Random(seed)
    draw(every(None), XWLB_TOTAL - len(picks), "all", random.Random(seed))
    return picks, pfr


def show13(drawn: tuple[list[Pick], list[tuple[str, str]]], out: Path, write: bool) -> None:
    """select_test5.show, naming a day's xwlb passages -1, -2, -3 by their first item."""
    picks, pfr = drawn
    if write:
        out.mkdir(exist_ok=True)
    xwlb = read_xwlb()
    of_day: dict[str, list[tuple[int, ...]]] = defaultdict(list)
    for _, (day, numbers) in picks:
        of_day[day].append(numbers)
    for kind, (day, numbers) in picks:
        k = sorted(of_day[day]).index(numbers) + 1
        name = f"xwlb-{day.replace('-', '')}-{k}.md"
        print(f"{kind:13} {name}  day {day}, items {','.join(map(str, numbers))}")
        if write:
            (out / name).write_text(xwlb_passage(day, xwlb[day], numbers), encoding="utf-8")
    show_pfr(pfr, out, write, width=13)


def main() -> None:
    splits = (*SPLITS, "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12")
    nodes_splits = (
        *NODES_SPLITS, "test9", "test10", "test11", "test12", "test13", "test14", "test15",
        "test16",
    )  # fmt: skip
    drawn = select13(SEED, splits, nodes_splits, PASSED_OVER)
    show13(drawn, HERE / "test13", write="--write" in sys.argv)


if __name__ == "__main__":
    main()
