"""How the passages of ``test26/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test26.py [--write] [--stats]

test26 is held out: 30 passages, 10 People's Daily paragraphs of January 1998
(``pfr199801.jsonl.gz``) and 20 single sentences of the MSRA NER corpus (``msra_train.jsonl.gz``),
weighted toward who did what: test25's draw (select_test25.py, itself test24's) with a new seed,
its quotas (10 + 20), and test25's passages and passed-over paragraphs and lines left out as well.
The draw is select_test25's own (``select25`` and ``show``, called with this seed and these
passed-over passages; the helpers it calls are select_test19's, draws.py's and select_test24's),
and so are its quotas; what this draw keeps of its own is its seed and its PASSED_OVER. This
split's own files (``test26/``, this script, and the test26 section and rows of the events
README.md) are never read, so committing them does not change the draw; the section's text
waiting beside the README as ``test26_section.md`` is not one of them (it names the drawn
paragraphs and lines, which the id and naming rules would then leave out), so it is merged into
README.md and removed before the draw is rerun. The exclusions read the working tree, and one
more file quoting a candidate removes it and reshuffles the rest: the draw is redone on the tree
of commit ``1d2740c`` with this split's files added (``git worktree add ../wt 1d2740c``, copy them
in, the section merged into README.md, run it there: the same 30 files), not on a later tree.

**Exclusions** (select_test19's, read from the working tree, as test24's and test25's): a
candidate is left out when it shares a stretch of 14 characters (Chinese, digits, Chinese
punctuation; full-width digits read as ASCII) with any text file under ``tests/``,
``benchmarks/``, ``src/``, ``ontology/`` or with README.md, or when its whole text (NFKC,
whitespace removed) occurs in one. Every earlier split's passages and gold are such files,
test25's included, so no passage of any split, and nothing a test, a rule or a lexicon quotes, is
drawn again.

**People's Daily, by paragraph** (select_test19's ``pfr_candidates``): 80-1500 characters, a PER
entity, not on an entities passage's day (3, 11, 29, 31), not in ``probed_pfr.txt``, its id
(``199801DD-PP-AAA-NNN``) written in no repository file (so neither test25's paragraphs, named in
the README's table, nor those select_test25 and select_test24 passed over, named in their scripts;
these are also skipped by id, EARLIER_PFR_PASSED_OVER), and the stretch rule above. Kinds: the
keyword tests of ``draws.PFR_KINDS`` with test25's quotas: meeting 3, conference 3, inspection 2,
appointment 3, award 2, union 1, issued 1, the total capped at 10, then ``any`` (a paragraph
passing any kind's test), then ``all`` (any subject), as ``draws.draw_paragraphs`` does, at most 2
paragraphs a day, ``random.Random(2726)``. Files ``pfr-YYYYMMDD-N.txt`` (N by paragraph id within
the day), a line ``人民日报 1998年1月D日`` (the page date), then the paragraph's sentences joined,
full-width digits as in the corpus.

**MSRA, by line** (test24's pool). Every line of the corpus may be drawn, whatever its residue
``i % 20``, when it has 10-300 characters and a PER entity, passes the stretch rule, is not named
(a ``msra-N`` written in a repository file or a file's name leaves out the line N and the record
``msra-N``, test16's rule) and shares no 14-character stretch with a paragraph drawn above. Kinds:
test16's keyword tests (``select_test16.KINDS``) with test25's quotas: meeting 4, conference 3,
inspection 3, appointment 3, award 1, speech 1, visit 2, ceremony 1, signing 1, accompanying 1,
then ``any``. A kind with too few candidates gives its places to ``any`` (``draws.draw_kinds``).
One ``random.Random(2726)`` shuffles each kind's candidates (sorted by line) and they are taken in
that order, skipping a line already drawn, a text already drawn and the lines passed over: this
draw's, and those test19, test20, test24 and test25 passed over, whose numbers their scripts keep
as integers, not as ``msra-N`` (EARLIER_MSRA_PASSED_OVER). Files ``msra-NNNNN.txt`` (NNNNN the line
number, five digits, as test15, test19, test20, test24 and test25), the sentence alone and a
newline, no date line.

The numbers (``--stats``, on the tree the split was drawn from): of the month's 4605 paragraphs of
80-1500 characters with a PER entity, the entities days leave 4313, the probe list 3516, the ids
written in a file 3116 and the stretch rules **2909 candidates on 27 days**; none of them passes a
kind's test (test24 and test25 drew or passed over every one), so the ten places go to the
any-subject draw: the draw, after the passed-over paragraphs, is ``all`` 10. The MSRA corpus
holds 38105 lines, 603 of them named in a file, 9206 of 10-300 characters with a PER entity,
**8987 candidates** after the stretch rules; the kinds' tests find meeting 259, conference 237,
inspection 42, appointment 108, award 67, speech 229, visit 202, ceremony 125, signing 57,
chairing 52, accompanying 5, issued 40 of them (1217 pass one at least). Every MSRA kind fills its
quota, so ``any`` takes nothing. The draw is the same with this split's files written (its
folder and gold, this script, its README section and rows) and run twice.

PASSED_OVER (6 paragraphs and 8 lines, each with its reason, in the order met over two rounds of the
draw; a third found none): by test4's rule as test16, test19, test20, test24 and test25 applied it,
drawn passages that name no person by a full name (only a byline: reporters' of a prefecture's
poverty relief, a paper's report on ships, a city's reform of its firms, a city's year of works;
小军, a diminutive, the only name in a hospital's gift, as test24's 吕老; 雷锋 only in a unit's
description, as test24's 雷锋 in a film's title) or, for the MSRA sentences, whose keyword is no
event of a named person (a named person's 实地考察 and 市场考察 of a market, a study as test19's
考察论证 and test24/test25's 考察; 江总书记 by surname and title only, as test24's 李主席; a
session's opening, a parliament's approval of an unnamed premier and a ministry's 声明 with only a
reporter's byline; foreign teams' 考察 and 布朗's remarks to reporters before a meeting he is not
said to attend, as test24's 冯·皮勒). Kept, as test19, test24 and test25 kept them: foreign persons
named by the one name the paper gives them (叶利钦, 乔尔贝亚, 桥本, 塔米尔, 莫迪凯…), 巴特尔 and
三宝 by their one name; paragraphs that name a person by a full name in passing (an interview, a
basketball round, a leader's concept cited, an essay naming 希特勒, a coach's view, a briefing to
reporters, a list of names, a parliament's vote against a premier, a premier's inscription),
whatever gold facts they give; a sentence whose glued headline names the meeting of its named guest.
"""

