"""How the passages of ``test36/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test36.py [--write] [--stats]

test36 is held out: 30 People's Daily paragraphs of January 1998 (``pfr199801.jsonl.gz``):
test35's draw (select_test25's ``redraw``, test27's exclusions) with a new seed, leaving out as
well the paragraphs and lines test35 passed over (its SKIPPED_PFR and SKIPPED_MSRA hold the
earlier ones), and 30 paragraphs. The MSRA lines passing a kind's test were used up by test35, so
the 20 asked for give none. What this draw keeps of its own is its seed, its total and its
PASSED_OVER. This split's own files (``test36/``, this script, and the test36 section and rows
of the events README.md) are never read, so committing them does not change the draw.
The exclusions read the working tree, and one more file quoting a candidate removes it and
reshuffles the rest (the session's own tests, written after the draw, may quote People's Daily
lines): the draw is redone on the tree of commit ``af75ac1`` with this split's files added (``git
worktree add ../wt af75ac1``, copy them in, the section and rows merged into README.md, run it
there: the same 30 files), not on a later tree.

**Exclusions, kinds and quotas**: test27's (see select_test27.py and select_test30.py). One
``random.Random(3636)``.

PASSED_OVER: by test4's rule as test16, test19, test20 and test24 to test35 applied it, drawn
passages that name no person by a full name or whose keyword is no event of a named person (each
with its reason below, in the order met: a first round passed over seven paragraphs, a second
two, a third none).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test35 import SKIPPED_MSRA as TEST35_SKIPPED_MSRA
from select_test35 import SKIPPED_PFR as TEST35_SKIPPED_PFR

HERE = Path(__file__).resolve().parent
OWN = "test36"
OUT = HERE / OWN
SCRIPT = Path(__file__).resolve()

SEED = 3636
PFR_TOTAL = 30

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980104-01-007-002": "all: greenhouse farming in Jiaozuo, named only by a byline",
    "19980105-11-002-003": "all: a neighbour's telephone bill, no person by a full name (小亮)",
    "19980112-05-009-003": "all: a series of books on the environment, named only by a byline",
    "19980112-07-001-005": "all: tourism in South-East Asia, named only by a byline",
    "19980120-05-008-002": "all: a school's teaching research, named only by a byline",
    "19980124-06-004-006": "all: a boy's handiwork, no person by a full name (萨沙)",
    "19980126-08-004-002": "all: a beach football semi-final, named only by a byline",
    "19980116-10-001-006": "all: a series of children's books, no person named",
    "19980126-04-011-002": "all: Wuhan's new-year lights, named only by a byline",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
}
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST35_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST35_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA, PFR_TOTAL)


if __name__ == "__main__":
    main()
