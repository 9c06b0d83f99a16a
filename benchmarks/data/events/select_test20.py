"""How the passages of ``test20/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test20.py [--write] [--stats]

test20 is held out: 30 single sentences of the MSRA NER corpus (``msra_train.jsonl.gz``), weighted
toward who did what, drawn as test19's MSRA part with the next residues of the corpus. The
exclusions read the working tree, so the draw is the one of the tree it was committed with (a
later file quoting a stretch of a candidate changes it); this split's own files are never read
(``test20/``, this script, and a test20 section and rows of the events README.md, once written),
so committing them does not change the draw.

**MSRA, by line.** Lines of 0-based number ``i`` with ``i % 20`` in POOL = {15, 16, 17, 18} (0-4
are dev4's residues, 5-9 test16's, 10-14 test19's, 19 test15's), 10-300 characters, a PER entity,
whose text

* occurs on no line outside the pool (a repeated sentence could be another split's);
* is not in a repository file by test19's stretch rule: it shares a stretch of 14 characters
  (Chinese, digits, Chinese punctuation; full-width digits read as ASCII) with any text file
  under ``tests/``, ``benchmarks/``, ``src/``, ``ontology/`` or with README.md, or its whole text
  (NFKC, whitespace removed) occurs in one. test19's passages and gold are such files, so nothing
  of test19 can be drawn (and its lines, residues 10-14, are outside the pool besides);
* is not named: a ``msra-N`` written in such a file or in a file's name leaves out the line N and
  the record ``msra-N`` (test16's rule).

The helpers are test19's (``select_test19``: its repository reading ``Seen``, asked to leave
this split's files out, and the corpus reader); what this draw keeps of its own is its pool, its
seed, quotas and PASSED_OVER.

Kinds: test16's keyword tests (``select_test16.KINDS``, the event verbs of who did what: 会见,
会谈, 出席, 主持, 讲话, 考察, 视察, 访问, 任命, 免去, 当选, 授予, 签署 …) with quotas scaled to 30:
meeting 5, conference 4, inspection 3, appointment 4, award 3, speech 3, visit 3, ceremony 2,
signing 1, accompanying 2, then ``any`` (a sentence passing any test). One ``random.Random(2220)``
shuffles each kind's candidates (sorted by line) and they are taken in that order, skipping a
line already drawn, a text already drawn and PASSED_OVER. Files: ``msra-NNNNN.txt`` (NNNNN the
line number, five digits, as test15 and test19), the sentence alone and a newline, no date line.

The numbers (``--stats``, on the tree the split was drawn from, test19 committed): the pool holds
7620 lines (none repeats a text outside it), 59 of them named in a file, 1884 of 10-300
characters with a PER entity, **1842 candidates** after the stretch rule; the kinds' tests find
meeting 63, conference 56, inspection 10, appointment 27, award 20, speech 51, visit 48,
ceremony 28, signing 10, chairing 11, accompanying 4, issued 17 of them (a sentence may pass
several; 288 pass one at least). The draw: every kind fills its quota (meeting 5, conference 4,
inspection 3, appointment 4, award 3, speech 3, visit 3, ceremony 2, signing 1, accompanying 2:
30), so ``any`` takes nothing.

PASSED_OVER (10, each with its reason, in the order met over two rounds of the draw): by test4's
rule as test16 and test19 applied it, drawn sentences that name no person by a full name (only a
reporter's byline: unnamed experts, parties, factions; 侯老 by surname only, as test19's 欧 and
颜; 茅盾 only in a prize's name) or whose keyword is no event of a named person (担任 of a post
held, test16's 担任…期间; 主持 of a department's work, drawn by 人民大会堂's 大会; 考察书名, a
reading).
Kept, as test16 and test19 kept them: sentences drawn by a keyword that is no event of theirs but
reporting another event of a named person (a 签署 still to come beside 叶利钦's dated visit, a
seminar of two armies beside 克林顿's announced visit, an envoy's visit beside 安南's call, a 慰问
of a family in 胡锦涛's condolences); foreign persons named by the one name the paper gives them
(谢里夫, 沃尔, 穆伊, 安南, 布拉特…).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from draws import draw_kinds
from select_test16 import KINDS as MSRA_TESTS
from select_test19 import Seen, read_msra

HERE = Path(__file__).resolve().parent
OUT = HERE / "test20"
OWN = "test20"
EARLIER = HERE / "test19"

SEED = 2220
TOTAL = 30
QUOTAS = {
    "meeting": 5, "conference": 4, "inspection": 3, "appointment": 4, "award": 3, "speech": 3,
    "visit": 3, "ceremony": 2, "signing": 1, "accompanying": 2,
}  # fmt: skip
KINDS = [(kind, QUOTAS[kind], test) for kind, _, test in MSRA_TESTS if kind in QUOTAS]
POOL = {15, 16, 17, 18}
MIN_LEN, MAX_LEN = 10, 300

PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
    6097: "appointment: 担任…的 a post held in a modifier (test16's 担任…期间), 考虑 no event",
    9537: "conference: unnamed experts at a 研讨会, only the byline 蒋建科",
    9577: "conference: 在…主持下 a department's projects (a task 主持, test15; drawn by "
    "人民大会堂), no event",
    14776: "appointment: 担任…５年 a post held (test16's 担任…期间), 被…称为 no event",
    20118: "meeting: parties' 会谈 and a committee's 会议, only the byline 李文云",
    22795: "inspection: 考察书名 (a reading of a book), 卡逊 only a book's author, no event",
    25756: "conference: two factions' 会议, only the byline 王南",
    32458: "appointment: 担任…的 a post held in a modifier, a company's 托人 no event",
    35775: "award: 侯老 by surname only (test19's 欧, 颜), a prize and a gift of his",
    # second round
    36336: "award: unnamed laureates; 茅盾 only in the prize's name",
}


def repository_seen() -> Seen:
    """What the repository holds, this split's own files left out (select_test19's reading)."""
    return Seen(OWN, Path(__file__).resolve())


def test19_texts() -> set[str]:
    """The passages of test19 (already left out by the stretch rule; checked again here)."""
    return {p.read_text(encoding="utf-8").strip() for p in EARLIER.glob("*.txt")}


def msra_candidates(seen: Seen, rows: list[dict], counts: Counter | None = None) -> dict[int, str]:
    """The MSRA lines the draw may take (line: text); ``counts`` gets how many each step leaves."""
    counts = Counter() if counts is None else counts
    outside = Counter(r["text"] for i, r in enumerate(rows) if i % 20 not in POOL)
    earlier = test19_texts()
    found: dict[int, str] = {}
    for i, r in enumerate(rows):
        if i % 20 not in POOL:
            continue
        counts["pool"] += 1
        if outside[r["text"]]:
            counts["repeated outside"] += 1
            continue
        if i in seen.msra or int(r["id"][5:]) in seen.msra:
            counts["named"] += 1
            continue
        if not (MIN_LEN <= len(r["text"]) <= MAX_LEN):
            continue
        if not any(e["type"] == "PER" for e in r["entities"]):
            continue
        counts["sized, PER"] += 1
        if r["text"] in earlier or seen.quotes(r["text"]):
            continue
        found[i] = r["text"]
    counts["candidates"] = len(found)
    return found


def draw(texts: dict[int, str], seed: int = SEED) -> list[tuple[str, int]]:
    """Each kind's lines shuffled by one ``random.Random(seed)``, taken up to its quota, then
    ``any`` up to TOTAL (select_test19's MSRA draw)."""
    return draw_kinds(texts, KINDS, MSRA_TESTS, TOTAL, seed, PASSED_OVER)


def stats() -> None:
    """How many lines each exclusion leaves, and how many candidates pass each kind's test."""
    counts: Counter = Counter()
    lines = msra_candidates(repository_seen(), read_msra(), counts)
    print(
        f"msra pool: {counts['pool']} lines, {counts['repeated outside']} repeated outside it, "
        f"{counts['named']} named in a file, {counts['sized, PER']} of {MIN_LEN}-{MAX_LEN} "
        f"characters with a PER entity, {counts['candidates']} candidates"
    )
    found = Counter(k for k, _, t in MSRA_TESTS for text in lines.values() if re.search(t, text))
    print("  passing a kind's test:", {kind: found[kind] for kind, _, _ in MSRA_TESTS})
    any_test = "|".join(f"(?:{test})" for _, _, test in MSRA_TESTS)
    print("  passing any:", sum(bool(re.search(any_test, text)) for text in lines.values()))


def main() -> None:
    write = "--write" in sys.argv
    if "--stats" in sys.argv:
        stats()
    rows = read_msra()
    lines = msra_candidates(repository_seen(), rows)
    picks = draw(lines)
    if write:
        OUT.mkdir(exist_ok=True)
    print(Counter(kind for kind, _ in picks))
    for kind, i in sorted(picks, key=lambda pick: pick[1]):
        name = f"msra-{i:05d}.txt"
        print(f"{kind:12} {name}  line {i} (record {rows[i]['id']})  {lines[i]}")
        if write:
            (OUT / name).write_text(lines[i] + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
