"""Shared fixtures: one strict build of the whole site per test session."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """`mkdocs build --strict` of all four languages into a temporary folder."""
    site = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    warnings = [line for line in proc.stderr.splitlines() if "WARNING" in line]
    assert not warnings, "\n".join(warnings)
    return site


def pytest_terminal_summary(terminalreporter):
    """Report, never fail: how many translations are behind their English page."""
    from tests import translations
    from tests.test_parity import LANGUAGES

    late = translations.behind(LANGUAGES)
    total = len(translations.translations(LANGUAGES))
    terminalreporter.write_sep("-", f"translations behind English: {len(late)} of {total}")
    for path in late:
        terminalreporter.write_line(f"  {path.relative_to(ROOT)} (`make translations` shows the English diff)")
