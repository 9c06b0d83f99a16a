"""How the passages of ``test22/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test22.py [--write] [--stats]

test22 is held out: 30 passages from the three sources of dev6 and test21 (select_dev6_test21.py),
drawn again on test21's side of the parity rule with a new seed: People's Daily 1998 sentences of
``pd98_dev.jsonl``, CLUENER2020 train sentences (``cluener_train.jsonl``) and career notes of the
Resume NER corpus (``resume_train.jsonl``). The helpers are select_dev6_test21's (its candidate
readers and résumé rule) and select_test19's repository reading; what this draw keeps of its own
is its seed, its quotas and the files it leaves out of the repository reading.

**Odd parity** (test21's): sentences of odd id number, résumés of odd index (counted from 0 in the
order of the corpus). dev6 keeps the even side to itself. Everything already in the repository is
left out by select_test19's 14-character stretch rule (a candidate sharing a stretch of 14
characters, Chinese, digits, Chinese punctuation, with any text file under ``tests/``,
``benchmarks/``, ``src/``, ``ontology/`` or README.md): test21's own passages and gold, dev6's,
and whatever a test or a lexicon quotes. This split's own files (``test22/``, this script, and a
test22 section and rows of the events README.md, once written) are never read, so committing them
does not change the draw.

**Sentences**: 20-300 characters, a PER entity, passing one of test16's keyword tests
(``select_test16.KINDS``), no stretch shared with a repository file. Quotas: pd98_dev 16 (meeting 3,
conference 3, inspection 1, appointment 3, visit 2, speech 2, award 1, then ``any``), CLUENER 8
(meeting 1, conference 2, appointment 2, speech 1, award 1, then ``any``); a kind with too few
candidates leaves its places to ``any`` (``draws.draw_kinds``). Files ``pd98dev-NNNNNN.txt``,
``cluener-NNNNNN.txt`` (the corpus id, six digits), the sentence alone and a newline, no date line.

**Résumés**: a résumé is the run of lines from one whose first PER entity opens it up to the
next; kept with 2-12 lines, at most 900 characters, a dated post (a year before 任/担任/出任/当选
in a line), no shared stretch; 6, in ``resume-NNNNNN.txt`` (the id of the first line), the lines
joined by newlines as they are, no date line.

One ``random.Random(2422)`` per corpus shuffles the candidates (sorted by id) and they are taken in
that order. No drawn passage is passed over (as dev6 and test21).

The numbers (``--stats``; the same on the tree of ``94ec8e9`` with this script added and on the
working tree the split was drawn from): **pd98_dev 19 candidates** (the odd side of the 33 test21
had, less its 14; meeting 0, conference 7, inspection 1, appointment 0, award 1, speech 3, visit 5,
ceremony 3, chairing 2, issued 2: a sentence may pass several), so the meeting and appointment
kinds draw nothing and ``any`` takes their places: conference 3, inspection 1, award 1, speech 2,
visit 2, ``any`` 7 (16 of the 19). **CLUENER 61 candidates** (meeting 2, conference 9, inspection
1, appointment 7, award 8, speech 9, visit 3, ceremony 5, signing 4, chairing 8, accompanying 1,
issued 11): meeting 1, conference 2, appointment 2, award 1, speech 1, ``any`` 1. **206 résumés**,
6 drawn. The kind is only how a sentence was drawn (a keyword in another sense comes in as a
kind): no drawn passage is passed over, so some give no gold fact, as two of test21's did.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from select_dev6_test21 import draw_resumes, draw_sentences, resume_candidates, sentence_candidates
from select_test16 import KINDS as TESTS
from select_test19 import repository, windows

HERE = Path(__file__).resolve().parent
SCRIPT = Path(__file__).resolve()
OWN = "test22"
OUT = HERE / OWN
PARITY = 1  # test21's side: odd ids and odd résumés
SEED = 2422
SENTENCE_QUOTAS = {  # corpus file: (quotas of test16's kinds, then ``any`` up to the total)
    "pd98_dev.jsonl": ({
        "meeting": 3, "conference": 3, "inspection": 1, "appointment": 3, "visit": 2,
        "speech": 2, "award": 1,
    }, 16),
    "cluener_train.jsonl": ({
        "meeting": 1, "conference": 2, "appointment": 2, "speech": 1, "award": 1,
    }, 8),
}  # fmt: skip
RESUMES = 6
PREFIXES = {"pd98_dev.jsonl": "pd98dev", "cluener_train.jsonl": "cluener"}


def repository_stretches() -> set[str]:
    """The 14-character stretches of the repository, this split's files (its folder, this script,
    its README section and rows) left out."""
    stretches: set[str] = set()
    for _, text in repository(OWN, SCRIPT):
        stretches |= windows(text)
    return stretches


def main() -> None:
    write = "--write" in sys.argv
    stats = "--stats" in sys.argv
    seen = repository_stretches()
    if write:
        OUT.mkdir(exist_ok=True)
    for corpus, prefix in PREFIXES.items():
        sentences = sentence_candidates(corpus, seen, PARITY)
        if stats:
            kinds = Counter(k for k, _, t in TESTS for s in sentences.values() if re.search(t, s))
            print(f"{OWN} {corpus}: {len(sentences)} candidates {dict(kinds)}")
        picks = draw_sentences(sentences, SENTENCE_QUOTAS[corpus], SEED)
        if stats:
            print(f"{OWN} {corpus}: drawn {dict(Counter(kind for kind, _ in picks))}")
        for kind, i in sorted(picks, key=lambda p: p[1]):
            name = f"{prefix}-{i:06d}.txt"
            print(f"{OWN} {kind:12} {name}  {sentences[i]}")
            if write:
                (OUT / name).write_text(sentences[i] + "\n", encoding="utf-8")
    notes = resume_candidates(seen, PARITY)
    if stats:
        print(f"{OWN}: {len(notes)} résumés")
    for first in sorted(draw_resumes(notes, SEED, RESUMES)):
        print(f"{OWN} resume       {first}.txt  {' / '.join(notes[first])[:100]}")
        if write:
            (OUT / f"{first}.txt").write_text("\n".join(notes[first]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
