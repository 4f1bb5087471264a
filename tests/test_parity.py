"""Every language has every page, with the same code, includes and anchors as English.

Translations change prose only: code and outputs come from the same snippet files, and
heading anchors are explicit and identical so links and the language switcher work.
"""

import collections
import difflib
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


def without_fences(text: str, keep_lines: bool = False) -> str:
    """The text outside code fences; with keep_lines, fenced lines become empty lines, so
    line numbers stay those of the page."""
    kept, fence = [], None
    for line in text.splitlines():
        stripped = line.lstrip()
        if fence is None and stripped.startswith("```"):
            fence = stripped[: len(stripped) - len(stripped.lstrip("`"))]
        elif fence is not None and stripped.startswith(fence) and not stripped.strip("`"):
            fence = None
        elif fence is None:
            kept.append(line)
            continue
        if keep_lines:
            kept.append("")
    return "\n".join(kept)


def headings(text: str) -> list[tuple[int, str | None]]:
    return [(level, anchor) for _, level, anchor in located_headings(text)]


def located_headings(text: str) -> list[tuple[int, int, str | None]]:
    """(line, level, anchor) of each heading outside code fences."""
    out = []
    for number, line in enumerate(without_fences(text, keep_lines=True).splitlines(), 1):
        m = HEADING.match(line)
        if m:
            anchor = ANCHOR.search(m.group(2))
            out.append((number, len(m.group(1)), anchor.group(1) if anchor else None))
    return out


def blocks(text: str) -> list[str]:
    return [code for _, code in located_blocks(text)]


def located_blocks(text: str) -> list[tuple[int, str]]:
    """(line, text) of each code block and each output block, in page order."""
    found = []
    for block in extract_from_buffer(io.StringIO(text)):
        found.append((block.lineno, block.code))
        if block.expected_output is not None:
            found.append((block.lineno, block.expected_output))
    return found


def located_includes(text: str) -> list[tuple[int, str]]:
    return [(number, m) for number, line in enumerate(text.splitlines(), 1) for m in INCLUDE.findall(line)]


def fail_with(said: list[str]) -> None:
    """Fail with these sentences only: no assertion rewrite repeating them as a list."""
    if said:
        pytest.fail("\n".join(said), pytrace=False)


