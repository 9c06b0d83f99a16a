"""Derive ``src/kgraph/data/not_names.txt``: words that look like names but are not.

A two- or three-character string that starts with a common surname and occurs
at least ``MIN_COUNT`` times in the training corpora without ever being
annotated as a person (周密 "careful", 高度 "height", 万一 "in case") is an
ordinary word; the entity extractor rejects a person mention that is exactly
one of them. Measured on People's Daily dev this costs nothing (F1 0.9096 ->
0.9094) and removes false persons such as 周密 in 周密部署.

    python scripts/build_not_names.py [--corpora ../shared/corpora]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "kgraph" / "data"
SOURCES = ("msra_train.jsonl.gz", "cluener_train.jsonl", "pfr199801.jsonl.gz")
MIN_COUNT = 8
FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    args = parser.parse_args()
    surnames = {
        line.strip()
        for line in (DATA / "ner_surnames.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    seen: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for name in SOURCES:
        opener = gzip.open if name.endswith(".gz") else open
        with opener(args.corpora / name, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                text = record["text"].translate(FULLWIDTH)
                for entity in record["entities"]:
                    if entity["type"] == "PER":
                        named[text[entity["start"] : entity["end"]]] += 1
                for i, char in enumerate(text):
                    if char in surnames:
                        for size in (2, 3):
                            if i + size <= len(text):
                                seen[text[i : i + size]] += 1
    words = sorted(
        word
        for word, count in seen.items()
        if count >= MIN_COUNT
        and not named[word]
        and all("\u4e00" <= char <= "\u9fff" for char in word)
    )
    header = (
        "# Strings that start with a surname but, in the training corpora, occur at least "
        f"{MIN_COUNT} times\n# and never as a person: ordinary words. Made by "
        "scripts/build_not_names.py; do not edit.\n"
    )
    (DATA / "not_names.txt").write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {DATA / 'not_names.txt'}")


if __name__ == "__main__":
    main()
