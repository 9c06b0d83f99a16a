"""How the passages of ``test43/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test43.py [--write] [--stats]

test43 is held out: 30 People's Daily paragraphs of January 1998 (``pfr199801.jsonl.gz``):
test42's draw (select_test25's ``redraw``, test27's exclusions, 30 paragraphs of any subject) with
a new seed, leaving out as well the paragraphs test42 passed over (its SKIPPED_PFR and
SKIPPED_MSRA hold test41's and the earlier ones). What this draw keeps of its own is its seed, its
total and its PASSED_OVER. This split's own files (``test43/``, this script, and the test43
section and rows of the events README.md) are never read, so committing them does not change the
draw. The exclusions read the working tree, and one more file quoting a candidate removes it and
reshuffles the rest: the draw is redone on the tree of commit ``92fc9da`` with this split's files
added (``git worktree add ../wt 92fc9da``, copy them in, the section and rows merged into
README.md, run it there: the same 30 files), not on a later tree.

**Exclusions, kinds and quotas**: test27's (see select_test27.py and select_test30.py). One
``random.Random(4343)``.

PASSED_OVER: by test4's rule as test16, test19, test20 and test24 to test42 applied it, drawn
passages that name no person by a full name or whose keyword is no event of a named person (each
with its reason below, in the order met: one round passed over two paragraphs; their
replacements were kept).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test42 import SKIPPED_MSRA as TEST42_SKIPPED_MSRA
from select_test42 import SKIPPED_PFR as TEST42_SKIPPED_PFR

OWN = "test43"
SCRIPT = Path(__file__).resolve()

SEED = 4343
PFR_TOTAL = 30

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980122-05-002-005": "all: a farm college's extension work, named only by a byline",
    "19980126-09-001-005": "all: a survey of urban household spending, naming no one",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
}
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST42_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST42_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA, PFR_TOTAL)


if __name__ == "__main__":
    main()
