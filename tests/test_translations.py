"""Translations cannot fall behind silently: each records the English version it
translates, a page that is behind says so, and `make translations` shows the diff."""

import json
import subprocess
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest

from tests import translations
from tests.languages import LANGUAGES

status = translations.status
NOTICE = 'class="admonition warning translation-behind"'


def test_every_translation_records_the_english_version_it_translates():
    unstamped = [p.relative_to(translations.ROOT) for p in translations.translations(LANGUAGES)
                 if status.recorded_hash(p) is None]
    assert not unstamped, f"no translation_of in {unstamped[:5]}: `make translated FILE=...` once translated"


def test_every_page_and_lab_is_counted():
    english = [p for p in (translations.DOCS / "en").rglob("*") if p.suffix in (".md", ".ipynb")]
    assert len(translations.translations(LANGUAGES)) == len(english) * (len(LANGUAGES) - 1)


def _docs(tmp_path):
    docs = tmp_path / "docs"
    for lang in ("en", "zh"):
        (docs / lang).mkdir(parents=True)
    (docs / "en" / "page.md").write_text("---\ndescription: d\n---\n\n# Page {#page}\n\nOne.\n")
    (docs / "zh" / "page.md").write_text("---\ndescription: 描述\n---\n\n# 页面 {#page}\n\n一。\n")
    return docs


def test_a_stamped_translation_falls_behind_when_the_english_page_changes(tmp_path):
    docs = _docs(tmp_path)
    zh = docs / "zh" / "page.md"
    assert translations.behind(["en", "zh"], docs) == [zh]  # never stamped
    translations.stamp(zh, docs)
    assert "translation_of: " in zh.read_text() and translations.behind(["en", "zh"], docs) == []
    (docs / "en" / "page.md").write_text((docs / "en" / "page.md").read_text() + "\nTwo.\n")
    assert translations.behind(["en", "zh"], docs) == [zh]
    translations.stamp(zh, docs)  # a second stamp replaces the first
    assert zh.read_text().count("translation_of:") == 1 and translations.behind(["en", "zh"], docs) == []


def test_a_lab_is_behind_when_its_english_prose_changes_not_its_code(tmp_path):
    docs = _docs(tmp_path)
    for lang, prose in (("en", "# Lab {#lab}"), ("zh", "# 实验 {#lab}")):
        (docs / lang / "labs").mkdir()
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(prose), nbformat.v4.new_code_cell("1")])
        (docs / lang / "labs" / "lab.ipynb").write_text(nbformat.writes(nb))
    zh, en = docs / "zh" / "labs" / "lab.ipynb", docs / "en" / "labs" / "lab.ipynb"
    translations.stamp(zh, docs)
    assert json.loads(zh.read_text())["metadata"]["translation_of"] == status.source_hash(en)
    nb = nbformat.read(en, as_version=4)
    nb.cells[1].source = "2"  # code and outputs come from make outputs, in every language
    en.write_text(nbformat.writes(nb))
    assert zh not in translations.behind(["en", "zh"], docs)
    nb.cells[0].source += "\n\nNew prose."
    en.write_text(nbformat.writes(nb))
    assert zh in translations.behind(["en", "zh"], docs)


def test_english_diff_shows_what_changed_since_the_translated_version(tmp_path):
    docs = _docs(tmp_path)
    git = lambda *args: subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],  # noqa: E731
                                       cwd=tmp_path, check=True, capture_output=True)
    git("init", "-q")
    zh = docs / "zh" / "page.md"
    translations.stamp(zh, docs)
    git("add", "."), git("commit", "-qm", "one")
    (docs / "en" / "page.md").write_text((docs / "en" / "page.md").read_text().replace("One.", "One, changed."))
    git("commit", "-qam", "two")
    diff = translations.english_diff(zh, docs, tmp_path)
    assert "-One.\n" in diff and "+One, changed.\n" in diff
    # An English version never committed: stamping kept a copy, so the diff still shows.
    (docs / "en" / "page.md").write_text("never committed\n")
    translations.stamp(zh, docs)
    (docs / "en" / "page.md").write_text("changed again\n")
    diff = translations.english_diff(zh, docs, tmp_path)
    assert "-never committed\n" in diff and "+changed again\n" in diff
    for copy in translations.kept(docs).iterdir():  # a clone has no copies: git only
        copy.unlink()
    assert "not in the git history" in translations.english_diff(zh, docs, tmp_path)


def _page(lang, src, url):
    config = SimpleNamespace(plugins={"i18n": SimpleNamespace(current_language=lang)}, docs_dir=str(src))
    return config, SimpleNamespace(url=url, file=SimpleNamespace(abs_src_path=str(src / lang / "page.md")))


@pytest.mark.parametrize("lang,words", [("zh", "本页译文落后于英文原文"), ("ru", "Перевод отстаёт")])
def test_a_page_behind_shows_a_notice_in_its_language_after_its_title(tmp_path, lang, words):
    docs = _docs(tmp_path)
    if lang != "zh":
        (docs / lang).mkdir()
        (docs / lang / "page.md").write_text((docs / "zh" / "page.md").read_text())
    config, page = _page(lang, docs, f"{lang}/page/")
    html = '<h1 id="page">T</h1><p>body</p>'
    out = status.on_page_content(html, page, config, None)
    assert out.startswith('<h1 id="page">T</h1><div ' + NOTICE) and words in out
    assert 'href="../../page/" hreflang="en"' in out
    translations.stamp(docs / lang / "page.md", docs)
    assert status.on_page_content(html, page, config, None) == html
    config.plugins["i18n"].current_language = "en"
    assert status.on_page_content(html, _page("en", docs, "page/")[1], config, None) == html


def test_english_url_from_a_translated_page():
    assert status._english_url("zh/leaves/", "zh") == "../../leaves/"
    assert status._english_url("zh-Hant/labs/lab/", "zh-Hant") == "../../../labs/lab/"
    assert status._english_url("ru/", "ru") == "../"
