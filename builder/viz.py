"""One self-contained HTML file that draws a built graph: `write_html(graph, path)`.

The file needs no network when opened: its script, style and data are inline
(no CDN, no fonts, no images) and its Content-Security-Policy allows nothing
else (`default-src 'none'`, the script and the style by their hashes). The
layout is a small force-directed simulation written here (Barnes–Hut
repulsion, springs, gravity) drawn on a canvas; no third-party code is
included, so there is no licence notice to carry.

The data is one JSON block (`<script type="application/json">`) in which `<`,
`>` and `&` are written as `\\u003c`, `\\u003e` and `\\u0026`, so no text from
a report (a label such as `</script>`) can end the block; the script reads it
with `JSON.parse` and shows every text with `textContent`, never as markup.

What it shows: the entities (states, organizations, persons, meetings,
plenary meetings, decisions, documents, series, treaties) as nodes; the
relations between them as edges: attendance and offices (with their role),
adoptions, treaty actions, and the direct relations (references, considered,
submittedBy, reportOf, partOf, ...). Filters by meeting, role and entity type,
a search box, and a side panel listing the facts about the selected node
with their evidence quotes.

    python -m builder.viz output/graph.trig output/graph.html
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import sys
from collections import defaultdict
from pathlib import Path

from rdflib import ConjunctiveGraph, Dataset, Graph, Literal, URIRef

from .namespace import OWL, RDF, RDFS, UNKG

# Entity classes, most specific first, and their colours.
KINDS = [
    (UNKG.State, "State", "#2f6fbf"),
    (UNKG.Organization, "Organization", "#2a9d8f"),
    (UNKG.Person, "Person", "#e76f51"),
    (UNKG.PlenaryMeeting, "PlenaryMeeting", "#b58900"),
    (UNKG.Meeting, "Meeting", "#d62828"),
    (UNKG.MeetingSeries, "MeetingSeries", "#9d0208"),
    (UNKG.Decision, "Decision", "#7b2cbf"),
    (UNKG.Document, "Document", "#6c757d"),
    (UNKG.Treaty, "Treaty", "#3a5a40"),
]
KIND = {name: index for index, (_, name, _) in enumerate(KINDS)}
# n-ary nodes drawn as one edge: (class, from, to, role property)
NARY = [
    (UNKG.Attendance, UNKG.participant, UNKG.meeting, UNKG.role, UNKG.attended),
    (UNKG.Office, UNKG.holder, UNKG.meeting, UNKG.role, None),
    (UNKG.Adoption, UNKG.adoptedBy, UNKG.item, UNKG.procedure, UNKG.adopted),
    (UNKG.TreatyAction, UNKG.state, UNKG.treaty, UNKG.action, None),
]
# Properties never shown as facts or attributes (structure, not content).
HIDDEN = {RDF.type, UNKG.evidence, RDF.subject, RDF.predicate, RDF.object}


def _label_maps(triples, ontology: Graph) -> dict:
    labels: dict = defaultdict(dict)
    for s, p, o in ontology.triples((None, RDFS.label, None)):
        if isinstance(o, Literal):
            labels[s].setdefault(o.language or "", str(o))
    for s, p, o in triples:
        if p == RDFS.label and isinstance(o, Literal):
            labels[s].setdefault(o.language or "", str(o))
    return labels


def _all_triples(graph: Graph) -> list:
    if isinstance(graph, (Dataset, ConjunctiveGraph)):
        seen = {(s, p, o) for s, p, o, _ in graph.quads((None, None, None, None))}
    else:
        seen = set(graph)
    return sorted(seen)


def _ontology() -> Graph:
    from .resources import ontology_file

    graph = Graph()
    try:
        graph.parse(ontology_file(), format="turtle")
    except (OSError, SyntaxError, ValueError):
        pass
    return graph


def _local(iri: URIRef) -> str:
    text = str(iri)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return text


def graph_data(graph: Graph, title: str | None = None) -> dict:
    """The JSON the page draws: nodes, edges, evidence, kinds, roles, meetings."""
    triples = _all_triples(graph)
    ontology = _ontology()
    labels = _label_maps(triples, ontology)
    out: dict = defaultdict(lambda: defaultdict(list))  # s -> p -> [o]
    types: dict = defaultdict(set)
    for s, p, o in triples:
        out[s][p].append(o)
        if p == RDF.type:
            types[s].add(o)

    def show(term) -> str:
        names = labels.get(term, {})
        zh, en = names.get("zh"), names.get("en")
        if zh and en and zh != en:
            return f"{zh} · {en}"
        return zh or en or names.get("") or _local(term)

    def pred_label(p) -> str:
        names = labels.get(p, {})
        return names.get("en") or names.get("zh") or _local(p)

    # Evidence records, shared by index.
    evidence: list[dict] = []
    evidence_index: dict = {}

    def ev_ids(node) -> list[int]:
        ids = []
        for ev in sorted(out[node].get(UNKG.evidence, [])):
            if ev not in evidence_index:
                props = out[ev]
                source = (props.get(UNKG.source) or [None])[0]
                symbol = (out[source].get(UNKG.symbol) or [None])[0] if source is not None else None
                record = {
                    "q": str((props.get(UNKG.quote) or [""])[0]),
                    "p": str((props.get(UNKG.paragraph) or [""])[0]),
                    "src": str(symbol) if symbol is not None else (str(source) if source is not None else ""),
                }
                start, end = props.get(UNKG.charStart), props.get(UNKG.charEnd)
                if start and end:
                    record["a"], record["b"] = int(start[0]), int(end[0])
                evidence_index[ev] = len(evidence)
                evidence.append(record)
            ids.append(evidence_index[ev])
        return ids

    # Statement evidence: (s, p, o) -> evidence ids.
    stated: dict = defaultdict(list)
    for st in sorted(s for s, t in types.items() if RDF.Statement in t):
        props = out[st]
        for s in props.get(RDF.subject, []):
            for p in props.get(RDF.predicate, []):
                for o in props.get(RDF.object, []):
                    stated[(s, p, o)].extend(ev_ids(st))

    # Nodes.
    kind_of: dict = {}
    for s in sorted(types):
        for index, (cls, _, _) in enumerate(KINDS):
            if cls in types[s]:
                kind_of[s] = index
                break
    node_index = {iri: i for i, iri in enumerate(sorted(kind_of))}
    nodes = []
    for iri in sorted(kind_of):
        names = labels.get(iri, {})
        attributes = []
        for p in sorted(out[iri]):
            if p in HIDDEN:
                continue
            for o in out[iri][p]:
                if isinstance(o, Literal):
                    text = str(o) + (f" @{o.language}" if o.language else "")
                    attributes.append([pred_label(p), text, stated.get((iri, p, o), [])])
                elif o not in node_index and p in (OWL.sameAs, RDFS.seeAlso):
                    attributes.append([pred_label(p), str(o), []])
                elif o not in node_index and p not in (UNKG.attended, UNKG.adopted):
                    attributes.append([pred_label(p), show(o), stated.get((iri, p, o), [])])
        key = str(iri)
        for base_end in ("/id/",):
            if base_end in key:
                key = key.split(base_end, 1)[1]
        nodes.append({"iri": str(iri), "k": kind_of[iri], "l": names.get("zh") or names.get("") or "",
                      "e": names.get("en") or "", "key": key, "a": attributes})

    # Roles (attendance and office roles, treaty actions, procedures) seen in the data.
    roles: dict = {}

    def role_id(term) -> int:
        if term not in roles:
            roles[term] = len(roles)
        return roles[term]

    # Meetings: a node's meeting, for the meeting filter.
    meeting_of: dict = {}
    for iri in node_index:
        if kind_of[iri] == KIND["Meeting"]:
            meeting_of[iri] = iri
    for iri in node_index:
        if kind_of[iri] == KIND["PlenaryMeeting"]:
            for m in out[iri].get(UNKG.partOf, []):
                meeting_of.setdefault(iri, m)
    for iri in node_index:
        if kind_of[iri] == KIND["Document"]:  # the meeting it reports on
            for m in out[iri].get(UNKG.reportOf, []):
                meeting_of.setdefault(iri, meeting_of.get(m, m))
    for iri in node_index:  # decisions minted under their meeting's IRI
        if kind_of[iri] == KIND["Decision"]:
            text = str(iri)
            for m in sorted(set(meeting_of.values())):
                if text.startswith(str(m) + "/"):
                    meeting_of.setdefault(iri, m)

    edges: list[dict] = []
    covered: set = set()  # direct triples drawn through an n-ary node

    def add_edge(s, t, p_label, role=None, meeting=None, ev=None, extra=None):
        m = meeting if meeting is not None else meeting_of.get(s) or meeting_of.get(t)
        edges.append({"s": node_index[s], "t": node_index[t], "p": p_label,
                      "r": role_id(role) if role is not None else -1,
                      "m": node_index.get(m, -1) if m is not None else -1,
                      "ev": ev or [], "x": extra or []})

    for cls, src_p, dst_p, role_p, direct in NARY:
        for n in sorted(s for s, t in types.items() if cls in t):
            props = out[n]
            sources = [x for x in props.get(src_p, []) if x in node_index]
            targets = [x for x in props.get(dst_p, []) if x in node_index]
            role = (props.get(role_p) or [None])[0]
            meeting = (props.get(UNKG.meeting) or [None])[0]
            ev = ev_ids(n)
            extra = []
            for p in sorted(props):
                if p in HIDDEN or p in (src_p, dst_p, role_p, UNKG.meeting):
                    continue
                for o in props[p]:
                    if isinstance(o, Literal):
                        extra.append([pred_label(p), str(o), -1])
                    else:
                        extra.append([pred_label(p), show(o), node_index.get(o, -1)])
            label = pred_label(direct) if direct is not None else pred_label(cls)
            for s in sources:
                for t in targets:
                    add_edge(s, t, label, role, meeting if meeting in node_index else None, ev, extra)
                    if direct is not None:
                        covered.add((s, direct, t))
                        if cls == UNKG.Adoption:
                            for whole in out[s].get(UNKG.partOf, []):
                                covered.add((whole, direct, t))

    for s, p, o in triples:
        if s in node_index and o in node_index and p not in HIDDEN and (s, p, o) not in covered:
            add_edge(s, o, pred_label(p), ev=stated.get((s, p, o), []))

    role_list = []
    for term, _ in sorted(roles.items(), key=lambda item: item[1]):
        names = labels.get(term, {})
        role_list.append({"id": _local(term), "l": names.get("en") or _local(term), "zh": names.get("zh", "")})
    kinds = []
    for cls, name, colour in KINDS:
        names = labels.get(cls, {})
        kinds.append({"id": name, "l": names.get("en") or name, "zh": names.get("zh", ""), "c": colour})
    meetings = [node_index[m] for m in sorted(set(meeting_of.values())) if m in node_index]
    return {
        "title": title or "unkg graph",
        "kinds": kinds,
        "roles": role_list,
        "meetings": meetings,
        "nodes": nodes,
        "edges": edges,
        "ev": evidence,
    }


def _json_for_script(data: dict) -> str:
    """JSON that cannot end its <script> block or open a comment in it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def render(data: dict) -> str:
    script = _JS
    style = _CSS
    csp = (f"default-src 'none'; script-src '{_hash(script)}'; style-src '{_hash(style)}'; img-src data:; "
           "connect-src 'none'; form-action 'none'; base-uri 'none'")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{html.escape(csp, quote=False)}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{html.escape(data['title'])}</title>\n<style>{style}</style>\n</head>\n<body>\n"
        f"{_BODY}\n"
        f"<script type=\"application/json\" id=\"unkg-data\">{_json_for_script(data)}</script>\n"
        f"<script>{script}</script>\n</body></html>\n"
    )


