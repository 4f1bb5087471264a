"""The built site: every page in every language, version from the build, search split
per language, sitemaps per language, and nothing loaded from another host."""

import html
import json
import re

import pytest

from tests.lab_runner import lab_sources
from tests.test_parity import DOCS as ROOT_DOCS, LANGUAGES, PAGES

DEFAULT = "en"
LAB_PAGES = [f"labs/{lab.stem}.md" for lab in lab_sources()]  # built like a page: labs/<lab>/index.html


def url_dir(lang: str) -> str:
    return "" if lang == DEFAULT else lang + "/"


def html_path(site, lang, page):
    stem = page[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")].rstrip("/")
    rel = f"{stem}/index.html" if stem else "index.html"
    return site / url_dir(lang) / rel


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_is_built_in_every_language(built_site, lang):
    for page in PAGES:
        assert html_path(built_site, lang, page).exists(), f"{lang}: {page} not built"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_page_declares_its_language(built_site, lang):
    html = html_path(built_site, lang, "multiple-losses.md").read_text("utf-8")
    assert f'<html lang="{lang}"' in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_states_the_torch_version_of_the_stored_outputs(built_site, lang):
    page_html = html_path(built_site, lang, "index.md").read_text("utf-8")
    recorded = (ROOT_DOCS.parent / "snippets" / "torch-version.txt").read_text("utf-8").strip()
    assert f"PyTorch {recorded}" in page_html and "{{ torch_version }}" not in page_html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_index_holds_only_its_language(built_site, lang):
    index = json.loads((built_site / url_dir(lang) / "search" / "search_index.json").read_text("utf-8"))
    titles = {re.sub(r"<[^>]+>", "", doc["title"]).replace("\u200b", "")
              for doc in index["docs"] if "#" not in doc["location"]}
    expected = {_title(built_site, lang, page) for page in PAGES + LAB_PAGES}
    if lang != "en":  # an error page's entry carries its English title too (search_per_language)
        expected = {_title(built_site, lang, page) + (f" · {_title(built_site, 'en', page)}"
                    if page.startswith("errors/") and page != "errors/index.md" else "")
                    for page in PAGES + LAB_PAGES}
    assert titles == expected
    assert all(not doc["location"].startswith(tuple(l + "/" for l in LANGUAGES)) for doc in index["docs"])


def _title(site, lang, page):
    page_html = html_path(site, lang, page).read_text("utf-8")
    heading = re.search(r"<h1[^>]*>(.*?)(?:<a class=\"(?:headerlink|anchor-link)\"|</h1>)", page_html, re.S).group(1)
    return html.unescape(re.sub(r"<[^>]+>", "", heading)).strip()


@pytest.mark.parametrize("lang,word", [("zh", "计算图"), ("zh", "叶子节点"), ("zh-Hant", "計算圖"), ("zh-Hant", "葉節點")])
def test_chinese_terms_are_whole_search_words(built_site, lang, word):
    index = json.loads((built_site / lang / "search" / "search_index.json").read_text("utf-8"))
    separator = re.compile(index["config"]["separator"])
    words = {w for doc in index["docs"] for w in separator.split(doc["text"])}
    assert word in words


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_point_search_at_their_language_root(built_site, lang):
    html = html_path(built_site, lang, "multiple-losses.md").read_text("utf-8")
    base = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S).group(1))["base"]
    assert base == (".." if lang == DEFAULT else f"../../{lang}/")


@pytest.mark.parametrize("lang", [l for l in LANGUAGES if l != DEFAULT])
def test_each_language_has_its_own_sitemap(built_site, lang):
    xml = (built_site / lang / "sitemap.xml").read_text("utf-8")
    locs = re.findall(r"<loc>(.*?)</loc>", xml)
    assert len(locs) == len(PAGES) + len(LAB_PAGES)
    assert all(f"/{lang}/" in loc for loc in locs)


EXTERNAL_LOAD = re.compile(
    r"""<(?:script|img|iframe|source|audio|video)[^>]+src=["']?(?:https?:)?//"""
    r"""|<link(?![^>]*rel=["']?(?:alternate|canonical))[^>]+href=["']?(?:https?:)?//"""
    r"""|url\(\s*["']?(?:https?:)?//|@import\s+["']?(?:https?:)?//"""
)


