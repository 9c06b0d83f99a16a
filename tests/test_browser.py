"""The HTML explorer in a real browser: Debian's headless Chromium driven by Playwright.

Every http(s) request is aborted and counted (the page must need none), every
JavaScript dialog is recorded (hostile corpus text must not open one).
Screenshots go to test-artifacts/. Run with ``pytest -m browser``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from kgraph.export import ExportOptions
from kgraph.export.html import export_html
from test_html import (
    DOC_B,
    HOSTILE_IMG,
    HOSTILE_SCRIPT,
    hostile_graph,
    seed_graph,
    synthetic_graph,
)

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


@dataclass
class Page:
    page: Any
    external_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("no Chromium at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


def open_page(browser: Any, html: Path) -> Page:
    context = browser.new_context(viewport={"width": 1400, "height": 860})
    page = context.new_page()
    opened = Page(page)

    def refuse(route: Any) -> None:
        opened.external_requests.append(route.request.url)
        route.abort()

    def dialog(dialog: Any) -> None:
        opened.dialogs.append(dialog.message)
        dialog.dismiss()

    page.route(re.compile(r"^https?://"), refuse)
    page.on("dialog", dialog)
    page.on("pageerror", lambda error: opened.errors.append(str(error)))
    page.goto(html.as_uri())
    page.wait_for_function("document.body.dataset.ready === 'true'", timeout=30_000)
    return opened


def visible_nodes(page: Page) -> list[str]:
    return sorted(page.js("network.body.data.nodes.getIds()"))


def node_on_screen(page: Page, node: str) -> tuple[float, float]:
    """Viewport coordinates of a node's centre."""
    point = page.js(
        "id => network.canvasToDOM(network.getPosition(id))",
        node,
    )
    box = page.page.locator("#network").bounding_box()
    return box["x"] + point["x"], box["y"] + point["y"]


def painted_pixels(page: Page) -> int:
    """Pixels of the graph canvas that are not background."""
    return page.js(
        """() => {
            const canvas = document.querySelector('#network canvas');
            const pixels = canvas.getContext('2d')
                .getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
            return painted;
        }"""
    )


def search(page: Page, text: str) -> None:
    page.page.fill("#search", text)
    page.page.locator("#suggestions li").first.wait_for()
    page.page.press("#search", "Enter")


