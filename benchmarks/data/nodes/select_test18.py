"""How the texts of ``test18/`` were chosen (run it to see the draw; ``--write`` writes days.txt).

    python benchmarks/data/nodes/select_test18.py        # test18: Random(2042) on edf1782

The procedure of select_test17.py for its People's Daily pages, over the whole month, since no
xwlb day is left (select_test17 took the last one that is not a day of tests/test_real_corpus.py;
the script counts them again and stops if one is free). The dates a tree uses are read from the
files of a commit (``git ls-tree -r`` and ``git cat-file`` of ``tests/`` and ``benchmarks/`` at
``--tree``, select_test16's readers), not from the working tree, so the draw is the one of that
commit whatever was added since (this script and test18/ included).

A page (DATE-PAGE of ``pfr199801.jsonl.gz``, 1998-01-01 to 1998-01-31) is free when

* no file under tests/ or benchmarks/ names it as ``YYYYMMDD-PP`` (in its text or its path: the
  pages of every node split, and of the paragraph ids ``YYYYMMDD-PP-AAA-NNN`` a file writes, such
  as the rule probes of ``benchmarks/data/events/probed_pfr.txt``);
* no events split holds a paragraph of it (select_test17's mapping: each events
  ``pfr-YYYYMMDD-N.txt`` mapped to its page by its text; a file whose text is no paragraph of
  its date leaves out the whole date);
* its date is not a date of ``benchmarks/data/entities/passages`` (the files
  ``pfr-YYYYMMDD-N.txt`` there, N an item, not a page);
* it is not a name list, by a rule fixed before the draw: a paragraph is a list of names when
  the corpus tags at least ``LIST_NAMES`` PER spans in it and its PER characters are at least
  half of its characters; a page is a name list when more than half of its characters are in
  such paragraphs (the CPPCC member list test17 drew, 19980124-03, is one).

``rng.sample`` of ``TOTAL`` pages over the sorted free pages (all of them if there are fewer),
sorted.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from collections import defaultdict
from pathlib import Path

from select_test16 import CORPORA, REAL_CORPUS_DAYS, tree_texts, used
from select_test17 import events_pages, pfr_paragraphs

HERE = Path(__file__).resolve().parent
TOTAL = 17
LIST_NAMES = 5
ENTITIES_PFR = re.compile(r"^benchmarks/data/entities/passages/pfr-(\d{8})-\d+\.txt$")


def list_pages(corpora: Path) -> set[str]:
    """The pages (YYYYMMDD-PP) more than half of whose characters are in lists of names."""
    # paragraph -> [characters, PER characters, PER spans]
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    with gzip.open(corpora / "pfr199801.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                row = counts[record["id"][4:].rsplit("-s", 1)[0]]
                row[0] += len(record["text"])
                for entity in record["entities"]:
                    if entity["type"] == "PER":
                        row[1] += entity["end"] - entity["start"]
                        row[2] += 1
    total: dict[str, int] = defaultdict(int)
    listed: dict[str, int] = defaultdict(int)
    for pid, (chars, per, spans) in counts.items():
        total[pid[:11]] += chars
        if spans >= LIST_NAMES and 2 * per >= chars:
            listed[pid[:11]] += chars
    return {page for page, chars in total.items() if 2 * listed[page] > chars}


def draw(seed: int, commit: str, corpora: Path = CORPORA) -> tuple[list[tuple[str, str]], int]:
    """The drawn pages, and how many were free."""
    with gzip.open(corpora / "xwlb_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        order = [json.loads(line)["date"] for line in handle]
    step = len(order) // REAL_CORPUS_DAYS
    real = set(order[::step][:REAL_CORPUS_DAYS])
    paragraphs = pfr_paragraphs(corpora)
    all_pages = sorted({pid[:11] for pid in paragraphs})
    texts = tree_texts(commit)
    used_days, used_pages = used(texts)
    free_days = sorted(d for d in set(order) if d not in used_days and d not in real)
    print(f"# xwlb: {len(free_days)} free days")
    if free_days:
        raise SystemExit("xwlb days are free again: this draw takes People's Daily pages only")
    event_pages, unmapped = events_pages(texts, paragraphs)
    entity_dates = {
        found.group(1)
        for found in (ENTITIES_PFR.match(text.partition("\n")[0]) for text in texts)
        if found
    }
    names = list_pages(corpora)
    named = [p for p in all_pages if p not in used_pages]
    unevented = [p for p in named if p not in event_pages and p[:8] not in unmapped]
    dated = [p for p in unevented if p[:8] not in entity_dates]
    free = [p for p in dated if p not in names]
    print(
        f"# pfr: {len(all_pages)} pages; {len(named)} named by no file; "
        f"{len(unevented)} of them with no events paragraph ({len(event_pages)} pages of events "
        f"passages, {len(unmapped)} dates left out); {len(dated)} not on a date of the "
        f"entities passages {sorted(entity_dates)}; {len(free)} free, not a name list "
        f"(name-list pages of the month: {sorted(names)})"
    )
    pages = free if len(free) <= TOTAL else sorted(random.Random(seed).sample(free, TOTAL))
    return [("pfr", page) for page in pages], len(free)


HEADER = """\
# test18: the texts of this split, one a line: "pfr DATE-PAGE" is every paragraph of that page of
# pfr199801.jsonl.gz. Chosen once, with random.Random(2042), as ../select_test18.py does it, on
# the tree of edf1782 (the dates read from the files of that commit, git ls-tree / git cat-file).
# No xwlb day is left (test17 took the last one that is not a day of tests/test_real_corpus.py),
# so the split is People's Daily pages only, of the whole month (1998-01-01 to 1998-01-31), a page
# free when no file under tests/ or benchmarks/ names it (as YYYYMMDD-PP, so none of the pages of
# dev/ to test17/, nor of a paragraph id YYYYMMDD-PP-AAA-NNN a file writes: the 204 pages of the
# rule probes of benchmarks/data/events/probed_pfr.txt are left out, a page holding a paragraph
# read as a probe being no unseen text), no events split has a paragraph of it (each events
# pfr-YYYYMMDD-N.txt mapped to its page by its text, as select_test17 does; every one of them was
# mapped, so no whole date was left out), its date is no date of benchmarks/data/entities/passages
# (1998-01-03, -11, -29, -31), and it is not a list of names (a rule fixed before the draw: more
# than half of its characters in paragraphs with at least 5 PER spans of the corpus tags that are
# at least half PER characters; of the month only 19980124-03, the CPPCC member list of test17, is
# one, so the rule left out no free page).
# {taken}
# Held out for the eighteenth round: judged on the code as merged before that round (edf1782),
# scored once more at its end; never tuned on.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--tree", default="edf1782", help="the commit whose tests/ and benchmarks/ are read"
    )
    parser.add_argument("--seed", type=int, default=2042)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--write", action="store_true", help="write test18/days.txt")
    args = parser.parse_args()
    rows, n_free = draw(args.seed, args.tree, args.corpora)
    body = "".join(f"{source} {key}\n" for source, key in rows)
    print(body, end="")
    if args.write:
        if len(rows) == n_free:
            taken = (
                f"Only {n_free} pages were free, fewer than {TOTAL}: all taken, the rng drew none."
            )
        else:
            taken = f"{len(rows)} of the {n_free} free pages drawn with rng.sample, sorted."
        header = HEADER.format(taken=taken)
        (HERE / "test18").mkdir(exist_ok=True)
        (HERE / "test18" / "days.txt").write_text(header + body, encoding="utf-8")


if __name__ == "__main__":
    main()
