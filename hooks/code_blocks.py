"""Code and Output blocks that read on a 390 px phone.

- Output blocks: the block after a `<!--pytest-codeblocks:expected-output-->` comment is
  what the example above it prints. It gets the classes `output` (extra.css attaches it
  to its code and sets it apart) and `no-copy` (Material's copy button would sit on its
  first line; a printed output is read, not pasted).
- Captions name the file, not its path in the repository: `snippets/<chapter>/x.py`
  in the page source (where a contributor finds it) shows as `x.py` (the chapter is
  the page the reader is on). When the build knows the repository (hooks/repository.py),
  the caption links to the file there, for editing: the code lives once, in snippets/.
- Wrapped lines keep Python readable: pymdownx.highlight writes each line of a block as
  its own span (`line_spans` in mkdocs.yml). extra.css wraps long lines with a hanging
  indent, so a continuation starts deeper than its line's own indentation; this hook
  records that indentation on each line (`--indent`) and gives the spans a class
  instead of an id per line. Block-level lines would double every newline in what
  Material's copy button takes (the code's innerText), so each block also carries its
  exact text in `data-copy`, which the button copies instead.
"""

from __future__ import annotations

import html as html_lib
import re

from repository import edit_base

OUTPUT = re.compile(r'(<!--pytest-codeblocks:expected-output-->\s*<div class=")highlight(")')
LINE = re.compile(r'<span id="__span-\d+-\d+">( *)')
BLOCK = re.compile(r'<div class="highlight">(.*?<code>(.*?)</code>)', re.S)
TAG = re.compile(r"<[^>]+>")
CAPTION = re.compile(r'<span class="filename">snippets/((?:[\w.-]+/)*([\w.-]+))</span>')


def _line(match: re.Match) -> str:
    indent = len(match[1])
    style = f' style="--indent:{indent}"' if indent else ""
    return f'<span class="line"{style}>{match[1]}'


def _with_copy_text(match: re.Match) -> str:
    text = html_lib.unescape(TAG.sub("", match[2])).rstrip("\n")
    return f'<div class="highlight" data-copy="{html_lib.escape(text, quote=True)}">{match[1]}'


def _caption(match: re.Match, base: str | None) -> str:
    if base is None:
        return f'<span class="filename">{match[2]}</span>'
    return f'<span class="filename"><a href="{html_lib.escape(base)}snippets/{match[1]}">{match[2]}</a></span>'


def on_page_content(html, page, config, files):
    base = edit_base(config)
    html = CAPTION.sub(lambda m: _caption(m, base), html)
    html = BLOCK.sub(_with_copy_text, html)  # before Output blocks get their own classes
    return LINE.sub(_line, OUTPUT.sub(r"\1highlight output no-copy\2", html))
