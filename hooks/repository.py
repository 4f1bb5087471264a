"""Where the repository is, when the build knows it (not a hook: code_blocks.py and
download_button.py import it). The deploy workflow sets repo_url and edit_uri in
mkdocs.yml from the repository and branch it runs in; a local build has neither, and
then nothing links to a repository."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

GITHUB = re.compile(r"^https://github\.com/([^/]+/[^/]+?)/?$")


def edit_base(config) -> str | None:
    """The edit URL of the repository's root, e.g. https://github.com/o/r/edit/main/."""
    if not config.repo_url or not config.edit_uri:
        return None
    root = PurePosixPath(config.edit_uri.strip("/")).parent  # "edit/<branch>/docs" -> "edit/<branch>"
    return f"{config.repo_url.rstrip('/')}/{root}/"


def colab_url(config, docs_path: str) -> str | None:
    """Colab opens a notebook of a GitHub repository: .../github/<owner>/<repo>/blob/<branch>/<path>."""
    repo = GITHUB.match(config.repo_url or "")
    if not repo or not config.edit_uri:
        return None
    branch = PurePosixPath(config.edit_uri.strip("/")).parts[1]
    return f"https://colab.research.google.com/github/{repo[1]}/blob/{branch}/docs/{docs_path}"
