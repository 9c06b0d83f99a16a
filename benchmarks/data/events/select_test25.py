"""How the passages of ``test25/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test25.py [--write] [--stats]

test25 is held out: 30 passages, 10 People's Daily paragraphs of January 1998
(``pfr199801.jsonl.gz``) and 20 single sentences of the MSRA NER corpus (``msra_train.jsonl.gz``),
weighted toward who did what: test24's draw (select_test24.py, itself test19's) with a new seed,
quotas brought to 10 + 20, and test24's passages and passed-over lines left out as well. The
helpers are the ones select_test24 imports: select_test19's (its repository reading ``Seen``, its
paragraph candidates and corpus reader, ``windows``) and draws.py's (``draw_paragraphs``,
``draw_kinds``, ``show_pfr``); what this draw keeps of its own is its seed, its quotas and its
PASSED_OVER; its candidates of MSRA lines and its ``--stats`` are select_test24's. This split's
own files (``test25/``, this script, and the test25 section and rows of the events README.md) are
never read, so committing them does not change the draw. The exclusions read the working tree,
and one more file
quoting a candidate removes it and reshuffles the rest: the draw is redone on the tree of commit
``b9d8b5c`` with this split's files added (``git worktree add ../wt b9d8b5c``, copy them in, run
it there: the same 30 files), not on a later tree.

**Exclusions** (select_test19's, read from the working tree, as test24's): a candidate is left out
when it shares a stretch of 14 characters (Chinese, digits, Chinese punctuation; full-width digits
read as ASCII) with any text file under ``tests/``, ``benchmarks/``, ``src/``, ``ontology/`` or
with README.md, or when its whole text (NFKC, whitespace removed) occurs in one. Every earlier
split's passages and gold are such files, test24's included, so no passage of any split, and
nothing a test, a rule or a lexicon quotes, is drawn again.

**People's Daily, by paragraph** (select_test19's ``pfr_candidates``): 80-1500 characters, a PER
entity, not on an entities passage's day (3, 11, 29, 31), not in ``probed_pfr.txt``, its id
(``199801DD-PP-AAA-NNN``) written in no repository file (so neither test24's paragraphs, named in
the README's table, nor those select_test24 passed over, named in its script; the latter are also
skipped by id, EARLIER_PFR_PASSED_OVER), and the stretch rule above. Kinds: the keyword tests of
``draws.PFR_KINDS`` with test24's quotas scaled to 10 (x 10/15, rounded): meeting 3, conference 3,
inspection 2, appointment 3, award 2, union 1, issued 1, the total capped at 10, then ``any`` (a
paragraph passing any kind's test), then ``all`` (any subject), as ``draws.draw_paragraphs`` does,
at most 2 paragraphs a day, ``random.Random(2725)``. Files ``pfr-YYYYMMDD-N.txt`` (N by paragraph
id within the day), a line ``人民日报 1998年1月D日`` (the page date), then the paragraph's sentences
joined, full-width digits as in the corpus.

**MSRA, by line** (test24's pool). Every line of the corpus may be drawn, whatever its residue
``i % 20``, when it has 10-300 characters and a PER entity, passes the stretch rule, is not named
(a ``msra-N`` written in a repository file or a file's name leaves out the line N and the record
``msra-N``, test16's rule) and shares no 14-character stretch with a paragraph drawn above. Kinds:
test16's keyword tests (``select_test16.KINDS``) with test24's quotas brought to 20: meeting 4,
conference 3, inspection 3, appointment 3, award 1, speech 1, visit 2, ceremony 1, signing 1,
accompanying 1, then ``any``. A kind with too few candidates gives its places to ``any``
(``draws.draw_kinds``). One ``random.Random(2725)`` shuffles each kind's candidates (sorted by
line) and they are taken in that order, skipping a line already drawn, a text already drawn and the
lines passed over: this draw's, and those test19, test20 and test24 passed over, whose numbers
their scripts keep as integers, not as ``msra-N`` (EARLIER_MSRA_PASSED_OVER). Files
``msra-NNNNN.txt`` (NNNNN the line number, five digits, as test15, test19, test20 and test24), the
sentence alone and a newline, no date line.

The numbers (``--stats``, on the tree the split was drawn from): of the month's 4605 paragraphs of
80-1500 characters with a PER entity, the entities days leave 4313, the probe list 3516, the ids
written in a file 3131 and the stretch rules **2928 candidates on 27 days**; only 5 of them pass a
kind's test (award 2, union 3; meeting, conference, inspection, appointment and issued none: test24
drew or passed over the other 22). The draw, after the passed-over paragraphs: award 1, union
1, ``any`` 1 and ``all`` 7. The MSRA corpus holds 38105 lines, 550 of them named in a file, 9234 of
10-300 characters with a PER entity, **9020 candidates** after the stretch rules; the kinds' tests
find meeting 265, conference 240, inspection 45, appointment 112, award 69, speech 232, visit 205,
ceremony 127, signing 58, chairing 53, accompanying 6, issued 40 of them (1238 pass one at least).
Every MSRA kind fills its quota, so ``any`` takes nothing. The draw is the same with this split's
files written (its folder and gold, this script, its README section) and run twice.

PASSED_OVER (5 paragraphs and 3 lines, each with its reason, in the order met over two rounds of
the draw): by test4's rule as test16, test19, test20 and test24 applied it, drawn passages that
name no person by a full name (only a byline: a photographer's, reporters' of an exchange campaign
and an exhibition, an essayist's; 黎翠珍 only in the name of a case, as test19's names of
buildings; 何梁何利 and 布里奇曼 only in the names of a fund and a prize, the laureate unnamed) or,
for the MSRA sentences, whose keyword is no event of a named person (scientists' field 考察, a
study, as test24's scholars' 考察). Kept, as test19 and test24 kept them: foreign persons named by
the one name the paper gives them (伯奇费尔, 普里马科夫, 曼利, 罗斯, 格林…); paragraphs that name a
person by a full name in passing (a news agency director's New Year wishes quoted by a paper, a
masthead's calligrapher, a leader's demands quoted without a venue, a donor of relief goods),
whatever gold facts they give; a sentence whose glued headline names the event of a named person.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from draws import PFR_KINDS, draw_kinds, draw_paragraphs, show_pfr
from select_test16 import KINDS as MSRA_TESTS
from select_test19 import Seen, pfr_candidates, read_msra, windows
from select_test24 import EARLIER_PASSED_OVER as TEST19_TEST20_PASSED_OVER
from select_test24 import MSRA_PASSED_OVER as TEST24_MSRA_PASSED_OVER
from select_test24 import PFR_PASSED_OVER as TEST24_PFR_PASSED_OVER
from select_test24 import msra_candidates, stats

HERE = Path(__file__).resolve().parent
OWN = "test25"
OUT = HERE / OWN
SCRIPT = Path(__file__).resolve()

SEED = 2725
PFR_TOTAL = 10
MSRA_TOTAL = 20
PER_DAY = 2
PFR_QUOTAS = {
    "meeting": 3, "conference": 3, "inspection": 2, "appointment": 3, "award": 2, "union": 1,
    "issued": 1,
}  # fmt: skip
PFR_KINDS25 = [(kind, PFR_QUOTAS[kind], test) for kind, _, test in PFR_KINDS]
MSRA_QUOTAS = {
    "meeting": 4, "conference": 3, "inspection": 3, "appointment": 3, "award": 1, "speech": 1,
    "visit": 2, "ceremony": 1, "signing": 1, "accompanying": 1,
}  # fmt: skip
MSRA_KINDS = [
    (kind, MSRA_QUOTAS[kind], test) for kind, _, test in MSRA_TESTS if kind in MSRA_QUOTAS
]

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980105-03-010-004": "award (仪式): a village's flag-raising, only the photographer's "
    "byline 彭张青",
    "19980113-05-005-002": "all: a hunt for pirated books; 黎翠珍 only in the name of a case "
    "(test19's names of buildings and prizes), only the byline 罗昌爱",
    "19980119-02-019-001": "all: a firm's exhibition, only the byline 广梁",
    "19980121-12-008-003": "union (工人): an essay on early retirement, only the byline 苟冰心",
    # second round
    "19980109-07-006-007": "all: a currency-exchange campaign of unnamed crowds, only the "
    "byline 成元生",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
    6751: "appointment: the laureate unnamed (his subject elided); 何梁何利 only in the fund's "
    "name (test19's 茅以升 in a prize's)",
    18614: "inspection: a scientists' field 考察点 (a study, test24's scholars' 考察); 伯奇费尔 "
    "only remembers it, no event",
    30938: "appointment: the laureate 他 unnamed; 布里奇曼 only in the prize's name",
}  # the second round passed over no line
EARLIER_PFR_PASSED_OVER = set(TEST24_PFR_PASSED_OVER)
EARLIER_MSRA_PASSED_OVER = set(TEST19_TEST20_PASSED_OVER) | set(TEST24_MSRA_PASSED_OVER)
# What this draw skips: its own passed-over passages and the earlier draws' (test26 passes its
# own sets, with these in them)
SKIPPED_PFR = frozenset(PFR_PASSED_OVER) | EARLIER_PFR_PASSED_OVER
SKIPPED_MSRA = frozenset(MSRA_PASSED_OVER) | EARLIER_MSRA_PASSED_OVER


def repository_seen() -> Seen:
    """What the repository holds, this split's own files left out (select_test19's reading)."""
    return Seen(OWN, SCRIPT)


def draw_msra(
    texts: dict[int, str], avoid: set[str], seed: int, skipped: frozenset[int]
) -> list[tuple[str, int]]:
    """Each kind's lines shuffled by one ``random.Random(seed)``, taken up to its quota, then
    ``any`` up to MSRA_TOTAL; a line ``skipped`` (passed over here or by an earlier draw) or
    sharing a stretch with ``avoid`` (the drawn paragraphs) is skipped."""
    return draw_kinds(
        texts,
        MSRA_KINDS,
        MSRA_TESTS,
        MSRA_TOTAL,
        seed,
        set(skipped),
        excluded=lambda text: bool(windows(text) & avoid),
    )


def select25(
    seen: Seen,
    rows: list[dict],
    seed: int = SEED,
    skipped_pfr: frozenset[str] = SKIPPED_PFR,
    skipped_msra: frozenset[int] = SKIPPED_MSRA,
    pfr_total: int = PFR_TOTAL,
) -> tuple[dict[str, str], list[tuple[str, str]], list[tuple[str, int]], dict[int, str]]:
    """The draw: the paragraph candidates, the paragraphs (kind, id), the MSRA lines (kind,
    line) and the lines' candidates (``pfr_total`` paragraphs: test35 takes more)."""
    texts = pfr_candidates(seen)
    pfr = draw_paragraphs(texts, PFR_KINDS25, pfr_total, PER_DAY, set(skipped_pfr), seed)
    avoid = {w for _, pid in pfr for w in windows(texts[pid])}
    lines = msra_candidates(seen, rows)
    return texts, pfr, draw_msra(lines, avoid, seed, skipped_msra), lines


