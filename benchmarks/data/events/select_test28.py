"""How the passages of ``test28/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test28.py [--write] [--stats]

test28 is held out: 30 passages, 10 single sentences of the MSRA NER corpus
(``msra_train.jsonl.gz``), 14 CLUENER2020 train sentences (``cluener_train.jsonl``) and 6 career
notes of the Resume NER corpus (``resume_train.jsonl``), weighted toward who did what. The MSRA part
is test27's MSRA draw (test24's pool, ``select_test24.msra_candidates``; test16's keyword tests;
``draws.draw_kinds``) with quotas scaled to 10 and a new seed, skipping the lines test27 passed over
(its SKIPPED_MSRA, with those of test19, test20 and test24 to test26 in it). The CLUENER and résumé
parts are select_test23's recipe (select_dev6_test21's ``sentence_candidates``,
``resume_candidates``, ``draw_resumes``; ``draws.draw_kinds`` as ``draw_sentences`` calls it), with
CLUENER read on **both** id parities (test21 to test23 read the odd side; dev6 drew from the even
side, whose drawn sentences the stretch rule leaves out), its own quotas and this seed. What this
draw keeps of its own is its seed, its quotas and its PASSED_OVER lists. The helpers are imported,
not copied. This split's own files (``test28/``, this script, and the test28 section and rows of
the events README.md, once merged) are never read, so committing them does not change the draw;
the section's text and the table's rows waiting beside the README as ``test28_section.md`` and
``test28_rows.md`` are not among them (the rows name the drawn MSRA lines, which the naming rule
would then leave out), so they are merged into README.md and removed before the draw is rerun.
The exclusions read the working tree, and one more file quoting a candidate removes it and
reshuffles the rest: the draw is redone on the tree of commit ``19da02b`` with this split's files
added (``git worktree add ../wt 19da02b``, copy them in, the section and rows merged into
README.md, run it there: the same 30 files), not on a later tree.

**Exclusions** (select_test19's, read from the working tree, as test23's to test27's): a candidate
is left out when it shares a stretch of 14 characters (Chinese, digits, Chinese punctuation;
full-width digits read as ASCII) with any text file under ``tests/``, ``benchmarks/``, ``src/``,
``ontology/`` or with README.md, or when its whole text (NFKC, whitespace removed) occurs in one.
Every earlier split's passages and gold are such files, test27's included, so no passage of any
split, and nothing a test, a rule or a lexicon quotes, is drawn again; an MSRA line or record
that a ``msra-N`` in a file or a file's name names is left out too (test16's rule), so none of
the 1410 lines of ``probed_msra.txt`` (the rule probes of sessions 28 and 29) is drawn.

**MSRA, by line** (test24's pool: every line, whatever its residue ``i % 20``): 10-300
characters, a PER entity, not named, the stretch rules. Kinds: test16's keyword tests
(``select_test16.KINDS``) with test25's quotas scaled to 10: meeting 2, conference 2, inspection
1, appointment 2, award 1, speech 1, visit 1, then ``any``. A kind with too few candidates gives
its places to ``any`` (``draws.draw_kinds``). One ``random.Random(2828)`` shuffles each kind's
candidates (sorted by line) and they are taken in that order, skipping a line already drawn, a
text already drawn and the lines passed over: this draw's (MSRA_PASSED_OVER) and test27's
SKIPPED_MSRA. Files ``msra-NNNNN.txt`` (NNNNN the line number, five digits, as test15, test19,
test20 and test24 to test27), the sentence alone and a newline, no date line.

**CLUENER, by sentence** (select_test23's candidates, both parities): 20-300 characters, a PER
entity, passing one of test16's keyword tests, the stretch rules. Quotas: conference 2,
appointment 2, speech 2, award 2, chairing 1, ceremony 1, then ``any`` to 14 (no meeting kind:
CLUENER has no candidate of it, as test23 found). One ``random.Random(2828)``, skipping the
sentences passed over where the shuffle meets them (CLUENER_PASSED_OVER; ``draws.draw_kinds``'s
``passed_over``, as the MSRA draw). Files ``cluener-NNNNNN.txt`` (the corpus id, six digits), the
sentence alone and a newline, no date line.

**Résumés** (select_test23's: odd résumé index, test21's side): 2-12 lines, at most 900
characters, a dated post, no shared stretch, the whole note not in a repository file; 6 drawn by
``draw_resumes`` with ``random.Random(2828)``, ``resume-NNNNNN.txt`` (the id of the first line),
the note's lines joined by newlines. No résumé is passed over (each names its subject and gives
posts).

The numbers (``--stats``, on the tree the split was drawn from, ``19da02b`` with this script):
the MSRA corpus holds 38105 lines, 3267 of them named in a file (``probed_msra.txt``'s 1410
among them), 7486 of 10-300 characters with a PER entity, **7411 candidates** after the stretch
rules; the kinds' tests find meeting 15, conference 31, inspection 6, appointment 6, award 32,
speech 13, visit 11, ceremony 25, signing 12, chairing 2, accompanying 0, issued 27 of them (166
pass one at least). The inspection kind runs out (of its 6 candidates test27 passed over 2 and
this draw 4), so its place goes to ``any``: the draw is meeting 2, conference 2, appointment 2,
award 1, speech 1, visit 1, ``any`` 1. **CLUENER 116 candidates** (76 even, 40 odd; meeting 0,
conference 11, inspection 6, appointment 13, award 14, speech 15, visit 5, ceremony 10, signing 4,
chairing 19, accompanying 1, issued 29); every quota is filled: conference 2, appointment 2,
speech 2, award 2, chairing 1, ceremony 1, ``any`` 4. **173 résumés**, 6 drawn. The draw is the
same with this split's files written (its folder and gold, this script) and run twice.

PASSED_OVER (12 MSRA lines and 9 CLUENER sentences, each with its reason, in the order met over
four rounds of the draw; a fifth found none): by test4's rule as test16, test19, test20 and
test24 to test27 applied it, drawn passages that name no person by a full name or whose keyword is
no event of a named person. MSRA: summits that open and close with only the reporter's byline
(test16's msra-032801); 邓小平 only in a theory's name, 韩愈 only in a place's name, 梅兰芳 only in
a prize's, 振华 and 王义锡 only in funds' names (test19's 茅以升); 邓小平's way of thinking
(``认识考察``), a market study (``市场调研``, test26's ``实地考察``), a coach's view with
``调研组`` in her title and unnamed trainees' ``调研`` with bylines (test19's ``考察论证``,
test16's ``考察组``); 瑙曼's words on a meeting he is not said to attend (test24's 冯·皮勒); an
awards gala that is no event of the two named, school gunmen. CLUENER (test21 to test23 passed
none over; this draw applies test4's rule to its sentences as well): four spokesmen's statements
with no venue (``发言人…说/表示``, test16's msra-029976, dev6's spokesman who ``表示``), one of
them unnamed with only the reporter's byline; a festival programme naming a director only as his
film's maker; three posts only held (``还担任过``, ``曾…担任``, ``当时担任``: test16's
msra-026363), and a host's colleague's words to a magazine (``央视主持人`` a job). **Kept**:
foreign persons named by the one name the text gives them; forum transcripts and hosts' calls
(``主持人X：``, ``【X】：``, ``有请X讲话``; test21's forum transcripts, test22's ``接下来有请``);
prizes of a named author's work (test16); a sentence drawn by ``担任…代言人`` that reports the
named person's appearance in a city. A host's question (``主持人X：：``, cluener-09910), passed
over in the first round, was kept on a second reading (test21's forum transcripts: the host
chairs), which changed the ``any`` draw from the second round on.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from draws import draw_kinds
from select_dev6_test21 import resume_candidates, sentence_candidates, show_resumes
from select_test16 import KINDS as TESTS
from select_test19 import Seen, read_msra, squeeze
from select_test24 import MAX_LEN, MIN_LEN, msra_candidates
from select_test27 import SKIPPED_MSRA as TEST27_SKIPPED_MSRA

HERE = Path(__file__).resolve().parent
OWN = "test28"
OUT = HERE / OWN
SCRIPT = Path(__file__).resolve()

SEED = 2828
MSRA_TOTAL = 10
MSRA_QUOTAS = {  # test25's MSRA quotas scaled to 10
    "meeting": 2, "conference": 2, "inspection": 1, "appointment": 2, "visit": 1, "award": 1,
    "speech": 1,
}  # fmt: skip
MSRA_KINDS = [(kind, MSRA_QUOTAS[kind], test) for kind, _, test in TESTS if kind in MSRA_QUOTAS]
CLUENER = "cluener_train.jsonl"
CLUENER_PARITIES = (0, 1)  # both id parities (test21 to test23 read the odd side only)
CLUENER_QUOTAS = ({
    "conference": 2, "appointment": 2, "speech": 2, "award": 2, "chairing": 1, "ceremony": 1,
}, 14)  # fmt: skip
RESUME_PARITY = 1  # test23's side: odd résumés
RESUMES = 6

MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
    7300: "conference: a summit closes, no person in it, only the byline 朱梦魁 (test16's "
    "msra-032801, test24's 10234)",
    7479: "conference: a summit opens, no person in it, only the byline 朱梦魁 (as 7300)",
    10841: "award: prized page layouts of unnamed editors; 邓小平 only in a theory's name "
    "(test27's 23874)",
    14719: "inspection: 邓小平's 论述 of how to 认识考察 history, a way of thinking, no place "
    "inspected (test19's 考察论证, test24's scholars' 考察)",
    # second round
    5699: "conference: a 研讨会 of three bodies; 韩愈 only in a place's name (韩愈故里), no person",
    17418: "inspection: 调研组 in a member's title (test16's msra-037788 考察组); 丛学娣's "
    "认为 a view, no event",
    31552: "award: a troupe's prizes, its actors unnamed; 梅兰芳 only in a prize's name "
    "(test19's 9212)",
    # third round
    8439: "conference: 瑙曼 only 说 of a 外长会议 he is not said to attend (test24's 21882 "
    "冯·皮勒)",
    9882: "award: a ministry publishes a prize list; 振华 and 王义锡 only in the funds' names, "
    "the laureates unnamed",
    13874: "inspection: unnamed trainees' 调研 of units, only the bylines 奚启新, 毛良才",
    # fourth round
    22677: "award: the 颁奖晚会 no event of a named person; 戈尔登 and 约翰逊 only in a school "
    "shooting (a crime, no event of the benchmark's kinds)",
    32541: "inspection: 黄作兴's 市场调研, a study (test26's 实地考察 of a market), no event",
}
CLUENER_PASSED_OVER: dict[int, str] = {
    # id number: kind as drawn, why passed over (in the order drawn)
    616: "any (发言人): a spokesman's 说, a statement with no venue (test16's msra-029976), "
    "no event",
    3251: "speech (发言人): a spokesman's 表示 of his side's plans, a statement, no event",
    4214: "speech (发言人): a spokesman's 表示, a statement, no event",
    9616: "any (公布, 开幕): a festival's programme to be published; 刘奋斗 only as a film's "
    "maker, no event of his",
    9946: "appointment (担任): 瓦利克 曾…担任 a post (a post held, test16's msra-026363), his "
    "表示 a statement, no event",
    # second round
    1198: "appointment (担任): 莫柔 还担任过 a post (a post held, as 9946), no event",
    6462: "speech (发言人): an unnamed spokesman's 宣布, only the byline 胡唯敏",
    7786: "any (主持人): a colleague's death and 张斌's words to a magazine (test23's "
    "interviews), 主持人 a job, no event",
    # third round
    6316: "appointment (担任): 杰里米 当时担任 a designer (a post held, as 9946), his making of "
    "a game no event",
}
# this draw's own passed-over lines and those test19, test20 and test24 to test27 passed over
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | TEST27_SKIPPED_MSRA


def msra_draw(
    seen: Seen, rows: list[dict], counts: Counter
) -> tuple[list[tuple[str, int]], dict[int, str]]:
    """test27's MSRA draw (test24's pool, test16's kinds) with this split's quotas and seed."""
    lines = msra_candidates(seen, rows, counts)
    return draw_kinds(lines, MSRA_KINDS, TESTS, MSRA_TOTAL, SEED, set(SKIPPED_MSRA)), lines


def cluener_candidates(seen: Seen) -> dict[int, str]:
    """select_test23's CLUENER candidates, of both parities."""
    found: dict[int, str] = {}
    for parity in CLUENER_PARITIES:
        found |= sentence_candidates(CLUENER, seen.stretches, parity)
    return {i: s for i, s in found.items() if squeeze(s) not in seen.squeezed}


