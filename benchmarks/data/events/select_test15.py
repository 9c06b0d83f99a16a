"""How the passages of ``test15/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test15.py [--write]

New source: the free xwlb days are used up (test13) and the pfr paragraphs drawn from in test14,
so test15 takes single sentences of the MSRA NER corpus (``msra_train.jsonl.gz``, People's Daily
text of the late 1990s, full-width digits; one JSON record a line with ``id``, ``text``,
``entities``). Only records whose 0-based line index ``i`` has ``i % 20 == 19`` are candidates:
that slice is held out from model training and no one had read it. A candidate is 80-600
characters long, has a ``PER`` entity and an event cue (CUE: 会见, 会谈, 出席, 主持, 讲话, 考察,
访问, 仪式, 表彰, 签署, 任命, 当选, 任, 陪同, 会议, 论坛 …). A record is left out when its text
(NFKC, whitespace removed) occurs inside a file already under ``benchmarks/data/`` or ``tests/``
(the passages of every split, held-out ones included, read without being printed; test15's own
folder excepted), so no sentence of an earlier passage is drawn again. The files are read from
the working tree, so the draw is the one of the tree it was committed with.

The kinds (KINDS, tests on the sentence) and their quotas (QUOTA: meeting 8, conference 8,
inspection 6, appointment 6, award 6, then ``any`` 6, a sentence with any cue) are drawn in that
order, the last (``any``) filling what the kinds leave, to TOTAL = 40: the candidates of a kind,
sorted by line index (the order of their ids), are shuffled with one ``random.Random(2097)`` and
taken in that order, skipping a record already drawn and the drawn records listed in PASSED_OVER
(they name no person but in a byline, or, for the appointment kind, no appointed, elected or
removed person). Each passage ``msra-NNNNN.txt`` (NNNNN the record's 0-based line index, five
digits; the record's ``id`` differs, the corpus skipping some numbers) holds the sentence alone
and a newline, with no date line: these sentences have no page date, so a gold date is null
unless the sentence itself gives one (a year, or a year with its month).

The draw: MSRA's sentences are short, so only 31 records of the slice pass the tests (1,905
records in the slice; 124 have a PER entity and a cue, 31 of them 80 characters or more; none
occurs in an existing file). The kinds draw 1 meeting, 8 conference, 6 inspection, no appointment
(no candidate has 任命, 免去, 当选, 辞职, 就任, 出任, 担任 or 任…职) and 2 award; the ``any`` draw
takes the 14 left, so every candidate is drawn and the order of the draw changes nothing. Four
are passed over (PASSED_OVER), leaving **27 passages, not 40**.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPUS = ROOT.parent / "shared" / "corpora" / "msra_train.jsonl.gz"

SEED = 2097
SLICE = (20, 19)  # line index i with i % 20 == 19
CUE = re.compile(
    "会见|会谈|会晤|通电话|出席|参加|主持|讲话|致辞|发言|作报告|考察|视察|调研|看望|慰问|访问|"
    "仪式|招待会|宴会|开幕|闭幕|表彰|授予|颁奖|签署|签订|任命|免去|当选|任|辞职|陪同|会议|大会|"
    "座谈会|研讨会|论坛"
)
KINDS = {  # kind: test on the sentence
    "meeting": re.compile("会见|会谈|会晤|通电话"),
    "conference": re.compile(
        "出席|主持|讲话|致辞|发言|作报告|会议|大会|座谈会|研讨会|论坛|开幕|闭幕|招待会|宴会"
    ),
    "inspection": re.compile("考察|视察|调研|看望|慰问|访问|陪同"),
    "appointment": re.compile("任命|免去|当选|辞职|就任|出任|担任|任[^。；，]{0,20}职"),
    "award": re.compile("表彰|授予|颁奖|仪式|签署|签订"),
    "any": CUE,
}
TOTAL = 40
QUOTA = [("meeting", 8), ("conference", 8), ("inspection", 6), ("appointment", 6), ("award", 6)]
PASSED_OVER: set[int] = {
    # line index of the record, in the order drawn; no person named but in a byline (or only an
    # anonymised party)
    6019,  # conference kind (主持 of a court's mediation): 王某 is an anonymised dead party
    10759,  # any: 统战部's 座谈会, the party leaders unnamed; only the reporters' byline
    30259,  # any: a 工作会议's leaders and experts unnamed; only the reporter's byline
    26339,  # any: EU summit's 15 leaders unnamed; only the reporter's byline
}


def squeeze(text: str) -> str:
    """NFKC, whitespace removed: how a sentence and an existing file are compared."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def existing_texts() -> str:
    """Every text file under benchmarks/data/ and tests/ (test15's own folder excepted), squeezed
    and joined; nothing of it is printed."""
    parts = []
    for top in (ROOT / "benchmarks" / "data", ROOT / "tests"):
        for path in sorted(top.rglob("*")):
            if not path.is_file() or HERE / "test15" in path.parents:
                continue
            try:
                parts.append(squeeze(path.read_text(encoding="utf-8")))
            except (UnicodeDecodeError, OSError):
                continue
    return "\n".join(parts)


def candidates() -> list[tuple[int, str]]:
    """(line index, text) of the slice's records that may be drawn, sorted by index."""
    seen = existing_texts()
    found = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if i % SLICE[0] != SLICE[1] or not line.strip():
                continue
            record = json.loads(line)
            text = record["text"]
            if not 80 <= len(text) <= 600 or not CUE.search(text):
                continue
            if not any(e["type"] == "PER" for e in record["entities"]):
                continue
            if squeeze(text) in seen:
                continue
            found.append((i, text))
    return sorted(found)


def select(pool: list[tuple[int, str]], seed: int, passed_over: set[int]) -> list[tuple[str, int]]:
    """The draw: (kind, line index), kind by kind, one random.Random(seed) for all shuffles."""
    rng = random.Random(seed)
    chosen: set[int] = set()
    picks: list[tuple[str, int]] = []
    for kind, n in [*QUOTA, ("any", TOTAL)]:
        n = min(n, TOTAL - len(picks))
        of_kind = [i for i, text in pool if KINDS[kind].search(text)]
        rng.shuffle(of_kind)
        for i in of_kind:
            if n <= 0:
                break
            if i in chosen or i in passed_over:
                continue
            chosen.add(i)
            picks.append((kind, i))
            n -= 1
    return picks


def main() -> None:
    write = "--write" in sys.argv
    pool = candidates()
    texts = dict(pool)
    picks = select(pool, SEED, PASSED_OVER)
    out = HERE / "test15"
    if write:
        out.mkdir(exist_ok=True)
    print(f"{len(pool)} candidates")
    for kind, i in picks:
        name = f"msra-{i:05d}.txt"
        print(f"{kind:12} {name}  line {i}, {len(texts[i])} characters")
        if write:
            (out / name).write_text(texts[i] + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
