"""Where a graph may be missing roles: a silver yardstick over a whole build, no gold needed.

Hand-checked splits (``eval_events.py``) say how often the tool is right on a few hundred
passages; this says where to read next on a whole corpus. It lists, from a build's
``graph.json`` (``kgraph build … --formats json``):

* ``verbs``: each person a sentence names together with a role verb (主持, 出席, 讲话, 会见, 陪同,
  考察, …) that has no role edge (participatedIn, chaired, spokeAt, accompanied, metWith)
  with that sentence as evidence. Many are right (a speech studied, a leader who sent a letter);
  the rest are misses.
* ``breaks``: each person without a role right before one with a role in the same sentence,
  with only titles or a list's marks between them: a list of names the reading broke off
  (``…谢蒂马，以及非盟委员会代表穆昌加等出席`` read as 穆昌加 alone, before session 54).

    python benchmarks/silver_roles.py /tmp/out/graph.json verbs | head -50
    python benchmarks/silver_roles.py /tmp/out/graph.json breaks --seed 7

Rows are ``document<TAB>person<TAB>…<TAB>sentence``, shuffled with ``--seed`` (a sample to
read is any head of them); the count goes to stderr. Session 54's rules were written from the
825-day transcript build and People's Daily, January 1998.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

ROLES = ("participatedIn", "chaired", "spokeAt", "accompanied", "metWith")
ROLE_VERBS = re.compile(r"主持|出席|参加|讲话|致辞|发言|会见|会谈|陪同|考察|调研|看望|慰问|通电话")
# What no list of names holds between two of its names: a clause's end, a verb of its own
NOT_A_LIST = re.compile(
    r"[。；：:;]|会见|会谈|出席|参加|主持|表示|说|指出|强调|向|对|在|同|与|陪同"
)
MAX_GAP = 40

Key = tuple[str, int]


def _read(
    graph_file: Path,
) -> tuple[dict[str, list[list]], dict[str, str], dict[Key, set[str]], dict[Key, set[str]]]:
    """The sentences, the person labels, who each sentence names, who has a role there."""
    graph = json.loads(graph_file.read_text(encoding="utf-8"))
    people = {n["id"]: n["label"] for n in graph["nodes"] if n["type"] == "Person"}
    named: dict[Key, set[str]] = defaultdict(set)
    roled: dict[Key, set[str]] = defaultdict(set)
    for link in graph["links"]:
        evidence = [(doc, index) for doc, index in link.get("evidence", [])]
        if link["key"] == "mentions" and link["target"] in people:
            for key in evidence:
                named[key].add(link["target"])
        elif link["key"] in ROLES:
            for key in evidence:
                roled[key].add(link["source"])
                if link["key"] == "metWith":
                    roled[key].add(link["target"])
    return graph["sentences"], people, named, roled


def verbs(graph_file: Path) -> list[str]:
    sentences, people, named, roled = _read(graph_file)
    rows = []
    for (doc, index), persons in named.items():
        text = sentences[doc][index][2]
        if ROLE_VERBS.search(text):
            rows += [
                f"{doc}\t{people[p]}\t{text}"
                for p in sorted(persons - roled.get((doc, index), set()))
            ]
    return rows


def breaks(graph_file: Path) -> list[str]:
    sentences, people, named, roled = _read(graph_file)
    rows = []
    for key, persons in named.items():
        done = roled.get(key, set())
        text = sentences[key[0]][key[1]][2]
        if not done or not ROLE_VERBS.search(text):
            continue
        spans = sorted(
            (text.find(people[p]), text.find(people[p]) + len(people[p]), p)
            for p in persons
            if people[p] in text
        )
        for (_start, end, before), (start, _end, after) in pairwise(spans):
            gap = text[end:start]
            if (
                before not in done
                and after in done
                and len(gap) <= MAX_GAP
                and not NOT_A_LIST.search(gap)
            ):
                rows.append(f"{key[0]}\t{people[before]}\t{gap}\t{people[after]}\t{text}")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graph", type=Path, help="graph.json of a build")
    parser.add_argument("kind", choices=("verbs", "breaks"))
    parser.add_argument("--seed", type=int, default=1, help="shuffle the rows (default 1)")
    args = parser.parse_args(argv)
    rows = (verbs if args.kind == "verbs" else breaks)(args.graph)
    random.Random(args.seed).shuffle(rows)
    print(f"{len(rows)} rows", file=sys.stderr)
    for row in rows:
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