def show(
    draw: tuple[dict[str, str], list[tuple[str, str]], list[tuple[str, int]], dict[int, str]],
    rows: list[dict],
    out: Path,
    write: bool,
) -> None:
    """Print the draw (and with ``write`` write its passage files into ``out``)."""
    _, pfr, msra, lines = draw
    print("pfr:", dict(Counter(kind for kind, _ in pfr)))
    print("msra:", dict(Counter(kind for kind, _ in msra)))
    if write:
        out.mkdir(exist_ok=True)
    show_pfr(pfr, out, write)
    for kind, i in sorted(msra, key=lambda pick: pick[1]):
        name = f"msra-{i:05d}.txt"
        print(f"{kind:12} {name}  line {i} (record {rows[i]['id']})")
        if write:
            (out / name).write_text(lines[i] + "\n", encoding="utf-8")


def redraw(
    own: str,
    script: Path,
    seed: int,
    skipped_pfr: frozenset[str],
    skipped_msra: frozenset[int],
    pfr_total: int = PFR_TOTAL,
) -> None:
    """A later split's draw by this recipe (test26, test27, test30), from the script ``script``
    that draws it: its own folder ``own`` and that script are not read; ``--stats`` and
    ``--write`` as here."""
    seen, rows = Seen(own, script), read_msra()
    if "--stats" in sys.argv:
        stats(seen, rows)
    draw = select25(seen, rows, seed, skipped_pfr, skipped_msra, pfr_total)
    show(draw, rows, HERE / own, "--write" in sys.argv)


def main() -> None:
    seen, rows = repository_seen(), read_msra()
    if "--stats" in sys.argv:
        stats(seen, rows)
    show(select25(seen, rows), rows, OUT, "--write" in sys.argv)


if __name__ == "__main__":
    main()
