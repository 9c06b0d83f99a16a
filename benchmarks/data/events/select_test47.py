"""How the passages of ``test47/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test47.py [--write] [--stats]

test47 is held out: 30 People's Daily paragraphs of January 1998 (``pfr199801.jsonl.gz``):
test46's draw (select_test25's ``redraw``, test27's exclusions, 30 paragraphs of any subject) with
a new seed, leaving out as well the paragraphs test46 passed over (its SKIPPED_PFR and
SKIPPED_MSRA hold test45's and the earlier ones). What this draw keeps of its own is its seed, its
total and its PASSED_OVER. This split's own files (``test47/``, this script, and the test47
section and rows of the events README.md) are never read, so committing them does not change the
draw. The exclusions read the working tree, and one more file quoting a candidate removes it and
reshuffles the rest: the draw is redone on the tree of commit ``a2b86c5`` with this split's files
added (``git worktree add ../wt a2b86c5``, copy them in, the section and rows merged into
README.md, run it there: the same 30 files), not on a later tree.

**Exclusions, kinds and quotas**: test27's (see select_test27.py and select_test30.py). One
``random.Random(4747)``.

PASSED_OVER: by test4's rule as test16, test19, test20 and test24 to test46 applied it, drawn
passages that name no person by a full name or whose keyword is no event of a named person (each
with its reason below, in the order met: one round passed over eight paragraphs; the second
round's eight drawn in their place were all kept).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test46 import SKIPPED_MSRA as TEST46_SKIPPED_MSRA
from select_test46 import SKIPPED_PFR as TEST46_SKIPPED_PFR

OWN = "test47"
SCRIPT = Path(__file__).resolve()

SEED = 4747
PFR_TOTAL = 30

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980104-01-008-002": "all: Zhejiang's poor counties, named only by a byline",
    "19980108-01-007-006": "all: railway ticket windows, named only by a byline",
    "19980109-02-001-002": "all: Tangshan's farmland, named only by a byline",
    "19980109-02-007-002": "all: scrapped cars' recyclers, named only by a byline",
    "19980122-11-005-005": "all: a postman named only 小许",
    "19980123-03-003-002": "all: Shanxi's soldiers' families, named only by a byline",
    "19980125-09-009-002": "all: a down jacket's quality, named only by a byline",
    "19980126-02-011-026": "all: a dairy's ice lollies in Wuhan, naming no one",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
}
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST46_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST46_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA, PFR_TOTAL)


if __name__ == "__main__":
    main()
