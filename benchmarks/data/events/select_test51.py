"""How the passages of ``test51/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test51.py [--write] [--stats]

test51 is held out: 30 People's Daily paragraphs of January 1998 (``pfr199801.jsonl.gz``):
test50's draw (select_test25's ``redraw``, test27's exclusions, 30 paragraphs of any subject) with
a new seed, leaving out as well the paragraphs test50 passed over (its SKIPPED_PFR and
SKIPPED_MSRA hold test49's and the earlier ones). What this draw keeps of its own is its seed, its
total and its PASSED_OVER. This split's own files (``test51/``, this script, and the test51
section and rows of the events README.md) are never read, so committing them does not change the
draw. The exclusions read the working tree, and one more file quoting a candidate removes it and
reshuffles the rest: the draw is redone on the tree of commit ``44210bc`` with this split's files
added (``git worktree add ../wt 44210bc``, copy them in, the section and rows merged into
README.md, run it there: the same 30 files), not on a later tree.

**Exclusions, kinds and quotas**: test27's (see select_test27.py and select_test30.py). One
``random.Random(5151)``.

PASSED_OVER: by test4's rule as test16, test19, test20 and test24 to test50 applied it, drawn
passages that name no person by a full name or whose keyword is no event of a named person (each
with its reason below, in the order met: a first round passed over six paragraphs; the
second round's six were kept).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test50 import SKIPPED_MSRA as TEST50_SKIPPED_MSRA
from select_test50 import SKIPPED_PFR as TEST50_SKIPPED_PFR

OWN = "test51"
SCRIPT = Path(__file__).resolve()

SEED = 5151
PFR_TOTAL = 30

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980106-11-014-001": "all: a police TV series begins shooting, named only by a byline",
    "19980112-11-009-006": "all: a steel group's four guarantees, named only by a byline",
    "19980119-09-003-004": "all: a book on Deng Xiaoping Theory, names only in its columns",
    "19980122-05-010-003": "all: a hospital's medical teams, named only by a byline",
    "19980123-06-009-002": "all: American scientists clone calves, named only by a byline",
    "19980125-10-005-018": "all: a mine's ten improvements, Marx only in a theory's name",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
}
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST50_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST50_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA, PFR_TOTAL)


if __name__ == "__main__":
    main()
