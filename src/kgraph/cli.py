"""The ``kgraph`` command line.

Each sub-command lives in its own module, which exposes ``add_arguments(parser)``
and ``run(args) -> int``; this file only wires them together, so adding a
command means adding a module and one line in ``COMMANDS``.

Every message is one line, ``kgraph COMMAND: error: …``, with file names and
user strings escaped (:func:`kgraph.fileio.printable`); ``--debug`` shows the
traceback instead. Usage errors exit 2, other errors 1, Ctrl-C 130, SIGTERM 143.
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
from typing import NoReturn

from kgraph import __version__
from kgraph.fileio import printable

# name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "build": ("kgraph.pipeline", "build the knowledge graph from texts"),
    "query": ("kgraph.query", "run a SPARQL query over a built graph"),
    "serve": ("kgraph.serve", "serve a read-only SPARQL endpoint and the HTML view"),
    "eval": ("kgraph.evaluate", "score the entity extractor on annotated JSONL"),
    "push": ("kgraph.push", "load a build into a triple store, one named graph per document"),
}

EPILOG = """examples:
  kgraph build                          # seeds/ -> output/
  kgraph build corpus/ extra.txt -o out/
  kgraph query queries/who_holds_which_post.rq
  kgraph query 'SELECT ?s WHERE { ?s a kg:Person }' --format csv
  kgraph eval ../shared/corpora/pd98_dev.jsonl --types Person Organization Place
  kgraph serve --port 8000
"""

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 128 + signal.SIGINT


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line (``kgraph build: error: …``) and exit status 2."""

    def error(self, message: str) -> NoReturn:
        print(
            f"{self.prog}: error: {printable(message)} (see {self.prog} --help)",
            file=sys.stderr,
        )
        sys.exit(EXIT_USAGE)


def make_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; only ``command``'s module is imported (``kgraph --help`` imports none)."""
    parser = _Parser(
        prog="kgraph",
        description="Knowledge graphs from Chinese policy and news texts.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"kgraph {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show tracebacks instead of one-line errors"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (module_name, help_text) in COMMANDS.items():
        if name != command:
            sub.add_parser(name, help=help_text)
            continue
        module = importlib.import_module(module_name)
        parsed = sub.add_parser(
            name,
            help=help_text,
            description=(module.__doc__ or help_text).strip().splitlines()[0],
            epilog=getattr(module, "EPILOG", None),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        # SUPPRESS as default: `kgraph --debug build` must not be reset by the sub-command.
        parsed.add_argument(
            "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
        module.add_arguments(parsed)
        parsed.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = next((a for a in argv if not a.startswith("-")), None)
    parser = make_parser(command if command in COMMANDS else None)
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    from kgraph.publish import Terminated
    from kgraph.text import TableError

    prog = f"kgraph {args.command}"
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        if args.debug:
            raise
        print(f"{prog}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated as error:
        if args.debug:
            raise
        print(f"{prog}: stopped by signal {error.signum}", file=sys.stderr)
        return 128 + error.signum
    except TableError as error:  # a missing or malformed ontology table: the user can fix it
        if args.debug:
            raise
        print(f"{prog}: error: {printable(error)}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `kgraph query … | head`: the reader has had enough
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + signal.SIGPIPE
    except Exception as error:  # the user sees one line; --debug shows the traceback
        if args.debug:
            raise
        print(f"{prog}: error: {printable(error)}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