def write_html(graph: Graph, path: str | Path, title: str | None = None) -> Path:
    """Write the graph as one self-contained HTML page to path."""
    from .output import write_text

    target = Path(path)
    write_text(target, render(graph_data(graph, title)))
    return target


def main(argv: list[str] | None = None) -> int:
    """`python -m builder.viz GRAPH OUT.html`: draw a built graph file."""
    from .errors import UnkgError
    from .graphio import load_dataset

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m builder.viz GRAPH OUT.html", file=sys.stderr)
        return 2
    try:
        dataset = load_dataset(Path(args[0]))
    except UnkgError as error:
        print(f"unkg: {error}", file=sys.stderr)
        return 1
    out = write_html(dataset, args[1], title=f"unkg: {Path(args[0]).name}")
    print(out)
    return 0


_BODY = """\
<header><h1 id="title"></h1>
<input id="search" type="search" placeholder="Search: 墨西哥, Mexico, TPNW/MSP/2023/8 …" aria-label="search" autocomplete="off">
<span id="counts"></span></header>
<main>
<aside id="filters">
  <section id="found" hidden><h2>Search results</h2><ol id="results"></ol></section>
  <section><h2>Meeting</h2><select id="meeting" aria-label="meeting"></select></section>
  <section><h2>Entity type</h2><div id="kinds"></div></section>
  <section><h2>Role, action, procedure</h2><div id="roles"></div></section>
</aside>
<div id="stage"><canvas id="canvas" aria-label="graph"></canvas>
  <div id="tools"><button id="fit" type="button">fit</button><button id="relayout" type="button">re-layout</button></div></div>
<aside id="panel"><p class="hint">Click a node, or search and pick a result, to see its facts and their evidence.</p></aside>
</main>"""

