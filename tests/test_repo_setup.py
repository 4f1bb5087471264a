"""The set-up contract: pinned requirements, make targets, CI and workflows that call them."""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _pins(name):
    lines = [l for l in (ROOT / name).read_text().splitlines() if l and not l.startswith("#")]
    assert all(re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[^=\s]+", l) for l in lines), [l for l in lines if "==" not in l]
    return {l.split("==")[0].lower().replace("_", "-"): l.split("==")[1] for l in lines}


def test_every_requirement_is_pinned_and_torch_exactly():
    test = _pins("requirements-test.txt")
    assert test["torch"] == "2.13.0" and "numpy" in test
    assert int(test["mkdocs"].split(".")[0]) < 2


def test_the_docs_environment_has_no_torch_and_is_part_of_the_test_environment():
    """`make serve` installs requirements-docs.txt only: no torch (PyPI's is the CUDA build,
    gigabytes, on Linux), no numpy, no matplotlib, no Jupyter kernel. The test set pins
    the same versions of everything the docs set has."""
    docs, test = _pins("requirements-docs.txt"), _pins("requirements-test.txt")
    assert not {"torch", "numpy", "matplotlib", "ipykernel", "ipython"} & docs.keys()
    assert {"mkdocs", "mkdocs-material", "mkdocs-static-i18n", "mkdocs-jupyter"} <= docs.keys()
    assert all(test.get(name) == version for name, version in docs.items()), \
        {n: (v, test.get(n)) for n, v in docs.items() if test.get(n) != v}


def test_serve_and_build_install_the_docs_set_only():
    makefile = (ROOT / "Makefile").read_text()
    for target in ("serve", "build"):
        prerequisites = re.search(rf"^{target}:([^#\n]*)", makefile, re.M)[1]
        assert "DOCS_STAMP" in prerequisites and "TEST_STAMP" not in prerequisites, target
    assert re.search(r"^test:[^#\n]*TEST_STAMP", makefile, re.M)


def test_makefile_has_the_documented_targets():
    makefile = (ROOT / "Makefile").read_text()
    for target in ("serve", "test", "build", "outputs"):
        assert re.search(rf"^{target}:", makefile, re.M), target
    assert "--dev-addr 127.0.0.1:8000" in makefile


def test_every_make_target_is_documented():
    """A target with a `##` description is one a contributor runs: the README names it."""
    makefile, readme = (ROOT / "Makefile").read_text(), (ROOT / "README.md").read_text()
    targets = re.findall(r"^([a-z]+):[^\n#]*##", makefile, re.M)
    assert {"serve", "test", "output", "page"} <= set(targets)
    assert not [t for t in targets if f"make {t}" not in readme], "README.md lacks these make targets"


def test_the_readme_lists_every_test_file_and_every_hook():
    readme = (ROOT / "README.md").read_text()
    tests = [f"tests/{p.name}" for p in (ROOT / "tests").glob("test_*.py")] + ["tests/browser/"]
    assert not [name for name in tests if f"| `{name}` |" not in readme], "add a row to 'What the tests prove'"
    hooks = [p.name for p in (ROOT / "hooks").glob("*.py")]
    assert not [name for name in hooks if name not in readme], "name it under 'Layout'"


def test_contributing_quotes_failure_messages_the_tests_really_print():
    """CONTRIBUTING.md's table of mistakes quotes each message's fixed words: they must
    still be in the code that prints them."""
    guide = (ROOT / "CONTRIBUTING.md").read_text()
    quoted = re.findall(r"«(.+?)»", guide)
    sources = "".join(p.read_text() for p in (ROOT / "tests").rglob("*.py"))
    assert len(quoted) >= 5
    assert not [q for q in quoted if q not in sources], "a quoted message is no longer printed"


def test_deploy_takes_the_repository_from_its_context():
    """Edit and Colab links point to the repository the deploy runs in: no owner is written down."""
    env = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text())["jobs"]["build"]["steps"][2]["env"]
    assert env["REPO_URL"] == "${{ github.server_url }}/${{ github.repository }}"
    assert env["EDIT_URI"] == "edit/${{ github.ref_name }}/docs/"
    assert "!ENV [REPO_URL, null]" in (ROOT / "mkdocs.yml").read_text()


def test_readme_gives_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    assert "make serve" in readme and "make test" in readme


def test_ci_runs_the_readme_test_command_after_installing_chromium():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "chromium" in ci and "fonts-noto-cjk" in ci
    assert ci.rstrip().endswith("make test")


def test_workflows_use_the_make_targets_with_least_privileges():
    test = yaml.safe_load((ROOT / ".github/workflows/test.yml").read_text())
    deploy = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text())
    assert "bash .ci/run" in str(test["jobs"]) and test["permissions"] == {"contents": "read"}
    # PyTorch's CPU wheels: PyPI's torch for Linux is the CUDA build, gigabytes.
    assert test["env"]["PIP_EXTRA_INDEX_URL"] == "https://download.pytorch.org/whl/cpu"
    # The whole suite also runs built by ProperDocs, MkDocs 1.6's drop-in fork.
    assert test["jobs"]["test-properdocs"]["env"] == {"ENGINE": "properdocs"}
    assert "bash .ci/run" in str(test["jobs"]["test-properdocs"])
    assert "make build" in str(deploy["jobs"]["build"]) and deploy["permissions"] == {"contents": "read"}
    assert deploy["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_mkdocs_watches_snippets_so_serve_reloads_on_snippet_edits():
    config = (ROOT / "mkdocs.yml").read_text()
    assert re.search(r"^watch:\n(  - .*\n)*  - snippets$", config, re.M)
