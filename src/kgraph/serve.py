"""Serve a read-only SPARQL 1.1 endpoint at /sparql and the HTML view at /.

Queries arrive by GET (``?query=``) or POST (form-encoded ``query=`` or an
``application/sparql-query`` body); results are SPARQL JSON, XML, CSV or TSV
(Turtle, N-Triples, JSON-LD or RDF/XML for CONSTRUCT and DESCRIBE) as the Accept
header asks.

Hardened for use by anyone who can reach it:

* SPARQL Update and ``SERVICE`` (federation: the engine would send HTTP requests to
  any address the query names) are refused with 400 before evaluation
  (:func:`kgraph.query.check_query`); the query workers also run without network
  access where Linux allows it (an empty network namespace).
* Bound to 127.0.0.1 unless ``--host`` says otherwise; no CORS header unless
  ``--cors ORIGIN`` names the one origin whose pages may read the answers.
* Each query runs in a worker process over a read-only on-disk copy of the data, so
  a query that exceeds ``--timeout`` is stopped for real (the worker is killed and
  replaced), not abandoned; a result over ``--max-rows`` rows or ``--max-bytes``
  bytes is refused with a clear message instead of being sent.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import queue
import re
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TypeVar
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kgraph.model import PREFIXES
from kgraph.query import (
    DEFAULT_DATA,
    QueryRefused,
    add_data_argument,
    check_query,
    isolate_network,
    load_store,
    serialized,
    warn_if_incomplete,
)

__all__ = ["SparqlServer", "make_server", "negotiate"]

EPILOG = """examples:
  kgraph serve                              # output/graph.ttl on http://127.0.0.1:8000/
  kgraph serve --port 8080 --data out/graph.ttl --timeout 30
  kgraph serve --cors http://localhost:3000   # let that origin's pages read answers
  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s a kg:Person }' \\
       http://127.0.0.1:8000/sparql
