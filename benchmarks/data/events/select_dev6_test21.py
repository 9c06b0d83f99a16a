"""How the passages of ``dev6/`` and ``test21/`` were chosen (run it to see the draw; ``--write``
writes them).

    python benchmarks/data/events/select_dev6_test21.py [--write] [--stats]

Two corpora no split of this benchmark had drawn from: CLUENER2020's train sentences (news of
many kinds: ``cluener_train.jsonl``) and the Resume NER corpus (executives' and officials'
career notes, ``resume_train.jsonl``: the appointment-list kind, posts with their dates). The
MSRA pool was used up by test20 (residues 0-19 all drawn from).

**The two splits are disjoint by parity**: ``dev6`` (development) takes CLUENER sentences of even
id number and even-numbered résumés; ``test21`` (held out: never tuned on, scored once at the end
of a session) the odd ones. Both drawn at once by this script from one tree, so neither split's
files change the other's draw: the repository reading (select_test19's ``repository``) leaves out
both folders, this script and both splits' README sections and rows.

**CLUENER.** Sentences of 20-300 characters with a PER entity that pass one of test16's keyword
tests (``select_test16.KINDS``, the event verbs of who did what) and share no 14-character stretch
with a repository file (test19's stretch rule). Quotas per split: meeting 3, conference 3,
inspection 2, appointment 4, award 2, speech 3, visit 2, ceremony 1, signing 1, chairing 1,
accompanying 1, issued 1, then ``any`` to 22. Files ``cluener-NNNNN.txt``: the sentence alone
and a newline, no date line.

**Résumés.** A résumé is a run of consecutive lines, from a line whose first PER entity starts
it (``高勇：男，…``, ``陈云峰先生，``) up to the next such line. Kept: 2-12 lines, at most 900
characters, at least one dated post (a year before 任/担任/出任/当选 in a line: ``2007年10月至今
任…``), no stretch shared with the repository. 8 per split, the résumés' lines joined as they
are, one per line, in ``resume-NNNNNN.txt`` (the id of the first line), no date line.

One ``random.Random(SEED)`` per split and corpus shuffles the candidates (sorted by id).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from draws import CORPORA, draw_kinds, readme_without
from select_test16 import KINDS as TESTS
from select_test19 import repository, windows

HERE = Path(__file__).resolve().parent
SCRIPT = Path(__file__).resolve()
SPLITS = {"dev6": 0, "test21": 1}  # split: parity of the ids and résumés it takes
SEEDS = {"dev6": 2306, "test21": 2321}
SENTENCE_QUOTAS = {  # corpus file: (quotas of test16's kinds, then ``any`` up to the total)
    "pd98_dev.jsonl": ({
        "meeting": 3, "conference": 2, "inspection": 1, "appointment": 2, "visit": 2,
        "speech": 1, "ceremony": 1,
    }, 14),
    "cluener_train.jsonl": ({
        "meeting": 1, "conference": 2, "inspection": 1, "appointment": 2, "speech": 1,
    }, 8),
}  # fmt: skip
RESUMES = 8
DATED_POST = re.compile(r"\d{4}年[^。；]{0,30}?(?:任|担任|出任|当选)")


def repository_stretches() -> set[str]:
    """The 14-character stretches of the repository, both splits' files and this script left out."""
    stretches: set[str] = set()
    for rel, text in repository("dev6", SCRIPT):
        if rel.startswith("benchmarks/data/events/test21/"):
            continue
        if rel == "benchmarks/data/events/README.md":
            text = readme_without(text, "test21")
        stretches |= windows(text)
    return stretches


