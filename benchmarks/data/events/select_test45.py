"""How the passages of ``test45/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test45.py [--write] [--stats]

test45 is held out: 30 People's Daily paragraphs of January 1998 (``pfr199801.jsonl.gz``):
test44's draw (select_test25's ``redraw``, test27's exclusions, 30 paragraphs of any subject) with
a new seed, leaving out as well the paragraphs test44 passed over (its SKIPPED_PFR and
SKIPPED_MSRA hold test42's and the earlier ones). What this draw keeps of its own is its seed, its
total and its PASSED_OVER. This split's own files (``test45/``, this script, and the test45
section and rows of the events README.md) are never read, so committing them does not change the
draw. The exclusions read the working tree, and one more file quoting a candidate removes it and
reshuffles the rest: the draw is redone on the tree of commit ``203c01f`` with this split's files
added (``git worktree add ../wt 203c01f``, copy them in, the section and rows merged into
README.md, run it there: the same 30 files), not on a later tree.

**Exclusions, kinds and quotas**: test27's (see select_test27.py and select_test30.py). One
``random.Random(4545)``.

PASSED_OVER: by test4's rule as test16, test19, test20 and test24 to test44 applied it, drawn
passages that name no person by a full name or whose keyword is no event of a named person (each
with its reason below, in the order met: a first round passed over nine paragraphs, a second
five).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test44 import SKIPPED_MSRA as TEST44_SKIPPED_MSRA
from select_test44 import SKIPPED_PFR as TEST44_SKIPPED_PFR

OWN = "test45"
SCRIPT = Path(__file__).resolve()

SEED = 4545
PFR_TOTAL = 30

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980104-04-015-002": "all: newspapers delivered to Tianjin homes, named only by a byline",
    "19980113-03-002-009": "all: service teams on the Lanzhou-Xinjiang line, naming no one",
    "19980114-11-006-003": "all: a migrant carpenter's account, naming no one by a full name",
    "19980118-01-006-005": "all: the Xia-Shang-Zhou chronology project, naming no one",
    "19980119-10-008-020": "all: stock indexes of Shanghai and Shenzhen, named only by a byline",
    "19980122-02-002-009": "all: water brought to a village, naming no one by a full name",
    "19980126-05-003-010": "all: a secretary's visit to a pupil, naming no one by a full name",
    "19980126-05-004-003": "all: plank roads by the Yellow River, named only by a photo credit",
    "19980127-03-013-001": "all: fireworks sellers detained in Beijing, named only by a byline",
    "19980112-01-005-002": "all: Shanghai's second metro line dug, named only by a photo credit",
    "19980113-07-001-004": "all: Hashimoto's speech on public funds, naming no one by a full name",
    "19980118-03-001-009": "all: a Russian teacher of Chinese, named only by her given name",
    "19980119-05-012-002": "all: a method to sort phone batteries, named only by a byline",
    "19980122-06-010-002": "all: three left parties' statement on Cuba, named only by a byline",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
}
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST44_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST44_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA, PFR_TOTAL)


if __name__ == "__main__":
    main()
