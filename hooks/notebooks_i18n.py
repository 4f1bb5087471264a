"""Lab notebooks render as pages in every language (mkdocs-static-i18n issue #198).

mkdocs-jupyter wraps each .ipynb File in a NotebookFile (a page, written as HTML).
mkdocs-static-i18n's on_files (priority -100) then rebuilds every File from scratch: the
wrapper is lost and the notebook is copied as raw JSON to `<page>/index.html`, while
`--strict` still passes. This hook runs after it, wraps each notebook again, keeps the
output path the i18n plugin chose (re-deriving it from src_uri would put the English
lab under `en/` and lose the language folder), and gives the notebook the alternates
that the i18n plugin gives Markdown pages, so the language switcher lands on the same
lab in the other language and the sitemap lists it.
"""

from pathlib import Path, PurePosixPath
from types import SimpleNamespace

from mkdocs.plugins import event_priority
from mkdocs_jupyter.plugin import NotebookFile


def _languages(config):
    i18n = config.plugins["i18n"]
    default = next(lang.locale for lang in i18n.config.languages if lang.default)
    return i18n, default, [lang.locale for lang in i18n.config.languages if lang.build]


def language_url(rel_src: str, lang: str, default: str) -> str:
    """URL of docs/<lang>/<rel_src> (a notebook) with directory URLs."""
    stem = PurePosixPath(rel_src).with_suffix("").as_posix()
    return ("" if lang == default else lang + "/") + stem + "/"


@event_priority(-200)  # after mkdocs-static-i18n's on_files (-100)
def on_files(files, config):
    i18n, default, languages = _languages(config)
    docs = Path(config.docs_dir)
    for file in list(files):
        if not file.src_uri.endswith(".ipynb") or isinstance(file, NotebookFile):
            continue
        page = NotebookFile(file, use_directory_urls=config.use_directory_urls, site_dir=config.site_dir)
        page.dest_uri, page.abs_dest_path, page.url = file.dest_uri, file.abs_dest_path, file.url
        rel = file.src_uri.split("/", 1)[1]  # docs are in language folders
        page.alternates = {
            lang: SimpleNamespace(url=language_url(rel, lang, default), page=None)
            for lang in languages
            if (docs / lang / rel).exists()
        }
        files.remove(file)
        files.append(page)
    i18n.i18n_files_per_language[i18n.current_language] = files.documentation_pages()
    return files
