"""Run a piece of example code the way a reader would, and return what it printed.

A run executes one code text as ``__main__``, in one of two ways:

* ``run()`` (the doc test): in this process, which imported torch once. It costs what
  the code itself costs. Before and after, a guard puts back what a script may change
  for itself (grad mode, default dtype, print options, cwd, environment, ...). It fails
  the run when the code leaves behind something only a process exit would clean up:
  a thread, a child process, a process group, a saved-tensor hook, a global module hook.
* ``run_isolated()`` / ``run_file()`` (stored outputs, tests/test_snippets.py): in a
  forked child, so nothing at all can leak between examples. ``make outputs`` writes
  every ``.out`` file this way, and test_snippets compares them with isolated runs.

Both modes must print the same text for a snippet: the page shows the stored ``.out``
(an isolated run) and the doc test compares it with an in-process run.

What a run "printed" is its stdout, followed, if it raised, by the exception's
final traceback line (``RuntimeError: ...``), exactly as Python ends a traceback.
That text is what a stored ``.out`` file holds and what a page's output block shows.

Each run reseeds torch, numpy and random with fresh entropy first: an example that
forgets to seed its own randomness then prints something new on every run and fails
its comparison, instead of passing by luck of a fixed default seed.

``python -m tests.snippet_runner [FILE ...]`` (``make outputs``, ``make output SNIPPET=``)
rewrites stored outputs. It runs each snippet twice and refuses to store an output that
the second run does not print again: an unseeded example has no output to store.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import os
import random
import signal
import sys
import threading
import traceback
import warnings
from dataclasses import dataclass
from pathlib import Path

import torch  # imported once here, used by every run

from tests import autograd_graph

# torch's own objects (about a million) are never garbage: the collector stops rescanning
# them in every full collection an example triggers, and at interpreter exit.
gc.freeze()

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
TIMEOUT_S = 300

_runs: dict[tuple[str, bool], Run] = {}  # (code, isolated) -> its run


def error_line(exc: BaseException) -> str:
    """What Python prints last in a traceback for ``exc``: ``Type: message``."""
    return "".join(traceback.format_exception_only(type(exc), exc)).rstrip("\n")


@dataclass(frozen=True)
class Run:
    printed: str  # everything written to stdout
    error: str | None  # the final traceback text if the code raised, else None
    graph: str | None = None  # its autograd graph, if it asks with `# graph: name` (tests/autograd_graph.py)

    @property
    def text(self) -> str:
        """What a stored output file holds and a page's output block shows."""
        return self.printed + (self.error + "\n" if self.error is not None else "")


def normalize(code: str) -> str:
    return code.rstrip() + "\n"


def _script_warnings() -> None:
    """Warnings go to stderr under the filters `python file.py` starts with (Python docs,
    "Default Warning Filter"), not into pytest's summary."""
    warnings.resetwarnings()
    for category in (ResourceWarning, ImportWarning, PendingDeprecationWarning, DeprecationWarning):
        warnings.simplefilter("ignore", category)
    warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
    warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: sys.stderr.write(
        warnings.formatwarning(message, category, filename, lineno, line))


def _seed_from_entropy() -> None:
    seed = int.from_bytes(os.urandom(4), "little")
    torch.manual_seed(seed)
    random.seed(seed)
    try:
        import numpy

        numpy.random.seed(seed)
    except ImportError:  # numpy is pinned, but the runner does not need it
        pass


def _execute(code: str, filename: str) -> dict:
    """Run ``code`` as __main__ with stdout captured: the report both modes return."""
    _seed_from_entropy()
    out = io.StringIO()
    error = graph = None
    namespace = {"__name__": "__main__", "__file__": filename}
    with contextlib.redirect_stdout(out), warnings.catch_warnings():
        _script_warnings()
        try:
            exec(compile(code, filename, "exec"), namespace)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001  SystemExit too: a reader would see it
            error = error_line(exc)
    roots = autograd_graph.requested_roots(code)
    if roots and error is None:
        try:
            graph = autograd_graph.describe(roots, namespace)
        except Exception as exc:  # noqa: BLE001  a wrong `# graph:` line fails the snippet's test
            error = "graph: " + error_line(exc)
    return {"printed": out.getvalue(), "error": error, "graph": graph}


