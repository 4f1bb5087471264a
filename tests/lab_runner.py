"""Labs: notebooks whose code lives once, in snippets/labs/, and whose outputs come from a run.

A lab has two parts:

- ``snippets/labs/<lab>.py``: its code cells, each opened by a ``# %% <cell-id>`` line.
  A cell may include a snippet with ``--8<--`` (expanded exactly as on the pages), so a
  lab reuses a chapter's example instead of copying it.
- ``docs/<lang>/labs/<lab>.ipynb``: the notebook a reader sees and downloads. Its
  markdown cells are the prose, written in that language. Its code cells carry
  ``metadata.lab_cell = <cell-id>`` and are written by ``make outputs`` only: source from
  the snippet file, outputs from one real run (nbclient, a fresh ipykernel).

The code is the same in every language but for the setup cell, which holds the text of
the figures in the notebook's language (``snippets/labs/figure_text.yml``; the code asks
for it with ``tr("English text")``). A lab runs once, in English; then, in the same
kernel, each other language runs its setup cell and the cells that draw a figure
(``show(fig, alt=...)``) again. Every other output is the same in all four notebooks.
The site build never executes a notebook. tests/test_labs.py re-runs each lab and
compares what it prints and draws with what the notebooks show.
"""

from __future__ import annotations

import ast
import copy
import json
import re
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

import nbformat
import yaml
from jupyter_client import KernelManager
from nbclient import NotebookClient

from tests.doc_blocks import expand

ROOT = Path(__file__).resolve().parent.parent
LABS = ROOT / "snippets" / "labs"
DOCS = ROOT / "docs"
CONFIG = str(ROOT / "mkdocs.yml")
CELL = re.compile(r"^# %% ([a-z0-9-]+)[ \t]*$", re.M)
TIMEOUT_S = 600
DEFAULT = "en"
FIGURE_TEXT = LABS / "figure_text.yml"
# The setup cell's two lines that `make outputs` writes per language (snippets/labs/_setup.py).
SETUP_LINES = 'LANGUAGE = "en"\nTEXT = {}\n'
DRAWS_FIGURE = re.compile(r"^\s*show\(", re.M)
# Notebook metadata that the runner keeps when it rewrites a notebook.
KEPT_METADATA = ("translation_of",)

# Run first and never stored: like tests/snippet_runner.py, a lab that forgets to seed
# then draws something new on every run and fails its comparison.
RESEED = """\
import os, random, torch, numpy
_seed = int.from_bytes(os.urandom(4), "little")
torch.manual_seed(_seed); random.seed(_seed); numpy.random.seed(_seed)
del os, random, _seed
"""


def lab_sources() -> list[Path]:
    """Lab code files; files whose name starts with "_" are only included by labs."""
    return sorted(p for p in LABS.glob("*.py") if not p.name.startswith("_"))


def notebook_path(lab: Path, lang: str) -> Path:
    return DOCS / lang / "labs" / f"{lab.stem}.ipynb"


def cells(lab: Path, lang: str = DEFAULT) -> list[tuple[str, str]]:
    """(cell id, code) of each cell, includes expanded, setup cell in language ``lang``."""
    parts = CELL.split(expand(lab.read_text(encoding="utf-8"), CONFIG))
    if parts[0].strip():
        raise ValueError(f"{lab}: code before the first '# %% <cell-id>' line")
    found = [(cell_id, code.strip("\n")) for cell_id, code in zip(parts[1::2], parts[2::2])]
    ids = [cell_id for cell_id, _ in found]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{lab}: duplicate cell ids {ids}")
    if lang != DEFAULT:
        setup = setup_lines(lang, figure_texts(found))
        found = [(cid, code.replace(SETUP_LINES, setup)) for cid, code in found]
    return found


