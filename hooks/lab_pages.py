"""Lab pages (notebooks rendered by mkdocs-jupyter) made to behave like the other pages.

- Offline: mkdocs-jupyter's template loads MathJax (an empty `<script src="">` when no
  URL is set, which requests the page itself) and a Mermaid loader that imports from a
  CDN. Both are removed; formulas become MathML in hooks/math_to_mathml.py.
- Explicit anchors: nbconvert derives heading ids from the heading text, so they differ
  by language. A heading written `## Title {#anchor}` gets id `anchor`, in the page and
  in its table of contents, and the title loses the `{#anchor}`.
- Figures in both colour schemes: the labs draw text and axes in one ink colour
  (snippets/labs/_plot_style.py); inline SVG gets `currentColor` instead, the page's
  own text colour in light and dark mode.
- One stylesheet: nbconvert inlines about 590 KB of Jupyter CSS into every lab page.
  It is the same for every lab, so it moves to assets/stylesheets/jupyter.css, linked
  from lab pages only: one download, cached, and smaller pages to search-index.
- Cache per language: mkdocs-jupyter evicts every cached page that the current build
  did not use, and mkdocs-static-i18n builds one language after the other, so each
  build evicted the other languages' pages. One cache folder per language keeps them.
"""

import re
from pathlib import Path

from mkdocs.utils import get_relative_url

INK = "#444444"
MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
MERMAID = re.compile(r'<script type="module">(?:(?!</script>).)*?jp-Mermaid.*?</script>', re.S)
HEADING = re.compile(
    r'<h([1-6]) id="[^"]*">(.*?)\s*\{#([A-Za-z0-9_-]+)\}<a class="anchor-link" href="#[^"]*">', re.S
)
TITLE_ANCHOR = re.compile(r"\s*\{#([A-Za-z0-9_-]+)\}\s*$")
SVG = re.compile(r"<svg\b.*?</svg>", re.S)
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
    return render(html)


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
