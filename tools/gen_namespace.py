"""Generate builder/namespace.py from ontology/unkg.ttl.

    python tools/gen_namespace.py            # (re)write builder/namespace.py
    python tools/gen_namespace.py --check    # exit 1 if the committed file is stale

The output follows rdflib's own ``rdflib/tools/defined_namespace_creator.py``:
a ``DefinedNamespace`` subclass with ``_fail = True``, one annotated attribute
per term, the terms being every IRI of the namespace that has an ``rdf:type``
in the ontology. That tool is not used as is because it stamps the file with
the generation time (two runs would differ), comments each term with its
definition rather than its label, and can only write to a file in the current
directory. This script is deterministic: the same ontology gives the same
bytes.

The module also re-exports the other namespaces the builder uses, so that the
builder imports every namespace from one place: those rdflib ships are
imported from ``rdflib.namespace`` (and the ontology's prefixes for them are
checked against rdflib's), and those rdflib lacks (ELI, ELI_DL) are taken from
the ontology's own ``@prefix`` declarations.
"""

from __future__ import annotations

import argparse
import difflib
import keyword
import sys
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, DefinedNamespace
import rdflib.namespace

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "unkg.ttl"
OUTPUT = ROOT / "builder" / "namespace.py"

NAMESPACE = "https://w3id.org/unkg/ontology#"
CLASS_NAME = "UNKG"

# Python name -> (rdflib.namespace attribute, prefix in the ontology or None).
# The prefix, when given, must be bound in the ontology to the same IRI.
RDFLIB_NAMESPACES: dict[str, tuple[str, str | None]] = {
    "DCTERMS": ("DCTERMS", "dcterms"),
    "FOAF": ("FOAF", "foaf"),
    "ORG": ("ORG", "org"),
    "OWL": ("OWL", "owl"),
    "RDF": ("RDF", "rdf"),
    "RDFS": ("RDFS", "rdfs"),
    "SCHEMA": ("SDO", "schema"),
    "SKOS": ("SKOS", "skos"),
    "XSD": ("XSD", "xsd"),
}

# Python name -> prefix in the ontology, for namespaces rdflib does not ship.
ONTOLOGY_NAMESPACES: dict[str, str] = {
    "ELI": "eli",
    "ELI_DL": "eli-dl",
}


class GenerationError(Exception):
    """The ontology cannot be turned into a namespace module."""


def _english_label(graph: Graph, term: URIRef) -> str:
    labels = sorted(
        str(o)
        for o in graph.objects(term, RDFS.label)
        if isinstance(o, Literal) and o.language == "en"
    )
    if not labels:
        raise GenerationError(f"{term} has no English rdfs:label")
    return " ".join(labels[0].split())


def terms(graph: Graph, namespace: str = NAMESPACE) -> list[tuple[str, str]]:
    """(local name, English label) of every typed IRI in `namespace`, sorted."""
    # Names that attribute lookup would resolve on the class or its metaclass
    # (e.g. ``as_jsonld_context``, ``mro``) instead of giving the term's IRI.
    reserved = set(dir(DefinedNamespace)) | set(dir(type(DefinedNamespace)))
    found: dict[str, str] = {}
    for subject in set(graph.subjects(RDF.type, None)):
        if not isinstance(subject, URIRef) or not str(subject).startswith(namespace):
            continue
        name = str(subject)[len(namespace):]
        if not name:
            continue
        if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_"):
            raise GenerationError(f"{subject}: {name!r} is not a usable Python attribute")
        if name in reserved:
            raise GenerationError(f"{subject}: {name!r} clashes with DefinedNamespace")
        found[name] = _english_label(graph, subject)
    if not found:
        raise GenerationError(f"no terms of {namespace} in the ontology")
    return sorted(found.items())


def _bound(graph: Graph) -> dict[str, str]:
    return {prefix: str(iri) for prefix, iri in graph.namespace_manager.namespaces()}


def other_namespaces(graph: Graph) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(python name, rdflib attribute) and (python name, IRI) of the helper namespaces."""
    bound = _bound(graph)
    imported = []
    for name, (attribute, prefix) in sorted(RDFLIB_NAMESPACES.items()):
        iri = str(getattr(rdflib.namespace, attribute))
        if prefix is not None and prefix in bound and bound[prefix] != iri:
            raise GenerationError(
                f"the ontology binds {prefix}: to <{bound[prefix]}>, rdflib's {attribute} is <{iri}>"
            )
        imported.append((name, attribute))
    defined = []
    for name, prefix in sorted(ONTOLOGY_NAMESPACES.items()):
        if prefix not in bound:
            raise GenerationError(f"the ontology does not declare the prefix {prefix}:")
        defined.append((name, bound[prefix]))
    return imported, defined


def generate(ontology: Path = ONTOLOGY) -> str:
    """The source of builder/namespace.py for `ontology`."""
    graph = Graph().parse(ontology, format="turtle")
    if bound := _bound(graph).get("unkg"):
        if bound != NAMESPACE:
            raise GenerationError(f"the ontology binds unkg: to <{bound}>, expected <{NAMESPACE}>")
    imported, defined = other_namespaces(graph)
    try:
        source = ontology.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        source = ontology.name

    lines = [
        f'"""The unkg vocabulary as Python names. GENERATED from {source}: do not edit.',
        "",
        "Regenerate with `make namespace` (python tools/gen_namespace.py); the test",
        "suite fails while this file is stale. `UNKG.<term>` is the IRI of a term the",
        "ontology declares, and a name it does not declare raises AttributeError.",
        '"""',
        "",
        "from rdflib.namespace import (",
        *(f"    {attribute}{f' as {name}' if name != attribute else ''}," for name, attribute in imported),
        "    DefinedNamespace,",
        "    Namespace,",
        ")",
        "from rdflib.term import URIRef",
        "",
        "__all__ = [",
        *(f'    "{name}",' for name in sorted([CLASS_NAME, *(n for n, _ in imported), *(n for n, _ in defined)])),
        "]",
        "",
    ]
    for name, iri in defined:
        lines.append(f'{name} = Namespace("{iri}")')
    lines += [
        "",
        "",
        f"class {CLASS_NAME}(DefinedNamespace):",
        f'    """Terms of <{NAMESPACE}>."""',
        "",
        "    _fail = True",
        f'    _NS = Namespace("{NAMESPACE}")',
        "",
    ]
    for name, label in terms(graph):
        lines.append(f"    {name}: URIRef  # {label}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ontology", type=Path, default=ONTOLOGY)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 if the output file differs from a fresh generation",
    )
    args = parser.parse_args(argv)

    try:
        fresh = generate(args.ontology)
    except GenerationError as error:
        print(f"gen_namespace: {error}", file=sys.stderr)
        return 2

    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current == fresh:
            return 0
        diff = difflib.unified_diff(
            current.splitlines(keepends=True),
            fresh.splitlines(keepends=True),
            fromfile=f"{args.output} (committed)",
            tofile=f"{args.output} (from {args.ontology.name})",
        )
        sys.stdout.writelines(diff)
        print(
            f"\n{args.output} is stale: run `make namespace` (python tools/gen_namespace.py).",
            file=sys.stderr,
        )
        return 1

    args.output.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
