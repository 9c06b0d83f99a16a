"""Run a SPARQL query (SELECT, ASK or CONSTRUCT) over a built graph.

The data files and the kgraph ontology are loaded into an in-memory Oxigraph
store, so property paths over the ontology such as ``rdfs:subPropertyOf*`` work.
The usual prefixes (kg, rdf, rdfs, owl, xsd, skos, foaf, org, schema, dcterms,
oa, prov, time, wd) are predeclared.

Queries only read the local graph: SPARQL Update and ``SERVICE`` (federation,
which would make the engine send HTTP requests) are refused before evaluation
(:func:`check_query`). ``kgraph query`` evaluates in a child process, without
network access where Linux allows it, so ``--timeout`` and Ctrl-C stop it at once.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
import unicodedata
from pathlib import Path

import pyoxigraph as ox

from kgraph.lexicons import ontology_dir
from kgraph.model import PREFIXES

__all__ = [
    "DEFAULT_DATA",
    "DEFAULT_TIMEOUT",
    "FORMATS",
    "ONTOLOGY_PATH",
    "QueryError",
    "QueryRefused",
    "check_query",
    "isolate_network",
    "keywords",
    "load_store",
    "read_query",
    "run_query",
    "run_query_guarded",
]

EPILOG = """examples:
  kgraph query queries/who_holds_which_post.rq
  kgraph query 'SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }' --format csv
  kgraph query 'ASK { ?p kg:holdsPosition ?post }'
  kgraph query queries/evidence_of_fact.rq --data out/graph.ttl --format json
  kgraph query big.rq --timeout 300          # 0: no time limit
"""

DEFAULT_DATA = Path("output/graph.ttl")
FORMATS = ("table", "csv", "json")
QUERY_FILE_SUFFIXES = (".rq", ".sparql")
DEFAULT_TIMEOUT = 60.0


ONTOLOGY_PATH = ontology_dir() / "kgraph.ttl"


class QueryError(ValueError):
    """A user error: a bad query, a missing or unreadable file. The message is one line."""


class QueryRefused(QueryError):
    """A query this tool does not run: SPARQL Update or SERVICE (federation)."""


# ---------------------------------------------------------------- what a query may do

# The SPARQL 1.1 lexer, as far as telling keywords from everything else needs: comments,
# the four string forms, IRIs (with \u escapes), variables, language tags, prefixed names
# and blank nodes (a word with a colon is never a keyword), and bare words.
# Oxigraph's parser needs no word boundary after a keyword (``SERVICEex:s {…}`` and
# ``true.SERVICE<…>{…}`` are federated queries to it), so SERVICE is looked for as a
# substring of everything but comments, strings, IRIs, variables and the local part of
# prefixed names (which Oxigraph reads as this lexer does: it rejects any IRI outside
# the IRIREF grammar); the exact keywords serve the messages.
_LOCAL = r"(?:[\w:]|%[0-9A-Fa-f]{2}|\\.)(?:[\w\-:]|%[0-9A-Fa-f]{2}|\\.|\.(?=[\w\-:%\\]))*"
_TOKENS = re.compile(
    r"""
      (?P<comment>\#[^\n\r]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
    | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f\u2040]*)
    | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<word>[^\W\d][\w\-]*(?:\.+[\w\-]+)*)(?P<colon>:(?:LOCAL)?)?
    | (?P<pname>:(?:LOCAL)?)
    | (?P<other>.)
    """.replace("LOCAL", _LOCAL),
    re.VERBOSE | re.DOTALL,
)
_SERVICE = re.compile("service", re.IGNORECASE)
UPDATE_KEYWORDS = frozenset(
    ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
)


def keywords(query: str) -> set[str]:
    """The bare words of ``query`` (upper case): its keywords and function names,
    never what is inside strings, IRIs or comments, nor prefixed names or variables."""
    found: set[str] = set()
    for match in _TOKENS.finditer(query):
        if match.lastgroup == "word" and not match.group("colon"):
            found.add(match.group("word").upper())
    return found


def _may_federate(query: str) -> bool:
    """Whether anything outside comments, strings, IRIs, variables and local names
    contains ``service`` (language tags included: the conservative side)."""
    for match in _TOKENS.finditer(query):
        # ``lastgroup`` is "colon" for a prefixed name: its prefix is a word all the same.
        kind = "word" if match.group("word") is not None else match.lastgroup
        text = match.group("word") if kind == "word" else match.group()
        if kind in ("word", "lang", "other") and _SERVICE.search(text):
            return True
    return False


def check_query(query: str) -> None:
    """Refuse SPARQL Update and SERVICE (a federated query would send HTTP requests
    to any address it names) with one clear line; everything else goes to the parser."""
    words = keywords(query)
    if "SERVICE" in words or _may_federate(query):
        raise QueryRefused(
            "SERVICE (federated query) is not allowed: queries read the local graph only"
        )
    update = sorted(words & UPDATE_KEYWORDS)
    if update:
        raise QueryRefused(f"SPARQL Update ({update[0]}) is not allowed: the graph is read-only")


_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


def isolate_network() -> bool:
    """Move this (single-threaded) process into an empty network namespace, so that
    nothing it evaluates can reach the network; False where Linux does not allow it."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        flags = _CLONE_NEWNET if os.geteuid() == 0 else _CLONE_NEWUSER | _CLONE_NEWNET
        return libc.unshare(flags) == 0 or libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) == 0
    except (OSError, AttributeError):
        return False


