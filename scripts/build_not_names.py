"""Derive ``src/kgraph/data/not_names.txt``: words that look like names but are not.

A two- or three-character string that starts with a common surname and stands
as words (its ends on the boundaries of jieba's words) at least ``MIN_COUNT``
times, or any other two-character string that does so at least ``MIN_COUNT_ANY``
times, in the training corpora (less the slices scripts/train_ner.py holds out)
without ever being annotated as a person (周密 "careful", 高度 "height", 万一 "in
case", 祥和 "peaceful") is an ordinary word, and so is a part of longer names (陈方安
of 陈方安生); a string seen only inside other words (张明 of 主张明确 and 扩张明显) is
not, and stays a name;
the entity extractor rejects a person mention that is exactly one of them.
Measured on People's Daily dev this costs nothing and removes false persons
such as 周密 in 周密部署.

It also derives ``src/kgraph/data/dictionary_names.txt``: the words of jieba's own
dictionary (shipped with the package) that the same corpora annotate as a person at
least once (孔子, 林则徐, 彭丽媛). jieba tags most such words ``nr`` whatever they are
(杨梅, 西红柿, 希冀 too), so its tags cannot tell a name from a word; the graph takes a
"person" whose name is a dictionary word not on this list, and that never stands as a
name does in its document, for that word (``kgraph.extract._ordinary_words_as_people``).

    python scripts/build_not_names.py [--corpora ../shared/corpora]
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
from collections import Counter
from itertools import accumulate
from pathlib import Path

import jieba

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "kgraph" / "data"
SOURCES = ("msra_train.jsonl.gz", "cluener_train.jsonl", "pfr199801.jsonl.gz")
MIN_COUNT = 8
MIN_COUNT_ANY = 20  # a string that does not start with a surname: more evidence needed
# Corpora whose every 20th record scripts/train_ner.py holds out (not counted here either).
HELD_OUT = ("msra_train.jsonl.gz", "cluener_train.jsonl")
HOLDOUT_EVERY = 20
FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    args = parser.parse_args()
    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    surnames = {
        line.strip()
        for line in (DATA / "ner_surnames.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    seen: Counter[str] = Counter()  # as words (below)
    anywhere: Counter[str] = Counter()  # any two or three characters
    named: Counter[str] = Counter()
    for name in SOURCES:
        opener = gzip.open if name.endswith(".gz") else open
        with opener(args.corpora / name, "rt", encoding="utf-8") as handle:
            for index, line in enumerate(handle):
                if name in HELD_OUT and index % HOLDOUT_EVERY == HOLDOUT_EVERY - 1:
                    continue  # the slice scripts/train_ner.py holds out for evaluation
                record = json.loads(line)
                text = record["text"].translate(FULLWIDTH)
                persons = [
                    (entity["start"], entity["end"])
                    for entity in record["entities"]
                    if entity["type"] == "PER"
                ]
                for start, end in persons:
                    named[text[start:end]] += 1
                # Two characters count where they stand as words, or as a cut of a longer
                # name (多吉 of 次仁多吉: a part the tagger must not make a person; but a surname
                # and one more character, 张明 of 张明华, is a name of its own); not inside
                # other words: 张明 of 主张明确 (主张|明确) or 扩张明显 is no use of 张明, and
                # must not make the name a word. Three count anywhere (贺新春 of 恭贺新春, 陈方安
                # of 陈方安生).
                bounds = set(accumulate(len(word) for word in jieba.cut(text, HMM=False)))
                bounds.add(0)
                for i, char in enumerate(text):
                    for size in (2, 3) if char in surnames else (2,):
                        if i + size > len(text):
                            continue
                        piece = text[i : i + size]
                        anywhere[piece] += 1
                        if (
                            size == 3
                            or (i in bounds and i + size in bounds)
                            or any(start < i and i + size <= end for start, end in persons)
                        ):
                            seen[piece] += 1

    def never_named(counts: Counter[str]) -> list[str]:
        return sorted(
            word
            for word, count in counts.items()
            if count >= (MIN_COUNT if word[0] in surnames else MIN_COUNT_ANY)
            and not named[word]
            and all("\u4e00" <= char <= "\u9fff" for char in word)
        )

    words = never_named(seen)
    header = (
        "# Strings that start with a surname (any other two characters: "
        f"{MIN_COUNT_ANY} times) but, in the training\n# corpora, stand as words at least "
        f"{MIN_COUNT} times and never as a person: ordinary words.\n# Made by "
        "scripts/build_not_names.py; do not edit.\n"
    )
    (DATA / "not_names.txt").write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {DATA / 'not_names.txt'}")
    pairs = [word for word in never_named(anywhere) if len(word) == 2]
    header = (
        "# Two characters the training corpora hold as often as not_names.txt asks, inside other\n"
        "# words too, and never as a person: no body's name alone either (立国, 实干).\n"
        "# Made by scripts/build_not_names.py; do not edit.\n"
    )
    path = DATA / "frequent_pairs.txt"
    path.write_text(header + "\n".join(pairs) + "\n", encoding="utf-8")
    print(f"{len(pairs)} pairs -> {path}")
    names = sorted(word for word in named if jieba.dt.FREQ.get(word, 0) > 0 and len(word) >= 2)
    header = (
        "# Words of jieba's dictionary that the training corpora (less the held-out slices)\n"
        "# annotate as a person at least once. Made by scripts/build_not_names.py; do not edit.\n"
    )
    path = DATA / "dictionary_names.txt"
    path.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {path}")


if __name__ == "__main__":
    main()
