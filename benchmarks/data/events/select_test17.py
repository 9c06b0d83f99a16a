"""How the passages of ``test17/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test17.py [--write]

The pages it leaves out are read from the working tree, so it redoes the draw on the tree it was
committed with; files added since under ``tests/`` or ``benchmarks/`` that name a page of January
1998 change it. Never ``--write`` on a later tree.

test17 is drawn as test14 was: People's Daily, January 1998 (``pfr199801.jsonl.gz``) only, 36
paragraphs, weighted toward who did what. What is new is one more exclusion, by paragraph.

Candidates: People's Daily paragraphs (``draws.pfr_paragraphs``: 80-1500 characters, a PER entity
annotated in the corpus) that none of these leaves out:

* the page rule of test14: every ``199801DD-PP`` written in a file under ``tests/`` or
  ``benchmarks/`` (paragraph and sentence ids such as ``pfr-19980116-06-…``, the ``pfr DATE-PAGE``
  lines of every nodes split's days.txt, the paragraphs of every events split in the sources table
  of README.md, dev … test14, and the paragraphs earlier draws passed over, named in their scripts)
  leaves out that whole page. Not read for the page rule: this split's own files (``test17/``, this
  script, and a test17 section and rows of the events README.md, once written), so that
  committing them does not change the draw, and ``probed_pfr.txt`` (below), which is a list of
  paragraphs, not of pages: read by the page rule it would leave out most pages of the month;
* the paragraphs of ``probed_pfr.txt`` (next to this script): paragraphs developers read as rule
  probes in sessions 15-16. Each listed paragraph is left out, its page stays free;
* the whole day of a passage of ``benchmarks/data/entities/passages/`` (``pfr-YYYYMMDD-N.txt``),
  as in every split since test3 (the days 3, 11, 29 and 31).

Kinds: the keyword tests of ``draws.PFR_KINDS`` with test14's quotas, in this order: meeting 8,
conference 8, inspection 5, appointment 6 (任命/免去/任免/当选), award 4, union 3, issued 3, the
total capped at 36, then the ``any`` draw (a paragraph passing any of those tests) filling the
places the kinds leave. One ``random.Random(2117)`` shuffles each kind's candidates (sorted by
paragraph id first) and they are taken in that order, skipping a paragraph already drawn, a day
(YYYYMMDD) that already gives 2 paragraphs, and the drawn paragraphs listed in PASSED_OVER (they
name no person by a full name, each with its reason). When the kinds' candidates run out, a last
draw ``all`` (its own ``random.Random(2117)``, as test14's) takes paragraphs of any subject, kind
or none, with the same day limit and PASSED_OVER, until 36 are drawn. The passages are written as
in every pfr split: ``pfr-YYYYMMDD-N.txt`` (N by paragraph id within the day), a line
``人民日报 1998年1月D日`` (the page date), then the paragraph's sentences joined, full-width digits
as in the corpus. Running it twice gives the same passages.

The numbers (printed with ``--stats``): by the page rule 210 of the month's 278 pages are left
out (test14 left out 160; the pages of test14's passages and of the nodes split test17's
days.txt are among the new ones); the
probe list leaves out 44 more paragraphs on free pages; 607 paragraphs of 24 days are candidates.
Only 5 of them pass a kind's test (award 2, union 3; meeting, conference, inspection,
appointment and issued have none), so the kinds and ``any`` give 3 paragraphs (award 2, union 1;
the other two union paragraphs are passed over) and the ``all`` draw gives 33: 36 paragraphs.
**So the split is weighted toward who did what only in its intent**: the kinds' candidates are
used up, and it is mostly a random sample of the free paragraphs that name a person (features,
essays, reports), poorer in events than the earlier pfr splits.

PASSED_OVER (35, in the order drawn, each with its reason): drawn paragraphs that name no person
by a full name: only a byline or an author's name (``（…）``, ``记者…报道``, ``…摄``), 我/我们,
an anonymised ``沈某``, a cartoon figure; persons named by surname or given name alone (桥本,
若斯潘, 亨廷顿, 马克思 and 恩格斯, 卡西尔, 井口, 韦尔纳, 梅先生, 老张, 热瓦甫); and 江泽民 or
邓小平 named only inside the name of a body or a theory (``以江泽民同志为核心的党中央``,
``邓小平理论``, as test13 passed over 习近平 in ``习近平新时代…思想``). Kept, as the rule is
written: paragraphs that name a person by a full name only in passing (徐悲鸿 beside a painter
called 孙先生; 蔡瑁 and 张允 in a sung line; 刘备, 周瑜 and 张飞 in an essay on 关公; a list of Go
players and their ranks), whatever gold facts they give.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from draws import (
    PFR_KINDS,
    draw_paragraphs,
    entities_days,
    pfr_paragraphs,
    readme_without,
    repository_texts,
    show_pfr,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUT = HERE / "test17"
PROBED = HERE / "probed_pfr.txt"

SEED = 2117
PFR_TOTAL = 36
PER_DAY = 2
QUOTAS = {
    "meeting": 8, "conference": 8, "inspection": 5, "appointment": 6, "award": 4, "union": 3,
    "issued": 3,
}  # fmt: skip
KINDS17 = [(kind, QUOTAS[kind], test) for kind, _, test in PFR_KINDS]
PAGE = re.compile(r"(199801[0-3]\d-\d\d)(?!\d)")
PARAGRAPH = re.compile(r"^(199801[0-3]\d-\d\d-\d{3}-\d{3})\s*$")
PASSED_OVER: set = set(
    # in the order drawn (paragraph id: kind as drawn, why passed over)
    [
        "19980121-02-005-002",  # union (务工人员): migrant workers' registration, only the byline
        "19980107-10-004-006",  # union (工人): an essay on work injuries, only the author's byline
        "19980120-07-004-002",  # all: a laser to mend the ozone layer, only the byline
        "19980116-02-003-002",  # all: no fake 郎酒 found in checks, only the byline
        "19980106-10-006-034",  # all: an essay on 1998; 江泽民 only in 以江泽民同志为核心的党中央
        # and 邓小平 only in 邓小平理论 (names of a body and a theory, as test13's 习近平…思想)
        "19980105-11-005-006",  # all: an essay on shops; 卡西尔, a philosopher quoted, by surname
        "19980122-03-003-003",  # all: fire statistics; the bureau head only 长孙, no full name
        "19980110-07-013-001",  # all: a 研讨会 of 全国妇联妇女研究所, only the byline 新园
        "19980124-09-003-004",  # all: 马克思 and 恩格斯 quoted by surname, no full name
        "19980108-10-004-006",  # all: an essay on law; 邓小平同志 only in the name of his theory
        "19980122-10-003-004",  # all: the 十五大 report quoted; 江泽民 only in the formula
        # 以江泽民同志为核心的党中央
        "19980109-07-003-005",  # all: the 大和银行 fraud; the trader only 井口, by surname
        "19980125-12-003-008",  # all: 费尔巴哈 and 恩格斯 quoted by surname, no full name
        "19980119-07-004-004",  # all: 桥本 on policy, by surname only, no full name
        "19980113-12-004-008",  # all: helping a farmer named only 老张, the narrator 我们
        "19980101-05-001-003",  # all: a photo caption of the Three Gorges dam, only 李舸摄
        "19980126-10-006-002",  # all: a bank's results, only the byline 黄起和
        "19980112-08-011-002",  # all: volleyball league results, only the byline
        "19980117-05-002-011",  # all: an essay on 亨廷顿's clash of civilisations, by surname
        # second round (the places the first round left)
        "19980120-07-003-004",  # all: French unemployment; 朱佩 and 若斯潘 by surname only
        "19980124-10-005-005",  # all: an essay on Beijing opera, only 梅先生
        "19980125-02-013-004",  # all: a shop that sells no fakes, only the byline 小李
        "19980108-02-004-002",  # all: Beijing's water works, only the byline
        "19980115-11-006-005",  # all: a raisin seller named only 热瓦甫 (a given name alone)
        "19980122-03-011-001",  # all: a driving-test centre, only the byline 石平
        "19980114-11-009-003",  # all: a passenger's lawsuit, the only person 沈某 (anonymised)
        # third round
        "19980120-05-001-002",  # all: an anti-piracy league, only the byline 卢新宁
        "19980125-02-002-002",  # all: market inspectors of 郑州, only the byline 李杰
        "19980114-11-007-006",  # all: a reader's exam story, only 我 and the author's name
        "19980112-08-010-005",  # all: a FINA press conference, the secretary only 韦尔纳 (surname)
        "19980117-05-002-007",  # all: 亨廷顿 on culture, by surname only
        # fourth round
        "19980125-02-015-002",  # all: poor miners of 湖南, only the byline 向阳婷
        "19980127-08-009-002",  # all: prizes of 宁夏 (a region), only the byline 黄会清
        "19980109-07-001-002",  # all: foreign capital in Latin America, only the byline
        # fifth round
        "19980112-09-001-008",  # all: an airline's cartoon hostess 安安小姐, no person
    ]
)


def own_text(path: Path) -> str | None:
    """The text of a file under tests/ or benchmarks/ as the page rule reads it; None for this
    split's own files and for the probe list (README.md without a test17 section and rows)."""
    rel = path.relative_to(ROOT).as_posix()
    if rel.startswith("benchmarks/data/events/test17/") or path in (
        Path(__file__).resolve(),
        PROBED,
    ):
        return None
    text = path.read_text(encoding="utf-8", errors="replace")
    if path == HERE / "README.md":
        text = readme_without(text, "test17")
    return text


