"""Labs in the built site: real pages in every language, offline, with anchors, formulas,
a language switcher that stays on the lab, and the reader's own notebook to download."""

import html as html_lib
import json
import re
import sys
from pathlib import Path

import nbformat
import pytest

from tests.lab_runner import ROOT, lab_sources, notebook_path
from tests.languages import LANGUAGES

sys.path.insert(0, str(ROOT / "hooks"))  # as MkDocs does while it loads the hooks
from ui_text import ui  # noqa: E402

DEFAULT = "en"
LABS = [lab.stem for lab in lab_sources()]
CASES = [(lang, lab) for lang in LANGUAGES for lab in LABS]


def prefix(lang):
    return "" if lang == DEFAULT else lang + "/"


def page(site, lang, lab) -> str:
    return (site / prefix(lang) / "labs" / lab / "index.html").read_text("utf-8")


@pytest.mark.parametrize("lang,lab", CASES, ids=str)
def test_lab_is_rendered_as_a_page_of_its_language(built_site, lang, lab):
    html = page(built_site, lang, lab)
    assert html.lstrip().startswith("<!doctype html>"), "written as raw notebook JSON (i18n issue #198)"
    assert f'<html lang="{lang}"' in html and "jupyter-wrapper" in html
    title = re.search(r"<title>(.*?)</title>", html, re.S)[1]
    assert "{#" not in title


@pytest.mark.parametrize("lang,lab", CASES, ids=str)
def test_lab_language_switcher_lands_on_the_same_lab(built_site, lang, lab):
    html = page(built_site, lang, lab)
    links = dict((h, a) for a, h in re.findall(r'<a href="([^"]*)" hreflang="([^"]*)"', html))
    assert set(links) == set(LANGUAGES)
    here = built_site / prefix(lang) / "labs" / lab
    for other, href in links.items():
        target = (here / href).resolve()
        assert target == (built_site / prefix(other) / "labs" / lab).resolve(), (other, href)


@pytest.mark.parametrize("lang,lab", CASES, ids=str)
def test_lab_download_is_the_notebook_of_its_language(built_site, lang, lab):
    html = page(built_site, lang, lab)
    href = re.search(r'<a class="md-button download-notebook" href="([^"]+)" download>', html)[1]
    assert href.endswith(f"/labs/{lab}/{lab}.ipynb")
    served = built_site / href.lstrip("/")
    assert served.read_bytes() == notebook_path(Path(lab), lang).read_bytes()
    nbformat.validate(nbformat.reads(served.read_text("utf-8"), as_version=4))


@pytest.mark.parametrize("lang,lab", CASES, ids=str)
def test_lab_loads_nothing_from_elsewhere_and_renders_its_formulas(built_site, lang, lab):
    html = page(built_site, lang, lab)
    assert not re.search(r"<script[^>]+src=\"(?:https?:)?//|<script src=\"\"|cdnjs|mathjax", html, re.I)
    markdown = "".join(re.findall(r'jp-RenderedMarkdown[^>]*>(.*?)</div>', html, re.S))
    assert "<math" in markdown and "$" not in markdown, "a formula left as LaTeX"


@pytest.mark.parametrize("lang,lab", CASES, ids=str)
def test_lab_headings_have_the_explicit_anchors(built_site, lang, lab):
    html = page(built_site, lang, lab)
    notebook = nbformat.read(notebook_path(Path(lab), lang), as_version=4)
    anchors = re.findall(r"\{#([\w-]+)\}", "".join(c.source for c in notebook.cells if c.cell_type == "markdown"))
    ids = re.findall(r'<h[1-6] id="([^"]+)"', html.split('class="jupyter-wrapper"', 1)[1])
    assert ids == anchors
    assert "{#" not in html.split('class="jupyter-wrapper"', 1)[1]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lab_links_reach_existing_pages_and_anchors(built_site, lang):
    for lab in LABS:
        html = page(built_site, lang, lab)
        here = built_site / prefix(lang) / "labs" / lab
        for href in re.findall(r'<a href="(\.\./[^"]+)"', html.split('class="jupyter-wrapper"', 1)[1]):
            path, _, anchor = href.partition("#")
            target = (here / path / "index.html").resolve()
            assert target.exists(), f"{lang}/{lab}: {href}"
            if anchor:
                assert f'id="{anchor}"' in target.read_text("utf-8"), f"{lang}/{lab}: {href}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_labs_are_in_the_search_index_and_sitemap_of_their_language(built_site, lang):
    index = json.loads((built_site / prefix(lang) / "search" / "search_index.json").read_text("utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    sitemap = (built_site / prefix(lang) / "sitemap.xml").read_text("utf-8")
    for lab in LABS:
        assert f"labs/{lab}/" in locations
        assert f"{prefix(lang)}labs/{lab}/</loc>" in sitemap


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lab_pages_share_one_jupyter_stylesheet_instead_of_inlining_it(built_site, lang):
    sheet = built_site / "assets" / "stylesheets" / "jupyter.css"
    # One shared file (hooks/jupyter_css_used.py keeps the rules the labs can use).
    assert ".jupyter-wrapper .jp-InputArea-editor" in sheet.read_text("utf-8")
    for lab in LABS:
        html = page(built_site, lang, lab)
        assert "<style" not in html.split("<body", 1)[1], lab
        href = re.search(r'<link rel="stylesheet" href="([^"]*jupyter\.css)">', html)[1]
        assert (built_site / prefix(lang) / "labs" / lab / href).resolve() == sheet.resolve()
    chapter = (built_site / prefix(lang) / "multiple-losses" / "index.html").read_text("utf-8")
    assert "jupyter.css" not in chapter


SCRIPT = {"en": r"^[\x20-\x7e\u03c0]+$", "zh": "[\u4e00-\u9fff]", "zh-Hant": "[\u4e00-\u9fff]", "ru": "[а-яё]"}


@pytest.mark.parametrize("lang,lab", CASES, ids=str)
def test_lab_figures_are_inline_themed_and_described_in_the_page_language(built_site, lang, lab):
    html = page(built_site, lang, lab)
    notebook = nbformat.read(notebook_path(Path(lab), lang), as_version=4)
    stored = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs
              if "image/svg+xml" in o.get("data", {})]
    assert "No description has been provided" not in html and "data:image/svg+xml" not in html
    figures = re.findall(r'<svg class="lab-figure" role="img" aria-label="([^"]+)"(.*?)</svg>', html, re.S)
    assert len(figures) == len(stored) > 0
    for label, svg in figures:
        assert re.search(SCRIPT[lang], html_lib.unescape(label), re.I), label
        assert "#444444" not in svg.lower() and "currentColor" in svg and "font-family" not in svg
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), "duplicate ids on the page (figures must prefix theirs)"


@pytest.mark.parametrize("lang,lab", CASES, ids=str)
def test_lab_opens_with_prose_and_folds_its_setup_cell(built_site, lang, lab):
    body = page(built_site, lang, lab).split('class="jupyter-wrapper"', 1)[1]
    folded = re.search(r'<details class="lab-setup"><summary>(.*?)</summary>(.*?)</details>', body, re.S)
    assert folded and html_lib.unescape(folded[1]) == ui("lab_setup", lang)
    assert 'id="cell-id=setup"' in folded[2] and "jp-MarkdownCell" not in folded[2]
    assert folded[2].count("<div") == folded[2].count("</div>"), "the fold cuts a cell in two"
    first_cell = re.search(r'class="jp-Cell jp-(\w+)Cell', body)[1]
    assert first_cell == "Markdown", "the lab must open with its idea, not with code"
