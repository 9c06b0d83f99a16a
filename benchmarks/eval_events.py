"""Who did what, with whom, when: events, roles, appointments and dates on hand-checked passages.

The passages (benchmarks/data/events/{dev,test}/) are real text the tool's authors did
not write: items of CCTV 新闻联播 (xwlb-YYYYMMDD-N.md: the day's first heading, then one
to three ``### `` items copied verbatim, Markdown and HTML kept) and paragraphs of
People's Daily, January 1998 (pfr-YYYYMMDD-N.txt: a dateline, then the paragraph); test15's
are single sentences of the MSRA NER corpus (msra-NNNNN.txt: the sentence alone, no date line), as
are dev4's and test16's (msra-NNNNNN.txt).
Each split's gold.jsonl has a line per passage, written from the text alone before the
tool was run:

    {"file": "xwlb-20221128-2.md",
     "events": [{"event_type": "Meeting", "date": "2022-11-28",
                 "participants": ["李克强", "呼日勒苏赫", "王毅", "何立峰"],
                 "chaired": [], "spokeAt": [], "accompanied": []}, ...],
     "relations": [{"relation": "metWith", "head": "李克强", "tail": "呼日勒苏赫"}, ...],
     "tenures": [{"person": "陈一新", "post": "国家安全部部长", "kind": "since",
                  "date": "2022-10-30"}, ...]}

Keep the ``test`` split for the end: tune on ``dev`` only. The splits (``--split``): dev, test,
test2, dev2, test3, dev3, test4, test5, test6, test7, test8, test9, test10, test11, test12, test13,
test14, test15, test16, test17, test18, test19, test20, test21, test22, test23, test24 (each held
out until its one score, all spent now), test25 (scored once at the end of session 27, spent
now too), dev4, dev5 and dev6 (development; see the README of benchmarks/data/events/).
dev6, test21 and test22 also hold People's Daily sentences of pd98_dev (pd98dev-NNNNNN.txt), CLUENER
sentences (cluener-NNNNNN.txt) and career notes of the Resume NER corpus (resume-NNNNNN.txt, the
note's lines as they are), none with a date line.

    python benchmarks/eval_events.py --split dev [--show-misses] [--json]
    python benchmarks/eval_events.py --split dev --graph OUT   # score `kgraph build DIR -o OUT`

How facts are matched (per passage; a graph fact belongs to a passage when one of its
evidence ``doc`` ids is the passage file or one of its items ``file#n``):

* names: a gold name matches a node whose ``label`` or one of its ``aliases`` is equal
  to it; a post matches when one label ends the other (副总理 / 国务院副总理), as
  benchmarks/eval_relations.py does; a document title is compared without 《》.
* events: a gold event is found when an Event node of the passage has at least one gold
  participant linked to it by a role edge (participatedIn, chaired, spokeAt,
  accompanied); each gold event takes at most one node and each node at most one gold
  event, greedily by participant overlap. Type and date accuracy are over found events.
  A date is right when the node's ``date`` equals the gold one (an interval
  ``a/b`` counts by its start); a gold null date wants a node without a date.
* roles: participatedIn of a gold participant is found by any role edge from them to the
  matched node; chaired, spokeAt and accompanied need that exact relation. Role
  precision is over the role edges into matched event nodes.
* metWith (either direction), holdsPosition and issued: precision over the passage's
  edges of that relation, recall over gold.
* tenures: a holdsPosition edge person -> post with ``since`` / ``until`` equal to the
  gold date; a gold null date (the text says that the tenure began or ended, not when)
  wants the attribute present, whatever its value.
* must-relation recall: all gold facts (roles, relations, tenures) found / all gold facts.
* typed-relation precision: correct / emitted over every relation but mentions,
  coOccursWith, partOf, duplicateOf, occurredOn, locatedIn, authorOf. Relations the gold
  does not annotate (positionIn, leads, memberOf, …) therefore count against it; the
  table also gives the precision over the relations the gold covers.
* cross-item violations: role and metWith edges whose evidence inside one passage comes
  from two or more different items, and Event nodes whose evidence spans items.
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "events"
SPLITS = (
    "dev", "test", "test2", "dev2", "test3", "dev3", "test4", "test5", "test6", "test7", "test8",
    "test9", "test10", "test11", "test12", "test13", "test14", "test15", "dev4", "test16",
    "test17", "dev5", "test18", "test19", "test20", "dev6", "test21", "test22", "test23", "test24",
    "test25", "test26", "test27", "test28", "test29", "test30", "test31", "test32", "test33",
    "test34", "test35", "test36", "test37", "test38", "test39", "test40", "test41", "test42",
    "test43", "test44", "test45", "test46", "test47", "test48", "test49", "test50", "test51",
)  # fmt: skip
EVENT_TYPES = (
    "Meeting", "Conference", "Inspection", "Visit", "Ceremony", "Award", "Signing",
    "Appointment", "Other",
)  # fmt: skip
ROLES = ("participatedIn", "chaired", "spokeAt", "accompanied")
GOLD_RELATIONS = ("metWith", "holdsPosition", "issued")
NOT_TYPED = {
    "mentions", "coOccursWith", "partOf", "duplicateOf", "occurredOn", "locatedIn", "authorOf",
}  # fmt: skip
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PASSAGE_SUFFIXES = (".md", ".txt")


# --------------------------------------------------------------------------- gold


def read_gold(split: str, data: Path = DATA) -> list[dict[str, Any]]:
    """The gold records of a split, in file order."""
    path = data / split / "gold.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def passage_files(split: str, data: Path = DATA) -> list[Path]:
    return sorted(p for p in (data / split).iterdir() if p.suffix in PASSAGE_SUFFIXES)


# --------------------------------------------------------------------------- matching helpers


def passage_of(doc: str) -> tuple[str, str]:
    """``(passage file name, item id)`` of an evidence doc id (``dir/file.md#2`` -> ``file.md``)."""
    base = doc.split("#", 1)[0]
    return base.replace("\\", "/").rsplit("/", 1)[-1], doc


def names_of(graph: Any, node: str) -> set[str]:
    data = graph.nodes[node]
    names = {data.get("label") or ""}
    aliases = data.get("aliases") or []
    if isinstance(aliases, str):  # GraphML stores lists as JSON strings
        try:
            aliases = json.loads(aliases)
        except ValueError:
            aliases = [aliases]
    names.update(a for a in aliases if isinstance(a, str))
    names.discard("")
    return names


def strip_title(name: str) -> str:
    return name.strip().strip("《》").strip()


def same_name(gold: str, names: Iterable[str]) -> bool:
    return gold in names


def same_post(gold: str, names: Iterable[str]) -> bool:
    return any(n and (n.endswith(gold) or gold.endswith(n)) for n in names)


def same_document(gold: str, names: Iterable[str]) -> bool:
    gold = strip_title(gold)
    return any(strip_title(n) == gold for n in names)


def norm_date(value: Any) -> str | None:
    if value in (None, "", []):
        return None
    if isinstance(value, list):
        value = value[0]
    return str(value).strip() or None


def same_date(gold: str | None, found: Any) -> bool:
    found = norm_date(found)
    if gold is None:
        return found is None
    return found is not None and (found == gold or found.split("/", 1)[0] == gold)


def evidence_of(data: dict[str, Any]) -> list[dict[str, Any]]:
    evidence = data.get("evidence") or []
    if isinstance(evidence, str):
        try:
            evidence = json.loads(evidence)
        except ValueError:
            evidence = []
    return [e for e in evidence if isinstance(e, dict)]


def item_starts(text: str) -> list[int]:
    """Offsets of the ``### `` item headings of a passage."""
    return [m.start() for m in re.finditer(r"(?m)^### ", text)]


def item_of(doc: str, start: Any, headings: dict[str, list[int]]) -> str:
    """The item an evidence sentence comes from: the doc id when it names one (``file#n``),
    else the passage file and the number of item headings before the sentence's offset."""
    if "#" in doc:
        return doc
    name = passage_of(doc)[0]
    offsets = headings.get(name)
    if not offsets or not isinstance(start, int):
        return doc
    return f"{name}#{bisect.bisect_right(offsets, start)}"


@dataclass
class Edge:
    head: str
    tail: str
    relation: str
    data: dict[str, Any]
    items: set[str] = field(default_factory=set)  # evidence doc ids inside this passage


@dataclass
class PassageView:
    """The graph facts whose evidence lies in one passage."""

    edges: list[Edge] = field(default_factory=list)
    events: set[str] = field(default_factory=set)


def index_passages(graph: Any, texts: dict[str, str] | None = None) -> dict[str, PassageView]:
    """Group the graph's edges (and Event nodes) by the passage their evidence comes from.

    ``texts`` (passage file -> text) lets evidence whose doc id is the whole file be
    placed in an item by its offset, for the cross-item check.
    """
    headings = {name: item_starts(text) for name, text in (texts or {}).items()}
    views: dict[str, PassageView] = defaultdict(PassageView)
    for head, tail, key, data in graph.edges(keys=True, data=True):
        relation = data.get("relation") or key
        by_passage: dict[str, set[str]] = defaultdict(set)
        for evidence in evidence_of(data):
            doc = evidence.get("doc", "")
            by_passage[passage_of(doc)[0]].add(item_of(doc, evidence.get("start"), headings))
        for name, items in by_passage.items():
            views[name].edges.append(Edge(head, tail, relation, data, items))
            if relation in ROLES and graph.nodes[tail].get("type") == "Event":
                views[name].events.add(tail)
    for node, data in graph.nodes(data=True):
        if data.get("type") != "Event":
            continue
        docs = data.get("docs") or []
        if isinstance(docs, str):
            try:
                docs = json.loads(docs)
            except ValueError:
                docs = [docs]
        for doc in docs:
            views[passage_of(doc)[0]].events.add(node)
    return views


# --------------------------------------------------------------------------- scoring


COUNTERS = (
    "events_gold", "events_found", "event_type_ok", "event_date_ok", "event_nodes",
    "event_nodes_unmatched", "role_edges", "role_edges_ok",
    "tenures_gold", "tenures_found", "facts_gold", "facts_found",
    "typed_edges", "typed_edges_ok", "covered_edges", "covered_edges_ok",
    "cross_item_edges", "cross_item_events",
)  # fmt: skip


def new_totals() -> dict[str, Any]:
    totals: dict[str, Any] = dict.fromkeys(COUNTERS, 0)
    for role in ROLES:
        totals[f"role_{role}_gold"] = 0
        totals[f"role_{role}_found"] = 0
    for relation in GOLD_RELATIONS:
        totals[f"{relation}_gold"] = 0
        totals[f"{relation}_found_gold"] = 0  # gold facts found (recall)
        totals[f"{relation}_edges"] = 0
        totals[f"{relation}_edges_ok"] = 0  # emitted edges that are right (precision)
    totals["uncovered_relations"] = Counter()
    return totals


def match_events(
    graph: Any, gold_events: list[dict[str, Any]], view: PassageView
) -> dict[int, str]:
    """Gold event index -> Event node, greedy by the number of gold participants linked."""
    linked: dict[str, list[str]] = defaultdict(list)  # event node -> linked person nodes
    for edge in view.edges:
        if edge.relation in ROLES and edge.tail in view.events:
            linked[edge.tail].append(edge.head)
    pairs = []
    for index, event in enumerate(gold_events):
        for node in sorted(view.events):
            names = [names_of(graph, p) for p in linked.get(node, [])]
            overlap = sum(1 for g in event["participants"] if any(same_name(g, n) for n in names))
            if overlap:
                data = graph.nodes[node]
                bonus = (data.get("event_type") == event["event_type"]) + same_date(
                    event.get("date"), data.get("date")
                )
                pairs.append((-overlap, -bonus, index, node))
    pairs.sort()
    taken: dict[int, str] = {}
    used: set[str] = set()
    for _o, _b, index, node in pairs:
        if index not in taken and node not in used:
            taken[index] = node
            used.add(node)
    return taken


def role_fact_found(
    graph: Any, view: PassageView, person: str, role: str, node: str | None
) -> bool:
    if node is None:
        return False
    for edge in view.edges:
        if edge.tail != node or edge.relation not in ROLES:
            continue
        if role != "participatedIn" and edge.relation != role:
            continue
        if same_name(person, names_of(graph, edge.head)):
            return True
    return False


def relation_matches(graph: Any, gold: dict[str, Any], edge: Edge) -> bool:
    if gold["relation"] != edge.relation:
        return False
    heads, tails = names_of(graph, edge.head), names_of(graph, edge.tail)
    if edge.relation == "metWith":
        return (same_name(gold["head"], heads) and same_name(gold["tail"], tails)) or (
            same_name(gold["head"], tails) and same_name(gold["tail"], heads)
        )
    if edge.relation == "holdsPosition":
        return same_name(gold["head"], heads) and same_post(gold["tail"], tails)
    if edge.relation == "issued":
        return same_name(gold["head"], heads) and same_document(gold["tail"], tails)
    return False


def tenure_matches(graph: Any, gold: dict[str, Any], edge: Edge) -> bool:
    if edge.relation != "holdsPosition":
        return False
    if not (
        same_name(gold["person"], names_of(graph, edge.head))
        and same_post(gold["post"], names_of(graph, edge.tail))
    ):
        return False
    value = norm_date(edge.data.get(gold["kind"]))
    if gold["date"] is None:
        return value is not None
    return value is not None and (value == gold["date"] or value.split("/", 1)[0] == gold["date"])


def score_passage(
    graph: Any, gold: dict[str, Any], view: PassageView, totals: dict[str, Any], misses: list[str]
) -> None:
    """Add one passage's counts to ``totals``; describe what was missed in ``misses``."""
    name = gold["file"]
    events = gold["events"]
    matched = match_events(graph, events, view)
    totals["events_gold"] += len(events)
    totals["events_found"] += len(matched)
    totals["event_nodes"] += len(view.events)
    totals["event_nodes_unmatched"] += len(view.events - set(matched.values()))
    gold_facts = found_facts = 0

    for index, event in enumerate(events):
        node = matched.get(index)
        if node is None:
            misses.append(
                f"{name}: event {event['event_type']} {event['date']} {event['participants']}"
            )
        else:
            data = graph.nodes[node]
            if data.get("event_type") == event["event_type"]:
                totals["event_type_ok"] += 1
            else:
                misses.append(
                    f"{name}: {node} type {data.get('event_type')} != {event['event_type']}"
                )
            if same_date(event.get("date"), data.get("date")):
                totals["event_date_ok"] += 1
            else:
                misses.append(f"{name}: {node} date {data.get('date')} != {event['date']}")
        for role in ROLES:
            people = event["participants"] if role == "participatedIn" else event.get(role, [])
            for person in people:
                gold_facts += 1
                totals[f"role_{role}_gold"] += 1
                if role_fact_found(graph, view, person, role, node):
                    found_facts += 1
                    totals[f"role_{role}_found"] += 1
                elif node is not None:
                    misses.append(f"{name}: {role} {person} -> {node}")

    # role precision over edges into matched event nodes
    by_node = {node: events[i] for i, node in matched.items()}
    for edge in view.edges:
        if edge.relation in ROLES and edge.tail in by_node:
            event = by_node[edge.tail]
            allowed = (
                event["participants"]
                if edge.relation == "participatedIn"
                else event.get(edge.relation, [])
            )
            ok = any(same_name(p, names_of(graph, edge.head)) for p in allowed)
            totals["role_edges"] += 1
            totals["role_edges_ok"] += ok

    for relation in gold["relations"]:
        gold_facts += 1
        totals[f"{relation['relation']}_gold"] += 1
        if any(relation_matches(graph, relation, e) for e in view.edges):
            found_facts += 1
            totals[f"{relation['relation']}_found_gold"] += 1
        else:
            misses.append(
                f"{name}: {relation['relation']} {relation['head']} -> {relation['tail']}"
            )

    for tenure in gold["tenures"]:
        gold_facts += 1
        totals["tenures_gold"] += 1
        if any(tenure_matches(graph, tenure, e) for e in view.edges):
            found_facts += 1
            totals["tenures_found"] += 1
        else:
            misses.append(
                f"{name}: tenure {tenure['person']} {tenure['post']} "
                f"{tenure['kind']} {tenure['date']}"
            )

    totals["facts_gold"] += gold_facts
    totals["facts_found"] += found_facts

    # precision of the emitted typed edges
    for edge in view.edges:
        if edge.relation in NOT_TYPED:
            continue
        if edge.relation in ROLES:
            event = by_node.get(edge.tail)
            if event is None:
                ok = False
            else:
                allowed = (
                    event["participants"]
                    if edge.relation == "participatedIn"
                    else event.get(edge.relation, [])
                )
                ok = any(same_name(p, names_of(graph, edge.head)) for p in allowed)
        elif edge.relation in GOLD_RELATIONS:
            ok = any(relation_matches(graph, r, edge) for r in gold["relations"])
            totals[f"{edge.relation}_edges"] += 1
            totals[f"{edge.relation}_edges_ok"] += ok
        else:
            ok = False
            totals["uncovered_relations"][edge.relation] += 1
        totals["typed_edges"] += 1
        totals["typed_edges_ok"] += ok
        if edge.relation in ROLES or edge.relation in GOLD_RELATIONS:
            totals["covered_edges"] += 1
            totals["covered_edges_ok"] += ok
        if not ok and edge.relation in ROLES + GOLD_RELATIONS:
            misses.append(
                f"{name}: extra {edge.relation} {graph.nodes[edge.head].get('label')} -> "
                f"{graph.nodes[edge.tail].get('label')}"
            )
        if (edge.relation in ROLES or edge.relation == "metWith") and len(edge.items) >= 2:
            totals["cross_item_edges"] += 1
            misses.append(
                f"{name}: cross-item {edge.relation} {edge.head} -> {edge.tail} "
                f"{sorted(edge.items)}"
            )

    for node in sorted(view.events):
        items = set()
        for edge in view.edges:
            if edge.tail == node or edge.head == node:
                items |= edge.items
        if len(items) >= 2:
            totals["cross_item_events"] += 1
            misses.append(f"{name}: cross-item event {node} {sorted(items)}")


def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def summarise(totals: dict[str, Any], passages: int) -> dict[str, Any]:
    t = totals
    result: dict[str, Any] = {
        "passages": passages,
        "events": {
            "gold": t["events_gold"],
            "found": t["events_found"],
            "recall": ratio(t["events_found"], t["events_gold"]),
            "event_type_accuracy": ratio(t["event_type_ok"], t["events_found"]),
            "date_accuracy": ratio(t["event_date_ok"], t["events_found"]),
            "event_nodes": t["event_nodes"],
            "event_nodes_unmatched": t["event_nodes_unmatched"],
        },
        "roles": {
            role: {
                "gold": t[f"role_{role}_gold"],
                "found": t[f"role_{role}_found"],
                "recall": ratio(t[f"role_{role}_found"], t[f"role_{role}_gold"]),
            }
            for role in ROLES
        },
        "role_precision": {
            "edges": t["role_edges"],
            "correct": t["role_edges_ok"],
            "precision": ratio(t["role_edges_ok"], t["role_edges"]),
        },
        "relations": {
            relation: {
                "gold": t[f"{relation}_gold"],
                "found": t[f"{relation}_found_gold"],
                "recall": ratio(t[f"{relation}_found_gold"], t[f"{relation}_gold"]),
                "edges": t[f"{relation}_edges"],
                "correct": t[f"{relation}_edges_ok"],
                "precision": ratio(t[f"{relation}_edges_ok"], t[f"{relation}_edges"]),
            }
            for relation in GOLD_RELATIONS
        },
        "tenures": {
            "gold": t["tenures_gold"],
            "found": t["tenures_found"],
            "recall": ratio(t["tenures_found"], t["tenures_gold"]),
        },
        "must_relation_recall": {
            "gold": t["facts_gold"],
            "found": t["facts_found"],
            "recall": ratio(t["facts_found"], t["facts_gold"]),
        },
        "typed_relation_precision": {
            "edges": t["typed_edges"],
            "correct": t["typed_edges_ok"],
            "precision": ratio(t["typed_edges_ok"], t["typed_edges"]),
            "covered_edges": t["covered_edges"],
            "covered_correct": t["covered_edges_ok"],
            "covered_precision": ratio(t["covered_edges_ok"], t["covered_edges"]),
            "uncovered_relations": dict(sorted(t["uncovered_relations"].items())),
        },
        "cross_item_violations": {"edges": t["cross_item_edges"], "events": t["cross_item_events"]},
    }
    return result


def score_graph(
    graph: Any, gold: list[dict[str, Any]], texts: dict[str, str] | None = None
) -> tuple[dict[str, Any], list[str]]:
    """Score a built graph against gold records; returns (summary, misses).

    ``texts`` maps passage files to their text (see :func:`index_passages`)."""
    views = index_passages(graph, texts)
    totals = new_totals()
    misses: list[str] = []
    for record in gold:
        score_passage(graph, record, views.get(record["file"], PassageView()), totals, misses)
    return summarise(totals, len(gold)), misses


def passage_texts(split: str, data: Path = DATA) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in passage_files(split, data)}


