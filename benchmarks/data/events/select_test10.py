"""How the passages of ``test10/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test10.py [--write]

select_test9.py with another seed (random.Random(2063)), test9 left out too, and the days of the
nodes split test13. Candidates: days of the month of either parity; no xwlb day and no pfr
paragraph listed in the sources table of README.md (dev, test, test2, dev2, test3, dev3, test4,
test5, test6, test7, test8, test9); no xwlb day listed in benchmarks/data/nodes/*/days.txt (dev,
test, test2 … test13) and no pfr page (DATE-PAGE) listed there; no day (xwlb or pfr) of a
passage of benchmarks/data/entities/passages/; no xwlb day written anywhere under tests/ (as
YYYY-MM-DD, YYYYMMDD, YYYY/MM/DD or YYYY年M月D日), nor one of the 20 days tests/test_real_corpus.py
reads, and no pfr page (DATE-PAGE) that a file under tests/ names. The kinds, their keyword tests
and quotas are test9's (KINDS, PFR_KINDS, the last ``any`` draw filling the pfr places the kinds
leave, the last ``fallback`` draw from the appointment kind filling the xwlb places the kinds
leave, to 26 in all); the candidates of a kind are shuffled with one ``random.Random(2063)`` and
taken in that order, skipping a day (xwlb) already taken, a pfr day already used twice, and the
drawn candidates listed in PASSED_OVER (select_test9.py's and the ones this draw added;
they name no person by a full name, or, for the appointment kinds, no appointed or removed
person). New in test10: the appointment kind has no
candidate left but those passed over, so the ``fallback`` draw is empty too, and the xwlb places
still empty go to a last draw among the xwlb items of any kind (``fill_any``, its own
``random.Random(2063)``, as the pfr ``any`` draw). The splits left out are named (SPLITS,
NODES_SPLITS, test5 … test13), so later splits do not change the draw; the dates under tests/ are
read as they are, so the draw is the one of the tree it was committed with.
"""

from __future__ import annotations

import gzip
import json
import random
import sys

import select_test9
from draws import ANY_KIND, CORPORA, KINDS, body, items, title
from select_test5 import HERE, NODES_SPLITS, SPLITS, excluded, select, show

XWLB_TOTAL = 26
PASSED_OVER: set = select_test9.PASSED_OVER | {
    # new in test10 (kinds as drawn; no person named, or for the appointment kind none appointed)
    ("2023-05-03", (13,)),  # appointment kind: 各自任命代表, no one named (as test5, test8)
    ("2022-12-03", (8,)),  # union kind: irrigation works, no person (as test4, test5, test8)
    ("2023-05-03", (5,)),  # union kind: a 集体, no person named (as test7)
    ("2024-06-14", (10,)),  # union kind (招不上工人): no person (as test5, test7)
    ("2024-04-05", (8,)),  # union kind (工人们): irrigation works, no person
    ("2023-02-01", (10,)),  # union kind: strikes in Britain, no person
    ("2023-12-10", (11,)),  # union kind (全国总工会): 国内联播快讯, no person
    ("2023-02-07", (3,)),  # union kind (工人们): rural industries, no person
    ("2023-04-28", (15,)),  # union kind (铁路工人): 国际联播快讯, no person
    ("2023-06-02", (10,)),  # union kind (铁路工人): 国际联播快讯, no person
    ("2024-07-13", (3,)),  # union kind (工人们): major works, no person
    ("2024-04-11", (5,)),  # union kind (施工人员, 工人): major projects, no person
    ("2023-12-16", (7,)),  # union kind (环卫工人): cold weather, no person
    ("2024-11-25", (6,)),  # union kind (工人们): water works, no person
    ("2023-12-28", (5,)),  # documents kind: an untitled 通知 of two bodies, no person (as test9)
    ("2024-02-17", (8,)),  # any (union test, 务工人员): workers back to work, no person
    # pfr
    "19980106-06-002-003",  # appointment kind: 当选 only in an election law, none elected
    "19980115-05-013-002",  # any: 颁奖大会, the 11 laureates unnamed, the only name a byline
}


def fill_any(
    picks: list, seed: int, splits: tuple, nodes_splits: tuple, passed_over: set = PASSED_OVER
) -> None:
    """New in test10: the appointment kind (the fallback) has no candidate left either, so the
    xwlb places still empty go to a last draw among the items of any kind (as the pfr ``any``
    draw of test4), shuffled with its own ``random.Random(seed)``, one passage per day."""
    if len(picks) >= XWLB_TOTAL:
        return
    used_days = excluded(splits, nodes_splits)[0]
    with gzip.open(CORPORA / "xwlb_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        xwlb = {r["date"]: items(r["text"]) for r in map(json.loads, handle)}
    candidates = sorted(
        (day, (n,))
        for day in xwlb
        if day not in used_days
        for n, item in enumerate(xwlb[day], 1)
        if 200 <= len(item) <= 2500 and any(KINDS[k](title(item), body(item)) for k in ANY_KIND)
    )
    random.Random(seed).shuffle(candidates)
    taken = {day for _, (day, _) in picks}
    for candidate in candidates:
        if len(picks) >= XWLB_TOTAL:
            break
        if candidate in passed_over or candidate[0] in taken:
            continue
        taken.add(candidate[0])
        picks.append(("any", candidate))


def main() -> None:
    splits = (*SPLITS, "test5", "test6", "test7", "test8", "test9")
    nodes_splits = (*NODES_SPLITS, "test9", "test10", "test11", "test12", "test13")
    drawn = select(2063, splits, PASSED_OVER, XWLB_TOTAL, nodes_splits=nodes_splits)
    fill_any(drawn[0], 2063, splits, nodes_splits)
    show(drawn, HERE / "test10", write="--write" in sys.argv)


if __name__ == "__main__":
    main()
