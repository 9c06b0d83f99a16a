"""How the passages of ``dev4/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_dev4.py [--write]

New in dev4: a development split of **single sentences** of the MSRA NER corpus
(``msra_train.jsonl.gz``: JSON lines ``{"id", "text", "entities"}``, ``id`` = ``msra-NNNNNN``),
40 of them, weighted toward who did what, with whom, when. A passage is the sentence alone, one
line, exactly as in the corpus (``msra-NNNNNN.txt``), with no date line: a date is in the gold
only when the sentence itself gives it.

Candidates: the sentences at a 0-based line index ``i`` with ``i % 20`` in ``POOL`` (0-4; the
other residues are kept for other splits), 15-250 characters, with a PER entity annotated in the
corpus, such that

* the exact text occurs at no index outside ``POOL`` (the corpus repeats some sentences: a
  repeated sentence could be drawn by another split under another id);
* the id is written in no file under ``tests/`` or ``benchmarks/`` (``msra-NNNNNN``, or
  ``msra-NNNNN`` without the leading 0). This split's own files are not read (``dev4/``, this
  script, and the dev4 section and rows of README.md), so the draw does not leave out its own
  passages once they are committed;
* a text is drawn once (the pool itself repeats a few sentences).

Kinds: keyword tests on the sentence (``KINDS``), in this order and with these quotas: meeting 6
(会见/会谈/会晤/通电话), conference 6 (会议/大会/座谈会/论坛/研讨会/发布会 with a verb of holding or
attending), inspection 5 (考察/视察/调研/看望/慰问), appointment 5 (任命/免去/当选/担任), award 4
(授予/表彰/颁奖/获得…奖), speech 4 (讲话/致辞/发言/作报告), visit 2 (访问), ceremony 2
(仪式/招待会/宴会/开幕式/揭牌), signing 2 (签署/签订), chairing 1 (主持), accompanying 1 (陪同),
issuing 2 (印发/发布/公布): 40 in all. One ``random.Random(2111)`` shuffles each kind's
candidates (sorted by id first) and they are taken in that order, skipping a sentence already
drawn (by an earlier kind) and the drawn sentences listed in PASSED_OVER (by test4's rule, as
in every split: the sentence names no person by name but a byline, a title (周总理, 毛主席) or a
name inside a prize's; or no named person takes part in an event, the keyword being in another
sense (考察论证, 主持人 as a job) or the named person only 说/表示/建议; each with its reason).
Running it twice gives the same passages; files added later under ``tests/`` or ``benchmarks/``
that name an id of the pool would change the draw, which is the one of the tree it was committed
with.

The pool: 9530 sentences, none repeated outside it and none of their ids named under ``tests/``
or ``benchmarks/`` when drawn; 2374 of 15-250 characters with a PER entity, 395 of them passing
a kind's test (meeting 109, conference 65, inspection 19, appointment 30, award 21, speech 64,
visit 54, ceremony 45, signing 17, chairing 23, accompanying 4, issuing 14; a sentence may pass
several). Every kind fills its quota; 17 drawn sentences were passed over (PASSED_OVER).
A sentence drawn for one kind may report events of others (a 打电话 drawn as speech by 发言人,
a 记者招待会 drawn as ceremony): the kind is only how it was drawn.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from draws import CORPORA, readme_without, repository_texts

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUT = HERE / "dev4"

SEED = 2111
POOL = {0, 1, 2, 3, 4}  # i % 20 of the corpus lines this split may draw
MIN_CHARS, MAX_CHARS = 15, 250
HOLD = "召开|举行|出席|主持|讲话|致辞|发言|参加|开幕|闭幕|结束"
KINDS = [  # kind, quota, test on the sentence
    ("meeting", 6, lambda s: re.search("会见|会谈|会晤|通电话", s)),
    ("conference", 6, lambda s: (
        re.search("会议|大会|座谈会|论坛|研讨会|发布会", s) and re.search(HOLD, s)
    )),
    ("inspection", 5, lambda s: re.search("考察|视察|调研|看望|慰问", s)),
    ("appointment", 5, lambda s: re.search("任命|免去|当选|担任", s)),
    ("award", 4, lambda s: re.search("授予|表彰|颁奖|获得[^，。；]{0,20}奖", s)),
    ("speech", 4, lambda s: re.search("讲话|致辞|发言|作报告", s)),
    ("visit", 2, lambda s: re.search("访问", s)),
    ("ceremony", 2, lambda s: re.search("仪式|招待会|宴会|开幕式|揭牌", s)),
    ("signing", 2, lambda s: re.search("签署|签订", s)),
    ("chairing", 1, lambda s: re.search("主持", s)),
    ("accompanying", 1, lambda s: re.search("陪同", s)),
    ("issuing", 2, lambda s: re.search("印发|发布|公布", s)),
]  # fmt: skip
MSRA_ID = re.compile(r"msra-(\d{5,6})(?!\d)")  # ids, also written without the leading 0
PASSED_OVER: set[str] = {
    # drawn sentences passed over, in the order met (id: kind as drawn, why passed over)
    "msra-037734",  # meeting: a photo of 周总理 in an exhibition, no person by name
    "msra-013931",  # meeting: a headline (马思忠当选…) run into another sentence; 会晤 unnamed
    "msra-010175",  # conference: EU foreign ministers unnamed, only the byline
    "msra-037356",  # conference: a 研讨会 of an association, only the byline (and film titles)
    "msra-003366",  # inspection: 考察论证 of loans, no event; a bank manager's habit
    "msra-021993",  # award: a prize founded (马可·波罗奖), the name only in the prize's
    "msra-038226",  # award: 17 collectives commended, only the bylines
    "msra-010100",  # award: the queen and the emperor unnamed; the named person only 表示
    "msra-041854",  # speech: a memoir, 毛主席's speech (a title, no name), 彭真 a teacher
    "msra-044884",  # chairing: 主持人 a job, 王玲说 a statement, no event
    "msra-034325",  # accompanying: unnamed colleagues 陪同 her journey home, no event
    "msra-011364",  # issuing: 中宣部 公布 a list, the named person only 说
    "msra-012769",  # issuing: a committee 发布 a communiqué, only the byline
    "msra-033435",  # conference: G8 ministers unnamed, the named person only 说 in a 声明
    "msra-014409",  # award: a 颁奖典礼 announced, the only name in a prize's (夏衍)
    "msra-005558",  # issuing: a federation 公布 a ranking, a player placed in it, no event
    "msra-033338",  # conference: 希拉克 only 建议 a conference be called, no event
}


def own_text(path: Path) -> str | None:
    """The text of a file under tests/ or benchmarks/ as the draw reads it; None for this
    split's own files (and README.md without its dev4 section and rows)."""
    rel = path.relative_to(ROOT).as_posix()
    if rel.startswith("benchmarks/data/events/dev4/") or path == Path(__file__).resolve():
        return None
    text = path.read_text(encoding="utf-8", errors="replace")
    return readme_without(text, "dev4") if path == HERE / "README.md" else text