def figure_texts(found: list[tuple[str, str]]) -> list[str]:
    """The texts a lab passes to tr(), in order: each must be a string literal."""
    texts: list[str] = []
    for cid, code in found:
        for node in ast.walk(ast.parse(code)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr":
                if len(node.args) != 1 or not isinstance(node.args[0], ast.Constant):
                    raise ValueError(f"cell {cid!r}, line {node.lineno}: tr() takes one string literal")
                if node.args[0].value not in texts:
                    texts.append(node.args[0].value)
    return texts


@lru_cache(maxsize=1)
def figure_text_table() -> dict[str, dict[str, str]]:
    return yaml.safe_load(FIGURE_TEXT.read_text(encoding="utf-8"))


def setup_lines(lang: str, texts: list[str]) -> str:
    """The setup cell's LANGUAGE and TEXT lines for ``lang``: the lab's own texts only."""
    table = figure_text_table()
    missing = [text for text in texts if lang not in table.get(text, {})]
    if missing:
        raise KeyError(f"{FIGURE_TEXT.name} has no {lang} text for {missing}")
    entries = "".join(f"    {json.dumps(t, ensure_ascii=False)}: {json.dumps(table[t][lang], ensure_ascii=False)},\n"
                      for t in texts)
    return f'LANGUAGE = "{lang}"\nTEXT = {{\n{entries}}}\n' if texts else f'LANGUAGE = "{lang}"\nTEXT = {{}}\n'


def normalize(outputs: list) -> list[dict]:
    """Outputs as plain, comparable dicts: no execution counts, streams merged."""
    out: list[dict] = []
    for output in outputs:
        output = {k: v for k, v in dict(copy.deepcopy(output)).items() if k != "execution_count"}
        if output["output_type"] == "stream" and out and out[-1].get("name") == output["name"]:
            out[-1]["text"] += output["text"]
            continue
        out.append(output)
    return out


def run_notebook(notebook, cwd: str) -> None:
    """Execute in a fresh kernel that talks over IPC sockets in ``cwd`` (no TCP port, and
    no "running over TCP without encryption" warning), and always shut it down: nbclient
    shuts down only kernels it started itself, not one handed to it as ``km``."""
    km = KernelManager(kernel_name="python3", transport="ipc", ip=str(Path(cwd) / "kernel"))
    try:
        NotebookClient(notebook, km=km, timeout=TIMEOUT_S, record_timing=False,
                       resources={"metadata": {"path": cwd}}).execute()
    finally:
        if km.has_kernel:
            km.shutdown_kernel(now=True)


def languages() -> tuple[str, ...]:
    from tests.languages import LANGUAGES

    return tuple(LANGUAGES)


@lru_cache(maxsize=None)
def execute(lab: Path) -> dict[str, dict[str, list[dict]]]:
    """Run the lab in a fresh kernel: {language: {cell id: normalized outputs}}.

    English runs every cell; then each other language runs its setup cell and the cells
    that draw a figure again, in the same kernel. Those cells must print the same in
    every language: one that does not (it changes state, or draws random numbers) is an
    error, since a reader running that language's notebook would see something else.
    """
    english = cells(lab)
    rerun = {cid for cid, code in english if DRAWS_FIGURE.search(code)}
    setup = {cid for cid, code in english if SETUP_LINES in code}
    runs = [(DEFAULT, english)]
    if rerun:
        if not setup:
            raise ValueError(f"{lab.name}: draws figures but has no setup cell ({SETUP_LINES!r})")
        runs += [(lang, [cell for cell in cells(lab, lang) if cell[0] in setup | rerun])
                 for lang in languages() if lang != DEFAULT]
    code_cells = [nbformat.v4.new_code_cell(RESEED)]
    code_cells += [nbformat.v4.new_code_cell(code, metadata={"lab_cell": cid, "lang": lang})
                   for lang, run in runs for cid, code in run]
    notebook = nbformat.v4.new_notebook(cells=code_cells)
    with tempfile.TemporaryDirectory() as cwd:  # a lab writes nothing beside the repo
        run_notebook(notebook, cwd)
    out: dict[str, dict[str, list[dict]]] = {lang: {} for lang in languages()}
    for cell in notebook.cells[1:]:
        out[cell.metadata["lang"]][cell.metadata["lab_cell"]] = normalize(cell.outputs)
    for lang in out:
        if lang != DEFAULT:
            for cid, outputs in out[DEFAULT].items():
                own = out[lang].setdefault(cid, outputs)
                if _without_figures(own) != _without_figures(outputs):
                    raise ValueError(f"{lab.name}, cell {cid!r}: prints something else when run again for "
                                     f"{lang}; a cell that draws a figure must not change state or draw "
                                     "random numbers")
    return out


def _without_figures(outputs: list[dict]) -> list[dict]:
    return [o for o in outputs if "image/svg+xml" not in o.get("data", {})]


def code_cells_of(notebook) -> list:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def refresh(path: Path, lab: Path, outputs: dict[str, list[dict]], lang: str = DEFAULT) -> bool:
    """Rewrite the code cells of one language's notebook; True if the file changed."""
    notebook = nbformat.read(path, as_version=4)
    wanted = cells(lab, lang)
    present = [cell.metadata.get("lab_cell") for cell in code_cells_of(notebook)]
    if present != [cid for cid, _ in wanted]:
        raise ValueError(f"{path}: code cells {present} but {lab.name} has {[c for c, _ in wanted]}")
    for count, (cell, (cid, code)) in enumerate(zip(code_cells_of(notebook), wanted), start=1):
        cell.id, cell.source, cell.execution_count = cid, code, count
        cell.outputs = [nbformat.from_dict(o) for o in outputs[cid]]
        for output in cell.outputs:
            if output.output_type == "execute_result":
                output.execution_count = count
    notebook.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
        **{key: notebook.metadata[key] for key in KEPT_METADATA if key in notebook.metadata},
    }
    nbformat.validate(notebook)
    text = nbformat.writes(notebook) + "\n"
    if path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def write_outputs(labs: list[Path], languages: list[str]) -> None:
    for lab in labs:
        outputs = execute(lab)
        for lang in languages:
            path = notebook_path(lab, lang)
            if refresh(path, lab, outputs[lang], lang):
                print(f"wrote {path.relative_to(ROOT)}")
    print(f'{{"labs": {len(labs)}}}')


if __name__ == "__main__":
    chosen = [Path(p).resolve() for p in sys.argv[1:]] or lab_sources()
    write_outputs(chosen, list(languages()))
