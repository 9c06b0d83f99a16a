"""How the passages of ``test41/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test41.py [--write] [--stats]

test41 is held out: 30 People's Daily paragraphs of January 1998 (``pfr199801.jsonl.gz``):
test40's draw (select_test25's ``redraw``, test27's exclusions, 30 paragraphs of any subject) with
a new seed, leaving out as well the paragraphs test40 passed over (its SKIPPED_PFR and
SKIPPED_MSRA hold test39's and the earlier ones). What this draw keeps of its own is its seed, its
total and its PASSED_OVER. This split's own files (``test41/``, this script, and the test41
section and rows of the events README.md) are never read, so committing them does not change the
draw. The exclusions read the working tree, and one more file quoting a candidate removes it and
reshuffles the rest: the draw is redone on the tree of commit ``5437be4`` with this split's files
added (``git worktree add ../wt 64185b0``, copy them in, the section and rows merged into
README.md, run it there: the same 30 files), not on a later tree.

**Exclusions, kinds and quotas**: test27's (see select_test27.py and select_test30.py). One
``random.Random(4141)``.

PASSED_OVER: by test4's rule as test16, test19, test20 and test24 to test40 applied it, drawn
passages that name no person by a full name or whose keyword is no event of a named person (each
with its reason below, in the order met: a first round passed over seven paragraphs, a second
two).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test40 import SKIPPED_MSRA as TEST40_SKIPPED_MSRA
from select_test40 import SKIPPED_PFR as TEST40_SKIPPED_PFR

OWN = "test41"
SCRIPT = Path(__file__).resolve()

SEED = 4141
PFR_TOTAL = 30

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980105-02-007-002": "all: fees abolished by two ministries, named only by a byline",
    "19980105-12-009-001": "all: a big-screen television made, named only by a byline",
    "19980106-02-008-001": "all: a city's income tax, named only by a byline",
    "19980108-05-003-002": "all: cosmic dust found in Jixian, named only by a byline",
    "19980121-02-010-003": "all: a cable group's growth, named only by a byline",
    "19980121-10-004-003": "all: a traffic jam on the road to Chongqing, named only by a signature",
    "19980122-05-012-001": "all: Beijing's temple fair, named only by a byline",
    "19980108-02-013-001": "all: an air separation plant at work, named only by a byline",
    "19980121-11-007-007": "all: respecting one's child, naming no one by a full name",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
}
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST40_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST40_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA, PFR_TOTAL)


if __name__ == "__main__":
    main()