def excluded() -> set[str]:
    """The MSRA ids written in a file under tests/ or benchmarks/ (``msra-011679`` also when
    written ``msra-11679``)."""
    return {
        f"msra-{int(n):06d}" for text in repository_texts(own_text) for n in MSRA_ID.findall(text)
    }


def read_msra() -> list[dict]:
    with gzip.open(CORPORA / "msra_train.jsonl.gz", "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def candidates() -> dict[str, str]:
    """The pool's sentences a draw may take (id: text)."""
    rows = read_msra()
    outside = Counter(r["text"] for i, r in enumerate(rows) if i % 20 not in POOL)
    named = excluded()
    return {
        r["id"]: r["text"]
        for i, r in enumerate(rows)
        if i % 20 in POOL
        and not outside[r["text"]]
        and r["id"] not in named
        and MIN_CHARS <= len(r["text"]) <= MAX_CHARS
        and any(e["type"] == "PER" for e in r["entities"])
    }


def select_dev4(seed: int = SEED) -> list[tuple[str, str, str]]:
    """The draw: (kind, id, text) in the order drawn."""
    texts = candidates()
    rng = random.Random(seed)
    chosen: set[str] = set()
    drawn_texts: set[str] = set()
    drawn: list[tuple[str, str, str]] = []
    for kind, n, test in KINDS:
        pool = sorted(sid for sid, text in texts.items() if test(text))
        rng.shuffle(pool)
        for sid in pool:
            if n <= 0:
                break
            if sid in PASSED_OVER or sid in chosen or texts[sid] in drawn_texts:
                continue
            chosen.add(sid)
            drawn_texts.add(texts[sid])
            drawn.append((kind, sid, texts[sid]))
            n -= 1
    return drawn


def show(drawn: list[tuple[str, str, str]], write: bool) -> None:
    """Print the draw; with ``write``, write each sentence into dev4/ (``msra-NNNNNN.txt``)."""
    if write:
        OUT.mkdir(exist_ok=True)
    for kind, sid, text in drawn:
        print(f"{kind:12} {sid}.txt  {text if '--text' in sys.argv else ''}".rstrip())
        if write:
            (OUT / f"{sid}.txt").write_text(text + "\n", encoding="utf-8")


def main() -> None:
    show(select_dev4(), write="--write" in sys.argv)


if __name__ == "__main__":
    main()
