"""How the passages of ``test19/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test19.py [--write] [--stats]

test19 is held out: 40 passages, 24 People's Daily paragraphs of January 1998
(``pfr199801.jsonl.gz``) and 16 single sentences of the MSRA NER corpus (``msra_train.jsonl.gz``),
weighted toward who did what. The exclusions read the working tree, so the draw is the one of the
tree it was committed with (a later file quoting a stretch of a candidate changes it); this split's
own files are never read (``test19/``, this script, and a test19 section and rows of the events
README.md, once written), so committing them does not change the draw.

**People's Daily, by paragraph.** The page rule of test14/test17 (no page that a file under
``tests/`` or ``benchmarks/`` names) has run out, so a paragraph (``draws.read_pfr``: 80-1500
characters, a PER entity annotated in the corpus) is a candidate unless

* it shares a stretch of 14 characters (Chinese, digits, Chinese punctuation; full-width digits
  read as ASCII) with any text file under ``tests/``, ``benchmarks/``, ``src/``, ``ontology/`` or
  with README.md, or its whole text (NFKC, whitespace removed) occurs in one: so no paragraph of
  an earlier split and none a test, a rule or a lexicon quotes. Every shared stretch counts, a
  repeated formula too (test18 counted only rare ones): a paragraph with a leader's title chain
  that a file quotes is left out, which only shrinks the pool;
* its id (``199801DD-PP-AAA-NNN``, also as a sentence id ``…-sN``) is written in such a file: the
  paragraphs earlier draws passed over, named in their scripts with their contents;
* it is listed in ``probed_pfr.txt`` (paragraphs developers read as rule probes);
* its day is the day of a passage of ``benchmarks/data/entities/passages/`` (3, 11, 29, 31).

Kinds: the keyword tests of ``draws.PFR_KINDS`` with test14/test17's quotas, in this order:
meeting 8, conference 8, inspection 5, appointment 6, award 4, union 3, issued 3, the total capped
at 24, then ``any`` (a paragraph passing any kind's test), then ``all`` (any subject), as
``draws.draw_paragraphs`` does for test14 and test17, with ``random.Random(2119)``, at most 2
paragraphs a day, skipping PFR_PASSED_OVER. Files: ``pfr-YYYYMMDD-N.txt`` (N by paragraph id within
the day), a line ``人民日报 1998年1月D日`` (the page date), then the paragraph's sentences joined,
full-width digits as in the corpus.

**MSRA, by line.** Lines of 0-based number ``i`` with ``i % 20`` in POOL = {10, ..., 14} (0-9 are
dev4's and test16's residues, 19 test15's), 10-300 characters, a PER entity, whose text

* occurs on no line outside the pool (a repeated sentence could be another split's);
* is not in a repository file by the stretch rule above (whole text or a 14-character stretch);
* is not named: a ``msra-N`` written in such a file or in a file's name leaves out the line N and
  the record ``msra-N`` (test16's rule);
* shares no 14-character stretch with a paragraph drawn above (the two corpora are both People's
  Daily of 1998).

Kinds: test16's keyword tests (``select_test16.KINDS``, the event verbs of who did what: 会见,
会谈, 出席, 主持, 讲话, 考察, 视察, 访问, 任命, 免去, 当选, 授予, 签署, 印发 …) with quotas scaled
to 16: meeting 3, conference 2, inspection 2, appointment 2, award 2, speech 1, visit 1, ceremony
1, signing 1, accompanying 1, then ``any`` (a sentence passing any test). One
``random.Random(2119)`` shuffles each kind's candidates (sorted by line) and they are taken in
that order, skipping a line already drawn, a text already drawn and MSRA_PASSED_OVER. Files:
``msra-NNNNN.txt`` (NNNNN the line number, five digits, as test15), the sentence alone and a
newline, no date line.

The numbers (``--stats``; on the tree the split was drawn from, where the nodes split
``benchmarks/data/nodes/test18/``, drawn at the same time, already stood: its five pages hold no
paragraph of this draw): of the month's 4605 paragraphs of 80-1500 characters with a PER entity,
the entities days leave 4313, the probe list 3516, the ids written in a file 3185 and the stretch
rule **2986 candidates on 27 days**; only 59 of them pass a kind's test (meeting 11, conference 2,
inspection 0, appointment 1, award 23, union 25, issued 0). The draw: meeting 8, conference 2,
award 4, union 3 (the one appointment candidate is drawn as a meeting) and ``any`` 7; ``all`` takes
nothing. The MSRA pool holds 9525 lines (none repeats a text outside it), 67 of them named in a
file, 2386 of 10-300 characters with a PER entity, **2331 candidates** after the stretch rule, 358
passing a kind's test; every kind fills its quota.

PASSED_OVER (each with its reason, in the order met over the reruns): by test4's rule, drawn
passages that name no person by a full name: only a byline (``记者…报道``, ``（…）``), a person
named only inside the name of a building, an anniversary, a prize or a book (周恩来同志故居,
茅以升桥梁大奖, as test17 passed over 江泽民 in a body's name), a surname alone (欧, 颜), or,
for the MSRA sentences as test16, whose keyword is no event of a named person (考察论证, a
title granted in a modifier, a prize that could be won). Kept, as the rule is written: foreign
persons named by the one name the paper gives them (叶利钦, 阿拉法特, 库克, 尼亚佐夫, 乔德曼,
舒尔兹), as test12 (巴特勒), test13 (利维) and test14 (希拉克) kept them (test17 passed such
names over, 若斯潘 and 朱佩: a stricter reading this draw does not follow, so that its international
news keeps its meetings); paragraphs that name a person by a full name in passing with no event
(a 老总 visited by workers, heroes' portraits, 马寅初's theory, 江泽民's demands quoted without a
venue), whatever gold facts they give.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from draws import (
    CORPORA,
    PFR_KINDS,
    ROOT,
    draw_kinds,
    draw_paragraphs,
    entities_days,
    read_pfr,
    readme_without,
    show_pfr,
)
from select_test16 import KINDS as MSRA_TESTS

HERE = Path(__file__).resolve().parent
OUT = HERE / "test19"
PROBED = HERE / "probed_pfr.txt"
OWN = "test19"
SCRIPT = Path(__file__).resolve()

SEED = 2119
PFR_TOTAL = 24
MSRA_TOTAL = 16
PER_DAY = 2
PFR_QUOTAS = {
    "meeting": 8, "conference": 8, "inspection": 5, "appointment": 6, "award": 4, "union": 3,
    "issued": 3,
}  # fmt: skip
PFR_KINDS19 = [(kind, PFR_QUOTAS[kind], test) for kind, _, test in PFR_KINDS]
MSRA_QUOTAS = {
    "meeting": 3, "conference": 2, "inspection": 2, "appointment": 2, "award": 2, "speech": 1,
    "visit": 1, "ceremony": 1, "signing": 1, "accompanying": 1,
}  # fmt: skip
MSRA_KINDS = [
    (kind, MSRA_QUOTAS[kind], test) for kind, _, test in MSRA_TESTS if kind in MSRA_QUOTAS
]
POOL = {10, 11, 12, 13, 14}
MIN_LEN, MAX_LEN = 10, 300

WINDOW = 14
STRETCH = re.compile(rf"[\u4e00-\u9fff，、。；：？！“”‘’《》（）〈〉『』—…·0-9]{{{WINDOW},}}")
WIDE = str.maketrans("０１２３４５６７８９", "0123456789")
SUFFIXES = {".md", ".txt", ".py", ".jsonl", ".json", ".tsv", ".ttl", ".j2", ".js", ".html"}
PARAGRAPH_ID = re.compile(r"(?<!\d)(199801[0-3]\d-\d\d-\d{3}-\d{3})(?!\d)")
MSRA_ID = re.compile(r"msra-(\d+)")

PFR_PASSED_OVER: dict[str, str] = {
    # paragraph id: kind as drawn, why passed over (in the order drawn)
    "19980113-01-002-002": "meeting (通电话): 江苏 out of poverty, only the byline 龚永泉",
    "19980107-02-015-001": "award (仪式): a company's 签字仪式, only the byline 夏珺",
    "19980108-04-020-001": "award (仪式): a TV series' first showing, only the byline 向兵",
    "19980112-10-016-003": "union (员工人均): a bank's results, only the byline 朱章印",
    "19980104-04-006-002": "any: a 交钥匙仪式 of unnamed residents, only the byline 余清楚",
    "19980109-04-012-005": "any: queues at 周恩来's former home; he is named only in the names "
    "of buildings (周恩来同志故居, 周恩来纪念馆), the visitors unnamed (test17's 江泽民 in a name)",
    "19980123-03-005-002": "any: a military hospital's research, only the byline 徐殿国",
    # second round
    "19980109-04-012-004": "award (仪式): 周恩来's centenary programme; he is named only in the "
    "names of an anniversary, a library and a meeting (as 19980109-04-012-005)",
}
MSRA_PASSED_OVER: dict[int, str] = {
    # line: kind as drawn, why passed over (in the order drawn)
    2351: "inspection: 考察论证 of a market's plan (a study, no event; dev4's msra-003366)",
    14512: "conference: four ministries announce at a 座谈会, only the byline 董宏君",
    9513: "award: 102 unnamed village doctors commended, only the byline 艾笑",
    30992: "ceremony: a 颁奖仪式, only the byline 王娜梅 and 宋庆龄 in the prize's name",
    8550: "signing: two countries sign, only the bylines 尹树广, 孙勇军",
    # second round
    31090: "award: unnamed teachers and girls commended; 邓小平 only the subject of a book read",
    # third round
    9212: "award: 65 unnamed laureates; 茅以升 only in the prize's name",
    # fourth round
    36953: "award: an essay on calligraphy, 欧 and 颜 by surname only, prizes of unnamed persons",
    # fifth round
    11230: "award: 裴曦's title only in a modifier (八岁时即被…授予…称号的, no event, test5), "
    "the clause 拜…为师 no event",
    # sixth round
    19172: "award: a finding that could win a 诺贝尔奖, no person (the name only in the prize's)",
    # seventh round
    36932: "award: prizes of a work of 其 (unnamed here); 关山月 only in the prize's name",
}


def windows(text: str) -> set[str]:
    """The 14-character stretches of ``text`` (full-width digits read as ASCII)."""
    runs = STRETCH.findall(text.translate(WIDE))
    return {run[i : i + WINDOW] for run in runs for i in range(len(run) - WINDOW + 1)}


def squeeze(text: str) -> str:
    """NFKC, whitespace removed: how a whole text and a file are compared (test15)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def repository(own: str = OWN, script: Path = SCRIPT) -> list[tuple[str, str]]:
    """(path, text) of every text file under tests/, benchmarks/, src/, ontology/ and README.md,
    the split ``own``'s files (its folder, its draw ``script``) left out and the events README
    without an ``own`` section and rows (test20's draw reads it with its own)."""
    paths = [ROOT / "README.md"]
    for top in ("tests", "benchmarks", "src", "ontology"):
        paths += sorted(p for p in (ROOT / top).rglob("*") if p.is_file())
    found = []
    for path in paths:
        rel = path.relative_to(ROOT).as_posix()
        if "__pycache__" in path.parts or rel.startswith(f"benchmarks/data/events/{own}/"):
            continue
        if path == script or path.suffix not in SUFFIXES:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if path == HERE / "README.md":
            text = readme_without(text, own)
        found.append((rel, text))
    return found


