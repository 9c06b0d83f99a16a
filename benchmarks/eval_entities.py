"""Must-entity recall: does the graph have, as nodes of the right type, the entities an analyst
marks in a passage?

The passages (benchmarks/data/entities/passages/) are real text the tool's authors did not
write: 20 single items of CCTV 新闻联播 (xwlb-YYYYMMDD-N.md: the day's first heading, then item
N of the day verbatim, Markdown and HTML kept) and 10 paragraphs of People's Daily, January 1998
(pfr-YYYYMMDD-N.txt: a dateline, then the paragraph), drawn by
benchmarks/data/entities/select.py. ``gold.jsonl`` (next to the passage folder, not in it) has a
line per passage, written from the text alone before the tool was run on it:

    {"file": "xwlb-20221106-1.md",
     "entities": [{"type": "Person", "text": "习近平"}, {"type": "Place", "text": "马达加斯加"},
                  {"type": "Position", "text": "马达加斯加总统"}, ...]}

Types are Person, Organization, Place and Position; what counts as an entity, and which form
of it is written, is in benchmarks/data/entities/README.md.

    python benchmarks/eval_entities.py [--show-misses] [--json]
    python benchmarks/eval_entities.py --graph OUT   # score `kgraph build DIR -o OUT`

How entities are matched (per passage):

* the nodes of a passage are those whose ``docs`` name the passage file or one of its items
  (``file`` or ``file#n``, any folder before it), and those a ``mentions`` edge with evidence
  in the passage points to;
* a gold entity is found when a node of the passage of the gold type has a ``label`` or one
  of its ``aliases`` equal to the gold text (both compared without 《》); a Position is found
  when one name ends the other (副总理 / 国务院副总理), as benchmarks/eval_events.py and
  benchmarks/eval_relations.py match posts;
* recall = found / gold, per type and overall (micro-averaged over all gold entities);
* the lenient score drops the type: a node of the passage of any type with a matching name
  (a Position still matched by ends-with) finds the entity. The gap between the two is the
  entities the graph has under another type.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "entities"
TYPES = ("Person", "Organization", "Place", "Position")
PASSAGE_SUFFIXES = (".md", ".txt")


# --------------------------------------------------------------------------- gold


def read_gold(data: Path = DATA) -> list[dict[str, Any]]:
    """The gold records, in file order."""
    with (data / "gold.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def passage_files(data: Path = DATA) -> list[Path]:
    return sorted(p for p in (data / "passages").iterdir() if p.suffix in PASSAGE_SUFFIXES)


# --------------------------------------------------------------------------- the graph


def passage_of(doc: str) -> str:
    """The passage file of a doc id (``dir/file.md#2`` -> ``file.md``)."""
    return doc.split("#", 1)[0].replace("\\", "/").rsplit("/", 1)[-1]


def as_list(value: Any) -> list[Any]:
    """A list attribute (GraphML stores lists as JSON strings)."""
    if value in (None, ""):
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return [value]
    return value if isinstance(value, list) else [value]


def names_of(data: dict[str, Any]) -> set[str]:
    names = {data.get("label") or ""}
    names.update(a for a in as_list(data.get("aliases")) if isinstance(a, str))
    return {strip_title(n) for n in names} - {""}


def strip_title(name: str) -> str:
    return name.strip().strip("《》").strip()


def evidence_docs(data: dict[str, Any]) -> Iterable[str]:
    for evidence in as_list(data.get("evidence")):
        if isinstance(evidence, dict):
            yield str(evidence.get("doc", ""))
        elif isinstance(evidence, list) and evidence:
            yield str(evidence[0])


def nodes_by_passage(graph: Any) -> dict[str, set[str]]:
    """Passage file -> the nodes the graph ties to it (``docs``, or a ``mentions`` edge)."""
    found: dict[str, set[str]] = defaultdict(set)
    for node, data in graph.nodes(data=True):
        for doc in as_list(data.get("docs")):
            found[passage_of(str(doc))].add(node)
    for _head, tail, key, data in graph.edges(keys=True, data=True):
        if (data.get("relation") or key) == "mentions":
            for doc in evidence_docs(data):
                found[passage_of(doc)].add(tail)
    return found


# --------------------------------------------------------------------------- matching


def name_matches(kind: str, gold: str, names: Iterable[str]) -> bool:
    gold = strip_title(gold)
    if kind == "Position":
        return any(n.endswith(gold) or gold.endswith(n) for n in names)
    return gold in names


def score_graph(
    graph: Any, gold: list[dict[str, Any]]
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Recall per type, overall and lenient; the missed entities with what the graph has."""
    by_passage = nodes_by_passage(graph)
    counts = {kind: {"gold": 0, "found": 0, "lenient": 0} for kind in TYPES}
    sources = {src: {"gold": 0, "found": 0} for src in ("xwlb", "pfr")}
    misses: list[dict[str, Any]] = []
    for record in gold:
        nodes = [(graph.nodes[n].get("type"), names_of(graph.nodes[n]), n)
                 for n in sorted(by_passage.get(record["file"], ()))]  # fmt: skip
        for entity in record["entities"]:
            kind, text = entity["type"], entity["text"]
            strict = any(t == kind and name_matches(kind, text, names) for t, names, _ in nodes)
            others = [
                f"{t}:{graph.nodes[n].get('label')}"
                for t, names, n in nodes
                if t != kind and name_matches(kind, text, names)
            ]
            counts[kind]["gold"] += 1
            counts[kind]["found"] += strict
            counts[kind]["lenient"] += strict or bool(others)
            source = sources[record["file"].split("-", 1)[0]]
            source["gold"] += 1
            source["found"] += strict
            if not strict:
                near = sorted(
                    f"{t}:{graph.nodes[n].get('label')}"
                    for t, names, n in nodes
                    if t in TYPES and any(text in m or (m in text and len(m) > 1) for m in names)
                )
                misses.append(
                    {"file": record["file"], "type": kind, "text": text,
                     "as_other_type": others, "overlapping": near}
                )  # fmt: skip
    total = {key: sum(row[key] for row in counts.values()) for key in ("gold", "found", "lenient")}
    result: dict[str, Any] = {"passages": len(gold), "types": {}, "sources": {}}
    for kind, row in [*counts.items(), ("overall", total)]:
        result["types"][kind] = {
            **row,
            "recall": ratio(row["found"], row["gold"]),
            "lenient_recall": ratio(row["lenient"], row["gold"]),
        }
    for name, row in sources.items():
        result["sources"][name] = {**row, "recall": ratio(row["found"], row["gold"])}
    return result, misses


def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def build_passages(data: Path = DATA) -> Any:
    import kgraph

    return kgraph.build([data / "passages"], jobs=1).graph


# --------------------------------------------------------------------------- report


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def markdown(result: dict[str, Any]) -> str:
    lines = [
        f"must-entity recall, {result['passages']} passages",
        "",
        "| type | gold | found | recall | lenient found | lenient recall |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for kind, row in result["types"].items():
        lines.append(
            f"| {kind} | {row['gold']} | {row['found']} | {fmt(row['recall'])} | "
            f"{row['lenient']} | {fmt(row['lenient_recall'])} |"
        )
    by_source = ", ".join(
        f"{name} {row['found']}/{row['gold']} = {fmt(row['recall'])}"
        for name, row in result["sources"].items()
    )
    lines += ["", f"recall by source: {by_source}"]
    return "\n".join(lines)


def describe(miss: dict[str, Any]) -> str:
    line = f"{miss['file']}: {miss['type']} {miss['text']}"
    if miss["as_other_type"]:
        line += f"  as {', '.join(miss['as_other_type'])}"
    elif miss["overlapping"]:
        line += f"  (overlapping: {', '.join(miss['overlapping'])})"
    return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--graph", metavar="OUT", help="score kgraph.load(OUT) instead of building the passages"
    )
    parser.add_argument("--show-misses", action="store_true", help="list the entities not found")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)

    gold = read_gold()
    names = {p.name for p in passage_files()}
    missing = [r["file"] for r in gold if r["file"] not in names]
    if missing:
        parser.error(f"gold files without a passage: {missing}")
    if args.graph:
        import kgraph

        graph = kgraph.load(args.graph)
    else:
        graph = build_passages()
    result, misses = score_graph(graph, gold)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else markdown(result))
    if args.show_misses:
        print("\nmisses:", file=sys.stderr)
        for miss in misses:
            print("  " + describe(miss), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
