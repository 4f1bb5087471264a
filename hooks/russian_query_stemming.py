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

from theme_script_patch import patch_built_scripts

WORKER = "assets/javascripts/workers/search.*.min.js"
TYPEAHEAD = "r=>/(^[+-]|[~^]\\d+$)/.test(r)?r:`${r}*`"
CYRILLIC_WORD = "/^[\\u0430-\\u044f\\u0451]+$/i"
STEMMED = ("r=>/(^[+-]|[~^]\\d+$)/.test(r)?r:`${typeof lunr.ru!==\"undefined\"&&" + CYRILLIC_WORD
           + ".test(r)?lunr.ru.stemmer(r.toLowerCase()):r}*`")


def on_post_build(config):
    patch_built_scripts(config, WORKER, TYPEAHEAD, STEMMED, "hooks/russian_query_stemming.py")