class Seen:
    """What the repository holds: its 14-character stretches, its squeezed text, the paragraph
    ids and the msra numbers it writes (in a file or in a file's name)."""

    def __init__(self, own: str = OWN, script: Path = SCRIPT) -> None:
        files = repository(own, script)
        self.stretches: set[str] = set()
        for _, text in files:
            self.stretches |= windows(text)
        self.squeezed = "\n".join(squeeze(text) for _, text in files)
        self.paragraphs = {pid for _, text in files for pid in PARAGRAPH_ID.findall(text)}
        self.msra = {int(n) for rel, text in files for n in MSRA_ID.findall(rel + "\n" + text)}
        for top in ("tests", "benchmarks"):  # file names of any kind (binary files too)
            for path in (ROOT / top).rglob("*"):
                if own not in path.relative_to(ROOT).parts:
                    self.msra.update(int(n) for n in MSRA_ID.findall(path.name))

    def quotes(self, text: str) -> bool:
        return bool(windows(text) & self.stretches) or squeeze(text) in self.squeezed


def probed() -> set[str]:
    """The paragraphs of probed_pfr.txt."""
    lines = PROBED.read_text(encoding="utf-8").splitlines()
    return {m.group(1) for m in map(PARAGRAPH_ID.match, (line.strip() for line in lines)) if m}