_CSS = """
*{box-sizing:border-box}html,body{margin:0;height:100%;font-family:system-ui,"Noto Sans CJK SC","WenQuanYi Zen Hei","PingFang SC",sans-serif;color:#1d2330;font-size:14px}
body{display:flex;flex-direction:column}
header{display:flex;align-items:center;gap:1rem;padding:.5rem 1rem;border-bottom:1px solid #d8dde6;background:#f7f9fc}
header h1{font-size:1.05rem;margin:0;white-space:nowrap}#search{flex:1;max-width:32rem;padding:.35rem .6rem;font-size:.95rem}
#counts{color:#6b778c;font-size:.85rem}
main{flex:1;display:flex;min-height:0}
#filters{width:15rem;overflow:auto;padding:.5rem .8rem;border-right:1px solid #e1e6ee}
#filters h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:#6b778c;margin:.8rem 0 .3rem}
#filters label{display:block;margin:.1rem 0;cursor:pointer}#filters select{width:100%}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;margin-right:.35rem;vertical-align:-1px}
#results{padding-left:1.2rem;margin:0}#results li{margin:.15rem 0}
#results button,.link{background:none;border:0;padding:0;color:#0b5cad;cursor:pointer;text-align:left;font:inherit;text-decoration:underline}
#stage{flex:1;position:relative;min-width:0}#canvas{width:100%;height:100%;display:block;cursor:grab}
#tools{position:absolute;right:.5rem;top:.5rem;display:flex;gap:.3rem}
#panel{width:26rem;overflow:auto;padding:.6rem .9rem;border-left:1px solid #e1e6ee;background:#fcfdfe}
#panel h2{font-size:1.1rem;margin:.2rem 0}#panel h3{font-size:.85rem;text-transform:uppercase;color:#6b778c;margin:1rem 0 .3rem}
.iri{font-family:ui-monospace,monospace;font-size:.75rem;color:#6b778c;word-break:break-all}
.kind{font-size:.8rem;color:#fff;border-radius:3px;padding:0 .35rem}
.fact{border:1px solid #e1e6ee;border-radius:6px;padding:.4rem .6rem;margin:.45rem 0;background:#fff}
.role{font-weight:600}.rolecode{font-family:ui-monospace,monospace;font-size:.75rem;color:#6b778c}
blockquote{margin:.35rem 0 .1rem;padding:.3rem .6rem;border-left:3px solid #7aa7d8;background:#f3f7fc;white-space:pre-wrap;font-size:.85rem}
.src{color:#6b778c;font-size:.75rem;margin:0}table.attrs{border-collapse:collapse;width:100%;font-size:.85rem}
table.attrs td{border-bottom:1px solid #eef1f5;padding:.15rem .3rem;vertical-align:top}table.attrs td:first-child{color:#6b778c;width:8rem}
.hint{color:#6b778c}
""".strip()