def test_nothing_is_loaded_from_another_host(built_site):
    offenders = []
    for path in built_site.rglob("*"):
        if path.suffix in {".html", ".css"}:
            for match in EXTERNAL_LOAD.finditer(path.read_text("utf-8", errors="replace")):
                offenders.append(f"{path.relative_to(built_site)}: {match.group(0)}")
    assert not offenders, "\n".join(offenders[:20])


def test_external_load_pattern_catches_cdn_and_fonts():
    assert EXTERNAL_LOAD.search('<script src="https://cdn.example/x.js">')
    assert EXTERNAL_LOAD.search('<link rel="stylesheet" href="https://fonts.googleapis.com/css">')
    assert EXTERNAL_LOAD.search("@font-face{src:url(https://x/y.woff2)}")
    assert not EXTERNAL_LOAD.search('<link rel="alternate" href="https://site/zh/" hreflang="zh">')


def test_math_is_rendered_to_mathml_at_build_time(built_site):
    for path in built_site.rglob("*.html"):
        text = path.read_text("utf-8")
        assert 'class="arithmatex"' not in text, f"{path}: formula left unconverted"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_catalogued_message_is_in_the_language_search_index(built_site, lang):
    from tests.test_quoted_messages import quoted

    index = json.loads((built_site / url_dir(lang) / "search" / "search_index.json").read_text("utf-8"))
    text = " ".join(doc["text"] for doc in index["docs"]).replace("\u200b", "")
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    messages = [m for page in PAGES if page.startswith("errors/") for m in quoted("en", page)]
    # The quote renders `code` as code, and code blocks are not indexed (search_without_code).
    missing = [m for m in messages if m.split(": ", 1)[1].replace("`", "")[:60] not in text]
    assert len(messages) >= 15 and not missing, missing


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_diagram_fence_is_an_inline_svg(built_site, lang):
    drawn = 0
    for page in PAGES:
        fences = (ROOT_DOCS / lang / page).read_text("utf-8").count("```autograd-graph")
        html = html_path(built_site, lang, page).read_text("utf-8")
        assert html.count('<svg class="autograd-graph" role="img"') == fences, page
        assert "--8<--" not in html and "node n0 " not in html, page
        drawn += fences
    assert drawn >= 4


def _built_pages(site):
    return [p for p in site.rglob("*.html") if "assets" not in p.relative_to(site).parts]


def test_every_internal_link_and_anchor_resolves(built_site):
    """Every href and src inside the site reaches a file, and every #fragment an id there."""
    ids, broken, checked = {}, [], 0
    for page in _built_pages(built_site):
        html_text = page.read_text("utf-8")
        for ref in re.findall(r'(?:href|src)="([^"]+)"', html_text):
            ref = html.unescape(ref)
            if re.match(r"[a-z]+:|//", ref) or ref.startswith("data:"):
                continue  # another host (the PyTorch docs), mailto:, data: URIs
            path, _, fragment = ref.partition("#")
            target = (built_site / path.lstrip("/")) if path.startswith("/") else (page.parent / path) if path else page
            target = target / "index.html" if target.is_dir() else target
            checked += 1
            if not target.exists():
                broken.append(f"{page.relative_to(built_site)}: {ref}")
                continue
            if fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = set(re.findall(r'\bid="([^"]+)"', target.read_text("utf-8")))
                if fragment not in ids[target]:
                    broken.append(f"{page.relative_to(built_site)}: {ref} (no such anchor)")
    assert checked > 5000 and not broken, broken[:20]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_its_own_404_page(built_site, lang):
    page = built_site / url_dir(lang) / "404.html"
    assert f'<html lang="{lang}"' in page.read_text("utf-8")


def test_sitemap_alternates_are_absolute(built_site):
    xml = (built_site / "sitemap.xml").read_text("utf-8")
    hrefs = re.findall(r'<xhtml:link rel="alternate" hreflang="[^"]+" href="([^"]+)"', xml)
    assert hrefs and all(re.match(r"https?://", h) for h in hrefs)


def _front_matter(lang, page):
    import yaml

    text = (ROOT_DOCS / lang / page).read_text("utf-8")
    return yaml.safe_load(text.split("---\n", 2)[1]) if text.startswith("---\n") else {}


