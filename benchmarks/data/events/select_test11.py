"""How the passages of ``test11/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test11.py [--write]

select_test10.py with another seed (random.Random(2067)), test10 left out too, and the days of
the nodes split test14. Candidates: days of the month of either parity; no xwlb day and no pfr
paragraph listed in the sources table of README.md (dev, test, test2, dev2, test3, dev3, test4,
test5 … test10); no xwlb day listed in benchmarks/data/nodes/*/days.txt (dev, test, test2 …
test14) and no pfr page (DATE-PAGE) listed there; no day (xwlb or pfr) of a passage of
benchmarks/data/entities/passages/; no xwlb day written anywhere under tests/ (as YYYY-MM-DD,
YYYYMMDD, YYYY/MM/DD or YYYY年M月D日), nor one of the 20 days tests/test_real_corpus.py reads, and
no pfr page (DATE-PAGE) that a file under tests/ names. benchmarks/data/nodes/test14/days.txt was
drawn at the same time as this split, on the branch nodes14; it is copied here as it is (the same
file, byte for byte), so that the draw leaves its days out. The kinds, their keyword tests and
quotas are test10's (KINDS, PFR_KINDS, the last ``any`` draw filling the pfr places the kinds
leave, the last ``fallback`` draw from the appointment kind, and select_test10.py's
``fill_any``, with this split's PASSED_OVER, the last draw among the xwlb items of any kind
filling the xwlb places still empty, to 26 in all); the
candidates of a kind are shuffled with one ``random.Random(2067)`` and taken in that order,
skipping a day (xwlb) already taken, a pfr day already used twice, and the drawn candidates
listed in PASSED_OVER (select_test10.py's and the ones this draw added; they name no person
by a full name, or, for the appointment kinds, no appointed or removed person). The splits left
out are named (SPLITS, NODES_SPLITS, test5 … test14), so later splits do not change the draw;
the dates under tests/ are read as they are, so the draw is the one of the tree it was committed
with.
"""

from __future__ import annotations

import sys

import select_test10
from select_test5 import HERE, NODES_SPLITS, SPLITS, select, show
from select_test10 import fill_any

SEED = 2067
XWLB_TOTAL = 26
PASSED_OVER: set = select_test10.PASSED_OVER | {
    # new in test11 (kinds as drawn; no person named, or for the appointment kind none appointed)
    ("2023-02-02", (7,)),  # union kind (工人, 工人们): ecological works, no person
    ("2024-05-06", (8,)),  # documents kind (快讯): 民政部印发通知, untitled, no person (as test6)
    ("2024-09-22", (4,)),  # union kind (劳模工匠): lecture groups, no person
    ("2023-03-20", (8,)),  # union kind (工人): water works, no person
    ("2024-03-14", (4,)),  # any (documents test): 水网建设规划印发实施, untitled, no person
    ("2023-02-18", (10,)),  # any (documents test, 快讯): 民政部印发通知, untitled, no person
    ("2023-08-15", (5,)),  # any (union test, 林业工人): 全国生态日 activities, no person
    ("2024-08-08", (8,)),  # any (documents test, 快讯): 印发行动方案, untitled, no person
    # pfr, new in test11
    "19980130-02-004-009",  # appointment kind: 当场免去４名 village secretaries, none named (test8)
    "19980123-03-001-005",  # appointment kind: 一旦他当选 of 台湾当局领导人, no full name (江主席)
    "19980109-01-002-022",  # appointment kind: 每任命一位管理干部, none appointed (test4, test5)
}


def main() -> None:
    splits = (*SPLITS, "test5", "test6", "test7", "test8", "test9", "test10")
    nodes_splits = (*NODES_SPLITS, "test9", "test10", "test11", "test12", "test13", "test14")
    drawn = select(SEED, splits, PASSED_OVER, XWLB_TOTAL, nodes_splits=nodes_splits)
    fill_any(drawn[0], SEED, splits, nodes_splits, PASSED_OVER)
    show(drawn, HERE / "test11", write="--write" in sys.argv)


if __name__ == "__main__":
    main()
