"""Node precision on real text the project never tuned on: is each node a real entity of its type?

The texts of a split are listed in ``benchmarks/data/nodes/<split>/days.txt``: whole days of
CCTV 新闻联播 transcripts (``../shared/corpora/xwlb_dev.jsonl.gz``, one ``YYYY-MM-DD.md`` per
day, the Markdown with inline HTML as users scrape it) and pages of People's Daily, January 1998
(``pfr199801.jsonl.gz``, one ``pfr-YYYYMMDD-PP.txt`` per page, a paragraph a line). They are
regenerated from the corpora by date, built with ``kgraph build -j 2 --formats json`` (or read
from ``--graph OUT``), and the nodes of type Person, Organization, Place and Position are
scored against ``judgements.tsv`` of the split (see ``benchmarks/data/nodes/README.md`` for the
judging rules).

The sample is uniform over distinct nodes and does not depend on the build: a node (type, label)
is in the sample when ``sha1("type\\tlabel")`` falls under the type's rate (``RATES``). A later
build that creates new nodes (a new label, a retyped name, a qualified namesake) puts about the
same share of them in the sample, and those show up as *unjudged*: judge them
(``--judge`` prints them with their passages and appends them to the file with an empty verdict
to fill in) before reading the precision.

    python benchmarks/eval_nodes.py --split dev                     # build, then score
    python benchmarks/eval_nodes.py --split dev --graph /tmp/out    # score a build
    python benchmarks/eval_nodes.py --split dev --show-errors       # and list the wrong nodes
    python benchmarks/eval_nodes.py --split dev --judge             # sampled, unjudged nodes

How the days were chosen (once, with ``random.Random(12)``): days of xwlb_dev that no test,
benchmark or dev set names (not the 20 days of tests/test_real_corpus.py, not the dates of
benchmarks/data/events, not any date written in tests/ or benchmarks/), 2 of 2022, 6 of 2023
and 7 of 2024 per split, the splits disjoint; and People's Daily pages of dates no test or
benchmark uses. ``test`` was held out for the first round (now spent); ``test2`` (chosen the same
way with ``random.Random(13)``, among days and pages no other split uses) was held out for the
second (now spent); ``test3`` (``random.Random(2027)``, the draw written in its days.txt) was held
out for the third (now spent); ``test4`` (``random.Random(2028)``, same rules, its days.txt) was
held out for the fourth (now spent); ``test5`` (``random.Random(2029)``, same rules, its days.txt)
was held out for the fifth (now spent); ``test6`` (``random.Random(2030)``) for the sixth (now
spent); ``test7`` (``random.Random(2031)``) for the seventh (now spent); ``test8``
(``random.Random(2032)``) for the eighth (now spent); ``test9`` (``random.Random(2033)``) for
the ninth (now spent); ``test10`` (``random.Random(2034)``) for the tenth (now spent);
``test11`` (``random.Random(2035)``) for the eleventh (now spent); ``test12``
(``random.Random(2036)``) for the twelfth (now spent); ``test13`` (``random.Random(2037)``) for
the thirteenth (now spent); ``test14`` (``random.Random(2038)``) for the fourteenth (now spent);
``test15`` (``random.Random(2039)``, same rules, its days.txt) for the fifteenth (now spent);
``test16`` (``random.Random(2040)``, same rules, drawn by ``select_test16.py``) for the sixteenth
(now spent); ``test17`` (``random.Random(2041)``, drawn by ``select_test17.py``: the one xwlb day
no file names any more and 16 People's Daily pages of 1998-01-16 to 1998-01-31) for the
seventeenth (now spent); ``test18`` (``random.Random(2042)``, drawn by ``select_test18.py``: the
5 People's Daily pages of the month no file named) for the eighteenth (now spent).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "nodes"
CORPORA = HERE.parents[1] / "shared" / "corpora"
TYPES = ("Person", "Organization", "Place", "Position")
# Share of each type's distinct nodes in the sample (about 120 a type on a split).
RATES = {"Person": 0.45, "Organization": 0.25, "Place": 0.21, "Position": 0.72}
FIELDS = ("type", "label", "correct", "category", "reason")


def in_sample(kind: str, label: str) -> bool:
    digest = hashlib.sha1(f"{kind}\t{label}".encode()).hexdigest()
    return int(digest[:8], 16) / 0x1_0000_0000 < RATES[kind]


def read_days(split: str) -> list[tuple[str, str]]:
    rows = []
    for line in (DATA / split / "days.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            source, key = line.split()
            rows.append((source, key))
    return rows


def write_texts(split: str, folder: Path, corpora: Path = CORPORA) -> list[Path]:
    """The split's texts, regenerated from the corpora, one file a day (or page)."""
    days = read_days(split)
    xwlb = {key for source, key in days if source == "xwlb"}
    pages = {key for source, key in days if source == "pfr"}
    written: list[Path] = []
    folder.mkdir(parents=True, exist_ok=True)
    if xwlb:
        with gzip.open(corpora / "xwlb_dev.jsonl.gz", "rt", encoding="utf-8") as handle:
            for line in handle:
                day = json.loads(line)
                if day["date"] in xwlb:
                    path = folder / f"{day['date']}.md"
                    path.write_text(day["text"], encoding="utf-8")
                    written.append(path)
    if pages:
        paragraphs: dict[str, dict[str, list[str]]] = defaultdict(dict)
        with gzip.open(corpora / "pfr199801.jsonl.gz", "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                # pfr-19980103-01-001-002-s0: date, page, article, paragraph, sentence
                parts = record["id"].split("-")
                page = f"{parts[1]}-{parts[2]}"
                if page in pages:
                    paragraph = "-".join(parts[1:5])
                    paragraphs[page].setdefault(paragraph, []).append(record["text"])
        for page, items in sorted(paragraphs.items()):
            date = page[:8]
            head = f"人民日报 1998年1月{int(date[6:])}日"
            body = "\n".join("".join(sentences) for sentences in items.values())
            path = folder / f"pfr-{page}.txt"
            path.write_text(f"{head}\n{body}\n", encoding="utf-8")
            written.append(path)
    missing = len(days) - len(written)
    if missing:
        raise SystemExit(f"{missing} text(s) of {split} not found in {corpora}")
    return written


def build(folder: Path, out: Path) -> None:
    args = [
        "build",
        str(folder),
        "-o",
        str(out),
        "-j",
        "2",
        "--formats",
        "json",
        "-q",
        "--no-cache",
    ]
    code = f"import sys; from kgraph.cli import main; sys.exit(main({args!r}))"
    subprocess.run([sys.executable, "-c", code], check=True)


def load_nodes(out: Path) -> list[dict]:
    with open(out / "graph.json", encoding="utf-8") as handle:
        graph = json.load(handle)
    return [node for node in graph["nodes"] if node.get("type") in TYPES]


def read_judgements(split: str) -> dict[tuple[str, str], dict[str, str]]:
    path = DATA / split / "judgements.tsv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {(row["type"], row["label"]): row for row in rows}


def score(split: str, nodes: list[dict]) -> dict[str, dict[str, object]]:
    judged = read_judgements(split)
    result: dict[str, dict[str, object]] = {}
    for kind in TYPES:
        present = [n for n in nodes if n["type"] == kind]
        sampled = [n for n in present if in_sample(kind, n["label"])]
        verdicts = [judged[(kind, n["label"])] for n in sampled if (kind, n["label"]) in judged]
        verdicts = [v for v in verdicts if v["correct"] in ("1", "0")]
        right = sum(v["correct"] == "1" for v in verdicts)
        errors = [v for v in verdicts if v["correct"] == "0"]
        result[kind] = {
            "nodes": len(present),
            "sampled": len(sampled),
            "judged": len(verdicts),
            "unjudged": len(sampled) - len(verdicts),
            "correct": right,
            "precision": right / len(verdicts) if verdicts else None,
            "errors": errors,
            "categories": Counter(v["category"] for v in errors),
        }
    return result


def contexts(texts: list[Path], names: list[str], width: int = 18, most: int = 2) -> list[str]:
    found: list[str] = []
    for path in texts:
        text = path.read_text(encoding="utf-8")
        for name in names:
            for match in re.finditer(re.escape(name), text):
                start, end = match.start(), match.end()
                left = text[max(0, start - width) : start].replace("\n", "⏎")
                right = text[end : end + width].replace("\n", "⏎")
                found.append(f"{path.stem}: {left}【{name}】{right}")
                if len(found) >= most:
                    return found
    return found


def judge(split: str, nodes: list[dict], texts: list[Path]) -> None:
    """Print the sampled, unjudged nodes with their passages; append them with no verdict."""
    judged = read_judgements(split)
    path = DATA / split / "judgements.tsv"
    new = [
        n
        for n in nodes
        if in_sample(n["type"], n["label"]) and (n["type"], n["label"]) not in judged
    ]
    new.sort(key=lambda n: (TYPES.index(n["type"]), n["label"]))
    for node in new:
        names = [node["label"], *node.get("aliases", [])]
        extra = f" aliases={node['aliases']}" if node.get("aliases") else ""
        print(f"{node['type']}\t{node['label']}{extra}")
        for line in contexts(texts, names):
            print(f"    {line}")
    if not new:
        print("every sampled node is judged")
        return
    fresh = not path.exists()
    with open(path, "a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        if fresh:
            writer.writerow(FIELDS)
        for node in new:
            writer.writerow((node["type"], node["label"], "", "", ""))
    print(f"{len(new)} node(s) appended to {path} with an empty verdict: fill in correct (1/0)")


def report(split: str, result: dict[str, dict[str, object]], show_errors: bool) -> None:
    print(f"node precision, split {split}")
    print("| type | nodes | sampled | judged | unjudged | correct | precision |")
    print("|---|---|---|---|---|---|---|")
    for kind, row in result.items():
        precision = row["precision"]
        shown = f"{precision:.3f}" if isinstance(precision, float) else "-"
        print(
            f"| {kind} | {row['nodes']} | {row['sampled']} | {row['judged']} | "
            f"{row['unjudged']} | {row['correct']} | {shown} |"
        )
    if show_errors:
        for kind, row in result.items():
            errors = row["errors"]
            assert isinstance(errors, list)
            if not errors:
                continue
            print(f"\n{kind}: {dict(row['categories'])}")  # type: ignore[call-overload]
            for error in sorted(errors, key=lambda e: (e["category"], e["label"])):
                print(f"  {error['label']}\t{error['category']}\t{error['reason']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--split",
        choices=sorted(p.name for p in DATA.iterdir() if p.is_dir()),
        required=True,
    )
    parser.add_argument("--graph", type=Path, help="score this build's graph.json, do not build")
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--judge", action="store_true", help="list sampled, unjudged nodes")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kgraph-nodes-") as tmp:
        folder = Path(tmp) / args.split
        texts = write_texts(args.split, folder, args.corpora)
        out = args.graph
        if out is None:
            out = Path(tmp) / "out"
            build(folder, out)
        nodes = load_nodes(out)
        if args.judge:
            judge(args.split, nodes, texts)
            return 0
    result = score(args.split, nodes)
    if args.json:
        for row in result.values():
            row["categories"] = dict(row["categories"])  # type: ignore[call-overload]
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        report(args.split, result, args.show_errors)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
