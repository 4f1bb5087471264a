"""Lab pages (notebooks rendered by mkdocs-jupyter) made to behave like the other pages.

- Offline: mkdocs-jupyter's template loads MathJax (an empty `<script src="">` when no
  URL is set, which requests the page itself) and a Mermaid loader that imports from a
  CDN. Both are removed; formulas become MathML in hooks/math_to_mathml.py.
- Explicit anchors: nbconvert derives heading ids from the heading text, so they differ
  by language. A heading written `## Title {#anchor}` gets id `anchor`, in the page and
  in its table of contents, and the title loses the `{#anchor}`.
- Figures in both colour schemes, described: nbconvert embeds a figure as an `<img>` of
  base64 SVG, which the page's CSS cannot reach, with the alt text "No description has
  been provided for this image". Each figure becomes inline SVG instead: the labs draw
  text and axes in one ink colour (snippets/labs/_setup.py), which becomes
  `currentColor`, the page's own text colour in light and dark mode; text takes the
  page's font; ids get a per-figure prefix; and the figure is named by the description
  that the lab's `show(fig, alt=...)` stored in the notebook, in the page's language.
  A figure without one fails the build.
- The setup cell (figure style and text) is folded into a `<details>`: the lab opens
  with its idea, and the downloaded notebook still runs from the top.
- One stylesheet: nbconvert inlines about 590 KB of Jupyter CSS into every lab page.
  It is the same for every lab, so it moves to assets/stylesheets/jupyter.css, linked
  from lab pages only: one download, cached, and smaller pages to search-index.
- Cache per language: mkdocs-jupyter evicts every cached page that the current build
  did not use, and mkdocs-static-i18n builds one language after the other, so each
  build evicted the other languages' pages. One cache folder per language keeps them.
"""

import base64
import html as html_lib
import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url
from ui_text import ui

INK = "#444444"
MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
MERMAID = re.compile(r'<script type="module">(?:(?!</script>).)*?jp-Mermaid.*?</script>', re.S)
HEADING = re.compile(
    r'<h([1-6]) id="[^"]*">(.*?)\s*\{#([A-Za-z0-9_-]+)\}<a class="anchor-link" href="#[^"]*">', re.S
)
TITLE_ANCHOR = re.compile(r"\s*\{#([A-Za-z0-9_-]+)\}\s*$")
SVG = re.compile(r"<svg\b.*?</svg>", re.S)
FIGURE = re.compile(r'<img alt="[^"]*" src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"\s*/?>')
SVG_PROLOGUE = re.compile(r"^.*?(?=<svg\b)", re.S)  # XML declaration and DOCTYPE
SVG_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.S)
FONT_FAMILY = re.compile(r"font-family: [^;\"]*;? ?")
ID_REF = re.compile(r'(\bid="|url\(#|href="#)([^")]+)')
SETUP_CELL = re.compile(r'(?:<div class="jp-Cell jp-CodeCell[^"]*">\s*)?<div class="jp-Cell jp-CodeCell[^"]*" id="cell-id=setup">')
NEXT_CELL = '<div class="jp-Cell '
STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)
STYLESHEET = "assets/stylesheets/jupyter.css"
_styles: dict[str, None] = {}  # the lab pages' <style> blocks, in order, once each


def is_lab(page) -> bool:
    return getattr(page, "nb_url", None) is not None  # set by mkdocs-jupyter


def explicit_anchors(html: str) -> str:
    return HEADING.sub(lambda m: f'<h{m[1]} id="{m[3]}">{m[2]}<a class="anchor-link" href="#{m[3]}">', html)


def fix_toc(items) -> None:
    for item in items:
        found = TITLE_ANCHOR.search(item.title)
        if found:
            item.title, item.id = TITLE_ANCHOR.sub("", item.title), found[1]
        fix_toc(item.children)


