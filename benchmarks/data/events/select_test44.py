"""How the passages of ``test44/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test44.py [--write] [--stats]

test44 is held out: 30 People's Daily paragraphs of January 1998 (``pfr199801.jsonl.gz``):
test43's draw (select_test25's ``redraw``, test27's exclusions, 30 paragraphs of any subject) with
a new seed, leaving out as well the paragraphs test43 passed over (its SKIPPED_PFR and
SKIPPED_MSRA hold test42's and the earlier ones). What this draw keeps of its own is its seed, its
total and its PASSED_OVER. This split's own files (``test44/``, this script, and the test44
section and rows of the events README.md) are never read, so committing them does not change the
draw. The exclusions read the working tree, and one more file quoting a candidate removes it and
reshuffles the rest: the draw is redone on the tree of commit ``9805f33`` with this split's files
added (``git worktree add ../wt 9805f33``, copy them in, the section and rows merged into
README.md, run it there: the same 30 files), not on a later tree.

**Exclusions, kinds and quotas**: test27's (see select_test27.py and select_test30.py). One
``random.Random(4444)``.

PASSED_OVER: by test4's rule as test16, test19, test20 and test24 to test43 applied it, drawn
passages that name no person by a full name or whose keyword is no event of a named person (each
with its reason below, in the order met: a first round passed over nine paragraphs, a second
three; the third round's replacements were kept).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test43 import SKIPPED_MSRA as TEST43_SKIPPED_MSRA
from select_test43 import SKIPPED_PFR as TEST43_SKIPPED_PFR

OWN = "test44"
SCRIPT = Path(__file__).resolve()

SEED = 4444
PFR_TOTAL = 30

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980102-02-003-002": "all: Nanjing's aid to families in need, named only by a byline",
    "19980106-02-004-002": "all: a wind-power joint venture signed, named only by a byline",
    "19980115-11-008-003": "all: a song-and-dance drama of Hulunbuir, named only by a byline",
    "19980116-01-005-002": "all: inbound tourism figures, named only by a byline",
    "19980121-11-004-003": "all: a radio station's letter on a page, named only by a signature",
    "19980125-05-001-014": "all: a flower market in Liuzhou, named only by a photo credit",
    "19980126-05-007-002": "all: a teachers' training centre founded, named only by a byline",
    "19980126-05-012-003": "all: a children's magazine, named only by a byline",
    "19980127-02-008-002": "all: Fujian's villages out of poverty, named only by a byline",
    "19980106-01-003-002": "all: a duck farm in Longhai, named only by a photo credit",
    "19980115-02-004-002": "all: Bank of China's profits, named only by a byline",
    "19980119-10-007-004": "all: insurance fraud by brothers, naming no one by a full name",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
}
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST43_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST43_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA, PFR_TOTAL)


if __name__ == "__main__":
    main()
