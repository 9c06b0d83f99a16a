"""How the passages of ``test8/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test8.py [--write]

select_test7.py with another seed, test7 left out too, and the days of the nodes split test10.
Candidates: days of the month of either parity; no xwlb day and no pfr paragraph listed in the
sources table of README.md (dev, test, test2, dev2, test3, dev3, test4, test5, test6, test7); no
xwlb day listed in benchmarks/data/nodes/*/days.txt (dev, test, test2 … test10) and no pfr page
(DATE-PAGE) listed there; no day (xwlb or pfr) of a passage of benchmarks/data/entities/passages/;
no xwlb day written anywhere under tests/ (as YYYY-MM-DD, YYYYMMDD, YYYY/MM/DD or YYYY年M月D日),
nor one of the 20 days tests/test_real_corpus.py reads, and no pfr page (DATE-PAGE) that a file
under tests/ names. The kinds, their keyword tests and quotas are test7's (KINDS, PFR_KINDS, the
last ``any`` draw filling the pfr places the kinds leave, the last ``fallback`` draw from the
appointment kind filling the xwlb places the kinds leave, to 26 in all); the candidates of a kind
are shuffled with one ``random.Random(2053)`` and taken in that order, skipping a day (xwlb)
already taken, a pfr day already used twice, and the drawn candidates listed in PASSED_OVER (they
name no person by a full name, or, for the appointment kinds, no appointed or removed person).
The splits left out are named (SPLITS, NODES_SPLITS, test9 and test10), so later splits do not
change the draw; the dates under tests/ are read as they are, so the draw is the one of the tree
it was committed with.
"""

from __future__ import annotations

import sys

from select_test5 import HERE, NODES_SPLITS, SPLITS, select, show

XWLB_TOTAL = 26
PASSED_OVER: set = {
    ("2023-05-03", (13,)),  # appointment kind: 各自任命代表, no one appointed by name (as test5)
    ("2023-05-04", (12,)),  # appointment kind (快讯): 分别任命一名代表, no one appointed by name
    ("2023-06-26", (7,)),  # appointment kind: 审议了有关任免案, no one appointed (as test6, test7)
    ("2023-12-08", (4,)),  # appointment kind: 宪法宣誓仪式, 73 unnamed appointees (as dev3, test7)
    ("2022-12-20", (8,)),  # union kind (工人们, 施工人员): year-end production, no person
    ("2022-12-03", (8,)),  # union kind: irrigation works, no person (as test4, test5)
    ("2024-04-13", (4,)),  # decision kind: 免去了不少物流环节, no person (as test4 … test7)
    ("2024-07-10", (10,)),  # decision kind: 由联合国机构任命的独立专家组, no one named (as test5 …)
    ("2024-08-27", (2,)),  # fallback (appointment kind): 审议有关任免案, no one appointed
    ("2022-10-29", (3,)),  # fallback (appointment kind): 任免案审议情况的汇报 (as test7)
    "19980109-12-001-004",  # appointment kind: 避免去 read as 免去, no one removed (as test6)
    "19980130-02-004-009",  # appointment kind: 当场免去４名 village secretaries, none named
}


def main() -> None:
    drawn = select(
        2053,
        (*SPLITS, "test5", "test6", "test7"),
        PASSED_OVER,
        XWLB_TOTAL,
        nodes_splits=(*NODES_SPLITS, "test9", "test10"),
    )
    show(drawn, HERE / "test8", write="--write" in sys.argv)


if __name__ == "__main__":
    main()
