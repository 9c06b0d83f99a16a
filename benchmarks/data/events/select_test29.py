"""How the passages of ``test29/`` were chosen (run it to see the draw; ``--write`` writes them).

    python benchmarks/data/events/select_test29.py [--write] [--stats]

test29 is held out: 14 career notes of the Resume NER corpus (``resume_train.jsonl``), the kind
of text session 53 worked on (posts held, with their spans, at firms the tagger may not read).
The candidates are select_dev6_test21's (``resume_candidates``: 2-12 lines, at most 900
characters, a dated post, no 14-character stretch shared with a repository file), of **both**
parities (dev6 drew from the even side, test21 to test23 and test28 from the odd side), with two
further exclusions: the note's squeezed text in no repository file (test28's), and its first
line's id (``resume-NNNNNN``) written in no repository file, so that no note read as a probe
(``probed_resume.txt``: session 31's, and session 53's 73 notes, read or whose output was read
while building the career-note rules) is drawn. ``draw_resumes`` with ``random.Random(2929)``
takes 14; files ``resume-NNNNNN.txt`` (the id of the first line), the note's lines joined by
newlines. This split's own files (``test29/``, this script, the test29 section and rows of the
events README) are never read, so committing them does not change the draw; but the exclusions
read the working tree, and a later file quoting a note (the tests that quote four of them) removes
it and reshuffles the rest: redo the draw on the tree of commit ``8136ca1`` with this split's
files and ``probed_resume.txt``'s session-53 block added, not on a later tree.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from select_dev6_test21 import resume_candidates, show_resumes
from select_test19 import Seen, repository, squeeze

HERE = Path(__file__).resolve().parent
OWN = "test29"
OUT = HERE / OWN
SCRIPT = Path(__file__).resolve()
SEED = 2929
RESUMES = 14
RESUME_ID = re.compile(r"resume-\d{6}")


def named_notes() -> set[str]:
    """The ids ``resume-NNNNNN`` a repository file writes (in its text or its name)."""
    return {
        found
        for rel, text in repository(OWN, SCRIPT)
        for found in RESUME_ID.findall(rel + "\n" + text)
    }


def main() -> None:
    write, stats = "--write" in sys.argv, "--stats" in sys.argv
    seen, named = Seen(OWN, SCRIPT), named_notes()
    notes = resume_candidates(seen.stretches, 0) | resume_candidates(seen.stretches, 1)
    notes = {
        first: lines
        for first, lines in notes.items()
        if squeeze("".join(lines)) not in seen.squeezed and first not in named
    }
    if stats:
        print(f"résumés: {len(notes)} candidates; {len(named)} ids named in a file")
    if write:
        OUT.mkdir(exist_ok=True)
    show_resumes(notes, SEED, RESUMES, OUT, write)


if __name__ == "__main__":
    main()
