"""Russian search finds every case and number of a word, not only the form typed.

Material's search worker appends `*` to each query term (type-ahead), and lunr does not
run its pipeline, stemmer included, on a term with a wildcard (lunr's QueryParser sets
usePipeline = false; squidfunk/mkdocs-material#1362 and #1790 discuss the trade-off). The
index keeps whole words, so "накоплению*" misses a page that says "накопление".

This hook patches the worker that the build copies into the site: a Cyrillic term is cut
to its Snowball stem first, with lunr.ru's stemmer that the worker loads for a Russian
index, and then gets its `*`: "накоплен*" matches every form a page uses. Other terms and
other languages are untouched. The build fails if Material's worker changes shape.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

TYPEAHEAD = "r=>/(^[+-]|[~^]\\d+$)/.test(r)?r:`${r}*`"
CYRILLIC_WORD = "/^[\\u0430-\\u044f\\u0451]+$/i"
STEMMED = ("r=>/(^[+-]|[~^]\\d+$)/.test(r)?r:`${typeof lunr.ru!==\"undefined\"&&" + CYRILLIC_WORD
           + ".test(r)?lunr.ru.stemmer(r.toLowerCase()):r}*`")


def patch(worker: str) -> str:
    if STEMMED in worker:  # mkdocs serve copies the theme again only when it changed
        return worker
    if worker.count(TYPEAHEAD) != 1:
        raise PluginError("hooks/russian_query_stemming.py: Material's search worker no longer "
                          "adds the type-ahead wildcard as expected; update TYPEAHEAD")
    return worker.replace(TYPEAHEAD, STEMMED)


def on_post_build(config):
    workers = sorted((Path(config.site_dir) / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    if not workers and config.plugins["i18n"].building:
        return  # a nested per-language build: the theme's assets live at the site root
    if not workers:
        raise PluginError("hooks/russian_query_stemming.py: no search worker in the built site")
    for worker in workers:
        worker.write_text(patch(worker.read_text("utf-8")), "utf-8")