def _one_line(error: BaseException, limit: int = 160) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_query(text_or_path: str) -> str:
    """The query itself, or the contents of the ``.rq`` file it names."""
    candidate = Path(text_or_path)
    looks_like_file = text_or_path.endswith(QUERY_FILE_SUFFIXES) and "\n" not in text_or_path
    if looks_like_file or (len(text_or_path) < 1024 and "{" not in text_or_path):
        try:
            if candidate.is_file():
                return candidate.read_text(encoding="utf-8")
        except OSError as error:
            raise QueryError(f"cannot read {text_or_path}: {_one_line(error)}") from error
        if looks_like_file:
            raise QueryError(f"no such query file: {text_or_path}")
    return text_or_path


def load_store(data: list[Path], store: ox.Store | None = None, ontology: bool = True) -> ox.Store:
    """Load RDF files (format from the extension) and the ontology into a store."""
    store = store if store is not None else ox.Store()
    paths = [*data, ONTOLOGY_PATH] if ontology else list(data)
    for path in paths:
        path = Path(path)
        if not path.is_file():
            hint = " (run `kgraph build` first)" if path == DEFAULT_DATA else ""
            raise QueryError(f"no such data file: {path}{hint}")
        rdf_format = ox.RdfFormat.from_extension(path.suffix.lstrip(".") or "ttl")
        if rdf_format is None:
            raise QueryError(f"unknown RDF format for {path}: use .ttl, .nt, .jsonld, .nq or .rdf")
        try:
            store.bulk_load(path=str(path), format=rdf_format)
        except (SyntaxError, ValueError, OSError) as error:
            raise QueryError(f"cannot load {path}: {_one_line(error)}") from error
    return store


def execute(store: ox.Store, query: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Evaluate a query with the common prefixes predeclared; updates and SERVICE are
    refused."""
    check_query(query)
    try:
        return store.query(query, prefixes=PREFIXES)
    except SyntaxError as error:
        raise QueryError(f"bad SPARQL: {_one_line(error)}") from error
    except OSError as error:
        raise QueryError(f"query failed: {_one_line(error)}") from error


# ---------------------------------------------------------------- formatting


def _compact(iri: str) -> str:
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return f"<{iri}>"


def _cell(term: object) -> str:
    """A term as a table cell: a text read from anywhere may hold terminal escapes, so
    control characters are shown escaped (:func:`kgraph.fileio.printable`)."""
    from kgraph.fileio import printable

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return printable(_compact(term.value))
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return printable(term.value)
    return printable(term)


def _width(text: str) -> int:
    # CJK characters take two columns in a terminal.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def format_table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max([_width(h), *(_width(r[i]) for r in rows)]) for i, h in enumerate(header)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def serialized(data: bytes | None) -> bytes:
    """What a pyoxigraph ``serialize`` returns when given no ``output``: the bytes
    (its stubs say ``bytes | None`` for both ways of calling it)."""
    assert data is not None, "serialize wrote to an output instead of returning bytes"
    return data


def format_result(
    result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: str = "table"
) -> str:
    """Render a result: a text table, SPARQL CSV or SPARQL JSON (Turtle, N-Triples or
    JSON-LD for CONSTRUCT)."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if isinstance(result, ox.QueryBoolean):
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result)}) + "\n"
        return ("true" if result else "false") + "\n"
    if isinstance(result, ox.QueryTriples):
        rdf_format = {
            "table": ox.RdfFormat.TURTLE,
            "csv": ox.RdfFormat.N_TRIPLES,
            "json": ox.RdfFormat.JSON_LD,
        }[fmt]
        if fmt == "csv":
            # Sorted lines: the same query gives the same bytes.
            lines = serialized(ox.serialize(result, format=rdf_format)).decode("utf-8").splitlines()
            return "".join(f"{line}\n" for line in sorted(set(lines)))
        return serialized(ox.serialize(result, format=rdf_format, prefixes=PREFIXES)).decode(
            "utf-8"
        )
    if fmt == "csv":
        return serialized(result.serialize(format=ox.QueryResultsFormat.CSV)).decode("utf-8")
    if fmt == "json":
        return (
            serialized(result.serialize(format=ox.QueryResultsFormat.JSON)).decode("utf-8") + "\n"
        )
    header = [variable.value for variable in result.variables]
    rows = [[_cell(solution[name]) for name in header] for solution in result]
    return format_table([f"?{h}" for h in header], rows)


