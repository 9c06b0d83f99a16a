"""How the passages of ``test16/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test16.py [--write]

New in test16: single sentences of the MSRA NER corpus (``msra_train.jsonl.gz``, one sentence a
line, People's Daily of the late 1990s with PER/LOC/ORG annotated), 32 of them, weighted toward
who did what, with whom, when. A passage is the sentence alone, with no date line, so a date is
given only when the sentence itself writes it.

Candidates, by the line of the corpus (0-based line number i, not the number in the id, which
skips some numbers):

* only lines with ``i % 20`` in POOL = {5, 6, 7, 8, 9} (the other residues are left to other
  splits drawn from the same corpus, so that no two draws can meet);
* not a sentence whose exact text also occurs on a line outside that pool (a sentence repeated in
  the corpus could be the passage of another split);
* not a sentence named under ``tests/`` or ``benchmarks/``: every ``msra-N`` written in a file
  there or in a file's name leaves out the sentence whose id is ``msra-N`` and the one on line N
  (a name may mean either). This split's own files are not read (``test16/``, this script, and
  the test16 section and rows of README.md), so the draw does not leave out its own passages
  once they are committed;
* 10-300 characters with a PER entity annotated in the corpus.

Kinds: keyword tests on the sentence (KINDS), with quotas weighted toward meetings, conferences,
inspections, appointments, awards and speeches, in this order: meeting 5, conference 4,
inspection 4, appointment 4, award 4, speech 3, visit 2, ceremony 2, signing 1, chairing 1,
accompanying 1, issued 1 (32), then the ``any`` draw (a sentence passing any of those tests)
filling the places the kinds leave, to 32 in all. One ``random.Random(2113)`` shuffles each
kind's candidates (sorted by id first) and they are taken in that order, skipping a sentence
already drawn and the drawn sentences listed in PASSED_OVER (they name no person by name, or the
keyword is not an event of a named person: each with its reason). The passages are written as
``msra-NNNNNN.txt`` (the corpus id), the sentence alone on one line, exactly as in the corpus
(full-width digits, headline fragments glued to the sentence and all). Running it twice gives
the same passages; files added later under ``tests/`` or ``benchmarks/`` that name an ``msra-N``
of the pool would change the draw, which is the one of the tree it was committed with.

The pool holds 9525 lines (none repeats a sentence outside it); 22 of them are left out as named
under ``tests/`` or ``benchmarks/`` (by id or by line), and 2338 candidates are left (10-300
characters, a PER entity). The kinds' tests find meeting 81, conference 88, inspection 17,
appointment 29, award 28, speech 76, visit 65, ceremony 40, signing 21, chairing 10,
accompanying 1, issued 13 of them (a sentence may pass several).

The draw: every kind fills its quota (meeting 5, conference 4, inspection 4, appointment 4,
award 4, speech 3, visit 2, ceremony 2, signing 1, chairing 1, accompanying 1, issued 1), so the
``any`` draw takes nothing; 33 drawn sentences were passed over (PASSED_OVER, each with its
reason: 14 of the award kind, where 获…奖 and 表彰 mostly name works, buildings or unnamed
laureates with a byline; ``正在…访问的`` modifiers whose clause is a statement; bylines only).
Kept: sentences drawn by a keyword that is no event of theirs but reporting another event of a
named person (``msra-037787``, drawn by 考察组, reports 提拔为镇长); a prize of a work in the main
clause, which is its named author's (``msra-036630``, ``msra-033495``; a prize in a modifier of
another subject is passed over, ``msra-003184``).
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from draws import CORPORA, readme_without

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUT = HERE / "test16"

SEED = 2113
TOTAL = 32
POOL = {5, 6, 7, 8, 9}
MIN_LEN, MAX_LEN = 10, 300
KINDS = [  # kind, quota, test on the sentence
    ("meeting", 5, "会见|会谈|会晤|通电话"),
    ("conference", 4, r"(?=.*(?:会议|大会|座谈会|论坛|研讨会|发布会))"
                      r"(?=.*(?:出席|主持|讲话|致辞|发言|参加|召开|举行|会上|开幕|闭幕))"),
    ("inspection", 4, "考察|视察|调研|看望|慰问"),
    ("appointment", 4, "任命|免去|当选|担任"),
    ("award", 4, "授予|表彰|颁奖|获得?[^，。；]{0,20}奖"),
    ("speech", 3, "讲话|致辞|发言|作了?[^，。；]{0,12}报告"),
    ("visit", 2, "访问"),
    ("ceremony", 2, "仪式|招待会|宴会|开幕式|揭牌"),
    ("signing", 1, "签署|签订"),
    ("chairing", 1, "主持"),
    ("accompanying", 1, "陪同"),
    ("issued", 1, "印发|发布|公布"),
]  # fmt: skip
MSRA = re.compile(r"msra-(\d+)")
PASSED_OVER: set = set(
    # in the order found over the reruns of the draw (id: kind as drawn, why passed over)
    [
        "msra-033468",  # meeting: 李主席 only, no person by name
        "msra-032801",  # conference: an assembly closes, only the reporter's byline named
        "msra-033325",  # conference: a summit 阿拉法特 proposed, no event of a named person
        "msra-029976",  # inspection: a 视察 by an agency; 沈国放 only 指出 (a statement)
        "msra-037788",  # inspection: 考察组 of a county, no event of the named official
        "msra-040948",  # appointment: an essay on titles, no person
        "msra-031266",  # appointment: 任命两个部长 demanded, no appointed person named
        "msra-012179",  # award: a 颁奖大会 of unnamed laureates, only the reporter's byline
        "msra-044015",  # award: the laureate only 他
        "msra-003184",  # award: the prize is a book's (a modifier of the play's source)
        "msra-030638",  # award: prizes of articles, no person (加利 only in a title)
        "msra-026445",  # speech: 彭真's speeches praised in general, no event
        "msra-033344",  # visit: 正在黎巴嫩访问的 a modifier (test12), the rest a statement
        "msra-018645",  # chairing: an association 主持推广, only the reporter's byline
        "msra-024692",  # issued: a statement; 拒绝公布 by an organisation, no issuing
        "msra-026363",  # appointment: 彭真 担任…期间 (a post held), no one appointed
        "msra-034849",  # award: 诺贝尔奖 of theories in general, no person
        "msra-035502",  # award: a prize of a technology, only the reporter's byline
        "msra-024011",  # visit: 正在卡塔尔访问的 a modifier (test12), the rest a statement
        "msra-042031",  # issued: 张榜公布 of a village's power bills, no document issued
        "msra-037879",  # award: ten unnamed wives honoured, only the reporter's byline
        "msra-032095",  # visit: 正在德国访问的 a modifier (test12), the rest a statement
        "msra-005205",  # issued (发布会): seven unnamed runners, only the reporter's byline
        "msra-006942",  # award: a girl's 获奖 only referred to in an interview, no event
        "msra-002372",  # issued: 发布不实广告 (a fraud), no document issued
        "msra-011292",  # award: what a prize is for, no person
        "msra-006363",  # issued: a commission 公布 an untitled report (not issued, test12)
        "msra-036488",  # award: prizes of plays, persons only in titles, actors unnamed
        "msra-018549",  # issued: a team 公布 its line-up, no document, no event of 阿莫卡奇
        "msra-043573",  # award: a prize of a painting, no person
        "msra-010937",  # award: unnamed units and persons honoured, only the reporter's byline
        "msra-007153",  # award: a prize of a building, no person
        "msra-036583",  # award: 305 unnamed students; 亓瑜萍 only in a glued picture caption
    ]
)


def read_msra() -> list[dict]:
    """The corpus, a record per line (id, text, entities)."""
    with gzip.open(CORPORA / "msra_train.jsonl.gz", "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def named() -> set[int]:
    """The numbers N of every ``msra-N`` written in a file under tests/ or benchmarks/ or in a
    file's name there (this split's own files left out)."""
    numbers: set[int] = set()
    for top in ("tests", "benchmarks"):
        for path in sorted((ROOT / top).rglob("*")):
            if "__pycache__" in path.parts:
                continue
            rel = path.relative_to(ROOT).as_posix()
            if rel.startswith("benchmarks/data/events/test16") or path == Path(__file__).resolve():
                continue
            numbers.update(int(n) for n in MSRA.findall(path.name))
            if path.is_file():
                numbers.update(int(n) for n in MSRA.findall(own_text(path)))
    return numbers


def own_text(path: Path) -> str:
    """The text of a file as the draw reads it: README.md without its test16 section and rows
    (they name this split's passages once integrated)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return readme_without(text, "test16") if path == HERE / "README.md" else text


def candidates(rows: list[dict]) -> dict[str, tuple[int, str]]:
    """The sentences a draw may take: id -> (line, text)."""
    outside = Counter(r["text"] for i, r in enumerate(rows) if i % 20 not in POOL)
    left_out = named()
    return {
        r["id"]: (i, r["text"])
        for i, r in enumerate(rows)
        if i % 20 in POOL
        and r["text"] not in outside
        and i not in left_out
        and int(r["id"][5:]) not in left_out
        and MIN_LEN <= len(r["text"]) <= MAX_LEN
        and any(e["type"] == "PER" for e in r["entities"])
    }


def select16(seed: int = SEED) -> list[tuple[str, str, int]]:
    """The draw: (kind, id, line) in the order drawn."""
    texts = candidates(read_msra())
    rng = random.Random(seed)
    chosen: set[str] = set()
    drawn: list[tuple[str, str, int]] = []
    any_test = "|".join(f"(?:{test})" for _, _, test in KINDS)
    for kind, n, test in [*KINDS, ("any", TOTAL, any_test)]:
        n = min(n, TOTAL - len(drawn))
        pool = sorted(sid for sid, (_, text) in texts.items() if re.search(test, text))
        rng.shuffle(pool)
        for sid in pool:
            if n <= 0:
                break
            if sid in PASSED_OVER or sid in chosen:
                continue
            chosen.add(sid)
            drawn.append((kind, sid, texts[sid][0]))
            n -= 1
    return drawn


def show(drawn: list[tuple[str, str, int]], write: bool) -> None:
    """Print the draw; with ``write``, write its passages into test16/."""
    texts = {r["id"]: r["text"] for r in read_msra()} if write else {}
    if write:
        OUT.mkdir(exist_ok=True)
    for kind, sid, line in drawn:
        print(f"{kind:12} {sid}.txt  line {line}")
        if write:
            (OUT / f"{sid}.txt").write_text(texts[sid] + "\n", encoding="utf-8")


def main() -> None:
    show(select16(), write="--write" in sys.argv)


if __name__ == "__main__":
    main()
