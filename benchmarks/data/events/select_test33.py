"""How the passages of ``test33/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test33.py [--write] [--stats]

test33 is held out: 30 passages, 10 People's Daily paragraphs of January 1998
(``pfr199801.jsonl.gz``) and 20 single sentences of the MSRA NER corpus (``msra_train.jsonl.gz``),
weighted toward who did what: test32's draw (select_test25's ``redraw``, test27's quotas 10 + 20
and exclusions) with a new seed, leaving out as well the paragraphs and lines test32 passed over
(its SKIPPED_PFR and SKIPPED_MSRA hold the earlier ones). What this draw keeps of its own is its
seed and its PASSED_OVER. This split's own files (``test33/``, this script, and the test33 section
and rows of the events README.md) are never read, so committing them does not change the draw.
The exclusions read the working tree, and one more file quoting a candidate removes it and
reshuffles the rest (the session's own tests, written after the draw, may quote People's Daily
lines): the draw is redone on the tree of commit ``a0c7dc7`` with this split's files added (``git
worktree add ../wt a0c7dc7``, copy them in, the section and rows merged into README.md, run it
there: the same 30 files), not on a later tree.

**Exclusions, kinds and quotas**: test27's (see select_test27.py and select_test30.py). One
``random.Random(3333)``.

PASSED_OVER: by test4's rule as test16, test19, test20 and test24 to test32 applied it, drawn
passages that name no person by a full name or whose keyword is no event of a named person (each
with its reason below, in the order met; the second round passed over one paragraph, the
third none).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test32 import SKIPPED_MSRA as TEST32_SKIPPED_MSRA
from select_test32 import SKIPPED_PFR as TEST32_SKIPPED_PFR

HERE = Path(__file__).resolve().parent
OWN = "test33"
OUT = HERE / OWN
SCRIPT = Path(__file__).resolve()

SEED = 3333

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980113-03-009-001": "all: a county police bureau's campaign, named only by a byline",
    "19980122-07-002-007": "all: a government's decision to found a bank, named only by a byline",
    "19980121-07-002-002": "all: the price of gold in London, named only by a byline",
    "19980123-09-008-002": "all: a film's plot, its characters named by given names alone (as "
    "test32's cartoon book)",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
    1799: "conference: praise at meetings by 黄, a surname alone (as test32's 周总理)",
    4101: "ceremony: a school's unveiling, no person of it named (邓小平 only quoted)",
    30879: "any: a bureau's bulletin, named only by a byline",
    32620: "any: a prize-winner's proposals, no person named",
    37771: "any: leaders and scholars' lectures, no person named",
}
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST32_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST32_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA)


if __name__ == "__main__":
    main()
