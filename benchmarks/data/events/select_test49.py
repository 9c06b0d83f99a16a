"""How the passages of ``test49/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test49.py [--write] [--stats]

test49 is held out: 30 People's Daily paragraphs of January 1998 (``pfr199801.jsonl.gz``):
test48's draw (select_test25's ``redraw``, test27's exclusions, 30 paragraphs of any subject) with
a new seed, leaving out as well the paragraphs test48 passed over (its SKIPPED_PFR and
SKIPPED_MSRA hold test47's and the earlier ones). What this draw keeps of its own is its seed, its
total and its PASSED_OVER. This split's own files (``test49/``, this script, and the test49
section and rows of the events README.md) are never read, so committing them does not change the
draw. The exclusions read the working tree, and one more file quoting a candidate removes it and
reshuffles the rest: the draw is redone on the tree of commit ``995d575`` with this split's files
added (``git worktree add ../wt 995d575``, copy them in, the section and rows merged into
README.md, run it there: the same 30 files), not on a later tree.

**Exclusions, kinds and quotas**: test27's (see select_test27.py and select_test30.py). One
``random.Random(4949)``.

PASSED_OVER: by test4's rule as test16, test19, test20 and test24 to test48 applied it, drawn
passages that name no person by a full name or whose keyword is no event of a named person (each
with its reason below, in the order met: a first round passed over seven paragraphs, a
second one; the third round's one was kept).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test48 import SKIPPED_MSRA as TEST48_SKIPPED_MSRA
from select_test48 import SKIPPED_PFR as TEST48_SKIPPED_PFR

OWN = "test49"
SCRIPT = Path(__file__).resolve()

SEED = 4949
PFR_TOTAL = 30

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980106-02-011-001": "all: a switching system opened in an embassy, named only by a byline",
    "19980107-03-002-005": "all: the army's rules on meeting costs, named only by a byline",
    "19980113-07-004-002": "all: the Washington Monument's closing, named only by a photo byline",
    "19980115-02-008-002": "all: the Badaling tunnel finished, named only by a photo byline",
    "19980119-07-002-002": "all: Europe's view of the Asian crisis, named only by a byline",
    "19980123-02-016-001": "all: FedEx's deal with Shenzhen airport, named only by a byline",
    "19980125-01-001-003": "all: Tanggu district's firms, named only by a byline",
    "19980107-10-003-003": "all: farmers' gift debts, named only by a signed author",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
}
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST48_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST48_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA, PFR_TOTAL)


if __name__ == "__main__":
    main()
