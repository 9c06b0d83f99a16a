"""`kgraph query`: SPARQL over the exported graph, the ready-made queries, errors,
refused queries (Update, SERVICE), --timeout and Ctrl-C."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import networkx as nx
import pytest

from kgraph import query
from kgraph.export.rdf import write_rdf
from kgraph.query import QueryError, run_query
from rdf_sample import ROOT, SEED, build_seeds, sample_graph

QUERIES = sorted((ROOT / "queries").glob("*.rq"))


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("rdf")
    return [write_rdf(sample_graph(), out, "https://kgraph.example.org/id/")["ttl"]]


def select(text: str, data: list[Path]) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(run_query(text, data, "csv"))))


def test_select_in_three_formats(data: list[Path]) -> None:
    text = """SELECT ?post WHERE {
        ?p rdfs:label "习近平"@zh ; kg:holdsPosition ?x . ?x rdfs:label ?post
        FILTER (lang(?post) = "zh") } ORDER BY ?post"""
    posts = [row["post"] for row in select(text, data)]
    expected = sorted(
        v.split(":", 1)[1]
        for _, v, r in sample_graph().out_edges("Person:习近平", keys=True)
        if r == "holdsPosition"
    )
    assert posts == expected
    bindings = json.loads(run_query(text, data, "json"))["results"]["bindings"]
    assert [b["post"]["value"] for b in bindings] == expected
    table = run_query(text, data, "table")
    assert table.splitlines()[0].startswith("?post") and "总书记" in table
    assert table.rstrip().endswith(f"({len(expected)} rows)")


def test_ontology_is_loaded_so_sub_property_paths_work(data: list[Path]) -> None:
    direct = "ASK { ?s org:holds ?o }"
    via_ontology = "ASK { ?s ?p ?o . ?p rdfs:subPropertyOf* org:holds }"
    assert run_query(direct, data).strip() == "false"  # no inference, only the ontology
    assert run_query(via_ontology, data).strip() == "true"
    assert json.loads(run_query(via_ontology, data, "json")) == {"head": {}, "boolean": True}


def test_construct_returns_triples(data: list[Path]) -> None:
    text = "CONSTRUCT { ?s org:holds ?o } WHERE { ?s kg:holdsPosition ?o }"
    lines = run_query(text, data, "csv").splitlines()
    holds = [e for e in sample_graph().edges(keys=True) if e[2] == "holdsPosition"]
    assert len(lines) == len(holds) > 0
    assert all("<http://www.w3.org/ns/org#holds>" in line for line in lines)


def test_query_file_and_command_line(data: list[Path], capsys: pytest.CaptureFixture) -> None:
    parser = argparse.ArgumentParser()
    query.add_arguments(parser)
    path = str(ROOT / "queries" / "who_holds_which_post.rq")
    args = parser.parse_args([path, "--data", str(data[0]), "--format", "csv"])
    assert query.run(args) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    graph = sample_graph()
    label = {node: data["label"] for node, data in graph.nodes(data=True)}
    holds = {(label[u], label[v]) for u, v, r in graph.edges(keys=True) if r == "holdsPosition"}
    assert ("习近平", "国家主席") in holds
    assert {(r["person"], r["post"]) for r in rows} == holds
    for u, v, r in graph.edges(keys=True):
        if r == "positionIn":
            found = {row["organization"] for row in rows if row["post"] == label[u]}
            assert label[v] in found, (label[u], label[v])


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_every_ready_query_answers_on_the_sample_graph(path: Path, data: list[Path]) -> None:
    rows = select(str(path), data)
    assert rows, path.name
    assert all(any(value for value in row.values()) for row in rows)


def test_ready_queries_give_the_facts_of_the_graph(data: list[Path]) -> None:
    graph = sample_graph()
    label = {node: data["label"] for node, data in graph.nodes(data=True)}
    kind = {node: data["type"] for node, data in graph.nodes(data=True)}
    roles = {"participatedIn", "spokeAt", "chaired", "accompanied"}
    edges = list(graph.edges(keys=True))
    attended = select(str(ROOT / "queries" / "who_attended_event.rq"), data)
    assert (
        {r["participant"] for r in attended}
        == {label[u] for u, v, r in edges if r in roles and kind[v] == "Event"}
        >= {"习近平", "蔡奇"}
    )
    assert {r["place"] for r in attended} == {
        label[v] for u, v, r in edges if r == "locatedIn" and kind[u] == "Event"
    }
    aliases = select(str(ROOT / "queries" / "organization_aliases.rq"), data)
    union = next(r for r in aliases if r["organization"] == "中华全国总工会")
    assert set(union["aliases"].split("、")) >= {"全国总工会", "全总"}
    co = select(str(ROOT / "queries" / "co_occurring_concepts.rq"), data)
    concept = next(n for n in graph if kind[n] == "PolicyConcept" and label[n] == "强国建设")
    assert {r["other"] for r in co} == {
        label[o]
        for a, b, r in edges
        if r == "coOccursWith" and concept in (a, b)
        for o in (a, b)
        if o != concept and kind[o] == "PolicyConcept"
    }
    raw = (ROOT / SEED).read_text(encoding="utf-8")
    evidence = select(str(ROOT / "queries" / "evidence_of_fact.rq"), data)
    assert evidence
    for row in evidence:
        assert row["document"] in (SEED, Path(SEED).name)
        assert raw[int(row["start"]) : int(row["end"])] == row["sentence"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SELECT ?x WHERE { ?x ", "bad SPARQL"),
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "Update .* not allowed"),
        ("SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "SERVICE .* not allowed"),
        ("queries/no_such_query.rq", "no such query file"),
    ],
)
def test_errors_are_one_line(text: str, message: str, data: list[Path]) -> None:
    with pytest.raises(QueryError, match=message) as info:
        run_query(text, data)
    assert "\n" not in str(info.value)


def test_missing_and_broken_data_files(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="no such data file"):
        run_query("ASK {}", [tmp_path / "missing.ttl"])
    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    with pytest.raises(QueryError, match="cannot load"):
        run_query("ASK {}", [broken])


def test_ready_queries_run_on_a_real_build(tmp_path: Path) -> None:
    graph = build_seeds()
    data = [write_rdf(graph, tmp_path, "https://kgraph.example.org/id/")["ttl"]]
    posts = select(str(ROOT / "queries" / "who_holds_which_post.rq"), data)
    holds = [(u, v) for u, v, r in graph.edges(keys=True) if r == "holdsPosition"]
    assert len({(r["person"], r["post"]) for r in posts}) == len(holds)
    for path in QUERIES:
        select(str(path), data)  # every query at least runs on real output


# ---------------------------------------------------------------- refused queries

# Four-way cross product of every triple: never finishes on the sample graph.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.mark.parametrize(
    "text",
    [
        'SELECT * { ?s ?p "SERVICE <http://x/> {}" }',  # in a string
        "SELECT * { ?s ?p '''a 'quoted' SERVICE''' }",  # in a long string
        "SELECT * { ?s ?p ?o } # SERVICE <http://x/> { } and DELETE",  # in a comment
        "SELECT * { ?s <http://e/#SERVICE> ?service }",  # in an IRI, a variable
        "SELECT * { ?s ex:SERVICE ?o . _:insert ?p :delete }",  # prefixed names, blank node
        "SELECT * { ?s schema:serviceType ?o . _:service ?p ?service }",
        'SELECT ?l { ?s rdfs:label ?l FILTER(lang(?l) = "zh" && ?l < "z") } LIMIT 3',
    ],
)
def test_keywords_skip_strings_iris_comments_and_names(text: str) -> None:
    assert not query.keywords(text) & {"SERVICE", *query.UPDATE_KEYWORDS}
    query.check_query(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "SERVICE"),
        ("select * {service silent<http://x/>{?s ?p ?o}}", "SERVICE"),
        ("SELECT * { FILTER(?a<?b)SERVICE<http://x/>{} }", "SERVICE"),  # < as an operator
        # Oxigraph needs no word boundary after a keyword: these are federated queries.
        ("PREFIX ex: <http://x/>\nSELECT * { SERVICEex:s { ?s ?p ?o } }", ""),
        ("SELECT * { SERVICESILENT<http://x/>{ ?s ?p ?o } }", ""),
        ("SELECT * { ?s ?p true.SERVICE <http://x/> { ?s ?p ?o } }", ""),
        ("SELECT * { <http://x\\u0041#> ?p ?o } SERVICE <http://x/> {}", "SERVICE"),
        ("PREFIX ex: <http://e/#>\nINSERT DATA { ex:a ex:b ex:c }", "INSERT"),
        ("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "DELETE"),
        ("LOAD <http://127.0.0.1:9/data.ttl>", "LOAD"),
    ],
)
def test_service_and_updates_are_refused(text: str, word: str) -> None:
    assert not word or word in query.keywords(text)
    with pytest.raises(query.QueryRefused, match="not allowed"):
        query.check_query(text)


class Listener:
    """A TCP listener on 127.0.0.1 that records whatever connects to it."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.received: list[bytes] = []
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while self.running:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                continue
            with connection:
                connection.settimeout(2)
                try:
                    self.received.append(connection.recv(65536) or b"<connected>")
                except OSError:
                    self.received.append(b"<connected>")

    def close(self) -> list[bytes]:
        time.sleep(0.3)
        self.running = False
        self.thread.join(5)
        self.socket.close()
        return self.received