def run_query(query: str, data: list[Path] | None = None, fmt: str = "table") -> str:
    """Run ``query`` (text or a ``.rq`` path) over ``data`` plus the ontology; return the
    formatted result."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    text = read_query(query)
    check_query(text)
    store = load_store([Path(p) for p in (data or [DEFAULT_DATA])])
    return format_result(execute(store, text), fmt)


def _child(connection, query: str, data: list[Path], fmt: str, parent: int) -> None:
    """The query process: loads, evaluates, formats and sends back the text."""
    from kgraph.publish import die_with_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it kills us
    die_with_parent(parent)
    isolate_network()
    try:
        store = load_store(data)
        connection.send(("loaded", ""))
        reply = ("ok", format_result(execute(store, query), fmt))
    except QueryError as error:
        reply = ("error", str(error))
    except Exception as error:  # reported as one line by the parent
        reply = ("error", f"query failed: {_one_line(error)}")
    connection.send(reply)
    connection.close()


def _receive(connection, timeout: float | None) -> tuple[str, str]:
    if not connection.poll(timeout):
        raise QueryError(
            f"the query took longer than {timeout:g} s and was stopped "
            "(raise --timeout, or 0 for no limit)"
        )
    try:
        return connection.recv()
    except (EOFError, OSError):
        raise QueryError("the query process died (out of memory?)") from None


def run_query_guarded(
    query: str,
    data: list[Path] | None = None,
    fmt: str = "table",
    timeout: float | None = DEFAULT_TIMEOUT,
) -> str:
    """:func:`run_query` in a child process: after ``timeout`` seconds of evaluation
    (loading the data does not count) or on Ctrl-C the child is killed at once."""
    import multiprocessing

    from kgraph.publish import deferred_signals

    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    text = read_query(query)
    check_query(text)
    paths = [Path(p) for p in (data or [DEFAULT_DATA])]
    for path in paths:  # the usual messages, before a process starts
        if not path.is_file():
            load_store([path], ontology=False)
    methods = multiprocessing.get_all_start_methods()
    context = (
        multiprocessing.get_context("fork")
        if "fork" in methods
        else multiprocessing.get_context("spawn")
    )
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(sender, text, paths, fmt, os.getpid()), daemon=True
    )
    try:
        # (a Ctrl-C while the child is being started would leave it running, and the parent
        # waiting for it at exit: held until the child is there to be killed)
        with deferred_signals():
            process.start()
            sender.close()
        status, payload = _receive(receiver, None)
        if status == "loaded":
            status, payload = _receive(receiver, timeout or None)
    finally:
        if process.is_alive():
            process.kill()
        if process.pid is not None:
            process.join()
        receiver.close()
    if status != "ok":
        raise QueryError(payload)
    return payload


# ---------------------------------------------------------------- command line


def add_data_argument(parser: argparse.ArgumentParser, verb: str) -> None:
    """``--data FILE ...``, shared with ``kgraph serve``."""
    parser.add_argument(
        "--data",
        nargs="+",
        type=Path,
        default=None,
        metavar="FILE",
        help=f"RDF files to {verb} (.ttl, .nt, .jsonld); default {DEFAULT_DATA}",
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", metavar="QUERY|FILE.rq", help="SPARQL query text or a .rq file")
    add_data_argument(parser, "query")
    parser.add_argument(
        "--format", choices=FORMATS, default="table", help="output format (default: table)"
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"stop the query after this long (default {DEFAULT_TIMEOUT:g}; 0: no limit)",
    )


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text}")
    return value


def warn_if_incomplete(data: list[Path] | None, prog: str) -> None:
    """One warning when a data file sits in an output folder whose manifest it does not
    match (a build was interrupted while publishing)."""
    from kgraph.fileio import printable
    from kgraph.publish import MANIFEST_NAME, check_output

    for folder in sorted({Path(p).parent for p in (data or [DEFAULT_DATA])}):
        if (folder / MANIFEST_NAME).exists():
            problem = check_output(folder)
            if problem:
                print(printable(f"{prog}: warning: {problem}"), file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    warn_if_incomplete(args.data, "kgraph query")
    sys.stdout.write(run_query_guarded(args.query, args.data, args.format, args.timeout))
    return 0