def read_jsonl(name: str) -> list[dict]:
    with (CORPORA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def sentence_candidates(corpus: str, seen: set[str], parity: int) -> dict[int, str]:
    """The sentences of ``corpus`` the draw may take (id number: text)."""
    found = {}
    for row in read_jsonl(corpus):
        number = int(row["id"].split("-")[1])
        text = row["text"]
        if number % 2 != parity or not 20 <= len(text) <= 300:
            continue
        if not any(e["type"] == "PER" for e in row["entities"]):
            continue
        if not any(re.search(test, text) for _, _, test in TESTS) or windows(text) & seen:
            continue
        found[number] = text
    return found


def resumes() -> list[tuple[str, list[str]]]:
    """Every résumé: (id of its first line, its lines)."""
    runs: list[tuple[str, list[str]]] = []
    for row in read_jsonl("resume_train.jsonl"):
        people = [e for e in row["entities"] if e["type"] == "PER"]
        if (people and people[0]["start"] == 0) or not runs:
            runs.append((row["id"], []))
        runs[-1][1].append(row["text"])
    return runs


def resume_candidates(seen: set[str], parity: int) -> dict[str, list[str]]:
    found = {}
    for k, (first, lines) in enumerate(resumes()):
        text = "\n".join(lines)
        if k % 2 != parity or not 2 <= len(lines) <= 12 or len(text) > 900:
            continue
        if DATED_POST.search(text) and not any(windows(line) & seen for line in lines):
            found[first] = lines
    return found


def draw_sentences(
    texts: dict[int, str], quotas: tuple[dict[str, int], int], seed: int
) -> list[tuple[str, int]]:
    """Each kind's sentences shuffled by one ``random.Random(seed)`` and taken up to its quota,
    then ``any`` up to the corpus's total (test20's draw); ``quotas`` is a corpus's row of
    ``SENTENCE_QUOTAS``."""
    per_kind, total = quotas
    kinds = [(k, per_kind[k], t) for k, _, t in TESTS if k in per_kind]
    return draw_kinds(texts, kinds, TESTS, total, seed)


def draw_resumes(found: dict[str, list[str]], seed: int, count: int = RESUMES) -> list[str]:
    pool = sorted(found)
    random.Random(seed).shuffle(pool)
    return pool[:count]


def show_resumes(
    notes: dict[str, list[str]], seed: int, count: int, out: Path, write: bool
) -> None:
    """Print the notes ``draw_resumes`` draws (test28's and test29's line: the id and how many
    lines); with ``write``, write each into ``out`` as ``resume-NNNNNN.txt``."""
    for first in sorted(draw_resumes(notes, seed, count)):
        print(f"resume       {first}.txt  records {first} ({len(notes[first])} lines)")
        if write:
            (out / f"{first}.txt").write_text("\n".join(notes[first]) + "\n", encoding="utf-8")


PREFIXES = {"pd98_dev.jsonl": "pd98dev", "cluener_train.jsonl": "cluener"}


def main() -> None:
    write = "--write" in sys.argv
    seen = repository_stretches()
    for split, parity in SPLITS.items():
        out = HERE / split
        if write:
            out.mkdir(exist_ok=True)
        for corpus, prefix in PREFIXES.items():
            sentences = sentence_candidates(corpus, seen, parity)
            if "--stats" in sys.argv:
                kinds = Counter(
                    k for k, _, t in TESTS for s in sentences.values() if re.search(t, s)
                )
                print(f"{split} {corpus}: {len(sentences)} candidates {dict(kinds)}")
            picks = draw_sentences(sentences, SENTENCE_QUOTAS[corpus], SEEDS[split])
            for kind, i in sorted(picks, key=lambda p: p[1]):
                name = f"{prefix}-{i:06d}.txt"
                print(f"{split} {kind:12} {name}  {sentences[i]}")
                if write:
                    (out / name).write_text(sentences[i] + "\n", encoding="utf-8")
        notes = resume_candidates(seen, parity)
        if "--stats" in sys.argv:
            print(f"{split}: {len(notes)} résumés")
        for first in sorted(draw_resumes(notes, SEEDS[split])):
            print(f"{split} resume       {first}.txt  {' / '.join(notes[first])[:100]}")
            if write:
                (out / f"{first}.txt").write_text("\n".join(notes[first]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
