"""How the passages of ``test6/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test6.py [--write]

select_test5.py with another seed and test5 left out too. Candidates: days of the month of
either parity; no xwlb day and no pfr paragraph listed in the sources table of README.md (dev,
test, test2, dev2, test3, dev3, test4, test5); no xwlb day listed in
benchmarks/data/nodes/*/days.txt (dev, test, test2 … test8) and no pfr page (DATE-PAGE) listed
there; no day (xwlb or pfr) of a passage of benchmarks/data/entities/passages/; no xwlb day
written anywhere under tests/ (as YYYY-MM-DD, YYYYMMDD, YYYY/MM/DD or YYYY年M月D日), nor one of
the 20 days tests/test_real_corpus.py reads, and no pfr page (DATE-PAGE) that a file under
tests/ names. The kinds, their keyword tests and quotas are test5's (KINDS, PFR_KINDS, the last
``any`` draw filling the pfr places the kinds leave); the candidates of a kind are shuffled with
one ``random.Random(2041)`` and taken in that order, skipping a day (xwlb) already taken, a pfr
day already used twice, and the drawn candidates listed in PASSED_OVER (they name no person by
a full name, or, for the appointment kinds, no appointed or removed person). New in test6: the
appointment-decision kind has no candidate left but two passed over, so the xwlb places it
leaves (to 26 in all) go to a last draw (``fallback``) among the candidates of the appointment
kind, whose test contains the decision test. The splits left out are named (SPLITS,
NODES_SPLITS), so later splits do not change the draw; the dates under tests/ are read as they
are, so the draw is the one of the tree it was committed with.
"""

from __future__ import annotations

import sys

from select_test5 import HERE, SPLITS, select, show

XWLB_TOTAL = 26
PASSED_OVER: set = {
    ("2023-06-26", (7,)),  # appointment kind: 审议了有关任免案, no one appointed (as dev3, test4)
    ("2023-02-16", (4,)),  # appointment kind: 审议有关任免案, no one appointed (as dev3, test4)
    ("2023-08-29", (5,)),  # fallback (appointment kind): 任免案审议情况, no one named
    ("2024-12-21", (3,)),  # appointment kind: 审议了有关任免案, no one appointed (as dev3, test4)
    ("2023-02-07", (3,)),  # union kind (工人们): rural revitalisation, no person
    ("2024-09-22", (4,)),  # union kind (劳模工匠): 宣讲团 of four provinces, no person
    ("2024-05-06", (8,)),  # documents kind: 快讯, 民政部印发通知 (no title), no person
    "19980109-12-001-004",  # appointment kind: 避免去 read as 免去, no one removed (as test4)
    ("2024-04-13", (4,)),  # decision kind: 免去了不少物流环节, no person (as test4, test5)
    ("2024-07-10", (10,)),  # decision kind: 由联合国机构任命的独立专家组, no one named (as test5)
}


def main() -> None:
    drawn = select(2041, (*SPLITS, "test5"), PASSED_OVER, XWLB_TOTAL)
    show(drawn, HERE / "test6", write="--write" in sys.argv)


if __name__ == "__main__":
    main()