def test_service_query_sends_nothing(data: list[Path]) -> None:
    listener = Listener()
    text = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}"
    try:
        with pytest.raises(QueryError, match="SERVICE"):
            run_query(text, data)
        with pytest.raises(QueryError, match="SERVICE"):
            query.run_query_guarded(text, data)
    finally:
        assert listener.close() == []


def test_query_process_has_no_network() -> None:
    """Defence in depth: even a SERVICE the check missed could not connect."""
    listener = Listener()
    code = (
        "import socket, sys\n"
        "from kgraph.query import isolate_network\n"
        "if not isolate_network(): sys.exit(3)\n"
        f"socket.create_connection(('127.0.0.1', {listener.port}), timeout=2)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    received = listener.close()
    if result.returncode == 3:
        pytest.skip("no network namespaces here")
    assert result.returncode != 0 and b"unreachable" in result.stderr.lower()
    assert received == []


# ---------------------------------------------------------------- --timeout and Ctrl-C


def _interruptible() -> None:
    """Ctrl-C as at a terminal, however the suite was started (a background job's commands
    inherit SIGINT ignored, and a Python started so installs no handler for it)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def kgraph(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kgraph.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        preexec_fn=_interruptible,
    )


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(p) for p in task.read_text().split()]
    return found


def test_timeout_stops_the_query(data: list[Path]) -> None:
    started = time.monotonic()
    process = kgraph("query", ENDLESS, "--data", str(data[0]), "--timeout", "1")
    _, err = process.communicate(timeout=120)
    assert process.returncode == 1
    assert err.decode().splitlines() == [
        "kgraph query: error: the query took longer than 1 s and was stopped "
        "(raise --timeout, or 0 for no limit)"
    ]
    assert time.monotonic() - started < 60


def test_timeout_must_be_a_number(data: list[Path]) -> None:
    process = kgraph("query", "ASK {}", "--data", str(data[0]), "--timeout", "soon")
    _, err = process.communicate(timeout=120)
    assert process.returncode == 2 and len(err.splitlines()) == 1
    assert err.startswith(b"kgraph query: error: argument --timeout")


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_ctrl_c_stops_a_slow_query_at_once(data: list[Path]) -> None:
    process = kgraph("query", ENDLESS, "--data", str(data[0]), "--timeout", "0")
    deadline = time.monotonic() + 60
    while not children(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = children(process.pid)
    try:
        assert workers, "the query process did not start"
        time.sleep(1.0)  # the child is loading or evaluating: either must stop at once
        assert process.poll() is None
        interrupted = time.monotonic()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:  # (a failure; its child dies with it, die_with_parent)
            process.kill()
            process.wait()
    assert time.monotonic() - interrupted < 5
    assert process.returncode == 130
    assert err.decode() == "kgraph query: interrupted\n" and out == b""
    time.sleep(0.2)
    for pid in workers:  # the evaluating child is gone too
        status = Path(f"/proc/{pid}/status")
        assert not status.exists() or "zombie" in status.read_text().lower()


@pytest.mark.skipif(
    "fork" not in __import__("multiprocessing").get_all_start_methods(), reason="needs fork"
)
def test_ctrl_c_as_the_query_process_starts_leaves_no_process_behind(
    data: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A loaded machine once left `kgraph query` waiting for ever on the child it had just
    # started: the Ctrl-C came before the child was the parent's to kill. Here it comes as
    # start() returns.
    import multiprocessing.context

    started: list[multiprocessing.context.ForkProcess] = []
    real_start = multiprocessing.context.ForkProcess.start

    def start(self: multiprocessing.context.ForkProcess) -> None:
        real_start(self)
        started.append(self)
        os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(multiprocessing.context.ForkProcess, "start", start)
    # (Ctrl-C raises here however the suite was started: a background job's ignores it)
    handler = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            query.run_query_guarded(ENDLESS, data, "csv", 0)
        assert started and not started[0].is_alive()
    finally:
        signal.signal(signal.SIGINT, handler)
        for process in started:  # (what the code under test failed to stop)
            process.kill()


def test_guarded_query_gives_the_same_answer(data: list[Path]) -> None:
    path = str(ROOT / "queries" / "who_holds_which_post.rq")
    assert query.run_query_guarded(path, data, "csv", 60) == run_query(path, data, "csv")


def test_table_cells_show_control_characters_escaped(data: list[Path]) -> None:
    text = 'SELECT ?x WHERE { VALUES ?x { "红\\u001b[2J色\\n" } }'
    table = run_query(text, data, "table")
    assert "\x1b" not in table and "红\\x1b[2J色\\n" in table
    assert json.loads(run_query(text, data, "json"))["results"]["bindings"][0]["x"]["value"] == (
        "红\x1b[2J色\n"
    )


# 新闻联播 2022-12-30 (verbatim): 王毅 removed as foreign minister, 秦刚 appointed
REMOVAL_OF_WANG_YI = (
    "2022年12月30日\n十三届全国人大常委会第三十八次会议30日下午在北京人民大会堂闭幕。"
    "会议经表决，决定免去王毅兼任的外交部部长职务，任命秦刚为外交部部长。\n"
)


def _built(tmp_path: Path, files: dict[str, str]) -> tuple[nx.MultiDiGraph, list[Path]]:
    """The graph of a build of ``files`` (name -> text) and its Turtle, for the ready queries."""
    from kgraph.pipeline import build

    corpus = tmp_path / "in"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    graph = build([corpus]).graph
    return graph, [write_rdf(graph, tmp_path / "out", "https://kgraph.example.org/id/")["ttl"]]


def _held_on(data: list, post: str, day: str) -> set[str]:
    """Who the ready query says held a post (or one ending in ``post``) on ``day``."""
    on_date = (ROOT / "queries" / "who_held_post_on_date.rq").read_text(encoding="utf-8")
    text = on_date.replace('("主席" "2023-12-31"^^xsd:date)', f'("{post}" "{day}"^^xsd:date)')
    return {row["person"] for row in select(text, data)}


def test_who_held_a_post_on_a_day_and_the_posts_of_a_person(tmp_path: Path) -> None:
    """The two tenure queries on a real build: a tenure that begins in a year the text gives
    (2008年，…当选…) and one that ends on the day of a removal."""
    _graph, data = _built(
        tmp_path,
        {
            # 新闻联播 2022-10-05 (verbatim)
            "a.txt": "2022年10月5日\n2008年，祝雪兰当选为山坪村党支部书记。\n",
            "b.txt": REMOVAL_OF_WANG_YI,
        },
    )
    assert _held_on(data, "党支部书记", "2015-06-01") == {"祝雪兰"}
    assert _held_on(data, "党支部书记", "2005-06-01") == set()
    # (王毅 was removed on 30 December)
    assert _held_on(data, "外交部部长", "2023-01-10") == {"秦刚"}
    posts = (ROOT / "queries" / "posts_of_person.rq").read_text(encoding="utf-8")
    rows = select(posts.replace('"习近平"@zh', '"祝雪兰"@zh'), data)
    assert [(r["post"], r["since"]) for r in rows] == [("山坪村党支部书记", "2008")]


def test_a_second_term_after_a_removal_is_a_membership_of_its_own(tmp_path: Path) -> None:
    """王毅, removed as foreign minister on 2022-12-30 and appointed again on 2023-07-25: one
    holdsPosition edge with a ``since`` after its ``until``, two memberships in the RDF, so the
    ready query finds him in the post after his return and 秦刚 between."""
    _graph, data = _built(
        tmp_path,
        {
            "b.txt": REMOVAL_OF_WANG_YI,
            # 新闻联播 2023-07-25 (verbatim)
            "c.txt": "2023年7月25日\n会议经表决，决定免去秦刚兼任的外交部部长职务，任命王毅为外交部"
            "部长，免去易纲的中国人民银行行长职务，任命潘功胜为中国人民银行行长。\n",
        },
    )
    assert _held_on(data, "外交部部长", "2023-03-01") == {"秦刚"}
    assert _held_on(data, "外交部部长", "2024-01-10") == {"王毅"}
    assert _held_on(data, "外交部部长", "2022-06-01") == set()


def test_a_post_told_as_held_before_is_not_seen_on_the_documents_day(tmp_path: Path) -> None:
    """时任, 前总统: the holder is read, and the post held, but the document's day is no day
    the holder is seen in it; the post a sentence gives as now held is."""
    graph, data = _built(
        tmp_path,
        {
            # 新闻联播 2023-06-28 and 2024-09-02 (verbatim sentences)
            "a.txt": "2023年6月28日\n国家主席习近平6月28日签署第六号、第七号主席令。1992年，时任"
            "福州市委书记习近平了解到这段感人的鼓岭情缘，邀请加德纳夫人访问中国。\n",
            "b.txt": "2024年9月2日\n伊朗武装部队总参谋部9月1日发布有关前总统莱希及其随行人员坠机"
            "遇难事件的最终调查报告，确认直升机坠毁的主要原因是浓雾等恶劣天气状况。\n",
        },
    )
    held = {
        (graph.nodes[s]["label"], graph.nodes[t]["label"]): attrs
        for s, t, name, attrs in graph.edges(keys=True, data=True)
        if name == "holdsPosition"
    }
    assert "observed" not in held[("习近平", "福州市委书记")]
    assert "since" not in held[("习近平", "福州市委书记")]  # (时任 appoints no one)
    assert held[("习近平", "国家主席")]["observed"] == ["2023-06-28"]
    assert "observed" not in held[("赛义德·易卜拉欣·莱希", "总统")]
    assert not any(person == "加德纳" for person, _post in held)
    assert _held_on(data, "主席", "2023-06-28") == {"习近平"}
    assert _held_on(data, "市委书记", "2023-06-28") == set()
    assert _held_on(data, "总统", "2024-09-02") == set()
