"""Every language has every page, with the same code, includes and anchors as English.

Translations change prose only: code and outputs come from the same snippet files, and
heading anchors are explicit and identical so links and the language switcher work.
"""

import io
import re
from pathlib import Path

import pytest
import yaml
import opencc
from pytest_codeblocks.main import extract_from_buffer

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
from tests.languages import DEFAULT, LANGUAGES  # read from mkdocs.yml
INCLUDE = re.compile(r'--8<--\s+"([^"]+)"')
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
ANCHOR = re.compile(r"\{#([A-Za-z0-9_-]+)\}\s*$")


def pages(lang: str) -> list[str]:
    return sorted(str(p.relative_to(DOCS / lang)) for p in (DOCS / lang).rglob("*.md"))


def read(lang: str, page: str) -> str:
    return (DOCS / lang / page).read_text(encoding="utf-8")


def without_fences(text: str) -> str:
    kept, fence = [], None
    for line in text.splitlines():
        stripped = line.lstrip()
        if fence is None and stripped.startswith("```"):
            fence = stripped[: len(stripped) - len(stripped.lstrip("`"))]
        elif fence is not None and stripped.startswith(fence) and not stripped.strip("`"):
            fence = None
        elif fence is None:
            kept.append(line)
    return "\n".join(kept)


def headings(text: str) -> list[tuple[int, str | None]]:
    out = []
    for line in without_fences(text).splitlines():
        m = HEADING.match(line)
        if m:
            anchor = ANCHOR.search(m.group(2))
            out.append((len(m.group(1)), anchor.group(1) if anchor else None))
    return out


def blocks(text: str) -> list[str]:
    found = []
    for block in extract_from_buffer(io.StringIO(text)):
        found.append(block.code)
        if block.expected_output is not None:
            found.append(block.expected_output)
    return found


PAGES = pages(DEFAULT)
TRANSLATIONS = [(lang, page) for lang in LANGUAGES if lang != DEFAULT for page in PAGES]


def test_default_language_has_pages():
    assert "index.md" in PAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_same_pages_in_every_language(lang):
    assert pages(lang) == PAGES


@pytest.mark.parametrize("lang,page", [(lang, page) for lang in LANGUAGES for page in PAGES])
def test_every_heading_has_an_explicit_anchor(lang, page):
    missing = [level for level, anchor in headings(read(lang, page)) if anchor is None]
    assert not missing, f"{lang}/{page}: {len(missing)} heading(s) without {{#anchor}}"


@pytest.mark.parametrize("lang,page", TRANSLATIONS)
def test_same_anchors_as_english(lang, page):
    assert headings(read(lang, page)) == headings(read(DEFAULT, page))


@pytest.mark.parametrize("lang,page", TRANSLATIONS)
def test_same_includes_in_same_order(lang, page):
    assert INCLUDE.findall(read(lang, page)) == INCLUDE.findall(read(DEFAULT, page))


@pytest.mark.parametrize("lang,page", TRANSLATIONS)
def test_no_code_block_that_english_lacks(lang, page):
    english = blocks(read(DEFAULT, page))
    extra = [b for b in blocks(read(lang, page)) if b not in english]
    assert not extra, f"{lang}/{page} has code English lacks:\n{extra[0]}"
    assert len(blocks(read(lang, page))) == len(english)


@pytest.mark.parametrize("lang,page", [(lang, page) for lang in LANGUAGES for page in PAGES])
def test_page_has_a_meta_description(lang, page):
    front = re.match(r"---\n(.*?)\n---\n", read(lang, page), re.S)
    assert front, f"{lang}/{page}: no front matter"
    meta = yaml.safe_load(front.group(1))  # a stray ": " in an unquoted value breaks it
    assert isinstance(meta, dict) and isinstance(meta.get("description"), str) and meta["description"].strip()


TRANSLATED_KEYS = {"description", "translation_of"}  # front matter that differs by language


@pytest.mark.parametrize("lang,page", TRANSLATIONS)
def test_same_front_matter_settings_as_english(lang, page):
    def settings(lang):
        meta = yaml.safe_load(re.match(r"---\n(.*?)\n---\n", read(lang, page), re.S).group(1))
        return {k: v for k, v in meta.items() if k not in TRANSLATED_KEYS}

    assert settings(lang) == settings(DEFAULT), f"{lang}/{page}: front matter settings differ from English"


# Script purity, from OpenCC's character tables: a character is Simplified-only when
# STCharacters maps it and never lists it among the Traditional forms (计 -> 計), so 后
# (-> 後 后) and 游 (-> 遊 游) stay valid Traditional; and the other way round.
OPENCC_DICTS = Path(opencc.__file__).parent / "dictionary"


