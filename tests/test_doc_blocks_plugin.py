"""The doc-block plugin fails, naming page and line, on every kind of fault it exists for.

Each test writes a one-page site (mkdocs.yml, a page, a snippet and its stored output)
into a temporary folder, runs pytest with the plugin on it, and reads the report.
"""

import textwrap

import pytest

from tests.snippet_runner import ROOT

pytest_plugins = ["pytester"]

MKDOCS_YML = """\
site_name: plugin test
docs_dir: docs
markdown_extensions:
  - pymdownx.snippets:
      base_path: [snippets]
      check_paths: true
"""


def page_with(snippet_include: str, output_include: str | None) -> str:
    page = f"""\
        # A page

        Some prose.

        ```python title="example.py"
        --8<-- "{snippet_include}"
        ```
        """
    if output_include is not None:
        page += f"""
        <!--pytest-codeblocks:expected-output-->
        ```text title="Output"
        {output_include}
        ```
        """
    return textwrap.dedent(page)


FENCE_LINE = 5  # the line of the ```python fence in page_with()


@pytest.fixture
def site(pytester):
    pytester.syspathinsert(ROOT)
    pytester.makefile(".yml", mkdocs=MKDOCS_YML)
    pytester.makeini("[pytest]\naddopts = -p tests.doc_blocks -rs\n")
    (pytester.path / "docs" / "en").mkdir(parents=True)
    (pytester.path / "snippets").mkdir()

    def make(code: str, stored: str | None, page: str | None = None):
        (pytester.path / "snippets" / "example.py").write_text(textwrap.dedent(code))
        if stored is not None:
            (pytester.path / "snippets" / "example.out").write_text(stored)
        if page is None:
            page = page_with("example.py", '--8<-- "example.out"' if stored is not None else None)
        (pytester.path / "docs" / "en" / "page.md").write_text(page)
        return pytester.runpytest_inprocess("docs")

    return make


def test_correct_page_passes(site):
    result = site('print("hello")\n', "hello\n")
    result.assert_outcomes(passed=1)


def test_wrong_stored_output_fails_naming_page_and_line(site):
    result = site('print("hello")\n', "goodbye\n")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([f"*docs/en/page.md:{FENCE_LINE}: the output shown on the page differs*", "*-goodbye*", "*+hello*"])


def test_unexpected_exception_fails(site):
    result = site('print("start")\nraise ValueError("boom")\n', "start\n")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([f"*docs/en/page.md:{FENCE_LINE}: raised unexpectedly: ValueError: boom*"])


def test_unexpected_exception_without_output_block_fails(site):
    result = site('raise KeyError("k")\n', None)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([f"*docs/en/page.md:{FENCE_LINE}: raised unexpectedly: KeyError: 'k'*"])


def test_expected_error_passes_when_type_and_message_match(site):
    result = site('raise RuntimeError("boom")\n', "RuntimeError: boom\n")
    result.assert_outcomes(passed=1)


def test_expected_error_of_another_type_fails(site):
    result = site('raise ValueError("boom")\n', "RuntimeError: boom\n")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [f"*docs/en/page.md:{FENCE_LINE}: expected the error*", "*RuntimeError: boom*", "*but the run ended with*", "*ValueError: boom*"]
    )


def test_expected_error_with_another_message_fails(site):
    result = site('raise RuntimeError("bang")\n', "RuntimeError: boom\n")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*expected the error*", "*RuntimeError: bang*"])


def test_expected_error_that_is_not_raised_fails(site):
    result = site('print("fine")\n', "fine\nRuntimeError: boom\n")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*expected the error*", "*(no error)*"])


def test_missing_include_is_a_collection_error_naming_page_and_line(site):
    page = page_with("no_such_file.py", None)
    result = site('print("hello")\n', None, page=page)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([f"*docs/en/page.md:{FENCE_LINE}: include failed*no_such_file.py*"])


def test_typed_output_block_that_disagrees_with_the_run_fails(site):
    page = page_with("example.py", "2")
    result = site("print(1 + 2)\n", None, page=page)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([f"*docs/en/page.md:{FENCE_LINE}: the output shown on the page differs*", "*-2*", "*+3*"])


def test_code_runs_as_main(site):
    result = site('if __name__ == "__main__":\n    print("main")\n', "main\n")
    result.assert_outcomes(passed=1)


def test_unseeded_randomness_fails(site):
    """Each run reseeds from entropy: an example must seed itself to be reproducible."""
    result = site("import torch\nprint(torch.rand(1).item())\n", "0.4962566494941711\n")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([f"*docs/en/page.md:{FENCE_LINE}: not deterministic: two runs print different output*"])


def test_a_changed_output_names_the_command_that_rewrites_it(site):
    result = site("print(3)\n", "2\n")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*differs from a real run; if the change is intended, rewrite it with "
                                 "`make output SNIPPET=snippets/example.py`*"])


def test_block_neither_run_nor_skipped_with_a_reason_is_an_error(site):
    page = "# P\n\n```bash\nmake serve\n```\n"
    result = site("", None, page=page)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*docs/en/page.md:3: a ```bash block is neither run nor marked*"])


def test_skipped_block_reports_its_reason(site):
    page = '# P\n\n<!--pytest.mark.skip(reason="starts a server")-->\n```bash\nmake serve\n```\n'
    result = site("", None, page=page)
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["*starts a server*"])


def test_skip_without_reason_is_an_error(site):
    page = "# P\n\n<!--pytest.mark.skip-->\n```bash\nmake serve\n```\n"
    result = site("", None, page=page)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*must say why*"])


def test_multi_line_error_message_is_checked_whole(site):
    code = 'raise RuntimeError("first line\\nsecond line")\n'
    assert site(code, "RuntimeError: first line\nsecond line\n").ret == 0
    result = site(code, "RuntimeError: first line\nanother second line\n")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*expected the error*"])


DIAGRAM_CODE = "import torch\nx = torch.ones(2, requires_grad=True)\nloss = (x * 2).sum()\n# graph: loss\n"


@pytest.fixture(scope="module")
def diagram_text():
    """What tests/autograd_graph.py writes for DIAGRAM_CODE, from a real run."""
    from tests import snippet_runner

    text = snippet_runner.run(DIAGRAM_CODE).graph
    assert text.startswith("node n0 SumBackward0 | root loss\nnode n1 MulBackward0")
    return text


def diagram_page(graph: str) -> str:
    return page_with("example.py", None) + "\n```autograd-graph\n" + graph + "```\n"


def test_diagram_that_matches_its_snippets_graph_passes(site, diagram_text):
    result = site(DIAGRAM_CODE, None, page=diagram_page(diagram_text))
    result.assert_outcomes(passed=2)


def test_diagram_that_no_longer_matches_its_snippet_fails(site, diagram_text):
    stale = diagram_text.replace("MulBackward0", "AddBackward0")
    result = site(DIAGRAM_CODE, None, page=diagram_page(stale))
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*the diagram no longer matches*", "*-node n1 AddBackward0*", "*+node n1 MulBackward0*"])


def test_diagram_after_a_snippet_without_graph_line_fails(site, diagram_text):
    result = site(DIAGRAM_CODE.replace("# graph: loss\n", ""), None, page=diagram_page(diagram_text))
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*has no `# graph: <names>` line*"])
