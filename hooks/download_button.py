""""Download as notebook" sits under the title and the summary box, where a reader who
wants the page as a notebook looks for it, not above the title of every page (on a phone
it pushed the title down by 110 px).

A lab offers its own notebook (page.nb_url, set by mkdocs-jupyter, the file copied beside
the page by include_source): the control goes after the lab's opening prose, before its
folded setup cell. A chapter offers the notebook hooks/chapter_notebooks.py writes
(page.chapter_notebook): the control goes after the summary box ("In one paragraph") when
the page opens with one, else under the title. Pages without a notebook (the error
catalogue, the decision guide: `notebook: false` in their front matter) get none.
"""

from __future__ import annotations

import html as html_lib
import re

from repository import colab_url
from ui_text import ui

SUMMARY = re.compile(r'<div class="admonition tip">')
DIV = re.compile(r"<(/?)div\b")


def button(href: str, label: str) -> str:
    return f'<a class="md-button download-notebook" href="{html_lib.escape(href)}" download>{html_lib.escape(label)} (.ipynb)</a>'


def end_of_div(html: str, start: int) -> int:
    """Index just past the </div> that closes the <div> opening at ``start``."""
    depth = 0
    for tag in DIV.finditer(html, start):
        depth += -1 if tag[1] else 1
        if depth == 0:
            return html.index(">", tag.end()) + 1
    raise ValueError("unbalanced <div>")


def place(html: str, controls: str, lab: bool) -> str:
    control = f'<div class="notebook-actions">{controls}</div>'
    if lab:
        at = html.find('<details class="lab-setup">')
    else:
        summary = SUMMARY.search(html)
        first_section = html.find("<h2")
        if summary and (first_section < 0 or summary.start() < first_section):
            at = end_of_div(html, summary.start())
        else:
            at = html.find("</h1>") + len("</h1>") if "</h1>" in html else 0
    at = max(at, 0)
    return html[:at] + control + html[at:]


def colab(url: str | None, lang: str) -> str:
    """"Open in Colab" beside a lab's download, when the notebook is in a GitHub repository
    the build knows: a plain link, nothing is requested until it is clicked."""
    if url is None:
        return ""
    return (f'<a class="md-button open-in-colab" href="{html_lib.escape(url)}" rel="noopener">'
            f"{html_lib.escape(ui('open_in_colab', lang))}</a>")


def on_page_content(html, page, config, files):
    lang = config.plugins["i18n"].current_language
    if getattr(page, "nb_url", None):
        controls = button(page.nb_url, ui("download_lab", lang)) + colab(colab_url(config, page.file.src_uri), lang)
        return place(html, controls, lab=True)
    if getattr(page, "chapter_notebook", None):
        return place(html, button(page.chapter_notebook, ui("download_chapter", lang)), lab=False)
    return html
