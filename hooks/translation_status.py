"""A translation that is behind its English page says so, on the page, in its language.

Every translated page records the version of the English page it translates: a hash of
the English text in its front matter (`translation_of:`), or in a lab notebook's
metadata (a hash of the English notebook's markdown cells; code and outputs are shared,
and figure text has its own table that fails the tests when a translation is missing).
`make translated FILE=docs/zh/leaves.md` writes it once the translation is up to date;
`make translations` lists the translations that are behind, with the English diff since
(tests/translations.py). When the English page changes, its translations show a notice
linking to the English page until someone updates and stamps them.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from pathlib import Path

from ui_text import ui

DEFAULT = "en"
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
STAMP = re.compile(r"^translation_of: *([0-9a-f]+) *$", re.M)
H1_END = re.compile(r"</h1>")


def translatable(name: str, content: str) -> str:
    """What a translator translates: a page's Markdown, or a notebook's markdown cells."""
    if name.endswith(".ipynb"):
        cells = json.loads(content)["cells"]
        return "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return content


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def source_hash(path: Path) -> str:
    return text_hash(translatable(path.name, path.read_text(encoding="utf-8")))


def recorded_hash(path: Path) -> str | None:
    """The English version a translation says it translates, or None if it says nothing."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        return json.loads(text).get("metadata", {}).get("translation_of")
    front = FRONT_MATTER.match(text)
    found = front and STAMP.search(front.group(1))
    return found.group(1) if found else None


def english_of(path: Path, docs: Path, lang: str) -> Path:
    return docs / DEFAULT / path.relative_to(docs / lang)


def notice(lang: str, english_url: str) -> str:
    title, body = ui("translation_behind_title", lang), ui("translation_behind", lang)
    link = f'<a href="{html.escape(english_url)}" hreflang="en">{html.escape(ui("translation_english_page", lang))}</a>'
    return (f'<div class="admonition warning translation-behind"><p class="admonition-title">{html.escape(title)}</p>'
            f"<p>{html.escape(body)} {link}</p></div>")


def on_page_content(content, page, config, files):
    lang = config.plugins["i18n"].current_language
    if lang == DEFAULT:
        return content
    docs = Path(config.docs_dir)
    source = Path(page.file.abs_src_path)
    english = english_of(source, docs, lang)
    _record_read(english)
    if not english.exists() or recorded_hash(source) == source_hash(english):
        return content
    box = notice(lang, _english_url(page.url, lang))
    found = H1_END.search(content)
    return content[: found.end()] + box + content[found.end():] if found else box + content


def _english_url(url: str, lang: str) -> str:
    """The same page in English, relative to this page (directory URLs: docs/<lang>/a/b/ -> a/b/)."""
    depth = url.count("/")  # zh/leaves/ -> 2: up to the site root
    return "../" * depth + url[len(lang) + 1:]


def _record_read(path: Path) -> None:
    """Tell hooks/incremental_serve.py that this page reads the English page, so that
    `mkdocs serve` re-renders the translations when the English page changes."""
    try:
        from incremental_serve import record_read
    except ImportError:  # the hook is not loaded (unit tests)
        return
    record_read(str(path))
