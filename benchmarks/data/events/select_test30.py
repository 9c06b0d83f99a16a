"""How the passages of ``test30/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test30.py [--write] [--stats]

test30 is held out: 30 passages, 10 People's Daily paragraphs of January 1998
(``pfr199801.jsonl.gz``) and 20 single sentences of the MSRA NER corpus (``msra_train.jsonl.gz``),
weighted toward who did what: test27's draw (select_test25's ``select25`` and ``show``, its quotas
10 + 20, its exclusions) with a new seed, leaving out as well the paragraphs and lines test27 and
test28 passed over (test28's SKIPPED_MSRA holds test27's and the earlier ones). The transcript
items are used up: test18's item rule leaves none free once the probe lists of sessions 10 to 18
and every split's files are read. What this draw keeps of its own is its seed and its
PASSED_OVER. This split's own files (``test30/``, this script, and the test30 section and rows of
the events README.md) are never read, so committing them does not change the draw; the section's
text and the table's rows waiting beside the README as ``test30_section.md`` and
``test30_rows.md`` are not among them, so they are merged into README.md and removed before the
draw is rerun. The exclusions read the working tree, and one more file quoting a candidate removes
it and reshuffles the rest (the session's own tests, written after the draw, quote People's Daily
lines): the draw is redone on the tree of commit ``489b6b1`` with this split's files added (``git
worktree add ../wt 489b6b1``, copy them in, the section and rows merged into README.md, run it
there: the same 30 files), not on a later tree.

**Exclusions, kinds and quotas**: test27's (see select_test27.py): a candidate is left out when it
shares a stretch of 14 characters with a text file under ``tests/``, ``benchmarks/``, ``src/``,
``ontology/`` or with README.md, or when its whole text occurs in one; a People's Daily paragraph
on an entities passage's day, in ``probed_pfr.txt`` or whose id a file names is left out, and so
is an MSRA line a ``msra-N`` in a file or a file's name names. People's Daily by ``draws.PFR_KINDS``
with test25's quotas, then ``any``, then ``all``, at most 2 paragraphs a day; MSRA by test16's
keyword tests with test25's quotas, then ``any``. One ``random.Random(3030)``.

PASSED_OVER: by test4's rule as test16, test19, test20 and test24 to test28 applied it, drawn
passages that name no person by a full name or whose keyword is no event of a named person (each
with its reason below, in the order met).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test27 import SKIPPED_PFR as TEST27_SKIPPED_PFR
from select_test28 import SKIPPED_MSRA as TEST28_SKIPPED_MSRA

HERE = Path(__file__).resolve().parent
OWN = "test30"
OUT = HERE / OWN
SCRIPT = Path(__file__).resolve()

SEED = 3030

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980118-04-002-005": "all: a model official's honours and tour, named only 老侯 (surname and "
    "an address, as test27's 何大爷)",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
    2138: "conference: a congress closing in Shanghai, its people named only 我 and 家宝 (a given "
    "name, as test27's 李主席 a surname and title)",
    3097: "award: a scholar's prizes, named only 李先生 (surname and title, as test24's 李主席)",
    29169: "conference: a 座谈会 remembering 小平同志 (a given name), no person of it named",
}
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST27_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST28_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA)


if __name__ == "__main__":
    main()
