"""The `unkg` command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .errors import UnkgError

EXIT_OK = 0
EXIT_INPUT = 1  # some input could not be built
EXIT_USAGE = 2
EXIT_INVALID = 3  # the graph violates the shapes

EPILOG = """\
examples:
  unkg build corpus/ --out output          build every *.txt report under corpus/
  unkg build report.zh.txt --symbol A/78/1 give the symbol of a report whose text lacks it
  unkg validate output/graph.trig          check a built graph against the SHACL shapes
  unkg query output/graph.trig -f queries/attendance-by-role.rq
  unkg query output/ -f queries/offices.rq --bind meeting=meeting/tpnw-msp-2
  unkg query output/graph.trig 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'

exit status: 0 ok, 1 an input could not be built, 2 usage, 3 SHACL violations.
"""


def _parser(wanted: str | None = None) -> argparse.ArgumentParser:
    """The command-line parser. `wanted`: the command about to run, if known;
    then only that plugged command's module is imported (the others cost a
    quarter of a second of imports on every run and are listed by name only)."""
    parser = argparse.ArgumentParser(
        prog="unkg",
        description="Build a knowledge graph from UN meeting reports, with every fact traced to its source text.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"unkg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("build", help="build the graph of one or more reports",
                       description="Build reports (files, or directories of *.txt files) into DIR/graph.trig "
                                   "(one named graph per report), DIR/graph.ttl and DIR/build-report.json.")
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="report text files or directories")
    b.add_argument("--out", default="output", metavar="DIR", help="output directory (default: output)")
    b.add_argument("--base", default=None, metavar="IRI",
                   help="base of entity IRIs (default: https://w3id.org/unkg/id/)")
    b.add_argument("--symbol", default=None, metavar="S",
                   help="the report's UN symbol, used when the text does not give it")
    b.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    b.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                   help="worker processes (default: the number of cores)")
    b.add_argument("--force", action="store_true", help="rebuild every report, ignoring the cache")
    b.add_argument("--cache", default=None, metavar="DIR",
                   help="where unchanged reports are cached (default: DIR/.unkg-cache under --out)")
    b.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    b.add_argument("--no-store", action="store_true", help="do not keep the on-disk pyoxigraph store (DIR/store)")
    b.add_argument("--pyshacl", action="store_true",
                   help="validate every report with pySHACL itself rather than the equivalent fast path")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress output")

    v = sub.add_parser("validate", help="check a graph file against the SHACL shapes",
                       description="Validate a TriG, Turtle, N-Triples or N-Quads file with pySHACL against unkg's shapes.")
    v.add_argument("file", metavar="FILE")

    q = sub.add_parser("query", help="run a SPARQL query over a built graph",
                       description="Run a SPARQL query (SELECT, ASK, CONSTRUCT) over a graph file or a build's "
                                   "store; the named graphs are queried as one default graph. Give the build's "
                                   "output folder (or OUT/store) to answer from its on-disk store without "
                                   "parsing the dumps.")
    q.add_argument("graph", metavar="GRAPH", help="a build's output folder or OUT/store, or graph.trig, "
                                                  "graph.ttl or another RDF file")
    q.add_argument("query", nargs="?", metavar="QUERY", help="the query text")
    q.add_argument("-f", "--file", metavar="FILE", help="read the query from FILE (e.g. queries/*.rq)")
    q.add_argument("--format", choices=["table", "csv", "json"], default="table", help="output format (default: table)")
    q.add_argument("--bind", action="append", default=[], metavar="NAME=VALUE",
                   help="give the query's variable NAME this value before it runs (repeatable): an IRI, "
                        "an unkg key such as meeting/tpnw-msp-2, or a string. The parameter of a named "
                        "query, e.g. --bind meeting=meeting/tpnw-msp-2 with queries/offices.rq")

    for name, module_name, help_text in PLUGGED_COMMANDS:
        if wanted is not None and wanted != name:
            sub.add_parser(name, help=help_text)
            continue
        module = _plugged(module_name)
        if module is not None:
            module.configure(sub.add_parser(name, help=help_text, description=module.__doc__.split("\n\n")[0]))
    return parser


# Commands that live in modules of their own: each module has
# `configure(parser)` (its arguments) and `run(args) -> int` (its exit status).
PLUGGED_COMMANDS = [
    ("export", "builder.export", "export a built graph (JSON-LD, N-Triples, N-Quads, TriG, GraphML, GEXF, CSV, HTML)"),
    ("serve", "builder.serve", "serve a SPARQL endpoint and linked-data pages"),
    ("publish", "builder.publish", "write a static linked-data site"),
    ("push", "builder.push", "send each report's named graph to a SPARQL Graph Store"),
]


def _plugged(module_name: str):
    import importlib

    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name == module_name:
            return None
        raise


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    commands = {"build", "validate", "query", *(name for name, _, _ in PLUGGED_COMMANDS)}
    first = next((w for w in words if not w.startswith("-")), None)
    parser = _parser(first if first in commands else None)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        if args.command == "build":
            return _build(args)
        if args.command == "validate":
            return _validate(args)
        if args.command == "query":
            return _query(args, parser)
        for name, module_name, _ in PLUGGED_COMMANDS:
            if args.command == name:
                return _plugged(module_name).run(args)
    except UnkgError as error:
        print(f"unkg: {error}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("unkg: interrupted; previous output left as it was", file=sys.stderr)
        return 130
    parser.print_help()
    return EXIT_USAGE


def _build(args: argparse.Namespace) -> int:
    """`unkg build`: a corpus build (builder/corpus.py): parallel, cached,
    incremental, into DIR's files, DIR/shards and DIR/store."""
    from .corpus import Options, build_corpus
    from .iri import DEFAULT_BASE, Minter
    from .pipeline import expand_inputs

    paths = expand_inputs(args.inputs)
    if not paths:
        print("unkg: no input files found (directories are searched for *.txt)", file=sys.stderr)
        return EXIT_INPUT
    options = Options(base=args.base or DEFAULT_BASE, symbol=args.symbol, validate=not args.no_validate,
                      pyshacl=getattr(args, "pyshacl", False))
    try:
        Minter(options.base)
    except ValueError as error:
        print(f"unkg: {error}", file=sys.stderr)
        return EXIT_USAGE
    jobs = getattr(args, "jobs", None)
    if jobs is not None and jobs < 1:
        print("unkg: --jobs must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    cache = getattr(args, "cache", None)
    out = Path(args.out)
    result = build_corpus(
        paths, out, options=options, jobs=jobs, cache_dir=Path(cache) if cache else None,
        use_cache=not getattr(args, "no_cache", False), force=getattr(args, "force", False),
        store=not getattr(args, "no_store", False), quiet=args.quiet,
        on_error=lambda message: print(f"unkg: {message}", file=sys.stderr),
    )
    summary = result.summary
    if not args.quiet:
        print(f"built {summary['built']} of {summary['inputs']} report(s) into {out}/ "
              f"({result.triples} triples; {result.built} extracted, {result.cached} from the cache) "
              f"in {result.seconds:.1f}s; {summary['count_mismatches']} count mismatch(es)")
    for finding in (result.cross_report or [])[:20]:
        print(f"unkg: reports disagree on {finding['focus']} {finding['path']}: {finding['message']} "
              f"({', '.join(finding['reports'])})", file=sys.stderr)
    for meta in result.invalid:
        print(f"unkg: {meta['input']}: the graph violates the shapes", file=sys.stderr)
        entry = result.entry(meta)
        for item in entry.get("shacl", {}).get("violations", [])[:20]:
            print(f"  {item['focus']} {item['path']}: {item['message']}", file=sys.stderr)
        for problem in entry.get("evidence", {}).get("mismatches", [])[:20]:
            print(f"  {problem}", file=sys.stderr)
    if result.failed:
        return EXIT_INPUT
    if result.invalid:
        return EXIT_INVALID
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from .graphio import load_graph
    from .validate import validate

    graph = load_graph(Path(args.file))
    result = validate(graph)
    print(result.summary())
    return EXIT_OK if result.conforms else EXIT_INVALID


def _query(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from .query import binding, format_result, run_query

    if args.file:
        text = Path(args.file).read_text(encoding="utf-8")
    elif args.query:
        text = args.query
    else:
        parser.error("query: give QUERY or -f FILE")
    result = run_query(Path(args.graph), text, dict(binding(item) for item in args.bind))
    sys.stdout.write(format_result(result, args.format))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
