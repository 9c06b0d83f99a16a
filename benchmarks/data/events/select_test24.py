"""How the passages of ``test24/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test24.py [--write] [--stats]

test24 is held out: 30 passages, 15 People's Daily paragraphs of January 1998
(``pfr199801.jsonl.gz``) and 15 single sentences of the MSRA NER corpus (``msra_train.jsonl.gz``),
weighted toward who did what: test19's draw (select_test19.py) with a new seed, smaller quotas and
the MSRA pool opened to every residue. The helpers are select_test19's (its repository reading
``Seen``, asked to leave this split's files out, its paragraph candidates and corpus reader,
``windows``) and draws.py's (``draw_paragraphs``, ``draw_kinds``, ``show_pfr``); what this draw
keeps of its own is its seed, its quotas, its MSRA pool and its PASSED_OVER. This split's own files
(``test24/``, this script, and a test24 section and rows of the events README.md, once written) are
never read, so committing them does not change the draw. The exclusions read the working tree,
and one more file quoting a candidate removes it and reshuffles the rest: the draw is redone on the
tree of the commit that added the split, ``7ec5b58`` (``git worktree add ../wt 7ec5b58``, run it
there; checked in session 26: the same 30 files), not on a later tree.

**Exclusions** (select_test19's, read from the working tree): a candidate is left out when it
shares a stretch of 14 characters (Chinese, digits, Chinese punctuation; full-width digits read as
ASCII) with any text file under ``tests/``, ``benchmarks/``, ``src/``, ``ontology/`` or with
README.md, or when its whole text (NFKC, whitespace removed) occurs in one. Every earlier split's
passages and gold are such files, so no passage of any split, and nothing a test, a rule or a
lexicon quotes, is drawn again.

**People's Daily, by paragraph** (select_test19's ``pfr_candidates``): 80-1500 characters, a PER
entity, not on an entities passage's day (3, 11, 29, 31), not in ``probed_pfr.txt``, its id
(``199801DD-PP-AAA-NNN``) written in no repository file, and the stretch rule above. Kinds: the
keyword tests of ``draws.PFR_KINDS`` with test19's quotas scaled to 15 (x 15/24, rounded):
meeting 5, conference 5, inspection 3, appointment 4, award 3, union 2, issued 2, the total capped
at 15, then ``any`` (a paragraph passing any kind's test), then ``all`` (any subject), as
``draws.draw_paragraphs`` does, at most 2 paragraphs a day. Files ``pfr-YYYYMMDD-N.txt`` (N by
paragraph id within the day), a line ``人民日报 1998年1月D日`` (the page date), then the paragraph's
sentences joined, full-width digits as in the corpus.

**MSRA, by line.** Every line of the corpus may be drawn, whatever its residue ``i % 20`` (the
earlier splits held residues 0-19 as pools but drew a few dozen lines each; the repository rules
now keep their passages out), when it has 10-300 characters and a PER entity, passes the stretch
rule, is not named (a ``msra-N`` written in a repository file or a file's name leaves out the line
N and the record ``msra-N``, test16's rule) and shares no 14-character stretch with a paragraph
drawn above (the two corpora are both People's Daily of 1998). Kinds: test16's keyword tests
(``select_test16.KINDS``) with test19's quotas brought to 15 (award 2 -> 1, the kind that lost most
to the passed-over rule): meeting 3, conference 2, inspection 2, appointment 2, award 1, speech 1,
visit 1, ceremony 1, signing 1, accompanying 1, then ``any``. A kind with too few candidates gives
its places to ``any`` (``draws.draw_kinds``). One ``random.Random(2624)`` shuffles each kind's
candidates (sorted by line) and they are taken in that order, skipping a line already drawn, a text
already drawn and the lines passed over (this draw's and the MSRA lines test19 and test20 passed
over, whose numbers their scripts keep as integers, not as ``msra-N``). Files ``msra-NNNNN.txt``
(NNNNN the line number, five digits, as test15, test19 and test20), the sentence alone and a
newline, no date line.

The numbers (``--stats``, on the tree the split was drawn from): of the month's 4605 paragraphs of
80-1500 characters with a PER entity, the entities days leave 4313, the probe list 3516, the ids
written in a file 3153 and the stretch rules **2951 candidates on 27 days**; only 27 of them pass a
kind's test (meeting 1, conference 0, inspection 0, appointment 0, award 12, union 15, issued 0).
The draw: meeting 1, award 3, union 2 and ``any`` 9 (the places of the kinds without candidates);
``all`` takes nothing. The MSRA corpus holds 38105 lines, 512 of them named in a file, 9254 of
10-300 characters with a PER entity, **9041 candidates** after the stretch rules; the kinds' tests
find meeting 269, conference 243, inspection 47, appointment 114, award 70, speech 234, visit 208,
ceremony 128, signing 59, chairing 53, accompanying 7, issued 40 of them (1255 pass one at least).
Every MSRA kind fills its quota, so ``any`` takes nothing. The draw is the same with this split's
files written (its folder, this script, its README section and rows) and run twice.

PASSED_OVER (7 paragraphs and 6 lines, each with its reason, in the order met over two rounds of
the draw): by test4's rule as test16, test19 and test20 applied it, drawn passages that name no
person by a full name (only a byline: a photographer's, reporters' of organisations' ceremonies, a
signing and a 座谈会; 周恩来 and 邓颖超 only as the subjects of statues, 雷锋 only in a film's
title, 项英 only in an anniversary's name, as test19's 周恩来同志故居; 吕老 by surname only, as
test20's 侯老; 李主席 by title only, as test16) or, for the MSRA sentences, whose keyword is no
event of a named person (scholars' 考察 of history, a 会议 a person only speaks of). Kept, as
test19 kept them: foreign persons named by the one name the paper gives them (塔拉特, 阿德尔,
马吉德, 拉马丹, 利维…); paragraphs that name a person by a full name in passing (a cremation, a
manifesto's authors, a book title's calligrapher), whatever gold facts they give; sentences drawn
by a keyword that is not their event but reporting another event of a named person (a 签署 of two
governments beside a visit, a spokesman's 说 of a planned visit).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from draws import PFR_KINDS, draw_kinds, draw_paragraphs, entities_days, read_pfr, show_pfr
from select_test16 import KINDS as MSRA_TESTS
from select_test19 import MSRA_PASSED_OVER as TEST19_MSRA_PASSED_OVER
from select_test19 import Seen, pfr_candidates, probed, read_msra, windows
from select_test20 import PASSED_OVER as TEST20_PASSED_OVER

HERE = Path(__file__).resolve().parent
OWN = "test24"
OUT = HERE / OWN
SCRIPT = Path(__file__).resolve()

SEED = 2624
PFR_TOTAL = 15
MSRA_TOTAL = 15
PER_DAY = 2
PFR_QUOTAS = {
    "meeting": 5, "conference": 5, "inspection": 3, "appointment": 4, "award": 3, "union": 2,
    "issued": 2,
}  # fmt: skip
PFR_KINDS24 = [(kind, PFR_QUOTAS[kind], test) for kind, _, test in PFR_KINDS]
MSRA_QUOTAS = {
    "meeting": 3, "conference": 2, "inspection": 2, "appointment": 2, "award": 1, "speech": 1,
    "visit": 1, "ceremony": 1, "signing": 1, "accompanying": 1,
}  # fmt: skip
MSRA_KINDS = [
    (kind, MSRA_QUOTAS[kind], test) for kind, _, test in MSRA_TESTS if kind in MSRA_QUOTAS
]
MIN_LEN, MAX_LEN = 10, 300

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980108-01-008-004": "union (工人): a memorial hall's statues; 周恩来 and 邓颖超 named "
    "only as their subjects (test19's 周恩来同志故居), the weavers and the reporter unnamed",
    "19980109-10-003-002": "award (获奖): a film-review contest of organisations; 雷锋 only in a "
    "film's title, no person",
    "19980118-01-008-002": "any: a factory's recovery, only the photographer's byline 熊汝清",
    "19980123-04-005-002": "award (仪式): three bodies' 赠送仪式, only the byline 王黎",
    "19980123-05-013-002": "any: foundations' 捐赠仪式, only the byline 季梅",
    "19980124-05-009-004": "union (劳动模范): gifts at a 座谈会 of organisations, only the "
    "byline 子孟",
    # second round
    "19980115-05-014-002": "award (仪式): a 签字仪式 of two unnamed sides, only the byline 王雅平",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
    4595: "accompanying: 吕老 by surname only (test20's 侯老), the narrator 我 unnamed",
    10234: "conference: a 研讨会 of two bodies, only the bylines 温红彦, 董洪亮",
    12225: "conference: a 座谈会 of two bodies; 项英 only in the anniversary's name",
    28381: "meeting: 李主席 only (test16's msra-033468), the hosts by title only",
    29404: "inspection: scholars' 考察 (a study, test19's 考察论证); 朱元璋 only a subject of "
    "history, no event",
    # second round
    21882: "conference: 冯·皮勒 only 说 of a 会议 he is not said to attend (test16's "
    "msra-033325, a summit only proposed), no event",
}
EARLIER_PASSED_OVER = set(TEST19_MSRA_PASSED_OVER) | set(TEST20_PASSED_OVER)


def repository_seen() -> Seen:
    """What the repository holds, this split's own files left out (select_test19's reading)."""
    return Seen(OWN, SCRIPT)


def msra_candidates(seen: Seen, rows: list[dict], counts: Counter | None = None) -> dict[int, str]:
    """The MSRA lines the draw may take (line: text), of every residue; ``counts`` gets how many
    each step leaves."""
    counts = Counter() if counts is None else counts
    found: dict[int, str] = {}
    for i, r in enumerate(rows):
        counts["lines"] += 1
        if i in seen.msra or int(r["id"][5:]) in seen.msra:
            counts["named"] += 1
            continue
        if not (MIN_LEN <= len(r["text"]) <= MAX_LEN):
            continue
        if not any(e["type"] == "PER" for e in r["entities"]):
            continue
        counts["sized, PER"] += 1
        if seen.quotes(r["text"]):
            continue
        found[i] = r["text"]
    counts["candidates"] = len(found)
    return found


def draw_msra(texts: dict[int, str], avoid: set[str], seed: int = SEED) -> list[tuple[str, int]]:
    """Each kind's lines shuffled by one ``random.Random(seed)``, taken up to its quota, then
    ``any`` up to MSRA_TOTAL; a line passed over (here or by test19/test20) or sharing a stretch
    with ``avoid`` (the drawn paragraphs) is skipped."""
    return draw_kinds(
        texts,
        MSRA_KINDS,
        MSRA_TESTS,
        MSRA_TOTAL,
        seed,
        set(MSRA_PASSED_OVER) | EARLIER_PASSED_OVER,
        excluded=lambda text: bool(windows(text) & avoid),
    )


def select24(
    seen: Seen, rows: list[dict]
) -> tuple[dict[str, str], list[tuple[str, str]], list[tuple[str, int]], dict[int, str]]:
    """The draw: the paragraph candidates, the paragraphs (kind, id), the MSRA lines (kind,
    line) and the lines' candidates."""
    texts = pfr_candidates(seen)
    pfr = draw_paragraphs(texts, PFR_KINDS24, PFR_TOTAL, PER_DAY, set(PFR_PASSED_OVER), SEED)
    avoid = {w for _, pid in pfr for w in windows(texts[pid])}
    lines = msra_candidates(seen, rows)
    return texts, pfr, draw_msra(lines, avoid), lines