def probed() -> set[str]:
    """The paragraphs (YYYYMMDD-PP-AAA-NNN) of probed_pfr.txt, left out one by one."""
    found = set()
    for line in PROBED.read_text(encoding="utf-8").splitlines():
        match = PARAGRAPH.match(line.strip())
        if match:
            found.add(match.group(1))
    return found


def excluded() -> tuple[set[str], set[str]]:
    """The pages (YYYYMMDD-PP) named under tests/ and benchmarks/, and the days of the
    entities benchmark's pfr passages."""
    pages = {page for text in repository_texts(own_text) for page in PAGE.findall(text)}
    return pages, entities_days()


def candidates() -> dict[str, str]:
    pages, days = excluded()
    return pfr_paragraphs(days, pages, probed())


def select17(seed: int = SEED) -> list[tuple[str, str]]:
    texts = candidates()
    return draw_paragraphs(texts, KINDS17, PFR_TOTAL, PER_DAY, PASSED_OVER, seed)


def stats() -> None:
    """How many pages, paragraphs and candidates the exclusions leave (the docstring's numbers)."""
    pages, days = excluded()
    free = pfr_paragraphs(days, pages, set())
    texts = candidates()
    print(f"pages left out by the page rule: {len(pages)}")
    print(f"probed paragraphs among the otherwise free ones: {len(set(free) - set(texts))}")
    print(f"candidates: {len(texts)} paragraphs on {len({p[:8] for p in texts})} days")
    counts = Counter(kind for kind, _, test in PFR_KINDS for text in texts.values() if test(text))
    print("passing a kind's test:", {kind: counts[kind] for kind, _, _ in PFR_KINDS})
    print("passing any:", sum(any(t(b) for _, _, t in PFR_KINDS) for b in texts.values()))


def show(pfr: list[tuple[str, str]], write: bool) -> None:
    """Print the draw; with ``write``, write its passages into test17/."""
    if write:
        OUT.mkdir(exist_ok=True)
    show_pfr(pfr, OUT, write)


def main() -> None:
    if "--stats" in sys.argv:
        stats()
    show(select17(), write="--write" in sys.argv)


if __name__ == "__main__":
    main()
