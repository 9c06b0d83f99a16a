"""How the passages of ``test37/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test37.py [--write] [--stats]

test37 is held out: 30 People's Daily paragraphs of January 1998 (``pfr199801.jsonl.gz``):
test36's draw (select_test25's ``redraw``, test27's exclusions, 30 paragraphs) with a new seed,
leaving out as well the paragraphs test36 passed over (its SKIPPED_PFR and SKIPPED_MSRA hold the
earlier ones). The MSRA lines passing a kind's test were used up by test35, so the 20 asked for
give none; no People's Daily paragraph passes a kind's keyword test either, so all 30 are drawn
from any subject. What this draw keeps of its own is its seed, its total and its
PASSED_OVER. This split's own files (``test37/``, this script, and the test37 section and rows
of the events README.md) are never read, so committing them does not change the draw.
The exclusions read the working tree, and one more file quoting a candidate removes it and
reshuffles the rest (the session's own tests, written after the draw, may quote People's Daily
lines): the draw is redone on the tree of commit ``8f5002f`` with this split's files added (``git
worktree add ../wt 8f5002f``, copy them in, the section and rows merged into README.md, run it
there: the same 30 files), not on a later tree.

**Exclusions, kinds and quotas**: test27's (see select_test27.py and select_test30.py). One
``random.Random(3737)``.

PASSED_OVER: by test4's rule as test16, test19, test20 and test24 to test36 applied it, drawn
passages that name no person by a full name or whose keyword is no event of a named person (each
with its reason below, in the order met: a first round passed over seven paragraphs, a second
four, a third one, a fourth none).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test36 import SKIPPED_MSRA as TEST36_SKIPPED_MSRA
from select_test36 import SKIPPED_PFR as TEST36_SKIPPED_PFR

OWN = "test37"
SCRIPT = Path(__file__).resolve()

SEED = 3737
PFR_TOTAL = 30

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980107-01-004-009": "all: Chairman Mao's memorial hall reopened, no person by a full name",
    "19980112-02-020-001": "all: a biotech plant opened in Changchun, named only by a byline",
    "19980114-06-011-002": "all: Pakistan's suit over F-16 fighters, named only by a byline",
    "19980114-11-006-006": "all: workers' unpaid wages, no person by a full name (丁某)",
    "19980115-11-006-006": "all: a Uyghur trader's breakfast, no person by a full name (热瓦甫)",
    "19980116-05-013-002": "all: the clean-up of Baiyangdian lake, named only by a byline",
    "19980123-12-004-012": "all: the building of a Sui-dynasty bridge, no person named",
    "19980107-07-008-002": "all: American research on dreams, named only by a byline",
    "19980112-03-012-001": "all: an army hospital's medical letters, named only by a byline",
    "19980114-10-003-004": "all: a reader's view on property rights, named only by a signature",
    "19980116-10-001-008": "all: a series of children's books, no person named",
    "19980114-10-006-002": "all: illegal antimony mining, named only by a signature",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
}
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST36_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST36_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA, PFR_TOTAL)


if __name__ == "__main__":
    main()
