"""pytest plugin: every code block of every page, in every language, is run and checked.

Loaded with ``-p tests.doc_blocks`` (pytest.ini): a conftest.py cannot collect files
outside its own folder. For each ``docs/<lang>/**/*.md`` it:

1. finds the fenced blocks with pytest-codeblocks' own parser (``extract_from_buffer``),
   which also pairs a block with the output block after
   ``<!--pytest-codeblocks:expected-output-->``;
2. expands ``--8<--`` includes inside each block with pymdownx.snippets' preprocessor,
   configured from mkdocs.yml, so the test sees exactly the text MkDocs renders;
3. runs each Python block as ``__main__`` (tests/snippet_runner.py) and compares what it
   printed, traceback line included, with the output block the page shows.

Stock pytest-codeblocks cannot do this (see toolchain notes): it reads raw Markdown
(an include line is executed as Python), wraps every exception in RuntimeError, runs
code with ``__name__ == "builtins"`` and silently skips ```` ```python title=... ````.

An ``autograd-graph`` block (a diagram, hooks/autograd_graph_svg.py) is checked against
a fresh walk of the graph of the Python block before it (tests/autograd_graph.py).

A block that is not run must carry ``<!--pytest.mark.skip(reason="...")-->`` in the
page source; a block with neither is a collection error, so nothing escapes unnoticed.
"""

from __future__ import annotations

import difflib
import io
import re
import sys
from functools import lru_cache
from pathlib import Path

import markdown
import pytest
from pytest_codeblocks.main import CodeBlock, extract_from_buffer

from tests import snippet_runner

PYTHON = {"python", "py", "python3"}
DIAGRAM = "autograd-graph"
ERROR_LINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Warning|Interrupt|Exit)\b.*$")


def pytest_addoption(parser):
    parser.addini("doc_blocks_config", "mkdocs.yml whose pages are tested", default="mkdocs.yml")


@lru_cache(maxsize=None)
def _expander(config_file: str):
    """pymdownx.snippets' preprocessor with the options of the site's mkdocs.yml."""
    from mkdocs.utils.yaml import yaml_load  # MkDocs' own loader: !ENV, INHERIT

    with open(config_file, encoding="utf-8") as handle:
        config = yaml_load(handle)
    options = {}
    for extension in config.get("markdown_extensions", []):
        if isinstance(extension, dict) and "pymdownx.snippets" in extension:
            options = dict(extension["pymdownx.snippets"] or {})
    # MkDocs resolves base_path against the working directory; make runs from the
    # repository root, so resolve against the folder of mkdocs.yml to match it.
    root = Path(config_file).resolve().parent
    base_path = options.get("base_path", ["."])
    options["base_path"] = [str(root / p) for p in ([base_path] if isinstance(base_path, str) else base_path)]
    md = markdown.Markdown(extensions=["pymdownx.snippets"], extension_configs={"pymdownx.snippets": options})
    return md.preprocessors["snippet"], (root / config.get("docs_dir", "docs")).resolve()


def expand(text: str, config_file: str) -> str:
    preprocessor, _ = _expander(config_file)
    return "\n".join(preprocessor.run(text.splitlines()))


def pytest_collect_file(file_path: Path, parent):
    config_file = parent.config.rootpath / parent.config.getini("doc_blocks_config")
    if file_path.suffix != ".md" or not config_file.exists():
        return None
    _, docs_dir = _expander(str(config_file))
    if docs_dir in file_path.resolve().parents:
        return DocPage.from_parent(parent, path=file_path, config_file=str(config_file))
    return None


_selected: list[tuple[str, str]] = []  # (code, filename) of every selected block


def pytest_collection_finish(session):
    _selected[:] = [(item.code, f"{item.parent.path}:{item.lineno}")
                    for item in session.items if isinstance(item, DocBlock)]


def _mark(text: str):
    return eval(text, {"pytest": pytest, "sys": sys})  # noqa: S307  page authors' own marks


def _skip_reason(block: CodeBlock) -> str | None:
    for text in block.marks:
        mark = _mark(text).mark
        if mark.name == "skip":
            return mark.kwargs.get("reason") or (mark.args[0] if mark.args else "")
    return None


