"""Train the character CRF named-entity tagger shipped as kgraph/data/ner.crfsuite.

Reads the shared NER corpora, holds out every Nth record of msra_train and
cluener_train (fixed, so the slices are the same on every run), trains a
python-crfsuite model on the rest of the chosen corpora in a fixed order, and
prints exact-span F1 (Person/Organization/Place) on pd98_dev and on the two
held-out slices.

Measured mixes (L-BFGS, c1=0.1, c2=0.01, minfreq 2, 100 iterations; micro-F1 on
pd98_dev / msra slice / cluener slice):

    msra:1,cluener:1          0.908 / 0.901 / 0.679   (10 MB, ~11 min on one core)
    msra:1,cluener:2          0.910 / 0.903 / 0.695   (packaged: 12.6 MB, ~12 min)
    msra:1,cluener:1,pfr:1    0.887 / 0.874 / 0.662   (PFR's conventions differ)

CLUENER's POSITION, BOOK, GAME, MOVIE and SCENE labels are trained as O.

    python scripts/train_ner.py                      # the packaged model
    python scripts/train_ner.py --mix msra:1 --max-iterations 50 -o /tmp/ner.crfsuite
    python scripts/train_ner.py --evaluate-only -o src/kgraph/data/ner.crfsuite
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pycrfsuite

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from kgraph.evaluate import format_table, read_gold, score  # noqa: E402
from kgraph.extract.crf import (  # noqa: E402
    CRFTagger,
    iter_chunks,
    sentence_features,
)
from kgraph.text import halfwidth  # noqa: E402

CORPUS_FILES = {
    "msra": "msra_train.jsonl.gz",
    "cluener": "cluener_train.jsonl",
    "pfr": "pfr199801.jsonl.gz",
    "resume": "resume_train.jsonl",
}
HELD_OUT = ("msra", "cluener")  # corpora that lose every Nth record to a tuning slice
LABELS = ("PER", "ORG", "LOC")
TYPES = ("Person", "Organization", "Place")


def bioes(text: str, entities: list[dict[str, Any]]) -> list[str]:
    """BIOES labels for PER/ORG/LOC; other labels and overlapping spans stay O."""
    labels = ["O"] * len(text)
    for entity in sorted(entities, key=lambda e: (e["start"], e["end"])):
        kind, start, end = entity["type"], entity["start"], entity["end"]
        if kind not in LABELS or end <= start or any(x != "O" for x in labels[start:end]):
            continue
        if end - start == 1:
            labels[start] = "S-" + kind
            continue
        labels[start] = "B-" + kind
        for i in range(start + 1, end - 1):
            labels[i] = "I-" + kind
        labels[end - 1] = "E-" + kind
    return labels


def split_records(
    corpora: Path, name: str, every: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(training records, held-out slice) of one corpus; the slice is every Nth record."""
    records = list(read_gold(corpora / CORPUS_FILES[name]))
    if name not in HELD_OUT:
        return records, []
    train = [r for i, r in enumerate(records) if i % every != every - 1]
    held = [r for i, r in enumerate(records) if i % every == every - 1]
    return train, held


def training_sequences(records: list[dict[str, Any]]) -> Iterator[tuple[list, list[str]]]:
    for record in records:
        text = halfwidth(record["text"])
        labels = bioes(text, record["entities"])
        for start, end in iter_chunks(text):
            chunk = text[start:end]
            if chunk.strip():
                yield sentence_features(chunk), labels[start:end]


def parse_mix(value: str) -> list[tuple[str, int]]:
    """'msra:1,cluener:2' -> [('msra', 1), ('cluener', 2)] (weight = repetitions)."""
    mix = []
    for part in value.split(","):
        name, _, weight = part.partition(":")
        if name not in CORPUS_FILES:
            raise SystemExit(f"unknown corpus {name!r}; choose from {sorted(CORPUS_FILES)}")
        mix.append((name, int(weight or 1)))
    return mix


def evaluate(model: Path, slices: dict[str, list[dict[str, Any]]]) -> dict[str, float]:
    tagger = CRFTagger.load(model)
    micro = {}
    for name, records in slices.items():
        result = score(records, tagger.tag, TYPES)
        micro[name] = result["micro"]["f1"]
        print(f"\n== {name}")
        print(format_table(result))
    return micro


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=REPO.parent / "shared" / "corpora")
    parser.add_argument(
        "-o", "--output", type=Path, default=REPO / "src" / "kgraph" / "data" / "ner.crfsuite"
    )
    parser.add_argument("--mix", default="msra:1,cluener:2", help="corpus:repetitions,…")
    parser.add_argument("--holdout-every", type=int, default=20)
    parser.add_argument("--algorithm", default="lbfgs", choices=["lbfgs", "l2sgd", "ap"])
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--minfreq", type=float, default=2)
    parser.add_argument("--max-iterations", type=int, default=100)
    parser.add_argument("--limit", type=int, default=None, help="first N records per corpus")
    parser.add_argument("--evaluate-only", action="store_true", help="score --output, no training")
    args = parser.parse_args()

    mix = parse_mix(args.mix)
    slices: dict[str, list[dict[str, Any]]] = {
        "pd98_dev": list(read_gold(args.corpora / "pd98_dev.jsonl"))
    }
    trainer = pycrfsuite.Trainer(algorithm=args.algorithm, verbose=False)
    started = time.perf_counter()
    sequences = chars = 0
    for name in (*HELD_OUT, *(n for n, _ in mix if n not in HELD_OUT)):
        train, held = split_records(args.corpora, name, args.holdout_every)
        if held:
            slices[f"{name}_every{args.holdout_every}th"] = held
        weight = dict(mix).get(name, 0)
        if args.evaluate_only or not weight:
            continue
        train = train[: args.limit] if args.limit else train
        for _ in range(weight):
            for xseq, yseq in training_sequences(train):
                trainer.append(xseq, yseq)
                sequences += 1
                chars += len(yseq)
    if not args.evaluate_only:
        print(
            f"features for {sequences} sequences, {chars} chars: "
            f"{time.perf_counter() - started:.0f} s",
            flush=True,
        )
        params: dict[str, Any] = {
            "feature.minfreq": args.minfreq,
            "max_iterations": args.max_iterations,
        }
        if args.algorithm == "lbfgs":
            params |= {"c1": args.c1, "c2": args.c2}
        elif args.algorithm == "l2sgd":
            params |= {"c2": args.c2}
        trainer.set_params(params)
        started = time.perf_counter()
        args.output.parent.mkdir(parents=True, exist_ok=True)
        trainer.train(str(args.output))
        log = trainer.logparser.last_iteration or {}
        print(
            f"trained {args.algorithm} in {time.perf_counter() - started:.0f} s, "
            f"{len(trainer.logparser.iterations)} iterations, loss {log.get('loss')}, "
            f"{args.output.stat().st_size / 1e6:.1f} MB -> {args.output}",
            flush=True,
        )
    micro = evaluate(args.output, slices)
    print("\nmicro-F1: " + ", ".join(f"{name} {f1:.4f}" for name, f1 in micro.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
