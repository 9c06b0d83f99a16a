"""Serve a read-only SPARQL 1.1 endpoint at /sparql and the HTML view at /.

Queries arrive by GET (``?query=``) or POST (form-encoded ``query=`` or an
``application/sparql-query`` body); results are SPARQL JSON, XML, CSV or TSV
(Turtle, N-Triples, JSON-LD or RDF/XML for CONSTRUCT and DESCRIBE) as the Accept
header asks. SPARQL Update is refused with 400. Each query runs in a worker
process over a read-only on-disk copy of the data, so a query that exceeds the
timeout is stopped for real (the worker is killed and replaced), not abandoned.
"""

from __future__ import annotations

import argparse
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
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kgraph.export.rdf import PREFIXES
from kgraph.query import DEFAULT_DATA, QueryError, add_data_argument, load_store

__all__ = ["SparqlServer", "make_server", "negotiate"]

EPILOG = """examples:
  kgraph serve                              # output/graph.ttl on http://127.0.0.1:8000/
  kgraph serve --port 8080 --data out/graph.ttl --timeout 30
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
UPDATE_KEYWORDS = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
    r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)
MAX_BODY = 1 << 20
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


def _answer(store: ox.Store, query: str, accept: str) -> tuple[int, str, bytes]:
    try:
        result = store.query(query, prefixes=PREFIXES)
    except SyntaxError as error:
        if UPDATE_KEYWORDS.match(query):
            return (
                400,
                "text/plain; charset=utf-8",
                b"SPARQL Update is not allowed: this endpoint is read-only\n",
            )
        return 400, "text/plain; charset=utf-8", f"bad SPARQL: {error}\n".encode()
    types = GRAPH_TYPES if isinstance(result, ox.QueryTriples) else RESULT_TYPES
    media = negotiate(accept, list(types))
    if media is None:
        return (
            406,
            "text/plain; charset=utf-8",
            f"cannot produce {accept}; try {', '.join(types)}\n".encode(),
        )
    if isinstance(result, ox.QueryTriples):
        body = ox.serialize(result, format=types[media])
    else:
        body = result.serialize(format=types[media])
    charset = "" if media.endswith("xml") else "; charset=utf-8"
    return 200, media + charset, body


def worker_main(store_path: str) -> None:
    """Worker process loop: one JSON request line in, a JSON header line and the body out."""
    store = ox.Store.read_only(store_path)
    requests, replies = sys.stdin.buffer, sys.stdout.buffer
    replies.write(READY)
    replies.flush()
    for line in requests:
        request = json.loads(line)
        try:
            status, content_type, body = _answer(store, request["query"], request["accept"])
        except Exception as error:  # the endpoint answers 500, the worker lives on
            status, content_type, body = (
                500,
                "text/plain; charset=utf-8",
                f"query failed: {error}\n".encode(),
            )
        header = {"status": status, "type": content_type, "length": len(body)}
        replies.write(json.dumps(header).encode() + b"\n" + body)
        replies.flush()


class QueryTimeout(Exception):
    pass


class _Worker:
    """A child Python process (not multiprocessing: no re-import of the caller's __main__)."""

    def __init__(self, store_path: str) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        code = f"from kgraph.serve import worker_main; worker_main({store_path!r})"
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

    def __init__(self, store_path: str, size: int = 2) -> None:
        self.store_path = store_path
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
        worker = _Worker(self.store_path)
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
    ) -> None:
        self.pool, self.store_dir, self.html, self.query_timeout = pool, store_dir, html, timeout
        self.quiet = quiet
        super().__init__(address, SparqlHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()
        shutil.rmtree(self.store_dir, ignore_errors=True)


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "kgraph"

    def log_message(self, format: str, *args: object) -> None:
        if not self.server.quiet:
            super().log_message(format, *args)

    def send_body(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        if status == HTTPStatus.OK and self.path.startswith("/sparql"):
            self.send_header("Vary", "Accept")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

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
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.fail(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if content_type == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                self.fail(HTTPStatus.BAD_REQUEST, "SPARQL Update is not allowed: read-only")
                return
            self.answer(form.get("query", []), {**params, **form})
        elif content_type == "application/sparql-query":
            self.answer([body], params)
        elif content_type == "application/sparql-update":
            self.fail(HTTPStatus.BAD_REQUEST, "SPARQL Update is not allowed: read-only")
        else:
            self.fail(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                "POST application/x-www-form-urlencoded or application/sparql-query",
            )

    def answer(self, queries: list[str], params: dict[str, list[str]]) -> None:
        if len(queries) != 1 or not queries[0].strip():
            self.fail(HTTPStatus.BAD_REQUEST, "give exactly one query, e.g. /sparql?query=ASK{}")
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
) -> SparqlServer:
    """Load the data into a temporary on-disk store and bind the server (port 0: any free)."""
    store_dir = tempfile.mkdtemp(prefix="kgraph-sparql-")
    try:
        store = ox.Store(store_dir)
        load_store([Path(p) for p in (data or [DEFAULT_DATA])], store)
        store.flush()
        del store  # closes the database, so the workers can open it read-only
        pool = WorkerPool(store_dir, workers)
    except BaseException:
        shutil.rmtree(store_dir, ignore_errors=True)
        raise
    try:
        return SparqlServer((host, port), pool, store_dir, Path(html), timeout, quiet)
    except BaseException:
        pool.close()
        shutil.rmtree(store_dir, ignore_errors=True)
        raise


# ---------------------------------------------------------------- command line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=8000, help="TCP port (default 8000)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    add_data_argument(parser, "serve")
    parser.add_argument(
        "--timeout", type=float, default=10.0, help="seconds a query may run (default 10)"
    )
    parser.add_argument(
        "--html", type=Path, default=DEFAULT_HTML, help=f"page served at / (default {DEFAULT_HTML})"
    )
    parser.add_argument("--workers", type=int, default=2, help="query worker processes (default 2)")


def run(args: argparse.Namespace) -> int:
    if args.timeout <= 0 or args.workers < 1:
        raise QueryError("--timeout must be positive and --workers at least 1")
    server = make_server(args.data, args.host, args.port, args.timeout, args.html, args.workers)
    print(
        f"kgraph: SPARQL endpoint on {server.url}/sparql, graph view on {server.url}/",
        file=sys.stderr,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