_JS = r"""
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("unkg-data").textContent);
  var nodes = DATA.nodes, edges = DATA.edges, kinds = DATA.kinds, roles = DATA.roles, EV = DATA.ev;
  var canvas = document.getElementById("canvas"), ctx = canvas.getContext("2d");
  var panel = document.getElementById("panel");

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) { for (var k in attrs) { if (k === "text") e.textContent = attrs[k]; else if (k === "cls") e.className = attrs[k]; else e.setAttribute(k, attrs[k]); } }
    (children || []).forEach(function (c) { if (c != null) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  function nodeName(n) { return n.l && n.e && n.l !== n.e ? n.l + " · " + n.e : (n.l || n.e || n.key); }
  function roleName(r) { return r.zh ? r.l + " · " + r.zh : r.l; }
  document.getElementById("title").textContent = DATA.title;

  // ---- adjacency and state
  var adj = nodes.map(function () { return []; });
  edges.forEach(function (e, i) { adj[e.s].push(i); if (e.t !== e.s) adj[e.t].push(i); });
  var state = { meeting: -1, kinds: kinds.map(function () { return true; }), roles: roles.map(function () { return true; }),
                other: true, selected: -1, hover: -1 };
  var visibleNode = [], visibleEdge = [];

  function edgeShown(e) {
    if (!state.kinds[nodes[e.s].k] || !state.kinds[nodes[e.t].k]) return false;
    if (e.r >= 0 ? !state.roles[e.r] : !state.other) return false;
    if (state.meeting >= 0 && e.m !== state.meeting && e.s !== state.meeting && e.t !== state.meeting) return false;
    return true;
  }
  function applyFilters() {
    visibleEdge = edges.map(edgeShown);
    var deg = nodes.map(function () { return 0; });
    edges.forEach(function (e, i) { if (visibleEdge[i]) { deg[e.s]++; deg[e.t]++; } });
    var filtered = state.meeting >= 0 || state.roles.some(function (x) { return !x; }) || !state.other;
    visibleNode = nodes.map(function (n, i) {
      if (!state.kinds[n.k]) return false;
      if (deg[i] > 0) return true;
      if (i === state.meeting) return true;
      return !filtered && adj[i].length === 0;
    });
    var nv = visibleNode.filter(Boolean).length, ne = visibleEdge.filter(Boolean).length;
    document.getElementById("counts").textContent = nv + " of " + nodes.length + " entities, " + ne + " of " + edges.length + " relations";
    reheat(0.5);
  }

  // ---- filter controls
  var meetingSelect = document.getElementById("meeting");
  meetingSelect.appendChild(el("option", { value: "-1", text: "all meetings" }));
  DATA.meetings.forEach(function (i) { meetingSelect.appendChild(el("option", { value: String(i), text: nodeName(nodes[i]) })); });
  meetingSelect.addEventListener("change", function () { state.meeting = parseInt(meetingSelect.value, 10); applyFilters(); });
  var kindCount = kinds.map(function () { return 0; });
  nodes.forEach(function (n) { kindCount[n.k]++; });
  kinds.forEach(function (k, i) {
    if (!kindCount[i]) return;
    var box = el("input", { type: "checkbox", "data-kind": k.id }); box.checked = true;
    box.addEventListener("change", function () { state.kinds[i] = box.checked; applyFilters(); });
    var sw = el("span", { cls: "swatch" }); sw.style.background = k.c;
    document.getElementById("kinds").appendChild(el("label", null, [box, sw, (k.zh ? k.l + " · " + k.zh : k.l) + " (" + kindCount[i] + ")"]));
  });
  roles.forEach(function (r, i) {
    var box = el("input", { type: "checkbox", "data-role": r.id }); box.checked = true;
    box.addEventListener("change", function () { state.roles[i] = box.checked; applyFilters(); });
    document.getElementById("roles").appendChild(el("label", null, [box, roleName(r)]));
  });
  (function () {
    var box = el("input", { type: "checkbox", "data-role": "" }); box.checked = true;
    box.addEventListener("change", function () { state.other = box.checked; applyFilters(); });
    document.getElementById("roles").appendChild(el("label", null, [box, "other relations"]));
  })();

  // ---- search
  var search = document.getElementById("search"), results = document.getElementById("results");
  function matches(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var out = [];
    nodes.forEach(function (n, i) {
      var hay = (n.l + "\u0001" + n.e + "\u0001" + n.key).toLowerCase();
      var at = hay.indexOf(q);
      if (at >= 0) out.push([at === 0 ? 0 : 1, nodeName(n).length, i]);
    });
    out.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return out.slice(0, 50).map(function (x) { return x[2]; });
  }
  function showResults() {
    while (results.firstChild) results.removeChild(results.firstChild);
    var found = matches(search.value);
    document.getElementById("found").hidden = !search.value.trim();
    if (search.value.trim() && !found.length) results.appendChild(el("li", { text: "nothing found" }));
    found.forEach(function (i) {
      var b = el("button", { type: "button", "data-iri": nodes[i].iri, text: nodeName(nodes[i]) });
      b.addEventListener("click", function () { select(i, true); });
      results.appendChild(el("li", null, [b, " ", el("span", { cls: "iri", text: kinds[nodes[i].k].id })]));
    });
  }
  search.addEventListener("input", showResults);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { var m = matches(search.value); if (m.length) select(m[0], true); } });

  // ---- side panel
  function evidenceBlock(ids) {
    return ids.map(function (id) {
      var e = EV[id];
      var where = [];
      if (e.p) where.push("paragraph " + e.p);
      if (e.src) where.push(e.src);
      if (e.a != null) where.push("characters " + e.a + "\u2013" + e.b);
      return el("div", null, [el("blockquote", { lang: "zh", text: e.q }), el("p", { cls: "src", text: where.join(" · ") })]);
    });
  }
  function nodeLink(i) {
    var b = el("button", { type: "button", cls: "link", "data-iri": nodes[i].iri, text: nodeName(nodes[i]) });
    b.addEventListener("click", function () { select(i, true); });
    return b;
  }
  function showPanel(i) {
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    if (i < 0) { panel.appendChild(el("p", { cls: "hint", text: "Click a node, or search and pick a result, to see its facts and their evidence." })); return; }
    var n = nodes[i], k = kinds[n.k];
    var badge = el("span", { cls: "kind", text: k.zh ? k.l + " · " + k.zh : k.l }); badge.style.background = k.c;
    panel.appendChild(el("h2", { text: nodeName(n) }));
    panel.appendChild(el("p", null, [badge]));
    panel.appendChild(el("p", { cls: "iri", text: n.iri }));
    if (n.a.length) {
      var t = el("table", { cls: "attrs" });
      n.a.forEach(function (a) {
        var cell = el("td", null, [a[1]].concat(a[2].length ? evidenceBlock(a[2]) : []));
        t.appendChild(el("tr", null, [el("td", { text: a[0] }), cell]));
      });
      panel.appendChild(el("h3", { text: "Attributes" }));
      panel.appendChild(t);
    }
    var facts = adj[i].slice().sort(function (a, b) {
      var ea = edges[a], eb = edges[b];
      return (eb.r >= 0) - (ea.r >= 0) || (ea.p < eb.p ? -1 : ea.p > eb.p ? 1 : 0) || a - b;
    });
    panel.appendChild(el("h3", { text: "Facts (" + facts.length + ")" }));
    var list = el("div", { id: "facts" });
    facts.forEach(function (ei) {
      var e = edges[ei], out = e.s === i, other = out ? e.t : e.s;
      var line = el("div", { cls: "fact", "data-edge": String(ei) });
      var head = el("div");
      if (out) { head.appendChild(document.createTextNode(e.p + " ")); head.appendChild(nodeLink(other)); }
      else { head.appendChild(nodeLink(other)); head.appendChild(document.createTextNode(" " + e.p + " (this)")); }
      line.appendChild(head);
      if (e.r >= 0) {
        line.appendChild(el("div", null, ["role: ", el("span", { cls: "role", text: roleName(roles[e.r]) }), " ",
                                          el("span", { cls: "rolecode", text: roles[e.r].id })]));
      }
      if (e.m >= 0 && e.m !== other && e.m !== i) line.appendChild(el("div", null, ["meeting: ", nodeLink(e.m)]));
      e.x.forEach(function (x) {
        line.appendChild(el("div", null, [x[0] + ": ", x[2] >= 0 ? nodeLink(x[2]) : x[1]]));
      });
      evidenceBlock(e.ev).forEach(function (b) { line.appendChild(b); });
      list.appendChild(line);
    });
    panel.appendChild(list);
  }

  // ---- layout: a force simulation (Barnes–Hut repulsion, springs, gravity)
  var N = nodes.length;
  var x = new Float64Array(N), y = new Float64Array(N), vx = new Float64Array(N), vy = new Float64Array(N);
  var fixed = new Int8Array(N), degree = new Float64Array(N), radius = new Float64Array(N);
  edges.forEach(function (e) { degree[e.s]++; degree[e.t]++; });
  for (var i = 0; i < N; i++) {
    var r = 10 * Math.sqrt(0.5 + i), a = i * Math.PI * (3 - Math.sqrt(5));
    x[i] = r * Math.cos(a); y[i] = r * Math.sin(a);
    radius[i] = 3 + Math.min(12, Math.sqrt(degree[i]) * 1.6);
  }
  var alpha = 1, alphaMin = 0.002, alphaDecay = 1 - Math.pow(alphaMin, 1 / 300), velocityDecay = 0.6;
  function reheat(a) { alpha = Math.max(alpha, a); schedule(); }

  function quadtree(ids) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    ids.forEach(function (i) { if (x[i] < x0) x0 = x[i]; if (y[i] < y0) y0 = y[i]; if (x[i] > x1) x1 = x[i]; if (y[i] > y1) y1 = y[i]; });
    var size = Math.max(x1 - x0, y1 - y0, 1) + 1;
    var root = { x0: x0, y0: y0, s: size, n: 0, cx: 0, cy: 0, kids: null, p: -1 };
    function insert(q, i, depth) {
      for (;;) {
        q.cx = (q.cx * q.n + x[i]) / (q.n + 1); q.cy = (q.cy * q.n + y[i]) / (q.n + 1); q.n++;
        if (q.kids === null) {
          if (q.p < 0 && q.n === 1) { q.p = i; return; }
          if (depth > 40) return;
          q.kids = [null, null, null, null];
          var old = q.p; q.p = -1;
          if (old >= 0) { var c0 = child(q, old); c0.cx = x[old]; c0.cy = y[old]; c0.n = 1; c0.p = old; }
        }
        q = child(q, i); depth++;
        if (q.n === 0) { q.cx = x[i]; q.cy = y[i]; q.n = 1; q.p = i; return; }
      }
    }
    function child(q, i) {
      var h = q.s / 2, east = x[i] >= q.x0 + h ? 1 : 0, south = y[i] >= q.y0 + h ? 1 : 0, k = south * 2 + east;
      if (!q.kids[k]) q.kids[k] = { x0: q.x0 + east * h, y0: q.y0 + south * h, s: h, n: 0, cx: 0, cy: 0, kids: null, p: -1 };
      return q.kids[k];
    }
    ids.forEach(function (i) { insert(root, i, 0); });
    return root;
  }
  function repel(q, i, strength) {
    var dx = q.cx - x[i], dy = q.cy - y[i], d2 = dx * dx + dy * dy;
    if (q.kids === null || (q.s * q.s) / (d2 + 1e-9) < 0.81) {
      if (q.kids === null && q.p === i && q.n === 1) return;
      if (d2 < 1) { dx = (Math.random() - 0.5) * 1e-3 + 0.5; dy = 0.5; d2 = 1; }
      var f = strength * q.n * alpha / d2;
      vx[i] -= dx * f; vy[i] -= dy * f;
      return;
    }
    for (var k = 0; k < 4; k++) if (q.kids[k]) repel(q.kids[k], i, strength);
  }
  function tick() {
    var ids = [];
    for (var i = 0; i < N; i++) if (visibleNode[i]) ids.push(i);
    if (!ids.length) return;
    var root = quadtree(ids);
    ids.forEach(function (i) { repel(root, i, 70); });
    edges.forEach(function (e, k) {
      if (!visibleEdge[k] || e.s === e.t) return;
      var dx = x[e.t] + vx[e.t] - x[e.s] - vx[e.s], dy = y[e.t] + vy[e.t] - y[e.s] - vy[e.s];
      var d = Math.sqrt(dx * dx + dy * dy) || 1, want = 36 + radius[e.s] + radius[e.t];
      var f = (d - want) / d * alpha * 0.7 / Math.max(1, Math.min(degree[e.s], degree[e.t]));
      var bs = degree[e.s] / (degree[e.s] + degree[e.t]);
      vx[e.t] -= dx * f * bs; vy[e.t] -= dy * f * bs; vx[e.s] += dx * f * (1 - bs); vy[e.s] += dy * f * (1 - bs);
    });
    ids.forEach(function (i) {
      vx[i] -= x[i] * 0.015 * alpha; vy[i] -= y[i] * 0.015 * alpha;
      if (fixed[i]) { vx[i] = vy[i] = 0; return; }
      vx[i] *= velocityDecay; vy[i] *= velocityDecay; x[i] += vx[i]; y[i] += vy[i];
    });
    alpha += (0 - alpha) * alphaDecay;
  }

  // ---- view
  var view = { k: 1, tx: 0, ty: 0 }, dpr = window.devicePixelRatio || 1, fitted = false;
  function resize() {
    var r = canvas.getBoundingClientRect();
    canvas.width = Math.max(1, Math.round(r.width * dpr)); canvas.height = Math.max(1, Math.round(r.height * dpr));
    schedule();
  }
  function fit() {
    var r = canvas.getBoundingClientRect(), x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, any = false;
    for (var i = 0; i < N; i++) if (visibleNode[i]) { any = true; x0 = Math.min(x0, x[i]); y0 = Math.min(y0, y[i]); x1 = Math.max(x1, x[i]); y1 = Math.max(y1, y[i]); }
    if (!any) return;
    var k = Math.min(r.width / (x1 - x0 + 60), r.height / (y1 - y0 + 60), 4);
    view.k = k; view.tx = r.width / 2 - k * (x0 + x1) / 2; view.ty = r.height / 2 - k * (y0 + y1) / 2;
    schedule();
  }
  function toScreen(i) { return [x[i] * view.k + view.tx, y[i] * view.k + view.ty]; }
  function toWorld(px, py) { return [(px - view.tx) / view.k, (py - view.ty) / view.k]; }
  function centerOn(i) {
    var r = canvas.getBoundingClientRect();
    view.tx = r.width / 2 - x[i] * view.k; view.ty = r.height / 2 - y[i] * view.k; schedule();
  }

  var neighbours = new Set();
  function draw() {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    var r = canvas.getBoundingClientRect();
    ctx.clearRect(0, 0, r.width, r.height);
    ctx.save(); ctx.translate(view.tx, view.ty); ctx.scale(view.k, view.k);
    var sel = state.selected;
    ctx.lineWidth = 1 / view.k;
    edges.forEach(function (e, k) {
      if (!visibleEdge[k]) return;
      var on = sel >= 0 && (e.s === sel || e.t === sel);
      ctx.strokeStyle = on ? "rgba(214,40,40,0.85)" : (sel >= 0 ? "rgba(120,130,150,0.10)" : "rgba(120,130,150,0.28)");
      ctx.lineWidth = (on ? 2 : 1) / view.k;
      ctx.beginPath(); ctx.moveTo(x[e.s], y[e.s]); ctx.lineTo(x[e.t], y[e.t]); ctx.stroke();
    });
    for (var i = 0; i < N; i++) {
      if (!visibleNode[i]) continue;
      var dim = sel >= 0 && i !== sel && !neighbours.has(i);
      ctx.globalAlpha = dim ? 0.3 : 1;
      ctx.fillStyle = kinds[nodes[i].k].c;
      ctx.beginPath(); ctx.arc(x[i], y[i], radius[i], 0, 2 * Math.PI); ctx.fill();
      if (i === sel || i === state.hover) { ctx.lineWidth = 3 / view.k; ctx.strokeStyle = "#111"; ctx.stroke(); }
    }
    ctx.globalAlpha = 1;
    ctx.restore();
    ctx.font = "12px system-ui, 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif";
    ctx.textBaseline = "middle";
    for (var j = 0; j < N; j++) {
      if (!visibleNode[j]) continue;
      var show = j === sel || j === state.hover || neighbours.has(j) || degree[j] >= 12 || view.k > 2.2;
      if (!show) continue;
      var p = toScreen(j), label = nodeName(nodes[j]);
      if (label.length > 40) label = label.slice(0, 39) + "\u2026";
      ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.9)";
      ctx.strokeText(label, p[0] + radius[j] * view.k + 3, p[1]);
      ctx.fillStyle = j === sel ? "#000" : "#333";
      ctx.fillText(label, p[0] + radius[j] * view.k + 3, p[1]);
    }
  }

  var pending = false, ticks = 0;
  function schedule() { if (!pending) { pending = true; requestAnimationFrame(frame); } }
  function frame() {
    pending = false;
    if (alpha > alphaMin) {
      var t0 = performance.now();
      do { tick(); ticks++; } while (alpha > alphaMin && performance.now() - t0 < 12);
      if (!fitted && (alpha < 0.05 || ticks > 200)) { fitted = true; fit(); }
      schedule();
    } else if (!fitted) { fitted = true; fit(); }
    api.settled = alpha <= alphaMin;
    draw();
  }

  // ---- interaction
  function nodeAt(px, py) {
    var w = toWorld(px, py), best = -1, bestD = Infinity;
    for (var i = 0; i < N; i++) {
      if (!visibleNode[i]) continue;
      var dx = x[i] - w[0], dy = y[i] - w[1], d = Math.sqrt(dx * dx + dy * dy), lim = radius[i] + 4 / view.k;
      if (d <= lim && d < bestD) { best = i; bestD = d; }
    }
    return best;
  }
  function select(i, center) {
    state.selected = i;
    neighbours = new Set();
    if (i >= 0) adj[i].forEach(function (e) { neighbours.add(edges[e].s); neighbours.add(edges[e].t); });
    if (i >= 0 && !visibleNode[i]) {  // show what was asked for, whatever the filters
      state.kinds[nodes[i].k] = true;
      var box = document.querySelector('input[data-kind="' + kinds[nodes[i].k].id + '"]'); if (box) box.checked = true;
      visibleNode[i] = true;
    }
    showPanel(i);
    if (i >= 0 && center) centerOn(i);
    schedule();
  }
  var drag = null;
  canvas.addEventListener("pointerdown", function (ev) {
    var r = canvas.getBoundingClientRect(), px = ev.clientX - r.left, py = ev.clientY - r.top, i = nodeAt(px, py);
    drag = { i: i, px: px, py: py, tx: view.tx, ty: view.ty, moved: false };
    canvas.setPointerCapture(ev.pointerId);
  });
  canvas.addEventListener("pointermove", function (ev) {
    var r = canvas.getBoundingClientRect(), px = ev.clientX - r.left, py = ev.clientY - r.top;
    if (!drag) { var h = nodeAt(px, py); if (h !== state.hover) { state.hover = h; canvas.style.cursor = h >= 0 ? "pointer" : "grab"; schedule(); } return; }
    if (Math.abs(px - drag.px) + Math.abs(py - drag.py) > 3) drag.moved = true;
    if (!drag.moved) return;
    if (drag.i >= 0) { var w = toWorld(px, py); x[drag.i] = w[0]; y[drag.i] = w[1]; fixed[drag.i] = 1; reheat(0.1); }
    else { view.tx = drag.tx + px - drag.px; view.ty = drag.ty + py - drag.py; schedule(); }
  });
  canvas.addEventListener("pointerup", function () {
    if (drag && !drag.moved) select(drag.i, false);
    if (drag && drag.i >= 0) fixed[drag.i] = 0;
    drag = null;
  });
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var r = canvas.getBoundingClientRect(), px = ev.clientX - r.left, py = ev.clientY - r.top, w = toWorld(px, py);
    view.k = Math.max(0.05, Math.min(20, view.k * Math.exp(-ev.deltaY * 0.0015)));
    view.tx = px - w[0] * view.k; view.ty = py - w[1] * view.k; schedule();
  }, { passive: false });
  document.getElementById("fit").addEventListener("click", fit);
  document.getElementById("relayout").addEventListener("click", function () { fitted = false; reheat(1); });
  window.addEventListener("resize", resize);

  // A small hook for tests and for people at the console.
  var api = {
    settled: false,
    find: function (iri) { for (var i = 0; i < N; i++) if (nodes[i].iri === iri) return i; return -1; },
    select: function (iri) { select(api.find(iri), true); },
    screenPosition: function (iri) { var i = api.find(iri); if (i < 0) return null; var p = toScreen(i), r = canvas.getBoundingClientRect(); return [p[0] + r.left, p[1] + r.top]; },
    visible: function (iri) { var i = api.find(iri); return i >= 0 && !!visibleNode[i]; }
  };
  window.unkgViz = api;

  applyFilters();
  resize();
})();
""".strip()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