def pfr_candidates(seen: Seen) -> dict[str, str]:
    """The People's Daily paragraphs the draw may take (id: text)."""
    paragraphs, has_person = read_pfr()
    days, listed = entities_days(), probed()
    return {
        pid: text
        for pid, text in paragraphs.items()
        if 80 <= len(text) <= 1500
        and pid in has_person
        and pid[:8] not in days
        and pid not in listed
        and pid not in seen.paragraphs
        and not seen.quotes(text)
    }


def read_msra() -> list[dict]:
    with gzip.open(CORPORA / "msra_train.jsonl.gz", "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def msra_candidates(seen: Seen, rows: list[dict]) -> dict[int, str]:
    """The MSRA lines the draw may take (line: text)."""
    outside = Counter(r["text"] for i, r in enumerate(rows) if i % 20 not in POOL)
    return {
        i: r["text"]
        for i, r in enumerate(rows)
        if i % 20 in POOL
        and not outside[r["text"]]
        and i not in seen.msra
        and int(r["id"][5:]) not in seen.msra
        and MIN_LEN <= len(r["text"]) <= MAX_LEN
        and any(e["type"] == "PER" for e in r["entities"])
        and not seen.quotes(r["text"])
    }


def draw_msra(texts: dict[int, str], avoid: set[str], seed: int = SEED) -> list[tuple[str, int]]:
    """Each kind's lines shuffled by one ``random.Random(seed)``, taken up to its quota, then
    ``any`` up to MSRA_TOTAL; a line sharing a stretch with ``avoid`` (the drawn paragraphs) is
    skipped."""
    return draw_kinds(
        texts,
        MSRA_KINDS,
        MSRA_TESTS,
        MSRA_TOTAL,
        seed,
        MSRA_PASSED_OVER,
        excluded=lambda text: bool(windows(text) & avoid),
    )


def select19() -> tuple[list[tuple[str, str]], list[tuple[str, int]], dict[int, str]]:
    """The draw: the paragraphs (kind, id), the MSRA lines (kind, line) and the lines' texts."""
    seen = Seen()
    texts = pfr_candidates(seen)
    pfr = draw_paragraphs(texts, PFR_KINDS19, PFR_TOTAL, PER_DAY, set(PFR_PASSED_OVER), SEED)
    avoid = {w for _, pid in pfr for w in windows(texts[pid])}
    lines = msra_candidates(seen, read_msra())
    return pfr, draw_msra(lines, avoid), lines


def stats() -> None:
    """How many candidates the exclusions leave, and how many pass each kind's test."""
    seen = Seen()
    texts = pfr_candidates(seen)
    print(f"pfr candidates: {len(texts)} paragraphs on {len({p[:8] for p in texts})} days")
    counts = Counter(kind for kind, _, test in PFR_KINDS for text in texts.values() if test(text))
    print("  passing a kind's test:", {kind: counts[kind] for kind, _, _ in PFR_KINDS})
    lines = msra_candidates(seen, read_msra())
    print(f"msra candidates: {len(lines)} lines")
    found = Counter(k for k, _, t in MSRA_TESTS for text in lines.values() if re.search(t, text))
    print("  passing a kind's test:", {kind: found[kind] for kind, _, _ in MSRA_TESTS})


def main() -> None:
    write = "--write" in sys.argv
    if "--stats" in sys.argv:
        stats()
    pfr, msra, lines = select19()
    if write:
        OUT.mkdir(exist_ok=True)
    show_pfr(pfr, OUT, write)
    for kind, i in sorted(msra, key=lambda pick: pick[1]):
        name = f"msra-{i:05d}.txt"
        print(f"{kind:12} {name}  line {i}")
        if write:
            (OUT / name).write_text(lines[i] + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
