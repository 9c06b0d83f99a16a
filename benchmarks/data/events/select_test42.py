"""How the passages of ``test42/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test42.py [--write] [--stats]

test42 is held out: 30 People's Daily paragraphs of January 1998 (``pfr199801.jsonl.gz``):
test41's draw (select_test25's ``redraw``, test27's exclusions, 30 paragraphs of any subject) with
a new seed, leaving out as well the paragraphs test41 passed over (its SKIPPED_PFR and
SKIPPED_MSRA hold test39's and the earlier ones). What this draw keeps of its own is its seed, its
total and its PASSED_OVER. This split's own files (``test42/``, this script, and the test42
section and rows of the events README.md) are never read, so committing them does not change the
draw. The exclusions read the working tree, and one more file quoting a candidate removes it and
reshuffles the rest: the draw is redone on the tree of commit ``2cac856`` with this split's files
added (``git worktree add ../wt 2cac856``, copy them in, the section and rows merged into
README.md, run it there: the same 30 files), not on a later tree.

**Exclusions, kinds and quotas**: test27's (see select_test27.py and select_test30.py). One
``random.Random(4242)``.

PASSED_OVER: by test4's rule as test16, test19, test20 and test24 to test41 applied it, drawn
passages that name no person by a full name or whose keyword is no event of a named person (each
with its reason below, in the order met: a first round passed over nine paragraphs, a second
one).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test41 import SKIPPED_MSRA as TEST41_SKIPPED_MSRA
from select_test41 import SKIPPED_PFR as TEST41_SKIPPED_PFR

OWN = "test42"
SCRIPT = Path(__file__).resolve()

SEED = 4242
PFR_TOTAL = 30

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980104-03-006-005": "all: a walk through Disneyland, naming no one by a full name",
    "19980108-05-007-006": "all: a retired man's opera troupe, naming no one by a full name",
    "19980109-01-012-001": "all: a bank's new savings network, named only by a signature",
    "19980110-08-002-008": "all: a memoir of wartime Chongqing, naming no one by a full name",
    "19980112-04-011-002": "all: elections of people's congresses, named only by a byline",
    "19980114-05-007-002": "all: a Chinese drug passing a US review, named only by a byline",
    "19980120-07-001-002": "all: Californian exporters looking beyond Asia, named only by a byline",
    "19980125-04-008-003": "all: kumquats on sale in Haikou, naming no one by a full name",
    "19980127-08-008-002": "all: a martial arts contest in Warsaw, named only by a byline",
    "19980114-10-001-009": "all: an essay on joint-stock reform, named only by a signature",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
}
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST41_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST41_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA, PFR_TOTAL)


if __name__ == "__main__":
    main()
