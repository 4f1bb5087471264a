"""`make build` and `make serve` print what needs a reader's attention: warnings, errors,
where the site is served, what was rebuilt. The i18n plugin logs every language it
builds and every navigation title it translates, mkdocs-jupyter every notebook it
copies or finds in its cache, and jieba its dictionary loading: some 50 lines per
build, in which a real warning drowned. Those loggers now report warnings only, unless
MkDocs runs with --verbose.
"""

import logging

import jieba

CHATTY = ["mkdocs.plugins.mkdocs_static_i18n", "mkdocs.plugins.mkdocs_jupyter", "mkdocs.mkdocs-jupyter"]

# At import: hooks/jieba_glossary.py, imported after this hook (mkdocs.yml lists this one
# first), loads jieba's dictionary as it is imported, before any event runs.
jieba.setLogLevel(logging.WARNING)


def on_startup(command, dirty):
    if not logging.getLogger("mkdocs").isEnabledFor(logging.DEBUG):  # --verbose shows them all
        for name in CHATTY:
            logging.getLogger(name).setLevel(logging.WARNING)
