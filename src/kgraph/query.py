"""Run a SPARQL query (SELECT, ASK or CONSTRUCT) over a built graph.

The data files and the kgraph ontology are loaded into an in-memory Oxigraph
store, so property paths over the ontology such as ``rdfs:subPropertyOf*`` work.
The usual prefixes (kg, rdf, rdfs, owl, xsd, skos, foaf, org, schema, dcterms,
oa, prov, time, wd) are predeclared.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

import pyoxigraph as ox

from kgraph.export.rdf import PREFIXES
from kgraph.lexicons import ontology_dir

__all__ = [
    "DEFAULT_DATA",
    "FORMATS",
    "ONTOLOGY_PATH",
    "QueryError",
    "load_store",
    "read_query",
    "run_query",
]

EPILOG = """examples:
  kgraph query queries/who_holds_which_post.rq
  kgraph query 'SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }' --format csv
  kgraph query 'ASK { ?p kg:holdsPosition ?post }'
  kgraph query queries/evidence_of_fact.rq --data out/graph.ttl --format json
"""

DEFAULT_DATA = Path("output/graph.ttl")
FORMATS = ("table", "csv", "json")
QUERY_FILE_SUFFIXES = (".rq", ".sparql")


ONTOLOGY_PATH = ontology_dir() / "kgraph.ttl"


class QueryError(ValueError):
    """A user error: a bad query, a missing or unreadable file. The message is one line."""


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
    """Evaluate a query with the common prefixes predeclared; updates are refused."""
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
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _compact(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


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
            lines = ox.serialize(result, format=rdf_format).decode("utf-8").splitlines()
            return "".join(f"{line}\n" for line in sorted(set(lines)))
        return ox.serialize(result, format=rdf_format, prefixes=PREFIXES).decode("utf-8")
    if fmt == "csv":
        return result.serialize(format=ox.QueryResultsFormat.CSV).decode("utf-8")
    if fmt == "json":
        return result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8") + "\n"
    header = [variable.value for variable in result.variables]
    rows = [[_cell(solution[name]) for name in header] for solution in result]
    return format_table([f"?{h}" for h in header], rows)


def run_query(query: str, data: list[Path] | None = None, fmt: str = "table") -> str:
    """Run ``query`` (text or a ``.rq`` path) over ``data`` plus the ontology; return the
    formatted result."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    store = load_store([Path(p) for p in (data or [DEFAULT_DATA])])
    return format_result(execute(store, read_query(query)), fmt)


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


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(run_query(args.query, args.data, args.format))
    return 0
