"""The portable CPU code paths of tests/__init__.py: in force, inherited, and enough."""

import json
import os
import subprocess
import sys

import nbformat
import pytest
import torch

from tests import PORTABLE_CPU
from tests.lab_runner import LABS, ROOT, code_cells_of, normalize, notebook_path

# The labs whose outputs change with MKL's instruction set when MKL_CBWR is not set.
CPU_SENSITIVE_LABS = ["accumulation-trajectories", "multi-task-training"]


def python(code, **env):
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=600)


def test_torch_runs_on_the_portable_code_paths():
    assert torch.backends.cpu.get_cpu_capability() == "DEFAULT"
    assert {k: os.environ[k] for k in PORTABLE_CPU} == PORTABLE_CPU


def test_importing_torch_before_the_pin_is_an_error():
    proc = python("import torch, tests", ATEN_CPU_CAPABILITY="")
    assert "tests must be imported before torch" in proc.stderr


@pytest.mark.parametrize("lab", CPU_SENSITIVE_LABS)
def test_stored_lab_outputs_reproduce_on_a_cpu_without_avx(lab):
    # MKL_ENABLE_INSTRUCTIONS caps what MKL may use, as on an older CPU; the lab kernel
    # inherits it. Without the pin, this changes the SVG coordinates of these labs.
    proc = python(f"import json; from tests import lab_runner; from pathlib import Path\n"
                  f"print(json.dumps(lab_runner.execute(Path({str(LABS / (lab + '.py'))!r}))))",
                  MKL_ENABLE_INSTRUCTIONS="SSE4_2")
    assert proc.returncode == 0, proc.stderr[-2000:]
    run = json.loads(proc.stdout)["en"]
    stored = nbformat.read(notebook_path(LABS / f"{lab}.py", "en"), as_version=4)
    for cell in code_cells_of(stored):
        cid = cell.metadata["lab_cell"]
        assert json.loads(json.dumps(normalize(cell.outputs))) == run[cid], f"{lab}, cell {cid!r}"
