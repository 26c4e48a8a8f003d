"""Precision and recall of a built graph against a hand-written gold file.

    python tools/score.py output/graph.trig tests/gold/TPNW_MSP_2023_14.gold.json [--json] [--show-errors]

Each relation type is scored on tuples (see RELATIONS). Graph entities are
mapped to the gold file's reference strings: `state:ISO3`, `org:<label>`,
`person:<label>`, `meeting:<key>`, `plenary:<meeting>/<n>`,
`decision:<meeting>/<n>`, `series:<key>`, `doc:<symbol>`, `treaty:<key>`,
`office:<Role>`. Organizations and persons match on any of their labels.
Gold facts marked `uncertain` are neither misses nor false positives.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.namespace import UNKG  # noqa: E402

Component = frozenset  # the reference strings one graph term may stand for


def _norm_text(text: str) -> str:
    return re.sub(r"\s+", "", text)


class Mapper:
    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.base = None

    def refs(self, term) -> Component:
        if term is None:
            return frozenset({None})
        if isinstance(term, Literal):
            return frozenset({str(term)})
        iri = str(term)
        match = re.search(r"/id/([a-z\-]+)/(.+)$", iri)
        if not match:
            return frozenset({iri})
        kind, key = match.groups()
        g = self.graph
        if kind == "state":
            return frozenset({f"state:{key}"})
        if kind in ("organization", "person"):
            labels = {str(l) for p in (RDFS.label, SKOS.altLabel) for l in g.objects(term, p)}
            prefix = "org" if kind == "organization" else "person"
            return frozenset({f"{prefix}:{_norm_text(l)}" for l in labels})
        if kind == "document":
            symbol = g.value(term, UNKG.symbol)
            return frozenset({f"doc:{symbol}"})
        if kind == "series":
            return frozenset({f"series:{key}"})
        if kind == "treaty":
            return frozenset({f"treaty:{key}"})
        if kind == "office":
            role = key.split("/")[1]
            return frozenset({f"office:{role}"})
        if kind == "meeting":
            if "/plenary/" in key:
                meeting, number = key.split("/plenary/")
                return frozenset({f"plenary:{meeting}/{number}"})
            if "/decision/" in key:
                meeting, local = key.split("/decision/")
                return frozenset({f"decision:{meeting}/{local}"})
            return frozenset({f"meeting:{key}"})
        return frozenset({iri})


def _local(term) -> str | None:
    return None if term is None else str(term).rsplit("#", 1)[-1]


def predicted(graph: Graph) -> dict[str, list[tuple]]:
    m = Mapper(graph)
    g = graph
    out: dict[str, list[tuple]] = defaultdict(list)
    lit = lambda v: frozenset({None if v is None else str(v)})  # noqa: E731
    for s, o in g.subject_objects(UNKG.reportOf):
        out["reportOf"].append((m.refs(s), m.refs(o)))
    for node in g.subjects(RDF.type, UNKG.Attendance):
        out["attended"].append((m.refs(g.value(node, UNKG.participant)), m.refs(g.value(node, UNKG.meeting)),
                                lit(_local(g.value(node, UNKG.role)))))
    for node in g.subjects(RDF.type, UNKG.Office):
        out["office"].append((m.refs(g.value(node, UNKG.holder)), m.refs(g.value(node, UNKG.meeting)),
                              lit(_local(g.value(node, UNKG.role))), m.refs(g.value(node, UNKG.onBehalfOf))))
    for s, o in g.subject_objects(UNKG.chaired):
        out["chaired"].append((m.refs(s), m.refs(o)))
    for node in g.subjects(RDF.type, UNKG.Adoption):
        out["adopted"].append((m.refs(g.value(node, UNKG.adoptedBy)), m.refs(g.value(node, UNKG.item)),
                               lit(_local(g.value(node, UNKG.procedure)))))
    for s, o in g.subject_objects(UNKG.considered):
        out["considered"].append((m.refs(s), m.refs(o)))
    for s, o in g.subject_objects(UNKG.references):
        out["references"].append((m.refs(s), m.refs(o)))
    for s, o in g.subject_objects(UNKG.submittedBy):
        out["submittedBy"].append((m.refs(s), m.refs(o)))
    for node in g.subjects(RDF.type, UNKG.Document):
        for title in g.objects(node, RDFS.label):
            out["documentTitle"].append((m.refs(node), lit(_norm_text(str(title)))))
    for node in g.subjects(RDF.type, UNKG.Decision):
        # A decision without a title is labelled with its heading as written
        # (「闭会期间决定 1」): that is not a title, and not scored as one.
        titles = [t for t in g.objects(node, RDFS.label) if not re.fullmatch(r"(闭会期间)?(?:决定|决议)\s*\d+|宣言", str(t))]
        for title in titles:
            out["decision"].append((m.refs(node), lit(_norm_text(str(title)))))
    for node in g.subjects(RDF.type, UNKG.TreatyAction):
        out["treatyAction"].append((m.refs(g.value(node, UNKG.state)), m.refs(g.value(node, UNKG.treaty)),
                                    lit(_local(g.value(node, UNKG.action)))))
    for node in g.subjects(RDF.type, UNKG.PlenaryMeeting):
        out["plenary"].append((m.refs(node), lit(g.value(node, UNKG.date))))
    for node in g.subjects(RDF.type, UNKG.Meeting):
        if (node, RDF.type, UNKG.PlenaryMeeting) in g:
            continue
        location = g.value(node, UNKG.location)
        out["meeting"].append((m.refs(node), lit(g.value(node, UNKG.startDate)), lit(g.value(node, UNKG.endDate)),
                               lit(None if location is None else _norm_text(str(location)))))
    for s, o in g.subject_objects(UNKG.nationality):
        out["nationality"].append((m.refs(s), m.refs(o)))
    return out


def _ref(value) -> str | None:
    if value is None:
        return None
    text = str(value)
    if text.startswith(("org:", "person:")):
        prefix, _, name = text.partition(":")
        return f"{prefix}:{_norm_text(name)}"
    return text


def gold_tuples(gold: dict) -> dict[str, list[tuple[tuple, bool, dict]]]:
    out: dict[str, list] = defaultdict(list)
    for fact in gold["facts"]:
        t = fact["type"]
        unsure = bool(fact.get("uncertain"))
        if t == "reportOf":
            key = (fact["document"], fact["meeting"])
        elif t == "attended":
            key = (_ref(fact["participant"]), fact["meeting"], fact["role"])
        elif t == "office":
            key = (_ref(fact["holder"]), fact["meeting"], fact["role"], fact.get("onBehalfOf"))
        elif t == "chaired":
            key = (_ref(fact["person"]), fact["meeting"])
        elif t == "adopted":
            key = (fact["adopter"], fact["item"], fact.get("procedure"))
        elif t == "considered":
            key = (fact["meeting"], fact["document"])
        elif t == "references":
            key = (fact["from"], fact["to"])
        elif t == "submittedBy":
            key = (fact["document"], _ref(fact["agent"]))
        elif t == "documentTitle":
            key = (fact["document"], _norm_text(fact["title"]))
        elif t == "decision":
            if not fact.get("title"):
                continue
            key = (fact["decision"], _norm_text(fact["title"]))
        elif t == "treatyAction":
            key = (fact["state"], fact["treaty"], fact["action"])
        elif t == "plenary":
            key = (fact["plenary"], fact.get("date"))
        elif t == "meeting":
            loc = fact.get("location")
            key = (fact["meeting"], fact.get("startDate"), fact.get("endDate"), None if loc is None else _norm_text(loc))
        elif t == "person":
            if not fact.get("nationality"):
                continue
            t, key = "nationality", (_ref(fact["person"]), fact["nationality"])
        else:
            continue
        out[t].append((key, unsure, fact))
    return out


def _matches(pred: tuple, gold: tuple) -> bool:
    return all(g in p for p, g in zip(pred, gold))


def _about(component: Component, meetings: frozenset[str]) -> bool:
    """A tuple's component names one of `meetings`, or a plenary or decision of one."""
    return any(ref and ref.split(":", 1)[-1].split("/", 1)[0] in meetings
               and ref.startswith(("meeting:", "plenary:", "decision:")) for ref in component)


