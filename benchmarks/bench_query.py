"""Time a two-hop SPARQL query on a large synthetic graph shaped like `kgraph build` output.

The generator writes N-Triples with the exporter's IRI scheme and provenance layer
(direct triple, reified rdf:Statement with kg:weight, oa:Annotation, target span,
position and quote selectors), so the triple mix matches real output: about 21
triples per edge. Oxigraph runs on the full size; rdflib, which is far slower to
load, runs on a smaller graph of the same shape (``--rdflib-triples``), and Oxigraph
is timed on that one too for a like-for-like comparison.

    python benchmarks/bench_query.py                       # 5M triples, rdflib on 300k
    python benchmarks/bench_query.py --triples 200000 --rdflib-triples 100000
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kgraph.export.rdf import PREFIXES, node_iri  # noqa: E402  (after the path set-up)

BASE = "https://kgraph.example.org/id/"
KG = PREFIXES["kg"]
RDF, RDFS, OA, PROV = PREFIXES["rdf"], PREFIXES["rdfs"], PREFIXES["oa"], PREFIXES["prov"]
DCT, XSD = PREFIXES["dcterms"], PREFIXES["xsd"]
TRIPLES_PER_EDGE = 21

# Two hops: person -> post -> organisation, counted per organisation.
TWO_HOP = """
SELECT ?org (COUNT(DISTINCT ?person) AS ?people) WHERE {
  ?person kg:holdsPosition ?post .
  ?post kg:positionIn ?org .
}
GROUP BY ?org ORDER BY DESC(?people) ?org LIMIT 10
"""
# Two hops from one concept, with labels and the evidence documents (selective).
TWO_HOP_SELECTIVE = """
SELECT ?name ?concept (COUNT(?doc) AS ?evidence) WHERE {
  ?other kg:coOccursWith <%s> .
  ?person kg:emphasized ?other ; rdfs:label ?name .
  ?other rdfs:label ?concept .
  ?fact rdf:subject ?person ; rdf:predicate kg:emphasized ; rdf:object ?other ;
        prov:wasDerivedFrom ?doc .
}
GROUP BY ?name ?concept ORDER BY DESC(?evidence) ?name ?concept LIMIT 20
"""


def _lines(rng: random.Random, target: int) -> tuple[list[str], str]:
    """N-Triples lines of a synthetic graph with about ``target`` triples."""
    surnames = [
        line.strip()
        for line in (ROOT / "src/kgraph/data/ner_surnames.txt").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    given = (
        "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发"
        "武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪"
        "心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启"
        "克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"
    )
    words = "发展改革创新协调绿色开放共享安全稳定民生就业教育医疗科技人才法治文化生态乡村振兴"
    edges = max(1, target // TRIPLES_PER_EDGE)
    persons = max(10, edges // 12)
    posts = max(5, persons // 4)
    orgs = max(3, posts // 5)
    concepts = max(10, edges // 40)
    docs = max(2, edges // 60)
    out: list[str] = []

    def lit(text: str, lang: str = "zh") -> str:
        return f'"{text}"@{lang}'

    def entity(kind: str, label: str) -> str:
        iri = f"<{node_iri(f'{kind}:{label}', BASE)}>"
        out.append(f"{iri} <{RDF}type> <{KG}{kind}> .")
        out.append(f"{iri} <{RDFS}label> {lit(label)} .")
        out.append(f"{iri} <{PREFIXES['skos']}prefLabel> {lit(label)} .")
        return iri

    person_iris = [
        entity("Person", rng.choice(surnames) + "".join(rng.sample(given, 2)) + f"{i}")
        for i in range(persons)
    ]
    post_iris = [entity("Position", f"{rng.choice(words[:20])}主任{i}") for i in range(posts)]
    org_iris = [entity("Organization", f"{rng.choice(words[20:])}委员会{i}") for i in range(orgs)]
    concept_iris = [
        entity("PolicyConcept", "".join(rng.sample(words, 4)) + f"{i}") for i in range(concepts)
    ]
    doc_iris = []
    for i in range(docs):
        iri = f"<{BASE}document/synthetic-{i}>"
        doc_iris.append(iri)
        out.append(f"{iri} <{RDF}type> <{KG}SourceDocument> .")
        out.append(f'{iri} <{DCT}date> "2023-{1 + i % 12:02d}-{1 + i % 28:02d}"^^<{XSD}date> .')

    relations = (
        [("holdsPosition", person_iris, post_iris)] * 3
        + [("positionIn", post_iris, org_iris)]
        + [("emphasized", person_iris, concept_iris)] * 4
        + [("coOccursWith", concept_iris, concept_iris)] * 4
    )
    for n in range(edges):
        relation, heads, tails = rng.choice(relations)
        s, o, p = rng.choice(heads), rng.choice(tails), f"<{KG}{relation}>"
        key = hashlib.sha256(f"{s}{p}{o}{n}".encode()).hexdigest()[:16]
        fact, ann, span = f"<{BASE}fact/{key}>", f"<{BASE}evidence/{key}>", f"{BASE}span/{key}"
        doc = rng.choice(doc_iris)
        start = rng.randrange(0, 5000)
        out += [
            f"{s} {p} {o} .",
            f"{fact} <{RDF}type> <{RDF}Statement> .",
            f"{fact} <{RDF}subject> {s} .",
            f"{fact} <{RDF}predicate> {p} .",
            f"{fact} <{RDF}object> {o} .",
            f'{fact} <{KG}weight> "{rng.randint(1, 5)}"^^<{XSD}integer> .',
            f"{fact} <{PROV}wasDerivedFrom> {doc} .",
            f"{ann} <{RDF}type> <{OA}Annotation> .",
            f"{ann} <{KG}supports> {fact} .",
            f"{ann} <{OA}hasBody> {fact} .",
            f"{ann} <{OA}motivatedBy> <{KG}supporting> .",
            f"{ann} <{OA}hasTarget> <{span}> .",
            f"<{span}> <{RDF}type> <{OA}SpecificResource> .",
            f"<{span}> <{OA}hasSource> {doc} .",
            f"<{span}> <{OA}hasSelector> <{span}/position> .",
            f"<{span}> <{OA}hasSelector> <{span}/quote> .",
            f'<{span}/position> <{OA}start> "{start}"^^<{XSD}nonNegativeInteger> .',
            f'<{span}/position> <{OA}end> "{start + 40}"^^<{XSD}nonNegativeInteger> .',
            f'<{span}/quote> <{OA}exact> "{"".join(rng.sample(words, 10))}。" .',
            f"<{span}/position> <{RDF}type> <{OA}TextPositionSelector> .",
            f"<{span}/quote> <{RDF}type> <{OA}TextQuoteSelector> .",
        ]
    return out, concept_iris[0][1:-1]


def generate(path: Path, triples: int, seed: int = 7) -> str:
    """Write the synthetic graph; returns the IRI of the concept the selective query starts at."""
    lines, concept = _lines(random.Random(seed), triples)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return concept


def _timed(func, repeat: int) -> tuple[float, list[float], object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - started)
    return times[0], times[1:] or times, result


def bench_oxigraph(path: Path, queries: dict[str, str], repeat: int) -> dict[str, object]:
    import pyoxigraph as ox

    store = ox.Store()
    started = time.perf_counter()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    report: dict[str, object] = {"load_s": time.perf_counter() - started, "triples": len(store)}
    for name, text in queries.items():
        first, warm, rows = _timed(lambda t=text: list(store.query(t, prefixes=PREFIXES)), repeat)
        report[name] = {
            "first_s": first,
            "warm_median_s": statistics.median(warm),
            "rows": len(rows),
        }
        report[f"{name}_answer"] = [[_value(term) for term in solution] for solution in rows]
    return report


def _value(term: object) -> str:
    return "" if term is None else str(getattr(term, "value", term))


def bench_rdflib(path: Path, queries: dict[str, str], repeat: int) -> dict[str, object]:
    from rdflib import Graph

    graph = Graph()
    started = time.perf_counter()
    graph.parse(path, format="nt")
    report: dict[str, object] = {"load_s": time.perf_counter() - started, "triples": len(graph)}
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    for name, text in queries.items():
        first, warm, rows = _timed(lambda t=text: list(graph.query(prologue + t)), repeat)
        report[name] = {
            "first_s": first,
            "warm_median_s": statistics.median(warm),
            "rows": len(rows),
        }
        report[f"{name}_answer"] = [[_value(term) for term in row] for row in rows]
    return report


def _show(engine: str, size: int, report: dict[str, object]) -> None:
    shown = {k: v for k, v in report.items() if not k.endswith("_answer")}
    print(f"{engine:<9} {size:>9,} requested: {shown}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=5_000_000, help="Oxigraph graph size")
    parser.add_argument(
        "--rdflib-triples", type=int, default=300_000, help="rdflib graph size (0: skip rdflib)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per query (first is cold)")
    parser.add_argument("--workdir", type=Path, default=None, help="where to write the graphs")
    args = parser.parse_args(argv)

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kgraph-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    sizes = [("oxigraph", args.triples)]
    if args.rdflib_triples:
        sizes.append(("small", args.rdflib_triples))
    for label, size in sizes:
        path = workdir / f"synthetic-{size}.nt"
        started = time.perf_counter()
        concept = generate(path, size)
        print(f"generated {path.name} in {time.perf_counter() - started:.1f} s", flush=True)
        queries = {"two_hop": TWO_HOP, "two_hop_selective": TWO_HOP_SELECTIVE % concept}
        oxigraph = bench_oxigraph(path, queries, args.repeat)
        _show("oxigraph", size, oxigraph)
        if label == "small":
            rdflib = bench_rdflib(path, queries, args.repeat)
            _show("rdflib", size, rdflib)
            agree = all(
                sorted(oxigraph[f"{q}_answer"]) == sorted(rdflib[f"{q}_answer"]) for q in queries
            )
            print(f"same answers from both engines: {agree}")
        path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
