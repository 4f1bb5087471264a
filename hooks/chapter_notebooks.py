"""Every chapter as a notebook: "Download as notebook", generated from the page at build time.

The notebook is the page in the reader's language: its prose as markdown cells, each
Python block (its `--8<--` includes expanded, as on the page) as a code cell, and the
output block the page shows under it as that cell's output. Nothing is kept by hand:
`<chapter>/<chapter>.ipynb` is written beside the page on every build, and
hooks/download_button.py links it. tests/test_chapter_notebooks.py runs them end to end.

Site-only syntax is turned into what Jupyter shows: `{#anchor}` and HTML comments are
dropped, admonitions become block quotes, links to other pages become absolute URLs.
"""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import nbformat

FENCE = re.compile(r"^(`{3,}|~{3,})\s*([\w+-]*)(.*)$")
EXPECTED = "<!--pytest-codeblocks:expected-output-->"
PYTHON = {"python", "py", "python3"}
ERROR_LINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Warning|Interrupt|Exit)\b")
COMMENT = re.compile(r"<!--.*?-->", re.S)
ANCHOR = re.compile(r"^(#{1,6} .*?)[ \t]*\{#[\w-]+\}[ \t]*$", re.M)
ADMONITION = re.compile(r'^(?:!!!|\?\?\?\+?) (\w+)(?: "(.*)")?\s*$')
LINK = re.compile(r"\]\((?!https?://|#)([\w./-]+?)\.md(#[\w-]+)?\)")


def _expander(config):
    """Expand `--8<--` includes with pymdownx.snippets, configured as for the pages."""
    options = dict(config.mdx_configs.get("pymdownx.snippets", {}))
    md = markdown.Markdown(extensions=["pymdownx.snippets"], extension_configs={"pymdownx.snippets": options})
    return lambda text: "\n".join(md.preprocessors["snippet"].run(text.split("\n")))


def flatten_admonitions(text: str) -> str:
    """`!!! tip "Title"` + an indented body -> a bold title and the body, dedented, so
    that code blocks inside become code cells."""
    out, inside = [], False
    for line in text.split("\n"):
        head = ADMONITION.match(line)
        if head:
            out += [f"**{head.group(2) or head.group(1).capitalize()}**", ""]
            inside = True
        elif inside and (line.startswith("    ") or not line.strip()):
            out.append(line[4:])
        else:
            inside = False
            out.append(line)
    return "\n".join(out)


def prose(text: str, page_url: str, site_url: str) -> str:
    text = ANCHOR.sub(r"\1", COMMENT.sub("", text))

    def absolute(m):
        target = "" if m.group(1) == "index" else m.group(1) + "/"
        return f"]({site_url}{page_url}../{target}{m.group(2) or ''})"

    return LINK.sub(absolute, re.sub(r"\n{3,}", "\n\n", text)).strip("\n")


def output_of(text: str) -> list:
    """A code cell's outputs from the output block the page shows; like the doc test,
    the last line that starts with an exception name opens the error (its message may
    run over several lines)."""
    lines = text.rstrip("\n").split("\n")
    start = next((k for k in range(len(lines) - 1, -1, -1) if ERROR_LINE.match(lines[k])), None)
    if start is None:
        return [nbformat.v4.new_output("stream", name="stdout", text=text.rstrip("\n") + "\n")]
    name, _, value = "\n".join(lines[start:]).partition(": ")
    printed = "\n".join(lines[:start])
    outputs = [nbformat.v4.new_output("stream", name="stdout", text=printed + "\n")] if printed else []
    return outputs + [nbformat.v4.new_output("error", ename=name, evalue=value, traceback=lines[start:])]


def notebook(page_markdown: str, expand, page_url: str, site_url: str):
    cells, buffer = [], []

    def flush():
        text = prose("\n".join(buffer), page_url, site_url)
        if text:
            cells.append(nbformat.v4.new_markdown_cell(text))
        buffer.clear()

    lines, i = flatten_admonitions(expand(page_markdown)).split("\n"), 0
    while i < len(lines):
        opened = FENCE.match(lines[i].strip())
        if not opened:
            buffer.append(lines[i])
            i += 1
            continue
        end = next(j for j in range(i + 1, len(lines)) if lines[j].strip() == opened.group(1))
        indent = len(lines[i]) - len(lines[i].lstrip())  # a fence inside a list item
        body = "\n".join(line[indent:] for line in lines[i + 1 : end]).strip("\n")
        shown_output = [b.strip() for b in buffer if b.strip()][-1:] == [EXPECTED]
        code = [c for c in cells if c.cell_type == "code"]
        if shown_output and code:  # the output of the last code block, as in the doc test
            flush()
            code[-1].outputs = output_of(body)
            if code[-1].outputs[-1].output_type == "error":
                code[-1].metadata["tags"] = ["raises-exception"]  # Jupyter runs on past it
        elif opened.group(2) in PYTHON:
            flush()
            cells.append(nbformat.v4.new_code_cell(body))
        else:  # any other fence stays a fenced block of the prose
            buffer.extend(lines[i : end + 1])
        i = end + 1
    flush()
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                   "language_info": {"name": "python"}}
    for n, cell in enumerate(nb.cells):
        cell.id = f"cell-{n}"  # stable ids: the same page gives the same file
    return nb


def is_chapter(page) -> bool:
    """A page with a notebook: not a home page, and not one whose front matter says
    `notebook: false` (the error catalogue, the decision guide: no example to run)."""
    meta = getattr(page, "meta", None) or {}
    return page.file.src_uri.endswith(".md") and page.file.name != "index" and meta.get("notebook", True)


def on_page_markdown(page_markdown, page, config, files):
    if is_chapter(page):
        name = Path(page.file.src_uri).stem + ".ipynb"
        page.chapter_notebook = name  # hooks/download_button.py offers it
        page.chapter_notebook_json = nbformat.writes(
            notebook(page_markdown, _expander(config), page.url, config.site_url or "/")
        )
    return page_markdown


def on_post_page(output, page, config):
    if getattr(page, "chapter_notebook", None):
        target = Path(page.file.abs_dest_path).parent / page.chapter_notebook
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.chapter_notebook_json + "\n", encoding="utf-8")
    return output
