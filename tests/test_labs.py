"""Labs: each runs for real, and every language's notebook shows that run's code and outputs.

The code of a lab lives once, in snippets/labs/; the notebooks in docs/<lang>/labs/ differ
only in their markdown cells (tests/lab_runner.py explains the layout).
"""

import re
import string

import nbformat
import pytest
import yaml

from tests import lab_runner
from tests.lab_runner import cells, code_cells_of, execute, lab_sources, normalize, notebook_path
from tests.test_parity import GLOSSARY, LANGUAGES, cjk_italics, simplified_only, traditional_only

LABS = lab_sources()
ANCHOR = re.compile(r"^#{1,6} .*\{#([\w-]+)\}\s*$", re.M)
HEADING = re.compile(r"^#{1,6} ", re.M)


def _notebook(lab, lang):
    return nbformat.read(notebook_path(lab, lang), as_version=4)


def _prose(notebook):
    return [cell.source for cell in notebook.cells if cell.cell_type == "markdown"]


def test_there_are_labs():
    assert len(LABS) >= 4


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_lab_exists_in_every_language_and_nothing_else(lang):
    present = sorted(p.stem for p in (lab_runner.DOCS / lang / "labs").glob("*.ipynb"))
    assert present == [lab.stem for lab in LABS]


def _code_but_setup(notebook):
    return [c.source for c in code_cells_of(notebook) if c.metadata.get("lab_cell") != "setup"]


@pytest.mark.parametrize("lab", LABS, ids=lambda p: p.stem)
def test_lab_code_is_the_same_in_every_language_but_the_setup_cell(lab):
    english = _code_but_setup(_notebook(lab, "en"))
    for lang in LANGUAGES:
        assert _code_but_setup(_notebook(lab, lang)) == english, lang


@pytest.mark.parametrize("lab", LABS, ids=lambda p: p.stem)
def test_lab_notebooks_show_the_code_and_outputs_of_a_real_run(lab):
    runs = execute(lab)
    for lang in LANGUAGES:
        run, wanted = runs[lang], cells(lab, lang)
        shown = code_cells_of(_notebook(lab, lang))
        assert [c.metadata.get("lab_cell") for c in shown] == [cid for cid, _ in wanted], lang
        for cell, (cid, code) in zip(shown, wanted):
            where = f"docs/{lang}/labs/{lab.stem}.ipynb, cell {cid!r}"
            assert cell.source == code, f"{where}: code differs from {lab.name}: run `make outputs`"
            assert normalize(cell.outputs) == run[cid], f"{where}: outputs differ from a real run: run `make outputs`"


@pytest.mark.parametrize("lab", LABS, ids=lambda p: p.stem)
def test_lab_draws_at_least_one_figure(lab):
    kinds = [o["output_type"] for outputs in execute(lab)["en"].values() for o in outputs]
    figures = [o for outputs in execute(lab)["en"].values() for o in outputs if "image/svg+xml" in o.get("data", {})]
    assert figures and "error" not in kinds


@pytest.mark.parametrize("lang,lab", [(lang, lab) for lang in LANGUAGES for lab in LABS], ids=str)
def test_lab_prose_has_the_anchors_of_english(lang, lab):
    prose, english = _prose(_notebook(lab, lang)), _prose(_notebook(lab, "en"))
    assert len(prose) == len(english)
    assert [ANCHOR.findall(p) for p in prose] == [ANCHOR.findall(p) for p in english]
    assert all(len(HEADING.findall(p)) == len(ANCHOR.findall(p)) for p in prose), "a heading without {#anchor}"


@pytest.mark.parametrize("lab", LABS, ids=lambda p: p.stem)
def test_lab_prose_is_in_the_right_script_and_uses_the_glossary(lab):
    for lang in LANGUAGES:
        text = "\n".join(_prose(_notebook(lab, lang)))
        if lang == "zh-Hant":
            assert not simplified_only(text), lang
        if lang == "zh":
            assert not traditional_only(text), lang
        if lang in ("zh", "zh-Hant"):
            assert not cjk_italics(text), f"{lang}: italic CJK text {cjk_italics(text)[:5]}: use **bold**"
        avoided = [w for entry in GLOSSARY for w in entry.get("avoid", {}).get(lang, []) if w in text]
        assert not avoided, f"{lang}: {avoided}"


# The runner's own failure modes: a check that cannot fail proves nothing.

def test_an_unseeded_lab_draws_new_numbers_on_every_run(tmp_path):
    lab = tmp_path / "unseeded.py"
    lab.write_text("# %% draw\nimport torch\nprint(torch.rand(2))\n")
    first, second = execute.__wrapped__(lab), execute.__wrapped__(lab)
    assert first["en"] != second["en"]


def test_refresh_refuses_a_notebook_whose_code_cells_do_not_match(tmp_path):
    lab = tmp_path / "lab.py"
    lab.write_text("# %% one\nprint(1)\n# %% two\nprint(2)\n")
    path = tmp_path / "lab.ipynb"
    cell = nbformat.v4.new_code_cell("", metadata={"lab_cell": "one"})
    nbformat.write(nbformat.v4.new_notebook(cells=[cell]), path)
    with pytest.raises(ValueError, match="code cells"):
        lab_runner.refresh(path, lab, {"one": [], "two": []})


def test_a_lab_that_raises_fails_its_run(tmp_path):
    lab = tmp_path / "broken.py"
    lab.write_text("# %% boom\nraise RuntimeError('boom')\n")
    with pytest.raises(Exception, match="boom"):
        execute.__wrapped__(lab)


