"""How the passages of ``test14/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test14.py [--write]

The pages it leaves out are read from the working tree, so it redoes the draw on the tree it was
committed with (``d202ab5``: ``git worktree add ../wt d202ab5`` and run it there); files added
since (the nodes split test17's days.txt names pages of 1998-01-16 to 31) change it. Never
``--write`` on a later tree.

New in test14: the free xwlb days are used up (test13 took the last of them, up to three items a
day), so test14 is drawn from People's Daily, January 1998 (``pfr199801.jsonl.gz``) only, 40
paragraphs, weighted toward who did what.

Candidates: People's Daily paragraphs (``draws.pfr_paragraphs``: 80-1500 characters, a PER entity
annotated in the corpus) of a page (DATE-PAGE) that no file under ``tests/`` or ``benchmarks/``
names, by a stricter rule than the earlier splits' (which left out a paragraph, not its page,
and only the pages named under ``tests/`` or in a nodes split's days.txt):

* every ``199801DD-PP`` written in a file under ``tests/`` or ``benchmarks/`` (paragraph and
  sentence ids such as ``pfr-19980116-06-…``, the ``pfr DATE-PAGE`` lines of every nodes split's
  days.txt, the paragraphs of every events split in the sources table of README.md, dev … test13,
  the paragraphs earlier draws passed over, named in their scripts) leaves out that whole page.
  This split's own files are not read (``test14/``, this script, and the test14 section and rows
  of README.md), so the draw does not leave out its own passages once they are committed;
* the whole day of a passage of ``benchmarks/data/entities/passages/`` (``pfr-YYYYMMDD-N.txt``)
  is left out, as in every split since test3 (the days 3, 11, 29 and 31).

Kinds: the keyword tests of ``draws.PFR_KINDS`` with larger quotas, in this order: meeting 8,
conference 8, inspection 5, appointment 6 (任命/免去/任免/当选), award 4, union 3, issued 3,
then the ``any`` draw (a paragraph passing any of those tests) filling the places the kinds
leave, to 40 in all. One ``random.Random(2073)`` shuffles each kind's candidates (sorted by
paragraph id first) and they are taken in that order, skipping a paragraph already drawn, a day
(YYYYMMDD) that already gives 2 paragraphs, and the drawn paragraphs listed in PASSED_OVER (they
name no person by a full name, or, for the appointment kind, no appointed or removed person; each
with its reason). PASSED_OVER includes select_test13.py's (none of those is a candidate here:
their pages are named in the earlier scripts). The passages are written as in every split:
``pfr-YYYYMMDD-N.txt`` (N by paragraph id within the day), a line ``人民日报 1998年1月D日`` (the
page date), then the paragraph's sentences joined, full-width digits as in the corpus. Running it
twice gives the same passages; files added later under ``tests/`` or ``benchmarks/`` that name a
page would change the draw, which is the one of the tree it was committed with.

The kinds' candidates run out: by the page rule 160 pages are left out and 1336 paragraphs of 25
days are free, only 55 of them passing a kind's test (meeting 4, conference 7, inspection 0,
appointment 1, award 21, union 26, issued 0), and at most 2 a day leaves 39 of those. So a last
draw ``all`` (its own ``random.Random(2073)``, as test13's ``fill_all`` for xwlb) takes paragraphs
of any subject, kind or none, with the same day limit and PASSED_OVER, until 40 are drawn.

The draw: meeting 4, conference 7, appointment 1, award 4, union 3, ``any`` 16, ``all`` 5
(inspection and issued have no candidate); 5 drawn paragraphs passed over (no person named but a
byline or 我).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import select_test13
from draws import (
    PFR_KINDS,
    draw_paragraphs,
    entities_days,
    pfr_paragraphs,
    repository_texts,
    show_pfr,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUT = HERE / "test14"

SEED = 2073
PFR_TOTAL = 40
PER_DAY = 2
QUOTAS = {
    "meeting": 8, "conference": 8, "inspection": 5, "appointment": 6, "award": 4, "union": 3,
    "issued": 3,
}  # fmt: skip
KINDS14 = [(kind, QUOTAS[kind], test) for kind, _, test in PFR_KINDS]
PAGE = re.compile(r"(199801[0-3]\d-\d\d)(?!\d)")
PASSED_OVER: set = select_test13.PASSED_OVER | set(
    # new in test14, in the order drawn (paragraph id: kind as drawn, why passed over)
    [
        "19980113-05-006-001",  # any: a 毁版仪式 of stamps, only the reporter's byline named
        "19980113-05-007-001",  # any: a 表彰会 of unnamed teachers, only the byline named
        "19980115-10-002-004",  # union (工人阶级): an essay on honesty, no person
        "19980118-03-003-003",  # any (仪式): a flag-lowering ceremony, only 我, no person
        "19980123-10-006-005",  # any (颁奖): a 颁奖大会 of unnamed scriptwriters, only the byline
    ]
)


def own_text(path: Path) -> str | None:
    """The text of a file under tests/ or benchmarks/ as the draw reads it; None for this
    split's own files (and README.md without its test14 section and rows)."""
    rel = path.relative_to(ROOT).as_posix()
    if rel.startswith("benchmarks/data/events/test14/") or path == Path(__file__).resolve():
        return None
    text = path.read_text(encoding="utf-8", errors="replace")
    if path == HERE / "README.md":
        text = re.sub(r"\n## The test14 split\n.*?(?=\n## )", "\n", text, flags=re.S)
        text = "\n".join(line for line in text.splitlines() if not line.startswith("| test14 |"))
    return text


def excluded() -> tuple[set[str], set[str]]:
    """The pages (YYYYMMDD-PP) named under tests/ and benchmarks/, and the days of the
    entities benchmark's pfr passages."""
    pages = {page for text in repository_texts(own_text) for page in PAGE.findall(text)}
    return pages, entities_days()


def select14(seed: int = SEED) -> list[tuple[str, str]]:
    pages, days = excluded()
    texts = pfr_paragraphs(days, pages, set())
    return draw_paragraphs(texts, KINDS14, PFR_TOTAL, PER_DAY, PASSED_OVER, seed)


def show(pfr: list[tuple[str, str]], write: bool) -> None:
    """Print the draw; with ``write``, write its passages into test14/."""
    if write:
        OUT.mkdir(exist_ok=True)
    show_pfr(pfr, OUT, write)


def main() -> None:
    show(select14(), write="--write" in sys.argv)


if __name__ == "__main__":
    main()
