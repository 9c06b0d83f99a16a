"""How the passages of ``test12/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test12.py [--write]

select_test11.py with another seed (random.Random(2071)), test11 left out too, and the days of
the nodes split test15. Candidates: days of the month of either parity; no xwlb day and no pfr
paragraph listed in the sources table of README.md (dev, test, test2, dev2, test3, dev3, test4,
test5 … test11); no xwlb day listed in benchmarks/data/nodes/*/days.txt (dev, test, test2 …
test15) and no pfr page (DATE-PAGE) listed there; no day (xwlb or pfr) of a passage of
benchmarks/data/entities/passages/; no xwlb day written anywhere under tests/ (as YYYY-MM-DD,
YYYYMMDD, YYYY/MM/DD or YYYY年M月D日), nor one of the 20 days tests/test_real_corpus.py reads, and
no pfr page (DATE-PAGE) that a file under tests/ names. The kinds, their keyword tests and
quotas are test11's (KINDS, PFR_KINDS, the last ``any`` draw filling the pfr places the kinds
leave, the last ``fallback`` draw from the appointment kind, and select_test10.py's
``fill_any``, with this split's PASSED_OVER and its own ``random.Random(2071)``, the last draw
among the xwlb items of any kind filling the xwlb places still empty, to 26 in all); the
candidates of a kind are shuffled with one ``random.Random(2071)`` and taken in that order,
skipping a day (xwlb) already taken, a pfr day already used twice, and the drawn candidates
listed in PASSED_OVER (select_test11.py's and the ones this draw added; they name no person
by a full name, or, for the appointment kinds, no appointed or removed person). The splits left
out are named (SPLITS, NODES_SPLITS, test5 … test15), so later splits do not change the draw;
the dates under tests/ are read as they are, so the draw is the one of the tree it was committed
with.

New in test12: the candidates ran out. Only 63 xwlb days are left free, 40 of them with an item
of some kind. The multi-item draw finds 4 of its 5; the conference kind 2 of its 4; the
inspection, appointment and appointment-decision kinds have no candidate left but those passed
over before (so the ``fallback`` draw is empty, as in test10/test11); the award and union kinds
draw two each, all four passed over (no person named). The ``fill_any`` draw then takes every
xwlb candidate left that is not passed over (eight; two more it drew are passed over) and finds
no other: the split has 20 xwlb passages, not 26 (XWLB_TOTAL stays 26, the number asked for; the
draw stops when no candidate is left). The 14 pfr paragraphs are drawn as before (the inspection
and document kinds empty, their three places going to the pfr ``any`` draw).
"""

from __future__ import annotations

import sys

import select_test11
from select_test5 import HERE, NODES_SPLITS, SPLITS, select, show
from select_test10 import fill_any

SEED = 2071
XWLB_TOTAL = 26
PASSED_OVER: set = select_test11.PASSED_OVER | {
    # new in test12 (kinds as drawn; no person named, or for the appointment kind none appointed)
    ("2023-01-30", (7,)),  # union kind (务工人员): Spring Festival travel, no person
    ("2024-02-24", (5,)),  # union kind (工人们): spring farming, no person
    ("2023-10-01", (2,)),  # award kind (仪式): the National Day flag-raising, no person (as test9)
    ("2024-07-07", (7,)),  # award kind (仪式): an anniversary ceremony, no person (as test7)
    ("2023-01-07", (7,)),  # any (documents test): a press conference of unnamed officials; the
    # only 印发 an untitled 《通知》 of 国家医保局等四部门, no person
    ("2022-12-25", (12,)),  # any (union test, 铁路工人): 国际联播快讯, no person (as test5)
}


def main() -> None:
    splits = (*SPLITS, "test5", "test6", "test7", "test8", "test9", "test10", "test11")
    nodes_splits = (
        *NODES_SPLITS, "test9", "test10", "test11", "test12", "test13", "test14", "test15"
    )  # fmt: skip
    drawn = select(SEED, splits, PASSED_OVER, XWLB_TOTAL, nodes_splits=nodes_splits)
    fill_any(drawn[0], SEED, splits, nodes_splits, PASSED_OVER)
    show(drawn, HERE / "test12", write="--write" in sys.argv)


if __name__ == "__main__":
    main()