@pytest.fixture(scope="module")
def seed_page(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Page:
    html = export_html(seed_graph(), tmp_path_factory.mktemp("seed"), ExportOptions())
    return open_page(browser, html)


def test_seed_graph_is_drawn_offline(seed_page: Page) -> None:
    total = seed_page.js("JSON.parse(document.getElementById('kg-data').textContent).nodes.length")
    assert seed_page.js("network.body.data.nodes.length") == total > 10
    assert painted_pixels(seed_page) > 5_000
    seed_page.shot("seed_first_view.png")
    assert seed_page.external_requests == []
    assert seed_page.errors == []


def test_search_by_name_selects_node_and_shows_its_evidence(seed_page: Page) -> None:
    page = seed_page.page
    page.fill("#search", "习近")
    suggestion = page.locator("#suggestions li").first
    assert "习近平" in suggestion.inner_text()
    page.press("#search", "Enter")
    assert seed_page.js("network.getSelectedNodes()") == ["Person:习近平"]
    panel = page.locator("#panel-body")
    assert panel.locator("h2").inner_text() == "习近平"
    assert "Xi Jinping" in panel.inner_text()
    sentences = panel.locator(".evidence li")
    assert sentences.count() > 3
    first = sentences.first
    assert "国家主席" in first.inner_text() or "集体谈话" in first.inner_text()
    assert "seeds/0" in first.locator(".source").inner_text()  # the source file is named
    assert set(first.locator("mark:not(.other)").all_inner_texts()) == {"习近平"}
    via = first.locator(".via").inner_text()  # which relation the sentence supports
    assert via.split()[0] in {"holdsPosition", "participatedIn"}
    assert via.split()[1] in first.locator("mark.other").all_inner_texts()
    page.mouse.move(0, 0)
    page.wait_for_timeout(500)  # let the zoom animation end before the screenshot
    seed_page.shot("seed_search_selected.png")


def test_search_by_alias_and_click_on_canvas(seed_page: Page) -> None:
    search(seed_page, "全国总工会")  # an alias, not the canonical label
    assert seed_page.js("network.getSelectedNodes()") == ["Organization:中华全国总工会"]
    seed_page.page.wait_for_timeout(600)  # let the zoom animation end
    seed_page.page.click("#panel-close")  # the panel floats over the canvas
    assert seed_page.page.locator("#panel").is_hidden()
    seed_page.js("network.fit({animation: false})")
    x, y = node_on_screen(seed_page, "Person:蔡奇")
    seed_page.page.mouse.click(x, y)
    assert seed_page.js("network.getSelectedNodes()") == ["Person:蔡奇"]
    panel = seed_page.page.locator("#panel-body")
    assert panel.locator("h2").inner_text() == "蔡奇"
    assert "蔡奇参加集体谈话" in panel.locator(".evidence").inner_text()
    panel.locator("button.relation-name").first.click()  # open one of its edges
    assert "participatedIn" in panel.locator("h2").inner_text()
    marks = set(panel.locator(".evidence mark").all_inner_texts())
    assert {"蔡奇", "集体谈话"} <= marks  # both ends of the edge highlighted


def test_filters_change_what_is_visible(seed_page: Page) -> None:
    page = seed_page.page
    page.click("#reset-filters")
    everything = visible_nodes(seed_page)
    edges_before = seed_page.js("network.body.data.edges.length")

    page.locator("#type-filters input[data-type='Person']").uncheck()
    without_people = visible_nodes(seed_page)
    assert without_people and not [n for n in without_people if n.startswith("Person:")]
    assert set(without_people) < set(everything)
    search(seed_page, "蔡奇")  # a node hidden by a filter: the filters are reset to show it
    assert seed_page.js("network.getSelectedNodes()") == ["Person:蔡奇"]
    assert page.locator("#type-filters input[data-type='Person']").is_checked()

    page.locator("#hide-isolated").check()
    assert "Place:北京" in everything and "Place:北京" not in visible_nodes(seed_page)
    page.locator("#hide-isolated").uncheck()

    page.fill("#min-weight", "99")
    page.dispatch_event("#min-weight", "input")
    relations = seed_page.js("network.body.data.edges.map(e => e.kg.relation)")
    assert "coOccursWith" not in relations and len(relations) < edges_before
    page.fill("#min-weight", "1")
    page.dispatch_event("#min-weight", "input")

    docs = seed_page.js("JSON.parse(document.getElementById('kg-data').textContent).docs")
    index = [doc["id"] for doc in docs].index(DOC_B)
    page.select_option("#doc-filter", str(index))
    shown = visible_nodes(seed_page)
    assert "Document:seeds/000_cc6376245e4762b1.txt" not in shown
    assert seed_page.js(f"network.body.data.nodes.get().every(n => n.kg.docs.includes({index}))")
    assert seed_page.js(f"network.body.data.edges.get().every(e => e.kg.docs.includes({index}))")
    search(seed_page, "习近平")  # the panel's evidence follows the document filter
    sources = seed_page.page.locator("#panel-body .evidence .source").all_inner_texts()
    assert sources and all(source.startswith(DOC_B) for source in sources)
    page.mouse.move(0, 0)
    page.wait_for_timeout(500)
    seed_page.shot("seed_document_filter.png")
    page.click("#reset-filters")
    assert visible_nodes(seed_page) == everything


def test_hostile_text_never_runs(browser: Any, tmp_path: Path) -> None:
    opened = open_page(browser, export_html(hostile_graph(), tmp_path, ExportOptions()))
    page = opened.page
    assert opened.js("network.body.data.nodes.length") == 3
    x, y = node_on_screen(opened, f"Person:{HOSTILE_IMG}")
    page.mouse.move(x, y)  # hover: vis-network shows the title tooltip
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible")
    assert HOSTILE_IMG in tooltip.inner_text()
    # plain text: innerText turns the line breaks into <br> and nothing else into elements
    tags = tooltip.evaluate("el => Array.from(el.querySelectorAll('*'), c => c.tagName)")
    assert set(tags) <= {"BR"}
    page.mouse.click(x, y)
    search(opened, "<img")
    assert opened.js("network.getSelectedNodes()") == [f"Person:{HOSTILE_IMG}"]
    panel = page.locator("#panel-body")
    assert panel.locator("h2").inner_text() == HOSTILE_IMG
    assert HOSTILE_SCRIPT in panel.inner_text()
    assert HOSTILE_IMG in panel.locator(".evidence mark").first.inner_text()
    panel.locator("button.relation-name").first.click()
    panel.locator("ul.plain button.link").first.click()  # the hostile file name as a filter
    search(opened, "</script")
    opened.shot("hostile.png")
    assert opened.js("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert opened.js("document.scripts.length") == 3
    assert opened.dialogs == []
    assert opened.errors == []
    assert opened.external_requests == []


def test_big_graph_becomes_interactive(browser: Any, tmp_path: Path) -> None:
    graph = synthetic_graph(5_000, 20_000)
    started = time.perf_counter()
    html = export_html(graph, tmp_path, ExportOptions(max_nodes=5_000))
    exported = time.perf_counter() - started
    started = time.perf_counter()
    opened = open_page(browser, html)
    opened.js("new Promise(done => { network.once('afterDrawing', done); network.redraw(); })")
    loaded = time.perf_counter() - started
    opened.shot("big_graph_first_view.png")
    assert opened.js("network.body.data.nodes.length") == 5_000
    label = graph.nodes[sorted(graph)[1234]]["label"]
    started = time.perf_counter()
    search(opened, label)
    assert opened.js("network.getSelectedNodes()") == [sorted(graph)[1234]]
    searched = time.perf_counter() - started
    opened.shot("big_graph.png")
    size = html.stat().st_size / 1e6
    print(
        f"\n5000 nodes / 20000 edges: export {exported:.1f} s, file {size:.1f} MB, "
        f"page interactive {loaded:.1f} s, search+select {searched:.2f} s"
    )
    assert opened.external_requests == [] and opened.errors == []
