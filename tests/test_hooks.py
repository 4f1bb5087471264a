"""Unit tests of the MkDocs hooks in hooks/."""

import importlib.util
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import jieba
import pytest
from mkdocs.exceptions import PluginError

HOOKS = Path(__file__).resolve().parent.parent / "hooks"
sys.path.insert(0, str(HOOKS))  # MkDocs puts the hooks' folder on sys.path while it imports them


def load(name):
    spec = importlib.util.spec_from_file_location(name, HOOKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


search = load("search_per_language")
torch_version = load("torch_version")
jieba_glossary = load("jieba_glossary")
jupyter_css = load("jupyter_css_used")
search_without_code = load("search_without_code")
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


def test_a_translated_error_page_is_found_by_its_english_message():
    merged = {
        "config": {"lang": ["en"], "separator": "x"},
        "docs": [
            {"location": "errors/backward-twice/", "title": "Trying to backward"},
            {"location": "errors/backward-twice/#fix", "title": "Fix"},
            {"location": "zh/errors/backward-twice/", "title": "第二次反向传播"},
            {"location": "zh/errors/backward-twice/#fix", "title": "修复"},
            {"location": "zh/symptoms/", "title": "症状"},
        ],
    }
    split = search.split_index(merged, LANGS, "en")
    assert [d["title"] for d in split["zh"]["docs"]] == ["第二次反向传播 · Trying to backward", "修复", "症状"]
    assert [d["title"] for d in split["en"]["docs"]] == ["Trying to backward", "Fix"]


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


def test_notebook_math_is_converted_inside_markdown_cells_only():
    html = ('<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput">'
            '<p>a $x^2$ b</p>\n<p>$$\\frac{a}{b}$$</p></div><pre>costs $5 and $6</pre>')
    out = math.render_notebook(html)
    assert '<math xmlns="http://www.w3.org/1998/Math/MathML" display="inline">' in out
    assert '<div class="math-block"><math' in out and "$$" not in out
    assert "<pre>costs $5 and $6</pre>" in out  # code output is left alone


labs = load("lab_pages")
notebooks_i18n = load("notebooks_i18n")
chapters = load("chapter_notebooks")


def test_lab_headings_take_their_explicit_anchor():
    html = '<h2 id="what-each-call-adds-contributions">Was {#contributions}<a class="anchor-link" href="#x">¶</a></h2>'
    assert labs.explicit_anchors(html) == '<h2 id="contributions">Was<a class="anchor-link" href="#contributions">¶</a></h2>'


def test_lab_toc_loses_the_anchor_syntax():
    from mkdocs.structure.toc import AnchorLink

    item = AnchorLink("Title {#anchor}", "title-anchor", 2)
    item.children = [AnchorLink("Sub {#sub}", "sub-sub", 3)]
    labs.fix_toc([item])
    assert (item.title, item.id, item.children[0].title, item.children[0].id) == ("Title", "anchor", "Sub", "sub")


def test_lab_render_drops_mathjax_and_the_mermaid_cdn_loader():
    html = ('<!-- Load mathjax -->\n<script src=""> </script>\n<!-- End of mathjax configuration -->'
            '<script type="module">\n const d = document.querySelectorAll(".jp-Mermaid > pre.mermaid");\n'
            ' await import("https://cdnjs.cloudflare.com/x.mjs")\n</script><p>kept</p>')
    assert labs.render(html) == "<p>kept</p>"


FIGURE_SVG = ('<?xml version="1.0"?>\n<!DOCTYPE svg>\n<svg width="10pt" height="5pt" viewBox="0 0 10 5">'
              '<metadata>rdf</metadata><defs><clipPath id="c1"/></defs><g clip-path="url(#c1)">'
              '<text style="font-size: 10px; font-family: \'DejaVu Sans\'; fill: #444444">step</text></g></svg>')


def _img(svg):
    import base64

    return f'<img alt="No description has been provided for this image" src="data:image/svg+xml;base64,{base64.b64encode(svg.encode()).decode()}"/>'


def test_lab_figure_becomes_inline_svg_named_by_its_description():
    html = _img(FIGURE_SVG) + "<p>between</p>" + _img(FIGURE_SVG)
    out = labs.themed_figures(labs.inline_figures(html, {FIGURE_SVG: "Loss <falls>"}, "lab.ipynb"))
    assert out.count('<svg class="lab-figure" role="img" aria-label="Loss &lt;falls&gt;" width="10pt"') == 2
    assert "<?xml" not in out and "<metadata>" not in out and "font-family" not in out and "<img" not in out
    assert 'id="fig1-c1"' in out and 'url(#fig2-c1)' in out and "fill: currentColor" in out


def test_lab_figure_without_a_description_fails_the_build():
    with pytest.raises(PluginError, match="figure 1 has no description"):
        labs.inline_figures(_img(FIGURE_SVG), {FIGURE_SVG: ""}, "lab.ipynb")


def test_lab_setup_cell_is_folded_up_to_the_next_cell():
    html = ('<div class="jp-Cell jp-MarkdownCell" id="cell-id=prose-1"><p>idea</p></div>'
            '<div class="jp-Cell jp-CodeCell jp-mod-noOutputs">\n<div class="jp-Cell jp-CodeCell jp-mod-noOutputs" '
            'id="cell-id=setup"><pre>style</pre></div></div>\n<div class="jp-Cell jp-MarkdownCell" id="cell-id=prose-2">')
    out = labs.fold_setup_cell(html, "zh")
    assert ('<p>idea</p></div><details class="lab-setup"><summary>准备单元格：图表样式与图中文字</summary>'
            '<div class="jp-Cell jp-CodeCell jp-mod-noOutputs">') in out
    assert '</div></div>\n</details><div class="jp-Cell jp-MarkdownCell" id="cell-id=prose-2">' in out


def test_lab_figure_ink_becomes_the_page_text_colour():
    html = '<svg><path style="fill: #444444"/></svg><p style="color: #444444">x</p>'
    assert labs.themed_figures(html) == '<svg><path style="fill: currentColor"/></svg><p style="color: #444444">x</p>'


def test_notebook_urls_per_language():
    assert notebooks_i18n.language_url("labs/a.ipynb", "en", "en") == "labs/a/"
    assert notebooks_i18n.language_url("labs/a.ipynb", "zh-Hant", "en") == "zh-Hant/labs/a/"


def test_chapter_notebook_cells_from_a_page():
    page = (
        "# Title {#title}\n\nSee [the other page](other.md#part).\n\n"
        '!!! tip "In short"\n    Sum the losses.\n\n'
        '    ```python title="x.py"\n    print(1)\n    ```\n\n'
        "<!--pytest-codeblocks:expected-output-->\n```text\n1\n```\n\n"
        "```python\nraise ValueError('no')\n```\n\n"
        "<!--pytest-codeblocks:expected-output-->\n```text\nValueError: no\n```\n\n"
        "```console\n$ make test\n```\n"
    )
    nb = chapters.notebook(page, lambda text: text, "zh/page/", "https://h/")
    kinds = [c.cell_type for c in nb.cells]
    assert kinds == ["markdown", "code", "code", "markdown"]
    first = nb.cells[0].source
    assert first.startswith("# Title\n") and "{#" not in first
    assert "(https://h/zh/page/../other/#part)" in first and "**In short**\n\nSum the losses." in first
    assert nb.cells[1].source == "print(1)" and nb.cells[1].outputs[0].text == "1\n"
    assert nb.cells[2].outputs[-1].ename == "ValueError" and nb.cells[2].metadata.tags == ["raises-exception"]
    assert "```console" in nb.cells[3].source  # other fences stay prose


def test_chapter_notebook_error_message_may_span_lines():
    out = chapters.output_of("printed\nRuntimeError: first line\nsecond line\n")
    assert out[0].text == "printed\n"
    assert (out[1].ename, out[1].evalue) == ("RuntimeError", "first line\nsecond line")


graph_svg = load("autograd_graph_svg")
GRAPH = ("node n0 SumBackward0 | root loss\nnode n1 MulBackward0 | freed other\n"
         "node n2 AccumulateGrad | leaf w\nnode n3 AddBackward0\nedge n0 n1\nedge n0 n3\nedge n1 n2\nedge n3 n1\n")


def test_graph_layers_put_each_node_below_all_its_parents():
    nodes, edges = graph_svg.parse(GRAPH)
    graph_svg.layout(nodes, edges)
    assert [nodes[n].layer for n in ("n0", "n3", "n1", "n2")] == [0, 1, 2, 3]
    assert all(nodes[p].y < nodes[c].y for p, c in edges)


def test_graph_svg_is_accessible_and_themed():
    svg = graph_svg.to_svg(GRAPH)
    assert svg.startswith('<svg class="autograd-graph" role="img"')
    assert "<title>Autograd graph of loss: 4 nodes, 4 edges</title>" in svg
    assert 'class="ag-node ag-root"' in svg and 'class="ag-node ag-leaf"' in svg
    assert '<text x=' in svg and "freed: other" in svg and "#" not in svg.replace("url(#", "")


@pytest.mark.parametrize("lang,title,freed", [
    ("zh", "loss 的 autograd 计算图：4 个节点，4 条边", "已释放: other"),
    ("zh-Hant", "loss 的 autograd 計算圖：4 個節點，4 條邊", "已釋放: other"),
    ("ru", "Граф autograd для loss: узлов — 4, рёбер — 4", "освобождено: other"),
])
def test_graph_words_and_title_are_in_the_page_language(lang, title, freed):
    svg = graph_svg.to_svg(GRAPH, lang)
    assert f"<title>{title}</title>" in svg and freed in svg and 'class="ag-freed"' in svg
    words = " ".join(re.findall(r">([^<]*)</(?:text|title)>", svg))
    assert not re.search(r"\b(freed|root|leaf|saved|nodes|edges)\b", words), words


def test_graph_nodes_are_wide_enough_for_cjk_words():
    nodes, _ = graph_svg.parse(GRAPH, "zh")
    assert nodes["n1"].width >= graph_svg.text_width("已释放: other") + 2 * graph_svg.PAD
    assert graph_svg.text_width("已释放") > graph_svg.text_width("abc")


def test_graph_fence_draws_a_legend_in_the_page_language():
    graph_svg.on_pre_page(None, SimpleNamespace(plugins={"i18n": SimpleNamespace(current_language="ru")}), None)
    try:
        out = graph_svg.fence_format(GRAPH, "autograd-graph", "", {}, None)
    finally:
        graph_svg._language = "en"
    assert '<figcaption class="autograd-graph-legend">Жирная рамка' in out


ui_text = load("ui_text")


def test_every_interface_text_is_in_every_language():
    missing = [(key, lang) for key, texts in ui_text.TEXT.items() for lang in LANGS if not texts.get(lang)]
    assert not missing and all(set(texts) == set(LANGS) for texts in ui_text.TEXT.values())


def test_graph_fence_is_registered_with_superfences():
    from types import SimpleNamespace

    config = SimpleNamespace(mdx_configs={})
    graph_svg.on_config(config)
    graph_svg.on_config(config)  # once, however often MkDocs calls it
    fences = config.mdx_configs["pymdownx.superfences"]["custom_fences"]
    assert [f["name"] for f in fences] == ["autograd-graph"]


def test_lab_styles_move_to_one_sheet_without_the_broken_list_repr_block():
    labs._styles.clear()
    out = labs.render("<style>.a{b:c}</style><p>x</p><style>\n['pre { x }\\n']\n</style>")
    assert out == "<p>x</p>" and list(labs._styles) == [".a{b:c}"]


accessibility = load("accessibility")
not_found = load("not_found_per_language")


def test_search_dialog_gets_the_name_of_its_search_field():
    html = ('<div class="md-search" data-md-component="search" role="dialog">'
            '<input type="text" class="md-search__input" name="query" aria-label="搜索" placeholder="搜索">')
    out = accessibility.on_post_page(html, None, None)
    assert '<div class="md-search" data-md-component="search" role="dialog" aria-label="搜索">' in out


def test_each_language_keeps_its_404_and_the_root_one_stays_default(tmp_path):
    from types import SimpleNamespace

    languages = [SimpleNamespace(locale=l, default=l == "en") for l in ("en", "zh", "ru")]
    i18n = SimpleNamespace(config=SimpleNamespace(languages=languages), current_language="en")
    config = SimpleNamespace(plugins={"i18n": i18n}, site_dir=str(tmp_path))
    for lang in ("en", "zh", "ru"):  # the order mkdocs-static-i18n builds them in
        (tmp_path / lang).mkdir(exist_ok=True)
        (tmp_path / "404.html").write_text(f"404 {lang}")
        i18n.current_language = lang
        not_found.on_post_build(config)
    assert (tmp_path / "404.html").read_text() == "404 en"
    assert (tmp_path / "zh" / "404.html").read_text() == "404 zh"
    assert (tmp_path / "ru" / "404.html").read_text() == "404 ru"


# Hooks that patch Material's scripts share hooks/theme_script_patch.py, which MkDocs finds
# on sys.path while it imports a hook; so must these tests.
sys.path.insert(0, str(HOOKS))
theme_script_patch = load("theme_script_patch")
russian_query_stemming = load("russian_query_stemming")
search_index_after_load = load("search_index_after_load")
search_highlight_terms = load("search_highlight_terms")
# hook name: (module, files it patches, [(the text it expects, the text it writes), ...])
PATCHES = {
    "russian_query_stemming": (russian_query_stemming, russian_query_stemming.WORKER,
                               [(russian_query_stemming.TYPEAHEAD, russian_query_stemming.STEMMED)]),
    "search_index_after_load": (search_index_after_load, search_index_after_load.BUNDLE,
                                [(search_index_after_load.EAGER, search_index_after_load.AFTER_LOAD)]),
    "search_highlight_terms": (search_highlight_terms, search_highlight_terms.BUNDLE,
                               [(search_highlight_terms.RESULT_LINK, search_highlight_terms.RESULT_LINK_KEPT),
                                (search_highlight_terms.LANDED, search_highlight_terms.LANDED_KEPT)]),
}
BUILDING_ONE_SITE = {"i18n": SimpleNamespace(building=False)}


def test_russian_query_terms_are_stemmed_before_the_wildcard():
    hook = russian_query_stemming
    patched = theme_script_patch.patch("x.map(" + hook.TYPEAHEAD + ").join(' ')", hook.TYPEAHEAD, hook.STEMMED, "h")
    assert "lunr.ru.stemmer(r.toLowerCase())" in patched and hook.TYPEAHEAD not in patched


def test_search_index_waits_for_the_page_load_or_the_search_toggle():
    hook = search_index_after_load
    patched = theme_script_patch.patch("Or=Te(),zi=" + hook.EAGER + ",fo=new T;", hook.EAGER, hook.AFTER_LOAD, "h")
    assert hook.EAGER not in patched
    assert 'addEventListener("load"' in patched and '[data-md-toggle="search"]' in patched  # opening search loads it too


@pytest.mark.parametrize("name", PATCHES)
def test_theme_patches_apply_to_the_built_site_once(name, tmp_path):
    hook, pattern, changes = PATCHES[name]
    script = tmp_path / pattern.replace("*", "0a1b")
    script.parent.mkdir(parents=True)
    script.write_text("a;" + ";".join(old for old, _ in changes) + ";b", "utf-8")
    config = SimpleNamespace(site_dir=str(tmp_path), plugins=BUILDING_ONE_SITE)
    hook.on_post_build(config)
    hook.on_post_build(config)  # a serve rebuild patches nothing twice
    assert script.read_text("utf-8") == "a;" + ";".join(new for _, new in changes) + ";b"


@pytest.mark.parametrize("name", PATCHES)
def test_a_changed_material_script_fails_the_build(name, tmp_path):
    hook, pattern, _ = PATCHES[name]
    script = tmp_path / pattern.replace("*", "0a1b")
    script.parent.mkdir(parents=True)
    script.write_text("a new Material version", "utf-8")
    with pytest.raises(PluginError, match=name):
        hook.on_post_build(SimpleNamespace(site_dir=str(tmp_path), plugins=BUILDING_ONE_SITE))
    with pytest.raises(PluginError, match="no assets/javascripts"):  # nothing to patch: also an error
        hook.on_post_build(SimpleNamespace(site_dir=str(tmp_path / "empty"), plugins=BUILDING_ONE_SITE))


code_blocks = load("code_blocks")
download_button = load("download_button")
repository = load("repository")
NO_REPO = SimpleNamespace(repo_url=None, edit_uri=None)
GITHUB_REPO = SimpleNamespace(repo_url="https://github.com/owner/backward-docs", edit_uri="edit/main/docs/")


def test_output_block_is_marked_and_loses_its_copy_button():
    html = ('<div class="highlight"><pre><code>print(1)</code></pre></div>\n'
            '<!--pytest-codeblocks:expected-output-->\n<div class="highlight"><span class="filename">Output</span>')
    out = code_blocks.on_page_content(html, None, NO_REPO, None)
    assert out.count('class="highlight output no-copy"') == 1 and out.startswith('<div class="highlight" ')


def test_code_lines_carry_their_indentation_for_the_hanging_wrap():
    html = ('<code><span id="__span-0-1"><span class="k">def</span> f():\n</span>'
            '<span id="__span-0-2">        <span class="k">return</span>\n</span><span id="__span-0-3">\n</span></code>')
    out = code_blocks.on_page_content(html, None, NO_REPO, None)
    assert '<span class="line"><span class="k">def</span>' in out
    assert '<span class="line" style="--indent:8">        <span class="k">return' in out
    assert "__span" not in out


def test_copy_button_takes_the_exact_code_not_the_rendered_lines():
    html = ('<div class="highlight"><pre><span></span><code><span id="__span-0-1">x = &quot;a&lt;b&quot;\n</span>'
            '<span id="__span-0-2">\n</span><span id="__span-0-3">    print(x)\n</span></code></pre></div>')
    out = code_blocks.on_page_content(html, None, NO_REPO, None)
    assert 'data-copy="x = &quot;a&lt;b&quot;\n\n    print(x)"' in out


def test_caption_shows_the_file_name_not_the_repository_path():
    html = '<span class="filename">snippets/multiple-losses/sum_of_losses.py</span><span class="filename">Output</span>'
    out = code_blocks.on_page_content(html, None, NO_REPO, None)
    assert out == '<span class="filename">sum_of_losses.py</span><span class="filename">Output</span>'


def test_captions_link_their_snippet_file_when_the_repository_is_known():
    html = '<span class="filename">snippets/multiple-losses/sum_of_losses.py</span>'
    out = code_blocks.on_page_content(html, None, GITHUB_REPO, None)
    assert out == ('<span class="filename"><a href="https://github.com/owner/backward-docs/edit/main/'
                   'snippets/multiple-losses/sum_of_losses.py">sum_of_losses.py</a></span>')
    assert "<a " not in code_blocks.on_page_content(html, None, NO_REPO, None)


def test_colab_opens_a_lab_only_from_a_known_github_repository():
    assert repository.colab_url(GITHUB_REPO, "zh/labs/lab.ipynb") == \
        "https://colab.research.google.com/github/owner/backward-docs/blob/main/docs/zh/labs/lab.ipynb"
    assert repository.colab_url(NO_REPO, "zh/labs/lab.ipynb") is None
    gitlab = SimpleNamespace(repo_url="https://gitlab.com/o/r", edit_uri="-/edit/main/docs/")
    assert repository.colab_url(gitlab, "en/labs/lab.ipynb") is None
    assert 'class="md-button open-in-colab"' in download_button.colab("https://colab/x", "ru")
    assert download_button.colab(None, "ru") == ""


def test_quiet_build_keeps_warnings_of_the_chatty_loggers_only():
    import logging

    quiet = load("quiet_build")
    mkdocs_logger = logging.getLogger("mkdocs")
    before = mkdocs_logger.level
    try:
        mkdocs_logger.setLevel(logging.INFO)
        quiet.on_startup("build", False)
        assert all(logging.getLogger(name).level == logging.WARNING for name in quiet.CHATTY)
    finally:
        mkdocs_logger.setLevel(before)
        for name in quiet.CHATTY:
            logging.getLogger(name).setLevel(logging.NOTSET)


def test_jupyter_css_keeps_only_rules_that_can_match_and_the_variables_they_read():
    css = (":root{--used: red; --icon: url(data:image/svg+xml;base64,AA==); --chain: var(--used)}"
           ".jp-Cell{color: var(--chain)}.bp3-button{background: var(--icon)}"
           ".jp-Cell:not(.jp-mod-hidden), .bp3-x .jp-Cell{margin: 0}"
           "@media (max-width: 600px){.bp3-card{padding: 0}.jp-Cell{padding: 1px}}"
           "@media print{.bp3-card{display: none}}@keyframes spin{from{opacity: 0}}"
           "/* Literal.Number */\n.jp-Cell b{font-weight: bold}")
    out = jupyter_css.without_unread_variables(jupyter_css.used_rules(css, {"jp-Cell"}))
    assert ".jp-Cell{color: var(--chain)}" in out and ".jp-Cell:not(.jp-mod-hidden)" in out
    assert "bp3-button" not in out and "--icon" not in out and "@media print" not in out
    assert "--chain: var(--used)" in out and "--used: red" in out  # read through another variable
    assert "@media (max-width: 600px){.jp-Cell{padding: 1px}}" in out and "@keyframes spin" in out
    assert ".jp-Cell b{font-weight: bold}" in out  # a comment before a rule names no class


def test_code_is_kept_out_of_the_search_index():
    html = '<p>prose</p><div class="highlight"><pre>x</pre></div><div class="jp-Cell jp-CodeCell jp-Notebook-cell">'
    out = search_without_code.without_code(html)
    assert '<div data-search-exclude class="highlight">' in out
    assert '<div data-search-exclude class="jp-Cell jp-CodeCell jp-Notebook-cell">' in out
    assert out.startswith("<p>prose</p>")
