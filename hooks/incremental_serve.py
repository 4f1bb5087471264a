"""`mkdocs serve` re-renders only the pages an edit touches, in their own language.

Why: every rebuild of `mkdocs serve` rebuilds all four languages (mkdocs-static-i18n runs
one full MkDocs build per language), about 15 s here. `mkdocs serve --dirty` is no cure:
it misses snippet edits (the page file's mtime does not change), writes a search index
of the edited page alone, and its own warning aborts a strict build.

How: during a full build this hook keeps each language's files, nav and Jinja env, and
records which files each page read: its source and every `--8<--` include, nested or
not (pymdownx.snippets reads all of them through `SnippetPreprocessor.read_lines`; the
chapter-notebook hook expands through it too). On a rebuild it compares the watched
files with the previous build. When every changed file is the source or an include of
known pages, it renders just those pages with MkDocs' own page pipeline, so every plugin
and hook runs as in a full build, re-checks the language's anchors, and patches that
language's search index. Anything else (mkdocs.yml, a template, a hook, an image, a file
added or deleted, a page whose title changed) gets the full build.

Only under plain `mkdocs serve`; `mkdocs build`, `serve --dirty` and `serve --clean`
are untouched. tests/test_incremental_serve.py checks the result against a full build.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path

from mkdocs.commands import build as mkdocs_build
from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority
from mkdocs.utils import CountHandler
from pymdownx.snippets import SnippetPreprocessor

log = logging.getLogger("mkdocs.hooks.incremental_serve")

# MkDocs registers a hook module under its path in mkdocs.yml ("hooks/incremental_serve.py"),
# so `import incremental_serve` in another hook would load a second, idle copy of this
# module. Registering this one under its plain name lets hooks/translation_status.py
# call record_read() on the instance that serves.
if __name__ in sys.modules:
    sys.modules.setdefault("incremental_serve", sys.modules[__name__])

_serving = False
_before_build: dict | None = None  # the watched files as the first build found them
_page: tuple[str, str] | None = None  # (language, src_uri) of the page being rendered
_reads: dict[str, set[tuple[str, str]]] = {}  # absolute path -> pages that read it
_languages: dict[str, tuple] = {}  # language -> (config, files, nav, env) of its build
_nav: dict[str, object] = {}


def _language(config) -> str:
    return config.plugins["i18n"].current_language


def _record(path: str) -> None:
    if _serving and _page is not None:
        _reads.setdefault(os.path.realpath(path), set()).add(_page)


def record_read(path: str) -> None:
    """For other hooks: the page being rendered reads ``path`` (hooks/translation_status.py
    reads the English page), so an edit of that file re-renders the page."""
    _record(path)


_read_lines = SnippetPreprocessor.read_lines


def _recording_read_lines(self, path):
    _record(path)
    return _read_lines(self, path)


SnippetPreprocessor.read_lines = _recording_read_lines


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve" and not dirty


def _watched(config) -> list[Path]:
    return [Path(config.docs_dir), Path(config.config_file_path), *map(Path, config.watch)]


def _snippet_bases(config) -> list[str]:
    bases = config.mdx_configs.get("pymdownx.snippets", {}).get("base_path", ["."])
    return [os.path.realpath(base) + os.sep for base in ([bases] if isinstance(bases, str) else bases)]


def on_config(config):
    global _before_build
    if _serving and _before_build is None:  # before the first build reads anything
        _before_build = snapshot(_watched(config))
    return config


@event_priority(100)  # before any hook reads the page or its includes
def on_pre_page(page, config, files):
    global _page
    if _serving:
        _page = (_language(config), page.file.src_uri)
        _record(page.file.abs_src_path)
    return page


@event_priority(-300)  # after every other hook has written the page
def on_post_page(output, page, config):
    global _page
    _page = None
    return output


@event_priority(-300)  # after mkdocs-static-i18n (-100) has made the language's nav
def on_nav(nav, config, files):
    _nav[_language(config)] = nav
    return nav


@event_priority(-300)
def on_env(env, config, files):
    if _serving:
        lang = _language(config)
        _languages[lang] = (config, files, _nav[lang], env)
    return env


def snapshot(roots: list[Path]) -> dict[str, tuple[int, int]]:
    """(mtime, size) of every file under the watched roots, hidden files left out."""
    out = {}
    for root in roots:
        paths = [root] if root.is_file() else root.rglob("*")
        for path in paths:
            if path.is_file() and not any(part.startswith(".") for part in path.relative_to(root.parent).parts):
                stat = path.stat()
                out[os.path.realpath(path)] = (stat.st_mtime_ns, stat.st_size)
    return out


def plan(before: dict, after: dict, reads: dict[str, set], unused: list[str]) -> set[tuple[str, str]] | None:
    """The pages to re-render for the files that changed between two snapshots, or None
    for a full build: a file no page read changed, or a page was added or deleted.
    Files below the `unused` folders (the snippet base paths) are read only by pages, so
    one that no page reads, added or not, changes nothing."""
    pages = set()
    for path in before.keys() | after.keys():
        if before.get(path) == after.get(path):
            continue
        if any(path.startswith(folder) for folder in unused):
            pages |= reads.get(path, set())
        elif path in reads and path in before and path in after:
            pages |= reads[path]
        else:
            return None
    return pages


def _patch_search_index(config, lang: str, urls: set[str], entries: list[dict]) -> None:
    """Swap the entries of the re-rendered pages in the language's own search index
    (hooks/search_per_language.py wrote one per language, locations relative to it)."""
    i18n = config.plugins["i18n"]
    prefix = "" if lang == i18n.default_language else lang + "/"
    path = Path(config.site_dir) / prefix / "search" / "search_index.json"
    index = json.loads(path.read_text("utf-8"))
    urls = {url[len(prefix):] for url in urls}
    docs = [doc for doc in index["docs"] if doc["location"].split("#", 1)[0] not in urls]
    docs += [{**doc, "location": doc["location"][len(prefix):]} for doc in entries]
    path.write_text(json.dumps({**index, "docs": docs}, ensure_ascii=False, separators=(",", ":")), "utf-8")


def render(pages: set[tuple[str, str]]) -> bool:
    """Re-render these pages; False when a page's title changed (the nav needs a full build)."""
    titles_kept = True
    for lang in sorted({lang for lang, _ in pages}):
        config, files, nav, env = _languages[lang]
        config.plugins["i18n"].current_language = lang
        config = config.plugins.on_config(config)  # the language's settings, a fresh search index
        config.plugins.on_pre_build(config=config)
        doc_files = files.documentation_pages()
        urls = set()
        for src_uri in sorted(src for page_lang, src in pages if page_lang == lang):
            page = files.get_file_from_path(src_uri).page
            title = page.title
            _forget(lang, src_uri)
            mkdocs_build._populate_page(page, config, files)
            mkdocs_build._build_page(page, config, doc_files, nav, env)
            titles_kept &= page.title == title
            urls.add(page.url)
        for file in doc_files:  # a renamed heading breaks links from other pages too
            file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
        _patch_search_index(config, lang, urls, config.plugins["material/search"].search_index.entries)
    return titles_kept


