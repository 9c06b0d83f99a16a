"""How the passages of ``test48/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test48.py [--write] [--stats]

test48 is held out: 30 People's Daily paragraphs of January 1998 (``pfr199801.jsonl.gz``):
test47's draw (select_test25's ``redraw``, test27's exclusions, 30 paragraphs of any subject) with
a new seed, leaving out as well the paragraphs test47 passed over (its SKIPPED_PFR and
SKIPPED_MSRA hold test46's and the earlier ones). What this draw keeps of its own is its seed, its
total and its PASSED_OVER. This split's own files (``test48/``, this script, and the test48
section and rows of the events README.md) are never read, so committing them does not change the
draw. The exclusions read the working tree, and one more file quoting a candidate removes it and
reshuffles the rest: the draw is redone on the tree of commit ``6cd8032`` with this split's files
added (``git worktree add ../wt 6cd8032``, copy them in, the section and rows merged into
README.md, run it there: the same 30 files), not on a later tree.

**Exclusions, kinds and quotas**: test27's (see select_test27.py and select_test30.py). One
``random.Random(4848)``.

PASSED_OVER: by test4's rule as test16, test19, test20 and test24 to test47 applied it, drawn
passages that name no person by a full name or whose keyword is no event of a named person (each
with its reason below, in the order met: a first round passed over six paragraphs, a second
two, a third two, a fourth one; the fifth round's one was kept).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test47 import SKIPPED_MSRA as TEST47_SKIPPED_MSRA
from select_test47 import SKIPPED_PFR as TEST47_SKIPPED_PFR

OWN = "test48"
SCRIPT = Path(__file__).resolve()

SEED = 4848
PFR_TOTAL = 30

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980101-03-010-002": "all: a town's new-year lights in Maryland, named only by a byline",
    "19980108-05-008-002": "all: an environmental certification committee, named only by a byline",
    "19980114-05-003-005": "all: a fossil find's appraisal, named only by a byline",
    "19980120-01-010-004": "all: public order in Zhangbei's quake area, named only by a byline",
    "19980122-03-005-007": "all: a worker named only 刘师傅",
    "19980130-01-006-002": "all: Urumqi's street sweepers, named only by a byline",
    "19980121-02-013-004": "all: a steelworks' cost drive, named only by a byline",
    "19980122-02-002-010": "all: a village's fuel forest, a villager named only 王老汉",
    "19980105-12-006-004": "all: a paging service's operators, named only by a byline",
    "19980122-03-006-002": "all: Ganzhou's help for poor workers, named only by a byline",
    "19980122-11-005-007": "all: a postman named only 小许",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
}
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST47_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST47_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA, PFR_TOTAL)


if __name__ == "__main__":
    main()
