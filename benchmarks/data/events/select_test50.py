"""How the passages of ``test50/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test50.py [--write] [--stats]

test50 is held out: 30 People's Daily paragraphs of January 1998 (``pfr199801.jsonl.gz``):
test49's draw (select_test25's ``redraw``, test27's exclusions, 30 paragraphs of any subject) with
a new seed, leaving out as well the paragraphs test49 passed over (its SKIPPED_PFR and
SKIPPED_MSRA hold test48's and the earlier ones). What this draw keeps of its own is its seed, its
total and its PASSED_OVER. This split's own files (``test50/``, this script, and the test50
section and rows of the events README.md) are never read, so committing them does not change the
draw. The exclusions read the working tree, and one more file quoting a candidate removes it and
reshuffles the rest: the draw is redone on the tree of commit ``1d1d06b`` with this split's files
added (``git worktree add ../wt 1d1d06b``, copy them in, the section and rows merged into
README.md, run it there: the same 30 files), not on a later tree.

**Exclusions, kinds and quotas**: test27's (see select_test27.py and select_test30.py). One
``random.Random(5050)``.

PASSED_OVER: by test4's rule as test16, test19, test20 and test24 to test49 applied it, drawn
passages that name no person by a full name or whose keyword is no event of a named person (each
with its reason below, in the order met: a first round passed over seven paragraphs, a
second two, a third one; the fourth round's one was kept).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test49 import SKIPPED_MSRA as TEST49_SKIPPED_MSRA
from select_test49 import SKIPPED_PFR as TEST49_SKIPPED_PFR

OWN = "test50"
SCRIPT = Path(__file__).resolve()

SEED = 5050
PFR_TOTAL = 30

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980106-04-007-002": "all: Harbin's ice festival opened, named only by a photo byline",
    "19980108-05-009-002": "all: a container inspection system approved, named only by a byline",
    "19980108-07-002-002": "all: Thailand's reshuffle of a bank's board, named only by a byline",
    "19980109-02-005-002": "all: the People's Insurance Company's premiums, named only by a byline",
    "19980114-04-018-002": "all: Guizhou's poor lifted above subsistence, named only by a byline",
    "19980117-08-005-002": "all: a women's police squad, named only by a photo byline",
    "19980120-12-008-006": "all: a doctor's papers honoured, named only as 王大夫",
    "19980108-02-001-002": "all: airports finished in 1997, named only by a byline",
    "19980120-02-005-002": "all: Kunming's tourists abroad, named only by a byline",
    "19980123-10-003-007": "all: Beijing TV's holiday films, naming no person",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
}
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST49_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST49_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA, PFR_TOTAL)


if __name__ == "__main__":
    main()
