"""How the passages of ``test7/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test7.py [--write]

select_test6.py with another seed, test6 left out too, and the days of the nodes split test9.
Candidates: days of the month of either parity; no xwlb day and no pfr paragraph listed in the
sources table of README.md (dev, test, test2, dev2, test3, dev3, test4, test5, test6); no xwlb
day listed in benchmarks/data/nodes/*/days.txt (dev, test, test2 … test9) and no pfr page
(DATE-PAGE) listed there; no day (xwlb or pfr) of a passage of benchmarks/data/entities/passages/;
no xwlb day written anywhere under tests/ (as YYYY-MM-DD, YYYYMMDD, YYYY/MM/DD or YYYY年M月D日),
nor one of the 20 days tests/test_real_corpus.py reads, and no pfr page (DATE-PAGE) that a file
under tests/ names. The kinds, their keyword tests and quotas are test6's (KINDS, PFR_KINDS, the
last ``any`` draw filling the pfr places the kinds leave, the last ``fallback`` draw from the
appointment kind filling the xwlb places the kinds leave, to 26 in all); the candidates of a kind
are shuffled with one ``random.Random(2047)`` and taken in that order, skipping a day (xwlb)
already taken, a pfr day already used twice, and the drawn candidates listed in PASSED_OVER (they
name no person by a full name, or, for the appointment kinds, no appointed or removed person).
The splits left out are named (SPLITS, NODES_SPLITS and test9), so later splits do not change
the draw; the dates under tests/ are read as they are, so the draw is the one of the tree it was
committed with.
"""

from __future__ import annotations

import sys

from select_test5 import HERE, NODES_SPLITS, SPLITS, select, show

XWLB_TOTAL = 26
PASSED_OVER: set = {
    ("2023-06-26", (7,)),  # appointment kind: 审议了有关任免案, no one appointed (as test6)
    ("2024-07-10", (10,)),  # appointment kind: 由联合国机构任命的独立专家组, no one named
    ("2024-12-21", (3,)),  # appointment kind: 审议了有关任免案, no one appointed (as test6)
    ("2023-12-08", (4,)),  # appointment kind: 宪法宣誓仪式 of 73 unnamed appointees (as dev3)
    ("2024-07-07", (7,)),  # award kind (仪式): a commemoration, no person named
    ("2023-02-01", (5,)),  # union kind (产业工人): Gansu industries, no person (as test5)
    ("2023-02-02", (7,)),  # union kind (工人们): ecological works, no person
    ("2023-11-29", (4,)),  # union kind (施工人员): farmland works, no person (as test5)
    ("2023-05-03", (5,)),  # union kind (全国工人先锋号): a fire brigade, no person named
    ("2024-06-14", (10,)),  # union kind (招不上工人): Shandong services, no person (as test5)
    "19980104-04-016-002",  # appointment kind: 20 unnamed 新当选的居委会主任, only a byline
    "19980106-12-010-001",  # any kind: a company's awards, only a byline (as test4)
    "19980123-03-006-002",  # conference kind: 领导同志 unnamed, only a byline
    "19980127-03-011-001",  # award kind: a party committee honoured, only a byline (as test4)
    "19980125-01-004-012",  # any kind: 孔子 and 荀子 on 礼, no person of the day (as test4)
    ("2024-04-13", (4,)),  # decision kind: 免去了不少物流环节, no person (as test4, test5, test6)
    ("2023-12-26", (4,)),  # fallback (appointment kind): 任免案审议情况的汇报, no one named
    ("2022-10-29", (3,)),  # fallback (appointment kind): 任免案审议情况的汇报, no one named
    ("2023-02-16", (4,)),  # fallback (appointment kind): 审议有关任免案, no one appointed
}


def main() -> None:
    drawn = select(
        2047,
        (*SPLITS, "test5", "test6"),
        PASSED_OVER,
        XWLB_TOTAL,
        nodes_splits=(*NODES_SPLITS, "test9"),
    )
    show(drawn, HERE / "test7", write="--write" in sys.argv)


if __name__ == "__main__":
    main()
