"""How the passages of ``test27/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test27.py [--write] [--stats]

test27 is held out: 30 passages, 10 People's Daily paragraphs of January 1998
(``pfr199801.jsonl.gz``) and 20 single sentences of the MSRA NER corpus (``msra_train.jsonl.gz``),
weighted toward who did what: test26's draw (select_test25's, itself test24's) with a new seed,
its quotas (10 + 20), and test26's passages and passed-over paragraphs and lines left out as well.
The draw is select_test25's own (``select25`` and ``show``, called with this seed and these
passed-over passages; the helpers it calls are select_test19's, draws.py's and select_test24's),
and so are its quotas; what this draw keeps of its own is its seed and its PASSED_OVER (test26's
SKIPPED_PFR and SKIPPED_MSRA are imported, as select_test26 imported test25's). This split's own
files (``test27/``, this script, and the test27 section and rows of the events README.md) are
never read, so committing them does not change the draw; the section's text and the table's rows
waiting beside the README as ``test27_section.md`` and ``test27_rows.md`` are not among them (they
name the drawn paragraphs and lines, which the id and naming rules would then leave out), so they
are merged into README.md and removed before the draw is rerun. The exclusions read the working
tree, and one more file quoting a candidate removes it and reshuffles the rest: the draw is
redone on the tree of commit ``33981c8`` with this split's files added (``git worktree add ../wt
33981c8``, copy them in, the section and rows merged into README.md, run it there: the same 30
files), not on a later tree.

**Exclusions** (select_test19's, read from the working tree, as test24's, test25's and test26's):
a candidate is left out when it shares a stretch of 14 characters (Chinese, digits, Chinese
punctuation; full-width digits read as ASCII) with any text file under ``tests/``,
``benchmarks/``, ``src/``, ``ontology/`` or with README.md, or when its whole text (NFKC,
whitespace removed) occurs in one. Every earlier split's passages and gold are such files,
test26's included, so no passage of any split, and nothing a test, a rule or a lexicon quotes, is
drawn again; nor is an MSRA line that session 28 read as a rule probe (``probed_msra.txt`` names
them as ``msra-N``).

**People's Daily, by paragraph** (select_test19's ``pfr_candidates``): 80-1500 characters, a PER
entity, not on an entities passage's day (3, 11, 29, 31), not in ``probed_pfr.txt``, its id
(``199801DD-PP-AAA-NNN``) written in no repository file (so neither test26's paragraphs, named in
the README's table, nor those select_test26, select_test25 and select_test24 passed over, named in
their scripts; these are also skipped by id, through test26's SKIPPED_PFR), and the stretch rule
above. Kinds: the keyword tests of ``draws.PFR_KINDS`` with test25's quotas: meeting 3,
conference 3, inspection 2, appointment 3, award 2, union 1, issued 1, the total capped at 10,
then ``any`` (a paragraph passing any kind's test), then ``all`` (any subject), as
``draws.draw_paragraphs`` does, at most 2 paragraphs a day, ``random.Random(2727)``. Files
``pfr-YYYYMMDD-N.txt`` (N by paragraph id within the day), a line ``人民日报 1998年1月D日`` (the
page date), then the paragraph's sentences joined, full-width digits as in the corpus.

**MSRA, by line** (test24's pool). Every line of the corpus may be drawn, whatever its residue
``i % 20``, when it has 10-300 characters and a PER entity, passes the stretch rule, is not named
(a ``msra-N`` written in a repository file or a file's name leaves out the line N and the record
``msra-N``, test16's rule) and shares no 14-character stretch with a paragraph drawn above. Kinds:
test16's keyword tests (``select_test16.KINDS``) with test25's quotas: meeting 4, conference 3,
inspection 3, appointment 3, award 1, speech 1, visit 2, ceremony 1, signing 1, accompanying 1,
then ``any``. A kind with too few candidates gives its places to ``any`` (``draws.draw_kinds``).
One ``random.Random(2727)`` shuffles each kind's candidates (sorted by line) and they are taken in
that order, skipping a line already drawn, a text already drawn and the lines passed over: this
draw's, and those test19, test20, test24, test25 and test26 passed over, whose numbers their
scripts keep as integers, not as ``msra-N`` (test26's SKIPPED_MSRA). Files ``msra-NNNNN.txt``
(NNNNN the line number, five digits, as test15, test19, test20 and test24 to test26), the sentence
alone and a newline, no date line.

The numbers (``--stats``, on the tree the split was drawn from): of the month's 4605 paragraphs of
80-1500 characters with a PER entity, the entities days leave 4313, the probe list 3516, the ids
written in a file 3100 and the stretch rules **2892 candidates on 27 days**; none of them passes a
kind's test (test24 and test25 drew or passed over every one), so the ten places go to the
any-subject draw: the draw, after the passed-over paragraphs, is ``all`` 10. The MSRA corpus
holds 38105 lines, 2079 of them named in a file (``probed_msra.txt``'s 780 among them), 8245 of
10-300 characters with a PER entity, **8109 candidates** after the stretch rules; the kinds' tests
find meeting 129, conference 106, inspection 18, appointment 49, award 43, speech 115, visit 83,
ceremony 70, signing 26, chairing 25, accompanying 2, issued 31 of them (602 pass one at least).
Every MSRA kind fills its quota, so ``any`` takes nothing. The draw is the same with this split's
files written (its folder and gold, this script) and run twice.

PASSED_OVER (6 paragraphs and 6 lines, each with its reason, in the order met over two rounds of
the draw; a third found none): by test4's rule as test16, test19, test20 and test24 to test26
applied it, drawn passages that name no person by a full name (only a byline: reporters' of an
army's building of homes in a quake area, a department store's trade, a region's New Year scene,
a volleyball league's round; 雷锋 only in a charity sale's name, as test26's 雷锋 in a unit's
description; 何大爷, a surname and an address, the only name in an old man's New Year words, as
test24's 吕老) or, for the MSRA sentences, whose keyword is no event of a named person (茅以升 only
in a fund's name with a reporter's byline, as test25's 何梁何利; 邓小平 only in a theory's and a
notice's names at two departments' 会议; a 宣誓仪式 two named persons did not attend, as test26's
布朗; 李主席 by surname and title only, as test24's; a 考察 of three persons, a vetting of cadres,
and a 考察 of villages for a farm's site, a study as test19's 考察论证 and test26's 实地考察). Kept,
as test19 and test24 to test26 kept them: foreign persons named by the one name the paper gives
them; paragraphs that name a person by a full name in passing (a statement with no venue, a
professor's view, an essay naming writers, a tennis match, a fraud told, a director's profile, an
acquittal), whatever gold facts they give; a sentence whose keyword is another named person's
event (a premier's words at a plenary meeting, drawn by the 考察 in his quote).
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import redraw
from select_test26 import SKIPPED_MSRA as TEST26_SKIPPED_MSRA
from select_test26 import SKIPPED_PFR as TEST26_SKIPPED_PFR

HERE = Path(__file__).resolve().parent
OWN = "test27"
OUT = HERE / OWN
SCRIPT = Path(__file__).resolve()

SEED = 2727
# (the quotas, 10 + 20, and every helper are test25's: select25 draws with this seed and these
# passed-over passages)

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980116-04-010-002": "all: an army's building of homes in a quake area, only the byline 陈辉",
    "19980119-11-006-006": "all: a department store's trade, only the byline 龚雯",
    "19980126-02-011-013": "all: a charity sale; 雷锋 only in the sale's name (test26's 雷锋 in a "
    "unit's description), no other person",
    "19980127-04-016-002": "all: a region's New Year scene, only the byline 刘同起",
    # second round
    "19980110-06-003-008": "all: an old man's New Year words, named only 何大爷 (surname and "
    "an address, as test24's 吕老), no other person",
    "19980119-08-008-002": "all: a volleyball league's teams, only the byline 李长云",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
    9213: "conference: a fund's prize-giving; 茅以升 only in the fund's name (test25's 何梁何利), "
    "only the byline 梁小琴",
    23874: "conference: two party departments' 会议, no person in it; 邓小平 only in a "
    "theory's and a notice's names",
    27984: "ceremony: 周森古沙 and 宋双 did not attend the 宣誓仪式 (test26's 布朗 at a meeting he "
    "is not said to attend)",
    28380: "inspection: 李主席 by surname and title only (test24's 李主席, test26's 江总书记)",
    31929: "inspection: 胡必成 and 朱来常's 考察 of three persons, a vetting of cadres (no place "
    "inspected; test19's 考察论证 a study)",
    # second round
    5074: "inspection: 袁吉荣's 考察 of villages for a farm's site (a study, test26's 实地考察 of "
    "a market); buying houses no event",
}
# test26's own and the ones it skipped (test19's, test20's, test24's, test25's), with this draw's
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST26_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST26_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA)


if __name__ == "__main__":
    main()