class DocPage(pytest.File):
    def __init__(self, *, config_file: str, **kwargs):
        super().__init__(**kwargs)
        self.config_file = config_file

    def collect(self):
        text = self.path.read_text(encoding="utf-8")
        previous = None  # the last Python block: what a diagram after it draws
        for block in extract_from_buffer(io.StringIO(text)):
            language = (block.syntax or "").split()[0] if block.syntax else ""
            try:
                code = expand(block.code, self.config_file)
                expected = None if block.expected_output is None else expand(block.expected_output, self.config_file)
            except Exception as exc:  # a missing include, for one
                raise self.CollectError(f"{self.nodeid}:{block.lineno}: include failed: {exc}") from exc
            label = f"line {block.lineno}"
            includes = re.findall(r'--8<--\s+"([^"]+)"', block.code)
            if includes:
                label += " [" + ", ".join(includes) + "]"
            reason = _skip_reason(block)
            if language == DIAGRAM and reason is None:
                if previous is None:
                    raise self.CollectError(f"{self.nodeid}:{block.lineno}: a diagram with no Python block before it")
                yield DiagramBlock.from_parent(self, name=label + " diagram", code=previous, expected=code,
                                               lineno=block.lineno)
                continue
            if language in PYTHON:
                previous = code
            if language not in PYTHON and reason is None:
                raise self.CollectError(
                    f"{self.nodeid}:{block.lineno}: a ```{language} block is neither run nor "
                    'marked <!--pytest.mark.skip(reason="...")--> with a reason'
                )
            if reason is not None and not reason.strip():
                raise self.CollectError(f"{self.nodeid}:{block.lineno}: a skipped block must say why (reason=...)")
            item = DocBlock.from_parent(self, name=label, code=code, expected=expected, lineno=block.lineno,
                                        snippets=[name for name in includes if name.endswith(".py")])
            for text in block.marks:
                item.add_marker(_mark(text))
            yield item


class DocBlockFailure(Exception):
    pass


class DocBlock(pytest.Item):
    def __init__(self, *, code: str, expected: str | None, lineno: int, snippets: list[str] = (), **kwargs):
        super().__init__(**kwargs)
        self.code, self.expected, self.lineno, self.snippets = code, expected, lineno, list(snippets)

    def setup(self):
        # The first block runs every selected block once, on both CPUs (run_all); inside
        # this item's output capture, so what they print to stderr shows only on failure.
        snippet_runner.run_all(_selected)
        _selected.clear()

    def runtest(self):
        result = snippet_runner.run(self.code, f"{self.parent.path}:{self.lineno}")
        if self.expected is None:
            if result.error is not None:
                raise DocBlockFailure(f"raised unexpectedly: {result.error}")
            return
        want, have = self.expected.rstrip("\n"), result.text.rstrip("\n")
        if want == have:
            return
        want_error = next((line for line in reversed(want.splitlines()) if ERROR_LINE.match(line)), None)
        if result.error is not None and result.error not in want:
            if want_error is None:
                raise DocBlockFailure(f"raised unexpectedly: {result.error}")
            raise DocBlockFailure(f"expected the error\n  {want_error}\nbut the run ended with\n  {result.error}")
        if result.error is None and want_error is not None and want.endswith(want_error):
            raise DocBlockFailure(f"expected the error\n  {want_error}\nbut the run ended with\n  (no error)")
        if snippet_runner.run_again(self.code, f"{self.parent.path}:{self.lineno}").text != result.text:
            raise DocBlockFailure(snippet_runner.NOT_DETERMINISTIC)
        diff = "\n".join(difflib.unified_diff(want.splitlines(), have.splitlines(), "page shows", "a real run prints", lineterm=""))
        todo = (" ".join(f"`make output SNIPPET=snippets/{name}`" for name in self.snippets) or "the output block")
        raise DocBlockFailure(f"the output shown on the page differs from a real run; if the change is "
                              f"intended, rewrite it with {todo} and review the diff:\n{diff}")

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, DocBlockFailure):
            return f"{self.parent.nodeid}:{self.lineno}: {excinfo.value}"
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, self.lineno - 1, f"{self.parent.nodeid}:{self.lineno}"


class DiagramBlock(DocBlock):
    """A diagram shows the autograd graph that the Python block before it builds."""

    def runtest(self):
        result = snippet_runner.run(self.code, f"{self.parent.path}:{self.lineno}")
        if result.graph is None:
            raise DocBlockFailure("the Python block before this diagram has no `# graph: <names>` line"
                                  + (f" (it raised {result.error})" if result.error else ""))
        if result.graph.rstrip("\n") != self.expected.rstrip("\n"):
            diff = "\n".join(difflib.unified_diff(self.expected.splitlines(), result.graph.splitlines(),
                                                  "diagram shows", "the graph of a real run", lineterm=""))
            raise DocBlockFailure(f"the diagram no longer matches its snippet's graph:\n{diff}")