def test_code_before_the_first_cell_marker_is_an_error(tmp_path):
    lab = tmp_path / "lab.py"
    lab.write_text("print(0)\n# %% one\nprint(1)\n")
    with pytest.raises(ValueError, match="before the first"):
        cells(lab)


def test_normalize_merges_consecutive_streams():
    out = normalize([
        nbformat.v4.new_output("stream", name="stdout", text="a\n"),
        nbformat.v4.new_output("stream", name="stdout", text="b\n"),
    ])
    assert out == [{"output_type": "stream", "name": "stdout", "text": "a\nb\n"}]


def test_labs_are_in_the_navigation():
    nav = yaml.safe_load(re.search(r"^nav:\n(?:  .*\n)+", (lab_runner.ROOT / "mkdocs.yml").read_text(), re.M)[0])
    labs = next(item["Labs"] for item in nav["nav"] if isinstance(item, dict) and "Labs" in item)
    assert sorted(labs) == [f"labs/{lab.stem}.ipynb" for lab in LABS]


def test_running_a_lab_leaves_no_kernel_process(tmp_path):
    from tests import process_leaks

    lab = tmp_path / "tiny.py"
    lab.write_text("# %% one\nprint(1)\n")
    before = process_leaks.listening_ports()
    assert execute.__wrapped__(lab)["en"]["one"][0]["text"] == "1\n"
    assert process_leaks.descendants() == []
    assert process_leaks.listening_ports() <= before


# Figures in the reader's language: the text of every figure comes from
# snippets/labs/figure_text.yml through tr(), and every figure carries a description.

FIELDS = string.Formatter()
DEFAULT_ALT = "No description has been provided for this image"


def _fields(text):
    return sorted(name for _, name, _, _ in FIELDS.parse(text) if name is not None)


def _lab_texts():
    return {lab.stem: lab_runner.figure_texts(cells(lab)) for lab in LABS}


def test_every_figure_text_has_a_translation_that_keeps_its_fields():
    table = lab_runner.figure_text_table()
    for lab, texts in _lab_texts().items():
        for text in texts:
            entry = table.get(text)
            assert entry, f"{lab}: tr({text!r}) has no entry in {lab_runner.FIGURE_TEXT.name}"
            for lang in LANGUAGES:
                if lang != "en":
                    assert entry.get(lang), f"{lab}: tr({text!r}) has no {lang} text"
                    assert _fields(entry[lang]) == _fields(text), f"{lang} text of {text!r} changes its fields"


def test_every_figure_text_entry_is_used():
    used = {text for texts in _lab_texts().values() for text in texts}
    assert set(lab_runner.figure_text_table()) == used


def test_figure_text_is_in_the_right_script():
    for text, entry in lab_runner.figure_text_table().items():
        assert not simplified_only(entry["zh-Hant"]) and not traditional_only(entry["zh"]), text
        assert re.search("[а-яё]", entry["ru"], re.I) or entry["ru"] == text, text


@pytest.mark.parametrize("lang,lab", [(lang, lab) for lang in LANGUAGES for lab in LABS], ids=str)
def test_every_figure_has_a_description_in_the_notebook_language(lang, lab):
    alts = [o.get("metadata", {}).get("image/svg+xml", {}).get("alt", "")
            for cell in code_cells_of(_notebook(lab, lang)) for o in cell.outputs
            if "image/svg+xml" in o.get("data", {})]
    assert alts and all(len(alt) > 40 and alt != DEFAULT_ALT for alt in alts), alts
    script = {"zh": "[\u4e00-\u9fff]", "zh-Hant": "[\u4e00-\u9fff]", "ru": "[а-яё]", "en": "^[\x20-\x7e\u03c0]+$"}
    assert all(re.search(script[lang], alt, re.I) for alt in alts), alts


def test_a_figure_text_without_translation_fails_the_run(tmp_path):
    lab = tmp_path / "lab.py"
    lab.write_text('# %% setup\n--8<-- "labs/_setup.py"\n# %% plot\nfig = plt.figure()\n'
                   'show(fig, alt=tr("a text that figure_text.yml does not have"))\n')
    with pytest.raises(KeyError, match="no zh text"):
        execute.__wrapped__(lab)


def test_tr_takes_only_a_string_literal(tmp_path):
    lab = tmp_path / "lab.py"
    lab.write_text("# %% plot\nlabel = 'step'\nprint(tr(label))\n")
    with pytest.raises(ValueError, match="one string literal"):
        lab_runner.figure_texts(cells(lab))


def test_a_figure_cell_that_prints_something_else_when_redrawn_fails_the_run(tmp_path):
    lab = tmp_path / "lab.py"
    lab.write_text('# %% setup\n--8<-- "labs/_setup.py"\n# %% plot\nimport random\n'
                   'fig = plt.figure()\nprint(random.random())\nshow(fig, alt="a figure")\n')
    with pytest.raises(ValueError, match="prints something else when run again for zh"):
        execute.__wrapped__(lab)


def test_each_language_runs_its_own_setup_and_redraws_with_its_text():
    lab = next(lab for lab in LABS if lab.stem == "multi-task-training")
    zh = dict(cells(lab, "zh"))["setup"]
    assert 'LANGUAGE = "zh"' in zh and '"step": "步数"' in zh
    assert lab_runner.SETUP_LINES in dict(cells(lab))["setup"]
    figures = {lang: [o["data"]["image/svg+xml"] for o in execute(lab)[lang]["plot"]] for lang in LANGUAGES}
    assert "步数" in figures["zh"][0] and "步數" in figures["zh-Hant"][0] and "шаг" in figures["ru"][0]
    assert ">step<" in figures["en"][0]