def stats(seen: Seen, rows: list[dict]) -> None:
    """How many candidates each exclusion leaves, and how many pass each kind's test."""
    paragraphs, has_person = read_pfr()
    days, listed = entities_days(), probed()
    step = [p for p, t in paragraphs.items() if 80 <= len(t) <= 1500 and p in has_person]
    print(f"pfr paragraphs of 80-1500 characters with a PER entity: {len(step)}")
    step = [p for p in step if p[:8] not in days]
    print(f"  not on an entities day: {len(step)}")
    step = [p for p in step if p not in listed]
    print(f"  not in probed_pfr.txt: {len(step)}")
    step = [p for p in step if p not in seen.paragraphs]
    print(f"  id written in no file: {len(step)}")
    texts = pfr_candidates(seen)
    print(f"  stretch rule: {len(texts)} candidates on {len({p[:8] for p in texts})} days")
    counts = Counter(kind for kind, _, test in PFR_KINDS for text in texts.values() if test(text))
    print("  passing a kind's test:", {kind: counts[kind] for kind, _, _ in PFR_KINDS})
    print("  passing any:", sum(any(t(x) for _, _, t in PFR_KINDS) for x in texts.values()))
    steps: Counter = Counter()
    lines = msra_candidates(seen, rows, steps)
    print(
        f"msra: {steps['lines']} lines, {steps['named']} named in a file, {steps['sized, PER']} "
        f"of {MIN_LEN}-{MAX_LEN} characters with a PER entity, {steps['candidates']} candidates"
    )
    found = Counter(k for k, _, t in MSRA_TESTS for text in lines.values() if re.search(t, text))
    print("  passing a kind's test:", {kind: found[kind] for kind, _, _ in MSRA_TESTS})
    any_test = "|".join(f"(?:{test})" for _, _, test in MSRA_TESTS)
    print("  passing any:", sum(bool(re.search(any_test, text)) for text in lines.values()))


def main() -> None:
    write = "--write" in sys.argv
    seen, rows = repository_seen(), read_msra()
    if "--stats" in sys.argv:
        stats(seen, rows)
    _, pfr, msra, lines = select24(seen, rows)
    print("pfr:", dict(Counter(kind for kind, _ in pfr)))
    print("msra:", dict(Counter(kind for kind, _ in msra)))
    if write:
        OUT.mkdir(exist_ok=True)
    show_pfr(pfr, OUT, write)
    for kind, i in sorted(msra, key=lambda pick: pick[1]):
        name = f"msra-{i:05d}.txt"
        print(f"{kind:12} {name}  line {i} (record {rows[i]['id']})")
        if write:
            (OUT / name).write_text(lines[i] + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
