"""Every snippet runs on its own and prints exactly its stored output.

The stored `.out` file beside a snippet is what every language's page shows; only
`make outputs` writes it, from a real run (tests/snippet_runner.py).
"""

import ast
import os
from pathlib import Path
import subprocess
import sys

import pytest

from tests import process_leaks, snippet_runner
from tests.snippet_runner import ROOT, SNIPPETS, snippet_files, stored_output_path

SNIPPETS_FOUND = snippet_files()
DISTRIBUTED = [p for p in SNIPPETS_FOUND if snippet_runner.needs_own_process(p.read_text(encoding="utf-8"))]


def _id(path):
    return str(path.relative_to(SNIPPETS))


def test_there_are_snippets():
    assert SNIPPETS_FOUND, f"no snippet under {SNIPPETS}"


@pytest.mark.parametrize("snippet", DISTRIBUTED, ids=_id)
def test_distributed_example_leaves_no_process_or_port(snippet):
    """A DDP example's processes, process group, store and gloo sockets die with it."""
    before = process_leaks.listening_ports()
    code = snippet.read_text(encoding="utf-8")
    if snippet_runner.has_run(code, isolated=True):  # a cached run started before `before`:
        code += f"\n# leak check {snippet.name}\n"  # run afresh (the comment changes the key only)
    snippet_runner.run(code, str(snippet), isolated=True)  # else this first run is the one others reuse
    assert process_leaks.descendants() == []
    assert process_leaks.listening_ports() <= before


@pytest.mark.parametrize("snippet", SNIPPETS_FOUND, ids=_id)
def test_snippet_prints_its_stored_output(snippet):
    stored = stored_output_path(snippet)
    assert stored.exists(), f"{stored.relative_to(ROOT)} is missing: run `make outputs`"
    printed = snippet_runner.run_file(snippet).text
    if printed == stored.read_text(encoding="utf-8"):
        return
    if snippet_runner.run_again(snippet.read_text(encoding="utf-8"), str(snippet), isolated=True).text != printed:
        pytest.fail(f"snippets/{_id(snippet)} is {snippet_runner.NOT_DETERMINISTIC}", pytrace=False)
    pytest.fail(f"snippets/{_id(snippet)} no longer prints its stored output: if that is intended, run "
                f"`make output SNIPPET=snippets/{_id(snippet)}` and review the diff", pytrace=False)


def test_every_stored_output_has_its_snippet():
    orphans = [p for p in [*SNIPPETS.rglob("*.out"), *SNIPPETS.rglob("*.graph")] if not p.with_suffix(".py").exists()]
    assert not orphans, f"stored outputs without a snippet: {orphans}"


GRAPHED = [p for p in SNIPPETS_FOUND if "\n# graph: " in p.read_text(encoding="utf-8")]


def test_some_snippets_draw_their_graph():
    assert len(GRAPHED) >= 4


@pytest.mark.parametrize("snippet", GRAPHED, ids=_id)
def test_snippet_graph_is_its_stored_diagram(snippet):
    """The diagram a page shows is the graph this snippet builds (tests/autograd_graph.py)."""
    stored = snippet_runner.stored_graph_path(snippet)
    assert stored.exists(), f"{stored.relative_to(ROOT)} is missing: run `make outputs`"
    assert snippet_runner.run_file(snippet).graph == stored.read_text(encoding="utf-8")


@pytest.mark.parametrize("snippet", SNIPPETS_FOUND, ids=_id)
def test_snippet_comments_are_english(snippet):
    """Code lives once, with English comments, for every language."""
    text = snippet.read_text(encoding="utf-8")
    non_ascii = sorted({ch for ch in text if ord(ch) > 127})
    assert not non_ascii, f"{_id(snippet)} has non-ASCII characters {non_ascii}: comments are English"
    ast.parse(text)


def test_one_snippet_really_runs_as_a_script(tmp_path):
    """The fork-based runner matches `python snippets/x.py` run the plain way."""
    snippet = SNIPPETS / "multiple-losses" / "second_backward_error.py"
    proc = subprocess.run([sys.executable, str(snippet)], capture_output=True, text=True, timeout=300)
    expected = stored_output_path(snippet).read_text(encoding="utf-8").splitlines()
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == expected[:-1]
    assert proc.stderr.splitlines()[-1] == expected[-1]


def test_the_leak_check_sees_a_listening_child_and_an_orphan():
    """tests/process_leaks.py counts what this test process's own tree holds."""
    listener = subprocess.Popen([sys.executable, "-c", "import socket, time; s = socket.socket(); "
                                 "s.bind(('127.0.0.1', 0)); s.listen(); print(flush=True); time.sleep(60)"],
                                stdout=subprocess.PIPE)
    listener.stdout.readline()  # it listens
    subprocess.run(["sh", "-c", "sleep 60 &"], check=True)  # sh exits; its sleep is orphaned
    try:
        assert listener.pid in process_leaks.descendants() and len(process_leaks.descendants()) == 2
        assert process_leaks.listening_ports()
    finally:
        for pid in process_leaks.descendants():
            os.kill(pid, 9)
            os.waitpid(pid, 0)
    assert process_leaks.descendants() == [] and process_leaks.listening_ports() == set()


def test_the_recorded_torch_version_is_the_installed_one():
    """The site says which torch its outputs come from (snippets/torch-version.txt, written
    by `make outputs`); running the tests with another torch would prove other outputs."""
    recorded = snippet_runner.TORCH_VERSION_RECORD.read_text(encoding="utf-8").strip()
    assert recorded == snippet_runner.installed_torch_version(), (
        f"stored outputs come from torch {recorded}, this environment has "
        f"{snippet_runner.installed_torch_version()}: install torch=={recorded}, or run `make outputs`")
