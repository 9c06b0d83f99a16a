"""How the passages of ``test39/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test39.py [--write] [--stats]

test39 is held out: 30 People's Daily paragraphs of January 1998 (``pfr199801.jsonl.gz``):
test37's draw (select_test25's ``redraw``, test27's exclusions, 30 paragraphs of any subject) with
a new seed, leaving out as well the paragraphs test37 passed over (its SKIPPED_PFR and
SKIPPED_MSRA hold test36's and the earlier ones). What this draw keeps of its own is its seed, its
total and its PASSED_OVER. This split's own files (``test39/``, this script, and the test39
section and rows of the events README.md) are never read, so committing them does not change the
draw. The exclusions read the working tree, and one more file quoting a candidate removes it and
reshuffles the rest: the draw is redone on the tree of commit ``f39e543`` with this split's files
added (``git worktree add ../wt f39e543``, copy them in, the section and rows merged into
README.md, run it there: the same 30 files), not on a later tree.

**Exclusions, kinds and quotas**: test27's (see select_test27.py and select_test30.py). One
``random.Random(3939)``.

PASSED_OVER: by test4's rule as test16, test19, test20 and test24 to test37 applied it, drawn
passages that name no person by a full name or whose keyword is no event of a named person (each
with its reason below, in the order met: a first round passed over three paragraphs, a second
one).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test37 import SKIPPED_MSRA as TEST37_SKIPPED_MSRA
from select_test37 import SKIPPED_PFR as TEST37_SKIPPED_PFR

OWN = "test39"
SCRIPT = Path(__file__).resolve()

SEED = 3939
PFR_TOTAL = 30

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980105-03-006-004": "all: a city's call for civil traffic, named only by a byline",
    "19980107-03-007-001": "all: a county's discipline campaign, named only by a byline",
    "19980108-04-002-004": "all: memories of Premier Zhou, no person by a full name (周总理)",
    "19980130-01-002-002": "all: Anhui's grain purchases, named only by a byline",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
}
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST37_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST37_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA, PFR_TOTAL)


if __name__ == "__main__":
    main()
