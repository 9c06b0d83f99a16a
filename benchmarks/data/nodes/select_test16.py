"""How the texts of ``test16/`` were chosen (run it to see the draw; ``--write`` writes days.txt).

    python benchmarks/data/nodes/select_test16.py        # test16: Random(2040) on 3e1e729
    python benchmarks/data/nodes/select_test16.py --tree c87c0e5 --seed 2039   # gives test15
    python benchmarks/data/nodes/select_test16.py --tree bddd9ab --seed 2038   # gives test14

The procedure of the days.txt headers of test14 and test15, written out. The dates a tree uses
are read from the files of a commit (``git ls-tree -r`` and ``git cat-file`` of ``tests/`` and
``benchmarks/`` at ``--tree``), not from the working tree, so the draw is the one of that commit
whatever was added since (this script and test16/ included). Candidates: xwlb days of
``xwlb_dev.jsonl.gz`` that no file under tests/ or benchmarks/ names, as YYYY-MM-DD or YYYYMMDD,
in its text or its path. Per year, 2 of 2022, 6 of 2023, 7 of 2024 in that order:
``rng.sample`` over the year's sorted candidates, the draw sorted; right after it, each drawn day
that is one of the 20 days tests/test_real_corpus.py reads (every ``len(days) // 20``-th day of
the corpus, the first 20) is replaced, in the order of the sorted draw, by ``rng.choice`` over
that year's candidates neither such a day nor already drawn. Then 2 People's Daily pages
(DATE-PAGE of ``pfr199801.jsonl.gz``) that no file under tests/ or benchmarks/ names (as
``YYYYMMDD-PP``), ``rng.sample`` over the sorted free pages with the same rng, sorted.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPORA = ROOT.parent / "shared" / "corpora"
QUOTA = (("2022", 2), ("2023", 6), ("2024", 7))
PAGES = 2
REAL_CORPUS_DAYS = 20
DASHED = re.compile(r"(20\d\d)-(\d\d)-(\d\d)")
PLAIN = re.compile(r"(20\d\d)(\d\d)(\d\d)")
PAGE = re.compile(r"(\d{8})-(\d{2})")


def tree_texts(commit: str) -> list[str]:
    """Path and text of every file under tests/ and benchmarks/ at ``commit``."""
    names = subprocess.run(
        ["git", "-C", str(ROOT), "ls-tree", "-r", "--name-only", commit, "tests", "benchmarks"],
        check=True, capture_output=True, text=True,
    ).stdout.splitlines()  # fmt: skip
    request = "".join(f"{commit}:{name}\n" for name in names).encode()
    out = subprocess.run(
        ["git", "-C", str(ROOT), "cat-file", "--batch"],
        input=request, check=True, capture_output=True,
    ).stdout  # fmt: skip
    texts, at = [], 0
    for name in names:
        header_end = out.index(b"\n", at)
        size = int(out[at:header_end].split()[2])
        blob = out[header_end + 1 : header_end + 1 + size]
        at = header_end + 1 + size + 1
        texts.append(name + "\n" + blob.decode("utf-8", errors="replace"))
    return texts


def used(texts: list[str]) -> tuple[set[str], set[str]]:
    """The days (YYYY-MM-DD) and the pfr pages (YYYYMMDD-PP) the texts name."""
    days: set[str] = set()
    pages: set[str] = set()
    for text in texts:
        days.update("-".join(m.groups()) for m in DASHED.finditer(text))
        days.update("-".join(m.groups()) for m in PLAIN.finditer(text))
        pages.update("-".join(m.groups()) for m in PAGE.finditer(text))
    return days, pages


def draw(seed: int, commit: str, corpora: Path = CORPORA) -> list[tuple[str, str]]:
    with gzip.open(corpora / "xwlb_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        order = [json.loads(line)["date"] for line in handle]
    step = len(order) // REAL_CORPUS_DAYS
    real = set(order[::step][:REAL_CORPUS_DAYS])
    with gzip.open(corpora / "pfr199801.jsonl.gz", "rt", encoding="utf-8") as handle:
        all_pages = sorted({"-".join(json.loads(line)["id"].split("-")[1:3]) for line in handle})
    used_days, used_pages = used(tree_texts(commit))
    rng = random.Random(seed)
    rows: list[tuple[str, str]] = []
    for year, count in QUOTA:
        candidates = sorted(d for d in set(order) if d.startswith(year) and d not in used_days)
        drawn = sorted(rng.sample(candidates, count))
        for i, day in enumerate(drawn):
            if day in real:
                pool = [c for c in candidates if c not in real and c not in drawn]
                drawn[i] = rng.choice(pool)
                print(f"# {day} is a day of tests/test_real_corpus.py: replaced by {drawn[i]}")
        print(f"# {year}: {len(candidates)} candidates")
        rows += [("xwlb", day) for day in sorted(drawn)]
    free = [p for p in all_pages if p not in used_pages]
    print(f"# pfr: {len(free)} free pages")
    rows += [("pfr", page) for page in sorted(rng.sample(free, PAGES))]
    return rows


HEADER = """\
# test16: the texts of this split, one a line: "xwlb DATE" is the whole day of xwlb_dev.jsonl.gz,
# "pfr DATE-PAGE" every paragraph of that page of pfr199801.jsonl.gz. Chosen once, with
# random.Random(2040), by the rules of test3 to test15 (their days.txt headers), as
# ../select_test16.py does it: xwlb days that no file under tests/ or benchmarks/ writes (as
# YYYY-MM-DD or YYYYMMDD, file names included: so none of dev/, test/, test2/, test3/ to test15/ nor
# any split of benchmarks/data/events, test12 included), drawn with rng.sample over the sorted
# candidates of each year, 2 of 2022, 6 of 2023, 7 of 2024 in that order (each year's draw sorted);
# right after each year's draw, a drawn day of the 20 of tests/test_real_corpus.py is replaced, in
# order, by rng.choice over that year's candidates neither such a day nor drawn (here two:
# 2023-05-29 by 2023-03-26, 2024-02-01 by 2024-08-13); then 2 People's Daily pages (DATE-PAGE) that
# no file under tests/ or benchmarks/ names, drawn with the same rng from the sorted free pages.
# Only 26 xwlb days were left free (3 of 2022, 15 of 2023, 8 of 2024), so the draw takes most of
# them. The script reads the dates from the files of a commit (git ls-tree / git cat-file), not the
# working tree: run on c87c0e5 with random.Random(2039) it gives test15 exactly, and on bddd9ab with
# random.Random(2038) test14 exactly (its one replaced day, 2023-11-11, included).
# Drawn on the tree of 3e1e729. Held out for the sixteenth round: judged on the code as merged
# before that round (3e1e729), scored once more at its end; never tuned on.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--tree", default="3e1e729", help="the commit whose tests/ and benchmarks/ are read"
    )
    parser.add_argument("--seed", type=int, default=2040)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--write", action="store_true", help="write test16/days.txt")
    args = parser.parse_args()
    rows = draw(args.seed, args.tree, args.corpora)
    body = "".join(f"{source} {key}\n" for source, key in rows)
    print(body, end="")
    if args.write:
        (HERE / "test16" / "days.txt").parent.mkdir(exist_ok=True)
        (HERE / "test16" / "days.txt").write_text(HEADER + body, encoding="utf-8")


if __name__ == "__main__":
    main()