def _table(name: str) -> dict[str, list[str]]:
    lines = (OPENCC_DICTS / name).read_text(encoding="utf-8").splitlines()
    return {source: targets.split() for source, targets in (line.split("\t") for line in lines)}


def _only_in_source(table: str, also_valid: tuple[str, ...] = ()) -> set[str]:
    mapping = _table(table)
    kept = {t for targets in mapping.values() for t in targets}
    # A character that a regional variant table maps TO is standard there: 峰 is the
    # Taiwan form of 峯 (TWVariants), although STCharacters maps 峰 only to 峯.
    kept |= {t for name in also_valid for targets in _table(name).values() for t in targets}
    return set(mapping) - kept


SIMPLIFIED_ONLY = _only_in_source("STCharacters.txt", also_valid=("TWVariants.txt",))
TRADITIONAL_ONLY = _only_in_source("TSCharacters.txt")


def simplified_only(text: str) -> set[str]:
    return set(text) & SIMPLIFIED_ONLY


def traditional_only(text: str) -> set[str]:
    return set(text) & TRADITIONAL_ONLY


def test_script_check_tells_scripts_apart():
    assert simplified_only("计算图 后 们 游") == {"计", "图", "们"}
    assert traditional_only("計算圖 後 葉 游") == {"計", "圖", "後", "葉"}
    assert not simplified_only("計算圖 上游") and not traditional_only("计算图 上游")
    assert not simplified_only("峰值 裡")  # Taiwan's standard forms (TWVariants)


# A title quoted in the other script (a source article's, on the Sources page) is marked
# as what it is, <span lang="zh-Hant">…</span>, so readers' browsers pick the right glyphs;
# the script check leaves such spans alone.
OTHER_SCRIPT = re.compile(r'<span lang="zh(?:-Hant|-Hans)?">.*?</span>', re.S)


def own_script(text: str) -> str:
    return OTHER_SCRIPT.sub("", text)


def test_own_script_keeps_only_unmarked_text():
    assert own_script('一个 <span lang="zh-Hant">多個</span> 例子') == "一个  例子"


@pytest.mark.parametrize("page", PAGES)
def test_zh_hant_has_no_simplified_only_characters(page):
    found = simplified_only(own_script(read("zh-Hant", page)))
    assert not found, f"zh-Hant/{page}: Simplified-only {sorted(found)}; a quoted title: <span lang=\"zh-Hans\">"


@pytest.mark.parametrize("page", PAGES)
def test_zh_has_no_traditional_only_characters(page):
    found = traditional_only(own_script(read("zh", page)))
    assert not found, f"zh/{page}: Traditional-only {sorted(found)}; a quoted title: <span lang=\"zh-Hant\">"


# CJK fonts have no italic: a browser slants the glyphs itself, which reads as a defect.
# Chinese pages emphasize with bold. Code spans and math are not prose.
CODE_OR_MATH = re.compile(r"`[^`\n]*`|\$\$.*?\$\$|\$[^$\n]*\$", re.S)
CJK_ITALIC = re.compile(
    r"(?<![*\\])\*(?![\s*])([^*\n]*[\u3000-\u9fff\uff00-\uffef][^*\n]*?)(?<![\s*\\])\*(?!\*)"
    r"|(?<![\w\\])_(?![\s_])([^_\n]*[\u3000-\u9fff\uff00-\uffef][^_\n]*?)(?<![\s_])_(?![\w])"
)


def cjk_italics(text: str) -> list[str]:
    prose = CODE_OR_MATH.sub(" ", without_fences(text))
    return [m.group(0) for m in CJK_ITALIC.finditer(prose)]


def test_cjk_italic_check_finds_italics_only():
    assert cjk_italics("它*就是*这样，_之前_ 也是") == ["*就是*", "_之前_"]
    assert not cjk_italics("**就是** `*x*` $a*b*c$ *only latin* 计算 snake_case_名字")


@pytest.mark.parametrize("lang,page", [(lang, page) for lang in ("zh", "zh-Hant") for page in PAGES])
def test_chinese_pages_emphasize_with_bold_not_italics(lang, page):
    found = cjk_italics(read(lang, page))
    assert not found, f"{lang}/{page}: italic CJK text {found[:5]}: use **bold**"


GLOSSARY = yaml.safe_load((ROOT / "glossary.yml").read_text(encoding="utf-8"))


def test_glossary_gives_every_language():
    for entry in GLOSSARY:
        assert all(entry.get(lang) for lang in LANGUAGES), entry


@pytest.mark.parametrize("lang,page", [(lang, page) for lang in LANGUAGES for page in PAGES])
def test_pages_use_glossary_terms(lang, page):
    text = read(lang, page)
    avoided = [w for entry in GLOSSARY for w in entry.get("avoid", {}).get(lang, []) if w in text]
    assert not avoided, f"{lang}/{page} uses {avoided}; glossary.yml gives the term to use"
