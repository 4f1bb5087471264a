"""Formulas as MathML, converted at build time: no JavaScript, no font or CDN request.

pymdownx.arithmatex (generic mode) marks `$...$` and `$$...$$` as
`<span class="arithmatex">\\(...\\)</span>` and `<div class="arithmatex">\\[...\\]</div>`;
this hook replaces each with the MathML that latex2mathml produces, which Chromium,
Firefox and Safari render natively. A formula latex2mathml cannot convert fails the build.

Lab pages (notebooks, rendered by nbconvert for mkdocs-jupyter) keep `$...$` and
`$$...$$` as text for MathJax, which the site does not load: the same conversion is
applied to their markdown cells.
"""

import html
import re

from latex2mathml.converter import convert

INLINE = re.compile(r'<span class="arithmatex">\\\((.+?)\\\)</span>', re.S)
BLOCK = re.compile(r'<div class="arithmatex">\\\[(.+?)\\\]</div>', re.S)


# latex2mathml keeps a command it does not know as text (`<mi>\\foo</mi>`): raw LaTeX on screen.
UNKNOWN_COMMAND = re.compile(r">(\\[A-Za-z]+)<")


def to_mathml(latex: str, display: str) -> str:
    try:
        mathml = convert(html.unescape(latex).strip(), display=display)
    except Exception as exc:  # noqa: BLE001  latex2mathml raises several types
        raise ValueError(f"cannot convert formula {latex!r} to MathML: {exc!r}") from exc
    unknown = UNKNOWN_COMMAND.search(mathml)
    if unknown:
        raise ValueError(f"cannot convert formula {latex!r} to MathML: unknown command {unknown.group(1)}")
    return mathml


def render(content: str) -> str:
    content = BLOCK.sub(lambda m: f'<div class="math-block">{to_mathml(m.group(1), "block")}</div>', content)
    return INLINE.sub(lambda m: to_mathml(m.group(1), "inline"), content)


MARKDOWN_CELL = re.compile(r'(<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown[^>]*>)(.*?)(</div>)', re.S)
NB_BLOCK = re.compile(r"(?:<p>)?\$\$(.+?)\$\$(?:</p>)?", re.S)
NB_INLINE = re.compile(r"\$([^$\s](?:[^$]*?[^$\s])?)\$")


def render_notebook(content: str) -> str:
    def cell(m):
        body = NB_BLOCK.sub(lambda b: f'<div class="math-block">{to_mathml(b.group(1), "block")}</div>', m.group(2))
        return m.group(1) + NB_INLINE.sub(lambda i: to_mathml(i.group(1), "inline"), body) + m.group(3)

    return MARKDOWN_CELL.sub(cell, content)


def on_page_content(html_content, page, config, files):
    if getattr(page, "nb_url", None) is not None:  # a lab: mkdocs-jupyter sets nb_url
        return render_notebook(html_content)
    return render(html_content)