def build_split(split: str, data: Path = DATA) -> Any:
    import kgraph

    return kgraph.build([data / split], jobs=1).graph


# --------------------------------------------------------------------------- report


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def markdown(result: dict[str, Any], split: str) -> str:
    ev, rp, tp = result["events"], result["role_precision"], result["typed_relation_precision"]
    rows = [
        ("event recall", f"{ev['found']}/{ev['gold']}", fmt(ev["recall"])),
        ("event_type accuracy (found events)", f"{ev['found']}", fmt(ev["event_type_accuracy"])),
        ("date accuracy (found events)", f"{ev['found']}", fmt(ev["date_accuracy"])),
        (
            "event nodes without a gold event",
            f"{ev['event_nodes_unmatched']}/{ev['event_nodes']}",
            "",
        ),
    ]
    for role, row in result["roles"].items():
        rows.append((f"role recall: {role}", f"{row['found']}/{row['gold']}", fmt(row["recall"])))
    rows.append(
        (
            "role precision (edges into matched events)",
            f"{rp['correct']}/{rp['edges']}",
            fmt(rp["precision"]),
        )
    )
    for relation, row in result["relations"].items():
        rows.append((f"{relation} recall", f"{row['found']}/{row['gold']}", fmt(row["recall"])))
        rows.append(
            (f"{relation} precision", f"{row['correct']}/{row['edges']}", fmt(row["precision"]))
        )
    tn, mr = result["tenures"], result["must_relation_recall"]
    rows += [
        ("tenure recall", f"{tn['found']}/{tn['gold']}", fmt(tn["recall"])),
        ("must-relation recall", f"{mr['found']}/{mr['gold']}", fmt(mr["recall"])),
        ("typed-relation precision", f"{tp['correct']}/{tp['edges']}", fmt(tp["precision"])),
        ("  over gold-covered relations", f"{tp['covered_correct']}/{tp['covered_edges']}",
         fmt(tp["covered_precision"])),
        ("cross-item violations (edges / events)", f"{result['cross_item_violations']['edges']} / "
         f"{result['cross_item_violations']['events']}", ""),
    ]  # fmt: skip
    lines = [
        f"events benchmark, split `{split}`, {result['passages']} passages",
        "",
        "| metric | count | value |",
        "|---|---:|---:|",
    ]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    if tp["uncovered_relations"]:
        uncovered = ", ".join(f"{k} {v}" for k, v in tp["uncovered_relations"].items())
        lines += [
            "",
            f"relations the gold does not cover (wrong in typed-relation precision): {uncovered}",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument(
        "--graph", metavar="OUT", help="score kgraph.load(OUT) instead of building the split"
    )
    parser.add_argument(
        "--show-misses", action="store_true", help="list gold facts not found and extra edges"
    )
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)

    gold = read_gold(args.split)
    if args.graph:
        import kgraph

        graph = kgraph.load(args.graph)
    else:
        graph = build_split(args.split)
    result, misses = score_graph(graph, gold, passage_texts(args.split))
    print(
        json.dumps(result, ensure_ascii=False, indent=2)
        if args.json
        else markdown(result, args.split)
    )
    if args.show_misses:
        print("\nmisses:", file=sys.stderr)
        for line in misses:
            print("  " + line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