def differences(what: str, lang: str, page: str, english: list, translated: list) -> list[str]:
    """What a translation must change to match English, one sentence per difference, each
    with page and line: a failure says what to do instead of printing two lists."""
    en, tr = f"docs/{DEFAULT}/{page}", f"docs/{lang}/{page}"
    keys = lambda items: [key for _, key in items]  # noqa: E731
    said = []
    matcher = difflib.SequenceMatcher(None, keys(english), keys(translated), autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if j1 < len(translated):
            where = f"before line {translated[j1][0]}"
        else:
            where = f"after line {translated[j1 - 1][0]}" if j1 else "where English has it"
        if op in ("delete", "replace"):
            for line, key in english[i1:i2]:
                said.append(f"{tr} lacks the {what} {key} that {en}:{line} has: add it {where}")
        if op in ("insert", "replace"):
            for line, key in translated[j1:j2]:
                said.append(f"{tr}:{line} has the {what} {key}, which {en} does not have there: "
                            "remove it, or move it to where English has it")
    return said


PAGES = pages(DEFAULT)
TRANSLATIONS = [(lang, page) for lang in LANGUAGES if lang != DEFAULT for page in PAGES]


def test_default_language_has_pages():
    assert "index.md" in PAGES


def test_differences_say_what_to_add_and_where():
    english = [(3, "## {#a}"), (7, "## {#b}"), (9, "## {#c}")]
    translated = [(3, "## {#a}"), (8, "## {#c}"), (12, "## {#d}")]
    assert differences("heading", "zh", "x.md", english, translated) == [
        "docs/zh/x.md lacks the heading ## {#b} that docs/en/x.md:7 has: add it before line 8",
        "docs/zh/x.md:12 has the heading ## {#d}, which docs/en/x.md does not have there: "
        "remove it, or move it to where English has it",
    ]
    assert differences("heading", "zh", "x.md", english, english) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_same_pages_in_every_language(lang):
    missing = sorted(set(PAGES) - set(pages(lang)))
    extra = sorted(set(pages(lang)) - set(PAGES))
    said = [f"docs/{lang}/{p} is missing: translate docs/{DEFAULT}/{p}, then `make translated FILE=docs/{lang}/{p}`"
            for p in missing]
    said += [f"docs/{lang}/{p} has no English page docs/{DEFAULT}/{p}: remove it or write the English" for p in extra]
    fail_with(said)


@pytest.mark.parametrize("lang,page", [(lang, page) for lang in LANGUAGES for page in PAGES])
def test_every_heading_has_an_explicit_anchor(lang, page):
    missing = [line for line, _, anchor in located_headings(read(lang, page)) if anchor is None]
    fail_with([f"docs/{lang}/{page}:{line}: the heading has no explicit anchor: end it with {{#some-id}}, "
               "the same id in every language" for line in missing])


def _shown(heading: tuple[int, int, str | None]) -> tuple[int, str]:
    line, level, anchor = heading
    return line, f"{'#' * level} {{#{anchor}}}"


@pytest.mark.parametrize("lang,page", TRANSLATIONS)
def test_same_anchors_as_english(lang, page):
    said = differences("heading", lang, page, [_shown(h) for h in located_headings(read(DEFAULT, page))],
                       [_shown(h) for h in located_headings(read(lang, page))])
    fail_with(said)


@pytest.mark.parametrize("lang,page", TRANSLATIONS)
def test_same_includes_in_same_order(lang, page):
    quote = lambda items: [(line, f'--8<-- "{name}"') for line, name in items]  # noqa: E731
    said = differences("include", lang, page, quote(located_includes(read(DEFAULT, page))),
                       quote(located_includes(read(lang, page))))
    fail_with(said)


@pytest.mark.parametrize("lang,page", TRANSLATIONS)
def test_no_code_block_that_english_lacks(lang, page):
    first_line = lambda items: [(line, f"starting {code.strip().splitlines()[0]!r}" if code.strip() else "(empty)")  # noqa: E731
                                for line, code in items]
    english, translated = located_blocks(read(DEFAULT, page)), located_blocks(read(lang, page))
    said = differences("code block", lang, page, first_line(english), first_line(translated))
    if not said:  # same first lines: a block changed further down
        said = [f"docs/{lang}/{page}:{line}: this block differs from the one at docs/{DEFAULT}/{page}:{en_line}: "
                "code comes from snippets/ and is the same in every language; copy it from English"
                for (line, code), (en_line, en_code) in zip(translated, english) if code != en_code]
    fail_with(said)


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


# The Chinese pages put a space between Chinese and Latin text (在 GPU 上); a link whose
# text starts in Latin letters or code, glued to the Chinese before it, breaks that rule.
GLUED_LATIN_LINK = re.compile(r"[\u4e00-\u9fff]\[[A-Za-z`_.]")


def test_glued_link_check():
    assert GLUED_LATIN_LINK.search("参见[backward()](x.md)")
    assert not GLUED_LATIN_LINK.search("参见 [backward()](x.md) 与[计算图](y.md)")


@pytest.mark.parametrize("lang,page", [(lang, page) for lang in ("zh", "zh-Hant") for page in PAGES])
def test_chinese_pages_space_a_latin_link(lang, page):
    text = without_fences(read(lang, page))
    found = [text[max(m.start() - 8, 0):m.end() + 12] for m in GLUED_LATIN_LINK.finditer(text)]
    assert not found, f"{lang}/{page}: put a space between the Chinese text and the link: {found[:3]}"


GLOSSARY = yaml.safe_load((ROOT / "glossary.yml").read_text(encoding="utf-8"))


def test_glossary_gives_every_language():
    for entry in GLOSSARY:
        assert all(entry.get(lang) for lang in LANGUAGES), entry


@pytest.mark.parametrize("lang,page", [(lang, page) for lang in LANGUAGES for page in PAGES])
def test_pages_use_glossary_terms(lang, page):
    text = read(lang, page)
    avoided = [w for entry in GLOSSARY for w in entry.get("avoid", {}).get(lang, []) if w in text]
    assert not avoided, f"{lang}/{page} uses {avoided}; glossary.yml gives the term to use"


# Links: a translation links where English links (the same targets, as many times), and
# English prose that points the reader to another chapter links to it.
LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.mark.parametrize("lang,page", TRANSLATIONS)
def test_same_links_as_english(lang, page):
    english = collections.Counter(LINK.findall(without_fences(read(DEFAULT, page))))
    translated = collections.Counter(LINK.findall(without_fences(read(lang, page))))
    fail_with([f"docs/{lang}/{page} lacks {n} link(s) to {target} that docs/{DEFAULT}/{page} has"
               for target, n in (english - translated).items()]
              + [f"docs/{lang}/{page} has {n} link(s) to {target} that docs/{DEFAULT}/{page} does not have"
                 for target, n in (translated - english).items()])


CHAPTER_REFERENCE = re.compile(
    r"\b(?:(?:later|earlier|next|previous|following|another|other) (?:chapters?|pages?)"
    r"|(?:chapter|page|section)s? on\b)", re.I)


def unlinked_references(text: str) -> list[str]:
    """Sentences that send the reader to another chapter ("a later chapter", "the chapter
    on ...") without a link in the same sentence."""
    found = []
    for paragraph in re.split(r"\n\s*\n", without_fences(text)):
        for sentence in re.split(r"(?<=[.!?])\s+", paragraph.replace("\n", " ")):
            if CHAPTER_REFERENCE.search(sentence) and "](" not in sentence:
                found.append(sentence.strip())
    return found


def test_unlinked_reference_check_finds_them():
    assert unlinked_references("As a later chapter shows, it fails.\n\nSee [it](a.md).") == [
        "As a later chapter shows, it fails."]
    assert not unlinked_references("The chapter on\n[hooks](hooks.md) shows it. This chapter is short.")


@pytest.mark.parametrize("page", PAGES)
def test_english_links_every_chapter_it_points_to(page):
    fail_with([f"docs/{DEFAULT}/{page}: \"{s[:100]}\" points to another chapter without a link: add one"
               for s in unlinked_references(read(DEFAULT, page))])


# Chinese prose uses the glossary's words, not the English ones: a word listed under an
# entry's `bare_english` must not stand bare in zh or zh-Hant prose. Code, math, quoted
# text, English glosses in brackets after a term, blockquoted messages, headings and
# link targets are not prose here.
NOT_PROSE = re.compile(
    r"`[^`\n]*`|\$\$.*?\$\$|\$[^$\n]*\$|<[^>]+>|\]\([^)]*\)|\{[#.][^}]*\}"
    r"|“[^”]*”|「[^」]*」|『[^』]*』|\"[^\"\n]*\"|（[^）]*）|\([^)\n]*\)", re.S)
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
BARE_ENGLISH = sorted({w for entry in GLOSSARY for w in entry.get("bare_english", [])}, key=len, reverse=True)


def bare_english(text: str) -> list[str]:
    lines = [line for line in without_fences(FRONT_MATTER.sub("", text)).splitlines()
             if not line.lstrip().startswith((">", "#", "!!!", "- [", "|---"))]
    prose = NOT_PROSE.sub(" ", "\n".join(lines))
    words = re.compile(r"(?<![A-Za-z_.-])(" + "|".join(map(re.escape, BARE_ENGLISH)) + r")(?![A-Za-z_(-])", re.I)
    return [m.group(1) for m in words.finditer(prose)]


def test_bare_english_check_skips_code_quotes_and_glosses():
    assert bare_english("两个 loader 与一个 tuple") == ["tuple"] if "loader" not in BARE_ENGLISH else True
    assert bare_english("视图（view）、`view()`、“a view of a leaf”与 [视图](x.md#view)") == []
    assert bare_english("这个 view 被修改了") == ["view"]


@pytest.mark.parametrize("lang,page", [(lang, page) for lang in ("zh", "zh-Hant") for page in PAGES])
def test_chinese_prose_uses_the_glossary_not_english_words(lang, page):
    found = bare_english(read(lang, page))
    fail_with([f"{lang}/{page}: English {sorted(set(found))} in the prose: use the glossary.yml term"] if found else [])


# Error pages: a heading that names an error message is written in the reader's language,
# and the line right under it gives the exact English message as inline code, which a
# pasted message finds in search (glossary: "error message headings").
def _words_in_order(title: str, line: str) -> bool:
    """Every word of ``title`` in ``line``, in order (a message with names left out:
    "Hook has changed the type of value" for "hook 'to_float32' has changed the type...")."""
    words = re.findall(r"[a-z0-9_]+", title.lower())
    return len(words) >= 4 and re.search(r"\b" + r"\b.*?\b".join(map(re.escape, words)) + r"\b", line) is not None


def as_code(text: str) -> str:
    """Inline code of ``text``; a message with backticks of its own (PyTorch's "`fused=True`
    requires ...") takes double-backtick delimiters."""
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def message_headings(page: str) -> list[tuple[str, str]]:
    """(anchor, text) of the English headings of an error page that name a message: its
    title, and any heading that quotes a message its examples print."""
    text = read(DEFAULT, page)
    printed = [line.lower() for name in INCLUDE.findall(text) if name.endswith(".out")
               for line in (ROOT / "snippets" / name).read_text(encoding="utf-8").splitlines()]
    found = []
    for line in without_fences(text).splitlines():
        m = HEADING.match(line)
        anchor = ANCHOR.search(m.group(2)) if m else None
        if anchor:
            title = ANCHOR.sub("", m.group(2)).strip()
            if m.group(1) == "#" or any(_words_in_order(title, line) for line in printed):
                found.append((anchor.group(1), title))
    return found


ERROR_PAGES = [p for p in PAGES if p.startswith("errors/") and p != "errors/index.md"]


def test_message_headings_are_the_titles_and_the_quoted_messages():
    assert message_headings("errors/backward-twice.md") == [
        ("backward-twice", "Trying to backward through the graph a second time")]
    assert ("hook-changed-type", "Hook has changed the type of value") in message_headings("errors/hook-changed-size.md")
    assert as_code("Expected dtype float for `end` but got dtype double") == \
        "`` Expected dtype float for `end` but got dtype double ``"


@pytest.mark.parametrize("lang,page", [(lang, p) for lang in LANGUAGES if lang != DEFAULT for p in ERROR_PAGES])
def test_error_headings_in_the_readers_language_with_the_message_below(lang, page):
    lines = read(lang, page).splitlines()
    said = []
    for anchor, message in message_headings(page):
        at = next(i for i, line in enumerate(lines) if HEADING.match(line) and f"{{#{anchor}}}" in line)
        heading = ANCHOR.sub("", HEADING.match(lines[at]).group(2))
        below = next((line.strip() for line in lines[at + 1:] if line.strip()), "")
        if not re.search(r"[\u3400-\u9fff\u0400-\u04ff]", NOT_PROSE.sub("", heading)):
            said.append(f"docs/{lang}/{page}:{at + 1}: the heading is not in the page's language: "
                        f"translate it, and keep the English message as code on the line below")
        if below != as_code(message):
            said.append(f"docs/{lang}/{page}:{at + 2}: the line under the heading must be the message as "
                        f"code: {as_code(message)}")
    fail_with(said)
