"""Shared fixtures: one strict build of the whole site per test session."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Builds run as `make build` runs them for a reader: without torch, numpy, matplotlib or a
# Jupyter kernel importable (tests/docs_only/sitecustomize.py).
DOCS_ONLY_ENV = {"NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT / "tests" / "docs_only")}
# Which engine builds the site: MkDocs 1.6.1, or its drop-in fork ProperDocs
# (`make test ENGINE=properdocs`, which sets DOCS_ENGINE).
ENGINE = os.environ.get("DOCS_ENGINE", "mkdocs")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """`mkdocs build --strict` of all four languages into a temporary folder."""
    site = tmp_path_factory.mktemp("site")
    env = {**os.environ, **DOCS_ONLY_ENV}
    proc = subprocess.run(
        [sys.executable, "-m", ENGINE, "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    warnings = [line for line in proc.stderr.splitlines() if "WARNING" in line]
    assert not warnings, "\n".join(warnings)
    return site


def pytest_terminal_summary(terminalreporter):
    """Report, never fail: how many translations are behind their English page."""
    from tests import translations
    from tests.languages import LANGUAGES

    late = translations.behind(LANGUAGES)
    total = len(translations.translations(LANGUAGES))
    terminalreporter.write_sep("-", f"translations behind English: {len(late)} of {total}")
    for path in late:
        terminalreporter.write_line(f"  {path.relative_to(ROOT)} (`make translations` shows the English diff)")
