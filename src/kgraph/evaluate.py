"""Score the entity extractor on annotated JSONL (exact span and type).

The gold file uses the format of the shared NER corpora: one JSON object per
line with ``text`` and ``entities`` (``start``, ``end`` exclusive, ``type``);
``.gz`` files are read transparently. Corpus labels are mapped to kgraph
types (PER->Person, ORG->Organization, LOC->Place, POSITION->Position,
TIME->Date); a mention counts as correct only when its start, end and type
all match a gold entity.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from kgraph.records import Mention

# corpus label -> kgraph entity type
GOLD_TYPES: dict[str, str] = {
    "PER": "Person",
    "ORG": "Organization",
    "LOC": "Place",
    "POSITION": "Position",
    "TIME": "Date",
}
DEFAULT_TYPES: tuple[str, ...] = ("Person", "Organization", "Place")

EPILOG = """examples:
  kgraph eval ../shared/corpora/pd98_dev.jsonl
  kgraph eval ../shared/corpora/cluener_train.jsonl --types Person Organization Place Position
  kgraph eval gold.jsonl.gz --limit 500
"""

Predictor = Callable[[str], Iterable[Mention]]


def read_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    """Records of a JSONL file, plain or gzip-compressed, skipping blank lines."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _ratios(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def score(
    gold_records: Iterable[dict[str, Any]],
    predict: Predictor,
    types: Sequence[str] = DEFAULT_TYPES,
) -> dict[str, Any]:
    """Exact-match precision, recall and F1 per type and micro-averaged over ``types``.

    ``predict(text)`` returns mentions with offsets into ``text``; mentions and
    gold entities of other types are ignored. Returns ``{"types": {type:
    {tp, fp, fn, precision, recall, f1}}, "micro": {...}, "records": n}``.
    """
    wanted = set(types)
    counts = {kind: [0, 0, 0] for kind in types}  # tp, fp, fn
    records = 0
    for record in gold_records:
        records += 1
        gold = {
            (entity["start"], entity["end"], GOLD_TYPES.get(entity["type"], entity["type"]))
            for entity in record.get("entities", ())
        }
        gold = {span for span in gold if span[2] in wanted}
        found = {(m.start, m.end, m.type) for m in predict(record["text"]) if m.type in wanted}
        for span in found & gold:
            counts[span[2]][0] += 1
        for span in found - gold:
            counts[span[2]][1] += 1
        for span in gold - found:
            counts[span[2]][2] += 1
    per_type = {kind: _ratios(*counts[kind]) for kind in types}
    totals = [sum(counts[kind][i] for kind in types) for i in range(3)]
    return {"types": per_type, "micro": _ratios(*totals), "records": records}


def format_table(result: dict[str, Any]) -> str:
    """A plain-text table of a :func:`score` result."""
    header = f"{'type':<14}{'gold':>7}{'found':>7}{'correct':>9}{'P':>8}{'R':>8}{'F1':>8}"
    lines = [header, "-" * len(header)]
    rows = [*result["types"].items(), ("micro", result["micro"])]
    for name, row in rows:
        gold = row["tp"] + row["fn"]
        found = row["tp"] + row["fp"]
        lines.append(
            f"{name:<14}{gold:>7}{found:>7}{row['tp']:>9}"
            f"{row['precision']:>8.4f}{row['recall']:>8.4f}{row['f1']:>8.4f}"
        )
    lines.append(f"({result['records']} records)")
    return "\n".join(lines)


def _load_predictor() -> Predictor:
    """The combined extractor when it is available, else the CRF tagger alone."""
    try:
        from kgraph.extract import extract
    except ImportError:
        from kgraph.extract.crf import default_tagger

        return default_tagger().tag
    return extract


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", help="annotated JSONL file (.jsonl or .jsonl.gz)")
    parser.add_argument(
        "--types",
        nargs="+",
        default=list(DEFAULT_TYPES),
        metavar="TYPE",
        help="entity types to score (default: %(default)s)",
    )
    parser.add_argument("--limit", type=int, default=None, help="score only the first N records")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
    records: Iterable[dict[str, Any]] = read_gold(args.gold)
    if args.limit is not None:
        records = itertools.islice(records, args.limit)
    result = score(records, _load_predictor(), args.types)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        print(format_table(result))
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="kgraph eval", description=__doc__)
    add_arguments(parser)
    sys.exit(run(parser.parse_args()))


# --------------------------------------------------------------------------- relations


def _relation_side(mention: Mention) -> str:
    """The text a gold relation names a side by: the full post for a Position."""
    return mention.value if mention.type == "Position" and mention.value else mention.text


def _same_side(gold: str, found: str, lenient: bool) -> bool:
    # Posts, events and documents are named more or less fully (副总理 / 国务院副总理,
    # 酒会 / 会员元旦团拜酒会): one ending the other counts; names must be exact.
    return gold == found or (lenient and (found.endswith(gold) or gold.endswith(found)))


def score_relations(records: Iterable[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Precision/recall/F1 per relation of the sentence patterns on hand-checked sentences.

    A record is ``{"text": …, "relations": [[relation, head, tail], …]}``; ``metWith``
    is symmetric; a found relation of a type that no gold record uses is ignored.
    """
    from kgraph.extract import extract_text

    counts: dict[str, list[int]] = {}
    for record in records:
        text = record["text"]
        gold = [tuple(r) for r in record["relations"]]
        for relation, _h, _t in gold:
            counts.setdefault(relation, [0, 0, 0])
        found = [
            (r.relation, _relation_side(r.head), _relation_side(r.tail), r.tail.type)
            for r in extract_text(text).relations
        ]
        matched_gold: set[int] = set()
        for relation, head, tail, tail_type in found:
            if relation not in counts:
                continue
            lenient = tail_type in ("Position", "Event", "Document")
            hit = next(
                (
                    i
                    for i, (g_rel, g_head, g_tail) in enumerate(gold)
                    if i not in matched_gold
                    and g_rel == relation
                    and (
                        (_same_side(g_head, head, False) and _same_side(g_tail, tail, lenient))
                        or (
                            relation == "metWith"
                            and _same_side(g_head, tail, False)
                            and _same_side(g_tail, head, False)
                        )
                    )
                ),
                None,
            )
            if hit is None:
                counts[relation][1] += 1
            else:
                matched_gold.add(hit)
                counts[relation][0] += 1
        for i, (relation, _h, _t) in enumerate(gold):
            if i not in matched_gold:
                counts[relation][2] += 1
    return {relation: _ratios(*counts[relation]) for relation in sorted(counts)}