def _site_name(lang):
    import yaml

    class Loader(yaml.SafeLoader):  # mkdocs.yml uses !ENV
        pass

    Loader.add_constructor("!ENV", lambda loader, node: None)
    config = yaml.load((ROOT_DOCS.parent / "mkdocs.yml").read_text("utf-8"), Loader=Loader)
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    language = next(entry for entry in i18n["languages"] if entry["locale"] == lang)
    return language.get("site_name") or config["site_name"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_tab_title_repeats_the_site_name(built_site, lang):
    for page in PAGES + LAB_PAGES:
        page_html = html_path(built_site, lang, page).read_text("utf-8")
        title = html.unescape(re.search(r"<title>(.*?)</title>", page_html, re.S)[1]).strip()
        assert title.count(_site_name(lang)) == 1, f"{lang}/{page}: {title!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_download_control_follows_the_title_and_summary(built_site, lang):
    for page in PAGES:
        page_html = html_path(built_site, lang, page).read_text("utf-8")
        body = page_html.split('<article class="md-content__inner md-typeset">', 1)[1]
        button = body.find('class="md-button download-notebook"')
        wanted = not page.endswith("index.md") and _front_matter(lang, page).get("notebook", True)
        assert (button >= 0) == bool(wanted), f"{lang}/{page}: download control {'missing' if wanted else 'offered'}"
        if button >= 0:
            assert body.find("</h1>") < button, f"{lang}/{page}: download control above the title"
            summary = body.find('<div class="admonition tip">')
            if 0 <= summary < body.find("<h2"):
                assert summary < button, f"{lang}/{page}: download control above the summary"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_switcher_marks_the_current_language(built_site, lang):
    for page in PAGES + LAB_PAGES:
        page_html = html_path(built_site, lang, page).read_text("utf-8")
        current = re.findall(r'hreflang="([^"]+)" class="md-select__link"\s*aria-current="true"', page_html)
        assert current == [lang], f"{lang}/{page}: {current}"


ERROR_PAGES = [p for p in PAGES if p.startswith("errors/") and p != "errors/index.md"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_error_has_its_page_titled_and_described_by_its_message(built_site, lang):
    from tests.test_quoted_messages import quoted

    assert len(ERROR_PAGES) >= 20
    for page in ERROR_PAGES:
        page_html = html_path(built_site, lang, page).read_text("utf-8")
        description = html.unescape(re.search(r'<meta name="description" content="([^"]*)"', page_html)[1])
        message = quoted("en", page)[0]  # the page's message, exactly as PyTorch prints it
        assert description.startswith(message.split(". ")[0][:60]), (lang, page, description)
        assert message.split(": ", 1)[1][:40] in html.unescape(page_html), (lang, page)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_catalogue_links_every_error_page_and_keeps_the_old_anchors(built_site, lang):
    catalogue = html_path(built_site, lang, "errors/index.md").read_text("utf-8")
    for page in ERROR_PAGES:
        anchor = page[len("errors/"): -len(".md")]
        assert f'<a class="error-link" href="{anchor}/" id="{anchor}">' in catalogue, (lang, anchor)
    for old in ["backward-twice-loop", "modified-inplace-step", "grad-variables-type-error"]:
        assert f'id="{old}"' in catalogue, (lang, old)


def test_without_a_known_repository_nothing_links_to_one(built_site):
    """A local build (no REPO_URL) has no edit link, no repository link, no Colab link;
    tests/test_incremental_serve.py serves with a repository and finds all three."""
    for lang in LANGUAGES:
        for page in ["leaves.md", "labs/checkpointing-depth.md"]:
            text = html_path(built_site, lang, page).read_text("utf-8")
            assert "md-content__button" not in text and 'class="md-source"' not in text, (lang, page)
            assert "colab.research.google.com" not in text and "/edit/" not in text, (lang, page)


def test_the_home_page_is_in_the_navigation_once(built_site):
    """The sidebar's title names the site; the home page's entry says what it is for."""
    for lang in LANGUAGES:
        text = html_path(built_site, lang, "leaves.md").read_text("utf-8")
        site_name = html.unescape(re.search(r'<label class="md-nav__title" for="__drawer">.*?</a>\s*(.*?)\s*</label>',
                                            text, re.S).group(1))
        entries = [html.unescape(re.sub(r"<[^>]+>", "", e)).strip()
                   for e in re.findall(r'<a href="[^"]*" class="md-nav__link[^"]*">(.*?)</a>', text, re.S)]
        assert site_name and site_name not in entries, (lang, site_name)