from __future__ import annotations

from pathlib import Path

from select_test25 import SKIPPED_MSRA as TEST25_SKIPPED_MSRA
from select_test25 import SKIPPED_PFR as TEST25_SKIPPED_PFR
from select_test25 import redraw

HERE = Path(__file__).resolve().parent
OWN = "test26"
OUT = HERE / OWN
SCRIPT = Path(__file__).resolve()

SEED = 2726
# (the quotas, 10 + 20, and every helper are test25's: select25 draws with this seed and these
# passed-over passages)

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980105-03-009-005": "all: a prefecture's poverty relief by unnamed party members, only the "
    "bylines 张岸涛, 张保安",
    "19980105-06-003-002": "all: ships' captains complain of warships (a paper's report), only "
    "the byline 顾正龙",
    "19980119-03-005-005": "all: a hospital's staff give to a patient named only 小军 (a "
    "diminutive, as test24's 吕老 by surname), no other person",
    "19980126-02-004-003": "all: a city's firms reformed, only the byline 克平海友伟方",
    # second round
    "19980105-01-005-003": "all: a city government's year of works, only the bylines 孟西安, "
    "王鸣媛",
    "19980126-05-010-002": "all: periodicals given to 22 units; 雷锋 only in a unit's "
    "description (test24's 雷锋 in a film's title), only the byline 范占英",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
    1250: "inspection: 田晚霞's 实地考察 of the market (a study, test19's 考察论证 of a market's "
    "plan, test24/test25's 考察); taking a job as a hired hand no event",
    6085: "inspection: 薛安郡's 市场考察 (a study, as line 1250); the projects he starts no event",
    8322: "speech: 江总书记 by surname and title only (test24's 李主席), the speakers 我们 unnamed",
    22639: "conference: a UN commission's session opens, only the byline 成元生",
    25937: "appointment: 大呼拉尔 approves the new premier, unnamed; only the byline 敖其尔",
    28327: "signing: a ministry's 声明 calling on two countries to sign, only the byline 成元生",
    32347: "inspection: British teams' 考察 in China, no person in it; 吴仪 only 说 (test24's "
    "冯·皮勒 only 说 of a 会议)",
    # second round
    7553: "conference: 布朗's remarks to reporters (no event, test13) before a meeting of "
    "finance ministers he is not said to attend (test24's 冯·皮勒)",
}
# test25's own and the ones it skipped (test19's, test20's, test24's), with this draw's
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | TEST25_SKIPPED_PFR
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST25_SKIPPED_MSRA


def main() -> None:
    redraw(OWN, SCRIPT, SEED, SKIPPED_PFR, SKIPPED_MSRA)


if __name__ == "__main__":
    main()
