"""Run a piece of example code the way a reader would, and return what it printed.

One run = one code text executed as ``__main__`` in a forked child of this process.
The parent imports torch once; each child starts from that state, so examples are
isolated from each other (nothing a snippet does leaks into the next one) and cost
milliseconds instead of a fresh interpreter's torch import.

What a run "printed" is its stdout, followed, if it raised, by the exception's
final traceback line (``RuntimeError: ...``), exactly as Python ends a traceback.
That text is what a stored ``.out`` file holds and what a page's output block shows.

Each child reseeds torch, numpy and random with fresh entropy first: an example that
forgets to seed its own randomness then prints something new on every run and fails
its comparison, instead of passing by luck of a fixed default seed.

``python -m tests.snippet_runner`` (``make outputs``) rewrites every stored output.
"""

from __future__ import annotations

import io
import json
import os
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

import torch  # noqa: F401  imported once here, inherited by every forked child

from tests import autograd_graph
import torch._dynamo  # noqa: F401  optimizer.step() imports it lazily (about 1.2 s): once here, not per child

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
TIMEOUT_S = 300

_runs: dict[str, Run] = {}


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


def _child(code: str, filename: str, write_fd: int) -> None:
    import random
    import signal

    signal.alarm(TIMEOUT_S)  # a hung example dies (SIGALRM) and its test fails

    seed = int.from_bytes(os.urandom(4), "little")
    torch.manual_seed(seed)
    random.seed(seed)
    try:
        import numpy

        numpy.random.seed(seed)
    except ImportError:  # numpy is pinned, but the runner does not need it
        pass
    sys.argv = [filename]
    sys.path.insert(0, str(Path(filename).parent))
    out = io.StringIO()
    sys.stdout = out
    error = graph = None
    namespace = {"__name__": "__main__", "__file__": filename}
    try:
        exec(compile(code, filename, "exec"), namespace)
    except BaseException as exc:  # noqa: BLE001  SystemExit too: a reader would see it
        error = error_line(exc)
    roots = autograd_graph.requested_roots(code)
    if roots and error is None:
        try:
            graph = autograd_graph.describe(roots, namespace)
        except Exception as exc:  # noqa: BLE001  a wrong `# graph:` line fails the snippet's test
            error = "graph: " + error_line(exc)
    with os.fdopen(write_fd, "w", encoding="utf-8") as pipe:
        json.dump({"printed": out.getvalue(), "error": error, "graph": graph}, pipe)


def run(code: str, filename: str = "<doc block>") -> Run:
    """Execute ``code`` once (cached by its text) and return what it printed."""
    key = normalize(code)
    if key in _runs:
        return _runs[key]
    read_fd, write_fd = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # child: run, report, and leave without running any parent cleanup
        os.close(read_fd)
        try:
            _child(key, filename, write_fd)
        finally:
            os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd, encoding="utf-8") as pipe:
        report = pipe.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not report:
        result = Run("", f"ChildProcessError: the example's process died (wait status {status})")
    else:
        result = Run(**json.loads(report))
    _runs[key] = result
    return result


def run_file(path: Path) -> Run:
    return run(path.read_text(encoding="utf-8"), str(path))


def snippet_files() -> list[Path]:
    """Standalone examples; snippets/labs/ holds notebook cells (tests/lab_runner.py)."""
    return sorted(p for p in SNIPPETS.rglob("*.py") if "labs" not in p.relative_to(SNIPPETS).parts)


def stored_output_path(snippet: Path) -> Path:
    return snippet.with_suffix(".out")


def stored_graph_path(snippet: Path) -> Path:
    return snippet.with_suffix(".graph")


def write_outputs(paths: list[Path]) -> None:
    for orphan in sorted([*SNIPPETS.rglob("*.out"), *SNIPPETS.rglob("*.graph")]):
        if not orphan.with_suffix(".py").exists():
            orphan.unlink()
            print(f"removed {orphan.relative_to(ROOT)} (its snippet is gone)")
    for path in paths:
        run = run_file(path)
        for target, text in ((stored_output_path(path), run.text), (stored_graph_path(path), run.graph)):
            if text is None:
                if target.exists():
                    target.unlink()
                    print(f"removed {target.relative_to(ROOT)} (no `# graph:` line)")
            elif not target.exists() or target.read_text(encoding="utf-8") != text:
                target.write_text(text, encoding="utf-8")
                print(f"wrote {target.relative_to(ROOT)}")
    print(json.dumps({"snippets": len(paths)}))


if __name__ == "__main__":
    chosen = [Path(p).resolve() for p in sys.argv[1:]] or snippet_files()
    write_outputs(chosen)
