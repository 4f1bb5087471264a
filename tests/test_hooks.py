"""Unit tests of the MkDocs hooks in hooks/."""

import importlib.util
from pathlib import Path

import jieba

HOOKS = Path(__file__).resolve().parent.parent / "hooks"


def load(name):
    spec = importlib.util.spec_from_file_location(name, HOOKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


search = load("search_per_language")
torch_version = load("torch_version")
jieba_glossary = load("jieba_glossary")
LANGS = ["en", "zh", "zh-Hant", "ru"]


def test_split_index_keeps_each_language_and_relativizes_locations():
    merged = {
        "config": {"lang": ["en", "zh", "ru"], "separator": "x"},
        "docs": [
            {"location": "", "title": "Home"},
            {"location": "multiple-losses/#cost", "title": "Cost"},
            {"location": "zh/", "title": "首页"},
            {"location": "zh-Hant/multiple-losses/", "title": "多個損失"},
            {"location": "ru/multiple-losses/", "title": "Потери"},
        ],
    }
    split = search.split_index(merged, LANGS, "en")
    assert [d["location"] for d in split["en"]["docs"]] == ["", "multiple-losses/#cost"]
    assert [d["location"] for d in split["zh"]["docs"]] == [""]
    assert [d["location"] for d in split["zh-Hant"]["docs"]] == ["multiple-losses/"]
    assert [d["title"] for d in split["ru"]["docs"]] == ["Потери"]
    assert split["ru"]["config"]["lang"] == ["ru", "en"]
    assert split["en"]["config"]["lang"] == ["en"]


def test_language_of_does_not_confuse_zh_with_zh_hant_or_a_page_named_like_a_language():
    assert search.language_of("zh-Hant/x/", LANGS, "en") == "zh-Hant"
    assert search.language_of("zh/x/", LANGS, "en") == "zh"
    assert search.language_of("zhang/", LANGS, "en") == "en"


def test_split_sitemap_gives_each_language_its_pages():
    site = "https://h/docs/"
    xml = (
        '<?xml version="1.0"?>\n<urlset>\n'
        f"<url><loc>{site}</loc></url>\n<url><loc>{site}zh/</loc></url>\n"
        f"<url><loc>{site}zh/a/</loc></url>\n<url><loc>{site}ru/a/</loc></url>\n</urlset>\n"
    )
    split = search.split_sitemap(xml, site, LANGS, "en")
    assert split["zh"].count("<loc>") == 2 and f"{site}zh/a/" in split["zh"]
    assert split["ru"].count("<loc>") == 1
    assert split["zh"].rstrip().endswith("</urlset>") and split["zh"].count("</urlset>") == 1


def test_torch_version_placeholder_is_replaced():
    out = torch_version.on_page_markdown("PyTorch {{ torch_version }}.", None, None, None)
    assert out == f"PyTorch {torch_version.torch_version()}."
    assert torch_version.torch_version().startswith("2.13.0")


def test_glossary_terms_segment_as_one_word():
    assert "计算图" in jieba_glossary.chinese_terms()
    assert "计算图" in list(jieba.cut("反向传播遍历计算图"))
    assert "葉節點" in list(jieba.cut("梯度累加到葉節點上"))


math = load("math_to_mathml")


def test_math_becomes_mathml_inline_and_block():
    out = math.render('<p>a <span class="arithmatex">\\(v^\\top J &lt; 1\\)</span></p>'
                      '<div class="arithmatex">\\[\\frac{a}{b}\\]</div>')
    assert "arithmatex" not in out
    assert '<math xmlns="http://www.w3.org/1998/Math/MathML" display="inline">' in out
    assert '<div class="math-block"><math' in out and "<mfrac>" in out
    assert "&#x0003C;" in out  # the page's escaped `<` reached MathML as the operator <


def test_unconvertible_formula_fails_the_build():
    import pytest

    with pytest.raises(ValueError, match="cannot convert formula"):
        math.render('<span class="arithmatex">\\(\\left( x\\)</span>')
    with pytest.raises(ValueError, match=r"unknown command .unknowncmd"):
        math.render('<span class="arithmatex">\\(\\unknowncmd x\\)</span>')
