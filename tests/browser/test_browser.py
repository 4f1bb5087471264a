"""The built site in real Chromium (Debian's, driven by Playwright): what a reader gets.

Without /usr/bin/chromium these tests skip with that reason, except under CI, where
.ci/run installs Chromium and a missing browser is a failure, not a skip.
Screenshots land in test-artifacts/screenshots/.
"""

import functools
import re
import http.server
import os
import shutil
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from tests.lab_runner import lab_sources
from tests.test_parity import LANGUAGES, PAGES as PAGE_FILES

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
# Flags from the toolchain notes: no sandbox as root, and no background traffic to
# Google's hosts, which this machine's closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
def served_at(page_file: str) -> str:
    """Where a page is served: "index.md" at "", "x.md" at "x/", "errors/index.md" at "errors/"."""
    stem = page_file[: -len(".md")]
    stem = "" if stem == "index" else stem.removesuffix("/index")
    return stem + "/" if stem else ""


# Every page of the site, by name ("index", "leaves", "errors", "errors/backward-twice"), and labs.
PAGES = {served_at(f).rstrip("/") or "index": served_at(f) for f in PAGE_FILES}
PAGES.update({f"labs/{lab.stem}": f"labs/{lab.stem}/" for lab in lab_sources()})
# One screenshot per page type and language: home, a chapter with a diagram, a lab.
SCREENSHOTS = {"index", "multiple-losses", "labs/multi-output-gradients"}
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
# A word of each language's chapter, typed into the search box.
SEARCH_TERMS = {
    "en": "accumulate",
    "zh": "计算图",
    "zh-Hant": "計算圖",
    "ru": "градиенты",
}
ERROR_MESSAGE = "backward through the graph a second time"

pytestmark = pytest.mark.browser

if not shutil.which(CHROMIUM):
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing: .ci/run must install Debian's chromium", pytrace=False)
    pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium fonts-noto-cjk); browser tests skipped", allow_module_level=True)

from playwright.sync_api import sync_playwright  # noqa: E402


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server(built_site):
    handler = functools.partial(QuietHandler, directory=str(built_site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def axe_violations(page) -> list[str]:
    """axe-core (npm, pinned in package-lock.json) run on the page as it is shown."""
    if not AXE.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{AXE} is missing: make test installs it with npm ci")
        pytest.skip("axe-core not installed (npm ci); accessibility check skipped")
    page.add_script_tag(path=str(AXE))
    return page.evaluate("axe.run(document).then(r => r.violations.map(v => "
                         "`${v.id} (${v.nodes.length}): ${v.nodes[0].target.join(' ')}`))")


def settle(page) -> None:
    """Wait for `load`, then for the search index (fetched after `load` by
    hooks/search_index_after_load.py): the last request a page makes on its own.
    Much quicker than Playwright's "networkidle", which waits 500 ms of silence."""
    page.wait_for_load_state("load")
    page.wait_for_function("() => performance.getEntriesByType('resource').some(e => "
                           "e.name.endsWith('search/search_index.json') && e.responseEnd > 0)", timeout=10_000)


class Visit:
    """A page opened in a fresh context, with every console error and request recorded."""

    def __init__(self, browser, server, url, scheme="light"):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
        self.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.rstrip("/"))
        self.page = self.context.new_page()
        self.errors, self.failed, self.foreign = [], [], []
        self.server = server
        origin = urlparse(server).netloc
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", lambda r: self.failed.append(r.url))
        self.page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.status} {r.url}"))
        self.page.on("request", lambda r: urlparse(r.url).netloc != origin and not r.url.startswith("data:") and self.foreign.append(r.url))
        self.page.goto(url, wait_until="load")
        settle(self.page)

    def close(self):
        self.context.close()

    def axe_violations(self) -> list[str]:
        return axe_violations(self.page)


@pytest.fixture
def visit(browser, server):
    opened = []

    def open_(lang, page, scheme="light"):
        prefix = "" if lang == "en" else f"{lang}/"
        v = Visit(browser, server, server + prefix + PAGES[page], scheme)
        opened.append(v)
        return v

    yield open_
    for v in opened:
        v.close()