def score(graph: Graph, gold: dict, unannotated: frozenset[str] = frozenset()) -> dict:
    """`unannotated`: meeting keys the gold file leaves out on purpose (a session
    it had no series key for): predicted tuples about them are not scored."""
    preds = predicted(graph)
    if unannotated:
        preds = {relation: [t for t in items if not any(_about(c, unannotated) for c in t)]
                 for relation, items in preds.items()}
    golds = gold_tuples(gold)
    result = {}
    for relation in sorted(set(preds) | set(golds)):
        p_items = list(dict.fromkeys(preds.get(relation, [])))
        g_items = list(dict.fromkeys((k, u) for k, u, _ in golds.get(relation, [])))
        used = set()
        tp = fp = 0
        false_pos = []
        for pred in p_items:
            hit = next((i for i, (g, _) in enumerate(g_items) if i not in used and _matches(pred, g)), None)
            if hit is None:
                fp += 1
                false_pos.append([sorted(x for x in c if x) for c in pred])
                continue
            used.add(hit)
            if not g_items[hit][1]:
                tp += 1
        misses = [g for i, (g, unsure) in enumerate(g_items) if i not in used and not unsure]
        fn = len(misses)
        result[relation] = {
            "gold": sum(1 for _, u in g_items if not u),
            "predicted": len(p_items),
            "tp": tp, "fp": fp, "fn": fn,
            "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
            "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
            "false_positives": false_pos,
            "misses": [list(g) for g in misses],
        }
    return result


def load_union(path: Path) -> Graph:
    dataset = Dataset()
    dataset.parse(path, format="trig" if path.suffix == ".trig" else "turtle")
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graph", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    parser.add_argument("--show-errors", action="store_true", help="list false positives and misses")
    parser.add_argument("--unannotated", action="append", default=[], metavar="MEETING",
                        help="a meeting key the gold file leaves out on purpose: facts about it are not scored")
    args = parser.parse_args(argv)
    result = score(load_union(args.graph), json.loads(args.gold.read_text(encoding="utf-8")),
                   frozenset(args.unannotated))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"{'relation':<15} {'gold':>5} {'pred':>5} {'tp':>5} {'fp':>4} {'fn':>4} {'P':>7} {'R':>7}")
    for relation, r in result.items():
        print(f"{relation:<15} {r['gold']:>5} {r['predicted']:>5} {r['tp']:>5} {r['fp']:>4} {r['fn']:>4} "
              f"{r['precision']:>7.3f} {r['recall']:>7.3f}")
        if args.show_errors:
            for item in r["false_positives"]:
                print(f"    FP {item}")
            for item in r["misses"]:
                print(f"    FN {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
