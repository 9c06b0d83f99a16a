"""The ``kgraph`` command line.

Each sub-command lives in its own module, which exposes ``add_arguments(parser)``
and ``run(args) -> int``; this file only wires them together, so adding a
command means adding a module and one line in ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from kgraph import __version__

# name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "build": ("kgraph.pipeline", "build the knowledge graph from texts"),
    "query": ("kgraph.query", "run a SPARQL query over a built graph"),
    "serve": ("kgraph.serve", "serve a read-only SPARQL endpoint and the HTML view"),
    "eval": ("kgraph.evaluate", "score the entity extractor on annotated JSONL"),
}

EPILOG = """examples:
  kgraph build                          # seeds/ -> output/
  kgraph build corpus/ extra.txt -o out/
  kgraph query queries/who_holds_which_post.rq
  kgraph query 'SELECT ?s WHERE { ?s a kg:Person }' --format csv
  kgraph eval ../shared/corpora/pd98_dev.jsonl --types Person Organization Place
  kgraph serve --port 8000
"""

EXIT_USAGE = 2


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kgraph",
        description="Knowledge graphs from Chinese policy and news texts.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"kgraph {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show tracebacks instead of one-line errors"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        module = importlib.import_module(module_name)
        command = sub.add_parser(
            name,
            help=help_text,
            description=(module.__doc__ or help_text).strip().splitlines()[0],
            epilog=getattr(module, "EPILOG", None),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        command.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("kgraph: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # the user sees one line; --debug shows the traceback
        if args.debug:
            raise
        print(f"kgraph {args.command}: error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
