"""Formulas as MathML, converted at build time: no JavaScript, no font or CDN request.

pymdownx.arithmatex (generic mode) marks `$...$` and `$$...$$` as
`<span class="arithmatex">\\(...\\)</span>` and `<div class="arithmatex">\\[...\\]</div>`;
this hook replaces each with the MathML that latex2mathml produces, which Chromium,
Firefox and Safari render natively. A formula latex2mathml cannot convert fails the build.
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


def on_page_content(html_content, page, config, files):
    return render(html_content)