def _forget(lang: str, src_uri: str) -> None:
    for readers in _reads.values():
        readers.discard((lang, src_uri))


class IncrementalBuilder:
    """Stands in for `mkdocs serve`'s builder: re-renders what changed, else builds it all."""

    def __init__(self, full_build, roots: list[Path], snippet_bases: list[str], hooks: set[str], strict: bool,
                 files: dict):
        self.full_build, self.roots, self.snippet_bases, self.strict = full_build, roots, snippet_bases, strict
        self.hooks, self.files = hooks, files

    def __call__(self) -> None:
        now = snapshot(self.roots)
        pages = plan(self.files, now, _reads, self.snippet_bases)
        if stale := sorted(path for path in self.hooks if self.files.get(path) != now.get(path)):
            # MkDocs imports a hook once per process (an lru_cache in config_options.Hooks).
            log.warning(f"Restart `mkdocs serve` to run the edited hook code: {', '.join(stale)}")
            changed = {path for path in self.files.keys() | now.keys() if self.files.get(path) != now.get(path)}
            if changed == set(stale):  # a build now would run the old hook code: skip it
                self.files = now
                return
        if pages is not None and (not pages or self.rebuild(pages)):
            if not pages:
                log.info("Nothing to rebuild: no page reads the changed files")
            self.files = now
            return
        self.files = now
        _reads.clear()
        _languages.clear()
        self.full_build()

    def rebuild(self, pages) -> bool:
        start = time.monotonic()
        warnings = CountHandler()
        warnings.setLevel(logging.WARNING)
        logging.getLogger("mkdocs").addHandler(warnings)
        try:
            if not render(pages):
                log.info("A page title changed: building everything for the navigation")
                return False
        finally:
            logging.getLogger("mkdocs").removeHandler(warnings)
        if self.strict and (counts := warnings.get_counts()):
            raise Abort(f"Aborted with {', '.join(f'{v} {k.lower()}s' for k, v in counts)} in strict mode!")
        log.info(f"Re-rendered {len(pages)} page(s) in {time.monotonic() - start:.2f} seconds: "
                 + ", ".join(src for _, src in sorted(pages)))
        return True


def on_serve(server, config, builder):
    if _serving:
        # Every module beside a hook: hooks also import helpers (hooks/theme_script_patch.py).
        folders = {(Path(config.config_file_path).parent / path).parent for path in config.hooks}
        hooks = {os.path.realpath(module) for folder in folders for module in folder.glob("*.py")}
        server.builder = IncrementalBuilder(builder, _watched(config), _snippet_bases(config), hooks, config.strict,
                                            _before_build or {})
    return server
