"""The runner behind the doc test (tests/snippet_runner.py) runs examples as scripts would.

In-process runs are what make the doc test cost about what its blocks cost; these tests
prove that what the in-process guard promises holds: settings come back, leaks fail the
run, warn-once warnings are seen by every example, and the parallel pre-run returns what
run() returns. Each code text ends in a unique comment, so no cached run answers for it.
"""

import os
import threading
import uuid

import torch

from tests import snippet_runner


def fresh(code: str) -> str:
    return code + f"\n# {uuid.uuid4()}\n"


def test_settings_a_script_changes_come_back():
    before = (torch.is_grad_enabled(), torch.get_default_dtype(), vars(torch._tensor_str.PRINT_OPTS).copy(), os.getcwd())
    run = snippet_runner.run(fresh(
        "import os, torch\n"
        "torch.set_grad_enabled(False)\n"
        "torch.set_default_dtype(torch.float64)\n"
        "torch.set_printoptions(precision=1)\n"
        "os.environ['RUNNER_TEST'] = '1'\n"
        "os.chdir('/')\n"
        "print(torch.tensor(1 / 3))\n"))
    assert run.error is None and run.printed == "tensor(0.3)\n"
    after = (torch.is_grad_enabled(), torch.get_default_dtype(), vars(torch._tensor_str.PRINT_OPTS).copy(), os.getcwd())
    assert after == before
    assert "RUNNER_TEST" not in os.environ


def test_a_thread_left_running_fails_the_run():
    before = set(threading.enumerate())
    run = snippet_runner.run(fresh("import threading, time\nthreading.Thread(target=time.sleep, args=(0.2,)).start()\n"))
    for thread in set(threading.enumerate()) - before:
        thread.join()
    assert run.error is not None and run.error.startswith("LeakError:") and "running threads" in run.error


def test_a_global_module_hook_left_registered_fails_the_run():
    code = fresh("import torch\nHANDLE = torch.nn.modules.module.register_module_forward_hook(lambda *a: None)\n")
    from torch.nn.modules import module

    hooks = dict(module._global_forward_hooks)
    try:
        run = snippet_runner.run(code)
    finally:
        module._global_forward_hooks.clear()
        module._global_forward_hooks.update(hooks)
    assert run.error is not None and "global module hooks" in run.error


WARN_ONCE = """
import warnings
import torch
x = torch.tensor(2.0, requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (x**3).backward(create_graph=True)  # a TORCH_WARN_ONCE: once per process
print(len([w for w in caught if "reference cycle" in str(w.message)]))
x.grad = None
"""


def test_every_example_sees_a_warn_once_warning():
    assert [snippet_runner.run(fresh(WARN_ONCE)).printed for _ in range(2)] == ["1\n", "1\n"]
    assert snippet_runner.run(fresh(WARN_ONCE), isolated=True).printed == "1\n"


def test_unseeded_randomness_differs_between_runs():
    code = "import torch\nprint(torch.rand(1).item())\n"
    assert snippet_runner.run(fresh(code)).printed != snippet_runner.run(fresh(code)).printed


def test_a_process_group_example_runs_in_its_own_process():
    run = snippet_runner.run(fresh("import os\nprint(os.getpid())  # dist.init_process_group(...) would go here\n"))
    assert run.error is None and int(run.printed) != os.getpid()


def test_run_all_shares_the_work_and_returns_what_run_returns():
    jobs = [(fresh(f"import os, time\ntime.sleep(0.3)\nprint({n}, os.getpid())\n"), f"<job {n}>") for n in range(4)]
    jobs.append((fresh("raise ValueError('shown as the last line')\n"), "<job 4>"))
    threads = torch.get_num_threads()
    snippet_runner.run_all(jobs)
    runs = [snippet_runner.run(code, name) for code, name in jobs]  # cached: nothing runs again
    numbers = [run.printed.split()[0] for run in runs[:4]]
    pids = {int(run.printed.split()[1]) for run in runs[:4]}
    assert numbers == ["0", "1", "2", "3"]
    assert os.getpid() in pids and len(pids) == 2, "the parent and one helper should each run some"
    assert runs[4].error == "ValueError: shown as the last line"
    assert torch.get_num_threads() == threads  # one thread each only while both processes run


def test_storing_outputs_refuses_an_unseeded_example(tmp_path, monkeypatch, capsys):
    """`make outputs` runs a snippet twice: output that changes between runs is not stored."""
    import pytest

    snippet = tmp_path / "unseeded.py"
    snippet.write_text(fresh("import torch\nprint(torch.rand(1).item())\n"))
    monkeypatch.setattr(snippet_runner, "ROOT", tmp_path)
    monkeypatch.setattr(snippet_runner, "SNIPPETS", tmp_path)
    monkeypatch.setattr(snippet_runner, "TORCH_VERSION_RECORD", tmp_path / "torch-version.txt")
    with pytest.raises(SystemExit):
        snippet_runner.write_outputs([snippet])
    assert "refused unseeded.py: not deterministic" in capsys.readouterr().err
    assert not snippet.with_suffix(".out").exists()


def test_storing_outputs_writes_a_deterministic_example(tmp_path, monkeypatch):
    snippet = tmp_path / "seeded.py"
    snippet.write_text(fresh("import torch\ntorch.manual_seed(0)\nprint(torch.rand(1).item())\n"))
    monkeypatch.setattr(snippet_runner, "ROOT", tmp_path)
    monkeypatch.setattr(snippet_runner, "SNIPPETS", tmp_path)
    monkeypatch.setattr(snippet_runner, "TORCH_VERSION_RECORD", tmp_path / "torch-version.txt")
    snippet_runner.write_outputs([snippet])
    expected = torch.rand(1, generator=torch.Generator().manual_seed(0)).item()
    assert snippet.with_suffix(".out").read_text() == f"{expected}\n"
