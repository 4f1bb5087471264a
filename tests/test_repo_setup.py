"""The set-up contract: pinned requirements, make targets, CI and workflows that call them."""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def test_every_requirement_is_pinned_and_torch_exactly():
    lines = [l for l in (ROOT / "requirements.txt").read_text().splitlines() if l and not l.startswith("#")]
    assert all(re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[^=\s]+", l) for l in lines), [l for l in lines if "==" not in l]
    assert "torch==2.13.0" in lines
    assert any(l.startswith("numpy==") for l in lines)
    mkdocs = next(l for l in lines if l.startswith("mkdocs=="))
    assert int(mkdocs.split("==")[1].split(".")[0]) < 2


def test_makefile_has_the_documented_targets():
    makefile = (ROOT / "Makefile").read_text()
    for target in ("serve", "test", "build", "outputs"):
        assert re.search(rf"^{target}:", makefile, re.M), target
    assert "--dev-addr 127.0.0.1:8000" in makefile


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
    assert "make build" in str(deploy["jobs"]["build"]) and deploy["permissions"] == {"contents": "read"}
    assert deploy["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_mkdocs_watches_snippets_so_serve_reloads_on_snippet_edits():
    config = (ROOT / "mkdocs.yml").read_text()
    assert re.search(r"^watch:\n(  - .*\n)*  - snippets$", config, re.M)
