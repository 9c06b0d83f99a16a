"""How the passages of ``test40/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test40.py [--write] [--stats]

test40 is held out: 30 People's Daily paragraphs of January 1998 (``pfr199801.jsonl.gz``):
test39's draw (select_test25's ``redraw``, test27's exclusions, 30 paragraphs of any subject) with
a new seed, leaving out as well the paragraphs test39 passed over (its SKIPPED_PFR and
SKIPPED_MSRA hold test37's and the earlier ones). What this draw keeps of its own is its seed, its
total and its PASSED_OVER. This split's own files (``test40/``, this script, and the test40
section and rows of the events README.md) are never read, so committing them does not change the
draw. The exclusions read the working tree, and one more file quoting a candidate removes it and
reshuffles the rest: the draw is redone on the tree of commit ``64185b0`` with this split's files
added (``git worktree add ../wt 64185b0``, copy them in, the section and rows merged into
README.md, run it there: the same 30 files), not on a later tree.

**Exclusions, kinds and quotas**: test27's (see select_test27.py and select_test30.py). One
``random.Random(4040)``.

PASSED_OVER: by test4's rule as test16, test19, test20 and test24 to test39 applied it, drawn
passages that name no person by a full name or whose keyword is no event of a named person (each
with its reason below, in the order met: a first round passed over five paragraphs, a second
one, a third one, a fourth one).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test39 import SKIPPED_MSRA as TEST39_SKIPPED_MSRA
from select_test39 import SKIPPED_PFR as TEST39_SKIPPED_PFR

OWN = "test40"
SCRIPT = Path(__file__).resolve()

SEED = 4040
PFR_TOTAL = 30

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980101-02-013-003": "all: an oil field's offshore wells, named only by a byline",
    "19980105-04-009-002": "all: relief flown to Tibet's snow, named only by a byline",
    "19980112-01-008-003": "all: Zhangbei's quake relief, named only by a byline",
    "19980119-11-005-003": "all: the year's ten space stories, named only by a byline",
    "19980120-06-004-002": "all: Germany's quake aid, named only by a byline",
    "19980112-12-005-016": "all: housing reform's subsidies, named only by a byline",
    "19980105-08-007-002": "all: a volleyball league's second round, named only by a byline",
    "19980121-09-005-004": "all: a grandfather's nursery, named only by a byline",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
}
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST39_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST39_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA, PFR_TOTAL)


if __name__ == "__main__":
    main()
