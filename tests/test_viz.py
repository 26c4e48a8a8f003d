"""builder.viz: the one-file HTML view, opened in real headless Chromium.

Needs Debian's chromium at /usr/bin/chromium and the playwright Python package
(its own browser download does not work here); without them the browser tests
skip and say why. Expected values are read by hand from
corpus/TPNW_MSP_2023_14.zh.txt: paragraph 13 lists Mexico (墨西哥) among the
59 States parties that attended the second meeting (禁止核武器条约缔约国第二次会议).
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import RDF, RDFS

from builder import viz

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-background-networking", "--disable-gpu",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
UNKG = Namespace("https://w3id.org/unkg/ontology#")
ID = Namespace("https://w3id.org/unkg/id/")
MEX = "https://w3id.org/unkg/id/state/MEX"
EVIL = "</script><script>alert(1)</script><!--"


def crafted_graph() -> Graph:
    graph = Graph()
    state, meeting, attendance = ID["state/XSS"], ID["meeting/m-1"], ID["attendance/m-1/StateParty/state/XSS"]
    graph.add((state, RDF.type, UNKG.State))
    graph.add((state, RDFS.label, Literal(EVIL, lang="en")))
    graph.add((meeting, RDF.type, UNKG.Meeting))
    graph.add((meeting, RDFS.label, Literal("m & <b>", lang="zh")))
    graph.add((attendance, RDF.type, UNKG.Attendance))
    graph.add((attendance, UNKG.participant, state))
    graph.add((attendance, UNKG.meeting, meeting))
    graph.add((attendance, UNKG.role, UNKG.StateParty))
    graph.add((state, UNKG.attended, meeting))
    return graph


# -- without a browser


def test_viz_data_block_cannot_be_broken_out_of(tmp_path):
    page = viz.write_html(crafted_graph(), tmp_path / "evil.html").read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="unkg-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block
    data = json.loads(block)
    assert EVIL in {node["e"] for node in data["nodes"]}
    assert page.count("<script") == 2  # the data block and the code, nothing injected


def test_viz_page_is_self_contained(built_sample_dir, tmp_path):
    out = tmp_path / "graph.html"
    assert viz.main([str(built_sample_dir / "graph.trig"), str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "default-src 'none'" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page


def test_viz_attendance_of_mexico_in_the_data(built_sample_dir):
    from builder.graphio import load_dataset

    data = viz.graph_data(load_dataset(built_sample_dir / "graph.trig"))
    nodes = data["nodes"]
    mex = next(i for i, n in enumerate(nodes) if n["iri"] == MEX)
    assert nodes[mex]["l"] == "墨西哥"
    roles = [data["roles"][e["r"]]["id"] for e in data["edges"]
             if e["s"] == mex and nodes[e["t"]]["iri"] == str(ID["meeting/tpnw-msp-2"]) and e["r"] >= 0]
    assert "StateParty" in roles


# -- in Chromium


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright Python package is not installed (pip install playwright)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class OfflinePage:
    """A page that may load file: URLs only; anything else is aborted and recorded."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.resolve().as_uri())
        deadline = time.monotonic() + 30
        while not self.page.evaluate("() => !!(window.unkgViz && window.unkgViz.settled)"):
            assert time.monotonic() < deadline, "the layout did not settle"
            time.sleep(0.05)

    def _route(self, route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def close(self) -> None:
        self.context.close()


@pytest.mark.browser
def test_viz_click_mexico_shows_its_attendance(browser, built_sample_dir, tmp_path):
    html_path = tmp_path / "graph.html"
    assert viz.main([str(built_sample_dir / "graph.trig"), str(html_path)]) == 0
    view = OfflinePage(browser, html_path)
    page = view.page
    try:
        # Search, then pick the list entry.
        page.fill("#search", "墨西哥")
        entry = page.locator(f'#results button[data-iri="{MEX}"]')
        assert entry.inner_text() == "墨西哥 · Mexico"
        entry.click()
        panel = page.locator("#panel")
        assert panel.locator("h2").inner_text() == "墨西哥 · Mexico"
        attendance = panel.locator(".fact", has=page.locator(".rolecode", has_text="StateParty"))
        assert attendance.count() == 1
        text = attendance.inner_text()
        assert "attended" in text and "禁止核武器条约缔约国第二次会议" in text and "缔约国" in text
        assert "paragraph 13" in text and "墨西哥" in attendance.locator("blockquote").inner_text()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "viz.png"))

        # Clicking the node on the canvas selects it too.
        page.evaluate("() => window.unkgViz.select('')")
        assert "Click a node" in panel.inner_text()
        x, y = page.evaluate(f"() => window.unkgViz.screenPosition({json.dumps(MEX)})")
        page.mouse.click(x, y)
        assert panel.locator("h2").inner_text() == "墨西哥 · Mexico"

        # Filters: the entity type hides it; the role filter hides the attendance edge.
        page.uncheck('input[data-kind="State"]')
        assert page.evaluate(f"() => window.unkgViz.visible({json.dumps(MEX)})") is False
        page.check('input[data-kind="State"]')
        option = page.locator("#meeting option", has_text="禁止核武器条约缔约国第二次会议")
        page.select_option("#meeting", value=option.get_attribute("value"))
        assert page.evaluate(f"() => window.unkgViz.visible({json.dumps(MEX)})") is True
        counts_all = page.inner_text("#counts")
        for role in ("StateParty", "Coordinator", ""):
            page.uncheck(f'input[data-role="{role}"]')
        assert page.evaluate(f"() => window.unkgViz.visible({json.dumps(MEX)})") is False
        assert page.inner_text("#counts") != counts_all
    finally:
        view.close()
    assert view.requests == [], f"the page asked the network for {view.requests}"
    assert view.errors == []


@pytest.mark.browser
def test_viz_crafted_label_stays_text(browser, tmp_path):
    html_path = viz.write_html(crafted_graph(), tmp_path / "evil.html")
    view = OfflinePage(browser, html_path)
    try:
        view.page.fill("#search", "alert")
        view.page.locator("#results button").first.click()
        assert view.page.locator("#panel h2").inner_text() == EVIL
        assert view.page.locator("#panel script").count() == 0
    finally:
        view.close()
    assert view.dialogs == [] and view.errors == [] and view.requests == []
