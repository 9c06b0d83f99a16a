"""How the passages of ``test23/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test23.py [--write] [--stats]

test23 is held out: 30 passages from the three sources of dev6, test21 and test22
(select_dev6_test21.py), drawn as test22 (select_test22.py) with a new seed: People's Daily 1998
sentences of ``pd98_dev.jsonl``, CLUENER2020 train sentences (``cluener_train.jsonl``) and career
notes of the Resume NER corpus (``resume_train.jsonl``). The helpers are select_dev6_test21's
(candidate readers, résumé rule, ``draw_sentences``, ``draw_resumes``) and select_test19's
repository reading; what this draw keeps of its own is its seed, its quotas, the parities it reads
and the files it leaves out of the repository reading.

**Parity.** The pd98_dev sentences of **both** parities (the odd side is nearly used up by test21
and test22, the even side's drawn ones are dev6's); CLUENER sentences and résumés of odd id number
/ odd index (test21's side). Everything already in the repository is left out by select_test19's
two rules: a candidate sharing a stretch of 14 characters (Chinese, digits, Chinese punctuation)
with any text file under ``tests/``, ``benchmarks/``, ``src/``, ``ontology/`` or README.md, **or
whose whole text (NFKC, whitespace removed) occurs in one**. The second rule is new to these three
sources: a short CLUENER sentence with no 14-character stretch (Latin letters break the runs) passes
the first alone, and a test21 passage was drawn again without it. So no passage of dev6, test21 or
test22 is drawn again. This split's own files (``test23/``, this script, and a test23 section and
rows of the events README.md, once written) are never read, so committing them does not change the
draw.

**Sentences**: 20-300 characters, a PER entity, passing one of test16's keyword tests
(``select_test16.KINDS``), no stretch shared with a repository file. Quotas: pd98_dev 12 (test22's
scaled down: meeting 2, conference 2, inspection 1, appointment 2, visit 2, speech 1, award 1, then
``any``), CLUENER 12 (meeting 2, conference 2, appointment 2, speech 2, award 1, then ``any``); a
kind with too few candidates leaves its places to ``any`` (``draws.draw_kinds``), and places
pd98_dev cannot fill go to CLUENER's ``any``. Files ``pd98dev-NNNNNN.txt``, ``cluener-NNNNNN.txt``
(the corpus id, six digits), the sentence alone and a newline, no date line.

**Résumés**: as dev6/test21/test22 (2-12 lines, at most 900 characters, a dated post, no shared
stretch); 6, in ``resume-NNNNNN.txt`` (the id of the first line), the lines joined by newlines.

One ``random.Random(2523)`` per corpus shuffles the candidates (sorted by id) and they are taken in
that order. No drawn passage is passed over (as dev6, test21 and test22).

The numbers (``--stats``): **pd98_dev 34 candidates** (31 even, 3 odd; meeting 10, conference 5,
inspection 2, appointment 6, award 1, speech 2, visit 8, ceremony 4, signing 2, issued 1), every
kind fills its quota, 12 drawn. **CLUENER 52 candidates** (none of the meeting kind; conference 7,
inspection 1, appointment 4, award 7, speech 7, visit 3, ceremony 5, signing 4, chairing 8,
accompanying 1, issued 11), so ``any`` takes the meeting kind's two places: conference 2,
appointment 2, speech 2, award 1, ``any`` 5. **194 résumés**, 6 drawn.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from select_dev6_test21 import draw_resumes, draw_sentences, resume_candidates, sentence_candidates
from select_test16 import KINDS as TESTS
from select_test19 import repository, squeeze, windows

HERE = Path(__file__).resolve().parent
SCRIPT = Path(__file__).resolve()
OWN = "test23"
OUT = HERE / OWN
PARITIES = {"pd98_dev.jsonl": (0, 1), "cluener_train.jsonl": (1,)}  # id parities read
RESUME_PARITY = 1  # test21's side: odd résumés
SEED = 2523
SENTENCE_QUOTAS = {  # corpus file: (quotas of test16's kinds, then ``any`` up to the total)
    "pd98_dev.jsonl": ({
        "meeting": 2, "conference": 2, "inspection": 1, "appointment": 2, "visit": 2,
        "speech": 1, "award": 1,
    }, 12),
    "cluener_train.jsonl": ({
        "meeting": 2, "conference": 2, "appointment": 2, "speech": 2, "award": 1,
    }, 12),
}  # fmt: skip
RESUMES = 6
PREFIXES = {"pd98_dev.jsonl": "pd98dev", "cluener_train.jsonl": "cluener"}


def repository_reading() -> tuple[set[str], str]:
    """The 14-character stretches of the repository and its squeezed text (test19's two rules),
    this split's files (its folder, this script, its README section and rows) left out."""
    stretches: set[str] = set()
    files = repository(OWN, SCRIPT)
    for _, text in files:
        stretches |= windows(text)
    return stretches, "\n".join(squeeze(text) for _, text in files)


def main() -> None:
    write = "--write" in sys.argv
    stats = "--stats" in sys.argv
    seen, whole = repository_reading()
    if write:
        OUT.mkdir(exist_ok=True)
    short = 0  # places pd98_dev could not fill, given to CLUENER's ``any``
    for corpus, prefix in PREFIXES.items():
        sentences: dict[int, str] = {}
        for parity in PARITIES[corpus]:
            found = sentence_candidates(corpus, seen, parity)
            sentences |= {i: s for i, s in found.items() if squeeze(s) not in whole}
        if stats:
            kinds = Counter(k for k, _, t in TESTS for s in sentences.values() if re.search(t, s))
            print(f"{OWN} {corpus}: {len(sentences)} candidates {dict(kinds)}")
        quotas, total = SENTENCE_QUOTAS[corpus]
        picks = draw_sentences(sentences, (quotas, total + short), SEED)
        short = max(0, total - len(picks))
        if stats:
            print(f"{OWN} {corpus}: drawn {dict(Counter(kind for kind, _ in picks))}")
        for kind, i in sorted(picks, key=lambda p: p[1]):
            name = f"{prefix}-{i:06d}.txt"
            print(f"{OWN} {kind:12} {name}  {sentences[i]}")
            if write:
                (OUT / name).write_text(sentences[i] + "\n", encoding="utf-8")
    notes = resume_candidates(seen, RESUME_PARITY)
    notes = {k: v for k, v in notes.items() if squeeze("".join(v)) not in whole}
    if stats:
        print(f"{OWN}: {len(notes)} résumés")
    for first in sorted(draw_resumes(notes, SEED, RESUMES)):
        print(f"{OWN} resume       {first}.txt  {' / '.join(notes[first])[:100]}")
        if write:
            (OUT / f"{first}.txt").write_text("\n".join(notes[first]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
