"""One search index per language, and one sitemap per language.

mkdocs-static-i18n builds each language in turn and then writes ONE merged search index
at the site root, so an English search also returns Chinese and Russian pages (the
plugin's documented behaviour: "rebuild and deduplicate the search index"). This hook
runs after that merge and splits it: `search/search_index.json` keeps English, and
`<lang>/search/search_index.json` gets each other language, its locations made relative
to the language root and its lunr settings (language, separator) made for that language.
overrides/main.html points the search worker of a `<lang>` page at its own index.

Material also fetches `sitemap.xml` below each language root (for the language
switcher); the i18n plugin writes only the root one (toolchain notes: 404s in the
console). Each language therefore gets its own sitemap with only its own pages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

# Separators: whitespace and the zero-width space that Material's jieba segmentation
# puts between Chinese words, Chinese punctuation, and code punctuation so that
# `loss.backward()` or `retain_graph` are found by their parts.
CODE_SEPARATORS = r"\s\u200b\u3000\-_,:!=\[\]()\"`/、。，．？！；：（）「」《》"
SEPARATOR = "[" + CODE_SEPARATORS + r"]+|\.(?!\d)"
LUNR_LANGUAGE = {"en": ["en"], "ru": ["ru", "en"], "zh": ["en"], "zh-Hant": ["en"]}


def _languages(config) -> tuple[str, list[str]]:
    i18n = config.plugins["i18n"]
    default = next(lang.locale for lang in i18n.config.languages if lang.default)
    return default, [lang.locale for lang in i18n.config.languages if lang.build]


def language_of(location: str, languages: list[str], default: str) -> str:
    first = location.split("/", 1)[0].split("#", 1)[0]
    return first if first in languages and first != default else default


def split_index(index: dict, languages: list[str], default: str) -> dict[str, dict]:
    """Split a merged Material search index into one index per language."""
    # A translated error page is titled in its reader's language, with the English message
    # below the heading; readers paste the English message, which Material ranks by title
    # first (boost 1000 against 1 for text). So the page's own entry, in every language,
    # carries the English title too: the pasted message finds the page, not a section
    # that quotes it.
    english_titles = {
        doc["location"]: doc["title"] for doc in index["docs"]
        if doc["location"].startswith("errors/") and doc["location"] != "errors/" and "#" not in doc["location"]
    }
    out = {}
    for lang in languages:
        prefix = "" if lang == default else lang + "/"
        docs = [
            {**doc, "location": doc["location"][len(prefix) :]}
            for doc in index["docs"]
            if language_of(doc["location"], languages, default) == lang
        ]
        if lang != default:
            docs = [
                {**doc, "title": f"{doc['title']} · {english_titles[doc['location']]}"}
                if doc["location"] in english_titles else doc
                for doc in docs
            ]
        config = {**index["config"], "lang": LUNR_LANGUAGE.get(lang, ["en"]), "separator": SEPARATOR}
        out[lang] = {**index, "config": config, "docs": docs}
    return out


def split_sitemap(xml: str, site_url: str, languages: list[str], default: str) -> dict[str, str]:
    """One sitemap per language root, holding only that language's pages."""
    head, _, rest = xml.partition("<url>")
    entries = ["<url>" + part for part in rest.split("<url>")] if rest else []
    tail = "</urlset>\n"
    out = {}
    for lang in languages:
        mine = []
        for entry in entries:
            loc = re.search(r"<loc>(.*?)</loc>", entry).group(1)
            path = loc[len(site_url) :] if loc.startswith(site_url) else loc
            if language_of(path, languages, default) == lang:
                mine.append(entry.replace(tail.strip(), "").rstrip() + "\n")
        out[lang] = head + "".join(mine) + tail
    return out


@event_priority(-200)  # after mkdocs-static-i18n's on_post_build (-100) has merged
def on_post_build(config):
    if config.plugins["i18n"].building:  # a nested per-language build: not merged yet
        return
    site = Path(config.site_dir)
    default, languages = _languages(config)
    index_file = site / "search" / "search_index.json"
    for lang, index in split_index(json.loads(index_file.read_text("utf-8")), languages, default).items():
        target = site / ("" if lang == default else lang) / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), "utf-8")
    sitemap = site / "sitemap.xml"
    if sitemap.exists():
        site_url = config.site_url or ""
        for lang, xml in split_sitemap(sitemap.read_text("utf-8"), site_url, languages, default).items():
            if lang != default:
                (site / lang / "sitemap.xml").write_text(xml, "utf-8")