# Which pages a browser visits. Every chapter, lab and index page in every language (each
# has its own diagrams, figures and formulas). The error pages share one template and the
# chapters' examples, so three of them stand for the rest; tests/test_site.py checks every
# page's HTML (links, anchors, language, switcher, hosts) without a browser.
ERROR_SAMPLE = ["errors/backward-twice", "errors/modified-inplace", "errors/grad-variables"]
VISITED = [name for name in PAGES if not name.startswith("errors/") or name in ERROR_SAMPLE]
# axe-core on every visited English page, and on pages of each kind in the other
# languages: translations share the English page's template and structure (the parity
# tests check that), so a violation a language can add alone is in its words and scripts.
AXE_IN_EVERY_LANGUAGE = {"index", "errors", "errors/backward-twice", "multiple-losses", "leaves",
                         "labs/multi-output-gradients"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_loads_clean_and_offline(browser, server, lang):
    """Every visited page and lab of a language, in one browser tab: no console error, no failed
    or foreign request, the right lang, nothing left unrendered, a switcher that offers
    this very page in every language, and (see AXE_IN_EVERY_LANGUAGE) no axe violation."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    seen = {"errors": [], "failed": [], "foreign": []}
    origin = urlparse(server).netloc
    page.on("console", lambda m: m.type == "error" and seen["errors"].append(m.text))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    # Leaving a page aborts what its search worker still fetches (the Russian stemmer
    # loads after the index): an abort is not a failure; a 404 or a refused connection is.
    page.on("requestfailed", lambda r: r.failure != "net::ERR_ABORTED" and seen["failed"].append(r.url))
    page.on("response", lambda r: r.status >= 400 and seen["failed"].append(f"{r.status} {r.url}"))
    page.on("request", lambda r: urlparse(r.url).netloc != origin and not r.url.startswith("data:")
            and seen["foreign"].append(r.url))
    problems = {}
    for name in VISITED:
        path = PAGES[name]
        for found in seen.values():
            found.clear()
        page.goto(server + ("" if lang == "en" else f"{lang}/") + path, wait_until="load")
        settle(page)
        report = {key: list(found) for key, found in seen.items() if found}
        if page.locator("html").get_attribute("lang") != lang:
            report["lang"] = page.locator("html").get_attribute("lang")
        body = page.locator("article").inner_text()
        if "$$" in body or "\\frac" in body:
            report["raw LaTeX"] = True
        empty = page.evaluate("""() => [...document.querySelectorAll(
            "article math, article svg.autograd-graph, article .jp-RenderedSVG svg")].filter(e => {
              const box = e.getBoundingClientRect(); return !(box.width > 0 && box.height > 0); }).length""")
        if empty:
            report["rendered empty"] = empty
        offered = dict(page.eval_on_selector_all(".md-select__link[hreflang]",
                                                 "links => links.map(a => [a.getAttribute('hreflang'), a.href])"))
        wanted = {other: server + ("" if other == "en" else f"{other}/") + path for other in LANGUAGES}
        if offered != wanted:
            report["switcher"] = offered
        if lang == "en" or name in AXE_IN_EVERY_LANGUAGE:
            violations = axe_violations(page)
            if violations:
                report["axe"] = violations
        if name in SCREENSHOTS:
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / f"{name.replace('/', '-')}-{lang}.png"), full_page=name == "index")
        if report:
            problems[name] = report
    context.close()
    assert not problems, problems


@pytest.mark.parametrize("page", ["index", "errors", "labs/multi-task-training"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_dark_scheme_is_accessible_too(visit, lang, page):
    v = visit(lang, page, scheme="dark")
    assert v.page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    assert v.axe_violations() == []
    if page != "errors":
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        v.page.screenshot(path=str(ARTIFACTS / f"{page.replace('/', '-')}-{lang}-dark.png"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_switcher_keeps_the_page(visit, server, lang):
    v = visit("en", "multiple-losses")
    v.page.locator(".md-header__option .md-select").hover()
    v.page.locator(f'.md-select__link[hreflang="{lang}"]').click()
    prefix = "" if lang == "en" else f"{lang}/"
    v.page.wait_for_url(server + prefix + PAGES["multiple-losses"])
    settle(v.page)
    assert v.page.locator("html").get_attribute("lang") == lang


def search(page, term):
    """Type a query and return the result links once the list has stopped changing
    (Material re-renders it as results arrive; reading it mid-render is flaky)."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.fill(term)
    box.press("End")  # fill() alone does not trigger Material's search (toolchain notes)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    read = "els => els.map(e => e.getAttribute('href'))"
    links, previous = page.eval_on_selector_all(".md-search-result__link", read), None
    while links != previous:
        page.wait_for_timeout(250)
        previous, links = links, page.eval_on_selector_all(".md-search-result__link", read)
    return links


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_finds_its_language_only(visit, server, lang):
    v = visit(lang, "index")
    for term in (SEARCH_TERMS[lang], ERROR_MESSAGE):
        links = search(v.page, term)
        assert links, f"no result for {term!r}"
        paths = [urlparse(href).path for href in links]
        if lang == "en":
            assert all(not p.startswith(tuple(f"/{o}/" for o in LANGUAGES)) for p in paths), paths
        else:
            assert all(p.startswith(f"/{lang}/") for p in paths), paths
        v.page.keyboard.press("Escape")
    # The last term: a pasted error message leads to that error's own page.
    assert any(p.rstrip("/").endswith("errors/backward-twice") for p in paths[:3]), paths
    assert v.errors == [] and v.failed == []


# A reader arrives with a symptom, typed in their own words: the symptom page answers it.
SYMPTOM_QUERIES = {"en": "memory grows every iteration", "zh": "内存泄漏", "zh-Hant": "記憶體洩漏",
                   "ru": "утечка памяти"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_symptom_in_the_readers_words_finds_the_symptom_page(visit, lang):
    v = visit(lang, "index")
    links = search(v.page, SYMPTOM_QUERIES[lang])
    pages = list(dict.fromkeys(urlparse(href).path.rstrip("/") for href in links))  # in result order
    sections = {urlparse(href).path.rstrip("/") + "#" + urlparse(href).fragment for href in links}
    # Among the first three pages of results (a chapter on memory may rank first), with
    # the symptom's own section listed.
    assert any(p.endswith("symptoms") for p in pages[:3]), pages
    assert any(t.endswith("symptoms#memory-grows") for t in sections), sections


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_search_index_downloads_after_the_page_has_loaded(visit, lang):
    """hooks/search_index_after_load.py: the index (the largest download) does not compete
    with the page, and search still works once it has arrived."""
    v = visit(lang, "multiple-losses")
    index = v.server + ("" if lang == "en" else f"{lang}/") + "search/search_index.json"
    started = v.page.evaluate("url => performance.getEntriesByName(url).map(e => e.startTime)", index)
    loaded = v.page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
    assert len(started) == 1 and loaded > 0 and started[0] >= loaded, (started, loaded)
    assert search(v.page, SEARCH_TERMS[lang])


def test_a_search_result_highlights_its_terms_on_the_page(visit):
    """search.highlight reads the index too, which now arrives after the page has loaded."""
    v = visit("zh", "multiple-losses")
    v.page.goto(v.page.url + "?h=" + SEARCH_TERMS["zh"], wait_until="load")
    settle(v.page)
    marks = v.page.locator("article mark").all_inner_texts()
    assert marks and all(SEARCH_TERMS["zh"] in mark for mark in marks), marks


def test_copy_button_copies_the_snippet(visit):
    v = visit("zh", "multiple-losses")
    block = v.page.locator("div.highlight").first
    block.hover()
    block.locator("button.md-code__button").first.click()
    copied = v.page.evaluate("navigator.clipboard.readText()")
    snippet = Path(__file__).resolve().parents[2] / "snippets" / "multiple-losses" / "accumulate_across_calls.py"
    assert copied.strip() == snippet.read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("page", ["multiple-losses", "labs/saved-tensor-memory"])
def test_notebook_download_is_a_valid_notebook_in_the_readers_language(visit, page):
    import nbformat

    v = visit("ru", page)
    button = v.page.locator("a.download-notebook")
    assert "ноутбук" in button.inner_text()
    with v.page.expect_download() as download:
        button.click()
    notebook = nbformat.reads(Path(download.value.path()).read_text("utf-8"), as_version=4)
    nbformat.validate(notebook)
    prose = "".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    assert re.search("[а-яё]{4}", prose), "the notebook is not the Russian one"


def test_inflected_russian_words_are_found(visit, built_site):
    """A case or number of a word finds the pages that use the word, also when no page
    has that very form (hooks/russian_query_stemming.py stems the query)."""
    index = (built_site / "ru" / "search" / "search_index.json").read_text("utf-8").lower()
    v = visit("ru", "index")
    # Dative and instrumental forms: those no page uses (yet) prove the stemming; pages
    # grow, so the test takes the absent ones and needs at least two of them.
    candidates = ["накоплению", "накоплениям", "оптимизатору", "графами", "производными", "вычислениям"]
    absent = [form for form in candidates if form not in index]
    assert len(absent) >= 2, "add inflected forms that no Russian page uses to the candidates"
    for form in ["накоплением", "градиентов", *absent]:  # the first two are on the pages as typed
        paths = [urlparse(href).path for href in search(v.page, form)]
        assert paths and all(p.startswith("/ru/") for p in paths), form
        v.page.keyboard.press("Escape")


# --- On a phone, arriving from a search engine --------------------------------------

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
# What overflows sideways, or wraps where it must not, on one page: every chapter code and
# Output block, and every printed lab output, must fit (they wrap); a lab's code cell may
# scroll. A row of a printed table (columns apart by two or more spaces) must fit without
# wrapping: wrapped, the rows no longer align.
OVERFLOW = """() => {
  const wide = [...document.querySelectorAll("article pre, article .highlight, article .jp-OutputArea-output")]
    .filter(e => !e.closest(".jp-InputArea") && e.scrollWidth > e.clientWidth + 1)
    .map(e => (e.closest(".highlight, .jp-OutputArea-output") || e).innerText.slice(0, 60));
  const wrapped = [...document.querySelectorAll("article .jp-RenderedText pre")].flatMap(pre => {
    const style = getComputedStyle(pre);
    const room = pre.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const probe = pre.appendChild(Object.assign(document.createElement("span"), {style: "white-space: pre"}));
    const rows = pre.innerText.split("\\n").filter(row => /\\S {2,}\\S/.test(row)).filter(row => {
      probe.textContent = row;
      return probe.getBoundingClientRect().width > room + 0.5;
    });
    probe.remove();
    return rows;
  });
  // A printed line that wraps must wrap between words ("aft|er" reads as two words).
  const split = [...document.querySelectorAll("article .jp-OutputArea-output pre")]
    .filter(pre => getComputedStyle(pre).wordBreak === "break-all").map(pre => pre.innerText.slice(0, 60));
  return {wide, wrapped, split};
}"""


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(**PHONE)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_on_a_phone_no_code_or_output_scrolls_sideways(phone, server, lang):
    prefix = "" if lang == "en" else f"{lang}/"
    found = {}
    for page in (PAGES if lang == "en" else VISITED):  # the Output blocks are the same in every language
        path = PAGES[page]
        phone.goto(server + prefix + path, wait_until="load")
        phone.evaluate("document.querySelectorAll('.md-typeset .highlight, .jp-CodeCell')"
                       ".forEach(e => e.style.contentVisibility = 'visible')")  # lay out every block now
        result = phone.evaluate(OVERFLOW)
        if result["wide"] or result["wrapped"] or result["split"]:
            found[page] = result
    assert not found, found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_pasted_query_searches_without_a_key_press(browser, server, lang):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(server + ("" if lang == "en" else f"{lang}/"), wait_until="load")
    settle(page)
    page.locator("label.md-header__button[for='__search']").click()
    box = page.locator("input.md-search__input")
    box.focus()
    page.keyboard.insert_text(ERROR_MESSAGE)  # an input event only, as a paste from the menu is
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_highlights_no_stop_word_or_short_token(visit, lang):
    v = visit(lang, "index")
    links = search(v.page, ERROR_MESSAGE)
    terms = {t for href in links for t in (parse_qs(urlparse(href).query).get("h", [""])[0]).split()}
    assert terms and not terms & {"a", "to", "the"}, terms
    assert all(len(t) >= 3 for t in terms), terms
    # A link from elsewhere may carry any terms: the landed page skips them too.
    v.page.goto(v.server + ("" if lang == "en" else f"{lang}/") + "multiple-losses/?h=a+to+the+graph",
                wait_until="load")
    settle(v.page)
    v.page.wait_for_timeout(300)  # the highlighter runs once the index has been parsed
    marks = {m.lower() for m in v.page.locator("article mark").all_inner_texts()}
    assert marks and not marks & {"a", "to", "the"}, marks


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_switcher_keeps_the_section_and_marks_the_language(visit, server, lang):
    v = visit("en" if lang != "en" else "zh", "retain-graph")
    v.page.goto(v.page.url + "#memory", wait_until="load")
    settle(v.page)
    current = v.page.locator(".md-select__link[aria-current]")
    assert current.count() == 1 and current.get_attribute("hreflang") == ("en" if lang != "en" else "zh")
    v.page.locator(".md-header__option .md-select").hover()
    v.page.locator(f'.md-select__link[hreflang="{lang}"]').click()
    v.page.wait_for_url(server + ("" if lang == "en" else f"{lang}/") + PAGES["retain-graph"] + "#memory")


def test_print_hides_the_controls(visit):
    v = visit("zh", "multiple-losses")
    v.page.emulate_media(media="print")
    for control in ["a.download-notebook", ".md-code__nav"]:
        shown = [e.is_visible() for e in v.page.locator(control).all()]
        assert shown and not any(shown), control


@pytest.mark.parametrize("lang", LANGUAGES)
def test_summary_copy_button_and_output_read_well_on_a_phone(phone, server, lang):
    phone.goto(server + ("" if lang == "en" else f"{lang}/") + PAGES["multiple-losses"], wait_until="load")
    sizes = phone.evaluate("""() => [
      getComputedStyle(document.querySelector("article .admonition.tip p:not(.admonition-title)")).fontSize,
      getComputedStyle(document.querySelector("article > p")).fontSize]""")
    assert sizes[0] == sizes[1], f"summary box text {sizes[0]}, body text {sizes[1]}"
    # The copy button sits in the title bar, above the code, never on it.
    overlaps = phone.evaluate("""() => [...document.querySelectorAll("article .highlight")].filter(h => {
      const nav = h.querySelector(".md-code__nav"), code = h.querySelector("code");
      return nav && code && nav.getBoundingClientRect().bottom > code.getBoundingClientRect().top + 1;
    }).length""")
    assert overlaps == 0
    # An Output block hangs from its code block, with no copy button of its own.
    gaps = phone.evaluate("""() => [...document.querySelectorAll("article .highlight.output")].map(o => {
      const code = o.previousElementSibling;
      return [o.getBoundingClientRect().top - code.getBoundingClientRect().bottom, !!o.querySelector(".md-code__nav")];
    })""")
    assert gaps and all(abs(gap) < 1 and not copy for gap, copy in gaps), gaps


def test_header_focus_ring_is_visible_on_the_orange_bar(visit):
    v = visit("en", "index")
    v.page.keyboard.press("Tab")  # the skip link
    v.page.keyboard.press("Tab")  # the header's logo link
    ring = v.page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
      return [document.activeElement.closest(".md-header") !== null, s.outlineStyle, s.outlineWidth, s.outlineColor]; }""")
    assert ring == [True, "solid", "2px", "rgb(255, 255, 255)"], ring


@pytest.mark.parametrize("lang", LANGUAGES)
def test_old_catalogue_anchors_land_on_the_error_page(visit, server, lang):
    prefix = "" if lang == "en" else f"{lang}/"
    v = visit(lang, "index")
    for old, new in [("backward-twice", "errors/backward-twice/"),
                     ("modified-inplace-step", "errors/modified-inplace/#modified-inplace-step")]:
        v.page.goto(server + prefix + "errors/#" + old, wait_until="load")
        v.page.wait_for_url(server + prefix + new, timeout=10_000)