"""

DEFAULT_HTML = Path("output/graph.html")

# media type -> format, in order of preference when the client accepts anything.
RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
# ?format= shortcuts for browsers, which cannot set Accept.
FORMAT_PARAMETER = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
}
MAX_BODY = 1 << 20
DEFAULT_MAX_ROWS = 100_000
DEFAULT_MAX_BYTES = 64 << 20
TEXT = "text/plain; charset=utf-8"
READ_ONLY = "SPARQL Update is not allowed: the endpoint is read-only"
READY = b"ready\n"
STARTUP_TIMEOUT = 60.0


def negotiate(accept: str, offered: list[str]) -> str | None:
    """The offered media type the Accept header prefers (first offered on ties or */*)."""
    choices: list[tuple[float, int, str]] = []
    for order, item in enumerate(accept.split(",") if accept.strip() else ["*/*"]):
        media, *params = (part.strip() for part in item.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality <= 0:
            continue
        media = media.lower()
        if media in ("*/*", ""):
            matches = offered[:1]
        elif media.endswith("/*"):
            matches = [o for o in offered if o.startswith(media[:-1])][:1]
        else:
            matches = [o for o in offered if o == media]
        choices += [(-quality, order, match) for match in matches]
    return min(choices)[2] if choices else None


# ---------------------------------------------------------------- worker processes


class ResultTooLarge(Exception):
    pass


def _answer(
    store: ox.Store,
    query: str,
    accept: str,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[int, str, bytes]:
    try:
        check_query(query)  # the handler checked already; a worker never runs either
        result = store.query(query, prefixes=PREFIXES)
    except QueryRefused as error:
        return 400, TEXT, f"{error}\n".encode()
    except SyntaxError as error:
        return 400, TEXT, f"bad SPARQL: {error}\n".encode()
    types = GRAPH_TYPES if isinstance(result, ox.QueryTriples) else RESULT_TYPES
    media = negotiate(accept, list(types))
    if media is None:
        return 406, TEXT, f"cannot produce {accept}; try {', '.join(types)}\n".encode()
    try:
        body = _serialize(result, types[media], max_rows, max_bytes)
    except ResultTooLarge as error:
        return 400, TEXT, f"result too large: {error}; add LIMIT or narrow the query\n".encode()
    charset = "" if media.endswith("xml") else "; charset=utf-8"
    return 200, media + charset, body


def _serialize(
    result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples,
    fmt: ox.QueryResultsFormat | ox.RdfFormat,
    max_rows: int,
    max_bytes: int,
) -> bytes:
    """The result in ``fmt``, refusing more than ``max_rows`` rows (triples) or
    ``max_bytes`` bytes; rows are counted before anything is serialised."""
    if isinstance(result, ox.QueryBoolean):
        assert isinstance(fmt, ox.QueryResultsFormat)  # from RESULT_TYPES
        return serialized(result.serialize(format=fmt))
    rows = list(itertools.islice(result, max_rows + 1))
    if len(rows) > max_rows:
        noun = "triples" if isinstance(result, ox.QueryTriples) else "rows"
        raise ResultTooLarge(f"more than {max_rows} {noun} (--max-rows)")
    if isinstance(result, ox.QueryTriples):
        assert isinstance(fmt, ox.RdfFormat)  # from GRAPH_TYPES
        body = serialized(ox.serialize(rows, format=fmt))
    else:
        assert isinstance(fmt, ox.QueryResultsFormat)  # from RESULT_TYPES
        # Counted solutions cannot go back to Oxigraph's serialisers as they are: they
        # go through SPARQL TSV, which writes every RDF term exactly (N-Triples syntax).
        names = [variable.value for variable in result.variables]
        lines = ["\t".join(f"?{name}" for name in names)]
        for row in rows:
            lines.append("\t".join("" if row[n] is None else str(row[n]) for n in names))
        tsv = ("\n".join(lines) + "\n").encode("utf-8")
        solutions = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
        body = serialized(solutions.serialize(format=fmt))
    if len(body) > max_bytes:
        raise ResultTooLarge(f"more than {max_bytes} bytes (--max-bytes)")
    return body


def worker_main(
    store_path: str,
    parent: int | None = None,
    limits: tuple[int, int] = (DEFAULT_MAX_ROWS, DEFAULT_MAX_BYTES),
) -> None:
    """Worker process loop: one JSON request line in, a JSON header line and the body out."""
    from kgraph.publish import die_with_parent

    die_with_parent(parent)
    isolate_network()  # before the store starts any thread
    store = ox.Store.read_only(store_path)
    requests, replies = sys.stdin.buffer, sys.stdout.buffer
    replies.write(READY)
    replies.flush()
    for line in requests:
        request = json.loads(line)
        try:
            status, content_type, body = _answer(
                store, request["query"], request["accept"], *limits
            )
        except Exception as error:  # the endpoint answers 500, the worker lives on
            status, content_type, body = 500, TEXT, f"query failed: {error}\n".encode()
        header = {"status": status, "type": content_type, "length": len(body)}
        replies.write(json.dumps(header).encode() + b"\n" + body)
        replies.flush()


class QueryTimeout(Exception):
    pass


class _Worker:
    """A child Python process (not multiprocessing: no re-import of the caller's __main__)."""

    def __init__(self, store_path: str, limits: tuple[int, int]) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        code = (
            "from kgraph.serve import worker_main; "
            f"worker_main({store_path!r}, {os.getpid()}, {tuple(limits)!r})"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
        )
        self.ready = False

    def wait_ready(self, timeout: float = STARTUP_TIMEOUT) -> None:
        """Wait for the worker to have opened the store; start-up is not query time."""
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready or self.process.stdout.readline() != READY:
            raise OSError("a query worker failed to start")
        self.ready = True

    def ask(self, query: str, accept: str, timeout: float) -> tuple[int, str, bytes] | None:
        """The reply, or None when the worker did not answer in time (or died)."""
        assert self.process.stdin is not None and self.process.stdout is not None
        if not self.ready:
            self.wait_ready()
        deadline = time.monotonic() + timeout
        self.process.stdin.write(json.dumps({"query": query, "accept": accept}).encode() + b"\n")
        self.process.stdin.flush()
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            return None
        header_line = self.process.stdout.readline()
        if not header_line or time.monotonic() > deadline + 1:
            return None
        header = json.loads(header_line)
        body = self.process.stdout.read(header["length"])
        return header["status"], header["type"], body

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(5)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


class WorkerPool:
    """Worker processes over one read-only store; a query that runs too long kills its worker."""

    def __init__(
        self,
        store_path: str,
        size: int = 2,
        limits: tuple[int, int] = (DEFAULT_MAX_ROWS, DEFAULT_MAX_BYTES),
    ) -> None:
        self.store_path = store_path
        self.limits = limits
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.all: set[_Worker] = set()
        self.lock = threading.Lock()
        for _ in range(size):
            self._spawn()
        try:
            for worker in list(self.all):
                worker.wait_ready()
        except OSError:
            self.close()
            raise

    def _spawn(self) -> None:
        worker = _Worker(self.store_path, self.limits)
        with self.lock:
            self.all.add(worker)
        self.idle.put(worker)

    def execute(self, query: str, accept: str, timeout: float) -> tuple[int, str, bytes]:
        try:
            worker = self.idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryTimeout("all workers are busy") from None
        try:
            reply = worker.ask(query, accept, timeout)
        except (OSError, ValueError):
            reply = None
        if reply is not None:
            self.idle.put(worker)
            return reply
        with self.lock:
            self.all.discard(worker)
        worker.stop()
        self._spawn()
        raise QueryTimeout(f"the query took longer than {timeout:g} s")

    def close(self) -> None:
        with self.lock:
            workers, self.all = list(self.all), set()
        for worker in workers:
            worker.stop()


# ---------------------------------------------------------------- HTTP


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        pool: WorkerPool,
        store_dir: str,
        html: Path,
        timeout: float,
        quiet: bool = False,
        cors: str | None = None,
    ) -> None:
        self.pool, self.store_dir, self.html, self.query_timeout = pool, store_dir, html, timeout
        self.quiet = quiet
        self.cors = cors
        super().__init__(address, SparqlHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        assert isinstance(host, str)  # an AF_INET(6) socket's address: a host string
        return f"http://{host}:{port}"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()
        shutil.rmtree(self.store_dir, ignore_errors=True)


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "kgraph"

    def log_message(self, format: str, *args: object) -> None:
        # The request line is the client's: escaped, so it cannot drive the terminal.
        if not self.server.quiet:
            from kgraph.fileio import printable

            line = f"{self.address_string()} - - [{self.log_date_time_string()}] {format % args}"
            sys.stderr.write(printable(line) + "\n")

    def send_body(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_cors()
        if status == HTTPStatus.OK and self.path.startswith("/sparql"):
            self.send_header("Vary", "Accept")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_cors(self) -> None:
        """Only with ``--cors ORIGIN``: that origin, and no other, may read answers."""
        if self.server.cors:
            self.send_header("Access-Control-Allow-Origin", self.server.cors)
            self.send_header("Vary", "Origin")

    def do_OPTIONS(self) -> None:  # a CORS preflight
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Allow", "GET, HEAD, POST, OPTIONS")
        if self.server.cors:
            self.send_cors()
            self.send_header("Access-Control-Allow-Methods", "GET, POST")
            self.send_header("Access-Control-Allow-Headers", "Accept, Content-Type")
            self.send_header("Access-Control-Max-Age", "600")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def fail(self, status: int, message: str) -> None:
        self.send_body(status, "text/plain; charset=utf-8", f"{message}\n".encode())

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/sparql":
            params = parse_qs(url.query, keep_blank_values=True)
            self.answer(params.get("query", []), params)
        else:
            self.serve_file(url.path)

    do_HEAD = do_GET

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self.fail(HTTPStatus.NOT_FOUND, "not found: queries go to /sparql")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self.fail(HTTPStatus.BAD_REQUEST, "bad Content-Length")
            return
        if length > MAX_BODY:
            self.fail(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if content_type == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                self.fail(HTTPStatus.BAD_REQUEST, READ_ONLY)
                return
            self.answer(form.get("query", []), {**params, **form})
        elif content_type == "application/sparql-query":
            self.answer([body], params)
        elif content_type == "application/sparql-update":
            self.fail(HTTPStatus.BAD_REQUEST, READ_ONLY)
        else:
            self.fail(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                "POST application/x-www-form-urlencoded or application/sparql-query",
            )

    def answer(self, queries: list[str], params: dict[str, list[str]]) -> None:
        if len(queries) != 1 or not queries[0].strip():
            self.fail(HTTPStatus.BAD_REQUEST, "give exactly one query, e.g. /sparql?query=ASK{}")
            return
        try:
            check_query(queries[0])
        except QueryRefused as error:
            self.fail(HTTPStatus.BAD_REQUEST, str(error))
            return
        accept = self.headers.get("Accept") or "*/*"
        if params.get("format") and params["format"][0] in FORMAT_PARAMETER:
            accept = FORMAT_PARAMETER[params["format"][0]]
        try:
            status, content_type, body = self.server.pool.execute(
                queries[0], accept, self.server.query_timeout
            )
        except QueryTimeout as error:
            self.fail(HTTPStatus.SERVICE_UNAVAILABLE, f"query stopped: {error}")
            return
        self.send_body(status, content_type, body)

    def serve_file(self, path: str) -> None:
        root = self.server.html.parent.resolve()
        target = self.server.html if path in ("/", "/index.html") else root / path.lstrip("/")
        try:
            target = target.resolve()
            inside = target == self.server.html.resolve() or target.is_relative_to(root)
            body = target.read_bytes() if inside and target.is_file() else None
        except OSError:
            body = None
        if body is None:
            self.fail(HTTPStatus.NOT_FOUND, f"not found: {path} (the endpoint is /sparql)")
            return
        types = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8"}
        types |= {".json": "application/json", ".css": "text/css", ".ttl": "text/turtle"}
        self.send_body(HTTPStatus.OK, types.get(target.suffix, "application/octet-stream"), body)


def make_server(
    data: list[Path] | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    timeout: float = 10.0,
    html: Path = DEFAULT_HTML,
    workers: int = 2,
    quiet: bool = False,
    cors: str | None = None,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> SparqlServer:
    """Load the data into a temporary on-disk store and bind the server (port 0: any free)."""
    store_dir = tempfile.mkdtemp(prefix="kgraph-sparql-")
    try:
        store = ox.Store(store_dir)
        load_store([Path(p) for p in (data or [DEFAULT_DATA])], store)
        store.flush()
        del store  # closes the database, so the workers can open it read-only
        pool = WorkerPool(store_dir, workers, (max_rows, max_bytes))
    except BaseException:
        shutil.rmtree(store_dir, ignore_errors=True)
        raise
    try:
        return SparqlServer((host, port), pool, store_dir, Path(html), timeout, quiet, cors)
    except BaseException:
        pool.close()
        shutil.rmtree(store_dir, ignore_errors=True)
        raise


# ---------------------------------------------------------------- command line

_ORIGIN = re.compile(r"(?:https?)://(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?")
LOOPBACK = ("127.0.0.1", "::1", "localhost")


def _origin(text: str) -> str:
    """``--cors``: one origin, ``scheme://host[:port]``, exactly as browsers send it."""
    if not _ORIGIN.fullmatch(text):
        raise argparse.ArgumentTypeError(
            f"not an origin: {text} (give one, such as http://localhost:3000; no * and no path)"
        )
    return text


_Number = TypeVar("_Number", int, float)


def _positive(kind: type[_Number]) -> Callable[[str], _Number]:
    def parse(text: str) -> _Number:
        try:
            value = kind(text)
        except ValueError:
            value = 0
        if not value > 0 or value == float("inf"):
            raise argparse.ArgumentTypeError(f"must be a positive number: {text}")
        return value

    parse.__name__ = kind.__name__
    return parse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=8000, help="TCP port (default 8000)")
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to bind (default 127.0.0.1: this machine only)",
    )
    add_data_argument(parser, "serve")
    parser.add_argument(
        "--timeout",
        type=_positive(float),
        default=10.0,
        help="seconds a query may run (default 10)",
    )
    parser.add_argument(
        "--max-rows",
        type=_positive(int),
        default=DEFAULT_MAX_ROWS,
        help=f"largest result, in rows or triples (default {DEFAULT_MAX_ROWS})",
    )
    parser.add_argument(
        "--max-bytes",
        type=_positive(int),
        default=DEFAULT_MAX_BYTES,
        help=f"largest result, in bytes (default {DEFAULT_MAX_BYTES})",
    )
    parser.add_argument(
        "--cors",
        type=_origin,
        default=None,
        metavar="ORIGIN",
        help="let pages from this one origin read the answers (default: no CORS header)",
    )
    parser.add_argument(
        "--html", type=Path, default=DEFAULT_HTML, help=f"page served at / (default {DEFAULT_HTML})"
    )
    parser.add_argument(
        "--workers", type=_positive(int), default=2, help="query worker processes (default 2)"
    )


def run(args: argparse.Namespace) -> int:
    from kgraph.fileio import printable

    warn_if_incomplete(args.data, "kgraph serve")
    server = make_server(
        args.data,
        args.host,
        args.port,
        args.timeout,
        args.html,
        args.workers,
        cors=args.cors,
        max_rows=args.max_rows,
        max_bytes=args.max_bytes,
    )
    if args.host not in LOOPBACK:
        print(
            printable(
                f"kgraph serve: warning: listening on {args.host}: anyone who can reach this "
                "machine can query the graph"
            ),
            file=sys.stderr,
        )
    print(
        printable(f"kgraph: SPARQL endpoint on {server.url}/sparql, graph view on {server.url}/"),
        file=sys.stderr,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