# Process-wide settings a script may change for itself; a process exit discards them,
# so after an in-process run the guard sets them back: (read, write back).
_SETTINGS = {
    "grad mode": (torch.is_grad_enabled, torch.set_grad_enabled),
    "anomaly detection": (lambda: (torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled()),
                          lambda v: torch.set_anomaly_enabled(*v)),
    "default dtype": (torch.get_default_dtype, torch.set_default_dtype),
    "print options": (lambda: dict(vars(torch._tensor_str.PRINT_OPTS)), lambda v: torch.set_printoptions(**v)),
    "deterministic algorithms": (torch.are_deterministic_algorithms_enabled, torch.use_deterministic_algorithms),
    "torch threads": (torch.get_num_threads, torch.set_num_threads),
    "working directory": (os.getcwd, os.chdir),
    "environment": (lambda: dict(os.environ), lambda v: (os.environ.clear(), os.environ.update(v))),
    "sys.argv": (lambda: list(sys.argv), lambda v: setattr(sys, "argv", v)),
    "sys.path": (lambda: list(sys.path), lambda v: setattr(sys, "path", v)),
}


def _leftovers() -> dict:
    """What outlives a script only because its process did not exit: a leak in-process.
    Each entry is a set; a run leaks what is in it after the run and was not before."""
    import multiprocessing

    import torch.distributed as dist
    from torch.nn.modules import module

    hooks = [getattr(module, name) for name in dir(module) if name.startswith("_global_")]
    flags = {
        "a distributed process group": dist.is_available() and dist.is_initialized(),
        "saved-tensor default hooks": torch._C._autograd._top_saved_tensors_default_hooks(False) is not None,
        "inference mode": torch.is_inference_mode_enabled(),
        "autocast": torch.is_autocast_enabled("cpu"),
    }
    return {
        "running threads": {thread.ident for thread in threading.enumerate()},
        "child processes": {child.pid for child in multiprocessing.active_children()},
        "global module hooks": {id(hook) for table in hooks if isinstance(table, dict) for hook in table.values()},
        **{name: {True} if on else set() for name, on in flags.items()},
    }


def _on_alarm(signum, frame):
    raise TimeoutError(f"the example ran longer than {TIMEOUT_S} s")


def _run_here(code: str, filename: str) -> Run:
    settings = {name: read() for name, (read, _) in _SETTINGS.items()}
    before = _leftovers()
    previous_alarm = signal.signal(signal.SIGALRM, _on_alarm)
    signal.alarm(TIMEOUT_S)  # a hung example raises TimeoutError and its test fails
    sys.argv = [filename]
    sys.path.insert(0, str(Path(filename).parent))  # as `python file.py` does
    warn_always = torch.is_warn_always_enabled()
    # PyTorch's TORCH_WARN_ONCE warnings fire once per process (torch.set_warn_always): an
    # example that records one would miss it after an earlier example used it up. With
    # warn_always on, it fires every time and is never used up, in-process or in a fork.
    torch.set_warn_always(True)
    try:
        report = _execute(code, filename)
    finally:
        torch.set_warn_always(warn_always)
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous_alarm)
        for name, (read, write) in _SETTINGS.items():
            if read() != settings[name]:
                write(settings[name])
    leaked = [name for name, now in _leftovers().items() if now - before[name]]
    if leaked:
        report["error"] = ("LeakError: the example leaves behind " + ", ".join(leaked)
                           + " (a fresh process would discard it; clean it up in the example)")
    return Run(**report)


def _run_forked(code: str, filename: str) -> Run:
    import torch._dynamo  # noqa: F401  optimizer.step() imports it lazily (about 1.2 s): once, not per child

    read_fd, write_fd = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # child: run, report, and leave without running any parent cleanup
        os.close(read_fd)
        try:
            signal.alarm(TIMEOUT_S)  # a hung example dies (SIGALRM) and its test fails
            sys.argv = [filename]
            sys.path.insert(0, str(Path(filename).parent))
            report = _execute(code, filename)
            with os.fdopen(write_fd, "w", encoding="utf-8") as pipe:
                json.dump(report, pipe)
        finally:
            os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd, encoding="utf-8") as pipe:
        report = pipe.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not report:
        return Run("", f"ChildProcessError: the example's process died (wait status {status})")
    return Run(**json.loads(report))


def needs_own_process(code: str) -> bool:
    """Code that starts a process group always runs forked: freeing a DistributedDataParallel
    whose backward() raised blocks forever in its reducer, and a script's exit never frees it."""
    return "init_process_group(" in code


def run(code: str, filename: str = "<doc block>", *, isolated: bool = False) -> Run:
    """Execute ``code`` once per mode (cached by its text) and return what it printed."""
    key = (normalize(code), isolated or needs_own_process(code))
    if key not in _runs:
        _runs[key] = (_run_forked if key[1] else _run_here)(key[0], filename)
    return _runs[key]


def has_run(code: str, *, isolated: bool = False) -> bool:
    """Whether run() would answer ``code`` from its cache."""
    return (normalize(code), isolated or needs_own_process(code)) in _runs


