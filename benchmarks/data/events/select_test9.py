"""How the passages of ``test9/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test9.py [--write]

select_test8.py with another seed, test8 left out too, and the days of the nodes splits test11
and test12. Candidates: days of the month of either parity; no xwlb day and no pfr paragraph
listed in the sources table of README.md (dev, test, test2, dev2, test3, dev3, test4, test5,
test6, test7, test8); no xwlb day listed in benchmarks/data/nodes/*/days.txt (dev, test, test2 …
test12) and no pfr page (DATE-PAGE) listed there; no day (xwlb or pfr) of a passage of
benchmarks/data/entities/passages/; no xwlb day written anywhere under tests/ (as YYYY-MM-DD,
YYYYMMDD, YYYY/MM/DD or YYYY年M月D日), nor one of the 20 days tests/test_real_corpus.py reads, and
no pfr page (DATE-PAGE) that a file under tests/ names. The kinds, their keyword tests and quotas
are test8's (KINDS, PFR_KINDS, the last ``any`` draw filling the pfr places the kinds leave, the
last ``fallback`` draw from the appointment kind filling the xwlb places the kinds leave, to 26
in all); the candidates of a kind are shuffled with one ``random.Random(2059)`` and taken in that
order, skipping a day (xwlb) already taken, a pfr day already used twice, and the drawn
candidates listed in PASSED_OVER (they name no person by a full name, or, for the appointment
kinds, no appointed or removed person). The splits left out are named (SPLITS, NODES_SPLITS,
test9 … test12), so later splits do not change the draw; the dates under tests/ are read as they
are, so the draw is the one of the tree it was committed with.
"""

from __future__ import annotations

import sys

from select_test5 import HERE, NODES_SPLITS, SPLITS, select, show

XWLB_TOTAL = 26
PASSED_OVER: set = {
    # appointment kind: no one appointed or removed by name
    ("2023-12-08", (4,)),  # 宪法宣誓仪式, the unnamed appointees (as dev3, test7, test8)
    ("2023-06-26", (7,)),  # 审议了有关任免案 (as test6, test7, test8)
    ("2023-08-28", (3,)),  # 审议了有关任免案
    ("2023-12-26", (4,)),  # 委员长会议, 任免案审议情况的汇报 (as test7)
    # decision kind: no person appointed or removed (as test4 … test8)
    ("2024-04-13", (4,)),  # 免去了不少物流环节
    ("2024-07-10", (10,)),  # 由联合国机构任命的独立专家组
    # fallback (appointment kind): no one appointed or removed by name
    ("2023-02-16", (4,)),  # 委员长会议, 审议有关任免案 on the agenda (as test6, test7)
    ("2024-12-21", (3,)),  # 审议了有关任免案 (as test6, test7)
    ("2023-05-04", (12,)),  # 快讯: 冲突双方分别任命一名代表 (as test8)
    ("2022-12-27", (2,)),  # 审议了有关任免案
    ("2022-10-13", (4,)),  # 委员长会议, 审议有关任免案 on the agenda
    ("2024-04-16", (6,)),  # 委员长会议, 审议有关任免案 on the agenda
    ("2023-03-04", (10,)),  # 新闻发布会, 决定任命国家机构组成人员 on the agenda
    ("2024-04-23", (2,)),  # 审议了有关任免案
    ("2024-08-27", (2,)),  # 委员长会议, 审议有关任免案 on the agenda (as test8)
    # award, union and documents kinds: no person named
    ("2022-12-20", (11,)),  # award (仪式): a flag-raising in Macao
    ("2023-11-08", (7,)),  # award (签约): signings at the 进博会
    ("2023-08-28", (11,)),  # union (快讯): 全国总工会下拨…资金
    ("2023-01-30", (9,)),  # documents (快讯): 中国人民银行印发通知, no titled document
    # pfr
    "19980104-04-016-002",  # appointment kind: 新当选的居委会主任, none named (as test7)
    "19980109-03-011-001",  # union kind: 全国总工会…摄制组, the only name a byline (尔冬)
    "19980125-01-004-012",  # award kind: 孔子 and 荀子 only (as test4, test7)
}


def main() -> None:
    drawn = select(
        2059,
        (*SPLITS, "test5", "test6", "test7", "test8"),
        PASSED_OVER,
        XWLB_TOTAL,
        nodes_splits=(*NODES_SPLITS, "test9", "test10", "test11", "test12"),
    )
    show(drawn, HERE / "test9", write="--write" in sys.argv)


if __name__ == "__main__":
    main()