def cluener_draw(sentences: dict[int, str]) -> list[tuple[str, int]]:
    """select_dev6_test21's ``draw_sentences`` (``draws.draw_kinds``, test16's kinds), the
    sentences passed over skipped where the shuffle meets them (as the MSRA draw skips its
    lines), so that passing one over leaves the others' order as it was."""
    per_kind, total = CLUENER_QUOTAS
    kinds = [(k, per_kind[k], t) for k, _, t in TESTS if k in per_kind]
    return draw_kinds(sentences, kinds, TESTS, total, SEED, set(CLUENER_PASSED_OVER))


def kinds_of(texts: dict[int, str]) -> dict[str, int]:
    found = Counter(k for k, _, t in TESTS for s in texts.values() if re.search(t, s))
    return {kind: found[kind] for kind, _, _ in TESTS}


def main() -> None:
    write, stats = "--write" in sys.argv, "--stats" in sys.argv
    seen, rows = Seen(OWN, SCRIPT), read_msra()
    if write:
        OUT.mkdir(exist_ok=True)
    counts: Counter = Counter()
    msra, lines = msra_draw(seen, rows, counts)
    if stats:
        print(
            f"msra: {counts['lines']} lines, {counts['named']} named in a file, "
            f"{counts['sized, PER']} of {MIN_LEN}-{MAX_LEN} characters with a PER entity, "
            f"{counts['candidates']} candidates"
        )
        print("  passing a kind's test:", kinds_of(lines))
        any_test = "|".join(f"(?:{test})" for _, _, test in TESTS)
        print("  passing any:", sum(bool(re.search(any_test, s)) for s in lines.values()))
    print("msra:", dict(Counter(kind for kind, _ in msra)))
    for kind, i in sorted(msra, key=lambda pick: pick[1]):
        name = f"msra-{i:05d}.txt"
        print(f"{kind:12} {name}  line {i} (record {rows[i]['id']})")
        if write:
            (OUT / name).write_text(lines[i] + "\n", encoding="utf-8")
    sentences = cluener_candidates(seen)
    if stats:
        even = sum(i % 2 == 0 for i in sentences)
        print(f"cluener: {len(sentences)} candidates ({even} even, {len(sentences) - even} odd)")
        print("  passing a kind's test:", kinds_of(sentences))
    picks = cluener_draw(sentences)
    print("cluener:", dict(Counter(kind for kind, _ in picks)))
    for kind, i in sorted(picks, key=lambda pick: pick[1]):
        name = f"cluener-{i:06d}.txt"
        print(f"{kind:12} {name}  record cluener-{i:05d}")
        if write:
            (OUT / name).write_text(sentences[i] + "\n", encoding="utf-8")
    notes = resume_candidates(seen.stretches, RESUME_PARITY)
    notes = {k: v for k, v in notes.items() if squeeze("".join(v)) not in seen.squeezed}
    if stats:
        print(f"résumés: {len(notes)} candidates")
    show_resumes(notes, SEED, RESUMES, OUT, write)


if __name__ == "__main__":
    main()
