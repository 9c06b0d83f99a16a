"""Precision and recall of the relation patterns on hand-checked sentences.

The sentences (tests/data/relations_pd98.jsonl) come from People's Daily,
January 1998, not from the seeds: 37 sentences with 会见, 出席, 印发, 主席,
书记, 会谈, 发布, each with the relations a reader finds in it.

    python benchmarks/eval_relations.py
"""

from __future__ import annotations

from pathlib import Path

from kgraph.evaluate import read_gold, score_relations

RELATION_GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "relations_pd98.jsonl"


def main() -> None:
    result = score_relations(read_gold(RELATION_GOLD))
    print(f"{'relation':<16} {'gold':>5} {'found':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for relation, row in result.items():
        gold = row["tp"] + row["fn"]
        found = row["tp"] + row["fp"]
        print(
            f"{relation:<16} {gold:>5} {found:>6} {row['precision']:>6.2f} "
            f"{row['recall']:>6.2f} {row['f1']:>6.2f}"
        )


if __name__ == "__main__":
    main()