def run_again(code: str, filename: str = "<doc block>", *, isolated: bool = False) -> Run:
    """A second run, never cached, with a fresh seed: when it prints something other than
    run() did, the example is not deterministic, and no stored output can match it."""
    code = normalize(code)
    return (_run_forked if isolated or needs_own_process(code) else _run_here)(code, filename)


NOT_DETERMINISTIC = ("not deterministic: two runs print different output. Seed its randomness "
                     "(torch.manual_seed) and print no timings, addresses or values that are only "
                     "rounding noise")


def run_all(jobs: list[tuple[str, str]]) -> None:
    """Run each (code, filename) once, as run() would, on two CPUs: a forked helper takes
    jobs from the same list until none is left, so the doc test is not bound to one core.
    Its results fill the cache; a job whose result is missing simply runs again in run()."""
    todo = list({normalize(code): filename for code, filename in jobs
                 if (normalize(code), needs_own_process(code)) not in _runs}.items())
    if len(todo) < 2 or (os.cpu_count() or 1) < 2:
        return
    import multiprocessing
    import tempfile

    taken, lock = multiprocessing.RawValue("i", 0), multiprocessing.Lock()  # shared with the helper

    def next_job() -> int:
        with lock:
            taken.value += 1
            return taken.value - 1

    # Two processes with a pool of intra-op threads each on two cores spin against each
    # other (user time +50 %): one thread each while both run. The examples are tiny.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    with tempfile.TemporaryFile("w+", encoding="utf-8") as results:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the helper: report each job as a JSON line, then leave without cleanup
            try:
                while (i := next_job()) < len(todo):
                    json.dump([i, vars(run(*todo[i]))], results)
                    results.write("\n")
                results.flush()
            finally:
                os._exit(0)
        while (i := next_job()) < len(todo):
            run(*todo[i])
        os.waitpid(pid, 0)
        torch.set_num_threads(threads)
        results.seek(0)
        for line in results:
            i, report = json.loads(line)
            _runs[(todo[i][0], needs_own_process(todo[i][0]))] = Run(**report)


def run_file(path: Path) -> Run:
    """A snippet file's isolated run: what its stored output holds."""
    return run(path.read_text(encoding="utf-8"), str(path), isolated=True)


def snippet_files() -> list[Path]:
    """Standalone examples; snippets/labs/ holds notebook cells (tests/lab_runner.py)."""
    return sorted(p for p in SNIPPETS.rglob("*.py") if "labs" not in p.relative_to(SNIPPETS).parts)


def stored_output_path(snippet: Path) -> Path:
    return snippet.with_suffix(".out")


def stored_graph_path(snippet: Path) -> Path:
    return snippet.with_suffix(".graph")


TORCH_VERSION_RECORD = SNIPPETS / "torch-version.txt"


def installed_torch_version() -> str:
    """The torch release these runs use, without a local build tag (2.13.0+cpu -> 2.13.0)."""
    return torch.__version__.split("+")[0]


def write_outputs(paths: list[Path]) -> None:
    # The site states the version its outputs come from (hooks/torch_version.py reads this
    # record, so building the site needs no torch).
    if not TORCH_VERSION_RECORD.exists() or TORCH_VERSION_RECORD.read_text().strip() != installed_torch_version():
        TORCH_VERSION_RECORD.write_text(installed_torch_version() + "\n", encoding="utf-8")
        print(f"wrote {TORCH_VERSION_RECORD.relative_to(ROOT)}")
    for orphan in sorted([*SNIPPETS.rglob("*.out"), *SNIPPETS.rglob("*.graph")]):
        if not orphan.with_suffix(".py").exists():
            orphan.unlink()
            print(f"removed {orphan.relative_to(ROOT)} (its snippet is gone)")
    refused = []
    for path in paths:
        run = run_file(path)
        again = run_again(path.read_text(encoding="utf-8"), str(path), isolated=True)
        if (again.text, again.graph) != (run.text, run.graph):
            refused.append(path)
            print(f"refused {path.relative_to(ROOT)}: {NOT_DETERMINISTIC}", file=sys.stderr)
            continue
        for target, text in ((stored_output_path(path), run.text), (stored_graph_path(path), run.graph)):
            if text is None:
                if target.exists():
                    target.unlink()
                    print(f"removed {target.relative_to(ROOT)} (no `# graph:` line)")
            elif not target.exists() or target.read_text(encoding="utf-8") != text:
                target.write_text(text, encoding="utf-8")
                print(f"wrote {target.relative_to(ROOT)}")
    print(json.dumps({"snippets": len(paths), "refused": len(refused)}))
    if refused:
        sys.exit(1)


if __name__ == "__main__":
    chosen = [Path(p).resolve() for p in sys.argv[1:]] or snippet_files()
    write_outputs(chosen)