def themed_figures(html: str) -> str:
    return SVG.sub(lambda m: re.sub(INK, "currentColor", m[0], flags=re.I), html)


def figure_descriptions(notebook_path: str) -> dict[str, str]:
    """SVG of each figure in the notebook -> its alt text (output metadata, as nbconvert reads it)."""
    notebook = json.loads(Path(notebook_path).read_text(encoding="utf-8"))
    found = {}
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            svg = output.get("data", {}).get("image/svg+xml")
            if svg is not None:
                svg = "".join(svg) if isinstance(svg, list) else svg
                found[svg] = output.get("metadata", {}).get("image/svg+xml", {}).get("alt", "")
    return found


def inline_figures(html: str, alts: dict[str, str], where: str) -> str:
    """Each `<img>` of base64 SVG becomes the SVG itself, named by its description."""
    count = 0

    def inline(match: re.Match) -> str:
        nonlocal count
        count += 1
        svg = base64.b64decode(match[1]).decode("utf-8")
        alt = alts.get(svg, "").strip()
        if not alt:
            raise PluginError(f"{where}: figure {count} has no description: draw it with show(fig, alt=...)")
        svg = SVG_METADATA.sub("", SVG_PROLOGUE.sub("", svg, count=1))
        svg = ID_REF.sub(lambda m: f"{m[1]}fig{count}-{m[2]}", svg)
        svg = FONT_FAMILY.sub("", svg)
        return svg.replace("<svg ", f'<svg class="lab-figure" role="img" aria-label="{html_lib.escape(alt)}" ', 1)

    return FIGURE.sub(inline, html)


def fold_setup_cell(html: str, lang: str) -> str:
    """Wrap the setup cell, up to the next cell, in a closed <details>."""
    found = SETUP_CELL.search(html)
    if not found:
        return html
    end = html.find(NEXT_CELL, found.end())
    if end < 0:
        raise PluginError("the setup cell must not be a lab's last cell")
    summary = html_lib.escape(ui("lab_setup", lang))
    return (f'{html[:found.start()]}<details class="lab-setup"><summary>{summary}</summary>'
            f"{html[found.start():end]}</details>{html[end:]}")


def render(html: str) -> str:
    html = MERMAID.sub("", MATHJAX.sub("", html))
    # A code cell that scrolls sideways must be reachable by keyboard (axe: scrollable-region-focusable).
    html = html.replace('<div class="highlight-ipynb', '<div tabindex="0" class="highlight-ipynb')
    for css in STYLE.findall(html):
        # mkdocs-jupyter 0.26.3 also writes its Pygments CSS as a Python list repr
        # (`['pre { ... }']`): one invalid rule inside its own <style>, but in a shared
        # file its open quote would swallow the rules after it. It styles nothing: drop it.
        if not css.strip().startswith("['"):
            _styles.setdefault(css.strip())
    return themed_figures(explicit_anchors(STYLE.sub("", html)))


_cache_base = {}


def on_pre_build(config):
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is not None:
        base = _cache_base.setdefault("dir", jupyter.config["cache_dir"])
        jupyter.config["cache_dir"] = f"{base}/{config.plugins['i18n'].current_language}"


def on_page_content(html, page, config, files):
    if not is_lab(page):
        return html
    fix_toc(page.toc.items)
    if page.title:
        page.title = TITLE_ANCHOR.sub("", page.title)
    lang = config.plugins["i18n"].current_language
    html = inline_figures(html, figure_descriptions(page.file.abs_src_path), page.file.src_uri)
    return fold_setup_cell(render(html), lang)


def on_post_page(output, page, config):
    if not is_lab(page):
        return output
    link = f'<link rel="stylesheet" href="{get_relative_url(STYLESHEET, page.url)}">'
    return output.replace("</head>", link + "\n</head>", 1)


def on_post_build(config):
    if _styles:
        target = Path(config.site_dir) / STYLESHEET
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(_styles), encoding="utf-8")
