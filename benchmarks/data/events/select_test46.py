"""How the passages of ``test46/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test46.py [--write] [--stats]

test46 is held out: 30 People's Daily paragraphs of January 1998 (``pfr199801.jsonl.gz``):
test45's draw (select_test25's ``redraw``, test27's exclusions, 30 paragraphs of any subject) with
a new seed, leaving out as well the paragraphs test45 passed over (its SKIPPED_PFR and
SKIPPED_MSRA hold test44's and the earlier ones). What this draw keeps of its own is its seed, its
total and its PASSED_OVER. This split's own files (``test46/``, this script, and the test46
section and rows of the events README.md) are never read, so committing them does not change the
draw. The exclusions read the working tree, and one more file quoting a candidate removes it and
reshuffles the rest: the draw is redone on the tree of commit ``0d38d5f`` with this split's files
added (``git worktree add ../wt 0d38d5f``, copy them in, the section and rows merged into
README.md, run it there: the same 30 files), not on a later tree.

**Exclusions, kinds and quotas**: test27's (see select_test27.py and select_test30.py). One
``random.Random(4646)``.

PASSED_OVER: by test4's rule as test16, test19, test20 and test24 to test45 applied it, drawn
passages that name no person by a full name or whose keyword is no event of a named person (each
with its reason below, in the order met: a first round passed over four paragraphs, a second
two).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test45 import SKIPPED_MSRA as TEST45_SKIPPED_MSRA
from select_test45 import SKIPPED_PFR as TEST45_SKIPPED_PFR

OWN = "test46"
SCRIPT = Path(__file__).resolve()

SEED = 4646
PFR_TOTAL = 30

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980102-03-011-001": "all: a Swiss atomic clock, naming no one",
    "19980113-07-002-002": "all: the Yugoslav dinar's rate, named only by a byline",
    "19980116-02-018-001": "all: a Guizhou maker of chilli foods, named only by a byline",
    "19980122-03-012-001": "all: Inner Mongolia's border troops' aid, named only by a byline",
    "19980114-05-005-004": "all: a telecoms maker's imported techniques, named only by a byline",
    "19980122-05-004-004": "all: a community clinic's half year, named only by a byline",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
}
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST45_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST45_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA, PFR_TOTAL)


if __name__ == "__main__":
    main()
