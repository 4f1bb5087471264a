"""Every chapter as a notebook (hooks/chapter_notebooks.py): built from the page, offered
for download, and, for English, run end to end in a fresh kernel, printing what the page shows."""

import io
import re
import tempfile
from pathlib import Path

import nbformat
import pytest
from pytest_codeblocks.main import extract_from_buffer

from tests.doc_blocks import ERROR_LINE, PYTHON, expand
from tests.lab_runner import run_notebook
from tests.test_parity import DOCS, LANGUAGES, PAGES

ROOT = Path(__file__).resolve().parent.parent
CONFIG = str(ROOT / "mkdocs.yml")
def _has_notebook(page):
    """A page gets a notebook unless it is a home page or says `notebook: false`."""
    front = (DOCS / "en" / page).read_text("utf-8").split("---\n", 2)[1]
    return not page.endswith("index.md") and "notebook: false" not in front


CHAPTERS = [p for p in PAGES if _has_notebook(p)]


def notebook_file(site, lang, page):
    stem = page[: -len(".md")]
    return site / ("" if lang == "en" else lang) / stem / f"{stem}.ipynb"


def page_blocks(lang, page):
    """(code, shown output) of each Python block of the page, includes expanded."""
    text = (DOCS / lang / page).read_text("utf-8")
    blocks = [b for b in extract_from_buffer(io.StringIO(text)) if (b.syntax or "").split(" ")[0] in PYTHON]
    return [(expand(b.code, CONFIG).strip("\n"), None if b.expected_output is None else expand(b.expected_output, CONFIG))
            for b in blocks]


def shown(cell) -> str | None:
    """What a code cell's outputs print: stdout, then the error line if it raised."""
    if not cell.outputs:
        return None
    text = "".join(o.text for o in cell.outputs if o.output_type == "stream" and o.name == "stdout")
    errors = [f"{o.ename}: {o.evalue}\n" for o in cell.outputs if o.output_type == "error"]
    return text + "".join(errors)


@pytest.mark.parametrize("lang,page", [(lang, page) for lang in LANGUAGES for page in CHAPTERS], ids=str)
def test_chapter_notebook_holds_the_pages_code_and_outputs(built_site, lang, page):
    path = notebook_file(built_site, lang, page)
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    blocks = page_blocks(lang, page)
    assert [c.source for c in code] == [b for b, _ in blocks]
    assert [shown(c) for c in code] == [None if out is None else out.rstrip("\n") + "\n" for _, out in blocks]
    prose = "".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    assert "{#" not in prose and "<!--" not in prose and "--8<--" not in prose
    html = (path.parent / "index.html").read_text("utf-8")
    assert f'<a class="md-button download-notebook" href="{path.name}" download>' in html


def unqualified(text: str) -> str:
    """A traceback names `torch.x.SomeError`, Jupyter's error output `SomeError`."""
    lines = text.split("\n")
    k = next((k for k in range(len(lines) - 1, -1, -1) if ERROR_LINE.match(lines[k])), None)
    if k is not None:
        lines[k] = re.sub(r"^[\w.]*\.(?=\w+:)", "", lines[k])
    return "\n".join(lines)


@pytest.mark.parametrize("page", CHAPTERS)
def test_english_chapter_notebook_runs_end_to_end_as_the_page_shows(built_site, page):
    notebook = nbformat.read(notebook_file(built_site, "en", page), as_version=4)
    expected = [shown(c) for c in notebook.cells if c.cell_type == "code"]
    with tempfile.TemporaryDirectory() as cwd:
        run_notebook(notebook, cwd)
    for n, (cell, want) in enumerate(zip([c for c in notebook.cells if c.cell_type == "code"], expected)):
        have = shown(cell) or ""
        if want is None:
            assert not any(o.output_type == "error" for o in cell.outputs), f"code cell {n} raised"
            continue
        assert unqualified(have) == unqualified(want), (
            f"code cell {n} of {page}: the notebook printed\n{have}\nbut the page shows\n{want}"
        )
